import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_TIMEOUTS } from '../../server/src/config';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { sell } from '../support/payments';
import { parseStrictCsv } from '../support/strict-csv';
import { until } from '../support/wait-for';
import { EXPORT_HEAD_ROWS } from '../../server/src/exports/export.routes';

/**
 * Exports stream on connections of their own (issue 9): a statement timeout of their own, longer
 * than a request's, and a client that goes away stops its query in PostgreSQL. A lock held on a
 * table the export reads makes "the export is still running" a state the test can hold and see,
 * without depending on how fast the machine is.
 */

let app: TestApp;
let fx: ProgramFixture;
const REQUEST_STATEMENT_TIMEOUT_MS = 5_000;

beforeAll(async () => {
  app = await startTestApp({
    databaseTimeouts: { ...DEFAULT_DATABASE_TIMEOUTS, statementMs: REQUEST_STATEMENT_TIMEOUT_MS, lockMs: 0, idleInTransactionMs: 0 },
    exportStatementTimeoutMs: 0,
  });
  fx = await createProgramFixture(app);
  await sell(app, fx, fx.partnerA.partnerKey, 10_000);
  await sell(app, fx, fx.partnerB.partnerKey, 20_000);
});

afterAll(async () => app?.close());

interface ExportQuery {
  pid: number;
  state: string;
  waiting_on_lock: boolean;
  running_ms: number;
}

/** The export statements PostgreSQL is running for this test's database. */
async function exportQueries(): Promise<ExportQuery[]> {
  return queryRows<ExportQuery>(
    app,
    `SELECT pid, state, wait_event_type = 'Lock' AS waiting_on_lock,
            extract(epoch FROM clock_timestamp() - query_start) * 1000 AS running_ms
       FROM pg_stat_activity
      WHERE application_name = 'partnerbook-export' AND datname = current_database() AND query LIKE 'COPY%'`,
  );
}

/** Runs `body` while a transaction holds ACCESS EXCLUSIVE on product (every commission export reads it). */
async function withProductLocked(body: () => Promise<void>) {
  const locker = app.dataSource.createQueryRunner();
  await locker.connect();
  await locker.startTransaction();
  try {
    await locker.query('LOCK TABLE product IN ACCESS EXCLUSIVE MODE');
    await body();
  } finally {
    await locker.rollbackTransaction();
    await locker.release();
  }
}

const exportUrl = () => `${app.url}/exports/pending-commissions.csv`;
const auth = () => ({ authorization: `Bearer ${fx.tokens.admin}` });

describe('export connections', () => {
  it('a client that goes away cancels its export query in PostgreSQL', async () => {
    await withProductLocked(async () => {
      const abort = new AbortController();
      const answer = fetch(exportUrl(), { headers: auth(), signal: abort.signal }).catch((error: unknown) => error);
      await until(
        async () => (await exportQueries()).some((q) => q.state === 'active' && q.waiting_on_lock),
        50,
        'the export waits on the lock',
      );
      abort.abort();
      expect(await answer).toBeInstanceOf(Error);
      // Still locked: only a cancel can have ended the statement.
      await until(async () => (await exportQueries()).every((q) => q.state !== 'active'), 50, 'the export query is cancelled');
    });
    const after = await fetch(exportUrl(), { headers: auth() });
    expect(after.status).toBe(200);
    expect(parseStrictCsv(await after.text(), 18)).toHaveLength(1 + 2);
  });

  it("a long export is not cut at the requests' statement timeout", async () => {
    let answer!: Promise<Response>;
    await withProductLocked(async () => {
      answer = fetch(exportUrl(), { headers: auth() });
      await until(
        async () => (await exportQueries()).some((q) => q.state === 'active' && q.running_ms > REQUEST_STATEMENT_TIMEOUT_MS + 1_000),
        50,
        'the export outlives the request timeout',
      );
    });
    const response = await answer;
    expect(response.status).toBe(200);
    expect(parseStrictCsv(await response.text(), 18)).toHaveLength(1 + 2);
  });
});

describe('an export larger than its first statement', () => {
  it('writes every row once, in order, across the head and the rest', async () => {
    const program = await createProgramFixture(app);
    // One instant for all of them: the order then rests on the id alone, across the head's boundary too.
    await app.dataSource.query(
      `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, description, created_at)
       SELECT $1, $2, 'REWARD', 'PENDING', 'USD', 100 + i, 100 + i, 'bulk ' || i, '2026-01-02T03:04:05Z' FROM generate_series(1, $3) i`,
      [program.programId, program.partnerA.id, EXPORT_HEAD_ROWS + 57],
    );
    const expected = await queryRows<{ id: string }>(
      app,
      `SELECT id FROM commission WHERE program_id = $1 AND status = 'PENDING' ORDER BY created_at DESC, id DESC`,
      [program.programId],
    );
    expect(expected.length).toBeGreaterThan(EXPORT_HEAD_ROWS);
    const response = await fetch(`${app.url}/exports/pending-commissions.csv`, {
      headers: { authorization: `Bearer ${program.tokens.admin}` },
    });
    expect(response.status).toBe(200);
    const [header, ...rows] = parseStrictCsv(await response.text(), 18);
    expect(header[0]).toBe('commission_id');
    expect(rows.map((row) => row[0])).toEqual(expected.map((row) => row.id));
  });
});
