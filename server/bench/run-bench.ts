import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ApiKeyScope } from '@partnerbook/shared';
import { openDatabase } from '../src/database/data-source';
import { startEmbeddedDatabase, EmbeddedDatabase } from '../src/database/embedded-database';
import { RequestContext } from '../src/common/request-context';
import { createApiKey } from '../src/auth/auth.service';
import { projectRoot } from '../src/config';

/**
 * Export benchmark: 1,000,000 pending commissions downloaded as CSV over HTTP from the real
 * server (a child process), against a raw `COPY … TO STDOUT` of the same rows measured in the
 * same run. Records time, rows/s and the server's peak RSS (also for a 100,000-row export, to
 * show memory does not grow with the export) in bench/results.md. Stops by itself.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SMALL = Math.round(ROWS / 10);
const PARTNERS = 1_000;
const CUSTOMERS = 10_000;
const OVERALL_TIMEOUT_MS = 20 * 60_000;
const HEAP_CAP_MB = Number(process.env.BENCH_HEAP_CAP_MB ?? 96);

// Measurements, not money: fixed-decimal display of timings and sizes.
const decimals = (digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
const oneDecimal = decimals(1);
const mb = (bytes: number) => `${oneDecimal.format(bytes / 1024 / 1024)} MB`;
const seconds = (ms: number) => `${decimals(2).format(ms / 1000)} s`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;

function log(message: string) {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function adminQuery(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function seed(url: string): Promise<{ programId: string; token: string }> {
  const dataSource = await openDatabase(url, { poolSize: 2 });
  try {
    const [program] = await dataSource.query(
      `INSERT INTO program (name, currency, pay_thresholds) VALUES ('Bench program', 'USD', '{"USD": 5000}') RETURNING id`,
    );
    const programId: string = program.id;
    await dataSource.query(
      `INSERT INTO partner (program_id, name, email, partner_key, paypal_email)
       SELECT $1, 'Partner ' || g, 'p' || g || '@bench.test', 'p-' || g, 'pp' || g || '@bench.test' FROM generate_series(1, $2::int) g`,
      [programId, PARTNERS],
    );
    await dataSource.query(`INSERT INTO customer (program_id, external_id) SELECT $1, 'cust-' || g FROM generate_series(1, $2::int) g`, [
      programId,
      CUSTOMERS,
    ]);
    const [product] = await dataSource.query(
      `INSERT INTO product (program_id, sku, name, rate_bps) VALUES ($1, 'TENT', 'Tent', 1000) RETURNING id`,
      [programId],
    );
    let started = Date.now();
    await dataSource.query(
      `WITH c AS (SELECT array_agg(id ORDER BY external_id) AS ids FROM customer WHERE program_id = $1)
       INSERT INTO sale (program_id, external_id, customer_id, product_id, amount_minor, currency, occurred_at, created_at)
       SELECT $1, 'order-' || g, c.ids[1 + g % $4::int], $2, 1000 + g % 50000, 'USD',
              now() - make_interval(secs => g), now() - make_interval(secs => g)
         FROM generate_series(1, $3::int) g, c`,
      [programId, product.id, ROWS, CUSTOMERS],
    );
    log(`inserted ${ROWS.toLocaleString('en-US')} sales in ${seconds(Date.now() - started)}`);
    started = Date.now();
    await dataSource.query(
      `WITH p AS (SELECT array_agg(id ORDER BY partner_key) AS ids FROM partner WHERE program_id = $1)
       INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, sale_id, customer_id, payable_at, created_at, updated_at)
       SELECT s.program_id, p.ids[1 + substr(s.external_id, 7)::int % $2::int], 'SALE', 'PENDING', s.currency,
              (s.amount_minor + 5) / 10, (s.amount_minor + 5) / 10, s.id, s.customer_id, s.occurred_at, s.created_at, s.created_at
         FROM sale s, p WHERE s.program_id = $1`,
      [programId, PARTNERS],
    );
    log(`inserted ${ROWS.toLocaleString('en-US')} commissions in ${seconds(Date.now() - started)}`);
    await dataSource.query(`ANALYZE`);
    const admin = new RequestContext(dataSource, { kind: 'SYSTEM', programId, label: 'bench' });
    const key = await createApiKey(admin, { name: 'bench', scope: ApiKeyScope.READ });
    return { programId, token: key.secret };
  } finally {
    await dataSource.destroy();
  }
}

/** The baseline: the same rows and joins as the export, as CSV straight from PostgreSQL's COPY. */
async function copyBaseline(url: string, programId: string): Promise<{ ms: number; bytes: number; rows: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const sql = `COPY (SELECT c.id, c.created_at, c.partner_id, p.name, p.partner_key, c.kind, c.status, s.external_id, s.occurred_at,
                              pr.sku, pr.name, cu.external_id, c.currency, s.amount_minor, c.amount_minor, c.payable_at, c.description, c.cancel_reason
                         FROM commission c JOIN partner p ON p.id = c.partner_id LEFT JOIN sale s ON s.id = c.sale_id
                         LEFT JOIN product pr ON pr.id = s.product_id LEFT JOIN customer cu ON cu.id = c.customer_id
                        WHERE c.program_id = '${programId}' AND c.status = 'PENDING'
                        ORDER BY c.created_at DESC, c.id DESC) TO STDOUT WITH (FORMAT csv, HEADER)`;
    let bytes = 0;
    let rows = 0;
    const started = Date.now();
    await pipeline(
      client.query(copyTo(sql)),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          bytes += chunk.length;
          for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) rows++;
          callback();
        },
      }),
    );
    return { ms: Date.now() - started, bytes, rows: rows - 1 };
  } finally {
    await client.end();
  }
}

function request<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: { type: string }) => {
      if (message.type === type) {
        child.off('message', listener);
        resolve(message as T);
      }
    };
    child.on('message', listener);
    child.send({ type });
  });
}

/** Downloads an export, counting lines and bytes as they arrive (nothing is kept). */
async function downloadExport(url: string, token: string): Promise<{ ms: number; bytes: number; rows: number; firstByteMs: number }> {
  const started = Date.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
  const firstByteMs = Date.now() - started;
  let bytes = 0;
  let rows = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) rows++;
  }
  return { ms: Date.now() - started, bytes, rows: rows - 1, firstByteMs };
}

async function main() {
  const overall = setTimeout(() => {
    log(`gave up after ${OVERALL_TIMEOUT_MS / 60_000} minutes`);
    process.exit(2);
  }, OVERALL_TIMEOUT_MS);
  overall.unref();

  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-bench-'));
    fs.chmodSync(tempDir, 0o755);
    embedded = await startEmbeddedDatabase({ dataDir: tempDir, persistent: false });
    adminUrl = embedded.url;
    log(`embedded PostgreSQL in ${tempDir}`);
  }
  const database = `pb_bench_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
  const url = withDatabase(adminUrl, database);
  let child: ChildProcess | undefined;
  try {
    const pgVersion = (await adminQuery(url, 'SHOW server_version')).rows[0].server_version;
    const seeded = await seed(url);

    child = fork(path.join(__dirname, 'bench-server.js'), [], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn', SEED_DEMO: 'false', NODE_ENV: 'production' },
      // A capped heap: an export that held its rows in memory could not finish a million of them.
      execArgv: ['--expose-gc', `--max-old-space-size=${HEAP_CAP_MB}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await new Promise<{ url: string; rss: number }>((resolve, reject) => {
      child!.once('message', resolve as never);
      child!.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    log(`server at ${ready.url}, RSS ${mb(ready.rss)}`);

    const base = `${ready.url}/exports/pending-commissions.csv`;
    // Warm-up (connection pool, JIT), then the 10 % export, then the full export.
    await downloadExport(`${base}?from=${encodeURIComponent(new Date(Date.now() - 1_000 * 1_000).toISOString())}`, seeded.token);
    const smallFrom = new Date(Date.now() - SMALL * 1_000 + 500).toISOString();
    const smallReset = await request<{ rss: number }>(child, 'reset');
    const small = await downloadExport(`${base}?from=${encodeURIComponent(smallFrom)}`, seeded.token);
    const smallReport = await request<{ peakRss: number; samples: number }>(child, 'report');
    log(`${small.rows.toLocaleString('en-US')} rows in ${seconds(small.ms)}, server peak RSS ${mb(smallReport.peakRss)}`);

    const fullReset = await request<{ rss: number }>(child, 'reset');
    const full = await downloadExport(base, seeded.token);
    const fullReport = await request<{ peakRss: number; rss: number; samples: number }>(child, 'report');
    if (full.rows !== ROWS) throw new Error(`expected ${ROWS} rows, got ${full.rows}`);
    log(
      `${full.rows.toLocaleString('en-US')} rows in ${seconds(full.ms)} (${rate(full.rows, full.ms)}), server peak RSS ${mb(fullReport.peakRss)}`,
    );

    const copy = await copyBaseline(url, seeded.programId);
    log(`baseline COPY: ${copy.rows.toLocaleString('en-US')} rows in ${seconds(copy.ms)} (${rate(copy.rows, copy.ms)})`);

    const lines = [
      '# Export benchmark',
      '',
      `Measured by \`npm run bench\` (server/bench/run-bench.ts) on ${new Date().toISOString().slice(0, 10)}: ` +
        `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${mb(os.totalmem())} RAM, Node ${process.version}, PostgreSQL ${pgVersion}` +
        `${embedded ? ' (embedded)' : ' (DATABASE_URL)'}; load average ${os
          .loadavg()
          .map((l) => oneDecimal.format(l))
          .join(' / ')} ` +
        '(1 / 5 / 15 min) when written — other work on the machine shows in the times, not in the memory.',
      '',
      `${ROWS.toLocaleString('en-US')} PENDING commissions (each with its sale, product, customer and partner) downloaded as CSV from ` +
        "`GET /exports/pending-commissions.csv` over HTTP from the real server, running in its own process; the server's " +
        'resident set size is sampled every 10 ms during the download (`process.memoryUsage().rss`). The server runs with ' +
        `\`--max-old-space-size=${HEAP_CAP_MB}\`: an export that built the file (or held its rows) in memory could not finish.`,
      '',
      '| Run | Rows | Time | Throughput | Size | Server RSS before | Server peak RSS |',
      '|---|---:|---:|---:|---:|---:|---:|',
      `| Export, ≈10 % (filter \`from\`) | ${small.rows.toLocaleString('en-US')} | ${seconds(small.ms)} | ${rate(small.rows, small.ms)} | ${mb(small.bytes)} | ${mb(smallReset.rss)} | ${mb(smallReport.peakRss)} |`,
      `| **Export, all** | **${full.rows.toLocaleString('en-US')}** | **${seconds(full.ms)}** | **${rate(full.rows, full.ms)}** | ${mb(full.bytes)} | ${mb(fullReset.rss)} | **${mb(fullReport.peakRss)}** |`,
      `| Baseline: \`COPY (same query) TO STDOUT\` CSV, one connection | ${copy.rows.toLocaleString('en-US')} | ${seconds(copy.ms)} | ${rate(copy.rows, copy.ms)} | ${mb(copy.bytes)} | – | – |`,
      '',
      `- The full export takes ${oneDecimal.format(full.ms / copy.ms)}× the raw COPY time: the difference is the per-row work the export adds ` +
        "(formula neutralising, amounts written from integers with the currency's decimals, RFC 4180 quoting by csv-stringify) and HTTP.",
      `- First byte after ${full.firstByteMs} ms: rows stream from a server-side cursor (pg-query-stream, 2,000 rows a fetch) as they are read.`,
      `- Memory: the server's peak RSS grows by ${mb(fullReport.peakRss - fullReset.rss)} during the ${full.rows.toLocaleString('en-US')}-row download ` +
        `and by ${mb(smallReport.peakRss - smallReset.rss)} during the ${small.rows.toLocaleString('en-US')}-row one; nothing is held per row ` +
        '(backpressure from the socket pauses the cursor), so the growth is garbage not yet collected, bounded whatever the row count.',
      '',
    ];
    const resultsFile = path.join(projectRoot, 'bench', 'results.md');
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, lines.join('\n'));
    log(`results written to ${path.relative(projectRoot, resultsFile)}`);
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.send({ type: 'stop' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    if (embedded) await embedded.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
