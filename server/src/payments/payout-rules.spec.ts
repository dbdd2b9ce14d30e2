import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applicableThreshold, decidePayment, isEligible, payBatches } from './payout-rules';
import { MAX_STORED_AMOUNT, PaymentMethod } from '@partnerbook/shared';

describe('applicableThreshold', () => {
  it('prefers the partner override for the currency', () => {
    expect(applicableThreshold({ USD: 100 }, { USD: 5_000 }, 'USD')).toBe(100);
  });
  it('falls back to the program threshold for the currency', () => {
    expect(applicableThreshold({ EUR: 100 }, { USD: 5_000 }, 'USD')).toBe(5_000);
  });
  it('is 0 when neither sets the currency', () => {
    expect(applicableThreshold({ EUR: 100 }, { USD: 5_000 }, 'JPY')).toBe(0);
    expect(applicableThreshold(null, undefined, 'USD')).toBe(0);
  });
  it('keeps an explicit override of 0 (pay anything) rather than the program threshold', () => {
    expect(applicableThreshold({ USD: 0 }, { USD: 5_000 }, 'USD')).toBe(0);
  });
});

describe('isEligible', () => {
  it('needs the threshold reached', () => {
    expect(isEligible(4_999, 5_000)).toBe(false);
    expect(isEligible(5_000, 5_000)).toBe(true);
  });
  it('never pays a zero or negative balance, even with a zero threshold', () => {
    expect(isEligible(0, 0)).toBe(false);
    expect(isEligible(-10, 0)).toBe(false);
    expect(isEligible(1, 0)).toBe(true);
  });
  it('is exactly balance >= threshold and balance > 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.nat(1e9), (balance, threshold) => {
        expect(isEligible(balance, threshold)).toBe(balance >= threshold && balance > 0);
      }),
    );
  });
});

describe('decidePayment', () => {
  const base = {
    balance: 6_000,
    threshold: 5_000,
    allowBelowThreshold: false,
    payoutMethod: PaymentMethod.BANK_TRANSFER as PaymentMethod | null,
    paypalEmail: null as string | null,
    methodOverride: null as PaymentMethod | null,
  };
  const paid = { pay: true, method: PaymentMethod.BANK_TRANSFER };
  it('pays an eligible balance', () => {
    expect(decidePayment(base)).toEqual(paid);
  });
  it('refuses when the balance differs from what the merchant expected', () => {
    expect(decidePayment({ ...base, expectedBalance: 5_999 })).toEqual({ pay: false, reason: 'BALANCE_CHANGED' });
    expect(decidePayment({ ...base, expectedBalance: 6_000 })).toEqual(paid);
  });
  it('pays below the threshold only with the flag', () => {
    expect(decidePayment({ ...base, balance: 100 })).toEqual({ pay: false, reason: 'BELOW_THRESHOLD' });
    expect(decidePayment({ ...base, balance: 100, allowBelowThreshold: true })).toEqual(paid);
  });
  it('never pays a balance of zero or less, flag or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 0 }), fc.nat(1e6), fc.boolean(), (balance, threshold, allow) => {
        expect(decidePayment({ ...base, balance, threshold, allowBelowThreshold: allow })).toEqual({ pay: false, reason: 'NOT_POSITIVE' });
      }),
    );
  });
  it('needs a PayPal email for a PayPal payment', () => {
    expect(decidePayment({ ...base, payoutMethod: PaymentMethod.PAYPAL })).toEqual({ pay: false, reason: 'MISSING_PAYPAL_EMAIL' });
    expect(decidePayment({ ...base, methodOverride: PaymentMethod.PAYPAL })).toEqual({ pay: false, reason: 'MISSING_PAYPAL_EMAIL' });
    expect(decidePayment({ ...base, payoutMethod: PaymentMethod.PAYPAL, paypalEmail: 'p@x.test' })).toEqual({
      pay: true,
      method: PaymentMethod.PAYPAL,
    });
  });
  it("pays by the partner's own method; none is a typed refusal; an override applies to everyone", () => {
    expect(decidePayment({ ...base, payoutMethod: PaymentMethod.OTHER })).toEqual({ pay: true, method: PaymentMethod.OTHER });
    expect(decidePayment({ ...base, payoutMethod: null })).toEqual({ pay: false, reason: 'NO_PAYOUT_METHOD' });
    expect(decidePayment({ ...base, payoutMethod: null, methodOverride: PaymentMethod.OTHER })).toEqual({
      pay: true,
      method: PaymentMethod.OTHER,
    });
    // Refusals about the balance come first: a partner in debt is "nothing due", not "no method".
    expect(decidePayment({ ...base, payoutMethod: null, balance: -5 })).toEqual({ pay: false, reason: 'NOT_POSITIVE' });
  });
  it('decides exactly beyond 2^53 and refuses what one payment row cannot hold', () => {
    const big = 9_109_999_999_999_089n;
    expect(decidePayment({ ...base, balance: big, expectedBalance: big })).toEqual(paid);
    expect(decidePayment({ ...base, balance: big, expectedBalance: big + 1n })).toEqual({ pay: false, reason: 'BALANCE_CHANGED' });
    expect(decidePayment({ ...base, balance: MAX_STORED_AMOUNT })).toEqual(paid);
    expect(decidePayment({ ...base, balance: MAX_STORED_AMOUNT + 1n })).toEqual({ pay: false, reason: 'TOO_LARGE' });
    expect(isEligible(big, 2 ** 53)).toBe(true);
  });
});

describe('payBatches', () => {
  it('starts small, then takes the maximum', () => {
    const sizes = payBatches(
      Array.from({ length: 1_000 }, (_, i) => i),
      { first: 16, max: 250 },
    ).map((b) => b.length);
    expect(sizes).toEqual([16, 250, 250, 250, 234]);
    expect(payBatches([1, 2, 3], { first: 16, max: 500 })).toEqual([[1, 2, 3]]);
  });
  it('has no batch for no targets', () => {
    expect(payBatches([], { first: 16, max: 500 })).toEqual([]);
  });
  it('refuses a plan that cannot make progress', () => {
    expect(() => payBatches([1], { first: 0, max: 10 })).toThrow();
    expect(() => payBatches([1], { first: 10, max: 5 })).toThrow();
    expect(() => payBatches([1], { first: 1.5, max: 5 })).toThrow();
  });
  it('puts every target in exactly one batch, in order, none empty, none above the maximum, the first of `first`, the others of `max` but for the last', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 3_000 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 600 }),
        (targets, first, extra) => {
          const plan = { first, max: first + extra };
          const batches = payBatches(targets, plan);
          expect(batches.flat()).toEqual(targets);
          expect(batches.every((b) => b.length >= 1 && b.length <= plan.max)).toBe(true);
          if (batches.length > 0) expect(batches[0].length).toBe(Math.min(first, targets.length));
          for (let i = 1; i < batches.length - 1; i++) expect(batches[i].length).toBe(plan.max);
          // Deterministic: the same count splits the same way.
          expect(payBatches(targets, plan).map((b) => b.length)).toEqual(batches.map((b) => b.length));
        },
      ),
    );
  });
});
