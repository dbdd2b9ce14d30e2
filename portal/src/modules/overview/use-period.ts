import type { Bucket } from '../../shared/use-time-series';

export type PeriodKey = '7D' | '30D' | '13W' | '12M';

export const PERIODS: { key: PeriodKey; label: string; bucket: Bucket; days: number }[] = [
  { key: '7D', label: 'Last 7 days', bucket: 'DAY', days: 7 },
  { key: '30D', label: 'Last 30 days', bucket: 'DAY', days: 30 },
  { key: '13W', label: 'Last 13 weeks', bucket: 'WEEK', days: 91 },
  { key: '12M', label: 'Last 12 months', bucket: 'MONTH', days: 365 },
];

/**
 * The overview's range for a period ending `now`: [now − days, now), bucketed as the period says.
 * `now` is rounded up to the next minute so that one page visit asks for the same range (and the cache
 * answers) while everything recorded until now, a sale of a few seconds ago included, is in it.
 */
export function periodRange(key: PeriodKey, now: Date): { from: string; to: string; bucket: Bucket } {
  const period = PERIODS.find((p) => p.key === key) ?? PERIODS[1];
  const to = Math.ceil(now.getTime() / 60_000) * 60_000;
  return { from: new Date(to - period.days * 86_400_000).toISOString(), to: new Date(to).toISOString(), bucket: period.bucket };
}
