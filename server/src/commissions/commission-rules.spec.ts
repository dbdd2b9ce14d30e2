import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Attribution, CommissionRuleType } from '@partnerbook/shared';
import { attributeCommission, commissionForSale, cumulativeReduction, refundEffect } from './commission-rules';

const percent = (rateBps: number) => ({ type: CommissionRuleType.PERCENT, rateBps });

describe('commissionForSale', () => {
  it('applies basis points with half-away-from-zero rounding', () => {
    expect(commissionForSale(percent(1000), 45_000, 'USD')).toEqual({ ok: true, amount: 4_500 });
    expect(commissionForSale(percent(1250), 18_999, 'USD')).toEqual({ ok: true, amount: 2_375 }); // 2374.875
    expect(commissionForSale(percent(333), 150, 'JPY')).toEqual({ ok: true, amount: 5 }); // 4.995
  });
  it('pays a flat amount only in its own currency', () => {
    const flat = { type: CommissionRuleType.FLAT, flatAmountMinor: 500, flatCurrency: 'USD' };
    expect(commissionForSale(flat, 10, 'USD')).toEqual({ ok: true, amount: 500 });
    expect(commissionForSale(flat, 10, 'EUR')).toEqual({ ok: false, reason: 'CURRENCY_MISMATCH' });
  });
  it('never exceeds the sale for rates up to 100 % (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: 0, max: 10_000 }), (sale, bps) => {
        const outcome = commissionForSale(percent(bps), sale, 'USD');
        expect(outcome.ok && outcome.amount >= 0 && outcome.amount <= sale).toBe(true);
      }),
    );
  });
});

describe('attributeCommission', () => {
  const referrers = { firstPartnerId: 'first', lastPartnerId: 'last' };
  it('pays the first, the last, or both', () => {
    expect(attributeCommission(Attribution.FIRST, referrers, () => 101)).toEqual([{ partnerId: 'first', amount: 101 }]);
    expect(attributeCommission(Attribution.LAST, referrers, () => 101)).toEqual([{ partnerId: 'last', amount: 101 }]);
    expect(attributeCommission(Attribution.BOTH, referrers, () => 101)).toEqual([
      { partnerId: 'first', amount: 50 },
      { partnerId: 'last', amount: 51 },
    ]);
  });
  it('pays the whole to one partner who is both referrers', () => {
    expect(attributeCommission(Attribution.BOTH, { firstPartnerId: 'p', lastPartnerId: 'p' }, () => 101)).toEqual([
      { partnerId: 'p', amount: 101 },
    ]);
  });
  it('pays nobody without a referrer, and drops zero shares', () => {
    expect(attributeCommission(Attribution.LAST, { firstPartnerId: null, lastPartnerId: null }, () => 100)).toEqual([]);
    expect(attributeCommission(Attribution.BOTH, referrers, () => 1)).toEqual([{ partnerId: 'last', amount: 1 }]);
  });
  it('BOTH parts sum to the whole commission (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (whole) => {
        const shares = attributeCommission(Attribution.BOTH, referrers, () => whole);
        expect(shares.reduce((sum, share) => sum + share.amount, 0)).toBe(whole);
        if (shares.length === 2) expect(shares[1].amount - shares[0].amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('refunds', () => {
  it('reduces an unpaid commission proportionally and cancels it on a full refund', () => {
    expect(
      refundEffect({ paid: false, originalAmount: 1000, currentAmount: 1000, clawedBackSoFar: 0, refundedTotal: 2500, saleAmount: 10_000 }),
    ).toEqual({ kind: 'REDUCE', newAmount: 750, cancel: false });
    expect(
      refundEffect({
        paid: false,
        originalAmount: 1000,
        currentAmount: 750,
        clawedBackSoFar: 0,
        refundedTotal: 10_000,
        saleAmount: 10_000,
      }),
    ).toEqual({ kind: 'REDUCE', newAmount: 0, cancel: true });
  });
  it('claws back from a paid commission only what was paid', () => {
    // 30 % refunded before payment (paid 700), then a full refund: claw back the 700 paid.
    expect(
      refundEffect({ paid: true, originalAmount: 1000, currentAmount: 700, clawedBackSoFar: 0, refundedTotal: 10_000, saleAmount: 10_000 }),
    ).toEqual({ kind: 'CLAWBACK', clawbackAmount: 700 });
    expect(
      refundEffect({
        paid: true,
        originalAmount: 1000,
        currentAmount: 700,
        clawedBackSoFar: 700,
        refundedTotal: 10_000,
        saleAmount: 10_000,
      }),
    ).toEqual({ kind: 'NONE' });
  });

  /**
   * Any sequence of partial refunds, with the commission paid at any point in between:
   * reductions before payment plus clawbacks never exceed the commission, clawbacks never
   * exceed what was paid, and a full refund takes back exactly the whole commission.
   */
  it('reductions and clawbacks never exceed the commission (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 1, max: 10 ** 9 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.boolean(),
        (saleAmount, bps, rawRefunds, payAfterSeed, refundEverything) => {
          const original = Math.round((saleAmount * bps) / 10_000);
          let current = original;
          let refunded = 0;
          let clawed = 0;
          let paid = false;
          let paidAmount = 0;
          const payAfter = payAfterSeed % (rawRefunds.length + 1);
          const refunds = rawRefunds.map((r) => Math.max(1, r % saleAmount));
          refunds.forEach((refund, index) => {
            if (index === payAfter && !paid && current > 0) {
              paid = true;
              paidAmount = current;
            }
            const step = Math.min(refund, saleAmount - refunded);
            if (step <= 0) return;
            refunded += step;
            const effect = refundEffect({
              paid,
              originalAmount: original,
              currentAmount: current,
              clawedBackSoFar: clawed,
              refundedTotal: refunded,
              saleAmount,
            });
            if (effect.kind === 'REDUCE') current = effect.newAmount;
            if (effect.kind === 'CLAWBACK') clawed += effect.clawbackAmount;
            expect(current).toBeGreaterThanOrEqual(0);
            expect(original - current + clawed).toBeLessThanOrEqual(original);
            if (paid) expect(clawed).toBeLessThanOrEqual(paidAmount);
            expect(original - current + clawed).toBe(
              paid
                ? Math.min(cumulativeReduction(original, refunded, saleAmount), original - current + paidAmount)
                : cumulativeReduction(original, refunded, saleAmount),
            );
          });
          if (refundEverything && refunded < saleAmount) {
            refunded = saleAmount;
            const effect = refundEffect({
              paid,
              originalAmount: original,
              currentAmount: current,
              clawedBackSoFar: clawed,
              refundedTotal: refunded,
              saleAmount,
            });
            if (effect.kind === 'REDUCE') current = effect.newAmount;
            if (effect.kind === 'CLAWBACK') clawed += effect.clawbackAmount;
          }
          if (refunded === saleAmount) {
            // A full refund takes everything back: nothing unpaid remains and clawbacks equal what was paid.
            expect(paid ? clawed : original - current).toBe(paid ? paidAmount : original);
          }
        },
      ),
    );
  });
});
