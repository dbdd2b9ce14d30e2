import { Attribution, CommissionRuleType, applyBasisPoints, prorate, splitInHalves } from '@partnerbook/shared';

/** How much a sale of a product pays: a percentage in basis points, or a flat amount. */
export interface RuleSpec {
  type: CommissionRuleType;
  rateBps?: number | null;
  flatAmountMinor?: number | null;
  flatCurrency?: string | null;
}

export type RuleOutcome = { ok: true; amount: number } | { ok: false; reason: 'CURRENCY_MISMATCH' };

/** The commission one partner earns on a sale under a rule, in the sale's currency. */
export function commissionForSale(rule: RuleSpec, saleAmount: number, saleCurrency: string): RuleOutcome {
  if (rule.type === CommissionRuleType.PERCENT) {
    return { ok: true, amount: applyBasisPoints(saleAmount, rule.rateBps ?? 0) };
  }
  if (rule.flatCurrency !== saleCurrency) return { ok: false, reason: 'CURRENCY_MISMATCH' };
  return { ok: true, amount: rule.flatAmountMinor ?? 0 };
}

export interface Referrers {
  firstPartnerId: string | null;
  lastPartnerId: string | null;
}

export interface CommissionShare {
  partnerId: string;
  amount: number;
}

/**
 * Who earns what on a sale. `amountFor(partnerId)` is the full commission that partner's
 * rule gives (their override, or the product rule). FIRST and LAST pay one referrer in full;
 * BOTH splits evenly, the odd minor unit to the last referrer — when both referrers are one
 * partner, that partner earns the whole. Shares of zero are dropped.
 */
export function attributeCommission(
  attribution: Attribution,
  referrers: Referrers,
  amountFor: (partnerId: string) => number,
): CommissionShare[] {
  const { firstPartnerId, lastPartnerId } = referrers;
  if (!firstPartnerId || !lastPartnerId) return [];
  let shares: CommissionShare[];
  if (attribution === Attribution.FIRST) shares = [{ partnerId: firstPartnerId, amount: amountFor(firstPartnerId) }];
  else if (attribution === Attribution.LAST || firstPartnerId === lastPartnerId) {
    shares = [{ partnerId: lastPartnerId, amount: amountFor(lastPartnerId) }];
  } else {
    const [firstShare] = splitInHalves(amountFor(firstPartnerId));
    const last = amountFor(lastPartnerId);
    const [, lastShare] = splitInHalves(last);
    shares = [
      { partnerId: firstPartnerId, amount: firstShare },
      { partnerId: lastPartnerId, amount: lastShare },
    ];
  }
  return shares.filter((share) => share.amount > 0);
}

/**
 * The part of a commission taken away once `refundedTotal` of a `saleAmount` has been
 * refunded: proportional, rounded half away from zero, computed on the cumulative refund so
 * that successive partial refunds add up exactly to the whole commission on a full refund.
 */
export function cumulativeReduction(originalCommission: number, refundedTotal: number, saleAmount: number): number {
  if (refundedTotal >= saleAmount) return originalCommission;
  return prorate(originalCommission, refundedTotal, saleAmount);
}

export type RefundEffect =
  { kind: 'REDUCE'; newAmount: number; cancel: boolean } | { kind: 'CLAWBACK'; clawbackAmount: number } | { kind: 'NONE' };

/**
 * What a refund does to one sale commission.
 * - unpaid: its amount becomes original − cumulative reduction (cancelled at zero on a full refund);
 * - paid: a clawback for the part not yet taken back, so that reductions before payment plus all
 *   clawbacks never exceed the original commission, and clawbacks never exceed what was paid.
 */
export function refundEffect(input: {
  paid: boolean;
  originalAmount: number;
  currentAmount: number;
  clawedBackSoFar: number;
  refundedTotal: number;
  saleAmount: number;
}): RefundEffect {
  const target = cumulativeReduction(input.originalAmount, input.refundedTotal, input.saleAmount);
  if (!input.paid) {
    const newAmount = input.originalAmount - target;
    if (newAmount === input.currentAmount && newAmount !== 0) return { kind: 'NONE' };
    return { kind: 'REDUCE', newAmount, cancel: newAmount === 0 };
  }
  const reducedBeforePayment = input.originalAmount - input.currentAmount;
  const owed = Math.min(target - reducedBeforePayment, input.currentAmount) - input.clawedBackSoFar;
  return owed > 0 ? { kind: 'CLAWBACK', clawbackAmount: owed } : { kind: 'NONE' };
}
