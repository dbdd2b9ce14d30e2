import { CommissionStatus } from '@partnerbook/shared';
import { In } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundError, errorResult } from '../common/errors';
import { scopedFind } from '../common/scope';
import { Paging, paginate, sortKeyOf } from '../common/paging';
import { recordAudit } from '../audit/audit.service';
import { Commission } from '../commissions/commission.entity';
import { Payment } from './payment.entity';
import { PaymentNotVoidableError } from './payment.errors';
import { CommissionHistoryFilter, PaymentFilter, PaymentSort, PaymentSortField } from './payment.inputs';
import { commissionHistoryWhere, paymentFilterWhere } from './payment-query';

/**
 * Voids a payment recorded in error: its commissions return to APPROVED (to be paid again).
 * Refused once any of them has been clawed back, since the clawback was computed on the payment.
 * The payment's commissions are locked first, which serialises with refunds of their sales.
 */
export async function voidPayment(ctx: RequestContext, id: string, reason: string): Promise<Payment | PaymentNotVoidableError> {
  const why = reason.trim();
  if (!why || why.length > 500) throw new BadInputError('A void needs a reason of 1 to 500 characters', { field: 'reason' });
  return ctx.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string; voided_at: Date | null }>(
      `SELECT id, voided_at FROM payment WHERE id = $1 AND program_id = $2 FOR UPDATE`,
      [id, tx.programId],
    );
    if (!row) throw new NotFoundError('Payment', id);
    if (row.voided_at) return errorResult(PaymentNotVoidableError, 'The payment is already voided');
    const commissions = await tx.query<{ id: string }>(
      `SELECT id FROM commission WHERE program_id = $2 AND payment_id = $1 ORDER BY id FOR UPDATE`,
      [id, tx.programId],
    );
    const ids = commissions.map((c) => c.id);
    const [clawbacks] = await tx.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM commission WHERE program_id = $2 AND clawback_of_id = ANY($1::uuid[])`,
      [ids, tx.programId],
    );
    if (clawbacks.count > 0) {
      return errorResult(
        PaymentNotVoidableError,
        `${clawbacks.count} clawback(s) were already taken on this payment's commissions: it can no longer be voided`,
      );
    }
    const reverted = await tx.query<{ id: string }>(
      `UPDATE commission SET status = 'APPROVED', payment_id = NULL, paid_at = NULL, updated_at = now()
        WHERE program_id = $2 AND payment_id = $1 AND status = 'PAID' RETURNING id`,
      [id, tx.programId],
    );
    if (reverted.length !== ids.length) throw new Error(`void ${id}: ${reverted.length} of ${ids.length} commissions reverted`);
    await tx.query(`UPDATE payment SET voided_at = now(), voided_by_label = $2, void_reason = $3 WHERE program_id = $4 AND id = $1`, [
      id,
      tx.authenticatedActor.label,
      why,
      tx.programId,
    ]);
    await recordAudit(tx, [
      { action: 'payment.void', entityType: 'Payment', entityId: id, changes: { reason: why, commissionIds: ids } },
      ...ids.map((commissionId) => ({
        action: 'commission.paymentVoided' as const,
        entityType: 'Commission',
        entityId: commissionId,
        changes: { status: { from: CommissionStatus.PAID, to: CommissionStatus.APPROVED }, paymentId: { from: id, to: null } },
      })),
    ]);
    return tx.manager.getRepository(Payment).findOneByOrFail({ programId: tx.programId, id });
  });
}

export async function getPayment(ctx: RequestContext, id: string): Promise<Payment> {
  const payment = await ctx.manager.getRepository(Payment).findOneBy(scopedFind<Payment>(ctx, { id }));
  if (!payment) throw new NotFoundError('Payment', id);
  return payment;
}

export function getPaymentsByIds(ctx: RequestContext, ids: string[]): Promise<Payment[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return ctx.manager.getRepository(Payment).findBy(scopedFind<Payment>(ctx, { id: In(ids) }));
}

/** Payments, newest first; a partner's list is always their own. */
export function listPayments(ctx: RequestContext, filter: PaymentFilter, page: Paging, sort?: PaymentSort | null) {
  const query = paymentFilterWhere(ctx, filter).applyTo(ctx.manager.getRepository(Payment).createQueryBuilder('pay'));
  return paginate(query, page, { alias: 'pay', table: 'payment', sort: sortKeyOf(PAYMENT_SORT_SQL, sort) });
}

/** The payment list's sort keys. */
const PAYMENT_SORT_SQL: Record<PaymentSortField, (alias: string) => string> = {
  [PaymentSortField.CREATED_AT]: (alias) => `${alias}.created_at`,
  [PaymentSortField.AMOUNT]: (alias) => `${alias}.amount_minor`,
  [PaymentSortField.PARTNER]: (alias) =>
    `(SELECT lower(sp.name) FROM partner sp WHERE sp.program_id = ${alias}.program_id AND sp.id = ${alias}.partner_id)`,
};

/** The commissions a payment covers (none once voided: they went back to APPROVED). */
export function listPaymentCommissions(ctx: RequestContext, payment: Payment, page: Paging) {
  const query = ctx.manager
    .getRepository(Commission)
    .createQueryBuilder('c')
    .where('c.program_id = :programId AND c.payment_id = :paymentId', { programId: ctx.programId, paymentId: payment.id });
  return paginate(query, page, { alias: 'c', table: 'commission' });
}

/** Commission history: PAID commissions (each with its payment), filtered by partner and paid date; partners see their own. */
export function listCommissionHistory(ctx: RequestContext, filter: CommissionHistoryFilter, page: Paging) {
  const query = commissionHistoryWhere(ctx, filter).applyTo(ctx.manager.getRepository(Commission).createQueryBuilder('c'));
  return paginate(query, page, { alias: 'c', table: 'commission' });
}
