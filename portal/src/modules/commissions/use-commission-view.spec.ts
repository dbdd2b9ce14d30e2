import { describe, expect, it } from 'vitest';
import {
  defaultCommissionView,
  filterFromView,
  inHoldingPeriod,
  programCurrencies,
  queryFromView,
  sortFromView,
  viewFromQuery,
} from './use-commission-view';

const PARTNER = '0b6f3a52-6a0e-4c8e-9d0a-4f7c3c1e2a10';

describe('the all-commissions view in the URL', () => {
  it('round-trips every filter and the sort through the query string', () => {
    const view = {
      ...defaultCommissionView(),
      status: 'CANCELLED' as const,
      partnerId: PARTNER,
      from: '2026-01-01',
      to: '2026-01-31',
      currency: 'EUR',
      orderId: 'A-1042',
      sort: 'AMOUNT' as const,
      direction: 'ASC' as const,
    };
    expect(viewFromQuery(queryFromView(view) as never)).toEqual(view);
  });

  it('keeps a plain URL for the default view', () => {
    expect(queryFromView(defaultCommissionView())).toEqual({});
  });

  it('drops malformed values instead of sending them', () => {
    const view = viewFromQuery({ status: 'nope', partner: 'x', from: '2026-13-45', currency: 'dollars', sort: 'id', dir: 'up' });
    expect(view).toEqual(defaultCommissionView());
  });
});

describe('the API filter and sort', () => {
  it('"ready to approve" asks for pending commissions past their holding period', () => {
    expect(filterFromView({ ...defaultCommissionView(), status: 'READY' })).toEqual({ readyToApprove: true });
  });

  it('sale dates go as days of the program time zone (the API reads them so, "to" included); the order id is trimmed', () => {
    expect(filterFromView({ ...defaultCommissionView(), from: '2026-03-01', to: '2026-03-31', orderId: ' 1042 ' })).toEqual({
      saleFromDay: '2026-03-01',
      saleToDay: '2026-03-31',
      orderId: '1042',
    });
  });

  it('sorts by sale date, newest first, unless told', () => {
    expect(sortFromView(defaultCommissionView())).toEqual({ field: 'SALE_DATE', direction: 'DESC' });
    expect(sortFromView({ ...defaultCommissionView(), sort: 'PARTNER', direction: 'ASC' })).toEqual({ field: 'PARTNER', direction: 'ASC' });
  });
});

describe('row marks and pickers', () => {
  it('marks pending sale commissions still held, not rewards or approved ones', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    const later = '2026-05-09T00:00:00Z';
    expect(inHoldingPeriod({ status: 'PENDING', kind: 'SALE', payableAt: later }, now)).toBe(true);
    expect(inHoldingPeriod({ status: 'PENDING', kind: 'REWARD', payableAt: later }, now)).toBe(false);
    expect(inHoldingPeriod({ status: 'APPROVED', kind: 'SALE', payableAt: later }, now)).toBe(false);
    expect(inHoldingPeriod({ status: 'PENDING', kind: 'SALE', payableAt: '2026-04-01T00:00:00Z' }, now)).toBe(false);
  });

  it("offers the program's currencies, its main one first", () => {
    expect(programCurrencies({ currency: 'USD', payThresholds: [{ currency: 'JPY' }, { currency: 'EUR' }, { currency: 'USD' }] })).toEqual([
      'USD',
      'EUR',
      'JPY',
    ]);
  });
});
