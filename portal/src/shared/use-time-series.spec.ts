import { describe, expect, it } from 'vitest';
import { monthlySeries } from './use-time-series';

describe('monthlySeries', () => {
  it('sums per month and currency in minor units, fills empty months, splits currencies into series', () => {
    const { months, series } = monthlySeries([
      {
        label: 'Earned',
        items: [
          { date: '2026-01-05T00:00:00Z', amount: { amount: 10, currency: 'USD' } },
          { date: '2026-01-20T00:00:00Z', amount: { amount: 20, currency: 'USD' } },
          { date: '2026-03-01T00:00:00Z', amount: { amount: 1500, currency: 'EUR' } },
        ],
      },
      { label: 'Paid', items: [{ date: '2025-12-31T23:00:00Z', amount: { amount: 5, currency: 'USD' } }] },
    ]);
    expect(months).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(series).toEqual([
      { label: 'Earned (EUR)', currency: 'EUR', values: [0, 0, 0, 15] },
      { label: 'Earned (USD)', currency: 'USD', values: [0, 0.3, 0, 0] },
      { label: 'Paid (USD)', currency: 'USD', values: [0.05, 0, 0, 0] },
    ]);
  });

  it('is empty without data', () => {
    expect(monthlySeries([{ label: 'x', items: [] }])).toEqual({ months: [], series: [] });
  });
});
