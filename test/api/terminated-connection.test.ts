import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-app';
import { openDatabase } from '../../server/src/database/data-source';
import { DEFAULT_DATABASE_TIMEOUTS } from '../../server/src/config';

/**
 * PostgreSQL ends a session in the middle of a statement (pg_terminate_backend: a failover, an
 * operator). pg learns the socket is gone only when it closes, a moment after the statement's
 * error; a connection released in between must not go back to the pool, or the next request
 * gets "Connection terminated unexpectedly" (seen once in the payment-fault suite).
 */
let database: { url: string; drop(): Promise<void> };
let dataSource: DataSource;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  // One connection, so the next statement can only get the same one back — or a new one.
  dataSource = await openDatabase(database.url, { poolSize: 1, timeouts: { ...DEFAULT_DATABASE_TIMEOUTS, statementMs: 0 } });
  admin = new Client({ connectionString: database.url });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
  await dataSource?.destroy();
  await database?.drop();
});

it('a connection whose backend was terminated mid-statement is never handed out again', async () => {
  // Twice: the replacement connection is as good as the first.
  for (let round = 0; round < 2; round++) {
    const runner = dataSource.createQueryRunner();
    const [{ pid }] = (await runner.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
    const sleeping = runner.query('SELECT pg_sleep(60)').then(
      () => null,
      (error: unknown) => error as Error,
    );
    // Wait (a condition) until the statement runs, then end its session.
    for (;;) {
      const { rows } = await admin.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND query LIKE 'SELECT pg_sleep%'`, [pid]);
      if (rows.length > 0) break;
    }
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    const error = await sleeping;
    expect(String(error)).toMatch(/terminating connection due to administrator command/);
    await runner.release();
    // Straight away, before the socket's close can be noticed: the next statement works.
    const next = await dataSource.query<{ one: number }[]>('SELECT 1 AS one');
    expect(next).toEqual([{ one: 1 }]);
  }
});
