import { isDeepStrictEqual } from 'node:util';
import { DashboardFixture, DashboardScale, dashboardDocument, dashboardVariables, seedDashboard } from './dashboard-fixture';
import { LoadFigures, load, median, postGraphQL, startServer } from './dashboard-load';

/**
 * Issue 9's partner dashboard row: the portal's `MyOverview` (with `me`) at 16 connections,
 * Partnerbook against raw node:http + pg running the same SQL, measured alternately in the
 * same run. Partnerbook runs with production settings and its rate limiter on, with a budget
 * high enough not to refuse this load (the abuse scenario measures the limiter itself).
 */
export interface DashboardFigures {
  connections: number;
  seconds: number;
  runs: { raw: LoadFigures; partnerbook: LoadFigures; ratio: number }[];
  medianRatio: number;
  minRatio: number;
  maxRatio: number;
}

export interface DashboardOptions {
  connections?: number;
  seconds?: number;
  repetitions?: number;
  scale?: DashboardScale;
  fixture?: DashboardFixture;
  log?: (line: string) => void;
}

export async function runDashboardBench(databaseUrl: string, options: DashboardOptions = {}): Promise<DashboardFigures> {
  const connections = options.connections ?? 16;
  const seconds = options.seconds ?? 10;
  const repetitions = options.repetitions ?? 3;
  const log = options.log ?? (() => {});
  const fixture = options.fixture ?? (await seedDashboard(databaseUrl, options.scale));
  const body = JSON.stringify({ operationName: 'MyOverview', query: dashboardDocument(), variables: dashboardVariables() });
  const tokens = fixture.partnerTokens.slice(0, connections);

  const partnerbook = await startServer('partnerbook', databaseUrl, { RATE_LIMIT_POINTS_PER_MINUTE: String(1e12) });
  const raw = await startServer('raw', databaseUrl, { BENCH_SESSION_SQL: fixture.sessionSql });
  try {
    // Same work: both answer every token with the same JSON.
    for (const token of tokens.slice(0, 3)) {
      const [ours, theirs] = await Promise.all([postGraphQL(partnerbook.url, token, body), postGraphQL(raw.url, token, body)]);
      if (ours.status !== 200 || ours.json.errors)
        throw new Error(`Partnerbook answered ${ours.status}: ${JSON.stringify(ours.json).slice(0, 500)}`);
      if (!isDeepStrictEqual(ours.json, theirs.json)) {
        throw new Error(
          `the baseline answers differently:\n${JSON.stringify(ours.json).slice(0, 800)}\n${JSON.stringify(theirs.json).slice(0, 800)}`,
        );
      }
    }
    // Warm-up: JIT, pools, caches.
    for (const server of [raw, partnerbook]) await load({ url: server.url, body, tokens, connections, seconds: 3 });
    const runs: DashboardFigures['runs'] = [];
    for (let i = 0; i < repetitions; i++) {
      const rawFigures = await load({ url: raw.url, body, tokens, connections, seconds });
      const ourFigures = await load({ url: partnerbook.url, body, tokens, connections, seconds });
      for (const [name, figures] of [
        ['raw', rawFigures],
        ['partnerbook', ourFigures],
      ] as const) {
        if (figures.errors > 0 || Object.keys(figures.statuses).some((status) => status !== '200')) {
          throw new Error(`${name}: unexpected answers ${JSON.stringify(figures.statuses)}, ${figures.errors} errors`);
        }
      }
      const ratio = ourFigures.requestsPerSecond / rawFigures.requestsPerSecond;
      log(
        `dashboard run ${i + 1}: raw ${rawFigures.requestsPerSecond.toFixed(0)} req/s (p50 ${rawFigures.p50Ms} ms, p99 ${rawFigures.p99Ms} ms), ` +
          `Partnerbook ${ourFigures.requestsPerSecond.toFixed(0)} req/s (p50 ${ourFigures.p50Ms} ms, p99 ${ourFigures.p99Ms} ms): ${ratio.toFixed(2)}×`,
      );
      runs.push({ raw: rawFigures, partnerbook: ourFigures, ratio });
    }
    const ratios = runs.map((run) => run.ratio);
    return { connections, seconds, runs, medianRatio: median(ratios), minRatio: Math.min(...ratios), maxRatio: Math.max(...ratios) };
  } finally {
    await partnerbook.stop();
    await raw.stop();
  }
}
