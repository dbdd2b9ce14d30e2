import { describe, expect, it } from 'vitest';
import { HeaderMap } from '@apollo/server';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { Clock } from '../common/clock';
import { CallerConcurrency, DEFAULT_CONCURRENCY_POLICY } from './caller-concurrency';
import { QueryCostEstimator } from './query-limits';
import { CostRateLimiter, MemoryBucketStore } from './rate-limit';
import { queryCostPlugin } from './rate-limit-plugin';
import { ResolverSlots } from './resolver-slots';

const schema = buildSchema('type Query { report: Int } type Mutation { pay: Int }');
const clock: Clock = { now: () => new Date(Date.UTC(2030, 0, 1)) };

/** The plugin's hooks for one request of `caller`, driven the way Apollo drives them. */
function requestOf(plugin: ReturnType<typeof queryCostPlugin>, caller: string, source: string) {
  const document = parse(source);
  const contextValue = {
    caller: { key: caller, anonymous: false },
    requestKey: `token:${caller}`,
    slots: new ResolverSlots(),
    ctx: {},
  } as Record<string, any>;
  const operation = document.definitions[0];
  const hooks = plugin.requestDidStart!({} as never) as Promise<Record<string, (context: unknown) => Promise<void>>>;
  return {
    contextValue,
    /** Resolves once the request may run; rejects with its refusal. */
    async admit() {
      await (await hooks).didResolveOperation({ request: { variables: {} }, document, queryHash: source, contextValue });
    },
    async answer() {
      const response = { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: {} } };
      await (await hooks).willSendResponse({ response, contextValue, operation });
      return response.http.headers;
    },
  };
}

function setUp(pointsPerDatabaseSecond: number) {
  let now = 0;
  const limiter = new CostRateLimiter(
    new MemoryBucketStore(),
    { authenticated: { capacity: 6_000, windowSeconds: 60 }, anonymous: { capacity: 6_000, windowSeconds: 60 } },
    clock,
  );
  const plugin = queryCostPlugin(
    new QueryCostEstimator(schema),
    limiter,
    new CallerConcurrency({ ...DEFAULT_CONCURRENCY_POLICY, maxRequests: 1 }),
    undefined,
    { pointsPerDatabaseSecond, stopwatch: () => now },
  );
  /** One SQL-running resolver of the request, taking `ms` on the stopwatch. */
  const resolve = (request: ReturnType<typeof requestOf>, ms: number) =>
    (request.contextValue.slots as ResolverSlots).run(async () => {
      now += ms;
    });
  return { plugin, resolve };
}

describe('the cost plugin with measured database time', () => {
  it("charges a query its statements' time beyond its price, and refuses the caller's next request waiting for its turn", async () => {
    const { plugin, resolve } = setUp(10_000);
    const first = requestOf(plugin, 'account:a', '{ report }');
    await first.admit();
    const paid: number = first.contextValue.paidPoints;
    const queued = requestOf(plugin, 'account:a', '{ report }');
    const waiting = queued.admit();
    waiting.catch(() => {});
    await resolve(first, 900); // 9,000 points of database time
    const headers = await first.answer();
    expect(first.contextValue.surcharge).toBe(9_000 - paid);
    expect(headers.get('ratelimit-remaining')).toBe('0');
    const refusal = await waiting.then(
      () => {
        throw new Error('the queued request ran');
      },
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(GraphQLError);
    if (!(refusal instanceof GraphQLError)) return;
    expect(refusal.extensions).toMatchObject({ code: 'RATE_LIMITED', http: { status: 429 } });
    expect(refusal.message).toMatch(/earlier requests ran longer than their price/);
    // Another caller is not affected.
    const other = requestOf(plugin, 'account:c', '{ report }');
    await other.admit();
    await resolve(other, 1);
    expect((await other.answer()).get('ratelimit-remaining')).toBe(String(6_000 - paid));
  });

  it('does not surcharge mutations, nor anything when measured time is off', async () => {
    for (const [points, source] of [
      [10_000, 'mutation { pay }'],
      [0, '{ report }'],
    ] as const) {
      const { plugin, resolve } = setUp(points);
      const request = requestOf(plugin, 'account:a', source);
      await request.admit();
      const paid: number = request.contextValue.paidPoints;
      const queued = requestOf(plugin, 'account:a', source);
      const waiting = queued.admit();
      await resolve(request, 900);
      expect((await request.answer()).get('ratelimit-remaining')).toBe(String(6_000 - paid));
      expect(request.contextValue.surcharge).toBeUndefined();
      await waiting;
      expect(queued.contextValue.rateLimit.allowed).toBe(true);
      const third = requestOf(plugin, 'account:a', source);
      const admitted = third.admit();
      await resolve(queued, 1);
      await queued.answer();
      await admitted;
      expect(third.contextValue.rateLimit.remaining).toBe(6_000 - 3 * paid);
    }
  });
});
