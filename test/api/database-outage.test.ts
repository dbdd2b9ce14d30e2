import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTypename, queryRows, startAppOn, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { anyString, stringContaining, jsonErrorCode } from '../support/typed-results';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { startThrowawayCluster, ThrowawayCluster } from '../support/throwaway-cluster';
import { until } from '../support/wait-for';
import { SmtpInbox } from '../support/smtp-inbox';
import { createPartner } from '../../server/src/partners/partner.service';
import { EmailWorker, smtpTransport } from '../../server/src/emails/email.worker';
import { AdjustableClock } from '../../server/src/common/clock';
import { onLogEntry } from '../../server/src/logger';

/**
 * The database goes away under a running server: frozen (SIGSTOP: connections open, nothing
 * answers), stopped, locked. The server's own timeouts are set tiny, so every request must end
 * with SERVICE_UNAVAILABLE (HTTP 503) — never a 500, never a hang — whatever the machine's speed:
 * the assertions are on the answers, not on how long they took. The cluster is this file's own.
 */
const TIMEOUTS = { connectMs: 500, statementMs: 300, lockMs: 100, idleInTransactionMs: 2_000, keepAliveDelayMs: 1_000 };

let cluster: ThrowawayCluster;
let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  cluster = await startThrowawayCluster();
  const admin = new Client({ connectionString: cluster.database.url });
  await admin.connect();
  await admin.query('CREATE DATABASE outage');
  await admin.end();
  app = await startAppOn(cluster.urlOf('outage'), { databaseTimeouts: TIMEOUTS });
  fx = await createProgramFixture(app);
});

afterAll(async () => {
  cluster?.resume();
  await app?.close();
  await cluster?.destroy();
});

const PARTNERS = graphql(`
  query DatabaseOutagePartners {
    partners(page: { first: 5 }) {
      totalCount
    }
  }
`);
const LOGIN = graphql(`
  mutation DatabaseOutageLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
    }
  }
`);
const EMAIL_PARTNERS = graphql(`
  mutation DatabaseOutageEmailPartners($input: EmailPartnersInput!) {
    emailPartners(input: $input) {
      __typename
      ... on EmailsQueued {
        batchId
        queued
      }
    }
  }
`);

/** The readiness answer's body. */
type Readiness = { checks: Record<string, { ok: boolean; detail?: string }> };
const checksOf = (ready: { text: string }) => (JSON.parse(ready.text) as Readiness).checks;

async function readyz() {
  const response = await fetch(`${app.url}/readyz`);
  return { status: response.status, text: await response.text() };
}

/** Polls (a condition, not a clock) until the server answers `query` without errors again. */
async function waitUntilServing() {
  await until(
    async () => {
      const response = await app.gql(PARTNERS, {}, fx.tokens.admin).catch(() => null);
      return response !== null && !response.errors;
    },
    10,
    'the server to answer queries again',
  );
}

function expectUnavailable(response: { status: number; errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(response.status).toBe(503);
  expect(response.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  // Nothing about where the database is.
  expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stacktrace/);
}

describe('a database that stops answering', () => {
  it('frozen: requests end SERVICE_UNAVAILABLE (503) on their own timeouts, also when they queue for the pool; readiness says so', async () => {
    await waitUntilServing();
    cluster.pause();
    try {
      // More requests than pooled connections: those waiting for a connection are bounded too.
      const answers = await Promise.all([
        ...Array.from({ length: 16 }, () => app.gql(PARTNERS, {}, fx.tokens.admin)),
        app.gql(LOGIN, { input: { email: 'nobody@test.dev', password: 'whatever it is' } }),
      ]);
      for (const answer of answers) expectUnavailable(answer);
      expect(answers[0].errors?.[0].message).toMatch(/^Service unavailable: .*Nothing was changed/);
      // A change gets "outcome unknown" and how to retry safely.
      expect(answers.at(-1)!.errors?.[0].extensions?.outcome).toBe('UNKNOWN');

      const live = await fetch(`${app.url}/livez`);
      expect(live.status).toBe(200);
      const ready = await readyz();
      expect(ready.status).toBe(503);
      expect(checksOf(ready).database.ok).toBe(false);
      expect(ready.text).not.toMatch(/127\.0\.0\.1|localhost|postgres:|password/);
    } finally {
      cluster.resume();
    }
    await waitUntilServing();
    expect((await readyz()).status).toBe(200);
  });

  it('stopped and started again: SERVICE_UNAVAILABLE while down, serving again once it is back', async () => {
    await waitUntilServing();
    await cluster.stop();
    try {
      expectUnavailable(await app.gql(PARTNERS, {}, fx.tokens.admin));
      expectUnavailable(await app.gql(PARTNERS, {}, fx.tokens.admin));
      const ready = await readyz();
      expect(ready.status).toBe(503);
      expect(checksOf(ready).database).toEqual({ ok: false, detail: anyString() });
      expect(ready.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
      const csv = await fetch(`${app.url}/exports/payments.csv`, { headers: { authorization: `Bearer ${fx.tokens.admin}` } });
      expect(csv.status).toBe(503);
      expect(jsonErrorCode(await csv.text())).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await cluster.start();
    }
    await waitUntilServing();
    expect((await readyz()).status).toBe(200);
  });

  it('a lock held elsewhere ends the request at the lock timeout with SERVICE_UNAVAILABLE', async () => {
    const locker = new Client({ connectionString: cluster.urlOf('outage') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE session IN ACCESS EXCLUSIVE MODE');
      const answer = await app.gql(PARTNERS, {}, fx.tokens.admin);
      expectUnavailable(answer);
      expect(answer.errors?.[0].message).toMatch(/locked by another operation|time limit/);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    await waitUntilServing();
  });

  it('readiness fails while a migration this build knows is not applied', async () => {
    expect((await readyz()).status).toBe(200);
    const [row] = await queryRows<{ id: number; timestamp: string; name: string }>(
      app,
      `SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`,
    );
    await app.dataSource.query(`DELETE FROM migrations WHERE id = $1`, [row.id]);
    try {
      const ready = await readyz();
      expect(ready.status).toBe(503);
      expect(checksOf(ready).migrations).toEqual({ ok: false, detail: stringContaining(row.name) });
    } finally {
      await app.dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [row.id, row.timestamp, row.name]);
    }
    expect((await readyz()).status).toBe(200);
  });
});

describe('the email worker on a database blip', () => {
  it('stops its batch when it cannot record a delivery, hands the rest back, and sends the rest exactly once', async () => {
    const inbox = new SmtpInbox();
    await inbox.start();
    const clock = new AdjustableClock();
    const LEASE_MS = 5 * 60_000;
    const worker = new EmailWorker(app.dataSource, {
      transport: smtpTransport(inbox.url),
      from: 'Partnerbook Test <payouts@merchant.test>',
      leaseMs: LEASE_MS,
      clock,
    });
    try {
      const partners = [];
      for (let i = 0; i < 5; i++) {
        partners.push(
          await createPartner(fx.system, {
            name: `Blip ${i}`,
            email: `blip-${i}-${fx.programId.slice(0, 6)}@test.dev`,
            partnerKey: `blip-${i}`,
          }),
        );
      }
      const queued = await app.gql(
        EMAIL_PARTNERS,
        { input: { partnerIds: partners.map((p) => p.id), email: { subject: 'Blip {{partner.name}}', body: 'b' } } },
        fx.tokens.admin,
      );
      const { batchId } = expectTypename(queued.data?.emailPartners, 'EmailsQueued');

      // The first message reaches the mail server, which answers only once the database is down:
      // the worker has sent it and cannot record that.
      let downOnce: Promise<void> | undefined;
      inbox.beforeAccept = () => (downOnce ??= cluster.stop());
      const logged: Record<string, unknown>[] = [];
      const stopListening = onLogEntry((entry) => logged.push(entry));
      let pass;
      try {
        pass = await worker.runOnce();
      } finally {
        stopListening();
        inbox.beforeAccept = undefined;
        await cluster.start();
      }
      // Nothing more was sent while nothing could be recorded (the old worker sent the whole batch).
      expect(inbox.received).toHaveLength(1);
      expect(pass).toMatchObject({ claimed: 5, sent: 0, interrupted: true });
      expect(logged.some((entry) => /outcome could not be recorded/.test(String(entry.msg)))).toBe(true);

      // After the lease, the untried four are sent once; the one in doubt once more, same Message-ID.
      await waitUntilServing();
      clock.advance(LEASE_MS + 1_000);
      for (let passes = 0; passes < 5; passes++) {
        const [{ open }] = await queryRows<{ open: number }>(
          app,
          `SELECT count(*)::int AS open FROM email_message WHERE batch_id = $1 AND status <> 'SENT'`,
          [batchId],
        );
        if (open === 0) break;
        await worker.runOnce();
      }
      const rows = await queryRows<{ recipient: string; attempts: number; outcomes: string[] }>(
        app,
        `SELECT m.recipient, m.attempts, array_agg(a.outcome ORDER BY a.id) AS outcomes
           FROM email_message m JOIN email_attempt a ON a.program_id = m.program_id AND a.message_id = m.id
          WHERE m.batch_id = $1 AND m.status = 'SENT' GROUP BY m.program_id, m.id`,
        [batchId],
      );
      expect(rows).toHaveLength(5);
      const first = inbox.received[0].to[0];
      for (const row of rows) {
        if (row.recipient === first) expect(row).toMatchObject({ attempts: 2, outcomes: ['UNKNOWN', 'SENT'] });
        else expect(row).toMatchObject({ attempts: 1, outcomes: ['SENT'] });
      }
      expect(inbox.received).toHaveLength(6);
      expect(inbox.received.filter((mail) => mail.to[0] === first)).toHaveLength(2);
      expect(new Set(inbox.received.map((mail) => mail.messageId)).size).toBe(5);
    } finally {
      await worker.stop();
      await inbox.stop();
    }
  });
});
