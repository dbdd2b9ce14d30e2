import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { Client } from 'pg';
import { openDatabase } from '../src/database/data-source';
import { createApp } from '../src/http/app';
import { loadConfig } from '../src/config';
import { megabytes } from './harness/stats';

/**
 * The real HTTP server, started as `npm start` starts it (same pool, same configuration), in its
 * own process so its memory and CPU are its own. Answers the harness over IPC:
 * - `reset` / `report`: peak resident set size, sampled every 10 ms between the two (only then: the
 *   sampling costs the server about 1 % of a CPU, which no baseline pays); `reset` also says where the
 *   resident set is at its start (memoryBreakdown);
 * - `capture-start` / `capture-stop`: every SQL statement the server sends to PostgreSQL in between
 *   (text and parameters), so a baseline can replay exactly the SQL a request ran.
 */
export interface CapturedQuery {
  text: string;
  values: unknown[];
}

let capturing: CapturedQuery[] | null = null;

/** Where the resident set is: V8's heap, memory outside it, and the process's anonymous and file-backed pages (Linux). */
function memoryBreakdown(): string {
  const usage = process.memoryUsage();
  let pages = '';
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    pages = `; anonymous ${megabytes(kb('RssAnon'))}, file-backed ${megabytes(kb('RssFile'))}`;
  } catch {
    // not Linux: the V8 figures alone
  }
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  const young = newSpace ? ` (new space ${megabytes(newSpace.space_size)})` : '';
  return `heap ${megabytes(usage.heapUsed)} used of ${megabytes(usage.heapTotal)}${young}, external ${megabytes(usage.external)}${pages}`;
}

function installQueryCapture() {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this) below
  const original = Client.prototype.query as (...args: unknown[]) => unknown;
  (Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: Client, ...args: unknown[]) {
    if (capturing) {
      const [first, second] = args;
      if (typeof first === 'string') capturing.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first === 'object' && typeof (first as { text?: unknown }).text === 'string') {
        const config = first as { text: string; values?: unknown[] };
        capturing.push({ text: config.text, values: config.values ?? (Array.isArray(second) ? second : []) });
      }
    }
    return original.apply(this, args);
  };
}

async function main() {
  installQueryCapture();
  // As main.ts opens it: the configured pool and database timeouts.
  const config = { ...loadConfig(), port: 0, host: '127.0.0.1', seedDemo: false };
  const dataSource = await openDatabase(process.env.DATABASE_URL!, {
    timeouts: config.databaseTimeouts,
    poolSize: config.databasePoolSize,
  });
  const app = await createApp(dataSource, config);
  let peak = 0;
  let timer: NodeJS.Timeout | undefined;
  const sampleFrom = () => {
    clearInterval(timer);
    peak = process.memoryUsage().rss;
    timer = setInterval(() => {
      const rss = process.memoryUsage().rss;
      if (rss > peak) peak = rss;
    }, 10);
  };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- bench child: a rejection crashes it and fails the run, as intended
  process.on('message', async (message: { type: string }) => {
    switch (message.type) {
      case 'reset':
        global.gc?.();
        sampleFrom();
        process.send!({ type: 'reset', rss: peak, breakdown: memoryBreakdown() });
        break;
      case 'report': {
        clearInterval(timer);
        timer = undefined;
        const rss = process.memoryUsage().rss;
        process.send!({ type: 'report', peakRss: Math.max(peak, rss), rss });
        break;
      }
      case 'capture-start':
        capturing = [];
        process.send!({ type: 'capture-start' });
        break;
      case 'capture-stop':
        process.send!({ type: 'capture-stop', queries: capturing ?? [] });
        capturing = null;
        break;
      case 'stop':
        clearInterval(timer);
        await app.close();
        await dataSource.destroy();
        process.exit(0);
    }
  });
  process.send!({ type: 'ready', url: app.url, rss: process.memoryUsage().rss });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
