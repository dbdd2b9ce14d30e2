import 'reflect-metadata';
import path from 'node:path';
import { fork } from 'node:child_process';
import { parse } from 'graphql';
import { buildAppSchema } from '../src/schema';
import { MAX_QUERY_COMPLEXITY, QueryCostEstimator } from '../src/http/query-limits';
import { DashboardFixture, DashboardScale, dashboardDocument, dashboardVariables, seedDashboard } from './dashboard-fixture';
import { LoadFigures, LoadOptions, median, postGraphQL, startServer } from './dashboard-load';

/**
 * Issue 8.2's abuse scenario: one token sends the most expensive request the server accepts,
 * as fast as it is answered, while a partner uses the dashboard. Reports the partner's p99
 * under attack against its idle p99 (goal ≤ 2×). The server runs with its default limits.
 * Attacker and victim each load from their own process.
 */
export interface AbuseFigures {
  seconds: number;
  attackerConnections: number;
  candidates: { name: string; cost: number; ms: number }[];
  heaviest: { name: string; cost: number; ms: number };
  idle: LoadFigures;
  attacked: LoadFigures;
  attacker: LoadFigures;
  p99Ratio: number;
}

export interface AbuseOptions {
  seconds?: number;
  attackerConnections?: number;
  scale?: DashboardScale;
  fixture?: DashboardFixture;
  log?: (line: string) => void;
}

/** Heavy shapes a merchant admin may ask for, each sized by a page size `n` (1–100). */
const CANDIDATES: { name: string; query: (n: number) => string }[] = [
  {
    name: 'partners with stats, commissions and payments',
    query: (n) =>
      `{ partners(page: { first: ${n} }) { totalCount nodes { id name stats { salesCount salesTotals refundedTotals balances { status count total } } ` +
      `commissions(page: { first: 5 }) { totalCount nodes { id amount status } } payments(page: { first: 5 }) { totalCount nodes { id amount } } } } }`,
  },
  {
    name: 'sales with their commissions, refunds and customers',
    query: (n) =>
      `{ sales(page: { first: ${n} }) { totalCount nodes { id amount refunded commissions { id amount status partner { name } } refunds { id amount } customer { externalId } product { sku } } } }`,
  },
  {
    name: 'commissions with partner, sale, product and payment',
    query: (n) =>
      `{ commissions(page: { first: ${n} }) { totalCount nodes { id kind status amount originalAmount createdAt partner { id name partnerKey } ` +
      `sale { id externalId amount occurredAt product { sku name } } payment { id amount } } } }`,
  },
  {
    name: 'two years of daily program overview, pending payments and partner stats',
    query: (n) => {
      const to = new Date();
      const from = new Date(to.getTime() - 730 * 86_400_000);
      return (
        `{ programOverview(input: { bucket: DAY, from: "${from.toISOString()}", to: "${to.toISOString()}" }) { balances { status count total } amountsDue { currency balance } ` +
        `series { currency points { start earned earnedCount clawbacks payouts } } } pendingPayments(page: { first: ${n} }) { totalCount totals { currency balance } nodes { partnerId balance partner { name } } } ` +
        `partners(page: { first: ${n} }) { nodes { stats { salesCount balances { status count total } } } } }`
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

function loadInWorker(options: LoadOptions): Promise<LoadFigures> {
  const worker = fork(path.join(__dirname, 'load-worker.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    worker.once('message', (figures: LoadFigures) => resolve(figures));
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load worker exited with ${code}`))));
    worker.send(options);
  });
}

export async function runAbuseBench(databaseUrl: string, options: AbuseOptions = {}): Promise<AbuseFigures> {
  const seconds = options.seconds ?? 20;
  const attackerConnections = options.attackerConnections ?? 4;
  const log = options.log ?? (() => {});
  const fixture = options.fixture ?? (await seedDashboard(databaseUrl, options.scale));
  const estimator = new QueryCostEstimator(await buildAppSchema());
  const dashboard = JSON.stringify({ operationName: 'MyOverview', query: dashboardDocument(), variables: dashboardVariables() });
  const victim = fixture.partnerTokens[0];

  // Timing the candidates would spend the admin's budget: do it on a server with an unlimited one.
  const server = await startServer('partnerbook', databaseUrl, { RATE_LIMIT_POINTS_PER_MINUTE: String(1e12) });
  try {
    // Find the most expensive accepted request: the slowest candidate at its largest accepted size.
    const candidates: AbuseFigures['candidates'] = [];
    const bodies = new Map<string, string>();
    for (const candidate of CANDIDATES) {
      const sized = largestAccepted(estimator, candidate.query);
      if (!sized) continue;
      const body = JSON.stringify({ query: sized.query });
      const timings: number[] = [];
      for (let i = 0; i < 3; i++) {
        const answer = await postGraphQL(server.url, fixture.adminToken, body);
        if (answer.status !== 200 || answer.json.errors)
          throw new Error(`${candidate.name}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 400)}`);
        timings.push(answer.ms);
      }
      candidates.push({ name: candidate.name, cost: sized.cost, ms: median(timings) });
      bodies.set(candidate.name, body);
      log(`candidate "${candidate.name}": cost ${sized.cost}, ${median(timings).toFixed(0)} ms`);
    }
    const heaviest = candidates.reduce((a, b) => (b.ms > a.ms ? b : a));
    await server.stop();

    // The measurement itself: default limits.
    const measured = await startServer('partnerbook', databaseUrl);
    try {
      const victimLoad = { url: measured.url, body: dashboard, tokens: [victim], connections: 1, seconds };
      await loadInWorker({ ...victimLoad, seconds: 3 });
      const idle = await loadInWorker(victimLoad);
      log(`victim idle: ${idle.requestsPerSecond.toFixed(0)} req/s, p50 ${idle.p50Ms} ms, p99 ${idle.p99Ms} ms`);
      const [attacked, attacker] = await Promise.all([
        loadInWorker(victimLoad),
        loadInWorker({
          url: measured.url,
          body: bodies.get(heaviest.name)!,
          tokens: [fixture.adminToken],
          connections: attackerConnections,
          seconds,
        }),
      ]);
      log(`victim under attack: ${attacked.requestsPerSecond.toFixed(0)} req/s, p50 ${attacked.p50Ms} ms, p99 ${attacked.p99Ms} ms`);
      log(`attacker: ${attacker.requests} requests ${JSON.stringify(attacker.statuses)}`);
      for (const [name, figures] of [
        ['idle victim', idle],
        ['attacked victim', attacked],
      ] as const) {
        if (figures.errors > 0 || Object.keys(figures.statuses).some((status) => status !== '200')) {
          throw new Error(`${name}: unexpected answers ${JSON.stringify(figures.statuses)}, ${figures.errors} errors`);
        }
      }
      return { seconds, attackerConnections, candidates, heaviest, idle, attacked, attacker, p99Ratio: attacked.p99Ms / idle.p99Ms };
    } finally {
      await measured.stop();
    }
  } finally {
    await server.stop();
  }
}
