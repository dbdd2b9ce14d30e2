import { RequestContext } from '../common/request-context';
import { requireFilterDate } from '../common/input-values';
import { scopeWhere } from '../common/scope';
import { localDayStartSql, requireLocalDay } from '../common/local-day';
import { SqlWhere } from '../common/sql-where';
import { CommissionHistoryFilter, PaymentFilter } from './payment.inputs';

/**
 * The payment and commission-history filters, written once: the GraphQL lists (`payments`,
 * `myPayments`, `commissionHistory`) and the CSV exports narrow their rows with these clauses.
 * Scoped to the program and, for a partner, to their own rows (their filter's partnerId is ignored).
 */

/** A `PaymentFilter` on `payment pay`. */
export function paymentFilterWhere(ctx: RequestContext, filter: PaymentFilter): SqlWhere {
  const where = scopeWhere(ctx, 'pay', filter);
  if (filter.currency) where.add('pay.currency = :currency', { currency: filter.currency });
  if (filter.method) where.add('pay.method = :method', { method: filter.method });
  if (filter.from) where.add('pay.created_at >= :from', { from: requireFilterDate(filter.from, 'from') });
  if (filter.to) where.add('pay.created_at < :to', { to: requireFilterDate(filter.to, 'to') });
  if (filter.fromDay) {
    where.add(`pay.created_at >= ${localDayStartSql('fromDay', 'scopeProgramId')}`, {
      fromDay: requireLocalDay(filter.fromDay, 'fromDay'),
    });
  }
  if (filter.toDay)
    where.add(`pay.created_at < ${localDayStartSql('toDay', 'scopeProgramId', 1)}`, { toDay: requireLocalDay(filter.toDay, 'toDay') });
  if (filter.voided === true) where.add('pay.voided_at IS NOT NULL');
  if (filter.voided === false) where.add('pay.voided_at IS NULL');
  return where;
}

/** A `CommissionHistoryFilter` on `commission c`: PAID commissions, by partner, currency and paid date (or day of the program's time zone). */
export function commissionHistoryWhere(ctx: RequestContext, filter: CommissionHistoryFilter): SqlWhere {
  const where = scopeWhere(ctx, 'c', filter).add(`c.status = 'PAID'`);
  if (filter.currency) where.add('c.currency = :currency', { currency: filter.currency });
  if (filter.from) where.add('c.paid_at >= :from', { from: requireFilterDate(filter.from, 'from') });
  if (filter.to) where.add('c.paid_at < :to', { to: requireFilterDate(filter.to, 'to') });
  if (filter.fromDay)
    where.add(`c.paid_at >= ${localDayStartSql('fromDay', 'scopeProgramId')}`, { fromDay: requireLocalDay(filter.fromDay, 'fromDay') });
  if (filter.toDay)
    where.add(`c.paid_at < ${localDayStartSql('toDay', 'scopeProgramId', 1)}`, { toDay: requireLocalDay(filter.toDay, 'toDay') });
  return where;
}
