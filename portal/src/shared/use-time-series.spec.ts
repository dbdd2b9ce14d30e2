import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  bucketSeries,
  currencyCharts,
  describeChange,
  friendlyBucketLabel,
  percentChange,
  seriesTotal,
} from './use-time-series';

const point = (start: string, earned: number, payouts: number, currency: string) => ({
  start,
  earned: { amount: earned, currency },
  payouts: { amount: payouts, currency },
});

describe('bucketSeries', () => {
  const input = [
    { currency: 'USD', points: [point('2026-01-01T00:00:00.000Z', 30, 5, 'USD'), point('2026-02-01T00:00:00.000Z', 0, 0, 'USD')] },
    { currency: 'EUR', points: [point('2026-01-01T00:00:00.000Z', 0, 0, 'EUR'), point('2026-02-01T00:00:00.000Z', 1500, 0, 'EUR')] },
  ];
  const metrics = [
    { label: 'Earned', amount: (p: (typeof input)[number]['points'][number]) => p.earned },
    { label: 'Paid', amount: (p: (typeof input)[number]['points'][number]) => p.payouts },
  ];

  it('makes one series per metric and currency, in major units, with the buckets as labels', () => {
    expect(bucketSeries(input, 'MONTH', metrics)).toEqual({
      labels: ['2026-01', '2026-02'],
      series: [
        { label: 'Earned (EUR)', currency: 'EUR', values: [0, 15] },
        { label: 'Earned (USD)', currency: 'USD', values: [0.3, 0] },
        { label: 'Paid (EUR)', currency: 'EUR', values: [0, 0] },
        { label: 'Paid (USD)', currency: 'USD', values: [0.05, 0] },
      ],
    });
  });

  it('labels days and weeks, and sums a series in minor units', () => {
    expect(bucketLabel('2026-03-09T00:00:00.000Z', 'WEEK')).toBe('Week of 2026-03-09');
    expect(bucketLabel('2026-03-14T00:00:00.000Z', 'DAY')).toBe('2026-03-14');
    expect(seriesTotal(input[1], (p) => p.earned)).toEqual({ amount: 1500, currency: 'EUR' });
  });

  it('is empty without data', () => {
    expect(bucketSeries([], 'DAY', metrics)).toEqual({ labels: [], series: [] });
  });
});

describe('currencyCharts', () => {
  it('makes one chart per currency labelled by the local day, never mixing currencies', () => {
    const charts = currencyCharts(
      [
        {
          currency: 'USD',
          points: [{ start: '2026-03-10T11:00:00.000Z', day: '2026-03-11', revenue: { amount: 10_000, currency: 'USD' } }],
        },
        { currency: 'EUR', points: [{ start: '2026-03-10T11:00:00.000Z', day: '2026-03-11', revenue: { amount: 250, currency: 'EUR' } }] },
      ],
      'DAY',
      [{ label: 'Revenue', amount: (p) => p.revenue }],
    );
    expect(charts).toEqual([
      { currency: 'EUR', labels: ['Mar 11'], series: [{ label: 'Revenue', values: [2.5] }] },
      { currency: 'USD', labels: ['Mar 11'], series: [{ label: 'Revenue', values: [100] }] },
    ]);
  });
});

describe('percentChange', () => {
  const usd = (amount: number | string) => ({ amount, currency: 'USD' });
  it('rounds half away from zero and has no percentage of nothing', () => {
    expect(percentChange(usd(65_000), usd(13_000))).toBe(400);
    expect(percentChange(usd(1_005), usd(1_000))).toBe(1);
    expect(percentChange(usd(995), usd(1_000))).toBe(-1);
    expect(percentChange(usd(0), usd(1_000))).toBe(-100);
    expect(percentChange(usd(5), usd(0))).toBeNull();
    expect(percentChange(usd('9007199254740993'), usd('9007199254740993'))).toBe(0);
  });
  it('says it in words', () => {
    expect(describeChange(usd(65_000), usd(13_000))).toBe('+400 % vs previous period');
    expect(describeChange(usd(500), usd(1_000))).toBe('−50 % vs previous period');
    expect(describeChange(usd(500), usd(0))).toBe('new this period');
    expect(describeChange(usd(0), usd(0))).toBe('no change');
  });
});

describe('friendlyBucketLabel', () => {
  it('names days, weeks and months', () => {
    expect(friendlyBucketLabel('2026-03-09', 'WEEK')).toBe('Week of Mar 9');
    expect(friendlyBucketLabel('2026-03-01', 'MONTH')).toBe('Mar 2026');
    expect(friendlyBucketLabel('2026-12-31', 'DAY')).toBe('Dec 31');
  });
});
