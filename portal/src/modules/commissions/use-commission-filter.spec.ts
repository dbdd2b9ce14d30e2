import { describe, expect, it } from 'vitest';
import { emptyCommissionFilterForm, toCommissionFilter } from './use-commission-filter';

describe('toCommissionFilter', () => {
  it('leaves out what is empty', () => {
    expect(toCommissionFilter(emptyCommissionFilterForm())).toEqual({ filter: {}, errors: [] });
  });

  it('makes the date range include the "to" day and amounts integer minor units', () => {
    const form = {
      ...emptyCommissionFilterForm(),
      partnerId: 'p1',
      from: '2026-01-01',
      to: '2026-01-31',
      currency: 'usd',
      minAmount: '10.5',
      maxAmount: '99',
    };
    expect(toCommissionFilter(form, 'UTC')).toEqual({
      filter: {
        partnerId: 'p1',
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-02-01T00:00:00.000Z',
        currency: 'USD',
        minAmount: { amount: 1050, currency: 'USD' },
        maxAmount: { amount: 9900, currency: 'USD' },
      },
      errors: [],
    });
  });

  it('reads the days in the program time zone: a day in Auckland starts 11 or 13 hours before UTC midnight', () => {
    const form = { ...emptyCommissionFilterForm(), from: '2026-03-15', to: '2026-07-01' };
    expect(toCommissionFilter(form, 'Pacific/Auckland').filter).toEqual({
      from: '2026-03-14T11:00:00.000Z', // daylight time, UTC+13
      to: '2026-07-01T12:00:00.000Z', // end of 1 July, standard time, UTC+12
    });
  });

  it('asks for a currency before filtering by amount, and rejects bad amounts', () => {
    expect(toCommissionFilter({ ...emptyCommissionFilterForm(), minAmount: '5' }).errors).toEqual([
      'Choose a currency to filter by amount',
    ]);
    const bad = toCommissionFilter({ ...emptyCommissionFilterForm(), currency: 'JPY', maxAmount: '1.5' });
    expect(bad.filter.maxAmount).toBeUndefined();
    expect(bad.errors).toHaveLength(1);
  });
});
