import { MAX_STORED_AMOUNT, MinorUnits, PaymentMethod, compareMinorUnits } from '@partnerbook/shared';

/** Pay thresholds per currency, in minor units: { "USD": 5000 } (as stored on program and partner). */
export type ThresholdMap = Record<string, number>;

/**
 * The threshold that applies to a partner's balance in one currency: the partner's override
 * for that currency, else the program's threshold for it, else 0.
 */
export function applicableThreshold(
  partnerOverrides: ThresholdMap | null | undefined,
  programThresholds: ThresholdMap | null | undefined,
  currency: string,
): number {
  return partnerOverrides?.[currency] ?? programThresholds?.[currency] ?? 0;
}

/** A partner can be paid when the balance reaches the threshold and is above zero (a debt is never paid). */
export function isEligible(balance: MinorUnits, threshold: number): boolean {
  return compareMinorUnits(balance, threshold) >= 0 && compareMinorUnits(balance, 0) > 0;
}

/** Why one partner-currency balance is not paid (the typed reasons of a pay preview and of a pay run). */
export type PayRefusal = 'BALANCE_CHANGED' | 'NOT_POSITIVE' | 'BELOW_THRESHOLD' | 'NO_PAYOUT_METHOD' | 'MISSING_PAYPAL_EMAIL' | 'TOO_LARGE';

export type PayDecision = { pay: true; method: PaymentMethod } | { pay: false; reason: PayRefusal };

/**
 * The method a payment to a partner is recorded with, or why there is none: the partner's own
 * payout method, unless the request states one for everyone (`override`, the deprecated
 * `PayPartnersInput.method`). PayPal always needs the partner's PayPal address.
 */
export function payoutMethodFor(
  partner: { payoutMethod: PaymentMethod | null; paypalEmail: string | null },
  override: PaymentMethod | null,
): { method: PaymentMethod } | { reason: 'NO_PAYOUT_METHOD' | 'MISSING_PAYPAL_EMAIL' } {
  const method = override ?? partner.payoutMethod;
  if (!method) return { reason: 'NO_PAYOUT_METHOD' };
  if (method === PaymentMethod.PAYPAL && !partner.paypalEmail) return { reason: 'MISSING_PAYPAL_EMAIL' };
  return { method };
}

/**
 * Whether one partner-currency balance, as locked at payment time (or as previewed), is paid, and
 * by which method. Checked in this order: the merchant's expected balance (what they reviewed), a
 * balance ≤ 0 (never paid, whatever the flag), the threshold (unless explicitly overridden), a
 * usable payout method, and an amount one payment row can hold. The pay preview and the pay run
 * both decide with this function, so the preview's totals are what a run records.
 */
export function decidePayment(input: {
  /** Exact at any size (a sum of many commissions). */
  balance: MinorUnits;
  threshold: number;
  expectedBalance?: MinorUnits | null;
  allowBelowThreshold: boolean;
  payoutMethod: PaymentMethod | null;
  paypalEmail: string | null;
  /** A method stated for every partner of the request (deprecated); null: each partner's own. */
  methodOverride: PaymentMethod | null;
}): PayDecision {
  if (
    input.expectedBalance !== undefined &&
    input.expectedBalance !== null &&
    compareMinorUnits(input.expectedBalance, input.balance) !== 0
  ) {
    return { pay: false, reason: 'BALANCE_CHANGED' };
  }
  if (compareMinorUnits(input.balance, 0) <= 0) return { pay: false, reason: 'NOT_POSITIVE' };
  if (compareMinorUnits(input.balance, input.threshold) < 0 && !input.allowBelowThreshold) return { pay: false, reason: 'BELOW_THRESHOLD' };
  const payout = payoutMethodFor(input, input.methodOverride);
  if ('reason' in payout) return { pay: false, reason: payout.reason };
  // A payment row holds a bigint: refuse (typed) rather than fail the database write.
  if (compareMinorUnits(input.balance, MAX_STORED_AMOUNT) > 0) return { pay: false, reason: 'TOO_LARGE' };
  return { pay: true, method: payout.method };
}

/** How a pay run splits its partner-currency targets into transactions. */
export interface PayBatchPlan {
  /** Targets in the first transaction. */
  first: number;
  /** Targets in any one transaction. */
  max: number;
}

/**
 * A pay run's batches: consecutive slices of the targets, in their order, the first of `first`
 * targets and every other of `max`. The first payments commit (and a run cut early keeps them)
 * within a small transaction; the rest share each commit and round trip with hundreds of others.
 * Every target is in exactly one batch; the split depends only on the count, so two calls with the
 * same key split the same targets the same way.
 */
export function payBatches<T>(targets: readonly T[], plan: PayBatchPlan): T[][] {
  if (!Number.isInteger(plan.first) || !Number.isInteger(plan.max) || plan.first < 1 || plan.max < plan.first) {
    throw new Error(`pay batches: first ${plan.first} and max ${plan.max} must be whole, with 1 <= first <= max`);
  }
  const batches: T[][] = [];
  for (let start = 0, size = plan.first; start < targets.length; start += size, size = plan.max) {
    batches.push(targets.slice(start, start + size));
  }
  return batches;
}
