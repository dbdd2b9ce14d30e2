import { describe, expect, it } from 'vitest';
import { payTotals } from './use-pay-totals';

const row = (partnerId: string, amount: number | string, currency: string, eligible: boolean) => ({
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

  it('sums exactly beyond 2^53 (amounts the API sends as digit strings)', () => {
    const rows = [row('a', '9109999999999089', 'USD', true), row('b', 9_007_199_254_740_991, 'USD', true), row('c', 1, 'USD', true)];
    expect(payTotals(rows)).toEqual([{ currency: 'USD', amount: '18117199254740081', partners: 3 }]);
    expect(payTotals([row('a', 5, 'USD', true)])).toEqual([{ currency: 'USD', amount: 5, partners: 1 }]);
  });
});
