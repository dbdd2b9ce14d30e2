import { Transform } from 'node:stream';
import { CURRENCY_CODES, currencyExponent } from '@partnerbook/shared';

/**
 * How exported rows are written: RFC 4180 CSV with CRLF record ends and a header row. PostgreSQL
 * writes the rows (`COPY (…) TO STDOUT (FORMAT csv)`) from cells formatted in SQL by the
 * expressions below, so a million rows never become JavaScript objects; the header and the PayPal
 * file are written by `csvLine`. Both follow one rule: a cell holding CR, LF, `"` or `,` is quoted,
 * its quotes doubled. Text is neutralised on its first character so a spreadsheet never runs it
 * as a formula (OWASP CSV injection advice): a leading `'` before `= + - @ TAB CR`.
 */

/** Spreadsheets treat a cell starting with one of these as a formula (or a DDE payload). */
export const FORMULA_START_CHARACTERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** Text cells: a leading `'` makes a would-be formula plain text. */
export function textCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return FORMULA_START_CHARACTERS.includes(value.charAt(0)) ? `'${value}` : value;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as RFC 4180 writes it: quoted (quotes doubled) when it holds CR, LF, a quote or a comma. */
export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its CRLF. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

// ---- Cells in SQL (the rows of every CSV export) ----

/** `chr()` codes of the formula starts, so the SQL holds no control characters or escapes. */
const FORMULA_START_SQL = FORMULA_START_CHARACTERS.map((c) => `chr(${c.charCodeAt(0)})`).join(', ');

/** textCell in SQL: NULL stays NULL (an empty cell). */
export function sqlTextCell(expression: string): string {
  return `CASE WHEN left(${expression}, 1) IN (${FORMULA_START_SQL}) THEN '''' || ${expression} ELSE ${expression} END`;
}

/** The currencies by minor-unit exponent other than 2, for the amount cells. */
const CURRENCIES_BY_EXPONENT = (() => {
  const byExponent = new Map<number, string[]>();
  for (const code of CURRENCY_CODES) {
    const exponent = currencyExponent(code);
    if (exponent !== 2) byExponent.set(exponent, [...(byExponent.get(exponent) ?? []), code]);
  }
  return [...byExponent.entries()].sort(([a], [b]) => a - b);
})();

/** 10^-exponent as a numeric literal with exactly `exponent` decimals (its scale is the cell's). */
const unitLiteral = (exponent: number) => (exponent === 0 ? '1::numeric' : `0.${'0'.repeat(exponent - 1)}1`);

/**
 * Amount cells from the integer minor units, exact at any size: numeric × 0.01 keeps exactly the
 * currency's decimals (`-12.50`, `1500`, `-1.234`), like formatMajorUnits. Amounts stay numbers a
 * spreadsheet computes with: a negative clawback is `-12.50`, not neutralised.
 */
export function sqlAmountCell(minorExpression: string, currencyExpression: string): string {
  const cases = CURRENCIES_BY_EXPONENT.map(
    ([exponent, codes]) => `WHEN ${currencyExpression} IN (${codes.map((c) => `'${c}'`).join(', ')}) THEN ${unitLiteral(exponent)}`,
  ).join(' ');
  return `((${minorExpression})::numeric * CASE ${cases} ELSE ${unitLiteral(2)} END)::text`;
}

/** ISO 8601 UTC with milliseconds, exactly like Date#toISOString. */
export function sqlTimestampCell(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

export function sqlBooleanCell(expression: string): string {
  return `CASE WHEN ${expression} THEN 'true' ELSE 'false' END`;
}

/** Ids, enums, counts and currency codes: their text as is. */
export function sqlPlainCell(expression: string): string {
  return `(${expression})::text`;
}

/** The header and the select list of an export, from one list so they cannot drift apart. */
export function csvColumns(columns: readonly (readonly [name: string, cell: string])[]): { header: string[]; select: string } {
  return {
    header: columns.map(([name]) => name),
    select: columns.map(([name, cell]) => `${cell} AS "${name}"`).join(',\n       '),
  };
}

/**
 * PostgreSQL's CSV ends records with LF; RFC 4180 (and the spreadsheets) want CRLF. Only LFs
 * outside quoted cells end a record: a quote toggles "inside a quoted cell" (a doubled quote
 * toggles twice), and PostgreSQL quotes every cell holding a quote, CR or LF, so LFs and quotes
 * are all there is to look at. The header line goes first, before the first row. `records`
 * counts the records passed so far (the header not included).
 */
export function crlfRecords(header: string, onFirstChunk: () => void): Transform & { readonly records: number } {
  const QUOTE = 0x22;
  const LF = 0x0a;
  const CRLF = Buffer.from('\r\n');
  let insideQuotes = false;
  let headerSent = false;
  let records = 0;
  const start = (out: Buffer[]) => {
    if (headerSent) return;
    headerSent = true;
    out.push(Buffer.from(header, 'utf8'));
    onFirstChunk();
  };
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const out: Buffer[] = [];
      start(out);
      let from = 0;
      let at = 0;
      let nextQuote = chunk.indexOf(QUOTE, 0);
      for (;;) {
        if (insideQuotes) {
          if (nextQuote < 0) break;
          insideQuotes = false;
          at = nextQuote + 1;
          nextQuote = chunk.indexOf(QUOTE, at);
          continue;
        }
        const lineEnd = chunk.indexOf(LF, at);
        if (nextQuote >= 0 && (lineEnd < 0 || nextQuote < lineEnd)) {
          insideQuotes = true;
          at = nextQuote + 1;
          nextQuote = chunk.indexOf(QUOTE, at);
          continue;
        }
        if (lineEnd < 0) break;
        out.push(chunk.subarray(from, lineEnd), CRLF);
        records++;
        from = at = lineEnd + 1;
      }
      if (from < chunk.length) out.push(chunk.subarray(from));
      callback(null, Buffer.concat(out));
    },
    flush(callback) {
      const out: Buffer[] = [];
      start(out);
      callback(null, out.length ? Buffer.concat(out) : undefined);
    },
  });
  return Object.defineProperty(transform, 'records', { get: () => records }) as Transform & { readonly records: number };
}
