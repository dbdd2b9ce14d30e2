import path from 'node:path';
import { parse } from 'graphql';
import { ApiKeyScope } from '@partnerbook/shared';
import { createApiKey } from '../../src/auth/auth.service';
import { buildAppSchema } from '../../src/schema';
import { MAX_QUERY_COMPLEXITY, QueryCostEstimator } from '../../src/http/query-limits';
import { REQUEST_BASE_COST } from '../../src/http/rate-limit-plugin';
import { BenchContext, Measurement, Scenario } from '../harness/scenario';
import { graphql, post } from '../harness/http-client';
import { ServerUnderTest } from '../harness/server-under-test';
import { count, duration, percentile } from '../harness/stats';

/**
 * Issue 8.2: one token sends the most expensive request the server accepts, from 4 connections, as
 * fast as it is answered, while a partner loads the dashboard (`MyOverview`) in a loop. "Partnerbook"
 * is the partner's p99 under attack, the "baseline" the same partner's p99 with nobody attacking; the
 * ratio is idle p99 / attacked p99, so the goal "p99 under attack ≤ 2× idle" is a ratio ≥ 0.5.
 * The attack runs against a server of its own with the default limits (budgets, in-flight allowance),
 * so the shared server's budgets stay untouched for the other scenarios.
 */
const ATTACKER_CONNECTIONS = 4;

const MY_OVERVIEW = `query MyOverview($input: OverviewInput!) {
  me { partner { id name partnerKey status paypalEmail stats { salesCount salesTotals { amount currency } refundedTotals { amount currency } balances { status count total { amount currency } } } } }
  myOverview(input: $input) { from to bucket series { currency points { start earned { amount currency } earnedCount clawbacks { amount currency } clawbackCount payouts { amount currency } payoutCount } } }
}`;
const VICTIM_VARIABLES = { input: { bucket: 'DAY' } };

/** Heavy shapes a merchant admin may ask for, each sized by a page size `n` (1–100). */
const CANDIDATES: { name: string; query: (n: number) => string }[] = [
  {
    name: 'partners with stats, commissions and payments',
    query: (n) =>
      `{ partners(page: { first: ${n} }) { totalCount nodes { id name stats { salesCount salesTotals { amount currency } refundedTotals { amount currency } balances { status count total { amount currency } } } ` +
      `commissions(page: { first: 5 }) { totalCount nodes { id amount { amount currency } status } } payments(page: { first: 5 }) { totalCount nodes { id amount { amount currency } } } } } }`,
  },
  {
    name: 'sales with their commissions, refunds and customers',
    query: (n) =>
      `{ sales(page: { first: ${n} }) { totalCount nodes { id amount { amount currency } refunded { amount currency } commissions { id amount { amount currency } status partner { name } } refunds { id amount { amount currency } } customer { externalId } product { sku } } } }`,
  },
  {
    name: 'commissions with partner, sale, product and payment',
    query: (n) =>
      `{ commissions(page: { first: ${n} }) { totalCount nodes { id kind status amount { amount currency } originalAmount { amount currency } createdAt partner { id name partnerKey } ` +
      `sale { id externalId amount { amount currency } occurredAt product { sku name } } payment { id amount { amount currency } } } } }`,
  },
  {
    name: 'two years of daily program overview, pending payments and partner stats',
    query: (n) => {
      const to = new Date();
      const from = new Date(to.getTime() - 730 * 86_400_000);
      return (
        `{ programOverview(input: { bucket: DAY, from: "${from.toISOString()}", to: "${to.toISOString()}" }) { balances { status count total { amount currency } } amountsDue { currency balance { amount currency } } ` +
        `series { currency points { start earned { amount currency } earnedCount clawbacks { amount currency } payouts { amount currency } } } } pendingPayments(page: { first: ${n} }) { totalCount totals { currency balance { amount currency } } nodes { partnerId balance { amount currency } partner { name } } } ` +
        `partners(page: { first: ${n} }) { nodes { stats { salesCount balances { status count total { amount currency } } } } } }`
      );
    },
  },
];

/** The largest page size (≤ 100) that keeps the request under the cost limit. */
function largestAccepted(estimator: QueryCostEstimator, build: (n: number) => string): { query: string; cost: number } | null {
  let best: { query: string; cost: number } | null = null;
  for (let n = 1; n <= 100; n++) {
    const query = build(n);
    const cost = estimator.estimate(parse(query), query, undefined, {});
    if (cost > MAX_QUERY_COMPLEXITY) break;
    best = { query, cost };
  }
  return best;
}

interface Attack {
  name: string;
  cost: number;
  msAlone: number;
  body: string;
}

let attack: Attack | null = null;
let attackServer: ServerUnderTest | null = null;

const windowMs = (bench: BenchContext) => (bench.scale >= 0.1 ? 20_000 : bench.scale >= 0.01 ? 5_000 : 1_000);

/**
 * The victim's loop for the window: one connection, `MyOverview` by day, every answer checked. Each
 * request is another partner's (the seeded sessions in turn): one partner looping as fast as answered
 * would spend its own budget, which is not what is measured here.
 */
async function victim(bench: BenchContext, url: string): Promise<number[]> {
  const sessions = bench.program.partnerSessions;
  const latencies: number[] = [];
  const deadline = performance.now() + windowMs(bench);
  while (performance.now() < deadline) {
    const begun = performance.now();
    await graphql(url, MY_OVERVIEW, VICTIM_VARIABLES, sessions[latencies.length % sessions.length].token);
    latencies.push(performance.now() - begun);
  }
  return latencies;
}

function measurement(latencies: number[], ms: number, extra: Record<string, string> = {}): Measurement {
  const p99 = percentile(latencies, 99);
  return {
    units: 1,
    ms: p99,
    details: {
      'victim requests': count(latencies.length),
      'victim req/s': (latencies.length / (ms / 1000)).toFixed(1),
      p50: duration(percentile(latencies, 50)),
      p99: duration(p99),
      ...extra,
    },
  };
}

export const abuse: Scenario = {
  name: 'abuse',
  title: 'one token flooding the server: partners’ dashboard p99, idle vs under attack',
  unit: 'p99',
  goal: { ratio: 0.5, text: 'i.e. p99 under attack ≤ 2× idle' },
  growth: false,
  // Each run is a whole attack window against its own server: a warm-up would double the scenario.
  warmup: false,
  measures: {
    partnerbook:
      `partners load \`MyOverview\` by day in a loop (one connection, each request the next of 64 partners' sessions) while one API key sends the most expensive request the server accepts ` +
      `from ${ATTACKER_CONNECTIONS} connections as fast as it is answered (default limits; 20 s at --scale ≥ 0.1; a new key each repetition); the figure is the partners' p99.`,
    baseline: 'the same loop with nobody attacking; the ratio is idle p99 / attacked p99.',
  },
  cell: (measurements) => {
    const p99s = measurements.map((m) => m.ms).sort((a, b) => a - b);
    const mid = p99s[Math.floor(p99s.length / 2)];
    return `p99 ${duration(mid)}${p99s.length > 1 ? ` (${duration(p99s[0])}–${duration(p99s[p99s.length - 1])})` : ''}`;
  },

  async prepare(bench) {
    const estimator = new QueryCostEstimator(await buildAppSchema());
    // Timing the candidates would spend the key's budget: time them on the shared server's twin with an unlimited one.
    const timing = await ServerUnderTest.start(
      bench.databaseUrl,
      bench.serverExecArgv,
      path.join(bench.workDir, 'abuse-timing-server.log'),
      {
        RATE_LIMIT_POINTS_PER_MINUTE: String(1e12),
      },
    );
    const timed: Attack[] = [];
    try {
      for (const candidate of CANDIDATES) {
        const sized = largestAccepted(estimator, candidate.query);
        if (!sized) continue;
        const times: number[] = [];
        // Three timings each (one at tiny scales, where only the harness's health is checked).
        for (let i = 0; i < (bench.scale >= 0.01 ? 3 : 1); i++) {
          const begun = performance.now();
          await graphql(timing.url, sized.query, {}, bench.program.adminToken);
          times.push(performance.now() - begun);
        }
        times.sort((a, b) => a - b);
        const msAlone = times[Math.floor(times.length / 2)];
        timed.push({ name: candidate.name, cost: sized.cost, msAlone, body: JSON.stringify({ query: sized.query }) });
        bench.log(`abuse: candidate "${candidate.name}" costs ${sized.cost}, ${duration(msAlone)} alone`);
      }
    } finally {
      await timing.stop();
    }
    attack = timed.reduce((a, b) => (b.msAlone > a.msAlone ? b : a));
    attackServer = await ServerUnderTest.start(bench.databaseUrl, bench.serverExecArgv, path.join(bench.workDir, 'abuse-server.log'));
    await victim({ ...bench, scale: 0 }, attackServer.url); // warm up (plans, caches)
  },

  async run(bench) {
    const server = attackServer!;
    const heavy = attack!;
    // A new key each repetition: the last one's budget may still be in debt for its reads' measured time.
    const attacker = await createApiKey(bench.system, { name: `attacker ${bench.tag()}`, scope: ApiKeyScope.WRITE });
    const statuses: Record<string, number> = {};
    let attacking = true;
    const attackers = Array.from({ length: ATTACKER_CONNECTIONS }, async () => {
      while (attacking) {
        const answer = await post(`${server.url}/graphql`, heavy.body, { authorization: `Bearer ${attacker.secret}` });
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      }
    });
    const begun = performance.now();
    let latencies: number[];
    let ms: number;
    try {
      latencies = await victim(bench, server.url);
      ms = performance.now() - begun;
    } finally {
      attacking = false;
      // Answers still on their way count too (a slow request finishing after the window was still sent
      // in it); and a failed window must not leave attackers running into a stopped server.
      await Promise.allSettled(attackers);
    }
    const sent = Object.values(statuses).reduce((a, b) => a + b, 0);
    return measurement(latencies, ms, {
      attack: `${heavy.name}, cost ${REQUEST_BASE_COST + heavy.cost}, ${duration(heavy.msAlone)} alone`,
      'attacker answers': `${count(sent)} (${Object.entries(statuses)
        .map(([status, n]) => `${count(n)} × ${status}`)
        .join(', ')})`,
    });
  },

  async baseline(bench) {
    const begun = performance.now();
    const latencies = await victim(bench, attackServer!.url);
    return measurement(latencies, performance.now() - begun);
  },

  async finish() {
    await attackServer?.stop();
    attackServer = null;
    attack = null;
  },
};
