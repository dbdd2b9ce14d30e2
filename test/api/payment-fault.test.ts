import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { PAY, ledgerViolations } from '../support/payments';

/**
 * The database connection is cut in the middle of a large pay-all batch: an admin connection
 * terminates the server pool's backend while it is inside a payment transaction. Afterwards no
 * payment lacks any of its commissions, no PAID commission lacks its payment, and the retried
 * request (same idempotency key) completes the batch, paying every partner exactly once.
 */
const PARTNERS = 400;

let app: TestApp;
let fx: ProgramFixture;
let admin: Client;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app, { payThresholds: {} });
  // Many partners with an approved reward each, written directly: the fixture, not the subject.
  await app.dataSource.query(
    `WITH p AS (
       INSERT INTO partner (program_id, name, email, partner_key)
       SELECT $1, 'Fault ' || lpad(i::text, 4, '0'), 'fault-' || i || '@test.dev', 'fault-' || i FROM generate_series(1, $2) i
       RETURNING id)
     INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, approved_at)
     SELECT $1, p.id, 'REWARD', 'APPROVED', 'USD', 100 + n, 100 + n, 'fault reward', now() FROM p, generate_series(1, 3) n`,
    [fx.programId, PARTNERS],
  );
  const url = (app.dataSource.options as { url: string }).url;
  admin = new Client({ connectionString: url, application_name: 'fault-injector' });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await app?.close();
});

async function paymentCount(): Promise<number> {
  const { rows } = await admin.query(`SELECT count(*)::int AS n FROM payment WHERE program_id = $1`, [fx.programId]);
  return rows[0].n;
}

describe('payment batch under a cut database connection', () => {
  it('leaves no half-paid state and completes on retry with the same key', async () => {
    const input = { selection: { allEligible: true }, method: 'BANK_TRANSFER', idempotencyKey: randomUUID(), reference: 'fault batch' };
    const first = app.gql(PAY, { input }, fx.tokens.admin);

    // Wait until the batch is under way, then cut the backend that is inside a transaction.
    while ((await paymentCount()) < 30) await new Promise((resolve) => setTimeout(resolve, 5));
    let terminated = 0;
    for (let attempt = 0; attempt < 200 && terminated === 0; attempt++) {
      const { rows } = await admin.query(
        `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'partnerbook' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
      );
      terminated = rows.filter((r) => r.done).length;
    }
    expect(terminated).toBeGreaterThan(0);
    const cut = await first;
    const paidBeforeRetry = await paymentCount();
    console.log(`payment fault: connection cut after ${paidBeforeRetry} of ${PARTNERS} payments; first response: ${cut.errors ? cut.errors[0].message : 'completed'}`);
    expect(cut.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(paidBeforeRetry).toBeLessThan(PARTNERS);

    // Nothing half-done: every payment has all its commissions PAID, every PAID commission a payment.
    expect(await ledgerViolations(app, fx.programId)).toEqual([]);
    const [{ orphans }] = await app.dataSource.query(
      `SELECT count(*)::int AS orphans FROM payment p WHERE p.program_id = $1
          AND p.commission_count <> (SELECT count(*) FROM commission c WHERE c.payment_id = p.id)`, [fx.programId]);
    expect(orphans).toBe(0);

    // The retry completes the batch: every partner paid exactly once, earlier payments answered as they were.
    const retry = await app.gql(PAY, { input }, fx.tokens.admin);
    expect(retry.errors).toBeUndefined();
    const payload = retry.data.payPartners;
    expect(payload.items).toHaveLength(PARTNERS);
    expect(payload.items.every((i: any) => i.result.__typename === 'PaymentRecorded')).toBe(true);
    expect(payload.paidCount).toBe(PARTNERS);
    expect(await paymentCount()).toBe(PARTNERS);
    const [{ perPartner }] = await app.dataSource.query(
      `SELECT max(n)::int AS "perPartner" FROM (SELECT count(*) AS n FROM payment WHERE program_id = $1 GROUP BY partner_id) x`, [fx.programId]);
    expect(perPartner).toBe(1);
    const [{ left }] = await app.dataSource.query(`SELECT count(*)::int AS left FROM commission WHERE program_id = $1 AND status = 'APPROVED'`, [fx.programId]);
    expect(left).toBe(0);
    expect(await ledgerViolations(app, fx.programId)).toEqual([]);
    // And a third call is a pure replay.
    const replay = await app.gql(PAY, { input }, fx.tokens.admin);
    expect(replay.data.payPartners.replayed).toBe(true);
    expect(replay.data.payPartners.items).toEqual(payload.items);
  });
});
