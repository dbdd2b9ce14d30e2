import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../../server/src/database/embedded-database';

/** The postmaster and every process it started (backends, background workers). */
function clusterProcesses(postmaster: number): number[] {
  const pids = [postmaster];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export interface ThrowawayCluster {
  database: EmbeddedDatabase;
  /** A URL for database `name` on this cluster. */
  urlOf(name: string): string;
  /** Freezes the whole cluster (SIGSTOP): connections stay open, nothing answers. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** A PostgreSQL of the test's own, to stop, start and freeze without disturbing other test files. */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-outage-'));
  fs.chmodSync(dir, 0o755);
  const database = await startEmbeddedDatabase({ dataDir: dir, persistent: true });
  let paused: number[] = [];
  const cluster: ThrowawayCluster = {
    database,
    urlOf: (name) => {
      const url = new URL(database.url);
      url.pathname = `/${name}`;
      return url.toString();
    },
    pause: () => {
      paused = clusterProcesses(database.pid!);
      for (const pid of paused) process.kill(pid, 'SIGSTOP');
    },
    resume: () => {
      for (const pid of paused) {
        try {
          process.kill(pid, 'SIGCONT');
        } catch {
          // exited
        }
      }
      paused = [];
    },
    stop: () => database.stop(),
    start: () => database.start(),
    destroy: async () => {
      cluster.resume();
      await database.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
