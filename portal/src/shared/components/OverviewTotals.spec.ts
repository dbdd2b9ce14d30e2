import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import OverviewTotals from './OverviewTotals.vue';

const money = (amount: number, currency: string) => ({ amount, currency });
const point = (start: string, earned: number, clawbacks: number, payouts: number, currency: string) => ({
  start,
  earned: money(earned, currency),
  clawbacks: money(clawbacks, currency),
  payouts: money(payouts, currency),
});

describe('OverviewTotals', () => {
  it('sums each currency over its buckets without mixing currencies', () => {
    const wrapper = mount(OverviewTotals, {
      props: {
        caption: 'Totals',
        series: [
          {
            currency: 'EUR',
            points: [point('2026-01-01T00:00:00Z', 1000, 0, 0, 'EUR'), point('2026-02-01T00:00:00Z', 250, 0, 500, 'EUR')],
          },
          { currency: 'JPY', points: [point('2026-01-01T00:00:00Z', 700, -100, 0, 'JPY'), point('2026-02-01T00:00:00Z', 0, 0, 0, 'JPY')] },
        ],
      },
    });
    const eur = wrapper.get('[data-currency="EUR"]');
    expect(eur.get('[data-testid="total-earned"]').text()).toContain('12.50');
    expect(eur.get('[data-testid="total-payouts"]').text()).toContain('5.00');
    const jpy = wrapper.get('[data-currency="JPY"]');
    expect(jpy.get('[data-testid="total-earned"]').text()).toContain('700');
    expect(jpy.get('[data-testid="total-clawbacks"]').text()).toContain('100');
  });

  it('says when there is nothing in the period', () => {
    expect(mount(OverviewTotals, { props: { caption: 'Totals', series: [] } }).text()).toContain('No activity in this period');
  });
});
