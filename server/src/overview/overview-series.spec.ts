import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { SeriesRow, seriesFromRows } from './overview.service';

const row = (start: string, currency: string, earned: number, revenue = 0): SeriesRow => ({
  start: new Date(start),
  currency,
  revenue: String(revenue),
  sales_count: revenue ? '1' : '0',
  earned: String(earned),
  earned_count: '1',
  clawbacks: '0',
  clawback_count: '0',
  payouts: '0',
  payout_count: '0',
});

// Local midnights of Pacific/Auckland (UTC+13 in January) as instants, as the buckets statement returns them.
const buckets = ['2030-01-01', '2030-01-02', '2030-01-03'].map((day) => ({
  day,
  start: new Date(new Date(`${day}T00:00:00Z`).getTime() - 13 * 3_600_000),
}));

describe('series from the active buckets', () => {
  it('fills every bucket for each active currency, in currency order, with the local day', () => {
    const series = seriesFromRows([row('2030-01-01T11:00:00Z', 'USD', 500, 5000), row('2029-12-31T11:00:00Z', 'EUR ', 70)], buckets);
    expect(series.map((s) => s.currency)).toEqual(['EUR', 'USD']);
    expect(series[1].points.map((p) => [p.day, p.earned.amount, p.revenue.amount, p.salesCount])).toEqual([
      ['2030-01-01', 0, 0, 0],
      ['2030-01-02', 500, 5000, 1],
      ['2030-01-03', 0, 0, 0],
    ]);
    expect(series[0].points[0].earned).toEqual({ amount: 70, currency: 'EUR' });
  });

  it('has no series without activity', () => {
    expect(seriesFromRows([], buckets)).toEqual([]);
  });
});
