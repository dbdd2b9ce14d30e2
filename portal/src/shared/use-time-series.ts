import { displaySettings, formatMoney } from './format';
import { type MoneyValue, minorUnitsOf, toApiAmount } from './money';
import { currencyExponent, formatMajorUnits } from '@partnerbook/shared';

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
  /** The bucket's first day in the program's time zone (YYYY-MM-DD), when the API gives it. */
  day?: string;
}

export interface CurrencySeriesLike<P extends OverviewPointLike> {
  currency: string;
  points: readonly P[];
}

export interface Metric<P> {
  label: string;
  amount: (point: P) => MoneyValue;
}

/** Chart label of a bucket from its local first day (or start): 2026-03-14, week of 2026-03-09, 2026-03. */
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
  const labels = input[0].points.map((p) => bucketLabel(p.day ?? p.start, bucket));
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

// A bucket's day is already a day of the program's time zone: shown as it is (UTC), in the program's locale.
const labelFormats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();
function labelFormat(locale = displaySettings().locale) {
  let formats = labelFormats.get(locale);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    };
    labelFormats.set(locale, formats);
  }
  return formats;
}

/** A bucket's local first day (YYYY-MM-DD) in words: "Mar 11", "Week of Mar 9", "Mar 2026". */
export function friendlyBucketLabel(day: string, bucket: Bucket): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const { day: dayFormat, month: monthFormat } = labelFormat();
  if (bucket === 'MONTH') return monthFormat.format(date);
  if (bucket === 'WEEK') return `Week of ${dayFormat.format(date)}`;
  return dayFormat.format(date);
}

/** One chart per currency: never two currencies on one scale. Values in major units, for drawing only. */
export interface CurrencyChart {
  currency: string;
  labels: string[];
  series: { label: string; values: number[] }[];
}

export function currencyCharts<P extends OverviewPointLike>(
  input: readonly CurrencySeriesLike<P>[],
  bucket: Bucket,
  metrics: readonly Metric<P>[],
): CurrencyChart[] {
  return [...input]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((s) => ({
      currency: s.currency,
      labels: s.points.map((p) => friendlyBucketLabel(p.day ?? p.start.slice(0, 10), bucket)),
      series: metrics.map((metric) => ({
        label: metric.label,
        values: s.points.map((p) => Number(formatMajorUnits(metric.amount(p).amount, s.currency))),
      })),
    }));
}

/**
 * Change from `previous` to `current` (same currency) in whole percent, rounded half away from
 * zero; null when there was nothing before (no percentage of zero).
 */
export function percentChange(current: MoneyValue, previous: MoneyValue): number | null {
  const before = minorUnitsOf(previous);
  if (before === 0n) return null;
  const diff = (minorUnitsOf(current) - before) * 1000n;
  const perMille = diff / (before < 0n ? -before : before);
  const rounded = (perMille + (perMille >= 0n ? 5n : -5n)) / 10n;
  return Number(rounded);
}

/** "+12 %", "−5 %", "0 %", or "new" when there was nothing in the previous period. */
export function describeChange(current: MoneyValue, previous: MoneyValue): string {
  const change = percentChange(current, previous);
  if (change === null) return minorUnitsOf(current) === 0n ? 'no change' : 'new this period';
  if (change === 0) return 'no change';
  return `${change > 0 ? '+' : '−'}${Math.abs(change)} % vs previous period`;
}

/** A chart value (major units, drawing only) formatted as money of its currency. */
export function formatChartValue(value: number, currency: string): string {
  return formatMoney({ amount: Math.round(value * 10 ** currencyExponent(currency)), currency });
}
