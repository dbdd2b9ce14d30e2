import { MAX_STORED_AMOUNT, MinorUnits, compareMinorUnits } from '@partnerbook/shared';

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

export type PayDecision =
  { pay: true } | { pay: false; reason: 'BALANCE_CHANGED' | 'NOT_POSITIVE' | 'BELOW_THRESHOLD' | 'MISSING_PAYPAL_EMAIL' | 'TOO_LARGE' };

/**
 * Whether one partner-currency balance, as locked at payment time, is paid. Checked in this order:
 * the merchant's expected balance (what they reviewed), a balance ≤ 0 (never paid, whatever the
 * flag), the threshold (unless explicitly overridden), a PayPal address for PayPal payments, and
 * an amount one payment row can hold.
 */
export function decidePayment(input: {
  /** Exact at any size (a sum of many commissions). */
  balance: MinorUnits;
  threshold: number;
  expectedBalance?: MinorUnits | null;
  allowBelowThreshold: boolean;
  paypal: boolean;
  paypalEmail: string | null;
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
  if (input.paypal && !input.paypalEmail) return { pay: false, reason: 'MISSING_PAYPAL_EMAIL' };
  // A payment row holds a bigint: refuse (typed) rather than fail the database write.
  if (compareMinorUnits(input.balance, MAX_STORED_AMOUNT) > 0) return { pay: false, reason: 'TOO_LARGE' };
  return { pay: true };
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
