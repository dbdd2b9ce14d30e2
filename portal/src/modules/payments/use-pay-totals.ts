import { type MoneyValue, minorUnitsOf, toApiAmount } from '../../shared/money';

export interface PendingRow {
  partnerId: string;
  currency: string;
  balance: MoneyValue;
  eligible: boolean;
}

/**
 * What a pay run will pay, per currency, for the rows about to be paid: only eligible balances
 * (or every positive one when paying below threshold), summed in minor units per currency.
 */
export function payTotals(
  rows: readonly PendingRow[],
  allowBelowThreshold = false,
): { currency: string; amount: number | string; partners: number }[] {
  // Summed as bigint: many balances together may pass 2^53.
  const totals = new Map<string, { currency: string; amount: bigint; partners: number }>();
  for (const row of rows) {
    const payable = minorUnitsOf(row.balance) > 0n && (row.eligible || allowBelowThreshold);
    if (!payable) continue;
    const entry = totals.get(row.currency) ?? { currency: row.currency, amount: 0n, partners: 0 };
    entry.amount += minorUnitsOf(row.balance);
    entry.partners += 1;
    totals.set(row.currency, entry);
  }
  return [...totals.values()]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((t) => ({ currency: t.currency, amount: toApiAmount(t.amount), partners: t.partners }));
}
