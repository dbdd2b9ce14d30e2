#!/usr/bin/env node
// Development: the server recompiled by `tsc -w` and restarted by `node --watch`, and the portal
// on Vite's dev server with hot reload (it proxies /graphql and /exports to the server).
import { spawn, execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execSync('node scripts/setup.mjs', { cwd: root, stdio: 'inherit' });
// A first full build so `node --watch` has something to start.
execSync('npx tsc -b server', { cwd: root, stdio: 'inherit' });

const children = [];
function run(name, command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

run('tsc', 'npx', ['tsc', '-b', 'server', '-w', '--preserveWatchOutput']);
run('server', process.execPath, ['--watch', 'server/dist/src/main.js'], { PORT: process.env.PORT ?? '4000' });
run('portal', 'npm', ['run', 'dev', '-w', 'portal']);
