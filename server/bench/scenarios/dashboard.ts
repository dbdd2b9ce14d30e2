import path from 'node:path';
import { ChildProcess } from 'node:child_process';
import { BenchContext, Measurement, Scenario } from '../harness/scenario';
import { closedLoop, graphql, post } from '../harness/http-client';
import { ask, CapturedQuery, forkReady, stopChild } from '../harness/server-under-test';
import { duration, percentile } from '../harness/stats';

/**
 * Partner dashboard: 16 partners (one client each, each with its own session) load their earnings
 * page over and over — the portal's `MyOverview` then `Me` — for a fixed time. The baseline is a raw
 * node:http + pg server (baseline-http-server.ts) running, per client, the very statements the real
 * server ran for that client's two requests.
 */
const CLIENTS = 16;

const MY_OVERVIEW = `query MyOverview($input: OverviewInput!) {
  me { partner { id name partnerKey status paypalEmail stats { salesCount salesTotals { amount currency } refundedTotals { amount currency } balances { status count total { amount currency } } } } }
  myOverview(input: $input) { from to bucket series { currency points { start earned { amount currency } earnedCount clawbacks { amount currency } clawbackCount payouts { amount currency } payoutCount } } }
}`;
const ME = `query Me {
  me { kind label displayName merchantRole apiKeyScope program { id name currency } partner { id name partnerKey email } }
}`;
const OPERATIONS = [
  { name: 'MyOverview', query: MY_OVERVIEW, variables: { input: { bucket: 'MONTH' } } },
  { name: 'Me', query: ME, variables: {} },
];

let baselineServer: { child: ChildProcess; url: string } | null = null;

const durationMs = (bench: BenchContext) => (bench.scale >= 0.1 ? 10_000 : bench.scale >= 0.01 ? 3_000 : 500);

function summary(latencies: number[], ms: number): Measurement {
  return {
    units: latencies.length,
    ms,
    details: { p50: duration(percentile(latencies, 50)), p99: duration(percentile(latencies, 99)), clients: String(CLIENTS) },
  };
}

export const dashboard: Scenario = {
  name: 'dashboard',
  title: 'partner dashboard (`MyOverview` + `Me`), 16 clients',
  unit: 'requests',
  goal: { ratio: 0.6 },
  measures: {
    partnerbook:
      '16 partners, one client each, loop `MyOverview` (with `me`) then `Me` over HTTP for a fixed time (10 s at --scale ≥ 0.1).',
    baseline:
      'the same loop against a raw `node:http` + `pg` server (same pool size) that runs, per client and request, the statements the real ' +
      'server ran (captured at the driver): the first alone, the rest in parallel, rows as JSON.',
  },

  async prepare(bench) {
    const sessions = bench.program.partnerSessions;
    if (sessions.length < CLIENTS) throw new Error(`${sessions.length} partner sessions for ${CLIENTS} clients`);
    const routes: Record<string, CapturedQuery[][]> = {};
    for (const operation of OPERATIONS) {
      routes[operation.name] = [];
      // Once to warm up (caches, plans), then captured once per client.
      await bench.server.graphql(operation.query, operation.variables, sessions[0].token);
      for (const session of sessions.slice(0, CLIENTS)) {
        const queries = await bench.server.captureQueries(() => bench.server.graphql(operation.query, operation.variables, session.token));
        if (queries.length === 0) throw new Error(`no SQL captured for ${operation.name}`);
        routes[operation.name].push(queries);
      }
    }
    bench.log(`dashboard: ${OPERATIONS.map((o) => `${o.name} runs ${routes[o.name][0].length} statements`).join(', ')}`);
    const { child, ready } = await forkReady<{ url: string }>('baseline-http-server.js', {
      env: { ...process.env, DATABASE_URL: bench.databaseUrl, POOL_SIZE: '20' },
      execArgv: bench.serverExecArgv,
      logFile: path.join(bench.workDir, 'baseline-http-server.log'),
    });
    await ask(child, { type: 'load', routes });
    baselineServer = { child, url: ready.url };
  },

  async run(bench) {
    const sessions = bench.program.partnerSessions;
    const latencies: number[] = [];
    const ms = await closedLoop(CLIENTS, durationMs(bench), async (client) => {
      for (const op of OPERATIONS) {
        const begun = performance.now();
        await graphql(bench.server.url, op.query, op.variables, sessions[client].token);
        latencies.push(performance.now() - begun);
      }
    });
    return summary(latencies, ms);
  },

  async baseline(bench) {
    const server = baselineServer!;
    const latencies: number[] = [];
    const ms = await closedLoop(CLIENTS, durationMs(bench), async (client) => {
      for (const op of OPERATIONS) {
        const begun = performance.now();
        const answer = await post(
          `${server.url}/${op.name}?client=${client}`,
          JSON.stringify({ query: op.query, variables: op.variables }),
        );
        if (answer.status !== 200) throw new Error(`baseline server answered ${answer.status}: ${answer.body.slice(0, 300)}`);
        latencies.push(performance.now() - begun);
      }
    });
    return summary(latencies, ms);
  },

  async finish() {
    if (baselineServer) await stopChild(baselineServer.child);
    baselineServer = null;
  },
};
