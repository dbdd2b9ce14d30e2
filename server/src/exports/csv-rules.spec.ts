import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crlfRecords, csvCell, csvLine, textCell } from './csv-rules';
import { FORMULA_START, parseStrictCsv } from '../../../test/support/strict-csv';

/** Hostile text: line breaks, quotes, commas, formula starts and control characters anywhere, NUL, emoji, any Unicode. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\n', '\r', '\r\n', '"', ',', '=', '+', '-', '@', '\t', '\0', "'", '😀', '\u2028', '\x1b', '\x7f', ' '),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 24,
});

/** What PostgreSQL's COPY … (FORMAT csv) writes: LF record ends; quoted when holding a quote, comma, CR or LF, or empty (not NULL). */
function postgresCsv(rows: (string | null)[][]): string {
  const cell = (value: string | null) =>
    value === null ? '' : value === '' || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return rows.map((row) => `${row.map(cell).join(',')}\n`).join('');
}

/**
 * Feeds `bytes` to the CRLF transform cut at the given points (a quote or a line end may straddle two chunks);
 * answers what it wrote and how many records it counted.
 */
async function throughCrlf(header: string, bytes: Buffer, cuts: number[]): Promise<{ text: string; records: number }> {
  const transform = crlfRecords(header, () => {});
  const out: Buffer[] = [];
  transform.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    transform.on('end', resolve);
    transform.on('error', reject);
  });
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) transform.write(bytes.subarray(from, point));
    from = Math.max(from, point);
  }
  transform.end();
  await done;
  return { text: Buffer.concat(out).toString('utf8'), records: transform.records };
}

describe('text cells', () => {
  it('neutralises every formula start with a leading quote', () => {
    for (const evil of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x.test","y")']) {
      expect(textCell(evil)).toBe(`'${evil}`);
    }
  });

  it('leaves ordinary text alone, including formula characters after the first', () => {
    for (const fine of ['Ann', 'a=b', 'x-1', "'quoted", '', '1.50', 'Ünïcødé', 'x\n=1+1']) expect(textCell(fine)).toBe(fine);
    expect(textCell(null)).toBe('');
  });
});

describe('CSV cells and lines', () => {
  it('quotes a cell holding CR, LF, a quote or a comma — a bare LF included', () => {
    expect(csvCell('x\n=1+1')).toBe('"x\n=1+1"');
    expect(csvCell('x\r=1')).toBe('"x\r=1"');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('plain')).toBe('plain');
    expect(csvLine(['a', 'b\nc'])).toBe('a,"b\nc"\r\n');
  });

  it('any text written by csvLine parses back strictly to the same cells (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostileText, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const text = csvLine(['a', 'b', 'c']) + rows.map((row) => csvLine(row.map(textCell))).join('');
        const parsed = parseStrictCsv(text, 3);
        expect(parsed).toEqual([['a', 'b', 'c'], ...rows.map((row) => row.map(textCell))]);
        for (const cell of parsed.flat()) expect(FORMULA_START.test(cell)).toBe(false);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe("PostgreSQL's CSV to RFC 4180 (CRLF records)", () => {
  it('ends every record with CRLF, leaves line breaks inside quoted cells alone, header first', async () => {
    const out = await throughCrlf('h1,h2\r\n', Buffer.from('1,"a\nb"\n2,"x""\ny"\n3,\n'), [3, 9]);
    expect(out).toEqual({ text: 'h1,h2\r\n1,"a\nb"\r\n2,"x""\ny"\r\n3,\r\n', records: 3 });
  });

  it('an empty export is the header alone', async () => {
    expect(await throughCrlf('h\r\n', Buffer.alloc(0), [])).toEqual({ text: 'h\r\n', records: 0 });
  });

  it('any rows, cut into chunks anywhere, parse back strictly to the same cells (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.option(hostileText, { nil: null }), { minLength: 4, maxLength: 4 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, cuts) => {
          const neutralised = rows.map((row) => row.map((cell) => (cell === null ? null : textCell(cell))));
          const out = await throughCrlf(csvLine(['w', 'x', 'y', 'z']), Buffer.from(postgresCsv(neutralised), 'utf8'), cuts);
          expect(out.records).toBe(rows.length);
          const parsed = parseStrictCsv(out.text, 4);
          expect(parsed).toEqual([['w', 'x', 'y', 'z'], ...neutralised.map((row) => row.map((cell) => cell ?? ''))]);
          for (const cell of parsed.flat()) expect(FORMULA_START.test(cell)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
