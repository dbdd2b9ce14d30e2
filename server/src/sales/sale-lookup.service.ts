import { RequestContext } from '../common/request-context';
import { NotFoundError } from '../common/errors';
import { exactlyOneRef } from '../common/ids';
import { Sale } from './sale.entity';
import { getSale } from './sale.service';

/**
 * The sale `ref` names, by exactly one of Partnerbook's id or the merchant's external id (exact
 * match). A partner finds only the sales that earned them a commission, either way.
 */
export async function getSaleByRef(ctx: RequestContext, ref: { id?: string | null; externalId?: string | null }): Promise<Sale> {
  if (!exactlyOneRef('sale', ref)) return getSale(ctx, ref.id!);
  const sale = await ctx.manager.getRepository(Sale).findOneBy({ externalId: ref.externalId!, programId: ctx.programId });
  if (!sale) throw new NotFoundError('Sale', ref.externalId!);
  return getSale(ctx, sale.id);
}

/** The id of the sale `ref` names (merchants: the whole program), or NotFound. */
export async function saleIdOf(ctx: RequestContext, ref: { id?: string | null; externalId?: string | null }): Promise<string> {
  if (!exactlyOneRef('sale', ref)) return ref.id!;
  const [row] = await ctx.query<{ id: string }>(`SELECT id FROM sale WHERE program_id = $1 AND external_id = $2`, [
    ctx.programId,
    ref.externalId,
  ]);
  if (!row) throw new NotFoundError('Sale', ref.externalId!);
  return row.id;
}
