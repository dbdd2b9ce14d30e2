import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_TIMEOUTS } from '../../server/src/config';
import { GraphQLResponse, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { SaleInput } from '../gql/graphql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { backendBlockedBy } from '../support/wait-for';

/**
 * A database backend terminated (pg_terminate_backend) in the middle of a batch: `recordSales`
 * and bulk approve. The batch is all-or-nothing, the client is told the outcome is unknown and a
 * retry is safe, and the retry leaves each sale and each approval recorded exactly once. The
 * backend cut is, by construction, the one serving the batch: it is the one waiting on a row lock
 * the injector holds.
 */
let app: TestApp;
let fx: ProgramFixture;
let injector: Client;

beforeAll(async () => {
  // The injector, not a clock, decides how long a statement waits.
  app = await startTestApp({ databaseTimeouts: { ...DEFAULT_DATABASE_TIMEOUTS, lockMs: 0, statementMs: 0 } });
  fx = await createProgramFixture(app);
  injector = new Client({ connectionString: app.databaseUrl, application_name: 'fault-injector' });
  await injector.connect();
});
afterAll(async () => {
  await injector?.end();
  await app?.close();
});

const RECORD = graphql(`
  mutation BackendTerminatedRecord($sales: [SaleInput!]!) {
    recordSales(sales: $sales) {
      results {
        externalId
        result {
          __typename
          ... on SaleRecorded {
            created
            sale {
              id
            }
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
  mutation BackendTerminatedApprove($x: CommissionSelection!) {
    approveCommissions(selection: $x) {
      succeeded
      failed
      items {
        commissionId
        result {
          __typename
          ... on ErrorResult {
            code
          }
        }
      }
    }
  }
`);

/** Holds `lockSql` in the injector, sends `request`, terminates the backend that waits on it; returns the answer. */
async function cutWhileBlocked<T>(lockSql: string, params: unknown[], request: () => Promise<GraphQLResponse<T>>) {
  await injector.query('BEGIN');
  const locked = await injector.query(lockSql, params);
  expect(locked.rows.length).toBeGreaterThan(0);
  const answer = request();
  const blocked = await backendBlockedBy(injector);
  const { rows } = await injector.query<{ done: boolean }>(`SELECT pg_terminate_backend($1) AS done`, [blocked]);
  expect(rows[0].done).toBe(true);
  await injector.query('ROLLBACK');
  return answer;
}

describe('a backend terminated mid-batch', () => {
  it('recordSales: nothing of the batch is kept, the answer says retry, the retry records each sale once', async () => {
    // A known customer the batch touches halfway: the ingest locks customers of the batch.
    const seed = await app.gql(
      RECORD,
      {
        sales: [
          {
            externalId: `seed-${randomUUID()}`,
            customerExternalId: 'halfway',
            productSku: 'TENT',
            amount: { amount: 1000, currency: 'USD' },
            partnerKey: fx.partnerA.partnerKey,
          },
        ],
      },
      fx.tokens.admin,
    );
    expect(seed.data?.recordSales.results[0].result.__typename).toBe('SaleRecorded');
    const sales: SaleInput[] = Array.from({ length: 200 }, (_, i) => ({
      externalId: `batch-${i}-${randomUUID().slice(0, 8)}`,
      customerExternalId: i === 100 ? 'halfway' : `cust-${i}`,
      productSku: 'TENT',
      amount: { amount: 2_000 + i, currency: 'USD' },
      partnerKey: i % 2 ? fx.partnerA.partnerKey : fx.partnerB.partnerKey,
    }));
    const before = await count(`SELECT count(*) FROM sale WHERE program_id = $1`);

    const cut = await cutWhileBlocked(
      `SELECT id FROM customer WHERE program_id = $1 AND external_id = 'halfway' FOR UPDATE`,
      [fx.programId],
      () => app.gql(RECORD, { sales }, fx.tokens.apiWrite),
    );
    expect(cut.status).toBe(503);
    // The batch is one transaction: the client cannot know whether it committed, and is told a retry is safe.
    expect(cut.errors?.[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', outcome: 'UNKNOWN' });
    expect(cut.errors?.[0].message).toMatch(/Retrying/);
    expect(await count(`SELECT count(*) FROM sale WHERE program_id = $1`)).toBe(before);

    const retry = await app.gql(RECORD, { sales }, fx.tokens.apiWrite);
    expect(retry.errors).toBeUndefined();
    if (!retry.data) throw new Error(JSON.stringify(retry));
    const results = retry.data.recordSales.results;
    expect(results.every((item) => item.result.__typename === 'SaleRecorded' && item.result.created)).toBe(true);
    expect(await count(`SELECT count(*) FROM sale WHERE program_id = $1`)).toBe(before + sales.length);
    // A second retry is a no-op answering the stored sales.
    const again = await app.gql(RECORD, { sales }, fx.tokens.apiWrite);
    if (!again.data) throw new Error(JSON.stringify(again));
    expect(again.data.recordSales.results.every((item) => item.result.__typename === 'SaleRecorded' && !item.result.created)).toBe(true);
    expect(await count(`SELECT count(*) FROM sale WHERE program_id = $1`)).toBe(before + sales.length);
    expect(await count(`SELECT count(*) FROM commission WHERE program_id = $1 AND kind = 'SALE'`)).toBe(before + sales.length);
  });

  it('bulk approve: no commission changes, the retry approves each once with one audit entry', async () => {
    const inserted = await queryRows<{ id: string }>(
      app,
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description)
       SELECT $1, $2, 'REWARD', 'PENDING', 'USD', 100 + i, 100 + i, 'to approve' FROM generate_series(1, 1000) i RETURNING id`,
      [fx.programId, fx.partnerA.id],
    );
    const ids = inserted.map((row) => row.id);
    const middle = [...ids].sort()[500];

    const cut = await cutWhileBlocked(
      `SELECT id FROM commission WHERE program_id = $1 AND id = $2 FOR UPDATE`,
      [fx.programId, middle],
      () => app.gql(APPROVE, { x: { ids } }, fx.tokens.admin),
    );
    expect(cut.status).toBe(503);
    expect(cut.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(
      await count(`SELECT count(*) FROM commission WHERE program_id = $1 AND id = ANY($2::uuid[]) AND status = 'PENDING'`, [ids]),
    ).toBe(ids.length);

    const retry = await app.gql(APPROVE, { x: { ids } }, fx.tokens.admin);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.approveCommissions).toMatchObject({ succeeded: ids.length, failed: 0 });
    expect(
      await count(`SELECT count(*) FROM commission WHERE program_id = $1 AND id = ANY($2::uuid[]) AND status = 'APPROVED'`, [ids]),
    ).toBe(ids.length);
    const audits = await queryRows<{ n: number; distinct: number }>(
      app,
      `SELECT count(*)::int AS n, count(DISTINCT entity_id)::int AS distinct FROM audit_entry
        WHERE program_id = $1 AND action = 'commission.approve' AND entity_id = ANY($2::text[])`,
      [fx.programId, ids],
    );
    expect(audits[0]).toEqual({ n: ids.length, distinct: ids.length });
  });
});

async function count(sql: string, extra: unknown[] = []): Promise<number> {
  const { rows } = await injector.query<{ count: string }>(sql, [fx.programId, ...extra]);
  return Number(rows[0].count);
}
