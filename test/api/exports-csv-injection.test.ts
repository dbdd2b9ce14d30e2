import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import yauzl from 'yauzl';
import { formatMajorUnits } from '@partnerbook/shared';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture, recordSales, saleRecorded } from '../support/fixtures';
import { approve, PAY, paymentsOf, sell } from '../support/payments';
import { FORMULA_START, parseStrictCsv } from '../support/strict-csv';
import { textCell, sqlAmountCell } from '../../server/src/exports/csv-rules';

/**
 * CSV injection (issue 8, item 1): hostile text from every writer reaches the exports as exactly
 * the cell it was, quoted where it holds a line break, quote or comma, neutralised where it starts
 * like a formula; parsed back strictly, every export has its header and one record per row.
 */

let app: TestApp;

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

async function download(path: string, token: string, body?: unknown): Promise<Download> {
  const response = await fetch(`${app.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

/** An export parsed strictly into records keyed by header; the header must be exactly `columns`. */
function strictRecords(result: Download, key: string): Map<string, Record<string, string>> {
  expect(result.status, result.text.slice(0, 300)).toBe(200);
  const [header, ...rows] = parseStrictCsv(result.text, result.text.split('\r\n')[0].split(',').length);
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  const byKey = new Map(records.map((r) => [r[key], r]));
  expect(byKey.size).toBe(records.length);
  return byKey;
}

/** Text columns of each export: no parsed cell may start like a formula. */
function expectNoFormula(records: Iterable<Record<string, string>>, textColumns: string[]) {
  for (const record of records) for (const column of textColumns) expect(FORMULA_START.test(record[column]), column).toBe(false);
}

const UPDATE_PARTNER = graphql(`
  mutation ExportsCsvInjectionUpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      id
    }
  }
`);
const CREATE_REWARD = graphql(`
  mutation ExportsCsvInjectionCreateReward($input: CreateManualRewardInput!) {
    createManualReward(input: $input) {
      id
    }
  }
`);
const CANCEL = graphql(`
  mutation ExportsCsvInjectionCancel($input: CancelCommissionsInput!) {
    cancelCommissions(input: $input) {
      succeeded
    }
  }
`);

async function unzip(bytes: Buffer): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z))),
  );
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      }),
    );
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => app?.close());

describe('hostile text planted through GraphQL', () => {
  let fx: ProgramFixture;
  const evil = {
    partnerName: 'x\n=1+1',
    paymentNote: 'thanks\n=2+2',
    paymentReference: 'ref\r\n@SUM(A1)',
    externalId: 'order\n=3+3',
    customerExternalId: 'cust\r-4',
    rewardDescription: 'bonus,"q"\n+5',
    cancelReason: 'fraud\n=HYPERLINK("http://evil.test","x")',
  };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fx = await createProgramFixture(app, { payThresholds: { USD: 0 } });
    const token = fx.tokens.admin;
    await app.gqlData(UPDATE_PARTNER, { input: { id: fx.partnerA.id, name: evil.partnerName } }, token);
    const [sale] = await recordSales(app, fx.tokens.apiWrite, [
      {
        externalId: evil.externalId,
        customerExternalId: evil.customerExternalId,
        productSku: 'TENT',
        amount: { amount: 10_000, currency: 'USD' },
        partnerKey: fx.partnerA.partnerKey,
      },
    ]);
    expect(sale.result.__typename).toBe('SaleRecorded');
    ids.pending = saleRecorded(sale).commissions[0].id;
    const reward = await app.gqlData(
      CREATE_REWARD,
      { input: { partnerId: fx.partnerA.id, amount: { amount: 700, currency: 'USD' }, description: evil.rewardDescription } },
      token,
    );
    ids.reward = reward.createManualReward.id;
    [ids.cancelled] = await sell(app, fx, fx.partnerA.partnerKey, 5_000);
    await app.gqlData(CANCEL, { input: { selection: { ids: [ids.cancelled] }, reason: evil.cancelReason } }, token);
    [ids.paid] = await sell(app, fx, fx.partnerA.partnerKey, 20_000);
    await approve(app, token, [ids.paid]);
    const paid = await app.gqlData(
      PAY,
      {
        input: {
          selection: { partnerIds: [fx.partnerA.id] },
          currency: 'USD',
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: kept as it was
          method: 'PAYPAL',
          reference: evil.paymentReference,
          note: evil.paymentNote,
          idempotencyKey: `k-${Math.random()}`,
          allowBelowThreshold: true,
        },
      },
      token,
    );
    ids.payment = paymentsOf(paid)[0].id;
    // Something approved and unpaid for the pending-payments and PayPal exports.
    const [approved] = await sell(app, fx, fx.partnerA.partnerKey, 30_000);
    await approve(app, token, [approved]);
  });

  it('pending commissions: the name, external ids, description and cancel reason are whole, quoted, neutralised cells', async () => {
    const byId = strictRecords(
      await download('/exports/pending-commissions.csv', fx.tokens.admin, { ids: [ids.pending, ids.reward, ids.cancelled] }),
      'commission_id',
    );
    expect(byId.size).toBe(3);
    expect(byId.get(ids.pending)).toMatchObject({
      partner_name: evil.partnerName,
      sale_external_id: evil.externalId,
      customer_external_id: evil.customerExternalId,
    });
    expect(byId.get(ids.reward)!.description).toBe(evil.rewardDescription);
    expect(byId.get(ids.cancelled)!.cancel_reason).toBe(evil.cancelReason);
    expectNoFormula(byId.values(), ['partner_name', 'sale_external_id', 'customer_external_id', 'description', 'cancel_reason']);
  });

  it('commission history and payments: the payment note and reference are whole cells', async () => {
    const history = strictRecords(await download('/exports/commission-history.csv', fx.tokens.admin), 'commission_id');
    expect(history.get(ids.paid)).toMatchObject({ partner_name: evil.partnerName, payment_reference: evil.paymentReference });
    const payments = strictRecords(await download('/exports/payments.csv', fx.tokens.admin), 'payment_id');
    expect(payments.size).toBe(1);
    expect(payments.get(ids.payment)).toMatchObject({
      partner_name: evil.partnerName,
      note: evil.paymentNote,
      reference: evil.paymentReference,
    });
    // The partner downloads their own payments the same way.
    const own = strictRecords(await download('/exports/payments.csv', fx.tokens.partnerA), 'payment_id');
    expect(own.get(ids.payment)!.note).toBe(evil.paymentNote);
  });

  it('pending payments: the partner name is one cell', async () => {
    const byPartner = strictRecords(await download('/exports/pending-payments.csv', fx.tokens.admin), 'partner_id');
    expect(byPartner.get(fx.partnerA.id)).toMatchObject({ partner_name: evil.partnerName, eligible: 'true' });
  });

  it('PayPal: line breaks and control characters in the note become spaces; the file holds one line per partner', async () => {
    for (const [note, written] of [
      ['Thanks\n=1+1', 'Thanks =1+1'],
      ['=Thanks\r', "'=Thanks"],
      ['a\u0001b,"c"', 'a b,"c"'],
      ['a\u2028\u0085b', 'a b'],
    ]) {
      const file = await download('/exports/paypal-payouts', fx.tokens.admin, { note });
      expect(file.status, file.text).toBe(200);
      const rows = parseStrictCsv(file.text, 6);
      expect(rows).toHaveLength(1);
      expect(rows[0][4]).toBe(written);
      for (const cell of rows[0]) expect(FORMULA_START.test(cell)).toBe(false);
    }
  });

  it('PayPal: a program name with line breaks (the default note) is stripped to one line', async () => {
    await app.dataSource.query(`UPDATE program SET name = $2 WHERE id = $1`, [fx.programId, 'Shop\r\n=1+1\u0085']);
    const file = await download('/exports/paypal-payouts', fx.tokens.admin);
    expect(file.status, file.text).toBe(200);
    const rows = parseStrictCsv(file.text, 6);
    expect(rows).toHaveLength(1);
    expect(rows[0][4]).toBe('Partner commissions from Shop =1+1');
  });
});

describe('every export, property: arbitrary text parses back strictly to the same cells', () => {
  let fx: ProgramFixture;
  const ids = { pending: [] as string[], paid: [] as string[], payments: [] as string[], partners: [] as string[] };

  beforeAll(async () => {
    fx = await createProgramFixture(app, { payThresholds: { USD: 0, JPY: 0, KWD: 0 } });
    ids.partners = [fx.partnerA.id, fx.partnerB.id];
    for (const partner of [fx.partnerA, fx.partnerB]) {
      const [paid] = await sell(app, fx, partner.partnerKey, 12_345);
      const [unpaid] = await sell(app, fx, partner.partnerKey, 15_000, 'JPY');
      await approve(app, fx.tokens.admin, [paid, unpaid]);
      ids.paid.push(paid);
      const data = await app.gqlData(
        PAY,
        {
          input: {
            selection: { partnerIds: [partner.id] },
            currency: 'USD',
            // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: kept as it was
            method: 'BANK_TRANSFER',
            idempotencyKey: `k-${Math.random()}`,
            allowBelowThreshold: true,
          },
        },
        fx.tokens.admin,
      );
      ids.payments.push(paymentsOf(data)[0].id);
      ids.pending.push(...(await sell(app, fx, partner.partnerKey, 9_999, 'KWD')), ...(await sell(app, fx, partner.partnerKey, 777)));
    }
  });

  /** Hostile text: line breaks, quotes, commas, formula starts anywhere, control characters, emoji, any Unicode; no NUL (refused at the API). */
  const hostile = fc.string({
    unit: fc.oneof(
      fc.constantFrom('\n', '\r', '\r\n', '"', ',', '=', '+', '-', '@', '\t', "'", '😀', '\u2028', '\x1b', '\x7f', ' ', '\\', '\\.'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\0'),
    ),
    maxLength: 20,
  });

  it('pending commissions, commission history, payments and pending payments (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 12, maxLength: 12 }), async (t) => {
        // Unique columns get a numbered tail; the hostile part stays where fast-check put it.
        const unique = (s: string, i: number) => `${s}#${i}`;
        const [partnerA, partnerB] = ids.partners;
        await app.dataSource.query(`UPDATE partner SET name = $2, partner_key = $3 WHERE id = $1`, [partnerA, t[0], unique(t[1], 1)]);
        await app.dataSource.query(`UPDATE partner SET name = $2, partner_key = $3, email = $4, paypal_email = $5 WHERE id = $1`, [
          partnerB,
          t[2],
          unique(t[3], 2),
          unique(t[4], 3),
          t[5],
        ]);
        await app.dataSource.query(`UPDATE commission SET description = $2, cancel_reason = $3 WHERE id = ANY($1::uuid[])`, [
          [...ids.pending, ...ids.paid],
          t[6],
          t[7],
        ]);
        await app.dataSource.query(
          `UPDATE sale SET external_id = $2 || '#' || sale.id FROM commission c WHERE c.sale_id = sale.id AND c.id = ANY($1::uuid[])`,
          [[...ids.pending, ...ids.paid], t[8]],
        );
        await app.dataSource.query(`UPDATE payment SET note = $2, reference = $3 WHERE id = ANY($1::uuid[])`, [ids.payments, t[9], t[10]]);
        await app.dataSource.query(`UPDATE product SET name = $2 WHERE program_id = $1`, [fx.programId, t[11]]);
        const names: Record<string, string> = { [partnerA]: t[0], [partnerB]: t[2] };
        const keys: Record<string, string> = { [partnerA]: unique(t[1], 1), [partnerB]: unique(t[3], 2) };

        const pending = strictRecords(await download('/exports/pending-commissions.csv', fx.tokens.admin), 'commission_id');
        expect([...pending.keys()].sort()).toEqual([...ids.pending].sort());
        const amounts = new Map(
          (
            await queryRows<{ id: string; amount: string; currency: string }>(
              app,
              `SELECT id, amount_minor::text AS amount, currency::text AS currency FROM commission WHERE program_id = $1`,
              [fx.programId],
            )
          ).map((r) => [r.id, r]),
        );
        for (const [id, r] of pending) {
          expect(r.partner_name).toBe(textCell(names[r.partner_id]));
          expect(r.partner_key).toBe(textCell(keys[r.partner_id]));
          expect(r.description).toBe(textCell(t[6]));
          expect(r.cancel_reason).toBe(textCell(t[7]));
          expect(r.sale_external_id.startsWith(textCell(t[8]) + '#')).toBe(true);
          expect(r.product_name).toBe(textCell(t[11]));
          const { amount, currency } = amounts.get(id) as { amount: string; currency: string };
          expect(r.commission_amount).toBe(formatMajorUnits(Number(amount), currency));
        }
        expectNoFormula(pending.values(), [
          'partner_name',
          'partner_key',
          'description',
          'cancel_reason',
          'sale_external_id',
          'product_name',
        ]);

        const history = strictRecords(await download('/exports/commission-history.csv', fx.tokens.admin), 'commission_id');
        expect([...history.keys()].sort()).toEqual([...ids.paid].sort());
        for (const r of history.values()) {
          expect(r.partner_name).toBe(textCell(names[r.partner_id]));
          expect(r.description).toBe(textCell(t[6]));
          expect(r.payment_reference).toBe(textCell(t[10]));
        }
        expectNoFormula(history.values(), ['partner_name', 'partner_key', 'description', 'sale_external_id', 'payment_reference']);

        const payments = strictRecords(await download('/exports/payments.csv', fx.tokens.admin), 'payment_id');
        expect([...payments.keys()].sort()).toEqual([...ids.payments].sort());
        for (const r of payments.values()) {
          expect(r).toMatchObject({ partner_name: textCell(names[r.partner_id]), note: textCell(t[9]), reference: textCell(t[10]) });
        }
        expectNoFormula(payments.values(), ['partner_name', 'partner_key', 'note', 'reference']);

        const pendingPayments = await download('/exports/pending-payments.csv', fx.tokens.admin);
        const balances = parseStrictCsv(pendingPayments.text, 10);
        expect(balances).toHaveLength(1 + 2); // header + 2 partners' approved JPY
        for (const [partnerId, name, email, paypal] of balances.slice(1)) {
          expect(name).toBe(textCell(names[partnerId]));
          if (partnerId === partnerB) expect([email, paypal]).toEqual([textCell(unique(t[4], 3)), textCell(t[5])]);
          for (const cell of [name, email, paypal]) expect(FORMULA_START.test(cell)).toBe(false);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('amount cells in SQL equal formatMajorUnits for any amount and currency exponent (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: -1e13, max: 1e13 }),
          fc.constantFrom(0, 1, -1, 9, -10, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
        ),
        fc.constantFrom('USD', 'JPY', 'KWD', 'CLF', 'EUR', 'ISK'),
        async (amount, currency) => {
          const [{ cell }] = await queryRows<{ cell: string }>(app, `SELECT ${sqlAmountCell('$1::bigint', '$2::text')} AS cell`, [
            amount,
            currency,
          ]);
          expect(cell).toBe(formatMajorUnits(amount, currency));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('PayPal files in a zip', () => {
  it('a zip of several PayPal files parses strictly too', async () => {
    const fx = await createProgramFixture(app, { payThresholds: { USD: 0, EUR: 0 } });
    for (const currency of ['USD', 'EUR']) {
      const [id] = await sell(app, fx, fx.partnerA.partnerKey, 10_000, currency);
      await approve(app, fx.tokens.admin, [id]);
    }
    const zip = await download('/exports/paypal-payouts', fx.tokens.admin, { note: 'a,"b"' });
    expect(zip.status).toBe(200);
    const files = await unzip(zip.bytes);
    expect(files.size).toBe(2);
    for (const text of files.values()) expect(parseStrictCsv(text, 6).map((r) => r[4])).toEqual(['a,"b"']);
  });
});
