import { In } from 'typeorm';
import { CommissionKind, CommissionStatus } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundError, errorResult } from '../common/errors';
import { assertId, isUuid } from '../common/ids';
import { PageInput, paginate } from '../common/paging';
import { recordAudit } from '../audit/audit.service';
import { Commission } from './commission.entity';
import {
  CommissionActionItem,
  CommissionActionPayload,
  CommissionNotFoundError,
  HoldingPeriodActiveError,
  InvalidCommissionStateError,
  SaleFullyRefundedError,
} from './commission.errors';
import { CommissionFilter, CommissionSelection, MAX_FILTER_MATCHES_PER_ACTION, MAX_IDS_PER_ACTION } from './commission.inputs';

export async function getCommission(ctx: RequestContext, id: string): Promise<Commission> {
  assertId('Commission', id);
  const where = ctx.isPartner ? { id, programId: ctx.programId, partnerId: ctx.partnerId } : { id, programId: ctx.programId };
  const commission = await ctx.manager.getRepository(Commission).findOneBy(where);
  if (!commission) throw new NotFoundError('Commission', id);
  return commission;
}

/** The program's commissions with these ids, in the order of `ids`. */
export async function getCommissionsByIds(ctx: RequestContext, ids: string[]): Promise<Commission[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.manager.getRepository(Commission).findBy({ id: In(ids), programId: ctx.programId });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function filteredQuery(ctx: RequestContext, filter: CommissionFilter) {
  const query = ctx.manager
    .getRepository(Commission)
    .createQueryBuilder('c')
    .where('c.program_id = :programId', { programId: ctx.programId });
  // A partner's lists are always their own, whatever the filter says.
  const partnerId = ctx.isPartner ? ctx.partnerId : filter.partnerId;
  if (partnerId) {
    if (!isUuid(partnerId)) throw new BadInputError(`"${partnerId}" is not a partner id`);
    query.andWhere('c.partner_id = :partnerId', { partnerId });
  }
  if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
  if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
  if (filter.saleId) {
    if (!isUuid(filter.saleId)) throw new BadInputError(`"${filter.saleId}" is not a sale id`);
    query.andWhere('c.sale_id = :saleId', { saleId: filter.saleId });
  }
  if (filter.productId) {
    if (!isUuid(filter.productId)) throw new BadInputError(`"${filter.productId}" is not a product id`);
    query.andWhere('c.sale_id IN (SELECT s.id FROM sale s WHERE s.product_id = :productId)', { productId: filter.productId });
  }
  if (filter.from) query.andWhere('c.created_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('c.created_at < :to', { to: filter.to });
  const currencies = new Set([filter.currency, filter.minAmount?.currency, filter.maxAmount?.currency].filter(Boolean));
  if (currencies.size > 1) throw new BadInputError('The amount filters and the currency filter must use one currency');
  const [currency] = currencies;
  if (currency) query.andWhere('c.currency = :currency', { currency });
  if (filter.minAmount) query.andWhere('c.amount_minor >= :minAmount', { minAmount: filter.minAmount.amount });
  if (filter.maxAmount) query.andWhere('c.amount_minor <= :maxAmount', { maxAmount: filter.maxAmount.amount });
  return query;
}

export function listCommissions(ctx: RequestContext, filter: CommissionFilter, page: PageInput) {
  return paginate(filteredQuery(ctx, filter), page, { alias: 'c', table: 'commission' });
}

/** Inserts sale commissions, held until the sale date plus the program's holding period. */
export async function createSaleCommissions(
  tx: RequestContext,
  input: {
    saleId: string;
    customerId: string;
    currency: string;
    occurredAt: Date;
    holdingPeriodDays: number;
    shares: { partnerId: string; amount: number }[];
  },
): Promise<Commission[]> {
  if (input.shares.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor,
                             sale_id, customer_id, payable_at)
     SELECT $1, s.partner_id, 'SALE', 'PENDING', $2, s.amount, s.amount, $3, $4, $5::timestamptz + make_interval(days => $6)
       FROM jsonb_to_recordset($7::jsonb) AS s(partner_id uuid, amount bigint)
     RETURNING id`,
    [
      tx.programId,
      input.currency,
      input.saleId,
      input.customerId,
      input.occurredAt,
      input.holdingPeriodDays,
      JSON.stringify(input.shares.map((s) => ({ partner_id: s.partnerId, amount: s.amount }))),
    ],
  );
  return getCommissionsByIds(
    tx,
    rows.map((r) => r.id),
  );
}

interface LockedRow {
  id: string;
  status: CommissionStatus;
  kind: CommissionKind;
  amount_minor: string;
  payable_at: Date;
  held: boolean;
}

type Refusal = CommissionNotFoundError | InvalidCommissionStateError | HoldingPeriodActiveError | SaleFullyRefundedError;

interface TransitionSpec {
  action: 'approve' | 'cancel' | 'reinstate';
  /** States the action starts from; a selection by filter is limited to them. */
  from: CommissionStatus[];
  to: CommissionStatus;
  /** Extra refusal beyond not-found and wrong state. */
  refuse?: (row: LockedRow) => Refusal | null;
  /** SQL assignments besides status/updated_at; $3 is the action's text parameter. */
  set: string;
  text?: string | null;
}

async function resolveSelection(ctx: RequestContext, selection: CommissionSelection, from: CommissionStatus[]): Promise<string[]> {
  const hasIds = selection.ids !== undefined && selection.ids !== null;
  if (hasIds === Boolean(selection.filter)) throw new BadInputError('Select commissions either by ids or by filter, not both or neither');
  if (hasIds) {
    if (selection.ids!.length === 0) throw new BadInputError('Select at least one commission');
    if (selection.ids!.length > MAX_IDS_PER_ACTION) throw new BadInputError(`At most ${MAX_IDS_PER_ACTION} ids per action`);
    return [...new Set(selection.ids)];
  }
  const filter = selection.filter!;
  if (filter.status && !from.includes(filter.status)) {
    throw new BadInputError(`This action applies to ${from.join(' or ')} commissions, not ${filter.status}`);
  }
  const query = filteredQuery(ctx, filter).select('c.id', 'id');
  if (!filter.status) query.andWhere('c.status IN (:...fromStatuses)', { fromStatuses: from });
  const rows = await query
    .orderBy('c.id')
    .limit(MAX_FILTER_MATCHES_PER_ACTION + 1)
    .getRawMany<{ id: string }>();
  if (rows.length > MAX_FILTER_MATCHES_PER_ACTION) {
    throw new BadInputError(`The filter matches more than ${MAX_FILTER_MATCHES_PER_ACTION} commissions; narrow it down`);
  }
  return rows.map((row) => row.id);
}

/**
 * Moves the selected commissions from one of `from` to `to`, each reported on: the rows are
 * locked in id order (no deadlocks between overlapping bulk actions) and the UPDATE re-checks
 * the state, so two concurrent requests can never both win the same commission.
 */
async function transition(ctx: RequestContext, selection: CommissionSelection, spec: TransitionSpec): Promise<CommissionActionPayload> {
  const ids = await resolveSelection(ctx, selection, spec.from);
  return ctx.transaction(async (tx) => {
    const validIds = ids.filter(isUuid);
    const locked = await tx.query<LockedRow>(
      `SELECT id, status, kind, amount_minor, payable_at, payable_at > now() AS held
         FROM commission WHERE program_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [tx.programId, validIds],
    );
    const byId = new Map(locked.map((row) => [row.id, row]));
    const refusals = new Map<string, Refusal>();
    for (const id of ids) {
      const row = byId.get(id);
      let refusal: Refusal | null = null;
      if (!row) refusal = errorResult(CommissionNotFoundError, `Commission "${id}" was not found`, { commissionId: id });
      else if (!spec.from.includes(row.status)) {
        refusal = errorResult(InvalidCommissionStateError, `Cannot ${spec.action} a ${row.status} commission`, {
          currentStatus: row.status,
        });
      } else refusal = spec.refuse?.(row) ?? null;
      if (refusal) refusals.set(id, refusal);
    }
    const eligible = ids.filter((id) => !refusals.has(id));
    // $3 (the reason) is always bound, so it is typed even when `set` does not use it.
    const updated = eligible.length
      ? await tx.query<{ id: string }>(
          `UPDATE commission SET status = $4, updated_at = now(), ${spec.set}
            WHERE program_id = $1 AND id = ANY($2::uuid[]) AND status = ANY($5::text[]) AND ($3::text IS NULL OR $3::text IS NOT NULL)
            RETURNING id`,
          [tx.programId, eligible, spec.text ?? null, spec.to, spec.from],
        )
      : [];
    const updatedIds = new Set(updated.map((row) => row.id));
    await recordAudit(
      tx,
      [...updatedIds].map((id) => ({
        action: `commission.${spec.action}`,
        entityType: 'Commission',
        entityId: id,
        changes: { status: { from: byId.get(id)!.status, to: spec.to }, ...(spec.text ? { reason: spec.text } : {}) },
      })),
    );
    const commissions = new Map((await getCommissionsByIds(tx, [...updatedIds])).map((c) => [c.id, c]));
    const items = ids.map((id) =>
      Object.assign(new CommissionActionItem(), { commissionId: id, result: commissions.get(id) ?? refusals.get(id)! }),
    );
    return Object.assign(new CommissionActionPayload(), {
      items,
      succeeded: updatedIds.size,
      failed: items.length - updatedIds.size,
    });
  });
}

export function approveCommissions(ctx: RequestContext, selection: CommissionSelection) {
  return transition(ctx, selection, {
    action: 'approve',
    from: [CommissionStatus.PENDING],
    to: CommissionStatus.APPROVED,
    // Only sale commissions are held; manual rewards and clawbacks never are.
    refuse: (row) =>
      row.kind === CommissionKind.SALE && row.held
        ? errorResult(HoldingPeriodActiveError, `The holding period lasts until ${row.payable_at.toISOString()}`, {
            payableAt: row.payable_at,
          })
        : null,
    set: 'approved_at = now()',
  });
}

export function cancelCommissions(ctx: RequestContext, selection: CommissionSelection, reason: string) {
  return transition(ctx, selection, {
    action: 'cancel',
    from: [CommissionStatus.PENDING, CommissionStatus.APPROVED],
    to: CommissionStatus.CANCELLED,
    set: 'cancel_reason = $3, cancelled_at = now(), approved_at = NULL',
    text: reason,
  });
}

export function reinstateCommissions(ctx: RequestContext, selection: CommissionSelection) {
  return transition(ctx, selection, {
    action: 'reinstate',
    from: [CommissionStatus.CANCELLED],
    to: CommissionStatus.PENDING,
    // Refunds keep a cancelled commission's amount current, so reinstating re-runs it on the sale.
    refuse: (row) =>
      Number(row.amount_minor) === 0
        ? errorResult(SaleFullyRefundedError, 'The sale was fully refunded: nothing is left to reinstate')
        : null,
    set: 'cancel_reason = NULL, cancelled_at = NULL',
  });
}
