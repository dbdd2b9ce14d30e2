import { describe, expect, it } from 'vitest';
import { emptyCommissionFilterForm, toCommissionFilter } from './use-commission-filter';

describe('toCommissionFilter', () => {
  it('leaves out what is empty', () => {
    expect(toCommissionFilter(emptyCommissionFilterForm())).toEqual({ filter: {}, errors: [] });
  });

  it('sends the picked days as days (the API reads them in the program time zone, "to" included) and amounts as integer minor units', () => {
    const form = {
      ...emptyCommissionFilterForm(),
      partnerId: 'p1',
      from: '2026-01-01',
      to: '2026-01-31',
      currency: 'usd',
      minAmount: '10.5',
      maxAmount: '99',
    };
    expect(toCommissionFilter(form)).toEqual({
      filter: {
        partnerId: 'p1',
        fromDay: '2026-01-01',
        toDay: '2026-01-31',
        currency: 'USD',
        minAmount: { amount: 1050, currency: 'USD' },
        maxAmount: { amount: 9900, currency: 'USD' },
      },
      errors: [],
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
