import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { parseMajorUnits } from '@partnerbook/shared';
import { FORMULA_START, parseStrictCsv } from '../../../test/support/strict-csv';
import {
  hasControlCharacters,
  PAYPAL_MAX_ROWS_PER_FILE,
  PayoutCandidate,
  isUsablePaypalEmail,
  paypalItemId,
  paypalNote,
  planPaypalPayouts,
  serialisePaypalFile,
} from './paypal-file-rules';

const candidate = (overrides: Partial<PayoutCandidate> = {}): PayoutCandidate => {
  const id = randomUUID();
  return {
    partnerId: id,
    partnerName: `Partner ${id.slice(0, 6)}`,
    paypalEmail: `pp-${id.slice(0, 8)}@example.test`,
    currency: 'USD',
    balance: 10_050,
    threshold: 5_000,
    eligible: true,
    ...overrides,
  };
};

describe('PayPal payout files', () => {
  it("writes one row per eligible partner exactly in PayPal's column order, no header", () => {
    const rows = [
      candidate({ balance: 10_050 }),
      candidate({ currency: 'JPY', balance: 1500, threshold: 0 }),
      candidate({ currency: 'EUR', balance: 5, threshold: 0 }),
    ];
    const plan = planPaypalPayouts(rows, { note: 'Thanks!', fileStem: 'paypal' });
    expect(plan.excluded).toEqual([]);
    expect(plan.files.map((f) => f.name)).toEqual(['paypal-EUR.csv', 'paypal-JPY.csv', 'paypal-USD.csv']);
    const usd = parse(serialisePaypalFile(plan.files[2]), { record_delimiter: '\r\n' }) as string[][];
    expect(usd).toEqual([[rows[0].paypalEmail, '100.50', 'USD', paypalItemId(rows[0].partnerId, 'USD'), 'Thanks!', 'PAYPAL']]);
    expect(serialisePaypalFile(plan.files[1])).toBe(
      `${rows[1].paypalEmail},1500,JPY,${paypalItemId(rows[1].partnerId, 'JPY')},Thanks!,PAYPAL\r\n`,
    );
    expect(plan.files[0].rows[0][1]).toBe('0.05');
  });

  it('leaves out and reports partners without a usable PayPal email, below threshold, in debt or in a currency PayPal lacks', () => {
    const ok = candidate();
    const rows = [
      ok,
      candidate({ paypalEmail: null }),
      candidate({ paypalEmail: '  ' }),
      candidate({ paypalEmail: '=cmd@evil.test' }),
      candidate({ paypalEmail: 'not an email' }),
      candidate({ balance: 4_999, eligible: false }),
      candidate({ balance: -100, threshold: 0, eligible: false }),
      candidate({ balance: 0, threshold: 0, eligible: false }),
      candidate({ currency: 'KWD', balance: 12_345, threshold: 0 }),
    ];
    const plan = planPaypalPayouts(rows, { note: '', fileStem: 'p' });
    expect(plan.files).toHaveLength(1);
    expect(plan.files[0].rows.map((r) => r[0])).toEqual([ok.paypalEmail]);
    const reasons = new Map(plan.excluded.map((e) => [e.partnerId, e.reason]));
    expect(rows.slice(1).map((r) => reasons.get(r.partnerId))).toEqual([
      'NO_PAYPAL_EMAIL',
      'NO_PAYPAL_EMAIL',
      'INVALID_PAYPAL_EMAIL',
      'INVALID_PAYPAL_EMAIL',
      'NOT_ELIGIBLE',
      'NOT_ELIGIBLE',
      'NOT_ELIGIBLE',
      'UNSUPPORTED_CURRENCY',
    ]);
    // Never a blank row.
    expect(plan.files[0].rows.every((r) => r.every((cell, i) => i === 4 || cell !== ''))).toBe(true);
  });

  it('splits at 5,000 rows per file and per currency; ids stay unique, short and without spaces', () => {
    const rows = [
      ...Array.from({ length: PAYPAL_MAX_ROWS_PER_FILE + 1 }, () => candidate()),
      ...Array.from({ length: 3 }, () => candidate({ currency: 'EUR' })),
    ];
    const plan = planPaypalPayouts(rows, { note: 'n', fileStem: 'paypal-2026-01-01' });
    expect(plan.files.map((f) => [f.name, f.rows.length])).toEqual([
      ['paypal-2026-01-01-EUR.csv', 3],
      ['paypal-2026-01-01-USD-part1-of-2.csv', 5_000],
      ['paypal-2026-01-01-USD-part2-of-2.csv', 1],
    ]);
    const ids = plan.files.flatMap((f) => f.rows.map((r) => r[3]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.length <= 30 && !/\s/.test(id))).toBe(true);
    for (const file of plan.files) {
      const parsed = parse(serialisePaypalFile(file), { record_delimiter: '\r\n' }) as string[][];
      expect(parsed.every((r) => r[2] === file.currency && r[5] === 'PAYPAL' && r.length === 6)).toBe(true);
      expect(parsed.reduce((sum, r) => sum + parseMajorUnits(r[1], file.currency), 0)).toBe(file.total);
    }
  });

  it('keeps the note on one line, at most 400 characters, quoted when needed and formula-safe', () => {
    expect(paypalNote('Thanks,\r\n  "partner"')).toBe('Thanks, "partner"');
    expect([...paypalNote('é'.repeat(500))]).toHaveLength(400);
    expect(paypalNote('=1+1')).toBe("'=1+1");
    const plan = planPaypalPayouts([candidate()], { note: 'a, "b"', fileStem: 'p' });
    const [row] = parse(serialisePaypalFile(plan.files[0]), { record_delimiter: '\r\n' }) as string[][];
    expect(row[4]).toBe('a, "b"');
  });

  it("item ids: the partner's UUID in base 36 after the currency", () => {
    expect(paypalItemId('ffffffff-ffff-ffff-ffff-ffffffffffff', 'USD')).toBe(`USD${(2n ** 128n - 1n).toString(36)}`);
    expect(paypalItemId('00000000-0000-0000-0000-000000000001', 'EUR')).toBe(`EUR${'1'.padStart(25, '0')}`);
    expect(isUsablePaypalEmail('a.b+c@example.co.uk')).toBe(true);
    expect(isUsablePaypalEmail('-a@example.test')).toBe(false);
  });

  it('any note reaches the file as one formula-safe line without control characters; each partner one strict row (property)', () => {
    const noteText = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\n', '\r', '"', ',', '=', '+', '-', '@', '\t', '\0', '😀', '\u2028', '\x1b', '\x85', ' '),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(noteText, fc.integer({ min: 1, max: 4 }), (note, count) => {
        const rows = Array.from({ length: count }, () => candidate());
        const plan = planPaypalPayouts(rows, { note, fileStem: 'p' });
        const parsed = parseStrictCsv(serialisePaypalFile(plan.files[0]), 6);
        expect(parsed).toHaveLength(count);
        for (const row of parsed) {
          expect(row[4]).toBe(paypalNote(note));
          expect(hasControlCharacters(row[4])).toBe(false);
          for (const cell of row) expect(FORMULA_START.test(cell)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('refuses recipients holding control characters', () => {
    expect(isUsablePaypalEmail('a\u0001b@example.test')).toBe(false);
    expect(isUsablePaypalEmail('ab@exa\u007fmple.test')).toBe(false);
    expect(paypalNote('a\u0000b\u0085c\u2028d')).toBe('a b c d');
  });
});
