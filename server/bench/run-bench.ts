import './harness/env';
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { openDatabase } from '../src/database/data-source';
import { startEmbeddedDatabase, EmbeddedDatabase } from '../src/database/embedded-database';
import { RequestContext } from '../src/common/request-context';
import { projectRoot } from '../src/config';
import { parseOptions } from './harness/options';
import { renderReport, RepResult, StageResult, TimedMeasurement } from './harness/report';
import { BenchContext, Measurement, Scenario, Side, Stage } from './harness/scenario';
import { Seeder } from './harness/seed';
import { ServerUnderTest, startHeapArgs } from './harness/server-under-test';
import { count, duration } from './harness/stats';
import { scenarios } from './scenarios';

/**
 * `npm run bench`: issue 9's six operations, each side by side with its baseline in the same run,
 * at two sizes (100k then 1M commissions at --scale 1, seeded with COPY), 3 repetitions each.
 * Writes bench/results.md. See server/bench/harness/scenario.ts to add or change a scenario.
 */
const SMALL_STAGE = 100_000;
const LARGE_STAGE = 1_000_000;
const PARTNERS = 10_001;
const CUSTOMERS = 50_000;
const DASHBOARD_CLIENTS = 16;

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

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

async function timed(side: Side, work: () => Promise<Measurement>): Promise<TimedMeasurement> {
  const loadBefore = os.loadavg()[0];
  const measurement = await work();
  if (!(measurement.units > 0) || !(measurement.ms > 0)) throw new Error(`${side}: empty measurement ${JSON.stringify(measurement)}`);
  return { ...measurement, loadBefore, loadAfter: os.loadavg()[0] };
}

let checkpointRefused = false;

/**
 * Before each timed side: a CHECKPOINT, so the dirty pages of the previous side and of the reset
 * (an UPDATE of 100k rows, a VACUUM) are written out untimed instead of by whichever side runs
 * next (with 1M commissions, the side right after a reset paid for its writes: ratios of 0.56 and
 * 0.72 in one stage). Needs superuser or pg_checkpoint; without it the run goes on and says so.
 */
async function settle(bench: BenchContext) {
  if (checkpointRefused) return;
  try {
    await bench.pool.query('CHECKPOINT');
  } catch (error) {
    checkpointRefused = true;
    log(`CHECKPOINT refused (${String(error)}): sides are not settled before they run`);
  }
}

async function runScenario(scenario: Scenario, bench: BenchContext, reps: number): Promise<StageResult> {
  const result: StageResult = { scenario, stage: bench.stage, reps: [] };
  try {
    await scenario.prepare?.(bench);
    if (scenario.warmup !== false) {
      // Untimed, once per side: on a fresh server the first ingest run took 1.89 s against 1.30 s
      // warm (V8 had not optimised the path yet), and the baseline warms the same tables' pages.
      for (const side of ['partnerbook', 'baseline'] as const) {
        await (side === 'partnerbook' ? scenario.run(bench) : scenario.baseline(bench));
        await scenario.reset?.(bench, side);
      }
    }
    for (let rep = 0; rep < reps; rep++) {
      const sides: Side[] = rep % 2 ? ['baseline', 'partnerbook'] : ['partnerbook', 'baseline'];
      const measured: Partial<Record<Side, TimedMeasurement>> = {};
      for (const side of sides) {
        await settle(bench);
        measured[side] = await timed(side, () => (side === 'partnerbook' ? scenario.run(bench) : scenario.baseline(bench)));
        await scenario.reset?.(bench, side);
      }
      const { partnerbook, baseline } = measured as Record<Side, TimedMeasurement>;
      const ratio = partnerbook.units / partnerbook.ms / (baseline.units / baseline.ms);
      result.reps.push({ partnerbook, baseline, ratio } satisfies RepResult);
      log(
        `${scenario.name} @${bench.stage.label} rep ${rep + 1}: Partnerbook ${count(partnerbook.units)} ${scenario.unit} in ${duration(partnerbook.ms)}, ` +
          `baseline ${count(baseline.units)} in ${duration(baseline.ms)}, ratio ${ratio.toFixed(3)}`,
      );
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : String(error);
    log(`${scenario.name} @${bench.stage.label} failed: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    await scenario.finish?.(bench).catch((error: unknown) => log(`${scenario.name}: finish failed: ${String(error)}`));
  }
  return result;
}

async function main() {
  const started = Date.now();
  const options = parseOptions(
    process.argv.slice(2),
    scenarios.map((s) => s.name),
  );
  const overall = setTimeout(() => {
    log(`gave up after ${options.timeoutMinutes} minutes`);
    process.exit(2);
  }, options.timeoutMinutes * 60_000);
  overall.unref();
  const chosen = options.only ? scenarios.filter((s) => options.only!.includes(s.name)) : scenarios;
  const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * options.scale));
  const stageSizes = [scaled(SMALL_STAGE, 100), scaled(LARGE_STAGE, 1_000)];
  const label = (n: number) =>
    n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n >= 1_000 && n % 1_000 === 0 ? `${n / 1_000}k` : count(n);
  const stages: Stage[] = stageSizes.map((commissions, index) => ({ index, commissions, label: label(commissions) }));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-bench-'));
  fs.chmodSync(workDir, 0o755);

  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = path.join(workDir, 'pg');
    fs.mkdirSync(dataDir);
    fs.chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedDatabase({ dataDir, persistent: false });
    adminUrl = embedded.url;
    log(`embedded PostgreSQL in ${dataDir}`);
  }
  const database = `pb_bench_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
  const databaseUrl = withDatabase(adminUrl, database);
  const pool = new Pool({ connectionString: databaseUrl, max: 8, application_name: 'partnerbook-bench' });
  let server: ServerUnderTest | undefined;
  let dataSource: Awaited<ReturnType<typeof openDatabase>> | undefined;
  const results: StageResult[] = [];
  let failed = false;
  let cleaned = false;
  /** Stops the helper processes, drops the database and the embedded PostgreSQL: at the end, or on Ctrl-C. */
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    await server?.stop();
    await pool.end().catch(() => undefined);
    await dataSource?.destroy().catch(() => undefined);
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    if (embedded) await embedded.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    dataSource = await openDatabase(databaseUrl, { poolSize: 4 });
    const postgres = (await pool.query('SHOW server_version')).rows[0].server_version + (embedded ? ' (embedded)' : ' (DATABASE_URL)');
    const partners = scaled(PARTNERS, 20);
    const seedMs: number[] = [];
    let mark = Date.now();
    const seeder = await Seeder.create(pool, dataSource, {
      partners,
      customers: scaled(CUSTOMERS, 50),
      // The dashboard's clients, and more for the abuse scenario's victims to take turns with.
      sessions: DASHBOARD_CLIENTS * 4,
      maxCommissions: stageSizes[stageSizes.length - 1],
    });
    const heap = startHeapArgs();
    // The operations are measured, not the limits: this server's per-caller budget is out of the way
    // (16 dashboard clients looping as fast as answered would spend a partner's in seconds). The
    // abuse scenario starts its own server with the default limits.
    const profileArgs = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfileDir)}`] : [];
    if (options.heapProfileDir) {
      // The shared server under test preloads the sampler; the abuse scenario's own servers start without it.
      process.env.BENCH_HEAP_PROFILE_DIR = path.resolve(options.heapProfileDir);
      profileArgs.push('--require', path.join(__dirname, 'harness', 'heap-sampler.js'));
    }
    server = await ServerUnderTest.start(databaseUrl, [...heap.execArgv, ...profileArgs], path.join(workDir, 'server.log'), {
      RATE_LIMIT_POINTS_PER_MINUTE: String(1e12),
    });
    log(`server under test at ${server.url} (heap bound: ${heap.text}; log ${server.logFile})`);
    let tags = 0;
    for (const stage of stages) {
      mark = Date.now();
      await seeder.growTo(stage.commissions);
      seedMs.push(Date.now() - mark);
      log(`seeded ${count(stage.commissions)} commissions (${count(partners)} partners) in ${duration(Date.now() - mark)}`);
      const bench: BenchContext = {
        stage,
        scale: options.scale,
        scaled,
        program: seeder.program,
        pool,
        dataSource,
        system: RequestContext.system(dataSource, seeder.program.programId),
        databaseUrl,
        server,
        serverExecArgv: heap.execArgv,
        workDir,
        tag: () => `${stage.index}-${process.pid}-${++tags}`,
        log,
      };
      for (const scenario of chosen) {
        const result = await runScenario(scenario, bench, options.reps);
        if (result.error) failed = true;
        results.push(result);
      }
    }
    const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    const report = renderReport(
      {
        command,
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        commit: gitCommit(),
        postgres,
        heap: heap.text,
        scale: options.scale,
        reps: options.reps,
        partners,
        seedMs,
        totalMs: Date.now() - started,
      },
      stages,
      results,
    );
    const out = path.resolve(
      projectRoot,
      options.out ?? (options.only ? path.join('bench', `results-${options.only.join('-')}.md`) : path.join('bench', 'results.md')),
    );
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, report);
    log(`results written to ${path.relative(process.cwd(), out) || out} (${duration(Date.now() - started)})`);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (failed && server && fs.existsSync(server.logFile)) {
      const tail = fs.readFileSync(server.logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
      log(`last lines of the server's log:\n${tail}`);
    }
    await cleanUp();
  }
  if (failed) throw new Error('some scenarios failed (see above and the results file)');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
