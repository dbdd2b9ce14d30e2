#!/usr/bin/env node
// Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) on the portal as `npm start`
// serves it: the sign-in page, and the partner's earnings page signed in as the demo partner.
// Starts the built server on a throwaway embedded PostgreSQL with the demo data, drives Debian's
// chromium, repeats each page (Lighthouse varies between runs; the median counts) and writes
// bench/lighthouse.md. Run: `npm run bench:lighthouse` (builds first), options: --runs N (default 3),
// --save-reports <folder> (each run's full report as JSON).
import { spawn } from 'node:child_process';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { startEmbeddedDatabase } from '../server/dist/src/database/embedded-database.js';
import { DEMO_LOGINS } from '../server/dist/src/seed/demo-logins.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 20) throw new Error('--runs takes a whole number from 1 to 20');
const saveArg = process.argv.indexOf('--save-reports');
/** A folder for each run's full Lighthouse report (JSON), to see where the time goes. */
const SAVE_DIR = saveArg > 0 ? path.resolve(process.argv[saveArg + 1]) : null;
const GOAL = 95;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitUntilReady(url, server) {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'Speed Index'],
];

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-lighthouse-'));
fs.chmodSync(workDir, 0o755); // PostgreSQL runs as another OS user and must reach its data folder
const db = await startEmbeddedDatabase({ dataDir: path.join(workDir, 'data'), persistent: false });
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--max-old-space-size=384', path.join(root, 'server/dist/src/main.js')], {
  env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'true', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const debuggingPort = await freePort();
let context;
try {
  await waitUntilReady(baseUrl, server);
  context = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${debuggingPort}`, '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const partner = DEMO_LOGINS.find((login) => login.role === 'partner');

  const pages = [
    { name: 'Sign-in page', path: '/login', signedIn: false },
    { name: "Partner's earnings page (signed in)", path: '/partner', signedIn: true },
  ];
  const results = [];
  for (const target of pages) {
    if (target.signedIn) {
      // The portal keeps its session in localStorage, which Lighthouse keeps with disableStorageReset.
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel('Email').fill(partner.email);
      await page.getByLabel('Password').fill(partner.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
    }
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${baseUrl}${target.path}`, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        disableStorageReset: target.signedIn,
      });
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${target.name}: ${lhr.runtimeError.message}`);
      if (SAVE_DIR) {
        fs.mkdirSync(SAVE_DIR, { recursive: true });
        fs.writeFileSync(path.join(SAVE_DIR, `${target.signedIn ? 'earnings' : 'sign-in'}-${i + 1}.json`), result.report);
      }
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        finalUrl: lhr.finalDisplayedUrl,
        metrics: Object.fromEntries(METRICS.map(([id]) => [id, lhr.audits[id]])),
      });
      process.stdout.write(`${target.name} run ${i + 1}: ${runs.at(-1).score} (${lhr.finalDisplayedUrl})\n`);
    }
    results.push({ ...target, runs });
  }

  const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
  const dirty = execSync('git status --porcelain', { cwd: root, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8'));
  const browserVersion = context.browser()?.version() ?? execSync(`${CHROMIUM} --version`, { encoding: 'utf8' }).trim();
  const load = os.loadavg()[0].toFixed(1);
  const lines = [
    '# Lighthouse',
    '',
    `Measured by \`npm run bench:lighthouse${RUNS === 3 ? '' : ` -- --runs ${RUNS}`}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit}${dirty}:`,
    `Lighthouse ${version}, mobile preset (simulated slow 4G, 4× CPU slowdown), performance category only, ${browserVersion}, ` +
      `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, 1-minute load average ${load} at the end. ` +
      'The server runs as `npm start` runs it (built portal, precompressed assets) on a throwaway embedded PostgreSQL with the demo data. ' +
      `Each page ${RUNS} times; the median counts. Goal: performance ≥ ${GOAL}.`,
    '',
    '| Page | Score: median (runs) | Met | ' + METRICS.map(([, label]) => `${label} (median)`).join(' | ') + ' |',
    '|---|---|---|' + METRICS.map(() => '---|').join(''),
  ];
  let allMet = true;
  for (const result of results) {
    const score = median(result.runs.map((run) => run.score));
    const met = score >= GOAL;
    allMet &&= met;
    const metricCells = METRICS.map(([id]) => {
      const values = result.runs.map((run) => run.metrics[id].numericValue);
      const value = median(values);
      return id === 'cumulative-layout-shift' ? value.toFixed(3) : `${(value / 1000).toFixed(2)} s`;
    });
    lines.push(
      `| ${result.name} (\`${result.path}\`) | ${score} (${result.runs.map((run) => run.score).join(', ')}) | ${met ? 'yes' : '**no**'} | ${metricCells.join(' | ')} |`,
    );
  }
  lines.push('');
  fs.writeFileSync(path.join(root, 'bench', 'lighthouse.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\nwritten to bench/lighthouse.md\n`);
  if (!allMet) process.exitCode = 1;
} finally {
  await context?.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  await db.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
}
