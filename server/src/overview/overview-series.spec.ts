import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OverviewBucket, bucketCount, bucketStart } from './overview-rules';
import { SeriesRow, seriesFromRows } from './overview.service';

const row = (start: string, currency: string, earned: number): SeriesRow => ({
  start: new Date(start),
  currency,
  earned: String(earned),
  earned_count: '1',
  clawbacks: '0',
  clawback_count: '0',
  payouts: '0',
  payout_count: '0',
});

describe('series from the active buckets', () => {
  it('fills every bucket of the range for each active currency, in currency order', () => {
    const series = seriesFromRows(
      [row('2030-01-02T00:00:00Z', 'USD', 500), row('2030-01-01T00:00:00Z', 'EUR ', 70)],
      new Date('2030-01-01T00:00:00Z'),
      new Date('2030-01-04T00:00:00Z'),
      OverviewBucket.DAY,
    );
    expect(series.map((s) => s.currency)).toEqual(['EUR', 'USD']);
    expect(series[1].points.map((p) => [p.start.toISOString().slice(0, 10), p.earned.amount])).toEqual([
      ['2030-01-01', 0],
      ['2030-01-02', 500],
      ['2030-01-03', 0],
    ]);
  });

  it('has exactly the buckets the range touches, each the start of the next (weeks from Monday, months from the 1st)', () => {
    const bucket = fc.constantFrom(OverviewBucket.DAY, OverviewBucket.WEEK, OverviewBucket.MONTH);
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(bucket, instant, fc.integer({ min: 1, max: 200 * 86_400_000 }), (kind, fromMs, lengthMs) => {
        const from = new Date(fromMs);
        const to = new Date(fromMs + lengthMs);
        const [series] = seriesFromRows([row(bucketStart(from, kind).toISOString(), 'USD', 1)], from, to, kind);
        expect(series.points).toHaveLength(bucketCount(from, to, kind));
        for (const point of series.points) expect(bucketStart(point.start, kind)).toEqual(point.start);
        for (let i = 1; i < series.points.length; i++)
          expect(series.points[i].start.getTime()).toBeGreaterThan(series.points[i - 1].start.getTime());
        expect(series.points[0].start).toEqual(bucketStart(from, kind));
        expect(series.points.at(-1)!.start).toEqual(bucketStart(new Date(to.getTime() - 1), kind));
      }),
    );
  });
});
