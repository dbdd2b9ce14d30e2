import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { parseMajorUnits } from '@partnerbook/shared';
import {
  amountCell,
  commissionRow,
  COMMISSION_COLUMNS,
  csvWriter,
  pendingPaymentRow,
  PENDING_PAYMENT_COLUMNS,
  textCell,
} from './csv-rules';

async function writeCsv(header: readonly string[], rows: string[][]): Promise<string> {
  const writer = csvWriter(header);
  const chunks: string[] = [];
  writer.on('data', (chunk: Buffer | string) => chunks.push(chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    writer.on('end', resolve);
    writer.on('error', reject);
  });
  for (const row of rows) writer.write(row);
  writer.end();
  await done;
  return chunks.join('');
}

describe('text cells', () => {
  it('neutralises every formula start with a leading quote', () => {
    for (const evil of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x.test","y")']) {
      expect(textCell(evil)).toBe(`'${evil}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const fine of ['Ann', 'a=b', 'x-1', "'quoted", '', '1.50', 'Ünïcødé']) expect(textCell(fine)).toBe(fine);
    expect(textCell(null)).toBe('');
  });
});

describe('amount cells', () => {
  it('writes minor units with the currency decimals, negatives as plain numbers', () => {
    expect(amountCell(10050, 'USD')).toBe('100.50');
    expect(amountCell(-1250, 'USD')).toBe('-12.50');
    expect(amountCell('-5', 'EUR')).toBe('-0.05');
    expect(amountCell(1500, 'JPY')).toBe('1500');
    expect(amountCell(-1234, 'KWD')).toBe('-1.234');
    expect(amountCell(null, 'USD')).toBe('');
  });

  it('round-trips any amount exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom('USD', 'JPY', 'KWD', 'EUR'), (amount, currency) => {
        expect(parseMajorUnits(amountCell(amount, currency), currency)).toBe(amount === 0 ? 0 : amount);
      }),
    );
  });
});

describe('CSV writing', () => {
  const base = {
    id: '00000000-0000-4000-8000-000000000001',
    created_at: new Date('2026-01-02T03:04:05.000Z'),
    partner_id: '00000000-0000-4000-8000-000000000002',
    partner_name: '=cmd|"/c calc"!A1',
    partner_key: '-key',
    kind: 'CLAWBACK',
    status: 'APPROVED',
    currency: 'USD',
    amount_minor: '-1250',
    sale_external_id: 'order,"1"\r\nnext',
    sale_date: new Date('2026-01-01T00:00:00.000Z'),
    sale_amount_minor: '12500',
    product_sku: 'TENT',
    product_name: 'Tent',
    customer_external_id: null,
    payable_at: new Date('2026-01-02T03:04:05.000Z'),
    description: null,
    cancel_reason: null,
  };

  it('writes RFC 4180 with CRLF and a header, and parses back to the same cells', async () => {
    const text = await writeCsv(COMMISSION_COLUMNS, [commissionRow(base)]);
    expect(text.startsWith(`${COMMISSION_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"order,""1""\r\nnext"'); // quoted, quotes doubled, the line break kept
    const [record] = parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(record.partner_name).toBe(`'=cmd|"/c calc"!A1`);
    expect(record.partner_key).toBe("'-key");
    expect(record.sale_external_id).toBe('order,"1"\r\nnext');
    expect(record.commission_amount).toBe('-12.50');
    expect(record.sale_amount).toBe('125.00');
    expect(record.created_at).toBe('2026-01-02T03:04:05.000Z');
    expect(record.customer_external_id).toBe('');
  });

  it('pending payments rows: balances and thresholds as amounts, eligibility as true/false', () => {
    const row = pendingPaymentRow({
      partnerId: 'p',
      partnerName: '@ann',
      partnerEmail: 'a@x.test',
      paypalEmail: null,
      partnerKey: 'k',
      currency: 'JPY',
      balance: -300,
      commissionCount: 3,
      threshold: 5000,
      eligible: false,
    });
    expect(row).toEqual(['p', "'@ann", 'a@x.test', '', 'k', 'JPY', '-300', '3', '5000', 'false']);
    expect(row).toHaveLength(PENDING_PAYMENT_COLUMNS.length);
  });
});
