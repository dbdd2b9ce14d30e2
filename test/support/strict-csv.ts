import { parse } from 'csv-parse/sync';

/** The characters a spreadsheet reads as the start of a formula (or DDE payload). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Parses CSV as strictly as RFC 4180 and as a spreadsheet reads it: every record ends with CRLF,
 * a bare CR or LF outside quotes ends a record too (so an unquoted line break shows up as an extra
 * or short record), quotes only around whole cells, every record exactly `width` cells. Throws on
 * anything else.
 */
export function parseStrictCsv(text: string, width: number): string[][] {
  if (text.length > 0 && !text.endsWith('\r\n')) throw new Error('The last record does not end with CRLF');
  const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
  if (/[^\r]\n|^\n|\r(?!\n)/.test(outsideQuotes)) throw new Error('A line break outside quotes is not CRLF');
  const records = parse(text, {
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    skip_records_with_empty_values: false,
    trim: false,
    bom: false,
    cast: false,
  }) as string[][];
  for (const record of records) {
    if (record.length !== width) throw new Error(`A record has ${record.length} cells, expected ${width}`);
  }
  return records;
}
