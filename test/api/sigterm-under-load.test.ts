import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/database/data-source';
import { createTestDatabase, GraphQLResponse, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture } from '../support/fixtures';
import { PAY, PENDING, ledgerViolations } from '../support/payments';
import { killAllServerProcesses, ServerProcess, spawnServerProcess } from '../support/server-processes';
import { until } from '../support/wait-for';

/**
 * SIGTERM while the server is busy (a large payout, sales ingest and partner reads in flight): it
 * stops taking work, lets what it accepted finish within SHUTDOWN_GRACE_MS, exits 0; no answer is a
 * 500 or a hang; and whatever the payout reached, the same-key retry on the restarted server
 * completes it with every partner paid exactly once.
 */
let database: { url: string; drop(): Promise<void> };
let dataSource: DataSource;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDatabase(database.url, { poolSize: 2 });
  admin = new Client({ connectionString: database.url });
  await admin.connect();
});
afterAll(async () => {
  killAllServerProcesses();
  await admin?.end();
  await dataSource?.destroy();
  await database?.drop();
});

const RECORD = graphql(`
  mutation SigtermUnderLoadRecord($sales: [SaleInput!]!) {
    recordSales(sales: $sales) {
      results {
        result {
          __typename
        }
      }
    }
  }
`);
const ME = graphql(`
  query SigtermUnderLoadMe {
    me {
      kind
    }
  }
`);
const PARTNERS = 150;

describe('SIGTERM under load', () => {
  it('finishes what it accepted, refuses the rest cleanly, exits 0; the payout completes on a same-key retry', async () => {
    const env = { DATABASE_URL: database.url, SHUTDOWN_GRACE_MS: '600000' };
    let server: ServerProcess = spawnServerProcess(env);
    await server.url();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- gql is an arrow function at runtime (test-app.ts)
    const asApp = () => ({ dataSource, gql: server.gql, databaseUrl: database.url }) as unknown as TestApp;
    const fx = await createProgramFixture(asApp(), { payThresholds: {} });
    await admin.query(
      `WITH p AS (
         INSERT INTO partner (program_id, name, email, partner_key)
         SELECT $1, 'Load ' || lpad(i::text, 4, '0'), 'load-' || i || '@test.dev', 'load-' || i FROM generate_series(1, $2) i
         RETURNING id)
       INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
       SELECT $1, p.id, 'REWARD', 'APPROVED', 'USD', 100 + n, 100 + n, 'load reward', now() FROM p, generate_series(1, 2) n`,
      [fx.programId, PARTNERS],
    );
    const input = { selection: { allEligible: true }, method: 'BANK_TRANSFER', idempotencyKey: randomUUID() };
    const settle = (promise: Promise<GraphQLResponse<unknown>>) =>
      promise.then(
        (answer) => ({ status: answer.status, errors: answer.errors }),
        (error: unknown) => ({ status: 0, errors: [{ message: String(error) }] }),
      );
    const payout = settle(server.gql(PAY, { input }, fx.tokens.admin));
    const load = [
      ...Array.from({ length: 6 }, (_, i) =>
        settle(
          server.gql(
            RECORD,
            {
              sales: Array.from({ length: 50 }, (_, j) => ({
                externalId: `load-${i}-${j}`,
                customerExternalId: `load-cust-${i}-${j}`,
                productSku: 'TENT',
                amount: { amount: 1_000 + j, currency: 'USD' },
                partnerKey: fx.partnerA.partnerKey,
              })),
            },
            fx.tokens.apiWrite,
          ),
        ),
      ),
      ...Array.from({ length: 10 }, (_, i) => settle(server.gql(i % 2 ? ME : PENDING, {}, i % 2 ? fx.tokens.partnerA : fx.tokens.admin))),
    ];
    // The payout has started (its request is recorded) before the signal.
    await until(
      async () => (await admin.query(`SELECT 1 FROM pay_request WHERE idempotency_key = $1`, [input.idempotencyKey])).rows.length > 0,
    );
    server.proc.kill('SIGTERM');
    await server.waitFor(/"msg":"shutting down/);

    const answers = [await payout, ...(await Promise.all(load))];
    for (const answer of answers) {
      // Answered in full, or refused as unavailable (never a 500, never a hang).
      if (answer.status === 200) expect(answer.errors).toBeUndefined();
      else expect([0, 503]).toContain(answer.status);
    }
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/request cut by shutdown/);
    expect(await ledgerViolations(asApp(), fx.programId)).toEqual([]);

    // Restarted: the same key completes the payout (or replays it), each partner paid exactly once.
    server = spawnServerProcess(env);
    const retry = await server.gql(PAY, { input }, fx.tokens.admin);
    expect(retry.errors).toBeUndefined();
    const paid = await admin.query<{ payments: number; partners: number }>(
      `SELECT count(*)::int AS payments, count(DISTINCT partner_id)::int AS partners FROM payment WHERE program_id = $1`,
      [fx.programId],
    );
    expect(paid.rows[0]).toEqual({ payments: PARTNERS, partners: PARTNERS });
    expect(
      (
        await admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM commission WHERE program_id = $1 AND kind = 'REWARD' AND status = 'APPROVED'`,
          [fx.programId],
        )
      ).rows[0].n,
    ).toBe(0);
    expect(await ledgerViolations(asApp(), fx.programId)).toEqual([]);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
