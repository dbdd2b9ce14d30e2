import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, GraphQLError, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { GuardsLoginMutation } from '../gql/graphql';
import { createProgramFixture, loginAs, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { until } from '../support/wait-for';
import { AppOptions, createApp, RunningApp } from '../../server/src/http/app';
import { AppConfig, loadConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/database/data-source';
import { Clock } from '../../server/src/common/clock';
import { buildAppSchema } from '../../server/src/schema';
import { QueryCostEstimator } from '../../server/src/http/query-limits';
import { REQUEST_BASE_COST } from '../../server/src/http/rate-limit-plugin';
import { BACKGROUND_REQUEST_COST } from '../../server/src/http/resolver-slots';

let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

/** A GraphQL answer's body: `data` typed as the document's result (`unknown` for a probe). */
interface AnswerBody<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

async function post<T = unknown>(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as AnswerBody<T> };
}

/** The errors of a non-GraphQL answer (a download's refusal). */
async function errorsOf(response: Response) {
  return ((await response.json()) as AnswerBody<unknown>).errors;
}

interface RequestOptions {
  token?: string;
  forwardedFor?: string;
}

/**
 * An untyped GraphQL request (documents built at run time, invalid on purpose or sent with malformed
 * variables) with a token and/or a forwarded client address; the answer with its status and headers.
 */
function probe(url: string, query: string | DocumentNode, variables: Record<string, unknown> = {}, options: RequestOptions = {}) {
  return post(url, JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }), {
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
  });
}

/** A typed document's request to any instance (see `probe`): `body.data` is the document's result. */
async function request<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
) {
  const answer = await probe(url, document, variables as Record<string, unknown>, options);
  return { ...answer, body: answer.body as AnswerBody<TData> };
}

async function count(sql: string) {
  const [{ n }] = await queryRows<{ n: number }>(app, sql);
  return n;
}

/** Time that moves only when told: budgets refill by steps, never with the machine's speed. */
class ManualClock implements Clock {
  private ms = Date.UTC(2030, 0, 1);
  now() {
    return new Date(this.ms);
  }
  advance(ms: number) {
    this.ms += ms;
  }
}

/** A second server on the test's database with some settings changed (closed after the file). */
const extraApps: RunningApp[] = [];
async function startInstance(config: Partial<AppConfig>, options: AppOptions = {}): Promise<RunningApp> {
  const instance = await createApp(app.dataSource, { ...loadConfig(), port: 0, host: '127.0.0.1', production: false, ...config }, options);
  extraApps.push(instance);
  return instance;
}
afterAll(async () => {
  for (const instance of extraApps) await instance.close();
});

const LOGIN = graphql(`
  mutation GuardsLogin($i: LoginInput!) {
    login(input: $i) {
      __typename
      ... on ErrorResult {
        code
      }
      ... on TooManyAttemptsError {
        retryAfterSeconds
      }
    }
  }
`);
const ME = graphql(`
  query GuardsMe {
    me {
      kind
    }
  }
`);
const RECORD_SALES = graphql(`
  mutation GuardsRecordSales($s: [SaleInput!]!) {
    recordSales(sales: $s) {
      results {
        externalId
      }
    }
  }
`);
const LIGHT_OVERVIEW = graphql(`
  query GuardsLightOverview {
    programOverview(input: { bucket: DAY }) {
      series {
        currency
      }
      amountsDue {
        currency
      }
    }
  }
`);

const HEAVY_OVERVIEW = graphql(`
  query GuardsHeavyOverview($from: DateTimeISO!, $to: DateTimeISO!) {
    programOverview(input: { bucket: DAY, from: $from, to: $to }) {
      series {
        currency
      }
      amountsDue {
        currency
      }
    }
    partners(page: { first: 100 }) {
      nodes {
        stats {
          salesCount
        }
      }
    }
  }
`);

const APPROVE_COUNT = graphql(`
  mutation GuardsApproveCount($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      succeeded
    }
  }
`);
const PARTNER = graphql(`
  query GuardsPartner($id: UUID!) {
    partner(id: $id) {
      id
    }
  }
`);
const SALE = graphql(`
  query GuardsSale($id: UUID!) {
    sale(id: $id) {
      id
    }
  }
`);
const COMMISSION = graphql(`
  query GuardsCommission($id: UUID!) {
    commission(id: $id) {
      id
    }
  }
`);
const CUSTOMER = graphql(`
  query GuardsCustomer($id: UUID!) {
    customer(id: $id) {
      id
    }
  }
`);
const CREATE_PARTNER = graphql(`
  mutation GuardsCreatePartner($i: CreatePartnerInput!) {
    createPartner(input: $i) {
      id
    }
  }
`);

/** A login answer's error code (undefined for a session). */
function loginCode(login: GuardsLoginMutation['login'] | undefined) {
  return login && 'code' in login ? login.code : undefined;
}

describe('request limits', () => {
  it('refuses a body over 1 MB with a typed error', async () => {
    const huge = JSON.stringify({ query: `{ me { kind } }`, variables: { pad: 'x'.repeat(1_100_000) } });
    const { status, body } = await post(app.url, huge, { authorization: `Bearer ${fx.tokens.admin}` });
    expect(status).toBe(413);
    expect(errorCode(body)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses queries deeper than the limit', async () => {
    const deep = `{ me { partner { commissions { nodes { partner { commissions { nodes { partner { commissions { nodes { partner { id } } } } } } } } } } } }`;
    const response = await app.gqlUntypedProbe(deep, {}, fx.tokens.partnerA);
    expect(response.errors?.[0].message).toMatch(/exceeds maximum operation depth/);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses over-complex queries', async () => {
    const costly = `{ partners(page: { first: 100 }) { nodes { commissions(page: { first: 100 }) { nodes { id sale { id } } } } } }`;
    const response = await app.gqlUntypedProbe(costly, {}, fx.tokens.admin);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('does not accept batched requests', async () => {
    const { status } = await post(app.url, JSON.stringify([{ query: '{ me { kind } }' }, { query: '{ me { kind } }' }]), {
      authorization: `Bearer ${fx.tokens.admin}`,
    });
    expect(status).toBe(400);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { kind } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses oversized and empty batches of sales and ids, changing nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM sale`);
    const sales = Array.from({ length: 501 }, (_, i) => ({
      externalId: `big-${i}`,
      customerExternalId: 'c',
      productSku: 'TENT',
      amount: usd(100),
    }));
    for (const batch of [sales, []]) {
      const response = await app.gql(RECORD_SALES, { s: batch }, fx.tokens.admin);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const ids = Array.from({ length: 1_001 }, () => '00000000-0000-4000-8000-000000000000');
    const tooMany = await app.gql(APPROVE_COUNT, { s: { ids } }, fx.tokens.admin);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(`SELECT count(*)::int AS n FROM sale`)).toBe(before);
  });

  it('rejects every kind of bad sale amount before writing anything', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM sale`);
    const bad = [
      { amount: 0, currency: 'USD' },
      { amount: -1, currency: 'USD' },
      { amount: 10.5, currency: 'USD' },
      { amount: 1e16, currency: 'USD' },
      { amount: 100, currency: 'usd' },
      { amount: 100, currency: 'ABC' },
      { amount: 100 },
      { amount: 100, currency: 'USD', extra: 1 },
      'USD 100',
      null,
    ];
    for (const amount of bad) {
      // Malformed amounts: the variables are not a SaleInput, so this goes through the untyped path.
      const response = await app.gqlUntypedProbe(
        RECORD_SALES,
        {
          s: [
            { externalId: 'ok-1', customerExternalId: 'c', productSku: 'TENT', amount: usd(100) },
            { externalId: 'bad', customerExternalId: 'c', productSku: 'TENT', amount },
          ],
        },
        fx.tokens.admin,
      );
      expect(response.errors?.[0].extensions?.code, JSON.stringify(amount)).toBe('BAD_USER_INPUT');
    }
    const future = await app.gql(
      RECORD_SALES,
      {
        s: [
          {
            externalId: 'f',
            customerExternalId: 'c',
            productSku: 'TENT',
            amount: usd(100),
            occurredAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          },
        ],
      },
      fx.tokens.admin,
    );
    expect(future.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(`SELECT count(*)::int AS n FROM sale`)).toBe(before);
  });

  it('answers unknown ids with NOT_FOUND and malformed ones with BAD_USER_INPUT', async () => {
    for (const [id, code] of [
      ['00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
      ['nope', 'BAD_USER_INPUT'],
      ["'; DROP TABLE sale; --", 'BAD_USER_INPUT'],
    ] as const) {
      // Malformed ids among them (a UUID! variable that is none): the untyped path.
      for (const query of [PARTNER, SALE, COMMISSION, CUSTOMER]) {
        const response = await app.gqlUntypedProbe(query, { id }, fx.tokens.admin);
        expect(response.errors?.[0].extensions?.code).toBe(code);
      }
    }
  });

  it('validates inputs with clear messages', async () => {
    const response = await app.gql(
      graphql(`
        mutation GuardsCreateInvalidPartner {
          createPartner(input: { name: "", email: "not-an-email", partnerKey: "has spaces" }) {
            id
          }
        }
      `),
      {},
      fx.tokens.admin,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const taken = await app.gql(
      graphql(`
        mutation GuardsCreateDuplicatePartner($k: String!) {
          createPartner(input: { name: "Dup", email: "dup@test.dev", partnerKey: $k }) {
            id
          }
        }
      `),
      { k: fx.partnerA.partnerKey },
      fx.tokens.admin,
    );
    expect(taken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'partnerKey' } });
    const login = await app.gql(
      graphql(`
        mutation GuardsLoginNobody {
          login(input: { email: "nobody@test.dev", password: "wrong" }) {
            __typename
            ... on ErrorResult {
              code
            }
          }
        }
      `),
    );
    expect(login.data?.login).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
  });
});

describe('sign-in throttling', () => {
  let created = 0;
  async function newPartnerLogin(password = 'the right password') {
    const email = `throttled-${++created}@test.dev`;
    const response = await app.gql(
      CREATE_PARTNER,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- a partner created with a password (still served) signs in at once
      { i: { name: 'Throttled', email, partnerKey: `throttled-${created}`, password } },
      fx.tokens.admin,
    );
    expect(response.errors).toBeUndefined();
    return email;
  }
  const login = (url: string, email: string, password: string, forwardedFor?: string) =>
    request(url, LOGIN, { i: { email, password } }, { forwardedFor }).then((answer) => answer.body.data?.login);

  it('refuses further attempts from an address after 10 failures for one account, even with the right password', async () => {
    const email = await newPartnerLogin();
    for (let i = 0; i < 10; i++) expect(loginCode(await login(app.url, email, `wrong ${i}`))).toBe('INVALID_CREDENTIALS');
    const blocked = await login(app.url, email, 'the right password');
    expect(blocked).toEqual({ __typename: 'TooManyAttemptsError', code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 });
    expect((await login(app.url, fx.partnerA.email, 'correct horse battery'))?.__typename).toBe('AuthSession');
  });

  it('slows the attacker’s address without denying the owner at theirs (TRUST_PROXY gives the real addresses)', async () => {
    const behindProxy = await startInstance({ trustProxy: ['loopback'], loginMaxFailures: 3 });
    const email = await newPartnerLogin();
    for (let i = 0; i < 3; i++)
      expect(loginCode(await login(behindProxy.url, email, `guess ${i}`, '198.51.100.7'))).toBe('INVALID_CREDENTIALS');
    expect(loginCode(await login(behindProxy.url, email, 'the right password', '198.51.100.7'))).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(behindProxy.url, email, 'the right password', '198.51.100.8'))?.__typename).toBe('AuthSession');
    // The attacker's address is still slowed after the owner signed in elsewhere.
    expect(loginCode(await login(behindProxy.url, email, 'the right password', '198.51.100.7'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says which proxies to believe', async () => {
    const direct = await startInstance({ loginMaxFailures: 3 });
    const email = await newPartnerLogin();
    for (let i = 0; i < 3; i++)
      expect(loginCode(await login(direct.url, email, `guess ${i}`, `203.0.113.${i}`))).toBe('INVALID_CREDENTIALS');
    expect(loginCode(await login(direct.url, email, 'the right password', '203.0.113.99'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('allows one login per request: aliases, repeats and fragments are refused before any password is checked', async () => {
    const throttled = await startInstance({ loginMaxFailures: 2 });
    const email = await newPartnerLogin();
    const one = (alias: string, password: string) =>
      `${alias}: login(input: { email: "${email}", password: "${password}" }) { __typename }`;
    const refused = [
      `mutation { ${one('a', 'guess 1')} ${one('b', 'guess 2')} }`,
      `mutation { ${Array.from({ length: 100 }, (_, i) => one(`a${i}`, `guess ${i}`)).join(' ')} }`,
      `mutation { ...A ...B } fragment A on Mutation { ${one('a', 'guess 1')} } fragment B on Mutation { ${one('b', 'guess 2')} }`,
    ];
    for (let round = 0; round < 3; round++) {
      for (const query of refused) {
        const answer = await probe(throttled.url, query);
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.map((e) => e.message)).toContain('Only one login per request');
        expect(answer.body.data).toBeUndefined();
      }
    }
    expect((await login(throttled.url, email, 'the right password'))?.__typename).toBe('AuthSession');
  });

  it('counts nothing while the database cannot check passwords, then lets the owner in', async () => {
    const pool = await openDatabase(app.databaseUrl, { poolSize: 2 });
    const outage = await createApp(pool, { ...loadConfig(), port: 0, host: '127.0.0.1', production: false, loginMaxFailures: 2 });
    try {
      const email = await newPartnerLogin();
      await pool.destroy();
      for (let i = 0; i < 6; i++) {
        const answer = await request(outage.url, LOGIN, { i: { email, password: i % 2 ? 'the right password' : 'wrong' } });
        expect(answer.body.data?.login ?? null).toBeNull();
        expect(answer.body.errors?.[0].extensions?.code).not.toBe('TOO_MANY_ATTEMPTS');
      }
      await pool.initialize();
      expect((await login(outage.url, email, 'the right password'))?.__typename).toBe('AuthSession');
    } finally {
      await outage.close();
      if (pool.isInitialized) await pool.destroy();
    }
  });
});

describe('query cost and rate limits', () => {
  // ME: 25 (root) + 1 (kind) + 25 (every request) = 51 points
  let clock: ManualClock;
  let limited: RunningApp;
  beforeAll(async () => {
    clock = new ManualClock();
    limited = await startInstance(
      { rateLimitPointsPerMinute: 300, rateLimitAnonymousPointsPerMinute: 300, trustProxy: ['loopback'] },
      { clock },
    );
  });

  it('refuses the 2,400-alias request of the review before it runs', async () => {
    const flood = `{ ${Array.from({ length: 2_400 }, (_, i) => `a${i}: me { kind }`).join(' ')} }`;
    const answer = await probe(app.url, flood, {}, { token: fx.tokens.partnerA });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: 'Aliases limit of 15 exceeded, found 2400.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const fifteen = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: me { kind }`).join(' ')} }`;
    expect((await probe(app.url, fifteen, {}, { token: fx.tokens.partnerA })).body.data).toHaveProperty('a14', { kind: 'PARTNER' });
  });

  it('spends a budget per caller: RateLimit headers on every answer, then 429 with Retry-After and RATE_LIMITED', async () => {
    const token = await loginAs(app, fx.partnerA.email, 'correct horse battery');
    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await request(limited.url, ME, {}, { token });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('ratelimit-limit')).toBe('300');
      expect(answer.headers.get('ratelimit-policy')).toBe('300;w=60');
      remaining.push(Number(answer.headers.get('ratelimit-remaining')));
    }
    expect(remaining).toEqual([249, 198, 147, 96, 45]);
    const refused = await request(limited.url, ME, {}, { token });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2'); // (51 - 45) points at 300/60 a second
    expect(refused.headers.get('ratelimit-remaining')).toBe('45');
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 2 });
    expect(refused.body.data).toBeUndefined();

    // The budget is the account's: a second session of it is refused too; another partner is not.
    const secondSession = await loginAs(app, fx.partnerA.email, 'correct horse battery');
    expect((await request(limited.url, ME, {}, { token: secondSession })).status).toBe(429);
    const other = await request(limited.url, ME, {}, { token: fx.tokens.partnerB });
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe('249');

    clock.advance(2_000);
    expect((await request(limited.url, ME, {}, { token })).status).toBe(200);
  });

  it('answers a refused caller at the door until the refusal lapses: even a malformed request gets 429, not work', async () => {
    const token = await loginAs(app, fx.partnerB.email, 'correct horse battery');
    const costly = graphql(`
      query GuardsCostlyMyCommissions {
        myCommissions(page: { first: 100 }) {
          nodes {
            id
            amount {
              amount
              currency
            }
            partner {
              name
            }
            sale {
              id
            }
          }
        }
      }
    `);
    let answer = await request(limited.url, costly, {}, { token });
    while (answer.status === 200) answer = await request(limited.url, costly, {}, { token });
    expect(answer.status).toBe(429);
    const garbage = await post(limited.url, '{ not json', { authorization: `Bearer ${token}` });
    expect(garbage.status).toBe(429);
    expect(errorCode(garbage.body)).toBe('RATE_LIMITED');
    expect(Number(garbage.headers.get('retry-after'))).toBeGreaterThan(0);
    clock.advance(Number(garbage.headers.get('retry-after')) * 1000);
    expect((await post(limited.url, '{ not json', { authorization: `Bearer ${token}` })).status).toBe(400);
  });

  it('gives anonymous callers a budget per address, the real one behind TRUST_PROXY', async () => {
    const attempt = (forwardedFor: string) =>
      request(limited.url, LOGIN, { i: { email: fx.partnerB.email, password: 'wrong' } }, { forwardedFor });
    const costs = await attempt('192.0.2.10'); // 50 + 25 + a few fields
    expect(costs.status).toBe(200);
    let answer = costs;
    let allowed = 1;
    while ((answer = await attempt('192.0.2.10')).status === 200) allowed++;
    expect(answer.status).toBe(429);
    expect(allowed).toBe(Math.floor(300 / (300 - Number(costs.headers.get('ratelimit-remaining')))));
    expect((await attempt('192.0.2.11')).status).toBe(200);
    // An unknown token is no way around it: it spends the address's budget.
    const forged = await request(
      limited.url,
      LOGIN,
      { i: { email: fx.partnerB.email, password: 'wrong' } },
      { token: 'pbs_forged', forwardedFor: '192.0.2.10' },
    );
    expect(forged.status).toBe(429);
  });

  it('charges downloads too, with the same headers', async () => {
    const token = await loginAs(app, fx.partnerA.email, 'correct horse battery');
    clock.advance(60_000);
    const download = () => fetch(`${limited.url}/exports/payments.csv`, { headers: { authorization: `Bearer ${token}` } });
    const first = await download();
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    expect(first.headers.get('ratelimit-remaining')).toBe('0'); // 1,000 points: the whole of this small budget
    const second = await download();
    expect(second.status).toBe(429);
    expect((await errorsOf(second))?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('reads charged by their measured database time', () => {
  it("charges a query its statements' time beyond its price, into debt, and turns the caller away until it has paid", async () => {
    const clock = new ManualClock();
    let reading = 0;
    // Every reading of this stopwatch is 100 ms after the last: `me`, one SQL-running resolver, is measured at 100 ms.
    const stopwatch = () => (reading += 100);
    const measured = await startInstance(
      { rateLimitPointsPerMinute: 2_500, rateLimitPointsPerDatabaseSecond: 10_000 },
      { clock, stopwatch },
    );
    const estimatesOnly = await startInstance({ rateLimitPointsPerMinute: 2_500, rateLimitPointsPerDatabaseSecond: 0 }, { clock });
    const token = fx.tokens.partnerA;
    // The same request paid by its estimate alone: 51 points.
    expect((await request(estimatesOnly.url, ME, {}, { token })).headers.get('ratelimit-remaining')).toBe('2449');

    // Measured: 100 ms at 10,000 points a second is 1,000 points, 949 more than its price.
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await request(measured.url, ME, {}, { token });
      expect(answer.status).toBe(200);
      expect(answer.body.data?.me.kind).toBe('PARTNER');
      remaining.push(answer.headers.get('ratelimit-remaining')!);
    }
    // The third was admitted with 500 points left and ran: the caller now owes 500.
    expect(remaining).toEqual(['1500', '500', '0']);
    const refused = await request(measured.url, ME, {}, { token });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toBe('12'); // 500 points at 2,500 a minute
    // Another caller's budget is its own.
    expect((await request(measured.url, ME, {}, { token: fx.tokens.partnerB })).status).toBe(200);

    clock.advance(12_000); // the debt is paid; the price (51 points) is not yet there
    const stillShort = await request(measured.url, ME, {}, { token });
    expect(stillShort.status).toBe(429);
    expect(stillShort.headers.get('retry-after')).toBe('2');
    clock.advance(2_000);
    expect((await request(measured.url, ME, {}, { token })).status).toBe(200);
  });

  it('charges a mutation its price only, however long it ran', async () => {
    let reading = 0;
    const stopwatch = () => (reading += 100);
    const config = { rateLimitPointsPerMinute: 100_000 };
    const measured = await startInstance({ ...config, rateLimitPointsPerDatabaseSecond: 10_000 }, { clock: new ManualClock(), stopwatch });
    const estimatesOnly = await startInstance({ ...config, rateLimitPointsPerDatabaseSecond: 0 }, { clock: new ManualClock() });
    const approveNothing = { s: { ids: [randomUUID()] } };
    const [paidMeasured, paidEstimated] = await Promise.all(
      [measured, estimatesOnly].map(async (instance) => {
        const answer = await request(instance.url, APPROVE_COUNT, approveNothing, { token: fx.tokens.admin });
        expect(answer.status).toBe(200);
        const check = await request(instance.url, ME, {}, { token: fx.tokens.admin });
        return 100_000 - Number(check.headers.get('ratelimit-remaining'));
      }),
    );
    // Both paid the mutation's price and ME's: ME ran 100 ms on `measured` (1,000 points), so it owes 949 there.
    expect(paidMeasured).toBe(paidEstimated + 949);
  });
});

describe('one caller at a time', () => {
  it("runs every statement of the server's pool on one core, without JIT compilation: no parallel workers for one request", async () => {
    // A heavy report may take one core of the database, never all of them (data-source.ts REQUEST_STATEMENT_SETTINGS).
    const rows = await queryRows<{ max_parallel_workers_per_gather: string }>(app, 'SHOW max_parallel_workers_per_gather');
    expect(rows[0].max_parallel_workers_per_gather).toBe('0');
    const [{ jit }] = await queryRows<{ jit: string }>(app, 'SHOW jit');
    expect(jit).toBe('off');
  });

  it("runs a heavy request's statements one at a time, a light one's side by side", async () => {
    const instance = await startInstance({ rateLimitPointsPerMinute: 1e9 });
    const to = new Date().toISOString();
    const from = new Date(Date.parse(to) - 730 * 86_400_000).toISOString();
    // Its premise: two years of days and a page of partners' stats make a background request, 30 days alone do not.
    const estimator = new QueryCostEstimator(await buildAppSchema());
    const costOf = (document: DocumentNode, variables: Record<string, unknown>) =>
      REQUEST_BASE_COST + estimator.estimate(document, print(document), undefined, variables);
    expect(costOf(HEAVY_OVERVIEW, { from, to })).toBeGreaterThanOrEqual(BACKGROUND_REQUEST_COST);
    expect(costOf(LIGHT_OVERVIEW, {})).toBeLessThan(BACKGROUND_REQUEST_COST);

    // The overview's series reads payments, its amounts due the partners' balances: with both tables held,
    // each of those statements that has been sent waits on its lock, where the test can count it.
    const waitingOnLocks = async () => {
      const [{ n }] = await queryRows<{ n: number }>(
        app,
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()`,
      );
      return n;
    };
    // `work` hands back its request unawaited (in an object), so the lock is let go before the answer is awaited.
    const holdingTables = async <T>(work: () => Promise<T>): Promise<T> => {
      const locker = app.dataSource.createQueryRunner();
      await locker.connect();
      await locker.startTransaction();
      try {
        await locker.query('LOCK TABLE payment, partner_balance IN ACCESS EXCLUSIVE MODE');
        return await work();
      } finally {
        if (locker.isTransactionActive) await locker.rollbackTransaction();
        await locker.release();
      }
    };
    const token = fx.tokens.admin;

    // Light: its statements are sent side by side, and both wait.
    const { answer: lightAnswer } = await holdingTables(async () => {
      const answer = request(instance.url, LIGHT_OVERVIEW, {}, { token });
      await until(async () => (await waitingOnLocks()) === 2, 20, "the light overview's two statements to wait on the locks");
      return { answer };
    });
    const light = await lightAnswer;
    expect(light.status).toBe(200);
    expect(light.body.data?.programOverview.amountsDue).toBeDefined();

    // Heavy: one statement waits and none of the others has been sent, however long the lock is held.
    const { answer: heavyAnswer } = await holdingTables(async () => {
      const answer = request(instance.url, HEAVY_OVERVIEW, { from, to }, { token });
      await until(async () => (await waitingOnLocks()) >= 1, 20, "the heavy overview's first statement to wait on a lock");
      for (let i = 0; i < 10; i++) expect(await waitingOnLocks()).toBe(1);
      return { answer };
    });
    const heavy = await heavyAnswer;
    expect(heavy.status).toBe(200);
    expect(heavy.body.errors).toBeUndefined();
    expect(heavy.body.data?.programOverview.amountsDue).toBeDefined();
  });

  it("queues a caller's requests beyond its in-flight allowance, refuses them when its queue is full, and serves other callers meanwhile", async () => {
    // One request at a time per caller, one waiting; the budget is no limit here.
    const capped = await startInstance(
      { rateLimitPointsPerMinute: 1e9, callerInFlightRequests: 1 },
      { concurrency: { maxQueued: 1, maxWaitMs: 300_000 } },
    );
    const [tokenA, tokenB] = [fx.tokens.partnerA, fx.tokens.partnerB];
    // Holding the commission table makes partner A's first request stay in flight until the test lets go.
    const locker = app.dataSource.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    try {
      await locker.query('LOCK TABLE commission IN ACCESS EXCLUSIVE MODE');
      const held = request(
        capped.url,
        graphql(`
          query GuardsHeldMyCommissions {
            myCommissions(page: { first: 5 }) {
              totalCount
            }
          }
        `),
        {},
        { token: tokenA },
      );
      await until(
        async () => {
          const [waiting] = await queryRows<{ n: number }>(
            app,
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()`,
          );
          return waiting.n > 0;
        },
        20,
        "A's first request to wait on the lock",
      );
      // A is at its allowance: of its next two requests one waits, the other finds the queue full.
      const second = request(capped.url, ME, {}, { token: tokenA }).then((answer) => ({ name: 'second', answer }));
      const third = request(capped.url, ME, {}, { token: tokenA }).then((answer) => ({ name: 'third', answer }));
      const refused = await Promise.race([second, third]); // the waiting one cannot finish while the table is held
      expect(refused.answer.status).toBe(429);
      expect(refused.answer.headers.get('retry-after')).toBe('1');
      expect(refused.answer.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
      // Partner B is served while all of A's requests are held or waiting.
      const other = await request(capped.url, ME, {}, { token: tokenB });
      expect(other.status).toBe(200);
      expect(other.body.data?.me.kind).toBe('PARTNER');

      await locker.commitTransaction();
      expect((await held).status).toBe(200);
      const queued = await (refused.name === 'second' ? third : second);
      expect(queued.answer.status).toBe(200);
      expect(queued.answer.body.data?.me.kind).toBe('PARTNER');
    } finally {
      if (locker.isTransactionActive) await locker.rollbackTransaction();
      await locker.release();
    }
  });
});

describe('hostile documents and input', () => {
  it('answers a fragment cycle with a 400 validation error, not a stack overflow', async () => {
    const answer = await probe(
      app.url,
      `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
      {},
      { token: fx.tokens.admin },
    );
    expect(answer.status).toBe(400);
    expect(errorCode(answer.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors?.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('answers the longest fragment chain, the deepest nesting and the largest document with 400s', async () => {
    let chain = 'query { ...F0 } ';
    for (let i = 0; i < 2_400; i++) chain += `fragment F${i} on Query { ...F${i + 1} } `;
    chain += 'fragment F2400 on Query { me { kind } }';
    const nested = `{ ${'me { partner { '.repeat(1_500)}id${' } }'.repeat(1_500)} }`;
    const tokens = `{ ${'me { kind } '.repeat(6_000)}}`;
    for (const query of [chain, nested, tokens]) {
      const answer = await probe(app.url, query, {}, { token: fx.tokens.admin });
      expect(answer.status).toBe(400);
      expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(errorCode(answer.body));
    }
  });

  it('refuses a NUL character in any string argument, filter or download parameter, changing nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM partner`);
    // Malformed values (a NUL character) in a loop over documents of different types: the untyped path.
    const cases: [string | DocumentNode, Record<string, unknown>][] = [
      [CREATE_PARTNER, { i: { name: 'Nul\u0000', email: 'nul@test.dev', partnerKey: 'nul-key' } }],
      [`mutation { createPartner(input: { name: "Nul\\u0000", email: "nul@test.dev", partnerKey: "nul-key" }) { id } }`, {}],
      [
        graphql(`
          query GuardsPartnersFiltered($f: PartnerFilter!) {
            partners(filter: $f) {
              nodes {
                id
              }
            }
          }
        `),
        { f: { search: 'a\u0000b' } },
      ],
      [
        graphql(`
          query GuardsCommissionsFiltered($f: CommissionFilter!) {
            commissions(filter: $f) {
              nodes {
                id
              }
            }
          }
        `),
        { f: { currency: 'U\u0000D' } },
      ],
      [PARTNER, { id: '\u0000' }],
      [
        graphql(`
          mutation GuardsTrackReferral($i: TrackReferralInput!) {
            trackReferral(input: $i) {
              id
            }
          }
        `),
        { i: { customerExternalId: 'c\u0000', partnerKey: 'x', event: 'CLICK' } },
      ],
    ];
    for (const [query, variables] of cases) {
      const answer = await probe(app.url, query, variables, { token: fx.tokens.admin });
      expect(errorCode(answer.body), typeof query === 'string' ? query : print(query)).toBe('BAD_USER_INPUT');
    }
    const download = await fetch(`${app.url}/exports/payments.csv?currency=U%00D`, {
      headers: { authorization: `Bearer ${fx.tokens.admin}` },
    });
    expect(download.status).toBe(400);
    expect((await errorsOf(download))?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(`SELECT count(*)::int AS n FROM partner`)).toBe(before);
  });

  it('never echoes submitted values in errors, passwords included', async () => {
    const secret = 'hunter2-very-secret';
    const answers = [
      await probe(app.url, LOGIN, { i: { email: 'a@test.dev', password: secret, rememberMe: true } }),
      await probe(app.url, LOGIN, { i: { email: 42, password: secret } }),
      await probe(app.url, `mutation { login(input: { email: "a@test.dev", password: "${secret}", extra: 1 }) { __typename } }`),
      await request(
        app.url,
        CREATE_PARTNER,
        { i: { name: '', email: 'not-an-email', partnerKey: 'has spaces', password: `short-${secret}`.slice(0, 9) } },
        { token: fx.tokens.admin },
      ),
      await request(app.url, CREATE_PARTNER, { i: { name: secret, email: secret, partnerKey: secret } }, { token: fx.tokens.admin }),
    ];
    for (const answer of answers) {
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(answer.body);
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('short-hu');
      expect(text).not.toMatch(/"(target|value)":/);
    }
    const validationErrors = answers[3].body.errors?.[0].extensions?.validationErrors as { property: string }[] | undefined;
    expect(validationErrors?.map((e) => e.property).sort()).toEqual(['email', 'name', 'partnerKey', 'password']);
  });
});

describe('production mode', () => {
  let prod: RunningApp;
  beforeAll(async () => {
    prod = await createApp(app.dataSource, { ...loadConfig(), port: 0, host: '127.0.0.1', production: true });
  });
  afterAll(async () => prod?.close());

  it('hides introspection, field suggestions and stack traces', async () => {
    const introspection = await post(prod.url, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);
    const typo = await post(prod.url, JSON.stringify({ query: '{ mee { kind } }' }), { authorization: `Bearer ${fx.tokens.admin}` });
    expect(typo.body.errors?.[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo.body)).not.toMatch(/stacktrace/);
    const anonymous = await request(
      prod.url,
      graphql(`
        query GuardsProgram {
          program {
            id
          }
        }
      `),
      {},
    );
    expect(anonymous.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('tenancy', () => {
  it("another program's admin reaches none of this program's records", async () => {
    const other = await createProgramFixture(app);
    const [item] = await recordSales(app, fx.tokens.admin, [
      {
        externalId: 'tenancy-1',
        customerExternalId: 'tenant-c',
        productSku: 'TENT',
        amount: usd(1_000),
        partnerKey: fx.partnerA.partnerKey,
      },
    ]);
    const commissionId = saleRecorded(item).commissions[0].id;
    const token = other.tokens.admin;
    expect(errorCode(await app.gql(PARTNER, { id: fx.partnerA.id }, token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(SALE, { id: saleRecorded(item).sale.id }, token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(COMMISSION, { id: commissionId }, token))).toBe('NOT_FOUND');
    const approve = await app.gql(
      graphql(`
        mutation GuardsTenancyApprove($s: CommissionSelection!) {
          approveCommissions(selection: $s) {
            items {
              result {
                __typename
              }
            }
          }
        }
      `),
      { s: { ids: [commissionId] } },
      token,
    );
    expect(approve.data?.approveCommissions.items[0].result.__typename).toBe('NotFoundError');
    const reward = await app.gql(
      graphql(`
        mutation GuardsTenancyReward($i: CreateManualRewardInput!) {
          createManualReward(input: $i) {
            id
          }
        }
      `),
      { i: { partnerId: fx.partnerA.id, description: 'steal', amount: usd(100) } },
      token,
    );
    expect(reward.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const refund = await app.gql(
      graphql(`
        mutation GuardsTenancyRefund($i: RefundSaleInput!) {
          refundSale(input: $i) {
            __typename
          }
        }
      `),
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the older saleId form (still served) must be tenant-checked too
      { i: { saleId: saleRecorded(item).sale.id, refundExternalId: 'x', amount: usd(1) } },
      token,
    );
    expect(refund.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const lists = await app.gql(
      graphql(`
        query GuardsTenancyLists {
          partners {
            nodes {
              id
            }
          }
          commissions(page: { first: 100 }) {
            nodes {
              id
            }
          }
          sales(page: { first: 100 }) {
            nodes {
              id
            }
          }
          customers {
            nodes {
              id
            }
          }
          auditLog(page: { first: 100 }) {
            nodes {
              entityId
            }
          }
        }
      `),
      {},
      token,
    );
    const text = JSON.stringify(lists.data);
    for (const foreign of [fx.partnerA.id, commissionId, saleRecorded(item).sale.id]) expect(text).not.toContain(foreign);
    const [{ status }] = await queryRows<{ status: string }>(app, `SELECT status FROM commission WHERE id = $1`, [commissionId]);
    expect(status).toBe('PENDING');
  });
});
