import type { MoneyValue } from '../../shared/money';

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
): { currency: string; amount: number; partners: number }[] {
  const totals = new Map<string, { currency: string; amount: number; partners: number }>();
  for (const row of rows) {
    const payable = row.balance.amount > 0 && (row.eligible || allowBelowThreshold);
    if (!payable) continue;
    const entry = totals.get(row.currency) ?? { currency: row.currency, amount: 0, partners: 0 };
    entry.amount += row.balance.amount;
    entry.partners += 1;
    totals.set(row.currency, entry);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
