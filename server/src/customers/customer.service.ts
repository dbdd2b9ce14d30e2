import { RequestContext } from '../common/request-context';
import { NotFoundError } from '../common/errors';
import { exactlyOneRef } from '../common/ids';
import { Paging, paginate } from '../common/paging';
import { findPartnerByKey } from '../partners/partner.service';
import { Customer } from './customer.entity';
import { CustomerFilter, TrackReferralInput } from './customer.inputs';
import { ReferralEventKind, nextReferrers } from './referral-rules';

export async function getCustomer(ctx: RequestContext, id: string): Promise<Customer> {
  const customer = await ctx.manager.getRepository(Customer).findOneBy({ id, programId: ctx.programId });
  if (!customer) throw new NotFoundError('Customer', id);
  return customer;
}

/** The customer `ref` names, by exactly one of its id or the merchant's external id. */
export async function getCustomerByRef(ctx: RequestContext, ref: { id?: string | null; externalId?: string | null }): Promise<Customer> {
  const byExternalId = exactlyOneRef('customer', ref);
  if (!byExternalId) return getCustomer(ctx, ref.id!);
  const customer = await ctx.manager.getRepository(Customer).findOneBy({ externalId: ref.externalId!, programId: ctx.programId });
  if (!customer) throw new NotFoundError('Customer', ref.externalId!);
  return customer;
}

export function listCustomers(ctx: RequestContext, filter: CustomerFilter, page: Paging) {
  const query = ctx.manager
    .getRepository(Customer)
    .createQueryBuilder('c')
    .where('c.program_id = :programId', { programId: ctx.programId });
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('(c.external_id ILIKE :like OR c.name ILIKE :like OR c.email ILIKE :like)', { like });
  }
  return paginate(query, page, { alias: 'c', table: 'customer' });
}

/**
 * Serialises work on these customers (by the merchant's ids) until the transaction ends. Taken
 * in one sorted order for a whole batch, so concurrent batches over the same customers queue
 * instead of deadlocking, including for customers that do not exist yet.
 */
export async function lockCustomerKeys(tx: RequestContext, externalIds: string[]): Promise<void> {
  const keys = [...new Set(externalIds)].sort();
  if (keys.length === 0) return;
  await tx.query(
    `SELECT pg_advisory_xact_lock(k.lock_key)
       FROM (SELECT hashtextextended($1 || ':' || x, 0) AS lock_key FROM unnest($2::text[]) AS x ORDER BY 1) AS k`,
    [tx.programId, keys],
  );
}

/** Finds or creates the customer by the merchant's id and locks its row for this transaction. */
export async function lockCustomer(
  tx: RequestContext,
  externalId: string,
  details: { name?: string | null; email?: string | null } = {},
): Promise<Customer> {
  await tx.query(
    `INSERT INTO customer (program_id, external_id, name, email) VALUES ($1, $2, $3, $4)
     ON CONFLICT (program_id, external_id) DO NOTHING`,
    [tx.programId, externalId, details.name ?? null, details.email ?? null],
  );
  const customer = await tx.manager
    .getRepository(Customer)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where('c.program_id = :programId AND c.external_id = :externalId', { programId: tx.programId, externalId })
    .getOneOrFail();
  return customer;
}

/** Records a referral of a locked customer by a partner and moves first/last referrer by the rules. */
export async function applyReferral(
  tx: RequestContext,
  customer: Customer,
  partnerId: string,
  event: ReferralEventKind,
  at: Date = new Date(),
): Promise<Customer> {
  const next = nextReferrers(customer, partnerId, event);
  const firstChanged = next.firstPartnerId !== customer.firstPartnerId;
  const lastChanged = next.lastPartnerId !== customer.lastPartnerId;
  if (firstChanged || lastChanged || event !== 'CLICK') {
    customer.firstPartnerId = next.firstPartnerId;
    customer.lastPartnerId = next.lastPartnerId;
    if (firstChanged) customer.firstReferredAt = at;
    if (lastChanged || event !== 'CLICK') customer.lastReferredAt = at;
    await tx.manager.getRepository(Customer).update(
      { id: customer.id },
      {
        firstPartnerId: customer.firstPartnerId,
        lastPartnerId: customer.lastPartnerId,
        firstReferredAt: customer.firstReferredAt,
        lastReferredAt: customer.lastReferredAt,
      },
    );
  }
  await tx.query(`INSERT INTO referral (program_id, customer_id, partner_id, event, created_at) VALUES ($1, $2, $3, $4, $5)`, [
    tx.programId,
    customer.id,
    partnerId,
    event,
    at,
  ]);
  return customer;
}

export async function trackReferral(ctx: RequestContext, input: TrackReferralInput): Promise<Customer> {
  return ctx.transaction(async (tx) => {
    const partner = await findPartnerByKey(tx, input.partnerKey);
    if (!partner) throw new NotFoundError('Partner key', input.partnerKey);
    await lockCustomerKeys(tx, [input.customerExternalId]);
    const customer = await lockCustomer(tx, input.customerExternalId, { name: input.customerName, email: input.customerEmail });
    return applyReferral(tx, customer, partner.id, input.event);
  });
}
