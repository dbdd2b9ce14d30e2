import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CommissionFilter, CommissionSort } from '../../gql/graphql';

/**
 * The all-commissions view's state as it lives in the URL: filters and sort are query parameters,
 * so a reload, a shared link and Back all show the same list. Unknown or malformed values are
 * dropped rather than trusted.
 */
export type CommissionViewStatus = '' | 'PENDING' | 'READY' | 'APPROVED' | 'PAID' | 'CANCELLED';
export type CommissionViewSortField = 'SALE_DATE' | 'AMOUNT' | 'PARTNER';

export interface CommissionViewState {
  status: CommissionViewStatus;
  partnerId: string;
  from: string; // yyyy-mm-dd, sale date
  to: string; // yyyy-mm-dd, sale date, inclusive
  currency: string;
  orderId: string;
  sort: CommissionViewSortField;
  direction: 'ASC' | 'DESC';
}

export const STATUS_CHOICES: { value: CommissionViewStatus; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: 'READY', label: 'Ready to approve' },
  { value: 'PENDING', label: 'Pending' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'PAID', label: 'Paid' },
  { value: 'CANCELLED', label: 'Cancelled' },
];

const STATUSES = new Set(STATUS_CHOICES.map((c) => c.value));
const SORTS = new Set<CommissionViewSortField>(['SALE_DATE', 'AMOUNT', 'PARTNER']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function defaultCommissionView(): CommissionViewState {
  return { status: '', partnerId: '', from: '', to: '', currency: '', orderId: '', sort: 'SALE_DATE', direction: 'DESC' };
}

function one(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function validDay(text: string): string {
  return DAY.test(text) && !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime()) ? text : '';
}

/** The view's state from the URL's query string. */
export function viewFromQuery(query: LocationQuery): CommissionViewState {
  const view = defaultCommissionView();
  const status = one(query.status).toUpperCase() as CommissionViewStatus;
  if (STATUSES.has(status)) view.status = status;
  const partner = one(query.partner);
  if (UUID.test(partner)) view.partnerId = partner;
  view.from = validDay(one(query.from));
  view.to = validDay(one(query.to));
  const currency = one(query.currency).toUpperCase();
  if (/^[A-Z]{3}$/.test(currency)) view.currency = currency;
  view.orderId = one(query.order).trim().slice(0, 200);
  const sort = one(query.sort).toUpperCase() as CommissionViewSortField;
  if (SORTS.has(sort)) view.sort = sort;
  const direction = one(query.dir).toUpperCase();
  if (direction === 'ASC' || direction === 'DESC') view.direction = direction;
  return view;
}

/** The URL's query string for a state: only what differs from the default, so a plain visit has a plain URL. */
export function queryFromView(view: CommissionViewState): LocationQueryRaw {
  const defaults = defaultCommissionView();
  const query: LocationQueryRaw = {};
  if (view.status) query.status = view.status.toLowerCase();
  if (view.partnerId) query.partner = view.partnerId;
  if (view.from) query.from = view.from;
  if (view.to) query.to = view.to;
  if (view.currency) query.currency = view.currency;
  if (view.orderId.trim()) query.order = view.orderId.trim();
  if (view.sort !== defaults.sort) query.sort = view.sort.toLowerCase();
  if (view.direction !== defaults.direction) query.dir = view.direction.toLowerCase();
  return query;
}

/** The API's filter: "ready to approve" is pending with its holding period over; dates are days of the program's time zone (the API reads them so), the "to" day included. */
export function filterFromView(view: CommissionViewState): CommissionFilter {
  const filter: CommissionFilter = {};
  if (view.status === 'READY') filter.readyToApprove = true;
  else if (view.status) filter.status = view.status;
  if (view.partnerId) filter.partnerId = view.partnerId;
  if (view.from) filter.saleFromDay = view.from;
  if (view.to) filter.saleToDay = view.to;
  if (view.currency) filter.currency = view.currency;
  if (view.orderId.trim()) filter.orderId = view.orderId.trim();
  return filter;
}

export function sortFromView(view: CommissionViewState): CommissionSort {
  return { field: view.sort, direction: view.direction };
}

/** The program's currencies for a picker: its main currency first, then those it has pay thresholds in. */
export function programCurrencies(
  program: { currency: string; payThresholds: readonly { currency: string }[] } | null | undefined,
): string[] {
  if (!program) return [];
  return [...new Set([program.currency, ...program.payThresholds.map((t) => t.currency).sort()])];
}

/** "In holding period until …" applies to a pending sale commission whose payable date is still ahead. */
export function inHoldingPeriod(row: { status: string; kind: string; payableAt: string }, now: Date): boolean {
  return row.status === 'PENDING' && row.kind === 'SALE' && new Date(row.payableAt).getTime() > now.getTime();
}
