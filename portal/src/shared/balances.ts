import { type MoneyValue, minorUnitsOf, toApiAmount } from './money';

export interface BalanceLineLike {
  status: string;
  count: number;
  total: MoneyValue;
}

/** Adds balance lines of several partners per (status, currency); never across currencies. */
export function sumBalances(lines: Iterable<BalanceLineLike>): BalanceLineLike[] {
  const sums = new Map<string, BalanceLineLike>();
  for (const line of lines) {
    const key = `${line.status}/${line.total.currency}`;
    const current = sums.get(key);
    if (current) {
      current.count += line.count;
      // Exact at any size: two balances of 2^53 would round as numbers.
      current.total = { amount: toApiAmount(minorUnitsOf(current.total) + minorUnitsOf(line.total)), currency: line.total.currency };
    } else {
      sums.set(key, { status: line.status, count: line.count, total: { ...line.total } });
    }
  }
  return [...sums.values()];
}
