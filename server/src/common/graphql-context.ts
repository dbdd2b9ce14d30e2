import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { RequestContext } from './request-context';
import { LoginThrottle } from '../auth/login-throttle';
import { Partner } from '../partners/partner.entity';
import { Sale } from '../sales/sale.entity';
import { Product } from '../products/product.entity';
import { partnerStatsByIds } from '../partners/partner.service';

/** Per-request batch loaders, so lists resolve related records in one query, not N. */
function byIdLoader<T extends { id: string; programId: string }>(ctx: RequestContext, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await ctx.manager.getRepository(entity).findBy({ id: In([...ids]), programId: ctx.programId } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(ctx: RequestContext) {
  return {
    partner: byIdLoader(ctx, Partner),
    sale: byIdLoader(ctx, Sale),
    product: byIdLoader(ctx, Product),
    partnerStats: new DataLoader((ids: readonly string[]) => partnerStatsByIds(ctx, ids)),
  };
}

export interface GraphQLContext {
  ctx: RequestContext;
  loaders: ReturnType<typeof createLoaders>;
  /** The bearer token of the request, for logout. */
  token: string | null;
  /** The caller's address, for sign-in throttling. */
  clientAddress: string;
  loginThrottle: LoginThrottle;
}
