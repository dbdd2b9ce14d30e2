import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketSeries, seriesTotal } from './use-time-series';

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
