import { describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { MerchantRole } from '@partnerbook/shared';
import { RequestContext } from './request-context';
import { scopedFind, scopedPartnerId, scopeWhere } from './scope';
import { SqlWhere } from './sql-where';

// A data source that never connects: only its driver's parameter numbering is used.
const dataSource = new DataSource({ type: 'postgres' });
const PROGRAM = '00000000-0000-4000-8000-000000000001';
const PARTNER = '00000000-0000-4000-8000-000000000002';
const OTHER = '00000000-0000-4000-8000-000000000003';
const merchant = new RequestContext(dataSource, {
  kind: 'MERCHANT',
  accountId: 'a',
  programId: PROGRAM,
  role: MerchantRole.ADMIN,
  label: 'm',
});
const partner = new RequestContext(dataSource, { kind: 'PARTNER', accountId: 'p', programId: PROGRAM, partnerId: PARTNER, label: 'p' });

describe('SqlWhere', () => {
  it('numbers named parameters as PostgreSQL does, spreads `:...` lists, leaves casts alone', () => {
    const when = new Date('2030-01-02T03:04:05Z');
    const where = new SqlWhere()
      .add('c.program_id = :programId', { programId: PROGRAM })
      .add('c.id = ANY(:ids::uuid[])', { ids: [OTHER] })
      .add('c.status IN (:...statuses)', { statuses: ['PENDING', 'APPROVED'] })
      .add(`c.kind = 'SALE'`)
      .add('c.created_at >= :from', { from: when });
    expect(where.positional(dataSource)).toEqual({
      sql: `c.program_id = $1 AND c.id = ANY($2::uuid[]) AND c.status IN ($3, $4) AND c.kind = 'SALE' AND c.created_at >= $5`,
      params: [PROGRAM, [OTHER], 'PENDING', 'APPROVED', when],
    });
  });

  it('is TRUE when empty, and refuses a parameter name bound twice', () => {
    expect(new SqlWhere().sql).toBe('TRUE');
    expect(() => new SqlWhere().add('a = :x', { x: 1 }).add('b = :x', { x: 2 })).toThrow(/already bound/);
  });
});

describe('scope', () => {
  it('a merchant: the program, narrowed to the partner they name (a UUID: the edge checked it)', () => {
    expect(scopeWhere(merchant, 'c').positional(dataSource)).toEqual({ sql: 'c.program_id = $1', params: [PROGRAM] });
    expect(scopeWhere(merchant, 'c', { partnerId: OTHER }).positional(dataSource)).toEqual({
      sql: 'c.program_id = $1 AND c.partner_id = $2',
      params: [PROGRAM, OTHER],
    });
    expect(scopedFind(merchant, { id: OTHER })).toEqual({ id: OTHER, programId: PROGRAM });
  });

  it('a partner: always themselves, whatever partner the filter names', () => {
    for (const named of [undefined, OTHER, 'nope']) {
      expect(scopeWhere(partner, 'pay', { partnerId: named }).positional(dataSource)).toEqual({
        sql: 'pay.program_id = $1 AND pay.partner_id = $2',
        params: [PROGRAM, PARTNER],
      });
      expect(scopedPartnerId(partner, named)).toBe(PARTNER);
    }
    expect(scopedFind(partner, { id: OTHER })).toEqual({ id: OTHER, programId: PROGRAM, partnerId: PARTNER });
  });
});
