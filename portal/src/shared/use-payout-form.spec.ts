import { describe, expect, it } from 'vitest';
import { payoutFormOf, payoutInput, payoutSummary } from './use-payout-form';

describe('payout form', () => {
  it('sends the chosen method and only its details, trimmed', () => {
    const form = {
      ...payoutFormOf(null),
      method: 'BANK_TRANSFER' as const,
      accountHolder: ' Ada ',
      iban: ' DE89 3704 ',
      paypalEmail: 'x@y.z',
    };
    expect(payoutInput(form)).toEqual({
      method: 'BANK_TRANSFER',
      bankTransfer: { accountHolder: 'Ada', iban: 'DE89 3704', accountNumber: null, routingCode: null },
    });
    expect(payoutInput({ ...form, bankKind: 'ACCOUNT', accountNumber: '123', routingCode: 'DEUTDEFF' }).bankTransfer).toEqual({
      accountHolder: 'Ada',
      iban: null,
      accountNumber: '123',
      routingCode: 'DEUTDEFF',
    });
    expect(payoutInput({ ...form, method: 'OTHER', instructions: ' cash ' })).toEqual({ method: 'OTHER', instructions: 'cash' });
    expect(payoutInput({ ...form, method: 'PAYPAL' })).toEqual({ method: 'PAYPAL', paypalEmail: 'x@y.z' });
  });
  it('starts from the saved details and summarises them with the account shortened', () => {
    const saved = {
      payoutMethod: 'BANK_TRANSFER' as const,
      bankTransfer: { accountHolder: 'Ada', iban: null, accountNumber: '000123456789', routingCode: '021000021' },
    };
    expect(payoutFormOf(saved)).toMatchObject({ method: 'BANK_TRANSFER', bankKind: 'ACCOUNT', accountNumber: '000123456789' });
    expect(payoutSummary(saved)).toBe('Bank transfer: Ada, account ending 6789');
    expect(payoutSummary(null)).toContain('No payout method');
  });
});
