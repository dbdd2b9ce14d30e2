import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Logger } from 'typeorm';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { graphql } from '../gql';
import { APPROVE_COUNTS } from '../support/commission-actions';
import { PAY, REFUND } from '../support/payments';

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
      original.logQuery(...args);
    },
    logQueryError: (...args) => {
      original.logQueryError(...args);
    },
    logQuerySlow: (...args) => {
      original.logQuerySlow(...args);
    },
    logSchemaBuild: (...args) => {
      original.logSchemaBuild(...args);
    },
    logMigration: (...args) => {
      original.logMigration(...args);
    },
    log: (...args) => {
      original.log(...args);
    },
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
      REFUND,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the older saleId form is still served
      { input: { saleId: saleRecorded(item).sale.id, refundExternalId: `refund-${i}`, amount: usd(1_000) } },
      fx.tokens.admin,
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
  const commissionIds = recorded.flatMap((item) => saleRecorded(item).commissions.map((c) => c.id));
  const approved = await app.gql(APPROVE_COUNTS, { s: { ids: commissionIds } }, fx.tokens.admin);
  if (approved.errors) throw new Error(JSON.stringify(approved.errors));
  for (const partner of [fx.partnerA, fx.partnerB]) {
    const paid = await app.gql(
      PAY,
      {
        input: {
          selection: { partnerIds: [partner.id] },
          currency: 'USD',
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served
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
async function statementsOf<TData>(query: TypedDocumentNode<TData, { first: number }>, first: number, token: string) {
  const before = statements;
  const response = await app.gql(query, { first }, token);
  expect(response.errors).toBeUndefined();
  return { count: statements - before, data: response.data };
}

interface List {
  name: string;
  bound: number;
  token: keyof ProgramFixture['tokens'];
  /** The statements of one page of `first` rows, and how many rows it showed. */
  page: (first: number, token: string) => Promise<{ count: number; rows: number }>;
}

/** A list case: its typed document (a `$first` page size) and how to count the rows of its answer. */
function list<TData>(
  name: string,
  bound: number,
  token: List['token'],
  query: TypedDocumentNode<TData, { first: number }>,
  rows: (data: TData) => number,
): List {
  return {
    name,
    bound,
    token,
    page: async (first, pageToken) => {
      const { count, data } = await statementsOf(query, first, pageToken);
      return { count, rows: rows(data!) };
    },
  };
}

const LISTS: List[] = [
  list(
    'sales with customer, product, commissions and refunds',
    8,
    'admin',
    graphql(`
      query StatementCountsSales($first: Int!) {
        sales(page: { first: $first }) {
          totalCount
          nodes {
            id
            amount {
              amount
              currency
            }
            customer {
              externalId
            }
            product {
              sku
            }
            commissions {
              id
              amount {
                amount
                currency
              }
              partner {
                name
              }
            }
            refunds {
              id
              amount {
                amount
                currency
              }
            }
          }
        }
      }
    `),
    (data) => data.sales.nodes.length,
  ),
  list(
    'commissions with partner, sale and payment',
    8,
    'admin',
    graphql(`
      query StatementCountsCommissions($first: Int!) {
        commissions(page: { first: $first }) {
          totalCount
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
              externalId
              product {
                sku
              }
            }
            payment {
              id
            }
          }
        }
      }
    `),
    (data) => data.commissions.nodes.length,
  ),
  list(
    'commissions with product and sale date',
    8,
    'admin',
    graphql(`
      query StatementCountsCommissionDates($first: Int!) {
        commissions(page: { first: $first }) {
          totalCount
          nodes {
            id
            saleDate
            product {
              sku
            }
          }
        }
      }
    `),
    (data) => data.commissions.nodes.length,
  ),
  list(
    'sales with refunds and what each refund did',
    8,
    'admin',
    graphql(`
      query StatementCountsSaleRefunds($first: Int!) {
        sales(page: { first: $first }) {
          totalCount
          nodes {
            id
            refunds {
              id
              commissions {
                id
              }
              clawbacks {
                id
              }
            }
          }
        }
      }
    `),
    (data) => data.sales.nodes.length,
  ),
  list(
    "a partner's me: commissions with product and sale date, rewards, payments, balances",
    12,
    'partnerA',
    graphql(`
      query StatementCountsMe($first: Int!) {
        me {
          commissions(page: { first: $first }) {
            totalCount
            nodes {
              id
              saleDate
              product {
                sku
              }
              sale {
                externalId
              }
            }
          }
          rewards(page: { first: $first }) {
            totalCount
            nodes {
              id
            }
          }
          payments(page: { first: $first }) {
            totalCount
            nodes {
              id
              amount {
                amount
                currency
              }
            }
          }
          balances {
            status
            total {
              amount
              currency
            }
          }
        }
      }
    `),
    (data) => data.me.commissions!.nodes.length,
  ),
  list(
    'partners with stats',
    8,
    'admin',
    graphql(`
      query StatementCountsPartners($first: Int!) {
        partners(page: { first: $first }) {
          totalCount
          nodes {
            id
            name
            stats {
              salesCount
              balances {
                status
                total {
                  amount
                  currency
                }
              }
            }
          }
        }
      }
    `),
    (data) => data.partners.nodes.length,
  ),
  list(
    'customers with their referrers',
    8,
    'admin',
    graphql(`
      query StatementCountsCustomers($first: Int!) {
        customers(page: { first: $first }) {
          totalCount
          nodes {
            id
            externalId
            firstReferrer {
              name
            }
            lastReferrer {
              name
            }
          }
        }
      }
    `),
    (data) => data.customers.nodes.length,
  ),
  list(
    'payments with partner',
    8,
    'admin',
    graphql(`
      query StatementCountsPayments($first: Int!) {
        payments(page: { first: $first }) {
          totalCount
          nodes {
            id
            amount {
              amount
              currency
            }
            partner {
              name
            }
          }
        }
      }
    `),
    (data) => data.payments.nodes.length,
  ),
  list(
    "a partner's sales with their commissions",
    8,
    'partnerA',
    graphql(`
      query StatementCountsPartnerSales($first: Int!) {
        sales(page: { first: $first }) {
          totalCount
          nodes {
            id
            amount {
              amount
              currency
            }
            product {
              sku
            }
            commissions {
              id
              amount {
                amount
                currency
              }
            }
          }
        }
      }
    `),
    (data) => data.sales.nodes.length,
  ),
];

describe('statements per list page', () => {
  for (const list of LISTS) {
    it(`${list.name}: the same few statements for 1 row as for 30`, async () => {
      const small = await list.page(1, fx.tokens[list.token]);
      const large = await list.page(30, fx.tokens[list.token]);
      expect(small.rows).toBeGreaterThan(0);
      expect(large.rows).toBeGreaterThan(small.rows);
      expect(large.count).toBe(small.count);
      expect(large.count).toBeLessThanOrEqual(list.bound);
    });
  }

  it("a partner's sale lists only their own commissions (the loader keeps the scope)", async () => {
    const { data } = await statementsOf(
      graphql(`
        query StatementCountsPartnerSaleScope($first: Int!) {
          sales(page: { first: $first }) {
            nodes {
              commissions {
                partner {
                  id
                }
              }
            }
          }
        }
      `),
      30,
      fx.tokens.partnerA,
    );
    const partners = new Set(data?.sales.nodes.flatMap((sale) => sale.commissions.map((c) => c.partner.id)));
    expect([...partners]).toEqual([fx.partnerA.id]);
  });
});
