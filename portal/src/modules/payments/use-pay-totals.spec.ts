import { describe, expect, it } from 'vitest';
import { payConfirmationTitle, payTotals } from './use-pay-totals';

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

describe('payConfirmationTitle', () => {
  const usd = (amount: number | string) => ({ amount, currency: 'USD' });
  it('shows what this call paid and what an earlier attempt with the same key had paid', () => {
    const title = payConfirmationTitle({
      replayed: false,
      paidNowCount: 2,
      paidEarlierCount: 1,
      paidNowTotals: [usd(2_000)],
      paidEarlierTotals: [usd(500)],
    });
    expect(title).toBe(
      'Pay — paid now: $20.00 (2 payments) · already paid earlier by this same request (not paid again): $5.00 (1 payment)',
    );
  });
  it('says nothing new was paid only for a pure replay', () => {
    expect(
      payConfirmationTitle({ replayed: true, paidNowCount: 0, paidEarlierCount: 3, paidNowTotals: [], paidEarlierTotals: [usd(900)] }),
    ).toBe('Pay (already recorded: nothing new paid) — already paid earlier by this same request (not paid again): $9.00 (3 payments)');
    expect(
      payConfirmationTitle({ replayed: false, paidNowCount: 1, paidEarlierCount: 0, paidNowTotals: [usd(1)], paidEarlierTotals: [] }),
    ).toBe('Pay — paid now: $0.01 (1 payment)');
  });
});
