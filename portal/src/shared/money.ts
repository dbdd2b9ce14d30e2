import { parseMajorUnits, currencyExponent, MoneyError } from '@partnerbook/shared';
import { formatMoney } from './format';

/**
 * Money as the API sends it: amount in minor units, a JSON number up to 2^53 − 1 and a digit string
 * beyond (only sums get there). Never do arithmetic on it with numbers: use `minorUnitsOf`/BigInt.
 */
export interface MoneyValue {
  amount: number | string;
  currency: string;
}

/** Money a person typed: one amount, always a safe integer (inputs are capped far below 2^53). */
export interface InputMoney {
  amount: number;
  currency: string;
}

/** The exact amount as a bigint, whichever way the API sent it. */
export function minorUnitsOf(value: MoneyValue): bigint {
  return BigInt(value.amount);
}

/** An exact amount back in the API's shape: a number while safe, a digit string beyond. */
export function toApiAmount(amount: bigint): number | string {
  return amount >= BigInt(Number.MIN_SAFE_INTEGER) && amount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(amount) : amount.toString();
}

/**
 * Money read from the API sent back as an input: only `amount` and `currency`. A fetched Money object
 * also carries urql's `__typename: 'Money'`, which GraphQL input types refuse (BAD_USER_INPUT), so
 * never pass a fetched object itself. `toMoneyInput` is for MoneyInput (one amount, which the API
 * only ever holds as a safe integer: thresholds, flat amounts), `toBalanceInput` for MoneyBalanceInput
 * (`expectedBalances`: any exact amount, a digit string beyond 2^53 − 1, sent back unchanged).
 */
export function toMoneyInput(value: MoneyValue): InputMoney {
  const amount = Number(value.amount);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${String(value.amount)} is not one amount of money`);
  return { amount, currency: value.currency };
}

export function toBalanceInput(value: MoneyValue): MoneyValue {
  return { amount: value.amount, currency: value.currency };
}

// Formatting lives in ./format (the program's locale and time zone); re-exported for the pages importing it from here.
export { formatMoney, formatDate, formatDateTime, formatNumber } from './format';

/** Display several amounts (one per currency) without ever adding different currencies. */
export function formatMoneyList(values: readonly MoneyValue[] | null | undefined): string {
  if (!values || values.length === 0) return '—';
  return values.map((value) => formatMoney(value)).join(' · ');
}

/**
 * Parses what a person typed in major units ("100.50") into integer minor units, or explains
 * why it is not an amount. Never goes through a float.
 */
export function parseAmountInput(input: string, currency: string): { ok: true; money: InputMoney } | { ok: false; error: string } {
  if (!input.trim()) return { ok: false, error: 'Enter an amount' };
  try {
    currencyExponent(currency);
  } catch {
    return { ok: false, error: `${currency || 'The currency'} is not an ISO currency code` };
  }
  try {
    return { ok: true, money: { amount: parseMajorUnits(input, currency), currency } };
  } catch (error) {
    return { ok: false, error: error instanceof MoneyError ? error.message : 'Not an amount' };
  }
}
