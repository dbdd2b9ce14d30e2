import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, GraphQLResponse, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { PageInput, RelayConnectionsEventsQuery, RelayConnectionsSalesQueryVariables } from '../gql/graphql';
import { createProgramFixture, ProgramFixture, recordSales } from '../support/fixtures';

/**
 * Relay cursor connections: every list pages with first/after to its end and back with
 * last/before, and agrees with the older page input; cursors are opaque and validated.
 */
let app: TestApp;
let fx: ProgramFixture;

// Amounts with ties, so a sorted list's order depends on the id tie-break too.
const AMOUNTS = [1_000, 2_000, 1_000, 3_000, 2_000, 1_000, 5_000, 4_000, 2_000, 1_000, 3_000];

const PENDING_COMMISSIONS = graphql(`
  query RelayConnectionsPendingCommissions {
    pendingCommissions(first: 100) {
      nodes {
        id
      }
    }
  }
`);
const APPROVE = graphql(`
  mutation RelayConnectionsApprove($ids: [UUID!]!) {
    approveCommissions(selection: { ids: $ids }) {
      __typename
    }
  }
`);
// The page info every Relay document below selects.
graphql(`
  fragment RelayConnectionsPageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);
const COMMISSIONS = graphql(`
  query RelayConnectionsCommissions($first: Int, $after: String, $last: Int, $before: String) {
    commissions(first: $first, after: $after, last: $last, before: $before, sort: { field: AMOUNT, direction: ASC }) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const COMMISSIONS_PAGED = graphql(`
  query RelayConnectionsCommissionsPaged($page: PageInput!) {
    commissions(page: $page, sort: { field: AMOUNT, direction: ASC }) {
      nodes {
        id
      }
      totalCount
    }
  }
`);
const SALES = graphql(`
  query RelayConnectionsSales($first: Int, $after: String, $last: Int, $before: String) {
    sales(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const SALES_PAGED = graphql(`
  query RelayConnectionsSalesPaged($page: PageInput!) {
    sales(page: $page) {
      nodes {
        id
      }
      totalCount
    }
  }
`);
const AUDIT_LOG = graphql(`
  query RelayConnectionsAuditLog($first: Int, $after: String, $last: Int, $before: String) {
    auditLog(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const AUDIT_LOG_PAGED = graphql(`
  query RelayConnectionsAuditLogPaged($page: PageInput!) {
    auditLog(page: $page) {
      nodes {
        id
      }
      totalCount
    }
  }
`);
const CUSTOMERS = graphql(`
  query RelayConnectionsCustomers($first: Int, $after: String, $last: Int, $before: String) {
    customers(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const CUSTOMERS_PAGED = graphql(`
  query RelayConnectionsCustomersPaged($page: PageInput!) {
    customers(page: $page) {
      nodes {
        id
      }
      totalCount
    }
  }
`);
const MY_COMMISSIONS_VIA_ME = graphql(`
  query RelayConnectionsMyCommissionsViaMe($first: Int, $after: String, $last: Int, $before: String) {
    me {
      commissions(first: $first, after: $after, last: $last, before: $before) {
        edges {
          cursor
          node {
            id
          }
        }
        nodes {
          id
        }
        pageInfo {
          ...RelayConnectionsPageInfo
        }
      }
    }
  }
`);
const MY_COMMISSIONS = graphql(`
  query RelayConnectionsMyCommissions {
    myCommissions(page: { first: 100 }) {
      nodes {
        id
      }
    }
  }
`);
const PENDING_PAYMENTS = graphql(`
  query RelayConnectionsPendingPayments($first: Int, $after: String) {
    pendingPayments(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          partnerId
          currency
        }
      }
      nodes {
        partnerId
        currency
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const PENDING_PAYMENTS_PAGED = graphql(`
  query RelayConnectionsPendingPaymentsPaged {
    pendingPayments(page: { first: 100 }) {
      nodes {
        partnerId
        currency
      }
    }
  }
`);
const WEBHOOK_DELIVERIES = graphql(`
  query RelayConnectionsWebhookDeliveries {
    webhookDeliveries(first: 5) {
      edges {
        cursor
      }
      nodes {
        id
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const EVENTS = graphql(`
  query RelayConnectionsEvents($after: String) {
    events(first: 10, after: $after) {
      edges {
        cursor
        node {
          sequence
        }
      }
      nodes {
        sequence
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const SALES_IDS = graphql(`
  query RelayConnectionsSalesIds($first: Int, $after: String, $last: Int, $before: String) {
    sales(first: $first, after: $after, last: $last, before: $before) {
      nodes {
        id
      }
    }
  }
`);
const SALES_FIRST = graphql(`
  query RelayConnectionsSalesFirst($first: Int) {
    sales(first: $first) {
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
      }
      pageInfo {
        ...RelayConnectionsPageInfo
      }
    }
  }
`);
const PENDING_PAYMENTS_AFTER = graphql(`
  query RelayConnectionsPendingPaymentsAfter($after: String) {
    pendingPayments(first: 2, after: $after) {
      nodes {
        currency
      }
    }
  }
`);
const EVENTS_AFTER = graphql(`
  query RelayConnectionsEventsAfter($after: String) {
    events(after: $after) {
      nodes {
        id
      }
    }
  }
`);

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  await recordSales(
    app,
    fx.tokens.admin,
    AMOUNTS.map((amount, i) => ({
      externalId: `relay-${i}`,
      customerExternalId: `relay-cus-${i}`,
      productSku: 'TENT',
      amount: { amount, currency: 'USD' },
      partnerKey: fx.partnerA.partnerKey,
    })),
  );
  // Approved commissions make a pending payment per partner-currency.
  const pending = await app.gqlData(PENDING_COMMISSIONS, {}, fx.tokens.admin);
  const ids = pending.pendingCommissions.nodes.map((node) => node.id);
  const approved = await app.gql(APPROVE, { ids }, fx.tokens.admin);
  expect(approved.errors).toBeUndefined();
});
afterAll(async () => app?.close());

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}
interface Page {
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
  pageInfo: PageInfo;
  totalCount?: number;
}
type RelayVariables = RelayConnectionsSalesQueryVariables;
/** One request for a page of a list (Relay arguments): the answer, its data the list's connection. */
type Lister = (variables: RelayVariables, token: string) => Promise<GraphQLResponse<Page>>;

/** The Lister of a Relay document whose root field is `field`. */
function relayList<K extends string, TData extends Record<K, Page>>(document: TypedDocumentNode<TData, RelayVariables>, field: K): Lister {
  return async (variables, token) => {
    const response = await app.gql(document, variables, token);
    return { ...response, data: response.data?.[field] };
  };
}

/** The ids and totalCount of the list at root field `field`, through the older page input. */
function pagedList<K extends string, TData extends Record<K, { nodes: { id: string }[]; totalCount: number }>>(
  document: TypedDocumentNode<TData, { page: PageInput }>,
  field: K,
) {
  return async (page: PageInput, token: string) => {
    const response = await app.gql(document, { page }, token);
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error(JSON.stringify(response));
    return response.data[field];
  };
}

/** Runs a list query and answers its connection. */
async function list(query: Lister, variables: RelayVariables, token = fx.tokens.admin): Promise<Page> {
  const response = await query(variables, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  const page = response.data;
  if (!page) throw new Error(JSON.stringify(response));
  // edges and nodes are the same items, in the same order
  expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
  expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
  expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
  for (const edge of page.edges) expect(edge.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  return page;
}

/** Every id of a list, walking forward with first/after, checking hasPreviousPage on the way. */
async function walkForward(query: Lister, size: number, token?: string) {
  const ids: string[] = [];
  let after: string | null | undefined = null;
  for (let pages = 0; pages < 50; pages++) {
    const page = await list(query, { first: size, after }, token);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('the list did not end');
}

/** Every id of a list, walking backward from its end with last/before, in the list's order. */
async function walkBackward(query: Lister, size: number, token?: string) {
  const pages: string[][] = [];
  let before: string | null | undefined = null;
  for (let count = 0; count < 50; count++) {
    const page = await list(query, { last: size, before }, token);
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    pages.unshift(page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasPreviousPage) return pages.flat();
    before = page.pageInfo.startCursor;
  }
  throw new Error('the list did not end');
}

describe('lists page with first/after to the end and back with last/before, as the page input does', () => {
  const cases = [
    {
      name: 'commissions sorted by amount (ties broken by id)',
      relay: relayList(COMMISSIONS, 'commissions'),
      paged: pagedList(COMMISSIONS_PAGED, 'commissions'),
    },
    { name: 'sales, newest first', relay: relayList(SALES, 'sales'), paged: pagedList(SALES_PAGED, 'sales') },
    { name: 'the audit log (serial ids)', relay: relayList(AUDIT_LOG, 'auditLog'), paged: pagedList(AUDIT_LOG_PAGED, 'auditLog') },
    { name: 'customers', relay: relayList(CUSTOMERS, 'customers'), paged: pagedList(CUSTOMERS_PAGED, 'customers') },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const reference = await c.paged({ first: 100 }, fx.tokens.admin);
      const expected = reference.nodes.map((node) => node.id);
      expect(expected.length).toBeGreaterThanOrEqual(AMOUNTS.length);
      expect(reference.totalCount).toBe(expected.length);

      const forward = await walkForward(c.relay, 4);
      expect(forward).toEqual(expected);
      const backward = await walkBackward(c.relay, 3);
      expect(backward).toEqual(expected);

      // A cursor from the middle: the page after it and the page before it meet there.
      const all = await list(c.relay, { first: 100 });
      expect(all.totalCount).toBe(expected.length);
      const middle = all.edges[5];
      const after = await list(c.relay, { first: 2, after: middle.cursor });
      expect(after.nodes.map((n) => n.id)).toEqual(expected.slice(6, 8));
      const before = await list(c.relay, { last: 2, before: middle.cursor });
      expect(before.nodes.map((n) => n.id)).toEqual(expected.slice(3, 5));
      expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      // The old page input accepts the Relay cursors, and the Relay arguments the old ones.
      const viaPage = await c.paged({ first: 2, after: middle.cursor }, fx.tokens.admin);
      expect(viaPage.nodes.map((n) => n.id)).toEqual(expected.slice(6, 8));
    });
  }

  it("a partner's own commissions, through me", async () => {
    const reference = await app.gqlData(MY_COMMISSIONS, {}, fx.tokens.partnerA);
    const expected = reference.myCommissions.nodes.map((node) => node.id);
    expect(expected).toHaveLength(AMOUNTS.length);
    const viaMe = async (variables: RelayVariables) => {
      const response = await app.gql(MY_COMMISSIONS_VIA_ME, variables, fx.tokens.partnerA);
      expect(response.errors).toBeUndefined();
      const commissions = response.data?.me.commissions;
      if (!commissions) throw new Error(JSON.stringify(response));
      return commissions;
    };
    const ids: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page = await viaMe({ first: 5, after });
      ids.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(ids).toEqual(expected);
    const last = await viaMe({ last: 4 });
    expect(last.nodes.map((node) => node.id)).toEqual(expected.slice(-4));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it('pending payments and webhook deliveries page forward with first/after', async () => {
    const first = await app.gql(PENDING_PAYMENTS, { first: 1 }, fx.tokens.admin);
    expect(first.errors).toBeUndefined();
    if (!first.data) throw new Error(JSON.stringify(first));
    const page = first.data.pendingPayments;
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    expect(page.edges[0].node).toEqual(page.nodes[0]);
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    const rest = await app.gql(PENDING_PAYMENTS, { first: 100, after: page.pageInfo.endCursor }, fx.tokens.admin);
    expect(rest.errors).toBeUndefined();
    expect(rest.data?.pendingPayments.nodes).toHaveLength(page.totalCount - 1);
    const all = await app.gql(PENDING_PAYMENTS_PAGED, {}, fx.tokens.admin);
    expect([...page.nodes, ...(rest.data?.pendingPayments.nodes ?? [])]).toEqual(all.data?.pendingPayments.nodes);

    const deliveries = await app.gql(WEBHOOK_DELIVERIES, {}, fx.tokens.admin);
    expect(deliveries.errors).toBeUndefined();
    expect(deliveries.data?.webhookDeliveries.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('the event feed pages forward with first/after and a full PageInfo', async () => {
    const sequences: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const response: GraphQLResponse<RelayConnectionsEventsQuery> = await app.gql(EVENTS, { after }, fx.tokens.apiRead);
      expect(response.errors).toBeUndefined();
      if (!response.data) throw new Error(JSON.stringify(response));
      const page = response.data.events;
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      sequences.push(...page.nodes.map((node) => node.sequence));
      if (!page.pageInfo.hasNextPage) {
        // at the end, the cursor stays where it was
        expect(page.pageInfo.endCursor).not.toBeNull();
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(sequences.length).toBeGreaterThan(AMOUNTS.length);
    expect(sequences).toEqual(sequences.map((_, i) => String(i + 1)));
  });
});

describe('paging arguments are validated', () => {
  const sales = (variables: RelayVariables) => app.gql(SALES_IDS, variables, fx.tokens.admin);
  /** The request's refusal: no data for its root field, BAD_USER_INPUT; answers the message. */
  const refused = async (request: Promise<GraphQLResponse<Record<string, unknown>>>) => {
    const response = await request;
    expect(Object.values(response.data ?? {})[0] ?? null).toBeNull();
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    return String(response.errors?.[0]?.message);
  };

  it('a malformed or foreign cursor is BAD_USER_INPUT, never a 500', async () => {
    for (const after of ['not a cursor', 'bm90LWEtdXVpZA', Buffer.from('1').toString('base64url'), 'x'.repeat(300)]) {
      expect(await refused(sales({ first: 2, after }))).toMatch(/is not a valid cursor/);
    }
    expect(await refused(sales({ last: 2, before: 'nope!' }))).toMatch(/is not a valid cursor/);
    expect(await refused(app.gql(PENDING_PAYMENTS_AFTER, { after: 'bad' }, fx.tokens.admin))).toMatch(/is not a valid cursor/);
    expect(await refused(app.gql(EVENTS_AFTER, { after: 'bad' }, fx.tokens.admin))).toMatch(/is not a valid cursor/);
  });

  it('first and last are limited like a page, and not combined', async () => {
    expect(await refused(sales({ first: 101 }))).toMatch(/first must be between 1 and 100/);
    expect(await refused(sales({ last: 0 }))).toMatch(/last must be between 1 and 100/);
    await refused(sales({ first: 2, last: 2 }));
    const all = await list(relayList(SALES_FIRST, 'sales'), { first: 3 });
    await refused(sales({ first: 2, before: all.pageInfo.endCursor }));
    await refused(sales({ after: all.pageInfo.endCursor, before: all.pageInfo.startCursor }));
  });
});
