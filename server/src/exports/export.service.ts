import { randomUUID } from 'node:crypto';
import { assertAmount, assertCurrency, CommissionKind, CommissionStatus, isCurrencyCode, Money, MoneyError } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, ForbiddenError } from '../common/errors';
import { isUuid } from '../common/ids';
import { recordAudit } from '../audit/audit.service';
import { CommissionFilter } from '../commissions/commission.inputs';
import { listPendingPaymentRows, pendingPaymentsSql } from '../payments/pending-payments.service';
import { commissionSelectionWhere, SqlWhere } from './commission-filter-sql';
import { csvColumns, sqlAmountCell, sqlBooleanCell, sqlPlainCell, sqlTextCell, sqlTimestampCell } from './csv-rules';
import { PayoutPlan, planPaypalPayouts } from './paypal-file-rules';

/** The most ids one export may name (a POST body of 10,000 UUIDs is ~400 kB). */
export const MAX_EXPORT_IDS = 10_000;

export type ExportKind = 'pending-commissions' | 'pending-payments' | 'commission-history' | 'payments' | 'paypal-payouts';

/** Request parameters as they arrive: query string values or a JSON body. */
export type ExportParams = Record<string, unknown>;

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

// ---- Parameter parsing: strings from a query string, or typed values from a JSON body ----

function str(params: ExportParams, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new BadInputError(`"${name}" must be a string`);
  return value;
}

function list(params: ExportParams, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value : String(value).split(',');
  if (!items.every((item) => typeof item === 'string')) throw new BadInputError(`"${name}" must be a list of ids`);
  const ids = [...new Set((items as string[]).map((item) => item.trim()).filter(Boolean))];
  if (ids.length > MAX_EXPORT_IDS) throw new BadInputError(`At most ${MAX_EXPORT_IDS} ids per export`);
  const bad = ids.find((id) => !isUuid(id));
  if (bad !== undefined) throw new BadInputError(`"${bad}" is not an id`);
  return ids;
}

const MIN_YEAR = 1970;
const MAX_YEAR = 9999;

function date(params: ExportParams, name: string): Date | undefined {
  const value = str(params, name);
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new BadInputError(`"${name}" must be an ISO 8601 date`);
  // JavaScript accepts years ±275,760 that PostgreSQL cannot take as a timestamp parameter.
  const year = parsed.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) throw new BadInputError(`"${name}" must be a date between ${MIN_YEAR} and ${MAX_YEAR}`);
  return parsed;
}

function currency(params: ExportParams, name = 'currency'): string | undefined {
  const value = str(params, name);
  if (value !== undefined && !isCurrencyCode(value)) throw new BadInputError(`"${value}" is not an ISO 4217 currency code`);
  return value;
}

function uuid(params: ExportParams, name: string): string | undefined {
  const value = str(params, name);
  if (value !== undefined && !isUuid(value)) throw new BadInputError(`"${name}" is not an id`);
  return value;
}

function oneOf<T extends string>(params: ExportParams, name: string, values: readonly T[]): T | undefined {
  const value = str(params, name);
  if (value !== undefined && !values.includes(value as T)) throw new BadInputError(`"${name}" must be one of ${values.join(', ')}`);
  return value as T | undefined;
}

/** A JSON body's `{ amount, currency }`, checked like the GraphQL Money scalar (it goes straight into SQL). */
function moneyObject(value: Record<string, unknown>, name: string): Money {
  const { amount, currency: code, ...rest } = value;
  if (Array.isArray(value) || Object.keys(rest).length > 0) throw new BadInputError(`"${name}" must be { amount, currency }`);
  try {
    return { amount: assertAmount(amount), currency: assertCurrency(code) };
  } catch (error) {
    if (error instanceof MoneyError) throw new BadInputError(`"${name}": ${error.message}`);
    throw error;
  }
}

function minorAmount(params: ExportParams, name: string, currencyCode: string | undefined): Money | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object') return moneyObject(value as Record<string, unknown>, name); // JSON body, like the GraphQL filter
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new BadInputError(`"${name}" is a whole number of minor units`);
  if (!currencyCode) throw new BadInputError(`"${name}" needs "currency"`);
  return { amount, currency: currencyCode };
}

function booleanParam(params: ExportParams, name: string): boolean | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new BadInputError(`"${name}" must be true or false`);
}

/** The `pendingCommissions` filter, from `filter` (JSON body) or flat query parameters. */
function commissionFilterFrom(params: ExportParams): CommissionFilter {
  const source = (typeof params.filter === 'object' && params.filter !== null ? params.filter : params) as ExportParams;
  const code = currency(source);
  return {
    partnerId: uuid(source, 'partnerId'),
    productId: uuid(source, 'productId'),
    saleId: uuid(source, 'saleId'),
    kind: oneOf(source, 'kind', Object.values(CommissionKind)),
    currency: code,
    from: date(source, 'from'),
    to: date(source, 'to'),
    minAmount: minorAmount(source, 'minAmount', code),
    maxAmount: minorAmount(source, 'maxAmount', code),
  };
}

const stamp = () => new Date().toISOString().slice(0, 10);
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const text = sqlTextCell;
const plain = sqlPlainCell;
const at = sqlTimestampCell;
const amount = sqlAmountCell;

// ---- The exports ----

/** Pending commissions: the selected ids, or everything PENDING matching the list's filters. */
export function pendingCommissionsExport(ctx: RequestContext, params: ExportParams): CsvExport {
  const ids = list(params, 'ids');
  const filter = ids ? undefined : commissionFilterFrom(params);
  const where = commissionSelectionWhere(ctx, { ids, filter: filter ?? null }, CommissionStatus.PENDING, MAX_EXPORT_IDS);
  // Customers are the merchant's (merchant-only in GraphQL too): partners get the column, empty.
  const customerJoin = ctx.isPartner ? '' : 'LEFT JOIN customer cu ON cu.id = c.customer_id';
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
            JOIN partner p ON p.id = c.partner_id
            LEFT JOIN sale s ON s.id = c.sale_id
            LEFT JOIN product pr ON pr.id = s.product_id
            ${customerJoin}
           WHERE ${where.sql}
           ORDER BY c.created_at DESC, c.id DESC`,
    params: where.params,
    summary: ids ? { ids: ids.length } : { filter: defined({ ...filter }) },
  };
}

/** Commission history: PAID commissions with the payment that paid them. */
export function commissionHistoryExport(ctx: RequestContext, params: ExportParams): CsvExport {
  const partnerId = ctx.isPartner ? ctx.partnerId : uuid(params, 'partnerId');
  const filter = { partnerId, currency: currency(params), from: date(params, 'from'), to: date(params, 'to') };
  const where = new SqlWhere().add('c.program_id = ?', ctx.programId).add(`c.status = 'PAID'`);
  if (filter.partnerId) where.add('c.partner_id = ?', filter.partnerId);
  if (filter.currency) where.add('c.currency = ?', filter.currency);
  if (filter.from) where.add('c.paid_at >= ?', filter.from);
  if (filter.to) where.add('c.paid_at < ?', filter.to);
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
            JOIN partner p ON p.id = c.partner_id
            LEFT JOIN sale s ON s.id = c.sale_id
            LEFT JOIN product pr ON pr.id = s.product_id
            LEFT JOIN payment pay ON pay.id = c.payment_id
           WHERE ${where.sql}
           ORDER BY c.paid_at DESC, c.id DESC`,
    params: where.params,
    summary: { filter: defined(filter) },
  };
}

/** Payments recorded (voided ones included and marked, unless filtered). */
export function paymentsExport(ctx: RequestContext, params: ExportParams): CsvExport {
  const partnerId = ctx.isPartner ? ctx.partnerId : uuid(params, 'partnerId');
  const filter = {
    partnerId,
    currency: currency(params),
    method: oneOf(params, 'method', ['PAYPAL', 'BANK_TRANSFER', 'OTHER'] as const),
    from: date(params, 'from'),
    to: date(params, 'to'),
    voided: booleanParam(params, 'voided'),
  };
  const where = new SqlWhere().add('pay.program_id = ?', ctx.programId);
  if (filter.partnerId) where.add('pay.partner_id = ?', filter.partnerId);
  if (filter.currency) where.add('pay.currency = ?', filter.currency);
  if (filter.method) where.add('pay.method = ?', filter.method);
  if (filter.from) where.add('pay.created_at >= ?', filter.from);
  if (filter.to) where.add('pay.created_at < ?', filter.to);
  if (filter.voided === true) where.add('pay.voided_at IS NOT NULL');
  if (filter.voided === false) where.add('pay.voided_at IS NULL');
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
            FROM payment pay JOIN partner p ON p.id = pay.partner_id
           WHERE ${where.sql}
           ORDER BY pay.created_at DESC, pay.id DESC`,
    params: where.params,
    summary: { filter: defined(filter) },
  };
}

function pendingPaymentFilter(params: ExportParams) {
  return defined({
    partnerIds: list(params, 'partnerIds'),
    currency: currency(params),
    eligibleOnly: booleanParam(params, 'eligibleOnly'),
  });
}

/** Pending payments (approved balances per partner and currency) for accounting software. */
export function pendingPaymentsExport(ctx: RequestContext, params: ExportParams): CsvExport {
  if (ctx.isPartner) throw new ForbiddenError("Pending payments are the merchant's");
  const filter = pendingPaymentFilter(params);
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
  const partnerIds = list(params, 'partnerIds');
  const code = currency(params);
  const noteParam = params.note === undefined || params.note === null ? undefined : String(params.note);
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
