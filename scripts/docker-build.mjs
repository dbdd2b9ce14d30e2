#!/usr/bin/env node
// CI step: builds the container image when a Docker daemon answers; otherwise says why it skipped.
// Also checks compose.yaml with `docker compose config`. Usage: node scripts/docker-build.mjs [tag]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tag = process.argv[2] ?? 'partnerbook:ci';
const run = (args, options = {}) => spawnSync('docker', args, { cwd: root, encoding: 'utf8', ...options });

const info = run(['info', '--format', '{{.ServerVersion}}']);
if (info.error || info.status !== 0) {
  const why = info.error ? 'no docker command' : (info.stderr || info.stdout).trim().split('\n').pop();
  console.log(`docker-build: SKIPPED, no Docker daemon available (${why}); the image is built where Docker runs.`);
  process.exit(0);
}
console.log(`docker-build: Docker ${info.stdout.trim()}; checking compose.yaml and building ${tag}`);
const config = run(['compose', 'config', '--quiet'], { stdio: 'inherit' });
if (config.status !== 0) process.exit(config.status ?? 1);
const build = run(['build', '--tag', tag, '.'], { stdio: 'inherit' });
process.exit(build.status ?? 1);
