import { CommissionStatus } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundError, errorResult } from '../common/errors';
import { recordAudit, AuditRecord } from '../audit/audit.service';
import { refundEffect } from '../commissions/commission-rules';
import { getCommissionsByIds } from '../commissions/commission.service';
import { Refund, Sale } from './sale.entity';
import { RefundSaleInput } from './sale.inputs';
import { saleIdOf } from './sale-lookup.service';
import { CurrencyMismatchError, DuplicateRefundError, RefundExceedsSaleError } from './sale.errors';
import { RefundRecorded } from './sale.types';

/** Ids of the commissions each refund reduced and the clawbacks it created, in the order it did so. */
export async function refundLinks(
  ctx: RequestContext,
  refundIds: readonly string[],
): Promise<Map<string, { adjusted: string[]; clawbacks: string[] }>> {
  const links = new Map(refundIds.map((id) => [id, { adjusted: [] as string[], clawbacks: [] as string[] }]));
  const rows = await ctx.query<{ refund_id: string; commission_id: string; effect: string }>(
    `SELECT refund_id, commission_id, effect FROM refund_commission
      WHERE program_id = $1 AND refund_id = ANY($2::uuid[]) ORDER BY refund_id, position`,
    [ctx.programId, [...refundIds]],
  );
  for (const row of rows) {
    const link = links.get(row.refund_id)!;
    (row.effect === 'CLAWBACK' ? link.clawbacks : link.adjusted).push(row.commission_id);
  }
  return links;
}

type RefundOutcome = RefundRecorded | CurrencyMismatchError | RefundExceedsSaleError | DuplicateRefundError;

/**
 * Refunds part or all of a sale. Unpaid commissions shrink by the refunded share (cancelled at
 * zero); paid ones get a clawback. Idempotent by the merchant's refund id.
 */
export async function refundSale(ctx: RequestContext, input: RefundSaleInput): Promise<RefundOutcome> {
  if (input.sale && input.saleId) throw new BadInputError('Name the sale by sale or by saleId, not both', { field: 'sale' });
  const saleId = await saleIdOf(ctx, input.sale ?? { id: input.saleId });
  if (input.amount.amount <= 0) throw new BadInputError('The refund amount must be positive', { field: 'amount' });
  return ctx.transaction(async (tx) => {
    const sale = await tx.manager
      .getRepository(Sale)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id AND s.program_id = :programId', { id: saleId, programId: tx.programId })
      .getOne();
    if (!sale) throw new NotFoundError('Sale', saleId);

    const previous = await tx.manager.getRepository(Refund).findOneBy({ programId: tx.programId, externalId: input.refundExternalId });
    if (previous) {
      if (previous.saleId !== sale.id || previous.amountMinor !== input.amount.amount || sale.currency !== input.amount.currency) {
        return errorResult(DuplicateRefundError, `Refund id "${input.refundExternalId}" was already used for a different refund`);
      }
      const links = await refundLinks(tx, [previous.id]);
      const linked = links.get(previous.id)!;
      return Object.assign(new RefundRecorded(), {
        refund: previous,
        sale,
        adjustedCommissions: await getCommissionsByIds(tx, linked.adjusted),
        clawbacks: await getCommissionsByIds(tx, linked.clawbacks),
        created: false,
      });
    }
    if (input.amount.currency !== sale.currency) {
      return errorResult(CurrencyMismatchError, `The sale is in ${sale.currency}, the refund in ${input.amount.currency}`, {
        expected: sale.currency,
        received: input.amount.currency,
      });
    }
    const refundable = sale.amountMinor - sale.refundedMinor;
    if (input.amount.amount > refundable) {
      return errorResult(RefundExceedsSaleError, `Only ${refundable} ${sale.currency} minor units can still be refunded`, {
        refundable: { amount: refundable, currency: sale.currency },
      });
    }
    // The sale lock serialises refunds of one sale; a refund id raced for by another sale is refused here.
    const [inserted] = await tx.query<{ id: string }>(
      `INSERT INTO refund (program_id, sale_id, external_id, amount_minor, currency) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (program_id, external_id) DO NOTHING RETURNING id`,
      [tx.programId, sale.id, input.refundExternalId, input.amount.amount, sale.currency],
    );
    if (!inserted) {
      return errorResult(DuplicateRefundError, `Refund id "${input.refundExternalId}" was already used for a different refund`);
    }
    const refund = await tx.manager.getRepository(Refund).findOneByOrFail({ programId: tx.programId, id: inserted.id });
    sale.refundedMinor += input.amount.amount;
    await tx.query(`UPDATE sale SET refunded_minor = $2 WHERE program_id = $3 AND id = $1`, [sale.id, sale.refundedMinor, tx.programId]);

    const commissions = await tx.query<{
      id: string;
      status: CommissionStatus;
      partner_id: string;
      amount_minor: string;
      original_amount_minor: string;
      clawed: string;
    }>(
      `SELECT c.id, c.status, c.partner_id, c.amount_minor, c.original_amount_minor,
              coalesce((SELECT -sum(k.amount_minor) FROM commission k WHERE k.program_id = c.program_id AND k.clawback_of_id = c.id), 0) AS clawed
         FROM commission c WHERE c.program_id = $2 AND c.sale_id = $1 AND c.kind = 'SALE' ORDER BY c.id FOR UPDATE OF c`,
      [sale.id, tx.programId],
    );
    const adjustedIds: string[] = [];
    const clawbackIds: string[] = [];
    const audit: AuditRecord[] = [
      {
        action: 'sale.refund',
        entityType: 'Sale',
        entityId: sale.id,
        changes: { refundId: refund.id, externalId: refund.externalId, amount: input.amount },
      },
    ];
    for (const row of commissions) {
      const effect = refundEffect({
        paid: row.status === CommissionStatus.PAID,
        originalAmount: Number(row.original_amount_minor),
        currentAmount: Number(row.amount_minor),
        clawedBackSoFar: Number(row.clawed),
        refundedTotal: sale.refundedMinor,
        saleAmount: sale.amountMinor,
      });
      if (effect.kind === 'REDUCE') {
        const cancel = effect.cancel && row.status !== CommissionStatus.CANCELLED;
        await tx.query(
          `UPDATE commission SET amount_minor = $2, updated_at = now(),
                  status = CASE WHEN $3 THEN 'CANCELLED' ELSE status END,
                  cancel_reason = CASE WHEN $3 THEN 'Sale fully refunded' ELSE cancel_reason END,
                  cancelled_at = CASE WHEN $3 THEN now() ELSE cancelled_at END,
                  approved_at = CASE WHEN $3 THEN NULL ELSE approved_at END
            WHERE program_id = $4 AND id = $1 AND status <> 'PAID'`,
          [row.id, effect.newAmount, cancel, tx.programId],
        );
        adjustedIds.push(row.id);
        audit.push({
          action: 'commission.refundAdjust',
          entityType: 'Commission',
          entityId: row.id,
          changes: {
            amount: { from: Number(row.amount_minor), to: effect.newAmount },
            ...(cancel ? { status: { from: row.status, to: 'CANCELLED' } } : {}),
          },
        });
      } else if (effect.kind === 'CLAWBACK') {
        const [clawback] = await tx.query<{ id: string }>(
          `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor,
                                   sale_id, customer_id, clawback_of_id, description, payable_at, approved_at)
           VALUES ($1, $2, 'CLAWBACK', 'APPROVED', $3, $4, $4, $5, $6, $7, $8, now(), now()) RETURNING id`,
          [
            tx.programId,
            row.partner_id,
            sale.currency,
            -effect.clawbackAmount,
            sale.id,
            sale.customerId,
            row.id,
            `Refund ${refund.externalId}`,
          ],
        );
        clawbackIds.push(clawback.id);
        audit.push({
          action: 'commission.clawback',
          entityType: 'Commission',
          entityId: clawback.id,
          changes: { clawbackOf: row.id, amount: { amount: -effect.clawbackAmount, currency: sale.currency } },
        });
      }
    }
    const links = [...adjustedIds.map((id) => [id, 'ADJUSTED']), ...clawbackIds.map((id) => [id, 'CLAWBACK'])];
    if (links.length > 0) {
      await tx.query(
        `INSERT INTO refund_commission (refund_id, commission_id, program_id, effect, position)
         SELECT $1, link.commission_id, $3, link.effect, link.position
           FROM unnest($2::uuid[], $4::text[]) WITH ORDINALITY AS link(commission_id, effect, position)`,
        [refund.id, links.map(([id]) => id), tx.programId, links.map(([, effect]) => effect)],
      );
    }
    await recordAudit(tx, audit);
    return Object.assign(new RefundRecorded(), {
      refund,
      sale,
      adjustedCommissions: await getCommissionsByIds(tx, adjustedIds),
      clawbacks: await getCommissionsByIds(tx, clawbackIds),
      created: true,
    });
  });
}
