import { MinorUnits, compareMinorUnits, formatMajorUnits, sumMinorUnits } from '@partnerbook/shared';
import { csvLine, FORMULA_START_CHARACTERS, textCell } from './csv-rules';

/**
 * PayPal Payouts web upload ("mass payment file"), per PRODUCT.md §3: no header; columns
 * recipient PayPal email, amount in major units with the currency's decimals, ISO currency,
 * unique id (≤ 30 characters, no spaces), note to the recipient (≤ 400 characters), wallet
 * `PAYPAL`. One currency per file, at most 5,000 rows per file.
 */
export const PAYPAL_MAX_ROWS_PER_FILE = 5_000;
export const PAYPAL_MAX_ID_LENGTH = 30;
export const PAYPAL_MAX_NOTE_LENGTH = 400;
export const PAYPAL_MAX_EMAIL_LENGTH = 127;
export const PAYPAL_WALLET = 'PAYPAL';

/** Currencies PayPal Payouts pays in; other balances cannot go into a PayPal file. */
export const PAYPAL_CURRENCIES = new Set(
  'AUD BRL CAD CHF CNY CZK DKK EUR GBP HKD HUF ILS JPY MXN MYR NOK NZD PHP PLN RUB SEK SGD THB TWD USD'.split(' '),
);

export type PayoutExclusionReason =
  'NO_PAYPAL_EMAIL' | 'INVALID_PAYPAL_EMAIL' | 'NOT_ELIGIBLE' | 'UNSUPPORTED_CURRENCY' | 'PAID_ANOTHER_WAY';

export interface PayoutCandidate {
  partnerId: string;
  partnerName: string;
  paypalEmail: string | null;
  /** The partner's payout method: only PayPal partners go into a PayPal file (null: none set; no address, no file). */
  payoutMethod?: string | null;
  currency: string;
  balance: MinorUnits;
  threshold: number;
  eligible: boolean;
}

export interface PayoutExclusion {
  partnerId: string;
  partnerName: string;
  currency: string;
  balance: MinorUnits;
  reason: PayoutExclusionReason;
}

export interface PayoutFile {
  name: string;
  currency: string;
  part: number;
  parts: number;
  /** Rows as written: email, amount, currency, id, note, wallet. */
  rows: string[][];
  /** Sum of the file's amounts in minor units. */
  total: MinorUnits;
}

export interface PayoutPlan {
  files: PayoutFile[];
  excluded: PayoutExclusion[];
}

// Conservative: one @, a dot in the domain, none of the characters that break a CSV cell or an address.
const EMAIL = /^[^\s@",;<>()[\]\\]+@[^\s@",;<>()[\]\\]+\.[^\s@",;<>()[\]\\]+$/;
/** C0 and C1 control characters (NUL, TAB, CR, LF, ESC, DEL, …) and the Unicode line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
const CONTROL_RUNS = /[\p{Cc}\u2028\u2029]+/gu;

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** A recipient PayPal accepts and a spreadsheet cannot mistake for a formula. */
export function isUsablePaypalEmail(email: string): boolean {
  return (
    email.length <= PAYPAL_MAX_EMAIL_LENGTH &&
    EMAIL.test(email) &&
    !hasControlCharacters(email) &&
    !FORMULA_START_CHARACTERS.includes(email.charAt(0))
  );
}

/**
 * The unique id of a row: currency + the partner's UUID in base 36 (≤ 25 characters), so it is
 * unique per partner and currency, stable across downloads, ≤ 28 characters and without spaces.
 */
export function paypalItemId(partnerId: string, currency: string): string {
  const base36 = BigInt(`0x${partnerId.replace(/-/g, '')}`)
    .toString(36)
    .padStart(25, '0');
  return `${currency}${base36}`;
}

/**
 * The note on one line, at most 400 characters (not cutting a character in half), safe as a CSV
 * text cell: line breaks, tabs and every other control character become one space.
 */
export function paypalNote(note: string): string {
  const oneLine = note.replace(CONTROL_RUNS, ' ').replace(/\s+/g, ' ').trim();
  const safe = textCell(oneLine);
  const chars = [...safe];
  return chars.length > PAYPAL_MAX_NOTE_LENGTH ? chars.slice(0, PAYPAL_MAX_NOTE_LENGTH).join('') : safe;
}

function exclusionOf(row: PayoutCandidate): PayoutExclusionReason | null {
  if (!row.eligible || compareMinorUnits(row.balance, 0) <= 0 || compareMinorUnits(row.balance, row.threshold) < 0) return 'NOT_ELIGIBLE';
  if (row.payoutMethod && row.payoutMethod !== 'PAYPAL') return 'PAID_ANOTHER_WAY';
  if (!PAYPAL_CURRENCIES.has(row.currency)) return 'UNSUPPORTED_CURRENCY';
  if (!row.paypalEmail || row.paypalEmail.trim() === '') return 'NO_PAYPAL_EMAIL';
  if (!isUsablePaypalEmail(row.paypalEmail)) return 'INVALID_PAYPAL_EMAIL';
  return null;
}

/** Splits pending payments into PayPal files (per currency, ≤ 5,000 rows) and the partners left out. */
export function planPaypalPayouts(rows: PayoutCandidate[], options: { note: string; fileStem: string }): PayoutPlan {
  const note = paypalNote(options.note);
  const excluded: PayoutExclusion[] = [];
  const byCurrency = new Map<string, PayoutCandidate[]>();
  for (const row of rows) {
    const reason = exclusionOf(row);
    if (reason) {
      excluded.push({ partnerId: row.partnerId, partnerName: row.partnerName, currency: row.currency, balance: row.balance, reason });
      continue;
    }
    byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row]);
  }
  const files: PayoutFile[] = [];
  for (const currency of [...byCurrency.keys()].sort()) {
    const list = byCurrency
      .get(currency)!
      .sort((a, b) => a.partnerName.localeCompare(b.partnerName) || a.partnerId.localeCompare(b.partnerId));
    const parts = Math.ceil(list.length / PAYPAL_MAX_ROWS_PER_FILE);
    for (let part = 1; part <= parts; part++) {
      const chunk = list.slice((part - 1) * PAYPAL_MAX_ROWS_PER_FILE, part * PAYPAL_MAX_ROWS_PER_FILE);
      files.push({
        name: `${options.fileStem}-${currency}${parts > 1 ? `-part${part}-of-${parts}` : ''}.csv`,
        currency,
        part,
        parts,
        rows: chunk.map((r) => [
          r.paypalEmail!.trim(),
          formatMajorUnits(r.balance, currency),
          currency,
          paypalItemId(r.partnerId, currency),
          note,
          PAYPAL_WALLET,
        ]),
        total: sumMinorUnits(chunk.map((r) => r.balance)),
      });
    }
  }
  excluded.sort(
    (a, b) => a.partnerName.localeCompare(b.partnerName) || a.partnerId.localeCompare(b.partnerId) || a.currency.localeCompare(b.currency),
  );
  return { files, excluded };
}

/** The bytes of one file: no header, RFC 4180 quoting, CRLF. */
export function serialisePaypalFile(file: PayoutFile): string {
  return file.rows.map(csvLine).join('');
}
