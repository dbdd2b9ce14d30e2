import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../server/src/seed/demo-logins';
import { startEmbeddedDatabase } from '../../server/src/database/embedded-database';

/** The product as a person runs it: the built server, embedded PostgreSQL, demo data, clean shutdown. */
const root = path.resolve(__dirname, '..', '..');
const main = path.join(root, 'server', 'dist', 'src', 'main.js');
let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

function start(dataDir: string) {
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first (npm test does)`);
  const env = { ...process.env, PORT: '0', PARTNERBOOK_DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const poll = setInterval(() => {
      const match = /Partnerbook: (http:\/\/\S+)/.exec(output);
      if (match && output.includes(DEMO_LOGINS[0].email)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]);
      }
      if (child!.exitCode !== null) reject(new Error(`server exited:\n${output}`));
    }, 50);
  });
  const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  return { ready, exited, output: () => output };
}

async function loginWorks(url: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($i: LoginInput!) { login(input: $i) { __typename } }`,
      variables: { i: { email: DEMO_LOGINS[2].email, password: DEMO_LOGINS[2].password } },
    }),
  });
  return ((await response.json()) as any).data.login.__typename === 'AuthSession';
}

describe('the run command', () => {
  it('starts on embedded PostgreSQL, seeds demo data once, prints the logins, serves the page and stops cleanly', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-run-'));
    fs.chmodSync(dataDir, 0o755);
    const first = start(dataDir);
    const url = await first.ready;
    for (const login of DEMO_LOGINS) expect(first.output()).toContain(login.password);
    expect(await loginWorks(url)).toBe(true);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>Partnerbook/);
    child!.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/"msg":"stopped"/);

    // The data persists: a restart reuses the folder and does not seed twice.
    const second = start(dataDir);
    expect(await loginWorks(await second.ready)).toBe(true);
    expect(second.output()).not.toMatch(/demo program seeded/);
    child!.kill('SIGINT');
    expect(await second.exited).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('falls back to a temporary data folder when the project folder cannot be traversed (as root)', async () => {
    if (process.getuid?.() !== 0) return; // only root runs PostgreSQL as another OS user
    const locked = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-locked-'));
    fs.chmodSync(locked, 0o700);
    const run = start(path.join(locked, 'data'));
    expect(await loginWorks(await run.ready)).toBe(true);
    expect(run.output()).toMatch(/cannot be traversed by other users/);
    child!.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    fs.rmSync(locked, { recursive: true, force: true });
  });

  it('starting the embedded database leaves no exit hooks behind (they would force exit code 0 and hide failures)', async () => {
    const events = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const before = events.map((event) => process.listenerCount(event));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-hooks-'));
    fs.chmodSync(dir, 0o755);
    const database = await startEmbeddedDatabase({ dataDir: dir, persistent: false });
    try {
      expect(events.map((event) => process.listenerCount(event))).toEqual(before);
    } finally {
      await database.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
