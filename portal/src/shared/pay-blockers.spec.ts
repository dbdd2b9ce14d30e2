import { describe, expect, it } from 'vitest';
import { blockerForMerchant, blockerForPartner } from './pay-blockers';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('pay blockers in words', () => {
  it('tells the merchant why, with amounts and no codes', () => {
    expect(blockerForMerchant('BELOW_THRESHOLD', usd(4_000), usd(5_000))).toBe('Below their threshold: $40.00 of $50.00');
    expect(blockerForMerchant('NO_PAYOUT_DETAILS', usd(1), usd(0))).toBe(
      'No payout method (or a PayPal method without an email) to pay them by',
    );
    expect(blockerForMerchant('NEGATIVE_BALANCE', usd(-5_000), usd(0))).toBe('They owe $50.00 from clawbacks');
    expect(blockerForMerchant('SOMETHING_NEW', usd(1), usd(0))).not.toMatch(/[A-Z]{2,}_/);
  });
  it('tells the partner how far they are from being paid', () => {
    expect(blockerForPartner('BELOW_THRESHOLD', usd(1_000), usd(5_000))).toBe(
      'You are paid once your approved balance reaches $50.00: $40.00 to go.',
    );
    expect(blockerForPartner('BELOW_THRESHOLD', usd(0), usd(0))).toBe('Nothing is approved for payment yet.');
  });
});
