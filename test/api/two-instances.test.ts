import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrations, openDatabase } from '../../server/src/database/data-source';
import { adminQuery, databaseUrl } from '../support/global-setup';
import { createTestDatabase, errorCode, TestApp } from '../support/test-app';
import { resultCode, gqlOnProcess } from '../support/typed-results';
import { graphql } from '../gql';
import type { PayPartnersInput } from '../gql/graphql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { PAY, ledgerViolations, payPayload } from '../support/payments';
import { deleteRedisKeys, killAllServerProcesses, redisAnswers, ServerProcess, spawnServerProcess } from '../support/server-processes';
import { backendBlockedBy, backendGone, until } from '../support/wait-for';

/**
 * Two server processes (`node server/dist/src/main.js`) on one database and one Redis, as a
 * deployment runs them behind a load balancer. Split across them: the pay storm (the same
 * idempotency keys sent to both at once), the approve/cancel storm, sales ingest, the auto-approve
 * job and the email worker (both instances run both), then one instance is SIGKILLed in the middle
 * of a payout and the request is retried with the same key on the other; finally the shared rate
 * limits and sign-in throttle. Every wait is a condition; nothing depends on the clock.
 */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const reachable = await redisAnswers(redisUrl);
if (!reachable) console.warn(`two-instances: SKIPPED, no Redis answers at ${redisUrl} (set REDIS_URL; CI runs one)`);

const prefix = `partnerbook-test:${randomUUID()}:`;
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-two-mail-'));
let database: { url: string; drop(): Promise<void> };
let dataSource: DataSource;
let admin: Client;
let a: ServerProcess;
let b: ServerProcess;

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    MAIL_DIR: mailDir,
    AUTO_APPROVE_INTERVAL_MS: '100',
    // The storms send thousands of requests from one token: budgets out of their way until the limits phase.
    RATE_LIMIT_POINTS_PER_MINUTE: '100000000',
    RATE_LIMIT_ANONYMOUS_POINTS_PER_MINUTE: '100000000',
    // A payout waits on the injector's lock for as long as the test wants.
    DATABASE_LOCK_TIMEOUT_MS: '0',
    DATABASE_STATEMENT_TIMEOUT_MS: '0',
    ...extra,
  };
}

/** Fixtures are written through instance A and the test's own pool. */
// eslint-disable-next-line @typescript-eslint/unbound-method -- gql is an arrow function at runtime (test-app.ts)
const viaA = () => ({ dataSource, gql: a.gql, url: '', databaseUrl: database.url }) as unknown as TestApp;

async function scalar(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await admin.query<Record<string, unknown>>(sql, params);
  return Number(Object.values(rows[0])[0]);
}

/** Partners with approved rewards, written directly (the fixture, not the subject). */
async function partnersWithApprovedRewards(programId: string, label: string, partners: number, rewardsEach: number) {
  await admin.query(
    `WITH p AS (
       INSERT INTO partner (program_id, name, email, partner_key)
       SELECT $1, $3 || ' ' || lpad(i::text, 4, '0'), $3 || '-' || i || '@test.dev', $3 || '-' || i FROM generate_series(1, $2) i
       RETURNING id)
     INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
     SELECT $1, p.id, 'REWARD', 'APPROVED', 'USD', 100 + n, 100 + n, 'reward', now() FROM p, generate_series(1, $4) n`,
    [programId, partners, label, rewardsEach],
  );
}

async function moreApprovedRewards(programId: string, label: string) {
  await admin.query(
    `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
     SELECT program_id, id, 'REWARD', 'APPROVED', 'USD', 250, 250, 'next round', now() FROM partner WHERE program_id = $1 AND partner_key LIKE $2 || '-%'`,
    [programId, label],
  );
}

beforeAll(async () => {
  if (!reachable) return;
  database = await createTestDatabase();
  dataSource = await openDatabase(database.url, { poolSize: 4 });
  admin = new Client({ connectionString: database.url, application_name: 'two-instances-injector' });
  await admin.connect();
  a = spawnServerProcess(env());
  b = spawnServerProcess(env());
  await Promise.all([a.url(), b.url()]);
});

afterAll(async () => {
  killAllServerProcesses();
  if (!reachable) return;
  await admin?.end();
  await dataSource?.destroy();
  await deleteRedisKeys(redisUrl, prefix);
  await database?.drop();
  fs.rmSync(mailDir, { recursive: true, force: true });
});

const SALES = graphql(`
  mutation TwoInstancesSales($sales: [SaleInput!]!) {
    recordSales(sales: $sales) {
      results {
        result {
          __typename
          ... on SaleRecorded {
            commissions {
              id
            }
          }
          ... on ErrorResult {
            code
          }
        }
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation TwoInstancesApprove($x: CommissionSelection!) {
    approveCommissions(selection: $x) {
      succeeded
      failed
    }
  }
`);
const CANCEL = graphql(`
  mutation TwoInstancesCancel($x: CancelCommissionsInput!) {
    cancelCommissions(input: $x) {
      succeeded
      failed
    }
  }
`);
const EMAIL = graphql(`
  mutation TwoInstancesEmail($input: EmailPartnersInput!) {
    emailPartners(input: $input) {
      __typename
    }
  }
`);
const ME = graphql(`
  query TwoInstancesMe {
    me {
      kind
    }
  }
`);
const LOGIN = graphql(`
  mutation TwoInstancesLogin($i: LoginInput!) {
    login(input: $i) {
      __typename
      ... on ErrorResult {
        code
      }
    }
  }
`);
/** An all-eligible pay request with this idempotency key. */
const payAll = (idempotencyKey: string): PayPartnersInput => ({
  selection: { allEligible: true },
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: kept as it was written
  method: 'BANK_TRANSFER',
  idempotencyKey,
});

/** Records `count` tent sales for the fixture's partners, half through each instance; returns the commission ids. */
async function salesThroughBoth(fx: ProgramFixture, count: number): Promise<string[]> {
  const batch = (offset: number) =>
    Array.from({ length: count / 2 }, (_, i) => ({
      externalId: `two-${offset + i}-${randomUUID().slice(0, 8)}`,
      customerExternalId: `cust-${(offset + i) % 7}`,
      productSku: 'TENT',
      amount: { amount: 1_000 + i, currency: 'USD' },
      partnerKey: (offset + i) % 2 ? fx.partnerA.partnerKey : fx.partnerB.partnerKey,
    }));
  const answers = await Promise.all([
    gqlOnProcess(a, SALES, { sales: batch(0) }, fx.tokens.admin),
    gqlOnProcess(b, SALES, { sales: batch(count / 2) }, fx.tokens.apiWrite),
  ]);
  const ids: string[] = [];
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    for (const item of answer.data.recordSales.results) {
      expect(item.result.__typename).toBe('SaleRecorded');
      if (item.result.__typename === 'SaleRecorded') ids.push(...item.result.commissions.map((c) => c.id));
    }
  }
  return ids;
}

describe.skipIf(!reachable)('two server processes on one database and Redis', () => {
  it('split the storms, the auto-approve job and the email worker without a double effect', async () => {
    const pay = await createProgramFixture(viaA(), { payThresholds: {} });
    const storm = await createProgramFixture(viaA());
    const auto = await createProgramFixture(viaA());
    await admin.query(`UPDATE program SET auto_approve = true WHERE id = $1`, [auto.programId]);
    await partnersWithApprovedRewards(pay.programId, 'Storm', 40, 2);

    // The auto-approve job: both instances' schedulers race over the same due commissions.
    const autoIds = await salesThroughBoth(auto, 60);

    // Emails: two batches queued through different instances; both workers deliver.
    const payPartners = (
      await admin.query<{ id: string }>(`SELECT id FROM partner WHERE program_id = $1 ORDER BY id`, [pay.programId])
    ).rows.map((row) => row.id);
    const queued = await Promise.all([
      gqlOnProcess(
        a,
        EMAIL,
        { input: { partnerIds: payPartners.slice(0, 21), email: { subject: 'Hello', body: 'From A' } } },
        pay.tokens.admin,
      ),
      gqlOnProcess(
        b,
        EMAIL,
        { input: { partnerIds: payPartners.slice(21), email: { subject: 'Hello', body: 'From B' } } },
        pay.tokens.admin,
      ),
    ]);
    for (const answer of queued) expect(answer.errors).toBeUndefined();

    // The approve/cancel storm: overlapping selections, both instances, at once.
    const stormIds = await salesThroughBoth(storm, 60);
    let reportedTransitions = 0;
    const stormCalls = Array.from({ length: 24 }, async (_, i) => {
      const server = i % 2 ? a : b;
      const ids = stormIds.filter((_, j) => (j + i) % 3 !== 0);
      const answer =
        i % 3 === 0
          ? await gqlOnProcess(server, CANCEL, { x: { selection: { ids }, reason: 'storm' } }, storm.tokens.admin).then((response) => ({
              ...response,
              result: response.data?.cancelCommissions,
            }))
          : await gqlOnProcess(server, APPROVE, { x: { ids } }, storm.tokens.admin).then((response) => ({
              ...response,
              result: response.data?.approveCommissions,
            }));
      expect(answer.status).toBe(200);
      if (!answer.result) throw new Error(JSON.stringify(answer));
      reportedTransitions += answer.result.succeeded;
    });

    // The pay storm: per round, two keys, each sent to both instances at once.
    const payCalls = (async () => {
      for (let round = 1; round <= 3; round++) {
        const keys = [randomUUID(), randomUUID()];
        const answers = await Promise.all(
          [a, b, a, b].map((server, i) => gqlOnProcess(server, PAY, { input: payAll(keys[i % 2]) }, pay.tokens.admin)),
        );
        for (const answer of answers) expect(answer.status, JSON.stringify(answer.errors)).not.toBe(500);
        // A same-key retry after the race settles whatever was left (a concurrent twin may have been told to retry).
        for (const key of keys) {
          const retry = await gqlOnProcess(b, PAY, { input: payAll(key) }, pay.tokens.admin);
          expect(retry.errors).toBeUndefined();
        }
        expect(await scalar(`SELECT count(*) FROM commission WHERE program_id = $1 AND status = 'APPROVED'`, [pay.programId])).toBe(0);
        if (round < 3) await moreApprovedRewards(pay.programId, 'Storm');
      }
    })();
    await Promise.all([...stormCalls, payCalls]);

    // Pay: every partner paid once per round, every commission in exactly one payment.
    const perPartner = await admin.query<{ partner_id: string; payments: number }>(
      `SELECT partner_id, count(*)::int AS payments FROM payment WHERE program_id = $1 AND voided_at IS NULL GROUP BY 1`,
      [pay.programId],
    );
    expect(perPartner.rows).toHaveLength(40);
    expect(perPartner.rows.every((row) => row.payments === 3)).toBe(true);
    expect(await ledgerViolations(viaA(), pay.programId)).toEqual([]);

    // Approve/cancel: each commission moved at most once per action, and every move reported is audited exactly once.
    const audits = await admin.query<{ entity_id: string; action: string; n: number }>(
      `SELECT entity_id, action, count(*)::int AS n FROM audit_entry
        WHERE program_id = $1 AND action IN ('commission.approve', 'commission.cancel') GROUP BY 1, 2`,
      [storm.programId],
    );
    expect(audits.rows.filter((row) => row.n > 1)).toEqual([]);
    expect(audits.rows.reduce((sum, row) => sum + row.n, 0)).toBe(reportedTransitions);

    // Auto-approve: every due commission approved, each exactly once, by whichever instance got it.
    await until(
      async () => (await scalar(`SELECT count(*) FROM commission WHERE program_id = $1 AND status = 'PENDING'`, [auto.programId])) === 0,
    );
    const autoAudits = await admin.query<{ entity_id: string; n: number }>(
      `SELECT entity_id, count(*)::int AS n FROM audit_entry WHERE program_id = $1 AND action = 'commission.autoApprove' GROUP BY 1`,
      [auto.programId],
    );
    expect(autoAudits.rows.map((row) => row.entity_id).sort()).toEqual([...autoIds].sort());
    expect(autoAudits.rows.every((row) => row.n === 1)).toBe(true);

    // Emails: every message delivered exactly once (one attempt, one file), whichever worker claimed it.
    await until(
      async () => (await scalar(`SELECT count(*) FROM email_message WHERE program_id = $1 AND status <> 'SENT'`, [pay.programId])) === 0,
    );
    const messages = (
      await admin.query<{ id: string; attempts: number }>(`SELECT id, attempts FROM email_message WHERE program_id = $1`, [pay.programId])
    ).rows;
    expect(messages).toHaveLength(payPartners.length);
    expect(messages.every((m) => m.attempts === 1)).toBe(true);
    const files = fs.readdirSync(mailDir);
    for (const message of messages) expect(files.filter((file) => file.includes(message.id))).toHaveLength(1);
  });

  it('an instance SIGKILLed in the middle of a payout: the same-key retry on the other completes it, each partner paid once', async () => {
    const fx = await createProgramFixture(viaA(), { payThresholds: {} });
    const PARTNERS = 120;
    await partnersWithApprovedRewards(fx.programId, 'Kill', PARTNERS, 3);
    const input: PayPartnersInput = { ...payAll(randomUUID()), reference: 'killed' };

    // The injector holds one partner's rows in the middle of the batch: A's payout stops exactly there.
    await admin.query('BEGIN');
    const { rows: held } = await admin.query<{ id: string }>(
      `SELECT c.id FROM commission c JOIN partner p ON p.program_id = c.program_id AND p.id = c.partner_id
        WHERE p.program_id = $1 AND p.name = 'Kill 0060' ORDER BY c.id FOR UPDATE OF c`,
      [fx.programId],
    );
    expect(held).toHaveLength(3);
    const first = gqlOnProcess(a, PAY, { input }, fx.tokens.admin).then(
      (answer) => answer,
      (error: unknown) => error as Error,
    );
    const blocked = await backendBlockedBy(admin);
    const paidBeforeKill = await scalar(`SELECT count(*) FROM payment WHERE program_id = $1`, [fx.programId]);
    a.proc.kill('SIGKILL');
    expect(await a.exited).toBe(null);
    expect(await first).toBeInstanceOf(Error);
    await admin.query('ROLLBACK');
    // Its backend finds its client gone and rolls back what it had in hand.
    await backendGone(admin, blocked);
    expect(paidBeforeKill).toBeLessThan(PARTNERS);
    expect(await ledgerViolations(viaA(), fx.programId)).toEqual([]);

    const retry = await gqlOnProcess(b, PAY, { input }, fx.tokens.admin);
    expect(retry.errors).toBeUndefined();
    const retried = payPayload(retry.data);
    expect(retried.items).toHaveLength(PARTNERS);
    expect(retried.items.every((item) => item.result.__typename === 'PaymentRecorded')).toBe(true);
    const perPartner = await admin.query<{ partners: number; payments: number }>(
      `SELECT count(DISTINCT partner_id)::int AS partners, count(*)::int AS payments FROM payment WHERE program_id = $1`,
      [fx.programId],
    );
    expect(perPartner.rows[0]).toEqual({ partners: PARTNERS, payments: PARTNERS });
    expect(await scalar(`SELECT count(*) FROM commission WHERE program_id = $1 AND status = 'APPROVED'`, [fx.programId])).toBe(0);
    expect(await ledgerViolations(viaA())).toEqual([]);

    // The killed instance comes back on the same database and answers the same key the same way.
    a = spawnServerProcess(env());
    const again = await gqlOnProcess(a, PAY, { input }, fx.tokens.admin);
    expect(again.errors).toBeUndefined();
    const paymentKeys = (items: typeof retried.items) =>
      items
        .map(
          (item) =>
            `${item.partnerId}:${item.currency}:${item.result.__typename === 'PaymentRecorded' ? item.result.payment.id : undefined}`,
        )
        .sort();
    expect(paymentKeys(payPayload(again.data).items)).toEqual(paymentKeys(retried.items));
    expect(await scalar(`SELECT count(*) FROM payment WHERE program_id = $1`, [fx.programId])).toBe(PARTNERS);
  });

  it('share the rate limits and the sign-in throttle through Redis', async () => {
    const fx = await createProgramFixture(viaA());
    // Restart both with tight limits: one budget of 60 points a minute per caller (a `me` costs 51).
    b.proc.kill('SIGTERM');
    a.proc.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    const tight = env({ RATE_LIMIT_POINTS_PER_MINUTE: '60', LOGIN_MAX_FAILURES: '3', TRUST_PROXY: 'loopback' });
    a = spawnServerProcess(tight);
    b = spawnServerProcess(tight);
    await Promise.all([a.url(), b.url()]);

    const first = await gqlOnProcess(a, ME, {}, fx.tokens.partnerA);
    expect(first.status).toBe(200);
    const refused = await gqlOnProcess(b, ME, {}, fx.tokens.partnerA);
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    // Another caller has its own budget on either instance.
    expect((await gqlOnProcess(b, ME, {}, fx.tokens.partnerB)).status).toBe(200);

    const attempt = (server: ServerProcess, password: string, address: string) =>
      gqlOnProcess(server, LOGIN, { i: { email: fx.partnerA.email, password } }, null, { 'x-forwarded-for': address }).then((answer) =>
        resultCode(answer.data?.login),
      );
    expect(await attempt(a, 'guess 1', '198.51.100.30')).toBe('INVALID_CREDENTIALS');
    expect(await attempt(b, 'guess 2', '198.51.100.30')).toBe('INVALID_CREDENTIALS');
    expect(await attempt(a, 'guess 3', '198.51.100.30')).toBe('INVALID_CREDENTIALS');
    expect(await attempt(b, 'correct horse battery', '198.51.100.30')).toBe('TOO_MANY_ATTEMPTS');
    expect(await attempt(a, 'correct horse battery', '198.51.100.30')).toBe('TOO_MANY_ATTEMPTS');

    a.proc.kill('SIGTERM');
    b.proc.kill('SIGTERM');
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
  });
});

describe('instances starting together on an empty database', () => {
  it('take turns applying the migrations: both become ready, each migration applied once', async () => {
    const adminUrl = inject('databaseAdminUrl');
    const name = `pb_empty_${process.pid}_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = databaseUrl(adminUrl, name);
    try {
      const both = [spawnServerProcess({ DATABASE_URL: url }), spawnServerProcess({ DATABASE_URL: url })];
      const urls = await Promise.all(both.map((server) => server.url()));
      for (const address of urls) expect((await fetch(`${address}/readyz`)).status).toBe(200);
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ name: string; n: number }>(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name`);
      await client.end();
      expect(rows.length).toBe(migrations.length);
      expect(rows.every((row) => row.n === 1)).toBe(true);
      for (const server of both) server.proc.kill('SIGTERM');
      expect(await Promise.all(both.map((server) => server.exited))).toEqual([0, 0]);
    } finally {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
