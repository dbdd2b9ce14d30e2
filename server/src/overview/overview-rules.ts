export enum OverviewBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

/** How many buckets one request may ask for: about two years of days, five years of weeks, ten years of months. */
export const MAX_BUCKETS: Record<OverviewBucket, number> = {
  [OverviewBucket.DAY]: 731,
  [OverviewBucket.WEEK]: 262,
  [OverviewBucket.MONTH]: 120,
};

const DAY_MS = 86_400_000;
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(10_000, 0, 1);

/** The start (UTC) of the bucket containing `date`; weeks start on Monday, as PostgreSQL's date_trunc('week'). */
export function bucketStart(date: Date, bucket: OverviewBucket): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  switch (bucket) {
    case OverviewBucket.DAY:
      return new Date(day);
    case OverviewBucket.WEEK:
      return new Date(day - ((date.getUTCDay() + 6) % 7) * DAY_MS);
    case OverviewBucket.MONTH:
      return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  }
}

/** Number of buckets touched by [from, to). */
export function bucketCount(from: Date, to: Date, bucket: OverviewBucket): number {
  const first = bucketStart(from, bucket);
  const last = bucketStart(new Date(to.getTime() - 1), bucket);
  if (bucket === OverviewBucket.MONTH) {
    return (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  }
  const unit = bucket === OverviewBucket.DAY ? DAY_MS : 7 * DAY_MS;
  return Math.round((last.getTime() - first.getTime()) / unit) + 1;
}

export function defaultFrom(to: Date, bucket: OverviewBucket): Date {
  switch (bucket) {
    case OverviewBucket.DAY:
      return new Date(to.getTime() - 30 * DAY_MS);
    case OverviewBucket.WEEK:
      return new Date(to.getTime() - 26 * 7 * DAY_MS);
    case OverviewBucket.MONTH:
      return new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), 1));
  }
}

export type RangeCheck = { ok: true; from: Date; to: Date; buckets: number } | { ok: false; message: string };

/** Fills in defaults and rejects ranges that are empty, reversed, out of era or too many buckets long. */
export function resolveRange(input: { from?: Date | null; to?: Date | null; bucket: OverviewBucket }, now: Date): RangeCheck {
  const to = input.to ?? now;
  const from = input.from ?? defaultFrom(to, input.bucket);
  for (const [name, date] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const time = date.getTime();
    if (Number.isNaN(time) || time < EARLIEST || time > LATEST)
      return { ok: false, message: `${name} must be a date between 1970 and 9999` };
  }
  if (from.getTime() >= to.getTime()) return { ok: false, message: 'from must be before to' };
  const buckets = bucketCount(from, to, input.bucket);
  const max = MAX_BUCKETS[input.bucket];
  if (buckets > max)
    return { ok: false, message: `At most ${max} ${input.bucket.toLowerCase()} buckets per request; this range has ${buckets}` };
  return { ok: true, from, to, buckets };
}
