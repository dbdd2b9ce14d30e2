import { isCurrencyCode } from '@partnerbook/shared';
import { BadInputError } from './errors';
import { isUuid } from './ids';

/**
 * Checks of values at the API edge, shared by GraphQL inputs and export parameters, so both answer
 * the same BAD_USER_INPUT with the same message.
 */

/** An id a filter names; `what` is the entity ("partner", "sale"…). */
export function requireId(value: string, what: string): string {
  if (typeof value !== 'string' || !isUuid(value)) throw new BadInputError(`"${String(value)}" is not a ${what} id`);
  return value;
}

export function requireIds(values: readonly string[], what: string): string[] {
  for (const value of values) requireId(value, what);
  return [...values];
}

/** An ISO 4217 code Partnerbook knows. */
export function requireCurrency(code: string): string {
  if (!isCurrencyCode(code)) throw new BadInputError(`"${String(code)}" is not an ISO 4217 currency code`);
  return code;
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
