import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd } from '../support/fixtures';
import { createApp, RunningApp } from '../../server/src/http/app';
import { loadConfig } from '../../server/src/config';

let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json()) as any };
}

describe('request limits', () => {
  it('refuses a body over 1 MB with a typed error', async () => {
    const huge = JSON.stringify({ query: `{ me { kind } }`, variables: { pad: 'x'.repeat(1_100_000) } });
    const { status, body } = await post(app.url, huge, { authorization: `Bearer ${fx.tokens.admin}` });
    expect(status).toBe(413);
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses queries deeper than the limit', async () => {
    const deep = `{ me { partner { commissions { nodes { partner { commissions { nodes { partner { commissions { nodes { partner { id } } } } } } } } } } } }`;
    const response = await app.gql(deep, {}, fx.tokens.partnerA);
    expect(response.errors?.[0].message).toMatch(/exceeds maximum operation depth/);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses over-complex queries, including alias floods', async () => {
    const costly = `{ partners(page: { first: 100 }) { nodes { commissions(page: { first: 100 }) { nodes { id sale { id } } } } } }`;
    const response = await app.gql(costly, {}, fx.tokens.admin);
    expect(response.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const aliases = `{ ${Array.from({ length: 3_000 }, (_, i) => `a${i}: me { kind }`).join(' ')} }`;
    const flood = await app.gql(aliases, {}, fx.tokens.admin);
    expect(flood.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
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
    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM sale`))[0].n;
    const sales = Array.from({ length: 501 }, (_, i) => ({
      externalId: `big-${i}`,
      customerExternalId: 'c',
      productSku: 'TENT',
      amount: usd(100),
    }));
    for (const batch of [sales, []]) {
      const response = await app.gql(
        `mutation($s: [SaleInput!]!) { recordSales(sales: $s) { results { externalId } } }`,
        { s: batch },
        fx.tokens.admin,
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const ids = Array.from({ length: 1_001 }, () => '00000000-0000-4000-8000-000000000000');
    const tooMany = await app.gql(
      `mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { succeeded } }`,
      { s: { ids } },
      fx.tokens.admin,
    );
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM sale`))[0].n).toBe(before);
  });

  it('rejects every kind of bad sale amount before writing anything', async () => {
    const before = (await app.dataSource.query(`SELECT count(*)::int AS n FROM sale`))[0].n;
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
      const response = await app.gql(
        `mutation($s: [SaleInput!]!) { recordSales(sales: $s) { results { externalId } } }`,
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
      `mutation($s: [SaleInput!]!) { recordSales(sales: $s) { results { externalId } } }`,
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
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM sale`))[0].n).toBe(before);
  });

  it('answers unknown and malformed ids with NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope', "'; DROP TABLE sale; --"]) {
      for (const query of [
        `query($id: ID!) { partner(id: $id) { id } }`,
        `query($id: ID!) { sale(id: $id) { id } }`,
        `query($id: ID!) { commission(id: $id) { id } }`,
        `query($id: ID!) { customer(id: $id) { id } }`,
      ]) {
        const response = await app.gql(query, { id }, fx.tokens.admin);
        expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
    }
  });

  it('validates inputs with clear messages', async () => {
    const response = await app.gql(
      `mutation { createPartner(input: { name: "", email: "not-an-email", partnerKey: "has spaces" }) { id } }`,
      {},
      fx.tokens.admin,
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const taken = await app.gql(
      `mutation($k: String!) { createPartner(input: { name: "Dup", email: "dup@test.dev", partnerKey: $k }) { id } }`,
      { k: fx.partnerA.partnerKey },
      fx.tokens.admin,
    );
    expect(taken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'partnerKey' } });
    const login = await app.gql(
      `mutation { login(input: { email: "nobody@test.dev", password: "wrong" }) { __typename ... on ErrorResult { code } } }`,
    );
    expect(login.data.login).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
  });
});

describe('sign-in throttling', () => {
  it('refuses further attempts after 10 failures for one email, even with the right password', async () => {
    const created = await app.gql(
      `mutation { createPartner(input: { name: "Throttled", email: "throttled@test.dev", partnerKey: "throttled", password: "the right password" }) { id } }`,
      {},
      fx.tokens.admin,
    );
    expect(created.errors).toBeUndefined();
    const login = (password: string, email = 'throttled@test.dev') =>
      app.gql(
        `mutation($i: LoginInput!) { login(input: $i) { __typename ... on ErrorResult { code } ... on TooManyAttemptsError { retryAfterSeconds } } }`,
        { i: { email, password } },
      );
    for (let i = 0; i < 10; i++) expect((await login(`wrong ${i}`)).data.login.code).toBe('INVALID_CREDENTIALS');
    const blocked = (await login('the right password')).data.login;
    expect(blocked.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect((await login('correct horse battery', fx.partnerA.email)).data.login.__typename).toBe('AuthSession');
  });
});

describe('production mode', () => {
  let prod: RunningApp;
  beforeAll(async () => {
    prod = await createApp(app.dataSource as DataSource, { ...loadConfig(), port: 0, host: '127.0.0.1', production: true });
  });
  afterAll(async () => prod?.close());

  it('hides introspection, field suggestions and stack traces', async () => {
    const introspection = await post(prod.url, JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(introspection.body.errors[0].message).toMatch(/introspection/i);
    const typo = await post(prod.url, JSON.stringify({ query: '{ mee { kind } }' }), { authorization: `Bearer ${fx.tokens.admin}` });
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo.body)).not.toMatch(/stacktrace/);
    const anonymous = await post(prod.url, JSON.stringify({ query: '{ program { id } }' }));
    expect(anonymous.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
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
    const commissionId = item.result.commissions[0].id;
    const token = other.tokens.admin;
    for (const [query, id] of [
      [`query($id: ID!) { partner(id: $id) { id } }`, fx.partnerA.id],
      [`query($id: ID!) { sale(id: $id) { id } }`, item.result.sale.id],
      [`query($id: ID!) { commission(id: $id) { id } }`, commissionId],
    ] as const) {
      expect((await app.gql(query, { id }, token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const approve = await app.gql(
      `mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { items { result { __typename } } } }`,
      { s: { ids: [commissionId] } },
      token,
    );
    expect(approve.data.approveCommissions.items[0].result.__typename).toBe('CommissionNotFoundError');
    const reward = await app.gql(
      `mutation($i: CreateManualRewardInput!) { createManualReward(input: $i) { id } }`,
      { i: { partnerId: fx.partnerA.id, description: 'steal', amount: usd(100) } },
      token,
    );
    expect(reward.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const refund = await app.gql(
      `mutation($i: RefundSaleInput!) { refundSale(input: $i) { __typename } }`,
      { i: { saleId: item.result.sale.id, refundExternalId: 'x', amount: usd(1) } },
      token,
    );
    expect(refund.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const lists = await app.gql(
      `{ partners { nodes { id } } commissions(page: { first: 100 }) { nodes { id } } sales(page: { first: 100 }) { nodes { id } } customers { nodes { id } } auditLog(page: { first: 100 }) { nodes { entityId } } }`,
      {},
      token,
    );
    const text = JSON.stringify(lists.data);
    for (const foreign of [fx.partnerA.id, commissionId, item.result.sale.id]) expect(text).not.toContain(foreign);
    const [{ status }] = await app.dataSource.query(`SELECT status FROM commission WHERE id = $1`, [commissionId]);
    expect(status).toBe('PENDING');
  });
});
