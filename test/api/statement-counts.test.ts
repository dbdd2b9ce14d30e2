import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Logger } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';

/**
 * Every list page costs a fixed number of SQL statements, whatever its size: related records come
 * through the per-request loaders (server/src/http/loaders.ts), one statement per kind. The count
 * is of statements the server sent to PostgreSQL for the request (its data source's logger sees
 * each one), with a page of 1 and a page of 30 rows: the two must be equal and within the bound.
 */
let app: TestApp;
let fx: ProgramFixture;
let statements = 0;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  const original = app.dataSource.logger;
  const counting: Logger = {
    logQuery: (...args) => {
      statements++;
      return original.logQuery(...args);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  (app.dataSource as { logger: Logger }).logger = counting;

  // 32 sales by both partners, new and returning customers, a partial refund on each (whichever sale a one-row
  // page shows, its refunds' loaders run as on a full page), a paid batch.
  const sales = Array.from({ length: 32 }, (_, i) => ({
    externalId: `count-${i}`,
    amount: usd(10_000 + i),
    customerExternalId: `cust-${i % 20}`,
    productSku: i % 3 ? 'TENT' : 'PACK',
    partnerKey: i % 2 ? fx.partnerA.partnerKey : fx.partnerB.partnerKey,
  }));
  const recorded = await recordSales(app, fx.tokens.apiWrite, sales);
  for (const [i, item] of recorded.entries()) {
    const response = await app.gql(
      `mutation($input: RefundSaleInput!) { refundSale(input: $input) { __typename } }`,
      { input: { saleId: saleRecorded(item).sale.id, refundExternalId: `refund-${i}`, amount: usd(1_000) } },
      fx.tokens.admin,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
  const commissionIds = recorded.flatMap((item) => saleRecorded(item).commissions.map((c: { id: string }) => c.id));
  const approved = await app.gql(
    `mutation($selection: CommissionSelection!) { approveCommissions(selection: $selection) { __typename } }`,
    { selection: { ids: commissionIds } },
    fx.tokens.admin,
  );
  if (approved.errors) throw new Error(JSON.stringify(approved.errors));
  for (const partner of [fx.partnerA, fx.partnerB]) {
    const paid = await app.gql(
      `mutation($input: PayPartnersInput!) { payPartners(input: $input) { __typename } }`,
      {
        input: {
          selection: { partnerIds: [partner.id] },
          currency: 'USD',
          method: 'BANK_TRANSFER',
          reference: 'count',
          idempotencyKey: `count-pay-${partner.id}`,
          allowBelowThreshold: true,
        },
      },
      fx.tokens.admin,
    );
    if (paid.errors) throw new Error(JSON.stringify(paid.errors));
  }
});

afterAll(async () => {
  await app?.close();
});

/** Statements the server ran for one request. */
async function statementsOf(query: string, first: number, token: string) {
  const before = statements;
  const response = await app.gql(query, { first }, token);
  expect(response.errors).toBeUndefined();
  return { count: statements - before, data: response.data };
}

const LISTS: { name: string; bound: number; token: keyof ProgramFixture['tokens']; query: string; rows: (data: any) => number }[] = [
  {
    name: 'sales with customer, product, commissions and refunds',
    bound: 8,
    token: 'admin',
    query: `query($first: Int!) { sales(page: { first: $first }) { totalCount nodes { id amount { amount currency } customer { externalId } product { sku }
      commissions { id amount { amount currency } partner { name } } refunds { id amount { amount currency } } } } }`,
    rows: (data) => data.sales.nodes.length,
  },
  {
    name: 'commissions with partner, sale and payment',
    bound: 8,
    token: 'admin',
    query: `query($first: Int!) { commissions(page: { first: $first }) { totalCount nodes { id amount { amount currency } partner { name }
      sale { externalId product { sku } } payment { id } } } }`,
    rows: (data) => data.commissions.nodes.length,
  },
  {
    name: 'commissions with product and sale date',
    bound: 8,
    token: 'admin',
    query: `query($first: Int!) { commissions(page: { first: $first }) { totalCount nodes { id saleDate product { sku } } } }`,
    rows: (data) => data.commissions.nodes.length,
  },
  {
    name: 'sales with refunds and what each refund did',
    bound: 8,
    token: 'admin',
    query: `query($first: Int!) { sales(page: { first: $first }) { totalCount nodes { id refunds { id commissions { id } clawbacks { id } } } } }`,
    rows: (data) => data.sales.nodes.length,
  },
  {
    name: "a partner's me: commissions with product and sale date, rewards, payments, balances",
    bound: 12,
    token: 'partnerA',
    query: `query($first: Int!) { me { commissions(page: { first: $first }) { totalCount nodes { id saleDate product { sku } sale { externalId } } }
      rewards(page: { first: $first }) { totalCount nodes { id } } payments(page: { first: $first }) { totalCount nodes { id amount { amount currency } } }
      balances { status total { amount currency } } } }`,
    rows: (data) => data.me.commissions.nodes.length,
  },
  {
    name: 'partners with stats',
    bound: 8,
    token: 'admin',
    query: `query($first: Int!) { partners(page: { first: $first }) { totalCount nodes { id name stats { salesCount balances { status total { amount currency } } } } } }`,
    rows: (data) => data.partners.nodes.length,
  },
  {
    name: 'customers with their referrers',
    bound: 8,
    token: 'admin',
    query: `query($first: Int!) { customers(page: { first: $first }) { totalCount nodes { id externalId firstReferrer { name } lastReferrer { name } } } }`,
    rows: (data) => data.customers.nodes.length,
  },
  {
    name: 'payments with partner',
    bound: 8,
    token: 'admin',
    query: `query($first: Int!) { payments(page: { first: $first }) { totalCount nodes { id amount { amount currency } partner { name } } } }`,
    rows: (data) => data.payments.nodes.length,
  },
  {
    name: "a partner's sales with their commissions",
    bound: 8,
    token: 'partnerA',
    query: `query($first: Int!) { sales(page: { first: $first }) { totalCount nodes { id amount { amount currency } product { sku } commissions { id amount { amount currency } } } } }`,
    rows: (data) => data.sales.nodes.length,
  },
];

describe('statements per list page', () => {
  for (const list of LISTS) {
    it(`${list.name}: the same few statements for 1 row as for 30`, async () => {
      const small = await statementsOf(list.query, 1, fx.tokens[list.token]);
      const large = await statementsOf(list.query, 30, fx.tokens[list.token]);
      expect(list.rows(small.data)).toBeGreaterThan(0);
      expect(list.rows(large.data)).toBeGreaterThan(list.rows(small.data));
      expect(large.count).toBe(small.count);
      expect(large.count).toBeLessThanOrEqual(list.bound);
    });
  }

  it("a partner's sale lists only their own commissions (the loader keeps the scope)", async () => {
    const { data } = await statementsOf(
      `query($first: Int!) { sales(page: { first: $first }) { nodes { commissions { partner { id } } } } }`,
      30,
      fx.tokens.partnerA,
    );
    const partners = new Set(data.sales.nodes.flatMap((sale: any) => sale.commissions.map((c: any) => c.partner.id)));
    expect([...partners]).toEqual([fx.partnerA.id]);
  });
});
