import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Redis from 'ioredis';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { resultCode } from '../support/typed-results';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { AppOptions, createApp, RunningApp } from '../../server/src/http/app';
import { AppConfig, loadConfig } from '../../server/src/config';
import { Clock } from '../../server/src/common/clock';

/**
 * Two instances of the server on one database: with REDIS_URL they share every budget and the
 * sign-in throttle; without it each keeps its own. Each run uses its own Redis key prefix, so
 * parallel files and runs never meet, and deletes its keys afterwards.
 */
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(url: string): Promise<boolean> {
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

const reachable = await redisAnswers(redisUrl);
if (!reachable) console.warn(`shared-limits: skipped, no Redis answers at ${redisUrl} (set REDIS_URL; CI runs one)`);

class ManualClock implements Clock {
  private ms = Date.UTC(2030, 0, 1);
  now() {
    return new Date(this.ms);
  }
  advance(ms: number) {
    this.ms += ms;
  }
}

let app: TestApp;
let fx: ProgramFixture;
const instances: RunningApp[] = [];
const prefix = `partnerbook-test:${randomUUID()}:`;

async function instance(config: Partial<AppConfig>, options: AppOptions = {}) {
  const running = await createApp(
    app.dataSource,
    { ...loadConfig(), port: 0, host: '127.0.0.1', production: false, trustProxy: ['loopback'], ...config },
    options,
  );
  instances.push(running);
  return running;
}

/** A typed document's request to one of the instances; the answer with its status and headers, `body.data` typed. */
async function post<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  headers: Record<string, string>,
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Omit<GraphQLResponse<TData>, 'status'> };
}

// 51 points
const ME = graphql(`
  query SharedLimitsMe {
    me {
      kind
    }
  }
`);
const LOGIN = graphql(`
  mutation SharedLimitsLogin($i: LoginInput!) {
    login(input: $i) {
      __typename
      ... on ErrorResult {
        code
      }
    }
  }
`);

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => {
  for (const running of instances) await running.close();
  if (reachable) {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
  await app?.close();
});

describe.skipIf(!reachable)(`two instances sharing Redis (${redisUrl})`, () => {
  let a: RunningApp;
  let b: RunningApp;
  const clock = new ManualClock();
  beforeAll(async () => {
    const shared = { redisUrl, redisKeyPrefix: prefix, rateLimitPointsPerMinute: 300, loginMaxFailures: 3 };
    a = await instance(shared, { clock });
    b = await instance(shared, { clock });
  });

  it('spend one budget per caller, whichever instance answers', async () => {
    const auth = { authorization: `Bearer ${fx.tokens.partnerA}` };
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await post(i % 2 ? b.url : a.url, ME, {}, auth);
      expect(answer.status).toBe(200);
      remaining.push(answer.headers.get('ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['249', '198', '147', '96', '45']);
    for (const url of [a.url, b.url]) {
      const refused = await post(url, ME, {}, auth);
      expect(refused.status).toBe(429);
      expect(errorCode(refused.body)).toBe('RATE_LIMITED');
    }
    clock.advance(2_000);
    expect((await post(b.url, ME, {}, auth)).status).toBe(200);
  });

  it('share a debt for measured database time: a query that ran long on one instance is owed on the other', async () => {
    let reading = 0;
    // Every reading 100 ms after the last: `me` is measured at 100 ms on the first instance (1,000 points, 949 over its price).
    const stopwatch = () => (reading += 100);
    const measuring = {
      redisUrl,
      redisKeyPrefix: `${prefix}measured:`,
      rateLimitPointsPerMinute: 2_500,
      rateLimitPointsPerDatabaseSecond: 10_000,
    };
    const slow = await instance(measuring, { clock, stopwatch });
    const other = await instance({ ...measuring, rateLimitPointsPerDatabaseSecond: 0 }, { clock });
    const auth = { authorization: `Bearer ${fx.tokens.partnerB}` };
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) remaining.push((await post(slow.url, ME, {}, auth)).headers.get('ratelimit-remaining')!);
    expect(remaining).toEqual(['1500', '500', '0']); // the third left 500 points owed
    const refused = await post(other.url, ME, {}, auth);
    expect(refused.status).toBe(429);
    expect(errorCode(refused.body)).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toBe('14'); // 500 owed + 51 for this request, at 2,500 a minute
    clock.advance(14_000);
    expect((await post(other.url, ME, {}, auth)).status).toBe(200);
  });

  it('throttle sign-ins together: failures on one instance slow the same address on the other, not the owner elsewhere', async () => {
    const attempt = (url: string, password: string, address: string) =>
      post(url, LOGIN, { i: { email: fx.partnerB.email, password } }, { 'x-forwarded-for': address }).then(
        (answer) => answer.body.data?.login,
      );
    expect(resultCode(await attempt(a.url, 'guess 1', '198.51.100.20'))).toBe('INVALID_CREDENTIALS');
    expect(resultCode(await attempt(b.url, 'guess 2', '198.51.100.20'))).toBe('INVALID_CREDENTIALS');
    expect(resultCode(await attempt(a.url, 'guess 3', '198.51.100.20'))).toBe('INVALID_CREDENTIALS');
    expect(resultCode(await attempt(b.url, 'correct horse battery', '198.51.100.20'))).toBe('TOO_MANY_ATTEMPTS');
    expect(resultCode(await attempt(a.url, 'correct horse battery', '198.51.100.20'))).toBe('TOO_MANY_ATTEMPTS');
    expect((await attempt(b.url, 'correct horse battery', '198.51.100.21'))?.__typename).toBe('AuthSession');
  });
});

describe('without Redis', () => {
  it('each instance keeps its own budget (what REDIS_URL is for)', async () => {
    const config = { rateLimitPointsPerMinute: 300 };
    const clock = new ManualClock();
    const [a, b] = [await instance(config, { clock }), await instance(config, { clock })];
    const auth = { authorization: `Bearer ${fx.tokens.admin}` };
    for (let i = 0; i < 5; i++) expect((await post(a.url, ME, {}, auth)).status).toBe(200);
    expect((await post(a.url, ME, {}, auth)).status).toBe(429);
    expect((await post(b.url, ME, {}, auth)).headers.get('ratelimit-remaining')).toBe('249');
  });

  it('an unreachable Redis leaves the API up, limiting in memory', async () => {
    const down = await instance(
      { redisUrl: 'redis://127.0.0.1:1', redisKeyPrefix: prefix, rateLimitPointsPerMinute: 300 },
      { clock: new ManualClock() },
    );
    const auth = { authorization: `Bearer ${fx.tokens.viewer}` };
    const answer = await post(down.url, ME, {}, auth);
    expect(answer.status).toBe(200);
    expect(answer.body.data?.me.kind).toBe('MERCHANT');
    expect(answer.headers.get('ratelimit-remaining')).toBe('249');
    const login = await post(down.url, LOGIN, { i: { email: fx.partnerA.email, password: 'correct horse battery' } }, {});
    expect(login.body.data?.login.__typename).toBe('AuthSession');
  });
});
