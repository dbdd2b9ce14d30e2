import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import yauzl from 'yauzl';
import { parseMajorUnits } from '@partnerbook/shared';
import { expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { jsonErrorCode, minorAmount } from '../support/typed-results';
import type { PaymentMethod } from '../gql/graphql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { approve, PAY, paymentsOf, REFUND, saleIdOfCommission, sell } from '../support/payments';
import { createPartner } from '../../server/src/partners/partner.service';

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;

interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

async function download(path: string, token: string | null, body?: unknown): Promise<Download> {
  const response = await fetch(`${app.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

/** Parses an export back (RFC 4180, CRLF, header row), checking the line ends on the way. */
function records(result: Download): Record<string, string>[] {
  expect(result.status, result.text.slice(0, 300)).toBe(200);
  expect(result.headers.get('content-type')).toMatch(/^text\/csv/);
  const text = result.text;
  expect(text.endsWith('\r\n')).toBe(true);
  // Every line break outside quoted cells is CRLF.
  expect(/[^\r]\n/.test(text.replace(/"(?:[^"]|"")*"/g, ''))).toBe(false);
  return parse(text, { columns: true, record_delimiter: '\r\n', relax_column_count: false }) as Record<string, string>[];
}

const AUDIT_LOG = graphql(`
  query ExportsAuditLog {
    auditLog(filter: { action: "export.download" }, page: { first: 100 }) {
      nodes {
        entityId
        entityType
        changes
        actorLabel
      }
    }
  }
`);
const PENDING_COMMISSIONS = graphql(`
  query ExportsPendingCommissions {
    pendingCommissions(page: { first: 100 }) {
      totalCount
      nodes {
        id
        amount {
          amount
          currency
        }
      }
    }
  }
`);
const PAYPAL_PAYOUT_PLAN = graphql(`
  query ExportsPaypalPayoutPlan {
    paypalPayoutPlan {
      files {
        name
        currency
        part
        parts
        rows
        total {
          amount
          currency
        }
      }
      excludedCount
      excluded {
        partnerId
        partnerName
        balance {
          amount
          currency
        }
        reason
      }
      downloadPath
    }
  }
`);

async function pay(partnerIds: string[], reference: string, method: PaymentMethod = 'PAYPAL') {
  const data = await app.gqlData(
    PAY,
    {
      input: {
        selection: { partnerIds },
        currency: 'USD',
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: the exports show it
        method,
        reference,
        idempotencyKey: `k-${Math.random()}`,
        allowBelowThreshold: true,
      },
    },
    fx.tokens.admin,
  );
  const payments = paymentsOf(data);
  if (payments.length !== partnerIds.length) throw new Error(JSON.stringify(data));
  return payments;
}

async function refund(commissionId: string, amount: { amount: number; currency: string }) {
  const saleId = await saleIdOfCommission(app, commissionId);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- saleId is deprecated but still served: the set-up refunds by it as before
  const data = await app.gqlData(REFUND, { input: { saleId, refundExternalId: `r-${Math.random()}`, amount } }, fx.tokens.admin);
  return expectTypename(data.refundSale, 'RefundRecorded');
}

async function exportAudits(token = fx.tokens.admin) {
  const data = await app.gqlData(AUDIT_LOG, {}, token);
  return data.auditLog.nodes;
}

let evil: { id: string };
const ids: Record<string, string> = {};
const paymentIds: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app, { payThresholds: { USD: 5_000, JPY: 1_000, KWD: 1_000 } });
  other = await createProgramFixture(app);

  // A: paid, then a full refund → a clawback, netted into the next payment (PAID at -100.00).
  [ids.a1] = await sell(app, fx, fx.partnerA.partnerKey, 100_000);
  await approve(app, fx.tokens.admin, [ids.a1]);
  [{ id: paymentIds.p1 }] = await pay([fx.partnerA.id], '=HYPERLINK("http://evil.test","click")');
  const refunded = await refund(ids.a1, { amount: 100_000, currency: 'USD' });
  ids.k1 = refunded.clawbacks[0].id;
  [ids.a2] = await sell(app, fx, fx.partnerA.partnerKey, 300_000);
  await approve(app, fx.tokens.admin, [ids.a2]);
  [{ id: paymentIds.p2 }] = await pay([fx.partnerA.id], 'batch 2');

  // B: paid, then refunded → an unpaid clawback: a negative pending payment.
  [ids.b1] = await sell(app, fx, fx.partnerB.partnerKey, 100_000);
  await approve(app, fx.tokens.admin, [ids.b1]);
  [{ id: paymentIds.p3 }] = await pay([fx.partnerB.id], '+1-555', 'BANK_TRANSFER');
  await refund(ids.b1, { amount: 100_000, currency: 'USD' });

  // Pending commissions in three currencies, one partner with formula-like name and key.
  evil = await createPartner(fx.system, {
    name: 'Evil',
    email: `evil-${fx.programId.slice(0, 6)}@test.dev`,
    partnerKey: `evil-${fx.programId.slice(0, 6)}`,
  });
  await app.dataSource.query(`UPDATE partner SET name = '=SUM(1+1)', partner_key = '+cmd|calc' WHERE id = $1`, [evil.id]);
  [ids.pendingUsd] = await sell(app, fx, fx.partnerA.partnerKey, 12_345);
  [ids.pendingJpy] = await sell(app, fx, fx.partnerB.partnerKey, 15_000, 'JPY');
  [ids.pendingKwd] = await sell(app, fx, fx.partnerA.partnerKey, 12_345, 'KWD');
  [ids.pendingEvil] = await sell(app, fx, '+cmd|calc', 20_000);
  await app.dataSource.query(`UPDATE sale SET external_id = '@import' WHERE id = (SELECT sale_id FROM commission WHERE id = $1)`, [
    ids.pendingEvil,
  ]);
  // The other program has its own pending commission, which no export of ours may show.
  await sell(app, other, other.partnerA.partnerKey, 50_000);
});

afterAll(async () => app?.close());

describe('pending commissions export', () => {
  it('streams every PENDING commission with exact amounts (USD, JPY 0 decimals, KWD 3 decimals), formula-safe text', async () => {
    const rows = records(await download('/exports/pending-commissions.csv', fx.tokens.admin));
    const graph = await app.gqlData(PENDING_COMMISSIONS, {}, fx.tokens.admin);
    expect(rows.map((r) => r.commission_id).sort()).toEqual(graph.pendingCommissions.nodes.map((n) => n.id).sort());
    expect(rows).toHaveLength(4);
    const byId = new Map(rows.map((r) => [r.commission_id, r]));
    expect(byId.get(ids.pendingUsd)).toMatchObject({
      currency: 'USD',
      sale_amount: '123.45',
      commission_amount: '12.35',
      status: 'PENDING',
      kind: 'SALE',
    });
    expect(byId.get(ids.pendingJpy)).toMatchObject({ currency: 'JPY', sale_amount: '15000', commission_amount: '1500' });
    expect(byId.get(ids.pendingKwd)).toMatchObject({ currency: 'KWD', sale_amount: '12.345', commission_amount: '1.235' });
    const evilRow = byId.get(ids.pendingEvil)!;
    expect(evilRow.partner_name).toBe("'=SUM(1+1)");
    expect(evilRow.partner_key).toBe("'+cmd|calc");
    expect(evilRow.sale_external_id).toBe("'@import");
    expect(evilRow.commission_amount).toBe('20.00');
    for (const row of rows) {
      const graphAmount = graph.pendingCommissions.nodes.find((n) => n.id === row.commission_id)?.amount;
      expect(parseMajorUnits(row.commission_amount, row.currency)).toBe(graphAmount?.amount);
    }
    expect(Object.keys(rows[0])).toEqual([
      'commission_id',
      'created_at',
      'partner_id',
      'partner_name',
      'partner_key',
      'kind',
      'status',
      'sale_external_id',
      'sale_date',
      'product_sku',
      'product_name',
      'customer_external_id',
      'currency',
      'sale_amount',
      'commission_amount',
      'payable_at',
      'description',
      'cancel_reason',
    ]);
  });

  it('exports the selected ids (POST) or the same filters as pendingCommissions (GET)', async () => {
    const selected = records(
      await download('/exports/pending-commissions.csv', fx.tokens.admin, { ids: [ids.pendingJpy, ids.pendingKwd] }),
    );
    expect(selected.map((r) => r.commission_id).sort()).toEqual([ids.pendingJpy, ids.pendingKwd].sort());
    const jpy = records(await download('/exports/pending-commissions.csv?currency=JPY', fx.tokens.admin));
    expect(jpy.map((r) => r.commission_id)).toEqual([ids.pendingJpy]);
    const ofA = records(
      await download(`/exports/pending-commissions.csv?partnerId=${fx.partnerA.id}&minAmount=1000&currency=USD`, fx.tokens.admin),
    );
    expect(ofA.map((r) => r.commission_id)).toEqual([ids.pendingUsd]);
    const filtered = records(
      await download('/exports/pending-commissions.csv', fx.tokens.admin, {
        filter: { currency: 'KWD', minAmount: { amount: 1, currency: 'KWD' } },
      }),
    );
    expect(filtered.map((r) => r.commission_id)).toEqual([ids.pendingKwd]);
    const bad = await download('/exports/pending-commissions.csv?currency=XXX', fx.tokens.admin);
    expect(bad.status).toBe(400);
    expect(jsonErrorCode(bad.text)).toBe('BAD_USER_INPUT');
    expect((await download('/exports/pending-commissions.csv?from=yesterday', fx.tokens.admin)).status).toBe(400);
  });

  it('authorises like GraphQL: readers yes, anonymous 401, partners only their own, other programs nothing', async () => {
    for (const token of [fx.tokens.viewer, fx.tokens.apiRead, fx.tokens.apiWrite]) {
      expect(records(await download('/exports/pending-commissions.csv', token))).toHaveLength(4);
    }
    const anonymous = await download('/exports/pending-commissions.csv', null);
    expect(anonymous.status).toBe(401);
    expect(jsonErrorCode(anonymous.text)).toBe('UNAUTHENTICATED');
    expect((await download('/exports/pending-commissions.csv', 'pbs_forged')).status).toBe(401);
    const own = records(await download(`/exports/pending-commissions.csv?partnerId=${fx.partnerB.id}`, fx.tokens.partnerA));
    expect(own.map((r) => r.commission_id).sort()).toEqual([ids.pendingUsd, ids.pendingKwd].sort());
    // Even naming B's commission ids, partner A gets only their own.
    expect(records(await download('/exports/pending-commissions.csv', fx.tokens.partnerA, { ids: [ids.pendingJpy] }))).toEqual([]);
    const otherProgram = records(await download('/exports/pending-commissions.csv', other.tokens.admin));
    expect(otherProgram).toHaveLength(1);
    expect(otherProgram[0].partner_id).toBe(other.partnerA.id);
    expect(records(await download('/exports/pending-commissions.csv', other.tokens.admin, { ids: [ids.pendingUsd] }))).toEqual([]);
  });

  it('gives customer ids to the merchant only: a partner gets the column, empty', async () => {
    const merchant = records(await download('/exports/pending-commissions.csv', fx.tokens.admin));
    expect(merchant.find((r) => r.commission_id === ids.pendingUsd)!.customer_external_id).toBe(`cust-${fx.partnerA.partnerKey}`);
    const partner = records(await download('/exports/pending-commissions.csv', fx.tokens.partnerA));
    expect(partner.map((r) => r.commission_id).sort()).toEqual([ids.pendingUsd, ids.pendingKwd].sort());
    expect(Object.keys(partner[0])).toEqual(Object.keys(merchant[0]));
    expect(partner.map((r) => r.customer_external_id)).toEqual(['', '']);
    expect((await download('/exports/pending-commissions.csv', fx.tokens.partnerA)).text).not.toContain('cust-');
  });

  it('answers parameters PostgreSQL would refuse with 400 BAD_USER_INPUT, never a hung-up socket', async () => {
    for (const [path, body] of [
      ['/exports/pending-commissions.csv', { filter: { minAmount: { amount: 'abc', currency: 'USD' } } }],
      ['/exports/pending-commissions.csv', { filter: { maxAmount: { amount: 100, currency: 'usd' } } }],
      ['/exports/pending-commissions.csv', { filter: { minAmount: { amount: 1.5, currency: 'USD' } } }],
      ['/exports/payments.csv?from=-200000-01-01T00:00:00Z', undefined],
      ['/exports/commission-history.csv?to=+275000-01-01T00:00:00Z', undefined],
      ['/exports/pending-commissions.csv?from=1500-01-01T00:00:00Z', undefined],
    ] as const) {
      const result = await download(path, fx.tokens.admin, body);
      expect(result.status, path).toBe(400);
      expect(jsonErrorCode(result.text)).toBe('BAD_USER_INPUT');
    }
    expect(
      records(await download('/exports/payments.csv?from=1970-01-01T00:00:00Z&to=9999-12-31T00:00:00Z', fx.tokens.admin)).length,
    ).toBeGreaterThan(0);
  });

  it('answers a query that fails before the first row with a JSON error, not a destroyed socket', async () => {
    // A broken query (the column it reads is gone) stands in for any database failure before streaming.
    await app.dataSource.query(`ALTER TABLE customer RENAME COLUMN external_id TO external_id_gone`);
    try {
      const result = await download('/exports/pending-commissions.csv', fx.tokens.admin);
      expect(result.status).toBe(500);
      expect(jsonErrorCode(result.text)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.dataSource.query(`ALTER TABLE customer RENAME COLUMN external_id_gone TO external_id`);
    }
    expect(records(await download('/exports/pending-commissions.csv', fx.tokens.admin))).toHaveLength(4);
  });

  it('audits every export with who, what and which selection', async () => {
    const before = (await exportAudits()).length;
    const result = await download('/exports/pending-commissions.csv?currency=JPY', fx.tokens.viewer);
    const audits = await exportAudits();
    expect(audits.length).toBe(before + 1);
    const entry = audits.find((a) => a.entityId === result.headers.get('x-export-id'))!;
    expect(entry.changes).toEqual({ kind: 'pending-commissions', filter: { currency: 'JPY' } });
    // The other program's log does not show it.
    expect((await exportAudits(other.tokens.admin)).map((a) => a.entityId)).not.toContain(entry.entityId);
  });
});

describe('pending payments, history and payments exports', () => {
  it('pending payments: balances per partner and currency, negative debts as plain numbers', async () => {
    const rows = records(await download('/exports/pending-payments.csv', fx.tokens.viewer));
    const b = rows.find((r) => r.partner_id === fx.partnerB.id)!;
    expect(b).toMatchObject({
      currency: 'USD',
      balance: '-100.00',
      commission_count: '1',
      threshold: '50.00',
      eligible: 'false',
      paypal_email: '',
    });
    expect(rows.filter((r) => r.partner_id === fx.partnerA.id)).toEqual([]);
    expect(Object.keys(rows[0])).toEqual([
      'partner_id',
      'partner_name',
      'partner_email',
      'paypal_email',
      'partner_key',
      'currency',
      'balance',
      'commission_count',
      'threshold',
      'eligible',
    ]);
    expect((await download('/exports/pending-payments.csv', fx.tokens.partnerA)).status).toBe(403);
    expect((await download('/exports/pending-payments.csv', null)).status).toBe(401);
    expect(records(await download('/exports/pending-payments.csv', other.tokens.admin))).toEqual([]);
    expect(records(await download('/exports/pending-payments.csv?eligibleOnly=true', fx.tokens.admin))).toEqual([]);
  });

  it('commission history: every PAID commission with its payment, the netted clawback negative', async () => {
    const rows = records(await download('/exports/commission-history.csv', fx.tokens.admin));
    const byId = new Map(rows.map((r) => [r.commission_id, r]));
    expect([...byId.keys()].sort()).toEqual([ids.a1, ids.a2, ids.k1, ids.b1].sort());
    expect(byId.get(ids.a1)).toMatchObject({
      commission_amount: '100.00',
      payment_id: paymentIds.p1,
      payment_method: 'PAYPAL',
      payment_amount: '100.00',
    });
    expect(byId.get(ids.k1)).toMatchObject({
      kind: 'CLAWBACK',
      commission_amount: '-100.00',
      payment_id: paymentIds.p2,
      payment_amount: '200.00',
      payment_reference: 'batch 2',
    });
    expect(byId.get(ids.a1)!.payment_reference).toBe(`'=HYPERLINK("http://evil.test","click")`);
    const own = records(await download(`/exports/commission-history.csv?partnerId=${fx.partnerA.id}`, fx.tokens.partnerB));
    expect(own.map((r) => r.commission_id)).toEqual([ids.b1]);
    expect(records(await download('/exports/commission-history.csv', other.tokens.apiRead))).toEqual([]);
  });

  it('payments: amounts, methods, formula-safe references; partners get their own', async () => {
    const rows = records(await download('/exports/payments.csv', fx.tokens.apiRead));
    const byId = new Map(rows.map((r) => [r.payment_id, r]));
    expect([...byId.keys()].sort()).toEqual([paymentIds.p1, paymentIds.p2, paymentIds.p3].sort());
    expect(byId.get(paymentIds.p1)).toMatchObject({
      amount: '100.00',
      currency: 'USD',
      method: 'PAYPAL',
      reference: `'=HYPERLINK("http://evil.test","click")`,
      commission_count: '1',
      voided_at: '',
    });
    expect(byId.get(paymentIds.p2)).toMatchObject({ amount: '200.00', commission_count: '2', reference: 'batch 2' });
    expect(byId.get(paymentIds.p3)).toMatchObject({ reference: "'+1-555", method: 'BANK_TRANSFER' });
    expect(records(await download('/exports/payments.csv', fx.tokens.partnerB)).map((r) => r.payment_id)).toEqual([paymentIds.p3]);
    expect(records(await download(`/exports/payments.csv?partnerId=${fx.partnerB.id}`, fx.tokens.admin)).map((r) => r.payment_id)).toEqual([
      paymentIds.p3,
    ]);
    expect((await download('/exports/payments.csv?voided=maybe', fx.tokens.admin)).status).toBe(400);
  });
});

function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- yauzl's error (null when no archive came) is what fails the test
      if (error || !zip) return reject(error);
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as above, yauzl's own error
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('PayPal payout files', () => {
  let pp: ProgramFixture;
  const expected = new Map<string, { amount: number; currency: string; partnerId: string }>();

  beforeAll(async () => {
    pp = await createProgramFixture(app, { payThresholds: { USD: 5_000, EUR: 1_000 } });
    // 5,001 eligible USD partners, 10 EUR, 5 JPY, and partners to leave out — set up with set-based SQL.
    const groups: [string, number, string, number, boolean][] = [
      // tag, count, currency, amount base, has PayPal email
      ['usd', 5_001, 'USD', 5_000, true],
      ['eur', 10, 'EUR', 1_234, true],
      ['jpy', 5, 'JPY', 1_500, true],
      ['nomail', 3, 'USD', 9_000, false],
      ['below', 2, 'USD', 4_000, true],
      ['kwd', 1, 'KWD', 12_345, true],
    ];
    for (const [tag, count, currency, base, hasMail] of groups) {
      const rows = await queryRows<{ partner_id: string; amount_minor: string; paypal_email: string }>(
        app,
        `WITH p AS (
           INSERT INTO partner (program_id, name, email, partner_key, paypal_email)
           SELECT $1, 'PP ' || $2 || ' ' || lpad(g::text, 5, '0'), $2 || g || '@bulk.test', $2 || '-' || g,
                  CASE WHEN $5 THEN 'pp-' || $2 || g || '@bulk.test' END
             FROM generate_series(1, $3::int) g
           RETURNING id, partner_key, paypal_email)
         INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
         SELECT $1, p.id, 'REWARD', 'APPROVED', $4, $6::bigint + split_part(p.partner_key, '-', 2)::bigint,
                $6::bigint + split_part(p.partner_key, '-', 2)::bigint, 'bulk', now()
           FROM p
         RETURNING partner_id, amount_minor, (SELECT paypal_email FROM p WHERE p.id = partner_id) AS paypal_email`,
        [pp.programId, tag, count, currency, hasMail, base],
      );
      if (tag === 'usd' || tag === 'eur' || tag === 'jpy') {
        for (const row of rows) expected.set(row.paypal_email, { amount: Number(row.amount_minor), currency, partnerId: row.partner_id });
      }
    }
    // One partner in debt (negative balance) is left out too.
    const debtor = await createPartner(pp.system, {
      name: 'PP debtor',
      email: 'debtor@bulk.test',
      partnerKey: 'debtor',
      paypalEmail: 'pp-debtor@bulk.test',
    });
    await app.dataSource.query(
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description)
       VALUES ($1, $2, 'REWARD', 'CANCELLED', 'USD', 1000, 1000, 'x') RETURNING id`,
      [pp.programId, debtor.id],
    );
    await app.dataSource.query(
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
       VALUES ($1, $2, 'REWARD', 'APPROVED', 'USD', 0, 0, 'zero', now())`,
      [pp.programId, debtor.id],
    );
  });

  it("writes every eligible partner exactly once, per currency, at most 5,000 rows a file, exactly in PayPal's format", async () => {
    const result = await download('/exports/paypal-payouts', pp.tokens.admin);
    expect(result.status, result.text.slice(0, 200)).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/zip');
    expect(result.headers.get('x-payout-files')).toBe('4');
    expect(result.headers.get('x-payout-excluded')).toBe('7');
    const files = await unzip(result.bytes);
    const names = [...files.keys()].sort();
    expect(names).toHaveLength(4);
    expect(names[0]).toMatch(/^paypal-payouts-\d{4}-\d{2}-\d{2}-EUR\.csv$/);
    expect(names[1]).toMatch(/-JPY\.csv$/);
    expect(names[2]).toMatch(/-USD-part1-of-2\.csv$/);
    expect(names[3]).toMatch(/-USD-part2-of-2\.csv$/);
    const seen = new Set<string>();
    const itemIds = new Set<string>();
    const sizes: Record<string, number> = {};
    for (const [name, text] of files) {
      const currency = /-(USD|EUR|JPY)(?:-part|\.csv)/.exec(name)![1];
      expect(text.endsWith('\r\n')).toBe(true);
      expect(/[^\r]\n/.test(text)).toBe(false);
      const rows = parse(text, { record_delimiter: '\r\n' }) as string[][];
      sizes[name] = rows.length;
      expect(rows.length).toBeLessThanOrEqual(5_000);
      expect(rows[0][0]).not.toBe('email'); // no header row
      for (const [email, amount, code, itemId, note, wallet, ...rest] of rows) {
        expect(rest).toEqual([]);
        const want = expected.get(email);
        expect(want, email).toBeDefined();
        expect(code).toBe(currency);
        expect(want!.currency).toBe(currency);
        expect(amount).toMatch(currency === 'JPY' ? /^\d+$/ : /^\d+\.\d{2}$/);
        expect(parseMajorUnits(amount, currency)).toBe(want!.amount);
        expect(itemId.length).toBeLessThanOrEqual(30);
        expect(itemId).not.toMatch(/\s/);
        expect(itemIds.has(itemId)).toBe(false);
        itemIds.add(itemId);
        expect([...note].length).toBeLessThanOrEqual(400);
        expect(note).toMatch(/^Partner commissions from /);
        expect(wallet).toBe('PAYPAL');
        expect(seen.has(email)).toBe(false);
        seen.add(email);
      }
    }
    expect(seen.size).toBe(expected.size);
    expect(Object.values(sizes).sort((a, b) => a - b)).toEqual([1, 5, 10, 5_000]);
  });

  it('lists the partners left out and why (GraphQL plan), and the plan matches the download', async () => {
    const data = await app.gqlData(PAYPAL_PAYOUT_PLAN, {}, pp.tokens.viewer);
    const plan = data.paypalPayoutPlan;
    expect(plan.files.map((f) => [f.currency, f.rows])).toEqual([
      ['EUR', 10],
      ['JPY', 5],
      ['USD', 5_000],
      ['USD', 1],
    ]);
    const usdTotal = [...expected.values()].filter((e) => e.currency === 'USD').reduce((s, e) => s + e.amount, 0);
    expect(plan.files.filter((f) => f.currency === 'USD').reduce((s, f) => s + minorAmount(f.total), 0)).toBe(usdTotal);
    expect(plan.excludedCount).toBe(7);
    const reasons = plan.excluded.map((e) => `${e.partnerName.replace(/ \d+$/, '')}:${e.reason}`).sort();
    expect(reasons).toEqual([
      'PP below:NOT_ELIGIBLE',
      'PP below:NOT_ELIGIBLE',
      'PP debtor:NOT_ELIGIBLE',
      'PP kwd:UNSUPPORTED_CURRENCY',
      'PP nomail:NO_PAYPAL_EMAIL',
      'PP nomail:NO_PAYPAL_EMAIL',
      'PP nomail:NO_PAYPAL_EMAIL',
    ]);
    expect(plan.downloadPath).toBe('/exports/paypal-payouts');
  });

  it('one currency or a few partners give one plain CSV; a custom note is cut to 400 characters', async () => {
    const eurPartners = [...expected.values()].filter((e) => e.currency === 'EUR').slice(0, 3);
    const result = await download('/exports/paypal-payouts', pp.tokens.admin, {
      partnerIds: eurPartners.map((e) => e.partnerId),
      currency: 'EUR',
      note: `Thanks, "friend"\n${'x'.repeat(600)}`,
    });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(result.headers.get('content-disposition')).toMatch(/-EUR\.csv"$/);
    const rows = parse(result.text, { record_delimiter: '\r\n' }) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r[4].length === 400 && r[4].startsWith('Thanks, "friend" xxx'))).toBe(true);
    expect(result.text).toContain('"Thanks, ""friend"" xxx');
    const amounts = rows.map((r) => r[1]).sort();
    expect(amounts).toEqual(eurPartners.map((e) => (e.amount / 100).toFixed(2)).sort());
  });

  it('is for merchants: readers yes, partners 403, anonymous 401; another program gets nothing payable; audited', async () => {
    expect((await download('/exports/paypal-payouts?currency=JPY', pp.tokens.viewer)).status).toBe(200);
    expect((await download('/exports/paypal-payouts?currency=JPY', pp.tokens.apiRead)).status).toBe(200);
    expect((await download('/exports/paypal-payouts', pp.tokens.partnerA)).status).toBe(403);
    expect((await download('/exports/paypal-payouts', null)).status).toBe(401);
    const none = await download('/exports/paypal-payouts', other.tokens.admin);
    expect(none.status).toBe(422);
    expect(jsonErrorCode(none.text)).toBe('NO_PAYABLE_PARTNERS');
    // Naming another program's partners pays none of them.
    const foreign = [...expected.values()].slice(0, 2).map((e) => e.partnerId);
    expect((await download('/exports/paypal-payouts', other.tokens.admin, { partnerIds: foreign })).status).toBe(422);
    const audits = await exportAudits(pp.tokens.admin);
    expect(audits.filter((a) => a.changes.kind === 'paypal-payouts').length).toBeGreaterThanOrEqual(4);
  });
});
