import { randomUUID } from 'node:crypto';
import { CommissionStatus } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { ForbiddenError } from '../common/errors';
import { SqlWhere } from '../common/sql-where';
import { scopedPartnerId } from '../common/scope';
import { recordAudit } from '../audit/audit.service';
import { commissionSelectionWhere } from '../commissions/commission-query';
import { commissionHistoryWhere, paymentFilterWhere } from '../payments/payment-query';
import { listPendingPaymentRows, pendingPaymentsSql } from '../payments/pending-payments.service';
import {
  commissionFilterParams,
  commissionHistoryFilterParams,
  defined,
  ExportParams,
  idList,
  MAX_EXPORT_IDS,
  paymentFilterParams,
  payoutParams,
  pendingPaymentFilterParams,
} from './export-params';
import { csvColumns, sqlAmountCell, sqlBooleanCell, sqlPlainCell, sqlTextCell, sqlTimestampCell } from './csv-rules';
import { PayoutPlan, planPaypalPayouts } from './paypal-file-rules';

export { MAX_EXPORT_IDS } from './export-params';
export type { ExportParams };

export type ExportKind = 'pending-commissions' | 'pending-payments' | 'commission-history' | 'payments' | 'paypal-payouts';

/** A streamed CSV export: the SELECT whose columns are the cells, already formatted (csv-rules), and its header. */
export interface CsvExport {
  kind: ExportKind;
  filename: string;
  header: readonly string[];
  sql: string;
  params: unknown[];
  /** What the audit entry records about the request. */
  summary: Record<string, unknown>;
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** The query module's WHERE with positional parameters, for a hand-written statement. */
const positional = (ctx: RequestContext, where: SqlWhere) => where.positional(ctx.dataSource);

/** What the audit records of a partner's filter: the partner it was narrowed to. */
const scopedSummary = (ctx: RequestContext, filter: { partnerId?: string }) =>
  defined({ ...filter, partnerId: scopedPartnerId(ctx, filter.partnerId) });

const text = sqlTextCell;
const plain = sqlPlainCell;
const at = sqlTimestampCell;
const amount = sqlAmountCell;

// ---- The exports ----

const PENDING_ONLY = { byDefault: [CommissionStatus.PENDING], allowed: [CommissionStatus.PENDING] };

/** Pending commissions: the selected ids, or everything PENDING matching the list's filters. */
export async function pendingCommissionsExport(ctx: RequestContext, params: ExportParams): Promise<CsvExport> {
  const ids = idList(params, 'ids');
  const filter = ids ? undefined : await commissionFilterParams(params);
  const where = positional(ctx, commissionSelectionWhere(ctx, { ids, filter }, PENDING_ONLY, MAX_EXPORT_IDS));
  // Customers are the merchant's (merchant-only in GraphQL too): partners get the column, empty.
  const customerJoin = ctx.isPartner ? '' : 'LEFT JOIN customer cu ON cu.program_id = c.program_id AND cu.id = c.customer_id';
  const { header, select } = csvColumns([
    ['commission_id', plain('c.id')],
    ['created_at', at('c.created_at')],
    ['partner_id', plain('c.partner_id')],
    ['partner_name', text('p.name')],
    ['partner_key', text('p.partner_key')],
    ['kind', plain('c.kind')],
    ['status', plain('c.status')],
    ['sale_external_id', text('s.external_id')],
    ['sale_date', at('s.occurred_at')],
    ['product_sku', text('pr.sku')],
    ['product_name', text('pr.name')],
    ['customer_external_id', ctx.isPartner ? 'NULL::text' : text('cu.external_id')],
    ['currency', plain('c.currency')],
    ['sale_amount', amount('s.amount_minor', 'c.currency')],
    ['commission_amount', amount('c.amount_minor', 'c.currency')],
    ['payable_at', at('c.payable_at')],
    ['description', text('c.description')],
    ['cancel_reason', text('c.cancel_reason')],
  ]);
  return {
    kind: 'pending-commissions',
    filename: `pending-commissions-${stamp()}.csv`,
    header,
    sql: `SELECT ${select}
            FROM commission c
            JOIN partner p ON p.program_id = c.program_id AND p.id = c.partner_id
            LEFT JOIN sale s ON s.program_id = c.program_id AND s.id = c.sale_id
            LEFT JOIN product pr ON pr.program_id = s.program_id AND pr.id = s.product_id
            ${customerJoin}
           WHERE ${where.sql}
           ORDER BY c.created_at DESC, c.id DESC`,
    params: where.params,
    summary: ids ? { ids: ids.length } : { filter: defined({ ...filter }) },
  };
}

/** Commission history: PAID commissions with the payment that paid them. */
export async function commissionHistoryExport(ctx: RequestContext, params: ExportParams): Promise<CsvExport> {
  const filter = await commissionHistoryFilterParams(params);
  const where = positional(ctx, commissionHistoryWhere(ctx, filter));
  const { header, select } = csvColumns([
    ['commission_id', plain('c.id')],
    ['created_at', at('c.created_at')],
    ['partner_id', plain('c.partner_id')],
    ['partner_name', text('p.name')],
    ['partner_key', text('p.partner_key')],
    ['kind', plain('c.kind')],
    ['sale_external_id', text('s.external_id')],
    ['product_sku', text('pr.sku')],
    ['description', text('c.description')],
    ['currency', plain('c.currency')],
    ['commission_amount', amount('c.amount_minor', 'c.currency')],
    ['paid_at', at('c.paid_at')],
    ['payment_id', plain('pay.id')],
    ['payment_date', at('pay.created_at')],
    ['payment_method', plain('pay.method')],
    ['payment_reference', text('pay.reference')],
    ['payment_amount', amount('pay.amount_minor', 'c.currency')],
  ]);
  return {
    kind: 'commission-history',
    filename: `commission-history-${stamp()}.csv`,
    header,
    sql: `SELECT ${select}
            FROM commission c
            JOIN partner p ON p.program_id = c.program_id AND p.id = c.partner_id
            LEFT JOIN sale s ON s.program_id = c.program_id AND s.id = c.sale_id
            LEFT JOIN product pr ON pr.program_id = s.program_id AND pr.id = s.product_id
            LEFT JOIN payment pay ON pay.program_id = c.program_id AND pay.id = c.payment_id
           WHERE ${where.sql}
           ORDER BY c.paid_at DESC, c.id DESC`,
    params: where.params,
    summary: { filter: scopedSummary(ctx, filter) },
  };
}

/** Payments recorded (voided ones included and marked, unless filtered). */
export async function paymentsExport(ctx: RequestContext, params: ExportParams): Promise<CsvExport> {
  const filter = await paymentFilterParams(params);
  const where = positional(ctx, paymentFilterWhere(ctx, filter));
  const { header, select } = csvColumns([
    ['payment_id', plain('pay.id')],
    ['created_at', at('pay.created_at')],
    ['partner_id', plain('pay.partner_id')],
    ['partner_name', text('p.name')],
    ['partner_key', text('p.partner_key')],
    ['method', plain('pay.method')],
    ['reference', text('pay.reference')],
    ['note', text('pay.note')],
    ['currency', plain('pay.currency')],
    ['amount', amount('pay.amount_minor', 'pay.currency')],
    ['commission_count', plain('pay.commission_count')],
    ['voided_at', at('pay.voided_at')],
    ['void_reason', text('pay.void_reason')],
  ]);
  return {
    kind: 'payments',
    filename: `payments-${stamp()}.csv`,
    header,
    sql: `SELECT ${select}
            FROM payment pay JOIN partner p ON p.program_id = pay.program_id AND p.id = pay.partner_id
           WHERE ${where.sql}
           ORDER BY pay.created_at DESC, pay.id DESC`,
    params: where.params,
    summary: { filter: scopedSummary(ctx, filter) },
  };
}

/** Pending payments (approved balances per partner and currency) for accounting software. */
export async function pendingPaymentsExport(ctx: RequestContext, params: ExportParams): Promise<CsvExport> {
  if (ctx.isPartner) throw new ForbiddenError("Pending payments are the merchant's");
  const filter = pendingPaymentFilterParams(params);
  const { sql, params: sqlParams } = pendingPaymentsSql(ctx, filter);
  const { header, select } = csvColumns([
    ['partner_id', plain('pp.partner_id')],
    ['partner_name', text('pp.partner_name')],
    ['partner_email', text('pp.partner_email')],
    ['paypal_email', text('pp.paypal_email')],
    ['partner_key', text('pp.partner_key')],
    ['currency', plain('pp.currency')],
    ['balance', amount('pp.balance', 'pp.currency')],
    ['commission_count', plain('pp.commission_count')],
    ['threshold', amount('pp.threshold', 'pp.currency')],
    ['eligible', sqlBooleanCell('pp.eligible')],
  ]);
  return {
    kind: 'pending-payments',
    filename: `pending-payments-${stamp()}.csv`,
    header,
    sql: `SELECT ${select} FROM (${sql}) pp ORDER BY pp.partner_name, pp.partner_id, pp.currency`,
    params: sqlParams,
    summary: { filter },
  };
}

export const DEFAULT_PAYPAL_NOTE = 'Partner commissions from {program}';

/**
 * The PayPal payout files for the selected partners (or everyone with a pending payment),
 * optionally one currency: eligible partners with a usable PayPal email go in, the rest are
 * listed as left out.
 */
export async function paypalPayoutPlan(
  ctx: RequestContext,
  params: ExportParams,
): Promise<PayoutPlan & { summary: Record<string, unknown> }> {
  if (ctx.isPartner) throw new ForbiddenError("Payout files are the merchant's");
  const { partnerIds, currency: code, note: noteParam } = payoutParams(params);
  const rows = await listPendingPaymentRows(ctx, defined({ partnerIds, currency: code }));
  const [program] = await ctx.query<{ name: string }>(`SELECT name FROM program WHERE id = $1`, [ctx.programId]);
  const note = noteParam ?? DEFAULT_PAYPAL_NOTE.replace('{program}', program.name);
  const plan = planPaypalPayouts(rows, { note, fileStem: `paypal-payouts-${stamp()}` });
  return {
    ...plan,
    summary: {
      filter: defined({ partnerIds: partnerIds?.length, currency: code }),
      files: plan.files.length,
      excluded: plan.excluded.length,
    },
  };
}

/** Every export is audited: who downloaded what, with which selection. */
export async function auditExport(ctx: RequestContext, kind: ExportKind, summary: Record<string, unknown>): Promise<string> {
  const exportId = randomUUID();
  await ctx.transaction((tx) =>
    recordAudit(tx, [{ action: 'export.download', entityType: 'Export', entityId: exportId, changes: { kind, ...summary } }]),
  );
  return exportId;
}
