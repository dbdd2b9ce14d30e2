/**
 * Money helpers shared by the server and the portal.
 * Money is always an integer number of minor units with an ISO 4217 currency code.
 * Nothing here uses floating point arithmetic on amounts.
 */

/**
 * An exact whole number of minor units. A JavaScript number while it is a safe integer
 * (|n| ≤ 2^53 − 1), a bigint beyond: one amount is always a number (inputs are capped at
 * MAX_ABS_AMOUNT), but a sum of many (a payment, a balance, a total) may not fit a double.
 * Use `minorUnits()` to build one, so each value has exactly one representation.
 */
export type MinorUnits = number | bigint;

export interface Money<A extends MinorUnits = number> {
  /** Integer number of minor units (cents, yen, fils…). */
  amount: A;
  /** ISO 4217 alphabetic code, upper case. */
  currency: string;
}

/** Money whose amount may be a sum beyond 2^53 (payments, balances, totals). */
export type ExactMoney = Money<MinorUnits>;

/** Currencies whose minor unit is not 1/100 of the major unit (ISO 4217). */
const NON_DEFAULT_EXPONENTS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** Active ISO 4217 currency codes that have a minor unit (funds/metals excluded). */
const ISO_4217_CODES = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN ' +
    'BWP BYN BZD CAD CDF CHF CLF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR ' +
    'FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD ' +
    'JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT ' +
    'MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG ' +
    'QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS ' +
    'TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG ' +
    'XOF XPF YER ZAR ZMW ZWG'
  ).split(' '),
);

/** Every supported currency code. */
export const CURRENCY_CODES: readonly string[] = [...ISO_4217_CODES];

/**
 * The largest absolute amount, in minor units, accepted for a single money input.
 * Ten trillion minor units (100 billion dollars) is far beyond any real commission or sale
 * and keeps every sum of many amounts well inside Number.MAX_SAFE_INTEGER.
 */
export const MAX_ABS_AMOUNT = 10_000_000_000_000;

/**
 * The largest amount PostgreSQL's bigint columns hold (2^63 − 1): sums are exact in SQL
 * (numeric) and in JavaScript (bigint); a payment beyond this cannot be recorded and is refused.
 */
export const MAX_STORED_AMOUNT = 9_223_372_036_854_775_807n;

export class MoneyError extends Error {
  constructor(
    readonly code: 'INVALID_CURRENCY' | 'INVALID_AMOUNT',
    message: string,
  ) {
    super(message);
    this.name = 'MoneyError';
  }
}

export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && ISO_4217_CODES.has(code);
}

export function assertCurrency(code: unknown): string {
  if (!isCurrencyCode(code)) {
    throw new MoneyError('INVALID_CURRENCY', `"${String(code)}" is not a supported ISO 4217 currency code`);
  }
  return code;
}

/** Number of decimals of the currency's minor unit (JPY 0, USD 2, KWD 3). */
export function currencyExponent(currency: string): number {
  assertCurrency(currency);
  return NON_DEFAULT_EXPONENTS[currency] ?? 2;
}

export function isValidAmount(amount: unknown): amount is number {
  return typeof amount === 'number' && Number.isSafeInteger(amount) && Math.abs(amount) <= MAX_ABS_AMOUNT;
}

export function assertAmount(amount: unknown): number {
  if (!isValidAmount(amount)) {
    throw new MoneyError(
      'INVALID_AMOUNT',
      `Amount must be a whole number of minor units between -${MAX_ABS_AMOUNT} and ${MAX_ABS_AMOUNT}, got ${String(amount)}`,
    );
  }
  return amount;
}

const INTEGER_TEXT = /^-?(0|[1-9][0-9]*)$/;

/**
 * An exact amount from a database value (bigint and numeric sums arrive as strings), a bigint or
 * a number: a number when it is a safe integer, a bigint otherwise. Never rounds: a fraction,
 * an unsafe double or a non-numeric text throws.
 */
export function minorUnits(value: string | number | bigint): MinorUnits {
  let exact: bigint;
  if (typeof value === 'bigint') exact = value;
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new MoneyError('INVALID_AMOUNT', `${String(value)} is not an exact whole number of minor units`);
    return value === 0 ? 0 : value;
  } else {
    const text = value.trim();
    if (!INTEGER_TEXT.test(text) && text !== '-0')
      throw new MoneyError('INVALID_AMOUNT', `"${value}" is not a whole number of minor units`);
    exact = BigInt(text);
  }
  const asNumber = Number(exact);
  return Number.isSafeInteger(asNumber) && BigInt(asNumber) === exact ? (asNumber === 0 ? 0 : asNumber) : exact;
}

/** The exact sum of amounts (bigint arithmetic; the result in its one representation). */
export function sumMinorUnits(values: Iterable<MinorUnits>): MinorUnits {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return minorUnits(total);
}

/** -1, 0 or 1, exactly, whatever the representations. */
export function compareMinorUnits(a: MinorUnits, b: MinorUnits): -1 | 0 | 1 {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * An amount as JSON carries it exactly: a JSON number up to Number.MAX_SAFE_INTEGER, beyond that a
 * string of decimal digits ("9109999999999089"), which every JSON parser keeps exact.
 */
export function amountToJson(amount: MinorUnits): number | string {
  return typeof amount === 'bigint' ? amount.toString() : amount;
}

/** The inverse of amountToJson: a safe integer or an integer string (any size); anything else throws. */
export function amountFromJson(value: unknown): MinorUnits {
  if (typeof value === 'number' || typeof value === 'string') return minorUnits(value);
  throw new MoneyError('INVALID_AMOUNT', `${String(value)} is not a whole number of minor units`);
}

export function money(amount: number, currency: string): Money {
  return { amount: assertAmount(amount), currency: assertCurrency(currency) };
}

export function zero(currency: string): Money {
  return money(0, currency);
}

/** Sums amounts per currency, exactly whatever the size; never adds different currencies together. */
export function sumByCurrency(items: Iterable<ExactMoney>): ExactMoney[] {
  const totals = new Map<string, bigint>();
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? 0n) + BigInt(item.amount));
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amount]) => ({ amount: minorUnits(amount), currency }));
}

/**
 * numerator / denominator rounded half away from zero, computed exactly with bigint.
 * The denominator must be positive.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  let quotient = abs / denominator;
  if ((abs % denominator) * 2n >= denominator) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** amount × basisPoints / 10 000, rounded half away from zero to the minor unit. */
export function applyBasisPoints(amount: number, basisPoints: number): number {
  if (!Number.isInteger(basisPoints)) throw new RangeError('basis points must be an integer');
  return Number(divideRoundHalfAwayFromZero(BigInt(amount) * BigInt(basisPoints), 10_000n));
}

/** amount × part / whole, rounded half away from zero (whole > 0). */
export function prorate(amount: number, part: number, whole: number): number {
  return Number(divideRoundHalfAwayFromZero(BigInt(amount) * BigInt(part), BigInt(whole)));
}

/**
 * Splits an amount in two halves; the odd minor unit goes to the second (last) part.
 * Both parts carry the sign of the amount and always add up to it.
 */
export function splitInHalves(amount: number): [first: number, last: number] {
  const first = amount >= 0 ? Math.floor(amount / 2) : -Math.floor(-amount / 2);
  return [first, amount - first];
}

/**
 * Writes minor units as a plain decimal string in major units with exactly the currency's
 * decimals: 10050 USD → "100.50", -5 USD → "-0.05", 1500 JPY → "1500", 1234 KWD → "1.234".
 */
export function formatMajorUnits(amount: MinorUnits | string, currency: string): string {
  // Any exact integer, of any size: balances summed from valid inputs may exceed the per-input cap and 2^53.
  const exact = BigInt(minorUnits(amount));
  const exponent = currencyExponent(currency);
  const negative = exact < 0n;
  const digits = (negative ? -exact : exact).toString().padStart(exponent + 1, '0');
  const major = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${major}` : major;
}

/**
 * Parses a major-unit decimal string ("100.5", "100.50", "-3") into minor units, rejecting
 * more decimals than the currency has, thousands separators, exponents and anything else.
 */
export function parseMajorUnits(input: string, currency: string): number {
  const exponent = currencyExponent(currency);
  const match = /^\s*(-)?(\d+)(?:\.(\d*))?\s*$/.exec(input);
  if (!match) throw new MoneyError('INVALID_AMOUNT', `"${input}" is not an amount`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new MoneyError('INVALID_AMOUNT', `${currency} amounts have at most ${exponent} decimals, got "${input}"`);
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0')) * (sign ? -1n : 1n);
  if (minor > BigInt(MAX_ABS_AMOUNT) || minor < -BigInt(MAX_ABS_AMOUNT)) {
    throw new MoneyError('INVALID_AMOUNT', `"${input}" is too large`);
  }
  return Number(minor) === 0 ? 0 : Number(minor);
}

/** Locale formatting for display, e.g. "$1,234.50" or "1.234,50 €"; exact (no float). */
/** Intl formatters are costly to build (about a millisecond each): one per locale and currency. */
const moneyFormatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: { amount: MinorUnits | string; currency: string }, locale = 'en-US'): string {
  const key = `${locale}|${value.currency}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    const exponent = currencyExponent(value.currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: value.currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    moneyFormatters.set(key, formatter);
  }
  // Intl accepts decimal strings, which keeps large amounts exact.
  return formatter.format(formatMajorUnits(value.amount, value.currency) as unknown as number);
}
