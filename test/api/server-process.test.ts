import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../server/src/seed/demo-logins';
import net from 'node:net';
import { Client } from 'pg';
import { PASSWORD_FILE, startEmbeddedDatabase } from '../../server/src/database/embedded-database';
import { print } from 'graphql';
import { createTestDatabase, GraphQLResponse } from '../support/test-app';
import { adminQuery, databaseUrl } from '../support/global-setup';
import { inject } from 'vitest';
import { graphql } from '../gql';
import { killAllServerProcesses, spawnServerProcess } from '../support/server-processes';
import { backendBlockedBy } from '../support/wait-for';
import type { ServerProcessLoginMutation, ServerProcessSignInMutation } from '../gql/graphql';

/** The product as a person runs it: the built server, embedded PostgreSQL, demo data, clean shutdown. */
const root = path.resolve(__dirname, '..', '..');
const main = path.join(root, 'server', 'dist', 'src', 'main.js');
let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  killAllServerProcesses();
});

function start(dataDir: string) {
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first (npm test does)`);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', PARTNERBOOK_DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    // Only a hang guard, below the test's own timeout: a first start on a loaded machine (initdb, migrations, seed) may take minutes.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 240_000);
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

/** A GraphQL answer's body (a spawned server answers over plain fetch). */
type AnswerBody<T> = Omit<GraphQLResponse<T>, 'status'>;

const LOGIN = graphql(`
  mutation ServerProcessLogin($i: LoginInput!) {
    login(input: $i) {
      __typename
    }
  }
`);

async function loginWorks(url: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: print(LOGIN),
      variables: { i: { email: DEMO_LOGINS[2].email, password: DEMO_LOGINS[2].password } },
    }),
  });
  return ((await response.json()) as AnswerBody<ServerProcessLoginMutation>).data?.login.__typename === 'AuthSession';
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

/** A line of the server's JSON log. */
interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

const jsonLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);

async function programCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM program')).rows[0].n;
  } finally {
    await client.end();
  }
}

// Production refuses to start without the key two-factor secrets are encrypted with.
const PRODUCTION_KEY = Buffer.alloc(32, 3).toString('base64');

describe('starting up', () => {
  it('in production an empty database gets no demo program; SEED_DEMO=true seeds it and says so loudly', async () => {
    const database = await createTestDatabase();
    try {
      const plain = spawnServerProcess({
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        TWO_FACTOR_ENCRYPTION_KEY: PRODUCTION_KEY,
        // Unset: production's own default (no demo), not the test processes' SEED_DEMO=false.
        SEED_DEMO: undefined,
      });
      await plain.url();
      expect(await programCount(database.url)).toBe(0);
      for (const login of DEMO_LOGINS) expect(plain.output()).not.toContain(login.password);
      plain.proc.kill('SIGTERM');
      expect(await plain.exited).toBe(0);

      const asked = spawnServerProcess({
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        SEED_DEMO: 'true',
        TWO_FACTOR_ENCRYPTION_KEY: PRODUCTION_KEY,
      });
      await asked.url();
      expect(await programCount(database.url)).toBe(1);
      const warnings = jsonLines(asked.output()).filter((line) => line.level >= 40);
      expect(warnings.map((line) => line.msg)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/SEED_DEMO=true with NODE_ENV=production/),
          expect.stringMatching(/DEMO PROGRAM SEEDED IN PRODUCTION/),
        ]),
      );
      asked.proc.kill('SIGTERM');
      expect(await asked.exited).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('a malformed DATABASE_URL: one line saying the URL is invalid (not a DNS error), the password not repeated, exit 1', async () => {
    const run = spawnServerProcess({ DATABASE_URL: 'postgres://partnerbook:se@cret@base/partnerbook' });
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0]) as LogLine).msg).toMatch(/DATABASE_URL is not a valid URL/);
    expect(run.output()).not.toMatch(/ENOTFOUND|se@cret|cret@base|\n\s+at /);
  });

  it('a port in use: one clear line and exit 1, before anything touches (or seeds) the database', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const adminUrl = inject('databaseAdminUrl');
    const name = `pb_empty_${process.pid}_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = databaseUrl(adminUrl, name);
    try {
      const run = spawnServerProcess({ PORT: String(port), DATABASE_URL: url, SEED_DEMO: 'true' });
      expect(await run.exited).toBe(1);
      const lines = run.output().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect((JSON.parse(lines[0]) as LogLine).msg).toBe(
        `Port ${port} on 127.0.0.1 is already in use (another Partnerbook?): stop it or set PORT`,
      );
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      await client.end();
      expect(rows[0].n).toBe(0);
    } finally {
      blocker.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});

describe('shutting down (SIGTERM)', () => {
  const SIGN_IN_DOCUMENT = graphql(`
    mutation ServerProcessSignIn($input: LoginInput!) {
      login(input: $input) {
        __typename
      }
    }
  `);
  const SIGN_IN = JSON.stringify({
    operationName: 'ServerProcessSignIn',
    query: print(SIGN_IN_DOCUMENT),
    variables: { input: { email: 'someone@test.dev', password: 'not the password' } },
  });
  const post = (url: string) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SIGN_IN });

  /** A server whose sign-in waits on a table lock the test holds: a request that runs exactly as long as the test wants. */
  async function serverWithHeldRequest(graceMs: number) {
    const database = await createTestDatabase();
    const run = spawnServerProcess({
      DATABASE_URL: database.url,
      SEED_DEMO: 'false',
      SHUTDOWN_GRACE_MS: String(graceMs),
      // No database timeout may end the held request: only the lock holder or the grace does.
      DATABASE_LOCK_TIMEOUT_MS: '0',
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
    });
    const url = await run.url();
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN');
    // Sign-in reads the login (the person) first: holding that table holds every sign-in, known email or not.
    await holder.query('LOCK TABLE login IN ACCESS EXCLUSIVE MODE');
    const held = post(url).then(
      async (response) => ({ status: response.status, body: await response.text() }),
      (error: unknown) => ({ status: 0, body: String(error) }),
    );
    await backendBlockedBy(holder);
    return { database, run, url, holder, held };
  }

  it('stops taking requests at once, logs each request it had to cut after the grace, and exits 1', async () => {
    const { database, run, url, holder, held } = await serverWithHeldRequest(200);
    try {
      run.proc.kill('SIGTERM');
      await run.waitFor(/"msg":"shutting down/);
      // New work is refused (no new connections; 503 on a kept-alive one), never queued.
      const late = await fetch(`${url}/livez`).then(
        (response) => response.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(late);
      expect(await run.exited).toBe(1);
      const cut = jsonLines(run.output()).filter((line) => /request cut by shutdown/.test(line.msg));
      expect(cut).toHaveLength(1);
      expect(cut[0]).toMatchObject({ method: 'POST', path: '/graphql', operation: 'mutation ServerProcessSignIn', graceMs: 200 });
      expect((await held).status).not.toBe(200);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
      await database.drop();
    }
  });

  it('lets a request in flight finish within the grace, then exits 0', async () => {
    const { database, run, url, holder, held } = await serverWithHeldRequest(120_000);
    try {
      run.proc.kill('SIGTERM');
      await run.waitFor(/"msg":"shutting down/);
      const late = await fetch(`${url}/livez`).then(
        (response) => response.status,
        () => 'refused',
      );
      expect([503, 'refused']).toContain(late);
      await holder.query('ROLLBACK');
      const answer = await held;
      expect(answer.status).toBe(200);
      expect((JSON.parse(answer.body) as AnswerBody<ServerProcessSignInMutation>).data?.login.__typename).toBe('InvalidCredentialsError');
      expect(await run.exited).toBe(0);
      expect(run.output()).not.toMatch(/request cut by shutdown/);
    } finally {
      await holder.end();
      await database.drop();
    }
  });
});

describe('the embedded PostgreSQL', () => {
  it('has a generated superuser password, kept owner-only in a data folder others cannot read', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-secret-'));
    fs.chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'data');
    const database = await startEmbeddedDatabase({ dataDir, persistent: true });
    const passwordFile = path.join(dataDir, PASSWORD_FILE);
    try {
      const password = fs.readFileSync(passwordFile, 'utf8').trim();
      expect(password).not.toBe('partnerbook');
      expect(password.length).toBeGreaterThanOrEqual(24);
      const file = fs.statSync(passwordFile);
      expect(file.mode & 0o777).toBe(0o600);
      expect(file.uid).toBe(process.getuid!());
      // Others may at most pass through (root runs PostgreSQL as OS user postgres below it), never list or read.
      expect(fs.statSync(dataDir).mode & 0o066).toBe(0);
      expect(fs.statSync(database.dataDir).mode & 0o077).toBe(0);
      const withOld = new Client({ connectionString: database.url.replace(encodeURIComponent(password), 'partnerbook') });
      await expect(withOld.connect()).rejects.toThrow(/password authentication failed/);
      await adminQuery(database.url, 'SELECT 1');
      if (process.getuid?.() === 0) {
        // Really try, as other users: neither PostgreSQL's OS user nor nobody can read the password or list the folder.
        for (const user of ['postgres', 'nobody']) {
          expect(spawnSync('setpriv', [`--reuid=${user}`, '--regid=nogroup', '--clear-groups', 'cat', passwordFile]).status).not.toBe(0);
          expect(spawnSync('setpriv', [`--reuid=${user}`, '--regid=nogroup', '--clear-groups', 'ls', dataDir]).status).not.toBe(0);
        }
      }

      // A cluster made with the old fixed password is moved off it at its next start.
      await adminQuery(database.url, `ALTER USER postgres PASSWORD 'partnerbook'`);
      await database.stop();
      fs.rmSync(passwordFile);
      const again = await startEmbeddedDatabase({ dataDir, persistent: true });
      try {
        const rotated = fs.readFileSync(passwordFile, 'utf8').trim();
        expect(rotated).not.toBe('partnerbook');
        expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
        await adminQuery(again.url, 'SELECT 1');
        const legacy = new Client({ connectionString: again.url.replace(encodeURIComponent(rotated), 'partnerbook') });
        await expect(legacy.connect()).rejects.toThrow(/password authentication failed/);
      } finally {
        await again.stop();
      }
    } finally {
      await database.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
