import { isCurrencyCode } from '@partnerbook/shared';
import { BadInputError } from './errors';

/**
 * Checks of values at the API edge, shared by the GraphQL scalars (common/scalars.ts) and the
 * export parameters (exports/export-params.ts), so both refuse the same values with the same reason.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A value the edge refuses (BAD_USER_INPUT). Its message is the reason only: GraphQL prefixes the
 * variable and path (and never echoes the value, see error-redaction.ts); edgeParam the parameter.
 */
export class EdgeValueError extends BadInputError {}

/** The one rule of what an id looks like (every internal id is a PostgreSQL uuid). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An internal id at the edge: the UUID scalar's and the export parameters' one check. */
export function parseUuid(value: unknown): string {
  if (!isUuid(value)) throw new EdgeValueError('expected a UUID');
  return value;
}

/** A currency code at the edge: an ISO 4217 code of the shared list (`@partnerbook/shared`), upper case. */
export function parseCurrencyCode(value: unknown): string {
  if (!isCurrencyCode(value)) throw new EdgeValueError('expected an ISO 4217 currency code, e.g. "USD"');
  return value;
}

/** Runs an edge check on a named parameter: a refusal is BAD_USER_INPUT naming it (`field`). */
export function edgeParam<T>(name: string, value: unknown, parse: (value: unknown) => T): T {
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof EdgeValueError)
      throw new BadInputError(`Parameter "${name}" got an invalid value; ${error.message}`, { field: name });
    throw error;
  }
}

export const MIN_FILTER_YEAR = 1970;
export const MAX_FILTER_YEAR = 9999;

/** A date bound of a filter: JavaScript takes years ±275,760 that PostgreSQL cannot take as a timestamp. */
export function requireFilterDate(value: Date, name: string): Date {
  const year = value.getUTCFullYear();
  if (Number.isNaN(value.getTime()) || year < MIN_FILTER_YEAR || year > MAX_FILTER_YEAR) {
    throw new BadInputError(`"${name}" must be a date between ${MIN_FILTER_YEAR} and ${MAX_FILTER_YEAR}`);
  }
  return value;
}
