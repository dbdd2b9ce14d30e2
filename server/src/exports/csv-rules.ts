import { Stringifier, stringify } from 'csv-stringify';
import type { PendingPaymentRow } from '../payments/pending-payments.service';
import { formatMajorUnits } from '@partnerbook/shared';

/**
 * How exported rows are written: RFC 4180 CSV (CRLF, quoting by csv-stringify), a header row,
 * amounts from the integer minor units with the currency's decimals, and text neutralised so a
 * spreadsheet never runs it as a formula.
 */

/** Spreadsheets treat a cell starting with one of these as a formula (or a DDE payload). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cells: a leading `'` makes a would-be formula plain text (OWASP CSV injection advice). */
export function textCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Amount cells are written from the integer, never from text, so they are numbers a spreadsheet
 * may compute with — a negative clawback stays `-12.50`, not neutralised.
 */
export function amountCell(minor: number | string | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return '';
  const amount = typeof minor === 'string' ? Number(minor) : minor;
  return formatMajorUnits(amount, currency.trim());
}

export function integerCell(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(Number(value));
}

/** ISO 8601 UTC; text is taken as already formatted (the export queries format timestamps in SQL). */
export function dateCell(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toISOString() : value;
}

export function booleanCell(value: boolean): string {
  return value ? 'true' : 'false';
}

/** A streaming CSV writer with a header row and CRLF line ends. */
export function csvWriter(header: readonly string[]): Stringifier {
  return stringify({ header: true, columns: [...header], record_delimiter: 'windows' });
}

// ---- Pending commissions (and any commission list) ----

export interface CommissionExportSource {
  id: string;
  created_at: Date;
  partner_id: string;
  partner_name: string;
  partner_key: string;
  kind: string;
  status: string;
  currency: string;
  amount_minor: string | number;
  sale_external_id: string | null;
  sale_date: Date | null;
  sale_amount_minor: string | number | null;
  product_sku: string | null;
  product_name: string | null;
  customer_external_id: string | null;
  payable_at: Date;
  description: string | null;
  cancel_reason: string | null;
}

export const COMMISSION_COLUMNS = [
  'commission_id',
  'created_at',
  'partner_id',
  'partner_name',
  'partner_key',
  'kind',
  'status',
  'sale_external_id',
  'sale_date',
  'product_sku',
  'product_name',
  'customer_external_id',
  'currency',
  'sale_amount',
  'commission_amount',
  'payable_at',
  'description',
  'cancel_reason',
] as const;

export function commissionRow(r: CommissionExportSource): string[] {
  const currency = r.currency.trim();
  return [
    r.id,
    dateCell(r.created_at),
    r.partner_id,
    textCell(r.partner_name),
    textCell(r.partner_key),
    r.kind,
    r.status,
    textCell(r.sale_external_id),
    dateCell(r.sale_date),
    textCell(r.product_sku),
    textCell(r.product_name),
    textCell(r.customer_external_id),
    currency,
    amountCell(r.sale_amount_minor, currency),
    amountCell(r.amount_minor, currency),
    dateCell(r.payable_at),
    textCell(r.description),
    textCell(r.cancel_reason),
  ];
}

// ---- Commission history: PAID commissions with their payment ----

export interface CommissionHistorySource {
  id: string;
  created_at: Date;
  partner_id: string;
  partner_name: string;
  partner_key: string;
  kind: string;
  currency: string;
  amount_minor: string | number;
  sale_external_id: string | null;
  product_sku: string | null;
  description: string | null;
  paid_at: Date | null;
  payment_id: string | null;
  payment_date: Date | null;
  payment_method: string | null;
  payment_reference: string | null;
  payment_amount_minor: string | number | null;
}

export const COMMISSION_HISTORY_COLUMNS = [
  'commission_id',
  'created_at',
  'partner_id',
  'partner_name',
  'partner_key',
  'kind',
  'sale_external_id',
  'product_sku',
  'description',
  'currency',
  'commission_amount',
  'paid_at',
  'payment_id',
  'payment_date',
  'payment_method',
  'payment_reference',
  'payment_amount',
] as const;

export function commissionHistoryRow(r: CommissionHistorySource): string[] {
  const currency = r.currency.trim();
  return [
    r.id,
    dateCell(r.created_at),
    r.partner_id,
    textCell(r.partner_name),
    textCell(r.partner_key),
    r.kind,
    textCell(r.sale_external_id),
    textCell(r.product_sku),
    textCell(r.description),
    currency,
    amountCell(r.amount_minor, currency),
    dateCell(r.paid_at),
    r.payment_id ?? '',
    dateCell(r.payment_date),
    r.payment_method ?? '',
    textCell(r.payment_reference),
    amountCell(r.payment_amount_minor, currency),
  ];
}

// ---- Payments ----

export interface PaymentSource {
  id: string;
  created_at: Date;
  partner_id: string;
  partner_name: string;
  partner_key: string;
  method: string;
  reference: string | null;
  note: string | null;
  currency: string;
  amount_minor: string | number;
  commission_count: string | number;
  voided_at: Date | null;
  void_reason: string | null;
}

export const PAYMENT_COLUMNS = [
  'payment_id',
  'created_at',
  'partner_id',
  'partner_name',
  'partner_key',
  'method',
  'reference',
  'note',
  'currency',
  'amount',
  'commission_count',
  'voided_at',
  'void_reason',
] as const;

export function paymentRow(r: PaymentSource): string[] {
  const currency = r.currency.trim();
  return [
    r.id,
    dateCell(r.created_at),
    r.partner_id,
    textCell(r.partner_name),
    textCell(r.partner_key),
    r.method,
    textCell(r.reference),
    textCell(r.note),
    currency,
    amountCell(r.amount_minor, currency),
    integerCell(r.commission_count),
    dateCell(r.voided_at),
    textCell(r.void_reason),
  ];
}

// ---- Pending payments (for accounting) ----

/** The rows the payments domain computes; this file only turns them into cells. */
export type PendingPaymentSource = PendingPaymentRow;

export const PENDING_PAYMENT_COLUMNS = [
  'partner_id',
  'partner_name',
  'partner_email',
  'paypal_email',
  'partner_key',
  'currency',
  'balance',
  'commission_count',
  'threshold',
  'eligible',
] as const;

export function pendingPaymentRow(r: PendingPaymentSource): string[] {
  return [
    r.partnerId,
    textCell(r.partnerName),
    textCell(r.partnerEmail),
    textCell(r.paypalEmail),
    textCell(r.partnerKey),
    r.currency,
    amountCell(r.balance, r.currency),
    integerCell(r.commissionCount),
    amountCell(r.threshold, r.currency),
    booleanCell(r.eligible),
  ];
}
