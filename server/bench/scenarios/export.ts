import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { pendingCommissionsExport } from '../../src/exports/export.service';
import { Scenario } from '../harness/scenario';
import { download } from '../harness/http-client';
import { duration, megabytes } from '../harness/stats';

/**
 * CSV export: every PENDING commission (80 % of the table) downloaded over HTTP from the real server,
 * its resident set size sampled every 10 ms. The baseline is PostgreSQL's own CSV writer on the very
 * SELECT the export runs (taken from the export service, parameters inlined), as `psql \copy` would.
 */
const EXPORT_PATH = '/exports/pending-commissions.csv';

/** COPY takes no bind parameters: inline them as literals. */
function inline(client: PoolClient, sql: string, params: unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number' || typeof value === 'bigint') return String(value);
    if (value instanceof Date) return client.escapeLiteral(value.toISOString());
    if (Array.isArray(value)) return client.escapeLiteral(`{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- bench parameters are scalars
    return client.escapeLiteral(String(value));
  });
}

async function expectedRows(pool: import('pg').Pool, programId: string) {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM commission WHERE program_id = $1 AND status = 'PENDING'`, [programId]);
  return rows[0].n as number;
}

export const csvExport: Scenario = {
  name: 'export',
  title: 'CSV export of pending commissions',
  unit: 'rows',
  goal: {
    ratio: 0.5,
    text: 'peak RSS < 200 MB, first byte < 1 s',
    check(partnerbook) {
      const peak = Math.max(...partnerbook.map((m) => m.values?.peakRss ?? Infinity));
      const firstByte = Math.max(...partnerbook.map((m) => m.values?.firstByteMs ?? Infinity));
      const misses = [
        ...(peak < 200 * 1024 * 1024 ? [] : [`peak RSS ${megabytes(peak)}, not < 200 MB`]),
        ...(firstByte < 1_000 ? [] : [`first byte after ${duration(firstByte)}, not < 1 s`]),
      ];
      return misses.length ? misses.join('; ') : null;
    },
  },
  measures: {
    partnerbook:
      '`GET /exports/pending-commissions.csv` (all pending) over HTTP with a READ-capable key; peak RSS of the server process sampled every 10 ms.',
    baseline:
      "`COPY (<the export's own SELECT>) TO STDOUT WITH (FORMAT csv, HEADER)` through `pg-copy-streams`, bytes counted as they arrive.",
  },

  async run(bench) {
    const expected = await expectedRows(bench.pool, bench.program.programId);
    const before = await bench.server.resetMemory();
    const answer = await download(`${bench.server.url}${EXPORT_PATH}`, { authorization: `Bearer ${bench.program.adminToken}` });
    const memory = await bench.server.memoryReport();
    if (answer.status !== 200) throw new Error(`export answered ${answer.status}: ${answer.error}`);
    if (answer.lines - 1 !== expected) throw new Error(`export wrote ${answer.lines - 1} rows, expected ${expected}`);
    return {
      units: answer.lines - 1,
      ms: answer.ms,
      details: {
        'first byte': duration(answer.firstByteMs),
        size: megabytes(answer.bytes),
        'server RSS before': `${megabytes(before.rss)} (${before.breakdown})`,
        'server peak RSS': megabytes(memory.peakRss),
      },
      values: { peakRss: memory.peakRss, firstByteMs: answer.firstByteMs },
    };
  },

  async baseline(bench) {
    const expected = await expectedRows(bench.pool, bench.program.programId);
    const csv = await pendingCommissionsExport(bench.system, {});
    const client = await bench.pool.connect();
    let bytes = 0;
    let lines = 0;
    let firstByteMs = -1;
    const started = performance.now();
    try {
      const sql = `COPY (${inline(client, csv.sql, csv.params)}) TO STDOUT WITH (FORMAT csv, HEADER)`;
      await pipeline(
        client.query(copyTo(sql)),
        new Writable({
          write(chunk: Buffer, _encoding, callback) {
            if (firstByteMs < 0) firstByteMs = performance.now() - started;
            bytes += chunk.length;
            for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
            callback();
          },
        }),
      );
    } finally {
      client.release();
    }
    const ms = performance.now() - started;
    if (lines - 1 !== expected) throw new Error(`COPY wrote ${lines - 1} rows, expected ${expected}`);
    return { units: lines - 1, ms, details: { 'first byte': duration(firstByteMs), size: megabytes(bytes) } };
  },
};
