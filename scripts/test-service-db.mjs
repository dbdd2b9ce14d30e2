#!/usr/bin/env node
// Runs the API suite a second time against the machine's PostgreSQL service (DATABASE_URL set),
// after `vitest run` covered the embedded default. Skipped, and said so, when no service answers.
import { spawnSync } from 'node:child_process';
import net from 'node:net';

const url = process.env.TEST_SERVICE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const { hostname, port } = new URL(url);
const reachable = await new Promise((resolve) => {
  const socket = net.connect({ host: hostname, port: Number(port || 5432) });
  socket.once('connect', () => {
    socket.end();
    resolve(true);
  });
  socket.once('error', () => resolve(false));
  socket.setTimeout(2000, () => {
    socket.destroy();
    resolve(false);
  });
});
if (!reachable) {
  console.log(`[test] no PostgreSQL service at ${hostname}:${port || 5432}; the DATABASE_URL run is skipped`);
  process.exit(0);
}
console.log(`[test] API suite again with DATABASE_URL=${url}`);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'api'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
process.exit(result.status ?? 1);
