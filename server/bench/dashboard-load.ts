import os from 'node:os';
import path from 'node:path';
import { ChildProcess, fork } from 'node:child_process';
import autocannon from 'autocannon';

/** Figures of one load run: throughput, latency percentiles (ms) and answers by status. */
export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  errors: number;
  seconds: number;
  /** 1-minute load average when the run ended. */
  load: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  /** Each connection sends one of these bearer tokens (connection i takes token i mod n). */
  tokens: string[];
  connections: number;
  seconds: number;
}

/** Closed-loop HTTP load on POST /graphql with autocannon; stops by itself after `seconds`. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url: `${options.url}/graphql`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    body: options.body,
    headers: { 'content-type': 'application/json' },
    setupClient: (client) => {
      client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${options.tokens[next++ % options.tokens.length]}` });
    },
  });
  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(
    (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
  )) {
    statuses[status] = stats.count;
  }
  const requests = result.requests.total;
  return {
    requests,
    requestsPerSecond: requests / options.seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses,
    errors: result.errors + result.timeouts,
    seconds: options.seconds,
    load: os.loadavg()[0],
  };
}

export interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts `partnerbook` or `raw` (dashboard-servers.ts) in its own process on 127.0.0.1. */
export async function startServer(
  kind: 'partnerbook' | 'raw',
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const child: ChildProcess = fork(path.join(__dirname, 'dashboard-servers.js'), [kind], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'info', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('message', resolve as never);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
  return {
    url: ready.url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** One request, its status and JSON body. */
export async function postGraphQL(url: string, token: string, body: string): Promise<{ status: number; json: any; ms: number }> {
  const started = process.hrtime.bigint();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const json = await response.json();
  return { status: response.status, json, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
