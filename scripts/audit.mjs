#!/usr/bin/env node
// Dependency audit gate, run by `npm test`: fails on any known high or critical advisory in the
// production dependencies unless audit-allowlist.json accepts it with a reason (see README, Security).
// When the registry's audit service cannot be asked, the audit did not happen: that is said in a
// loud warning and the gate passes, unless AUDIT_REQUIRED=1, where it fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { advisoriesOf, auditUnavailable, evaluateAudit, validateAllowList } from './audit-rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allowListFile = path.join(root, 'audit-allowlist.json');
const required = process.env.AUDIT_REQUIRED === '1';

const allowList = JSON.parse(fs.readFileSync(allowListFile, 'utf8'));
const problems = validateAllowList(allowList);
if (problems.length > 0) {
  console.error(`[audit] ${path.basename(allowListFile)} is invalid:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || 'null');
} catch {
  report = null;
}
const unavailable = run.error ? `npm audit could not run (${run.error.message})` : auditUnavailable(report);
if (unavailable) {
  const message = `[audit] DEPENDENCY AUDIT NOT PERFORMED: ${unavailable}. Nothing says the production dependencies are free of known advisories.`;
  if (required) {
    console.error(`${message} AUDIT_REQUIRED=1: failing.`);
    process.exit(1);
  }
  console.warn(`${message} Run \`npm run audit\` where the registry answers (AUDIT_REQUIRED=1 makes this a failure).`);
  process.exit(0);
}

const today = new Date().toISOString().slice(0, 10);
const { failures, accepted, stale, expired } = evaluateAudit(advisoriesOf(report), allowList, today);
const counts = report.metadata.vulnerabilities;
console.log(
  `[audit] production dependencies: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low advisories`,
);
for (const advisory of accepted) console.log(`[audit] accepted (allow-list): ${advisory.id} in ${advisory.package}`);
for (const entry of expired) console.warn(`[audit] allow-list entry expired on ${entry.until}: ${entry.id} in ${entry.package}`);
for (const entry of stale)
  console.warn(`[audit] allow-list entry matches no advisory any more, remove it: ${entry.id} in ${entry.package}`);
if (failures.length > 0) {
  console.error('[audit] high or critical advisories:');
  for (const advisory of failures) {
    console.error(`  ${advisory.severity.toUpperCase()} ${advisory.package} ${advisory.range ?? ''}: ${advisory.title} (${advisory.url})`);
  }
  console.error(`[audit] upgrade, or accept each in ${path.basename(allowListFile)} with a reason.`);
  process.exit(1);
}
