import { FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { RequestContext } from './request-context';
import { SqlWhere } from './sql-where';

/**
 * The one rule of what a request may read: the rows of its program and, for a partner, only their
 * own (`partner_id`), whatever the arguments say. Every list, lookup and export starts from here.
 * A merchant may narrow to one partner (`partnerId`, a UUID the edge checked: common/scalars.ts,
 * exports/export-params.ts); a partner's `partnerId` is ignored:
 * they always get themselves.
 */
export function scopeWhere(ctx: RequestContext, alias: string, narrow: { partnerId?: string | null } = {}): SqlWhere {
  const where = new SqlWhere().add(`${alias}.program_id = :scopeProgramId`, { scopeProgramId: ctx.programId });
  const partnerId = scopedPartnerId(ctx, narrow.partnerId);
  if (partnerId) where.add(`${alias}.partner_id = :scopePartnerId`, { scopePartnerId: partnerId });
  return where;
}

/** The partner a request's rows are narrowed to: a partner themselves, a merchant the one they name, or none. */
export function scopedPartnerId(ctx: RequestContext, requested?: string | null): string | undefined {
  if (ctx.isPartner) return ctx.partnerId;
  return requested ?? undefined;
}

/** The same scope for TypeORM find options: `where` narrowed to the program and, for a partner, to them. */
export function scopedFind<T extends ObjectLiteral & { programId: string; partnerId: string }>(
  ctx: RequestContext,
  where: FindOptionsWhere<T>,
): FindOptionsWhere<T> {
  return { ...where, programId: ctx.programId, ...(ctx.isPartner ? { partnerId: ctx.partnerId } : {}) };
}
