import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { scopedFind } from '../common/scope';
import { Partner } from '../partners/partner.entity';
import { partnerStatsByIds } from '../partners/partner.service';
import { Refund, Sale } from '../sales/sale.entity';
import { Product } from '../products/product.entity';
import { Customer } from '../customers/customer.entity';
import { Commission } from '../commissions/commission.entity';
import { Payment } from '../payments/payment.entity';
import { getPaymentsByIds } from '../payments/payment.service';
import { getCommissionsByIds } from '../commissions/commission.service';
import { refundLinks } from '../sales/refund.service';

/**
 * Every per-request batch loader, in one registry: a list page resolves each related record kind
 * in one query, not one per row (test/api/statement-counts.test.ts holds every list page to a
 * fixed number of statements). Loaders read through the request's manager and scope by the
 * context's program — and, where a partner may see only their own, by the partner.
 */
function byIdLoader<T extends { id: string; programId: string }>(ctx: RequestContext, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(entity).findBy({ id: In([...ids]), programId: ctx.programId } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Rows of `entity` grouped by their sale, oldest first. */
function bySaleLoader<T extends { saleId: string | null; createdAt: Date }>(
  ctx: RequestContext,
  entity: new () => T,
  scopeOf: () => Record<string, unknown>,
) {
  return new DataLoader<string, T[]>(async (saleIds) => {
    const scope = scopeOf();
    const rows = await ctx.manager
      .getRepository(entity)
      .find({ where: { saleId: In([...saleIds]), ...scope } as never, order: { createdAt: 'ASC', id: 'ASC' } as never });
    const groups = new Map<string, T[]>(saleIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.saleId!)?.push(row);
    return saleIds.map((id) => groups.get(id)!);
  });
}

/** Built for every request, anonymous ones included: nothing here reads the actor until a loader runs. */
export function createLoaders(ctx: RequestContext) {
  return {
    partner: byIdLoader(ctx, Partner),
    sale: byIdLoader(ctx, Sale),
    product: byIdLoader(ctx, Product),
    customer: byIdLoader(ctx, Customer),
    payment: new DataLoader<string, Payment | null>(async (ids) => {
      const map = new Map((await getPaymentsByIds(ctx, [...ids])).map((payment) => [payment.id, payment]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    partnerStats: new DataLoader((ids: readonly string[]) => partnerStatsByIds(ctx, ids)),
    /** A sale's commissions and clawbacks; a partner gets only their own. */
    saleCommissions: bySaleLoader(ctx, Commission, () => scopedFind<Commission>(ctx, {})),
    saleRefunds: bySaleLoader(ctx, Refund, () => ({ programId: ctx.programId })),
    /** What each refund did: the commissions it reduced and the clawbacks it created (two statements per batch). */
    refundCommissions: new DataLoader<string, { adjusted: Commission[]; clawbacks: Commission[] }>(async (refundIds) => {
      const links = await refundLinks(ctx, refundIds);
      const all = [...links.values()].flatMap((link) => [...link.adjusted, ...link.clawbacks]);
      const byId = new Map((await getCommissionsByIds(ctx, all)).map((commission) => [commission.id, commission]));
      const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
      return refundIds.map((id) => ({ adjusted: pick(links.get(id)!.adjusted), clawbacks: pick(links.get(id)!.clawbacks) }));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
