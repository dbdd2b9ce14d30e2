import type { MoneyValue } from './money';
import { formatMajorUnits } from '@partnerbook/shared';

export interface DatedAmount {
  date: string; // ISO
  amount: MoneyValue;
}

export interface Series {
  label: string;
  currency: string;
  /** Per month, in major units as numbers for the chart only (display, never sent back). */
  values: number[];
}

/** yyyy-mm of an ISO date, in UTC. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/**
 * Monthly totals per currency for a chart: one series per (label, currency), summed in integer
 * minor units and only converted for drawing. Months run continuously from the first to the last.
 */
export function monthlySeries(groups: { label: string; items: readonly DatedAmount[] }[]): { months: string[]; series: Series[] } {
  const monthSet = new Set<string>();
  for (const group of groups) for (const item of group.items) monthSet.add(monthOf(item.date));
  if (monthSet.size === 0) return { months: [], series: [] };
  const sorted = [...monthSet].sort();
  const months: string[] = [];
  for (let cursor = sorted[0]; cursor <= sorted[sorted.length - 1]; ) {
    months.push(cursor);
    const [y, m] = cursor.split('-').map(Number);
    cursor = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const series: Series[] = [];
  for (const group of groups) {
    const byCurrency = new Map<string, Map<string, number>>();
    for (const item of group.items) {
      const perMonth = byCurrency.get(item.amount.currency) ?? new Map<string, number>();
      perMonth.set(monthOf(item.date), (perMonth.get(monthOf(item.date)) ?? 0) + item.amount.amount);
      byCurrency.set(item.amount.currency, perMonth);
    }
    for (const [currency, perMonth] of [...byCurrency].sort(([a], [b]) => a.localeCompare(b))) {
      series.push({
        label: `${group.label} (${currency})`,
        currency,
        values: months.map((month) => Number(formatMajorUnits(perMonth.get(month) ?? 0, currency))),
      });
    }
  }
  return { months, series };
}
