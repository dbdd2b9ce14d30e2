import { randomBytes } from 'node:crypto';
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import type { CapturedQuery } from '../bench-server';
import { graphql } from './http-client';

export type { CapturedQuery };

/** The heap bound `npm start` gives the server (parsed from its script), so the benchmark runs it the same way. */
export function startHeapArgs(): { execArgv: string[]; text: string } {
  const scripts = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts ?? {};
  const match = /--max-old-space-size[= ](\d+)/.exec(String(scripts.start ?? ''));
  return match
    ? { execArgv: [`--max-old-space-size=${match[1]}`], text: `--max-old-space-size=${match[1]} (as \`npm start\`)` }
    : { execArgv: [], text: 'none (`npm start` sets no heap bound)' };
}

/** Sends an IPC message to a child and waits for its answer of the same type. */
export function ask<T>(child: ChildProcess, message: { type: string; [key: string]: unknown }): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: { type: string }) => {
      if (answer.type !== message.type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(answer as T);
    };
    const onExit = (code: number | null) => reject(new Error(`${path.basename(String(child.spawnfile))} exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}

/** Forks a helper script (compiled, beside this folder's parent), waits for its `ready` message. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape of the child's `ready` message
export async function forkReady<T>(
  script: string,
  options: { env: NodeJS.ProcessEnv; execArgv: string[]; logFile: string },
): Promise<{ child: ChildProcess; ready: T }> {
  const log = fs.openSync(options.logFile, 'a');
  const child = fork(path.join(__dirname, '..', script), [], {
    env: options.env,
    execArgv: options.execArgv,
    stdio: ['ignore', log, log, 'ipc'],
  });
  fs.closeSync(log);
  const ready = await new Promise<T>((resolve, reject) => {
    child.once('message', resolve as never);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}; see ${options.logFile}`)));
  });
  return { child, ready };
}

export async function stopChild(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ type: 'stop' });
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** The Partnerbook server the benchmark measures, in its own process. */
export class ServerUnderTest {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    readonly logFile: string,
  ) {}

  static async start(databaseUrl: string, execArgv: string[], logFile: string, env: Record<string, string> = {}): Promise<ServerUnderTest> {
    const { child, ready } = await forkReady<{ url: string }>('bench-server.js', {
      // As deployed: production mode, info logs (one line per operation, written to the log file). Production requires
      // a two-factor encryption key: a throwaway one serves the bench's throwaway database.
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NODE_ENV: 'production',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        TWO_FACTOR_ENCRYPTION_KEY: process.env.TWO_FACTOR_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
        ...env,
      },
      // BENCH_SERVER_EXEC_ARGV adds Node flags for a look inside, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
      execArgv: ['--expose-gc', ...execArgv, ...(process.env.BENCH_SERVER_EXEC_ARGV?.split(' ').filter(Boolean) ?? [])],
      logFile,
    });
    return new ServerUnderTest(child, ready.url, logFile);
  }

  graphql<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    return graphql<T>(this.url, query, variables, token);
  }

  /** Collects garbage and restarts the peak-RSS sampling; answers the current RSS and where it is. */
  async resetMemory(): Promise<{ rss: number; breakdown: string }> {
    return ask<{ rss: number; breakdown: string }>(this.child, { type: 'reset' });
  }

  async memoryReport(): Promise<{ peakRss: number; rss: number }> {
    return ask(this.child, { type: 'report' });
  }

  /** Every SQL statement the server ran while `work` ran (nothing else may use the server meanwhile). */
  async captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
    await ask(this.child, { type: 'capture-start' });
    let failure: unknown = null;
    try {
      await work();
      // Statements a request starts after answering (none expected) still land in the capture.
      await new Promise((resolve) => setTimeout(resolve, 10));
    } catch (error) {
      failure = error;
    }
    const { queries } = await ask<{ queries: CapturedQuery[] }>(this.child, { type: 'capture-stop' });
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what the measured request threw, unchanged
    if (failure) throw failure;
    return queries;
  }

  stop() {
    return stopChild(this.child);
  }
}
