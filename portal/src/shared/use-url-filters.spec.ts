import { describe, expect, it } from 'vitest';
import { columnOfSortField, filtersFromQuery, queryFromFilters, sortFieldOfColumn, type UrlFilterFields } from './use-url-filters';

const FIELDS = {
  order: { kind: 'text' },
  partner: { kind: 'id' },
  from: { kind: 'day' },
  currency: { kind: 'currency' },
  sort: { kind: ['OCCURRED_AT', 'AMOUNT'], default: 'OCCURRED_AT' },
  dir: { kind: ['ASC', 'DESC'], default: 'DESC' },
} satisfies UrlFilterFields<string>;

describe('filters in the URL', () => {
  it('reads what fits and drops the rest', () => {
    expect(
      filtersFromQuery(FIELDS, { order: ' 1042 ', partner: 'nope', from: '2026-02-30', currency: 'eur', sort: 'amount', dir: 'sideways' }),
    ).toEqual({ order: '1042', partner: '', from: '', currency: 'EUR', sort: 'AMOUNT', dir: 'DESC' });
    expect(filtersFromQuery(FIELDS, { from: ['2026-03-15', 'x'], partner: '7F2C1E4A-0000-4000-8000-000000000001' })).toMatchObject({
      from: '2026-03-15',
      partner: '7f2c1e4a-0000-4000-8000-000000000001',
    });
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    const state = { order: '1042', partner: '', from: '2026-03-15', currency: 'EUR', sort: 'AMOUNT', dir: 'DESC' };
    const query = queryFromFilters(FIELDS, state);
    expect(query).toEqual({ order: '1042', from: '2026-03-15', currency: 'EUR', sort: 'amount' });
    expect(filtersFromQuery(FIELDS, query as Record<string, string>)).toEqual(state);
    expect(queryFromFilters(FIELDS, filtersFromQuery(FIELDS, {}))).toEqual({});
  });
});

describe('sortable columns', () => {
  const COLUMNS = { occurredAt: 'OCCURRED_AT', amount: 'AMOUNT' } as const;
  it('maps a column to the API sort field and back; other columns and inherited names sort nothing', () => {
    expect(sortFieldOfColumn(COLUMNS, 'amount')).toBe('AMOUNT');
    expect(columnOfSortField(COLUMNS, 'OCCURRED_AT')).toBe('occurredAt');
    expect(sortFieldOfColumn(COLUMNS, 'partner')).toBeUndefined();
    expect(sortFieldOfColumn(COLUMNS, 'toString')).toBeUndefined();
    expect(sortFieldOfColumn(COLUMNS, (row: unknown) => row)).toBeUndefined();
    expect(columnOfSortField(COLUMNS, 'ORDER_ID')).toBeUndefined();
  });
});
