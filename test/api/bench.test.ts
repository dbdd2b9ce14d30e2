import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject, it, expect } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

/**
 * The benchmark stays out of the test run, but runs here at a tiny scale (one repetition, a few
 * hundred commissions) so that it cannot rot: every scenario must complete against today's code
 * and the report must be written. No figure is checked: speed is judged by `npm run bench`.
 */
it('npm run bench works end to end at --scale tiny', { timeout: 600_000 }, async () => {
  // The harness and the server under test run from the build; make sure it is current.
  await run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'server'], { cwd: root });
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-bench-test-')), 'results.md');
  try {
    const { stdout } = await run(process.execPath, ['server/dist/bench/run-bench.js', '--scale', 'tiny', '--reps', '1', '--out', out], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: inject('databaseAdminUrl') },
      maxBuffer: 10 * 1024 * 1024,
    }).catch((caught: unknown) => {
      const error = caught as Error & { stdout?: string };
      // Which scenario failed, and why, is in the harness's log: show its end.
      throw new Error(`${error.message}\n${(error.stdout ?? '').split('\n').slice(-40).join('\n')}`);
    });
    expect(stdout).toContain('results written to');
    const report = fs.readFileSync(out, 'utf8');
    // Each operation has a row per stage and one in "How cost grows"; the abuse scenario (a latency comparison) a row per stage.
    const titles = [
      '`recordSales`',
      '`payPartners`',
      'partner dashboard',
      '`pendingPayments`',
      'CSV export',
      'bulk approve',
      'one token flooding',
    ];
    for (const title of titles) {
      const rows = report.split('\n').filter((line) => line.startsWith(`| ${title}`)).length;
      expect(rows, title).toBeGreaterThanOrEqual(title === 'one token flooding' ? 2 : 3);
    }
    expect(report).toContain('## How cost grows');
    expect(report).not.toMatch(/\| failed:/);
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
});
