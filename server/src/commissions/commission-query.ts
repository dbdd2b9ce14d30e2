import { CommissionStatus } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { requireFilterDate } from '../common/input-values';
import { scopeWhere } from '../common/scope';
import { localDayStartSql, requireLocalDay } from '../common/local-day';
import { SqlWhere } from '../common/sql-where';
import { SortDirection, SortKey } from '../common/paging';
import { CommissionFilter, CommissionSort, CommissionSortField } from './commission.inputs';

/**
 * The commission filters, written once: the GraphQL lists (`commissions`, `pendingCommissions`,
 * `myCommissions`), the bulk actions' selections and the CSV exports all narrow `commission c`
 * with these clauses. Scoped to the program and, for a partner, to their own commissions.
 */

/** A `CommissionFilter` on alias `c`; a partner's filter is always narrowed to themselves. */
export function commissionFilterWhere(ctx: RequestContext, filter: CommissionFilter): SqlWhere {
  const where = scopeWhere(ctx, 'c', filter);
  if (filter.status) where.add('c.status = :status', { status: filter.status });
  if (filter.kind) where.add('c.kind = :kind', { kind: filter.kind });
  if (filter.saleId) where.add('c.sale_id = :saleId', { saleId: filter.saleId });
  if (filter.productId) {
    where.add('c.sale_id IN (SELECT s.id FROM sale s WHERE s.program_id = :scopeProgramId AND s.product_id = :productId)', {
      productId: filter.productId,
    });
  }
  if (filter.from) where.add('c.created_at >= :from', { from: requireFilterDate(filter.from, 'from') });
  if (filter.to) where.add('c.created_at < :to', { to: requireFilterDate(filter.to, 'to') });
  const currencies = new Set([filter.currency, filter.minAmount?.currency, filter.maxAmount?.currency].filter(Boolean));
  if (currencies.size > 1) throw new BadInputError('The amount filters and the currency filter must use one currency');
  const [currency] = currencies;
  if (currency) where.add('c.currency = :currency', { currency });
  if (filter.minAmount) where.add('c.amount_minor >= :minAmount', { minAmount: filter.minAmount.amount });
  if (filter.maxAmount) where.add('c.amount_minor <= :maxAmount', { maxAmount: filter.maxAmount.amount });
  if (filter.saleDateFrom) {
    where.add(`${commissionSaleDateSql('c')} >= :saleDateFrom`, { saleDateFrom: requireFilterDate(filter.saleDateFrom, 'saleDateFrom') });
  }
  if (filter.saleDateTo) {
    where.add(`${commissionSaleDateSql('c')} < :saleDateTo`, { saleDateTo: requireFilterDate(filter.saleDateTo, 'saleDateTo') });
  }
  if (filter.saleFromDay) {
    where.add(`${commissionSaleDateSql('c')} >= ${localDayStartSql('saleFromDay', 'scopeProgramId')}`, {
      saleFromDay: requireLocalDay(filter.saleFromDay, 'saleFromDay'),
    });
  }
  if (filter.saleToDay) {
    where.add(`${commissionSaleDateSql('c')} < ${localDayStartSql('saleToDay', 'scopeProgramId', 1)}`, {
      saleToDay: requireLocalDay(filter.saleToDay, 'saleToDay'),
    });
  }
  if (filter.fromDay) {
    where.add(`c.created_at >= ${localDayStartSql('fromDay', 'scopeProgramId')}`, { fromDay: requireLocalDay(filter.fromDay, 'fromDay') });
  }
  if (filter.toDay)
    where.add(`c.created_at < ${localDayStartSql('toDay', 'scopeProgramId', 1)}`, { toDay: requireLocalDay(filter.toDay, 'toDay') });
  if (filter.orderId !== undefined && filter.orderId !== null) {
    const orderId = filter.orderId.trim();
    if (!orderId) throw new BadInputError('Give an order id to search for');
    where.add('c.sale_id IN (SELECT s.id FROM sale s WHERE s.program_id = :scopeProgramId AND s.external_id = :orderId)', { orderId });
  }
  // As approveCommissions decides it: PENDING, and a sale commission's holding period over.
  if (filter.readyToApprove) where.add(`c.status = 'PENDING' AND (c.kind <> 'SALE' OR c.payable_at <= now())`);
  return where;
}

/** A commission's date as people know it: its sale's date, or when it was recorded (rewards, clawbacks without a sale). */
export function commissionSaleDateSql(alias: string): string {
  return `COALESCE((SELECT s.occurred_at FROM sale s WHERE s.program_id = ${alias}.program_id AND s.id = ${alias}.sale_id), ${alias}.created_at)`;
}

const SORT_SQL: Record<CommissionSortField, (alias: string) => string> = {
  [CommissionSortField.CREATED_AT]: (alias) => `${alias}.created_at`,
  [CommissionSortField.SALE_DATE]: commissionSaleDateSql,
  [CommissionSortField.AMOUNT]: (alias) => `${alias}.amount_minor`,
  [CommissionSortField.PARTNER]: (alias) =>
    `(SELECT lower(p.name) FROM partner p WHERE p.program_id = ${alias}.program_id AND p.id = ${alias}.partner_id)`,
};

/** The order of a commission list; none: newest first (the default paging order). */
export function commissionSortKey(sort: CommissionSort | null | undefined): SortKey | undefined {
  if (!sort) return undefined;
  const sql = SORT_SQL[sort.field];
  if (!sql) throw new BadInputError(`Cannot sort by ${String(sort.field)}`);
  return { sql, direction: sort.direction === SortDirection.ASC ? SortDirection.ASC : SortDirection.DESC };
}

/** Explicit ids or a filter, exactly one of them. */
export interface CommissionSelectionShape {
  ids?: string[] | null;
  filter?: CommissionFilter | null;
}

/** Which states a selection by filter covers: `byDefault` when the filter names none, and which it may name. */
export interface SelectionStatuses {
  byDefault: readonly CommissionStatus[];
  /** Every state when omitted. */
  allowed?: readonly CommissionStatus[];
}

/**
 * Checks a selection: exactly one of ids (1 to `maxIds`) or filter, and a filter's status among
 * the allowed ones. Returns the ids, deduplicated, or null for a filter.
 */
export function checkCommissionSelection(
  selection: CommissionSelectionShape,
  statuses: SelectionStatuses,
  maxIds: number,
): string[] | null {
  const hasIds = selection.ids !== undefined && selection.ids !== null;
  if (hasIds === Boolean(selection.filter)) throw new BadInputError('Select commissions either by ids or by filter, not both or neither');
  if (hasIds) {
    const ids = [...new Set(selection.ids)];
    if (ids.length === 0) throw new BadInputError('Select at least one commission');
    if (ids.length > maxIds) throw new BadInputError(`At most ${maxIds} ids per request`);
    return ids;
  }
  const status = selection.filter!.status;
  if (status && statuses.allowed && !statuses.allowed.includes(status)) {
    throw new BadInputError(`This action applies to ${statuses.allowed.join(' or ')} commissions, not ${status}`);
  }
  return null;
}

/**
 * The commissions a selection names, on alias `c`: ids (any state; UUIDs, checked at the edge)
 * or a filter (in the `byDefault` states when it names none).
 */
export function commissionSelectionWhere(
  ctx: RequestContext,
  selection: CommissionSelectionShape,
  statuses: SelectionStatuses,
  maxIds: number,
): SqlWhere {
  const ids = checkCommissionSelection(selection, statuses, maxIds);
  if (ids) return scopeWhere(ctx, 'c').add('c.id = ANY(:ids::uuid[])', { ids });
  const where = commissionFilterWhere(ctx, selection.filter!);
  if (!selection.filter!.status) where.add('c.status IN (:...selectionStatuses)', { selectionStatuses: [...statuses.byDefault] });
  return where;
}
