import { CommissionKind, Money, PaymentMethod } from '@partnerbook/shared';
import { BadInputError } from '../common/errors';
import { edgeParam, parseCurrencyCode, parseUuid } from '../common/input-values';
import { validateArgument } from '../common/input-validation';
import { parseMoneyInput } from '../common/money.types';
import { CommissionFilter } from '../commissions/commission.inputs';
import { CommissionHistoryFilter, PaymentFilter } from '../payments/payment.inputs';
import { PendingPaymentFilter } from '../payments/pending-payments.service';

/**
 * The export transport: HTTP parameters (query string values, or typed values from a JSON body)
 * parsed into the very filter types the GraphQL inputs are. Only the wire format is handled here
 * (strings to dates, numbers, booleans, enums; ids and currency codes with the UUID and
 * CurrencyCode scalars' own check, common/input-values.ts), then the filter gets the GraphQL
 * argument's own class-validator check; what a filter means is checked once, by the domain's
 * query module, for the GraphQL list and the export alike.
 */

/** The most ids one export may name (a POST body of 10,000 UUIDs is ~400 kB). */
export const MAX_EXPORT_IDS = 10_000;

/** Request parameters as they arrive: query string values or a JSON body. */
export type ExportParams = Record<string, unknown>;

const absent = (value: unknown) => value === undefined || value === null || value === '';

function str(params: ExportParams, name: string): string | undefined {
  const value = params[name];
  if (absent(value)) return undefined;
  if (typeof value !== 'string') throw new BadInputError(`"${name}" must be a string`);
  return value;
}

/** An id, checked as the GraphQL UUID scalar checks it. */
function uuid(params: ExportParams, name: string): string | undefined {
  const value = str(params, name);
  return value === undefined ? undefined : edgeParam(name, value, parseUuid);
}

/** A currency code, checked as the GraphQL CurrencyCode scalar checks it. */
function currencyCode(params: ExportParams, name: string): string | undefined {
  const value = str(params, name);
  return value === undefined ? undefined : edgeParam(name, value, parseCurrencyCode);
}

/** A list of ids: a JSON array or comma-separated; each must be a UUID (an export has no per-id answer). */
export function idList(params: ExportParams, name: string): string[] | undefined {
  const value = params[name];
  if (absent(value)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a nested query object reads as junk and fails the id check below
  const items = Array.isArray(value) ? value : String(value).split(',');
  if (!items.every((item) => typeof item === 'string')) throw new BadInputError(`"${name}" must be a list of ids`);
  const ids = [...new Set(items.map((item) => item.trim()).filter(Boolean))];
  if (ids.length > MAX_EXPORT_IDS) throw new BadInputError(`At most ${MAX_EXPORT_IDS} ids per export`);
  return ids.map((id) => edgeParam(name, id, parseUuid));
}

function date(params: ExportParams, name: string): Date | undefined {
  const value = str(params, name);
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new BadInputError(`"${name}" must be an ISO 8601 date`);
  return parsed;
}

function oneOf<T extends string>(params: ExportParams, name: string, values: readonly T[]): T | undefined {
  const value = str(params, name);
  if (value !== undefined && !values.includes(value as T)) throw new BadInputError(`"${name}" must be one of ${values.join(', ')}`);
  return value as T | undefined;
}

/** A JSON body's `{ amount, currency }` exactly as a GraphQL MoneyInput variable is checked; in a query string, minor units in `currency`. */
function money(params: ExportParams, name: string, currencyCode: string | undefined): Money | undefined {
  const value = params[name];
  if (absent(value)) return undefined;
  if (typeof value === 'object') return parseMoneyInput(value);
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new BadInputError(`"${name}" is a whole number of minor units`);
  if (!currencyCode) throw new BadInputError(`"${name}" needs "currency"`);
  return { amount, currency: currencyCode };
}

function booleanParam(params: ExportParams, name: string): boolean | undefined {
  const value = params[name];
  if (absent(value)) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new BadInputError(`"${name}" must be true or false`);
}

/** Drops the parameters not given (what an audit entry records). */
export function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A parsed filter, checked by every class-validator rule of its GraphQL input class, as GraphQL checks its argument. */
async function validated<T extends object>(filter: T): Promise<T> {
  await validateArgument(filter);
  return filter;
}

/** The `pendingCommissions` filter, from `filter` (JSON body) or flat query parameters. */
export function commissionFilterParams(params: ExportParams): Promise<CommissionFilter> {
  const source = (typeof params.filter === 'object' && params.filter !== null ? params.filter : params) as ExportParams;
  const currency = currencyCode(source, 'currency');
  return validated(
    Object.assign(
      new CommissionFilter(),
      defined({
        partnerId: uuid(source, 'partnerId'),
        productId: uuid(source, 'productId'),
        saleId: uuid(source, 'saleId'),
        kind: oneOf(source, 'kind', Object.values(CommissionKind)),
        currency,
        from: date(source, 'from'),
        to: date(source, 'to'),
        minAmount: money(source, 'minAmount', currency),
        maxAmount: money(source, 'maxAmount', currency),
        saleDateFrom: date(source, 'saleDateFrom'),
        saleDateTo: date(source, 'saleDateTo'),
        saleFromDay: str(source, 'saleFromDay'),
        saleToDay: str(source, 'saleToDay'),
        fromDay: str(source, 'fromDay'),
        toDay: str(source, 'toDay'),
        orderId: str(source, 'orderId'),
        readyToApprove: booleanParam(source, 'readyToApprove'),
      }),
    ),
  );
}

export function commissionHistoryFilterParams(params: ExportParams): Promise<CommissionHistoryFilter> {
  return validated(
    Object.assign(
      new CommissionHistoryFilter(),
      defined({
        partnerId: uuid(params, 'partnerId'),
        currency: currencyCode(params, 'currency'),
        from: date(params, 'from'),
        to: date(params, 'to'),
        fromDay: str(params, 'fromDay'),
        toDay: str(params, 'toDay'),
      }),
    ),
  );
}

export function paymentFilterParams(params: ExportParams): Promise<PaymentFilter> {
  return validated(
    Object.assign(
      new PaymentFilter(),
      defined({
        partnerId: uuid(params, 'partnerId'),
        currency: currencyCode(params, 'currency'),
        method: oneOf(params, 'method', Object.values(PaymentMethod)),
        from: date(params, 'from'),
        to: date(params, 'to'),
        voided: booleanParam(params, 'voided'),
        fromDay: str(params, 'fromDay'),
        toDay: str(params, 'toDay'),
      }),
    ),
  );
}

export function pendingPaymentFilterParams(params: ExportParams): PendingPaymentFilter {
  return defined({
    partnerIds: idList(params, 'partnerIds'),
    currency: currencyCode(params, 'currency'),
    eligibleOnly: booleanParam(params, 'eligibleOnly'),
  });
}

/** The PayPal payout selection: partners and one currency, as `paypalPayoutPlan` takes them. */
export function payoutParams(params: ExportParams): { partnerIds?: string[]; currency?: string; note?: string } {
  return defined({
    partnerIds: idList(params, 'partnerIds'),
    currency: currencyCode(params, 'currency'),
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any query value becomes text; the note is validated as text
    note: params.note === undefined || params.note === null ? undefined : String(params.note),
  });
}
