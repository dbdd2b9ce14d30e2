import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { print, type DocumentNode } from 'graphql';
import type { GraphQLResponse } from './test-app';
import { pollFor } from './wait-for';

/** The built server as a separate process (`node server/dist/src/main.js`), for multi-instance and crash tests. */
const root = path.resolve(__dirname, '..', '..');
export const SERVER_MAIN = path.join(root, 'server', 'dist', 'src', 'main.js');

export interface ServerProcess {
  proc: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
  /** Polls the output for a pattern: a condition, not a clock. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** The URL once the server says it is running. */
  url(): Promise<string>;
  /**
   * Untyped (`any`) answers: this out-of-process client is not converted to typed documents yet (issue 10 §4); the files
   * that use it (two-instances, sigterm-under-load) type their own answers.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the untyped default of the files not yet converted
  gql<T = any>(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T> & { headers: Headers }>;
}

const running = new Set<ChildProcess>();

/** SIGKILLs every server process still running (afterAll / afterEach). */
export function killAllServerProcesses(): void {
  for (const proc of running) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  running.clear();
}

/** `env` is laid over the defaults below; a variable given as undefined is left unset (e.g. to run production's own default). */
export function spawnServerProcess(env: Record<string, string | undefined>): ServerProcess {
  if (!fs.existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run \`npm run build\` first (npm test does)`);
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', SEED_DEMO: 'false', ...env };
  const proc = spawn(process.execPath, [SERVER_MAIN], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(proc);
  let output = '';
  proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => {
      running.delete(proc);
      resolve(code);
    }),
  );
  const waitFor = (pattern: RegExp): Promise<RegExpExecArray> =>
    pollFor(
      `the server to log ${pattern}`,
      () => {
        const match = pattern.exec(output);
        if (match) return match;
        if (proc.exitCode !== null || proc.signalCode !== null)
          throw new Error(`server exited (${proc.exitCode ?? proc.signalCode}) before ${pattern}:\n${output}`);
        return undefined;
      },
      20,
    );
  let address: Promise<string> | undefined;
  const url = () =>
    (address ??= waitFor(/^.*"msg":"Partnerbook is running".*$/m).then((match) => (JSON.parse(match[0]) as { url: string }).url));
  const gql = async <T>(
    query: string | DocumentNode,
    variables: Record<string, unknown> = {},
    token?: string | null,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T> & { headers: Headers }> => {
    const response = await fetch(`${await url()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    return { ...body, status: response.status, headers: response.headers };
  };
  return { proc, exited, output: () => output, waitFor, url, gql };
}

/** True when a Redis answers PING at `url`. */
export async function redisAnswers(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** Deletes every key under `prefix` (a test run's own namespace). */
export async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
