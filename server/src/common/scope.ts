import { FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { RequestContext } from './request-context';
import { SqlWhere } from './sql-where';

/**
 * The one rule of what a request may read: the rows of its program and, for a partner, only their
 * own (`partner_id`), whatever the arguments say. Every list, lookup and export starts from here.
 */
export function scopeWhere(ctx: RequestContext, alias: string): SqlWhere {
  const where = new SqlWhere().add(`${alias}.program_id = :scopeProgramId`, { scopeProgramId: ctx.programId });
  if (ctx.isPartner) where.add(`${alias}.partner_id = :scopePartnerId`, { scopePartnerId: ctx.partnerId });
  return where;
}

/** The same scope for TypeORM find options: `where` narrowed to the program and, for a partner, to them. */
export function scopedFind<T extends ObjectLiteral & { programId: string; partnerId: string }>(
  ctx: RequestContext,
  where: FindOptionsWhere<T>,
): FindOptionsWhere<T> {
  return { ...where, programId: ctx.programId, ...(ctx.isPartner ? { partnerId: ctx.partnerId } : {}) } as FindOptionsWhere<T>;
}
