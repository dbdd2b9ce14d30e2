import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_TIMEOUTS } from '../../server/src/config';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { sell } from '../support/payments';
import { parseStrictCsv } from '../support/strict-csv';
import { until } from '../support/wait-for';
import { RequestContext } from '../../server/src/common/request-context';
import { commissionHistoryExport, CsvExport, pendingCommissionsExport } from '../../server/src/exports/export.service';
import { inlineParameters } from '../../server/src/exports/export.routes';

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

/** The node types of the plan PostgreSQL makes for an export's statement, planned as the export route plans it. */
async function exportPlanNodes(csv: CsvExport): Promise<string[]> {
  const runner = app.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    if (csv.streamInOrder) await runner.query('SET LOCAL enable_sort = off');
    const [row] = (await runner.query(`EXPLAIN (FORMAT JSON) ${inlineParameters(csv.sql, csv.params)}`)) as { 'QUERY PLAN': unknown }[];
    const types: string[] = [];
    const walk = (node: { 'Node Type': string; Plans?: unknown[] }) => {
      types.push(node['Node Type']);
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk((row['QUERY PLAN'] as { Plan: { 'Node Type': string } }[])[0].Plan);
    return types;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('export plans', () => {
  it('streams a commission export in its index order: no sort of the whole result before the first line', async () => {
    const merchant = RequestContext.system(app.dataSource, fx.programId);
    for (const csv of [await pendingCommissionsExport(merchant, {}), await commissionHistoryExport(merchant, {})]) {
      expect(csv.streamInOrder, csv.kind).toBe(true);
      expect(await exportPlanNodes(csv), csv.kind).not.toContain('Sort');
    }
    // A list of ids is probed by primary key and its few rows sorted: not walked in index order.
    const [{ id }] = await queryRows<{ id: string }>(app, `SELECT id FROM commission WHERE program_id = $1 LIMIT 1`, [fx.programId]);
    expect((await pendingCommissionsExport(merchant, { ids: id })).streamInOrder).toBe(false);
  });
});
