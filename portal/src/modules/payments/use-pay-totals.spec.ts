import { describe, expect, it } from 'vitest';
import { payTotals } from './use-pay-totals';

const row = (partnerId: string, amount: number, currency: string, eligible: boolean) => ({
  partnerId,
  currency,
  balance: { amount, currency },
  eligible,
});

describe('payTotals', () => {
  it('sums only what will be paid, per currency', () => {
    const rows = [
      row('a', 10_000, 'USD', true),
      row('b', 2_550, 'USD', true),
      row('c', 4_000, 'USD', false),
      row('a', 9_900, 'EUR', true),
      row('d', -500, 'EUR', false),
    ];
    expect(payTotals(rows)).toEqual([
      { currency: 'EUR', amount: 9_900, partners: 1 },
      { currency: 'USD', amount: 12_550, partners: 2 },
    ]);
  });

  it('below threshold adds positive balances but never debts', () => {
    const rows = [row('c', 4_000, 'USD', false), row('d', -500, 'USD', false), row('e', 0, 'USD', false)];
    expect(payTotals(rows, true)).toEqual([{ currency: 'USD', amount: 4_000, partners: 1 }]);
  });
});
