import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales } from '../support/fixtures';

/**
 * Relay cursor connections: every list pages with first/after to its end and back with
 * last/before, and agrees with the older page input; cursors are opaque and validated.
 */
let app: TestApp;
let fx: ProgramFixture;

// Amounts with ties, so a sorted list's order depends on the id tie-break too.
const AMOUNTS = [1_000, 2_000, 1_000, 3_000, 2_000, 1_000, 5_000, 4_000, 2_000, 1_000, 3_000];

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
  const pending = await app.gql(`{ pendingCommissions(first: 100) { nodes { id } } }`, {}, fx.tokens.admin);
  const ids = (pending.data.pendingCommissions.nodes as { id: string }[]).map((node) => node.id);
  const approved = await app.gql(
    `mutation($ids: [UUID!]!) { approveCommissions(selection: { ids: $ids }) { __typename } }`,
    { ids },
    fx.tokens.admin,
  );
  expect(approved.errors).toBeUndefined();
});
afterAll(async () => app?.close());

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Runs a list query whose root field is `field` and answers its connection. */
async function list(query: string, field: string, variables: Record<string, unknown>, token = fx.tokens.admin): Promise<Page> {
  const response = await app.gql(query, variables, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  const page = response.data[field] as Page;
  // edges and nodes are the same items, in the same order
  expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
  expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
  expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
  for (const edge of page.edges) expect(edge.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  return page;
}

/** Every id of a list, walking forward with first/after, checking hasPreviousPage on the way. */
async function walkForward(query: string, field: string, size: number, token?: string) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const page = await list(query, field, { first: size, after }, token);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('the list did not end');
}

/** Every id of a list, walking backward from its end with last/before, in the list's order. */
async function walkBackward(query: string, field: string, size: number, token?: string) {
  const pages: string[][] = [];
  let before: string | null = null;
  for (let count = 0; count < 50; count++) {
    const page = await list(query, field, { last: size, before }, token);
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    pages.unshift(page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasPreviousPage) return pages.flat();
    before = page.pageInfo.startCursor;
  }
  throw new Error('the list did not end');
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe('lists page with first/after to the end and back with last/before, as the page input does', () => {
  const cases = [
    {
      name: 'commissions sorted by amount (ties broken by id)',
      field: 'commissions',
      relay: `query($first: Int, $after: String, $last: Int, $before: String) { commissions(first: $first, after: $after, last: $last, before: $before, sort: { field: AMOUNT, direction: ASC }) { totalCount edges { cursor node { id } } nodes { id } ${PAGE_INFO} } }`,
      paged: `{ commissions(page: { first: 100 }, sort: { field: AMOUNT, direction: ASC }) { nodes { id } totalCount } }`,
    },
    {
      name: 'sales, newest first',
      field: 'sales',
      relay: `query($first: Int, $after: String, $last: Int, $before: String) { sales(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { id } } nodes { id } ${PAGE_INFO} } }`,
      paged: `{ sales(page: { first: 100 }) { nodes { id } totalCount } }`,
    },
    {
      name: 'the audit log (serial ids)',
      field: 'auditLog',
      relay: `query($first: Int, $after: String, $last: Int, $before: String) { auditLog(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { id } } nodes { id } ${PAGE_INFO} } }`,
      paged: `{ auditLog(page: { first: 100 }) { nodes { id } totalCount } }`,
    },
    {
      name: 'customers',
      field: 'customers',
      relay: `query($first: Int, $after: String, $last: Int, $before: String) { customers(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { id } } nodes { id } ${PAGE_INFO} } }`,
      paged: `{ customers(page: { first: 100 }) { nodes { id } totalCount } }`,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const reference = await app.gql(c.paged, {}, fx.tokens.admin);
      expect(reference.errors).toBeUndefined();
      const expected = (reference.data[c.field].nodes as { id: string }[]).map((node) => node.id);
      expect(expected.length).toBeGreaterThanOrEqual(AMOUNTS.length);
      expect(reference.data[c.field].totalCount).toBe(expected.length);

      const forward = await walkForward(c.relay, c.field, 4);
      expect(forward).toEqual(expected);
      const backward = await walkBackward(c.relay, c.field, 3);
      expect(backward).toEqual(expected);

      // A cursor from the middle: the page after it and the page before it meet there.
      const all = await list(c.relay, c.field, { first: 100 });
      expect(all.totalCount).toBe(expected.length);
      const middle = all.edges[5];
      const after = await list(c.relay, c.field, { first: 2, after: middle.cursor });
      expect(after.nodes.map((n) => n.id)).toEqual(expected.slice(6, 8));
      const before = await list(c.relay, c.field, { last: 2, before: middle.cursor });
      expect(before.nodes.map((n) => n.id)).toEqual(expected.slice(3, 5));
      expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      // The old page input accepts the Relay cursors, and the Relay arguments the old ones.
      const viaPage = await app.gql(
        c.paged.replace('page: { first: 100 }', `page: { first: 2, after: "${middle.cursor}" }`),
        {},
        fx.tokens.admin,
      );
      expect((viaPage.data[c.field].nodes as { id: string }[]).map((n) => n.id)).toEqual(expected.slice(6, 8));
    });
  }

  it("a partner's own commissions, through me", async () => {
    const query = `query($first: Int, $after: String, $last: Int, $before: String) { me { commissions(first: $first, after: $after, last: $last, before: $before) { edges { cursor node { id } } nodes { id } ${PAGE_INFO} } } }`;
    const reference = await app.gql(`{ myCommissions(page: { first: 100 }) { nodes { id } } }`, {}, fx.tokens.partnerA);
    const expected = (reference.data.myCommissions.nodes as { id: string }[]).map((node) => node.id);
    expect(expected).toHaveLength(AMOUNTS.length);
    const viaMe = async (variables: Record<string, unknown>) => {
      const response = await app.gql(query, variables, fx.tokens.partnerA);
      expect(response.errors).toBeUndefined();
      return response.data.me.commissions as Page;
    };
    const ids: string[] = [];
    let after: string | null = null;
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
    const query = `query($first: Int, $after: String) { pendingPayments(first: $first, after: $after) { totalCount edges { cursor node { partnerId currency } } nodes { partnerId currency } ${PAGE_INFO} } }`;
    const first = await app.gql(query, { first: 1 }, fx.tokens.admin);
    expect(first.errors).toBeUndefined();
    const page = first.data.pendingPayments;
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    expect(page.edges[0].node).toEqual(page.nodes[0]);
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    const rest = await app.gql(query, { first: 100, after: page.pageInfo.endCursor }, fx.tokens.admin);
    expect(rest.errors).toBeUndefined();
    expect(rest.data.pendingPayments.nodes).toHaveLength(page.totalCount - 1);
    const all = await app.gql(`{ pendingPayments(page: { first: 100 }) { nodes { partnerId currency } } }`, {}, fx.tokens.admin);
    expect([...page.nodes, ...rest.data.pendingPayments.nodes]).toEqual(all.data.pendingPayments.nodes);

    const deliveries = await app.gql(`{ webhookDeliveries(first: 5) { edges { cursor } nodes { id } ${PAGE_INFO} } }`, {}, fx.tokens.admin);
    expect(deliveries.errors).toBeUndefined();
    expect(deliveries.data.webhookDeliveries.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('the event feed pages forward with first/after and a full PageInfo', async () => {
    const query = `query($after: String) { events(first: 10, after: $after) { edges { cursor node { sequence } } nodes { sequence } ${PAGE_INFO} } }`;
    const sequences: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await app.gql(query, { after }, fx.tokens.apiRead);
      expect(response.errors).toBeUndefined();
      const page = response.data.events as { edges: { cursor: string }[]; nodes: { sequence: string }[]; pageInfo: PageInfo };
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
  const sales = `query($first: Int, $after: String, $last: Int, $before: String) { sales(first: $first, after: $after, last: $last, before: $before) { nodes { id } } }`;
  const refused = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.gql(query, variables, fx.tokens.admin);
    expect(response.data?.[Object.keys(response.data ?? {})[0]] ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return String(response.errors?.[0]?.message);
  };

  it('a malformed or foreign cursor is BAD_USER_INPUT, never a 500', async () => {
    for (const after of ['not a cursor', 'bm90LWEtdXVpZA', Buffer.from('1').toString('base64url'), 'x'.repeat(300)]) {
      expect(await refused(sales, { first: 2, after })).toMatch(/is not a valid cursor/);
    }
    expect(await refused(sales, { last: 2, before: 'nope!' })).toMatch(/is not a valid cursor/);
    expect(
      await refused(`query($after: String) { pendingPayments(first: 2, after: $after) { nodes { currency } } }`, { after: 'bad' }),
    ).toMatch(/is not a valid cursor/);
    expect(await refused(`query($after: String) { events(after: $after) { nodes { id } } }`, { after: 'bad' })).toMatch(
      /is not a valid cursor/,
    );
  });

  it('first and last are limited like a page, and not combined', async () => {
    expect(await refused(sales, { first: 101 })).toMatch(/first must be between 1 and 100/);
    expect(await refused(sales, { last: 0 })).toMatch(/last must be between 1 and 100/);
    await refused(sales, { first: 2, last: 2 });
    const all = await list(
      `query($first: Int) { sales(first: $first) { edges { cursor node { id } } nodes { id } ${PAGE_INFO} } }`,
      'sales',
      { first: 3 },
    );
    await refused(sales, { first: 2, before: all.pageInfo.endCursor });
    await refused(sales, { after: all.pageInfo.endCursor, before: all.pageInfo.startCursor });
  });
});
