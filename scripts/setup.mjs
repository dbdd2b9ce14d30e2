#!/usr/bin/env node
// Installs what the project needs on a fresh clone: npm packages (when missing or stale) and,
// with --browser, Debian's chromium for the end-to-end tests. Safe to run every time.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit' });

const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const stale = !fs.existsSync(installed) || fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs;
if (stale) {
  console.log('[setup] installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  const found = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    if (process.getuid?.() !== 0) {
      console.warn('[setup] chromium is missing and this user cannot install it: run `sudo apt-get install -y chromium`');
      process.exit(1);
    }
    console.log("[setup] installing Debian's chromium for the browser tests…");
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  }
}
