import { type MoneyValue, minorUnitsOf, toApiAmount } from './money';
import { formatMajorUnits } from '@partnerbook/shared';

export type Bucket = 'DAY' | 'WEEK' | 'MONTH';

export interface Series {
  label: string;
  currency: string;
  /** Per bucket, in major units as numbers for the chart only (display, never sent back). */
  values: number[];
}

/** A bucketed point from the overview API: amounts are already summed per bucket and currency in SQL. */
export interface OverviewPointLike {
  start: string;
}

export interface CurrencySeriesLike<P extends OverviewPointLike> {
  currency: string;
  points: readonly P[];
}

export interface Metric<P> {
  label: string;
  amount: (point: P) => MoneyValue;
}

/** Chart label of a bucket start (UTC): 2026-03-14, week of 2026-03-09, 2026-03. */
export function bucketLabel(start: string, bucket: Bucket): string {
  if (bucket === 'MONTH') return start.slice(0, 7);
  if (bucket === 'WEEK') return `Week of ${start.slice(0, 10)}`;
  return start.slice(0, 10);
}

/**
 * Turns the overview's per-currency series into chart series: one per (metric, currency), never
 * adding currencies. Every currency series of one answer has the same buckets.
 */
export function bucketSeries<P extends OverviewPointLike>(
  input: readonly CurrencySeriesLike<P>[],
  bucket: Bucket,
  metrics: readonly Metric<P>[],
): { labels: string[]; series: Series[] } {
  if (input.length === 0) return { labels: [], series: [] };
  const labels = input[0].points.map((p) => bucketLabel(p.start, bucket));
  const series: Series[] = [];
  for (const metric of metrics) {
    for (const s of [...input].sort((a, b) => a.currency.localeCompare(b.currency))) {
      series.push({
        label: `${metric.label} (${s.currency})`,
        currency: s.currency,
        values: s.points.map((p) => Number(formatMajorUnits(metric.amount(p).amount, s.currency))),
      });
    }
  }
  return { labels, series };
}

/** Adds up one metric over the buckets of a currency series (integer minor units, one currency). */
export function seriesTotal<P extends OverviewPointLike>(s: CurrencySeriesLike<P>, amount: (point: P) => MoneyValue): MoneyValue {
  return { amount: toApiAmount(s.points.reduce((sum, p) => sum + minorUnitsOf(amount(p)), 0n)), currency: s.currency };
}
