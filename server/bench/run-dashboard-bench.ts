import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, projectRoot } from '../src/config';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../src/database/embedded-database';
import { seedDashboard } from './dashboard-fixture';
import { DashboardFigures, runDashboardBench } from './dashboard.bench';
import { AbuseFigures, runAbuseBench } from './abuse.bench';

/**
 * Runs the two guards scenarios alone: the partner dashboard against raw node:http + pg
 * (issue 9) and the dashboard's latency while one token floods the server with its most
 * expensive accepted request (issue 8.2). Uses DATABASE_URL's server (a fresh database,
 * dropped afterwards) or an embedded PostgreSQL; writes bench/dashboard-results.md.
 *
 *   npm run build && node server/dist/bench/run-dashboard-bench.js [--quick]
 */
const quick = process.argv.includes('--quick');
const OVERALL_TIMEOUT_MS = 20 * 60_000;

function log(line: string) {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
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

const fixed = (value: number, digits = 1) => value.toFixed(digits);

export function dashboardMarkdown(dashboard: DashboardFigures, abuse: AbuseFigures, context: string): string {
  const runs = dashboard.runs
    .map(
      (run, i) =>
        `| ${i + 1} | ${fixed(run.raw.requestsPerSecond, 0)} | ${fixed(run.raw.p50Ms)} / ${fixed(run.raw.p99Ms)} | ${fixed(run.partnerbook.requestsPerSecond, 0)} | ` +
        `${fixed(run.partnerbook.p50Ms)} / ${fixed(run.partnerbook.p99Ms)} | **${fixed(run.ratio, 2)}×** | ${fixed(run.partnerbook.load, 2)} |`,
    )
    .join('\n');
  return [
    '## Partner dashboard vs raw node:http + pg (issue 9)',
    '',
    context,
    '',
    `The portal's \`MyOverview\` (\`me\` with stats, and \`myOverview\` by day over 30 days) from ${dashboard.connections} connections, ` +
      `${dashboard.seconds} s a run, each connection a different partner's session; the baseline answers the same request with ` +
      'node:http and pg, running the same SQL statements in the same order and parallelism, and its JSON is checked equal to ' +
      "Partnerbook's before timing. Partnerbook runs in production mode with its rate limiter on (budget raised so this load is never refused).",
    '',
    '| run | raw req/s | raw p50 / p99 ms | Partnerbook req/s | Partnerbook p50 / p99 ms | ratio | load (1 min) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    runs,
    '',
    `Median ratio **${fixed(dashboard.medianRatio, 2)}×** (range ${fixed(dashboard.minRatio, 2)}–${fixed(dashboard.maxRatio, 2)}×); goal ≥ 0.6×.`,
    '',
    '## One token flooding the server while a partner uses the dashboard (issue 8.2)',
    '',
    `Attacker: one merchant admin session sending, from ${abuse.attackerConnections} connections as fast as it is answered, the most ` +
      `expensive request the server accepts (${abuse.heaviest.name}, estimated cost ${abuse.heaviest.cost}, ${fixed(abuse.heaviest.ms, 0)} ms alone; ` +
      `chosen as the slowest of ${abuse.candidates.length} candidates just under the limit). Victim: one partner sending \`MyOverview\` in a loop ` +
      `(one connection), ${abuse.seconds} s idle, then ${abuse.seconds} s under attack. Default limits (${loadConfig().rateLimitPointsPerMinute.toLocaleString('en-US')} points a minute per caller).`,
    '',
    '| victim | req/s | p50 ms | p99 ms |',
    '|---|---:|---:|---:|',
    `| idle | ${fixed(abuse.idle.requestsPerSecond, 0)} | ${fixed(abuse.idle.p50Ms)} | ${fixed(abuse.idle.p99Ms)} |`,
    `| under attack | ${fixed(abuse.attacked.requestsPerSecond, 0)} | ${fixed(abuse.attacked.p50Ms)} | ${fixed(abuse.attacked.p99Ms)} |`,
    '',
    `Victim p99 under attack / idle: **${fixed(abuse.p99Ratio, 2)}×** (goal ≤ 2×). The attacker sent ${abuse.attacker.requests.toLocaleString('en-US')} ` +
      `requests: ${Object.entries(abuse.attacker.statuses)
        .map(([status, count]) => `${count.toLocaleString('en-US')} × ${status}`)
        .join(', ')}.`,
    '',
  ].join('\n');
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
  }
  const database = `pb_dashboard_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  try {
    const pgVersion = (await adminQuery(url.toString(), 'SHOW server_version')).rows[0].server_version;
    const scale = quick ? { partners: 200, commissions: 10_000 } : { partners: 1_000, commissions: 100_000 };
    const fixture = await seedDashboard(url.toString(), scale);
    log(`seeded ${scale.partners} partners, ${scale.commissions} commissions`);
    const dashboard = await runDashboardBench(url.toString(), { fixture, seconds: quick ? 3 : 10, repetitions: quick ? 1 : 3, log });
    const abuse = await runAbuseBench(url.toString(), { fixture, seconds: quick ? 4 : 20, log });
    const context =
      `Run on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ` +
      `PostgreSQL ${pgVersion}${embedded ? ' (embedded)' : ''}, ${scale.partners.toLocaleString('en-US')} partners and ` +
      `${scale.commissions.toLocaleString('en-US')} commissions; load generator (autocannon) on the same machine. Command: ` +
      `\`node server/dist/bench/run-dashboard-bench.js${quick ? ' --quick' : ''}\`.`;
    const markdown = dashboardMarkdown(dashboard, abuse, context);
    const file = path.join(projectRoot, 'bench', quick ? 'dashboard-results.quick.md' : 'dashboard-results.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `# Dashboard and abuse scenarios\n\n${markdown}`);
    process.stdout.write(`\n${markdown}\n`);
    log(`written to ${path.relative(projectRoot, file)}`);
  } finally {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    if (embedded) await embedded.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
