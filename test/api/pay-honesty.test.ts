import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { PayHonestyPayMutation, PayPartnersInput } from '../gql/graphql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { ledgerViolations } from '../support/payments';
import { DEFAULT_DATABASE_TIMEOUTS } from '../../server/src/config';

/**
 * Resilience issue, item 1: a retry that pays partners the first attempt never reached must say so.
 * The first attempt of a pay-all is cut mid-batch (its database connection terminated while it waits
 * on a lock the injector holds: no timing involved); the same-key retry reports, per item, whether
 * it paid it now or an earlier attempt had, and counts and sums both.
 */
const PARTNERS = 40;
const HELD = 'Honest 0021';

const PAY = graphql(`
  mutation PayHonestyPay($input: PayPartnersInput!) {
    payPartners(input: $input) {
      __typename
      ... on PayPartnersPayload {
        replayed
        paidCount
        paidNowCount
        paidEarlierCount
        failedCount
        paidTotals {
          amount
          currency
        }
        paidNowTotals {
          amount
          currency
        }
        paidEarlierTotals {
          amount
          currency
        }
        items {
          partnerId
          currency
          decidedBy
          result {
            __typename
            ... on PaymentRecorded {
              payment {
                id
                amount {
                  amount
                  currency
                }
              }
            }
            ... on ErrorResult {
              code
            }
          }
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

/** payPartners' answer as its payload, failing the test on an error (in the response or as the result). */
function payload(response: { data?: PayHonestyPayMutation | null }) {
  return expectTypename(response.data?.payPartners, 'PayPartnersPayload');
}

let app: TestApp;
let fx: ProgramFixture;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp({ databaseTimeouts: { ...DEFAULT_DATABASE_TIMEOUTS, lockMs: 0, statementMs: 0 } });
  fx = await createProgramFixture(app, { payThresholds: {} });
  await app.dataSource.query(
    `WITH p AS (
       INSERT INTO partner (program_id, name, email, partner_key)
       SELECT $1, 'Honest ' || lpad(i::text, 4, '0'), 'honest-' || i || '@test.dev', 'honest-' || i FROM generate_series(1, $2) i
       RETURNING id)
     INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
     SELECT $1, p.id, 'REWARD', 'APPROVED', 'USD', 1000, 1000, 'honest reward', now() FROM p`,
    [fx.programId, PARTNERS],
  );
  admin = new Client({ connectionString: app.databaseUrl, application_name: 'honesty-injector' });
  await admin.connect();
}, 300_000);
afterAll(async () => {
  await admin?.end();
  await app?.close();
});

async function waitForBackendBlockedBy(injector: Client): Promise<number> {
  const {
    rows: [{ pid: injectorPid }],
  } = await injector.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  for (;;) {
    const { rows } = await injector.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND $1 = ANY(pg_blocking_pids(pid))`,
      [injectorPid],
    );
    if (rows.length > 0) return rows[0].pid;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const paidPartnerIds = async (): Promise<Set<string>> =>
  new Set(
    (await queryRows<{ partner_id: string }>(app, `SELECT partner_id FROM payment WHERE program_id = $1`, [fx.programId])).map(
      (r) => r.partner_id,
    ),
  );

describe('a same-key retry after a cut pay request', () => {
  it('reports which partners it paid now and which an earlier attempt paid, and counts both', async () => {
    const input: PayPartnersInput = {
      selection: { allEligible: true },
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: pinned here
      method: 'BANK_TRANSFER',
      idempotencyKey: randomUUID(),
    };
    await admin.query('BEGIN');
    await admin.query(
      `SELECT c.id FROM commission c JOIN partner p ON p.id = c.partner_id WHERE p.program_id = $1 AND p.name = $2 FOR UPDATE OF c`,
      [fx.programId, HELD],
    );
    const first = app.gql(PAY, { input }, fx.tokens.admin);
    const blocked = await waitForBackendBlockedBy(admin);
    await admin.query(`SELECT pg_terminate_backend($1)`, [blocked]);
    await admin.query('ROLLBACK');
    const cut = await first;
    expect(cut.status).toBe(503);
    const paidByFirst = await paidPartnerIds();
    expect(paidByFirst.size).toBeGreaterThan(0);
    expect(paidByFirst.size).toBeLessThan(PARTNERS);

    const retry = await app.gql(PAY, { input }, fx.tokens.admin);
    expect(retry.errors).toBeUndefined();
    const answer = payload(retry);
    expect(answer.items).toHaveLength(PARTNERS);
    expect(answer.items.every((i) => i.result.__typename === 'PaymentRecorded')).toBe(true);
    for (const item of answer.items) {
      expect(item.decidedBy, item.partnerId).toBe(paidByFirst.has(item.partnerId) ? 'EARLIER_CALL' : 'THIS_CALL');
    }
    const newly = PARTNERS - paidByFirst.size;
    expect(answer.replayed).toBe(false);
    expect(answer).toMatchObject({
      paidCount: PARTNERS,
      paidNowCount: newly,
      paidEarlierCount: paidByFirst.size,
      failedCount: 0,
      paidTotals: [{ amount: PARTNERS * 1000, currency: 'USD' }],
      paidNowTotals: [{ amount: newly * 1000, currency: 'USD' }],
      paidEarlierTotals: [{ amount: paidByFirst.size * 1000, currency: 'USD' }],
    });
    expect((await paidPartnerIds()).size).toBe(PARTNERS);
    expect(await ledgerViolations(app, fx.programId)).toEqual([]);

    // A third call pays nothing and says so: every item from earlier calls, nothing now.
    const replay = await app.gql(PAY, { input }, fx.tokens.admin);
    const again = payload(replay);
    expect(again.replayed).toBe(true);
    expect(again.items.every((i) => i.decidedBy === 'EARLIER_CALL')).toBe(true);
    expect(again).toMatchObject({ paidCount: PARTNERS, paidNowCount: 0, paidEarlierCount: PARTNERS, paidNowTotals: [] });
    expect(again.items.map((i) => i.result)).toEqual(answer.items.map((i) => i.result));
  });

  it('answers a first, uncut call as paid now, not a replay', async () => {
    const program = await createProgramFixture(app, { payThresholds: {} });
    await app.dataSource.query(
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
       VALUES ($1, $2, 'REWARD', 'APPROVED', 'USD', 700, 700, 'one', now())`,
      [program.programId, program.partnerA.id],
    );
    const input: PayPartnersInput = {
      selection: { partnerIds: [program.partnerA.id, program.partnerB.id] },
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above
      method: 'OTHER',
      idempotencyKey: randomUUID(),
    };
    const answer = payload(await app.gql(PAY, { input }, program.tokens.admin));
    expect(answer).toMatchObject({ replayed: false, paidNowCount: 1, paidEarlierCount: 0, failedCount: 1 });
    expect(answer.items.map((i) => i.decidedBy)).toEqual(['THIS_CALL', 'THIS_CALL']);
  });
});

const PAY_COUNTS = graphql(`
  mutation PayHonestyCounts($input: PayPartnersInput!) {
    payPartners(input: $input) {
      ... on PayPartnersPayload {
        paidCount
        failedCount
        items {
          partnerId
          result {
            __typename
          }
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

// Named fragments, spread below: the payments and totals they select are found through them.
graphql(`
  fragment PayHonestyRecorded on PaymentRecorded {
    payment {
      id
      amount {
        amount
        currency
      }
    }
  }
`);
graphql(`
  fragment PayHonestyTotals on PayPartnersPayload {
    paidTotals {
      amount
      currency
    }
  }
`);
const PAY_THROUGH_FRAGMENTS = graphql(`
  mutation PayHonestyFragments($input: PayPartnersInput!) {
    payPartners(input: $input) {
      __typename
      ...PayHonestyTotals
      ... on PayPartnersPayload {
        items {
          partnerId
          result {
            __typename
            ...PayHonestyRecorded
          }
        }
      }
    }
  }
`);

describe('what a pay answer reads back', () => {
  it('reads no payment when only counts are asked, and the payments and totals when a fragment asks', async () => {
    const program = await createProgramFixture(app, { payThresholds: {} });
    await app.dataSource.query(
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
       SELECT $1, p, 'REWARD', 'APPROVED', 'USD', 900, 900, 'counted', now() FROM unnest($2::uuid[]) p`,
      [program.programId, [program.partnerA.id, program.partnerB.id]],
    );
    const input: PayPartnersInput = {
      selection: { partnerIds: [program.partnerA.id, program.partnerB.id] },
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above
      method: 'OTHER',
      idempotencyKey: randomUUID(),
    };
    const paymentReads: string[] = [];
    const logger = app.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (/FROM "payment" "p"/.test(query)) paymentReads.push(query);
      original(query, parameters, runner);
    };
    try {
      const counts = await app.gql(PAY_COUNTS, { input }, program.tokens.admin);
      expect(counts.errors).toBeUndefined();
      expect(counts.data?.payPartners).toMatchObject({ paidCount: 2, failedCount: 0 });
      expect(paymentReads).toEqual([]);

      // The same key again: nothing is paid twice, and what the fragments select is read and answered.
      const full = await app.gql(PAY_THROUGH_FRAGMENTS, { input }, program.tokens.admin);
      expect(full.errors).toBeUndefined();
      expect(paymentReads).toHaveLength(1);
      const answer = expectTypename(full.data?.payPartners, 'PayPartnersPayload');
      expect(answer.paidTotals).toEqual([{ amount: 1800, currency: 'USD' }]);
      const stored = await queryRows<{ id: string; partner_id: string }>(app, `SELECT id, partner_id FROM payment WHERE program_id = $1`, [
        program.programId,
      ]);
      expect(stored).toHaveLength(2);
      for (const item of answer.items) {
        const recorded = expectTypename(item.result, 'PaymentRecorded');
        expect(recorded.payment.id).toBe(stored.find((row) => row.partner_id === item.partnerId)?.id);
        expect(recorded.payment.amount).toEqual({ amount: 900, currency: 'USD' });
      }
    } finally {
      logger.logQuery = original;
    }
  });
});
