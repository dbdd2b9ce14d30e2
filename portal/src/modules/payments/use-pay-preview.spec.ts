import { describe, expect, it } from 'vitest';
import { expectedBalancesOf, payBlockSentence } from './use-pay-preview';
import { methodLabel } from '../../shared/payment-method';

describe('pay preview sentences', () => {
  it('says why a partner cannot be paid, in words with formatted amounts', () => {
    expect(payBlockSentence({ reason: 'NO_PAYOUT_METHOD', balance: { amount: 8000, currency: 'USD' } })).toContain('No payout method');
    const below = payBlockSentence({
      reason: 'BELOW_THRESHOLD',
      balance: { amount: 2000, currency: 'USD' },
      threshold: { amount: 5000, currency: 'USD' },
    });
    expect(below).toContain('50.00');
    expect(below).not.toContain('BELOW_THRESHOLD');
    expect(payBlockSentence({ reason: 'NOT_POSITIVE', balance: { amount: -2000, currency: 'USD' } })).toContain('Nothing due');
  });
  it('labels methods and lists the balances to expect', () => {
    expect(methodLabel('BANK_TRANSFER')).toBe('Bank transfer');
    expect(methodLabel(null)).toBe('Not set');
    expect(expectedBalancesOf([{ items: [{ partnerId: 'p', balance: { amount: 1, currency: 'USD' } }] }])).toEqual([
      { partnerId: 'p', balance: { amount: 1, currency: 'USD' } },
    ]);
    // A fetched balance carries urql's __typename, which the MoneyBalanceInput refuses: only amount and currency go back, exactly.
    const fetched = { __typename: 'Money' as const, amount: '9007199254740993', currency: 'USD' };
    expect(expectedBalancesOf([{ items: [{ partnerId: 'p', balance: fetched }] }])).toStrictEqual([
      { partnerId: 'p', balance: { amount: '9007199254740993', currency: 'USD' } },
    ]);
  });
});
