import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { CommissionFilter, CommissionListViewAuditQueryVariables, CommissionListViewListQuery, CommissionSort } from '../gql/graphql';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';

/**
 * The all-commissions view's API, over HTTP on the real database: every status, the new filters
 * (sale date, order id, ready to approve), sorting with stable keyset paging, reinstating one
 * commission by id, and the audit log's filters and named actors and objects.
 */
let app: TestApp;
let fx: ProgramFixture;
const DAY = 86_400_000;
const ids: Record<string, string> = {};
const orders: Record<string, string> = {};

const LIST = graphql(`
  query CommissionListViewList($filter: CommissionFilter, $page: PageInput, $sort: CommissionSort) {
    commissions(filter: $filter, page: $page, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        amount {
          amount
          currency
        }
        partner {
          name
        }
        sale {
          externalId
          occurredAt
        }
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation CommissionListViewCancel($i: CancelCommissionsInput!) {
    cancelCommissions(input: $i) {
      succeeded
    }
  }
`);
const APPROVE = graphql(`
  mutation CommissionListViewApprove($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      succeeded
      failed
    }
  }
`);

/** Every page of the list, in order. */
async function listAll(filter: CommissionFilter, sort?: CommissionSort, first = 2) {
  const nodes: CommissionListViewListQuery['commissions']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const data: CommissionListViewListQuery = await app.gqlData(LIST, { filter, sort, page: { first, after } }, fx.tokens.admin);
    nodes.push(...data.commissions.nodes);
    if (!data.commissions.pageInfo.hasNextPage) return nodes;
    after = data.commissions.pageInfo.endCursor;
  }
}

async function sale(key: string, partnerKey: string, amount: number, ageDays: number) {
  const externalId = `order-${key}-${Math.random().toString(36).slice(2, 7)}`;
  const [row] = await recordSales(app, fx.tokens.admin, [
    {
      externalId,
      customerExternalId: `cust-${key}`,
      productSku: 'TENT',
      amount: usd(amount),
      partnerKey,
      occurredAt: new Date(Date.now() - ageDays * DAY).toISOString(),
    },
  ]);
  ids[key] = saleRecorded(row).commissions[0].id;
  orders[key] = externalId;
}

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app, { holdingPeriodDays: 30 });
  const a = fx.partnerA.partnerKey;
  const b = fx.partnerB.partnerKey;
  // Recorded in this order, with sale dates in another order.
  await sale('oldA', a, 50_000, 90); // ready to approve
  await sale('newA', a, 10_000, 1); // held
  await sale('midB', b, 30_000, 45); // ready, then cancelled
  await sale('oldB', b, 30_000, 60); // ready to approve (same amount as midB: a tie)
  await app.gqlData(CANCEL, { i: { selection: { ids: [ids.midB] }, reason: 'duplicate order' } }, fx.tokens.admin);
});
afterAll(async () => app?.close());

describe('the all-commissions list', () => {
  it('lists every status, cancelled included, and filters by status', async () => {
    const all = await listAll({});
    expect(all.map((n) => n.id).sort()).toEqual(Object.values(ids).sort());
    const cancelled = await listAll({ status: 'CANCELLED' });
    expect(cancelled.map((n) => n.id)).toEqual([ids.midB]);
  });

  it('finds a commission by its order id, exactly', async () => {
    expect((await listAll({ orderId: orders.oldA })).map((n) => n.id)).toEqual([ids.oldA]);
    expect((await listAll({ orderId: ` ${orders.oldB} ` })).map((n) => n.id)).toEqual([ids.oldB]);
    expect(await listAll({ orderId: orders.oldA.slice(0, -1) })).toEqual([]);
    expect(errorCode(await app.gql(LIST, { filter: { orderId: '   ' } }, fx.tokens.admin))).toBe('BAD_USER_INPUT');
  });

  it('filters by the sale date, not the record date', async () => {
    const from = new Date(Date.now() - 70 * DAY).toISOString();
    const to = new Date(Date.now() - 40 * DAY).toISOString();
    const found = await listAll({ saleDateFrom: from, saleDateTo: to });
    expect(found.map((n) => n.id).sort()).toEqual([ids.midB, ids.oldB].sort());
  });

  it('"ready to approve" is pending with the holding period over, as approving decides it', async () => {
    const ready = await listAll({ readyToApprove: true });
    expect(ready.map((n) => n.id).sort()).toEqual([ids.oldA, ids.oldB].sort());
    const approved = await app.gqlData(APPROVE, { s: { filter: { readyToApprove: true, status: 'PENDING' } } }, fx.tokens.admin);
    expect(approved.approveCommissions).toEqual({ succeeded: 2, failed: 0 });
    expect(await listAll({ readyToApprove: true })).toEqual([]);
  });

  it('sorts by sale date, amount and partner in both directions, ties broken by id, across pages', async () => {
    const bySaleDate = await listAll({}, { field: 'SALE_DATE', direction: 'ASC' }, 1);
    expect(bySaleDate.map((n) => n.id)).toEqual([ids.oldA, ids.oldB, ids.midB, ids.newA]);
    const bySaleDateDesc = await listAll({}, { field: 'SALE_DATE', direction: 'DESC' }, 3);
    expect(bySaleDateDesc.map((n) => n.id)).toEqual([ids.newA, ids.midB, ids.oldB, ids.oldA]);

    const tie = [ids.midB, ids.oldB].sort();
    const byAmount = await listAll({}, { field: 'AMOUNT', direction: 'ASC' }, 1);
    expect(byAmount.map((n) => n.id)).toEqual([ids.newA, ...tie, ids.oldA]);
    const byAmountDesc = await listAll({}, { field: 'AMOUNT', direction: 'DESC' }, 1);
    expect(byAmountDesc.map((n) => n.id)).toEqual([ids.oldA, ...[...tie].reverse(), ids.newA]);

    const byPartner = await listAll({}, { field: 'PARTNER', direction: 'ASC' }, 1);
    expect(byPartner.map((n) => n.partner.name)).toEqual([fx.partnerA.name, fx.partnerA.name, fx.partnerB.name, fx.partnerB.name]);
    expect(byPartner.slice(0, 2).map((n) => n.id)).toEqual([ids.oldA, ids.newA].sort());
  });

  it('sorting keeps the filter and the total', async () => {
    const data = await app.gqlData(
      LIST,
      { filter: { partnerId: fx.partnerB.id }, sort: { field: 'AMOUNT', direction: 'DESC' }, page: { first: 1 } },
      fx.tokens.admin,
    );
    expect(data.commissions.totalCount).toBe(2);
    expect(data.commissions.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses an unknown sort field', async () => {
    // NAME is no CommissionSortField: a malformed variable, sent untyped on purpose.
    const response = await app.gqlUntypedProbe(LIST, { sort: { field: 'NAME', direction: 'ASC' } }, fx.tokens.admin);
    expect(response.errors).toBeDefined();
  });
});

describe('reinstating one commission from the list', () => {
  const REINSTATE = graphql(`
    mutation CommissionListViewReinstate($s: CommissionSelection!) {
      reinstateCommissions(selection: $s) {
        succeeded
        failed
        items {
          commissionId
          result {
            __typename
            ... on Commission {
              id
              status
              partner {
                name
              }
              sale {
                externalId
              }
            }
            ... on ErrorResult {
              code
            }
          }
        }
      }
    }
  `);

  it('reinstates the cancelled commission by its id, naming its partner and order, and refuses it twice', async () => {
    const done = await app.gqlData(REINSTATE, { s: { ids: [ids.midB] } }, fx.tokens.admin);
    expect(done.reinstateCommissions.succeeded).toBe(1);
    expect(done.reinstateCommissions.items[0].result).toMatchObject({
      __typename: 'Commission',
      status: 'PENDING',
      partner: { name: fx.partnerB.name },
      sale: { externalId: orders.midB },
    });
    const again = await app.gqlData(REINSTATE, { s: { ids: [ids.midB] } }, fx.tokens.admin);
    expect(again.reinstateCommissions.items[0].result).toMatchObject({
      __typename: 'InvalidCommissionStateError',
      code: 'INVALID_COMMISSION_STATE',
    });
  });

  it('a viewer cannot reinstate', async () => {
    const response = await app.gql(REINSTATE, { s: { ids: [ids.midB] } }, fx.tokens.viewer);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});

describe('the audit log, readable', () => {
  const AUDIT = graphql(`
    query CommissionListViewAudit($filter: AuditFilterInput, $page: PageInput) {
      auditLog(filter: $filter, page: $page) {
        totalCount
        nodes {
          action
          actorKind
          actorName
          entityType
          changes
          subject {
            name
            partnerId
            partnerName
            saleId
            orderId
          }
        }
      }
    }
  `);
  const ACTORS_AND_ACTIONS = graphql(`
    query CommissionListViewActorsAndActions {
      auditActors {
        kind
        id
        name
      }
      auditActions
    }
  `);
  const ACTORS = graphql(`
    query CommissionListViewActors {
      auditActors {
        kind
        id
        name
      }
    }
  `);
  const audit = (variables: CommissionListViewAuditQueryVariables) => app.gqlData(AUDIT, variables, fx.tokens.admin);

  it('names the actor and the object of each entry', async () => {
    const data = await audit({ filter: { action: 'commission.cancel' } });
    expect(data.auditLog.nodes).toHaveLength(1);
    const [entry] = data.auditLog.nodes;
    expect(entry.actorName).toBe('Admin');
    expect(entry.subject).toMatchObject({
      name: orders.midB,
      partnerId: fx.partnerB.id,
      partnerName: fx.partnerB.name,
      orderId: orders.midB,
    });
    const sales = await audit({ filter: { action: 'sale.record' } });
    expect(sales.auditLog.nodes.map((n) => n.subject?.orderId).sort()).toEqual(Object.values(orders).sort());
  });

  it('filters by actor and by date range', async () => {
    const actors = await app.gqlData(ACTORS_AND_ACTIONS, {}, fx.tokens.admin);
    const admin = actors.auditActors.find((a) => a.kind === 'MERCHANT' && a.name === 'Admin');
    expect(admin).toBeDefined();
    if (!admin) throw new Error(JSON.stringify(actors.auditActors));
    expect(actors.auditActors).toContainEqual({ kind: 'SYSTEM', id: null, name: 'System' });
    expect(actors.auditActions).toContain('commission.reinstate');
    const byAdmin = await audit({ filter: { actorKind: 'MERCHANT', actorId: admin.id } });
    expect(byAdmin.auditLog.totalCount).toBeGreaterThan(0);
    expect(byAdmin.auditLog.nodes.every((n) => n.actorKind === 'MERCHANT' && n.actorName === 'Admin')).toBe(true);
    const bySystem = await audit({ filter: { actorKind: 'SYSTEM' } });
    expect(bySystem.auditLog.nodes.every((n) => n.actorKind === 'SYSTEM')).toBe(true);
    // The instant filters are deprecated (fromDay/toDay replace them; audit-history-local-days tests those) but still served.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pinned while served
    const future = await audit({ filter: { from: new Date(Date.now() + DAY).toISOString() } });
    expect(future.auditLog.totalCount).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pinned while served
    const past = await audit({ filter: { to: new Date(Date.now() - DAY).toISOString() } });
    expect(past.auditLog.totalCount).toBe(0);
    const bad = await app.gql(AUDIT, { filter: { actorId: admin.id } }, fx.tokens.admin);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it("another program's actors are not listed", async () => {
    const other = await createProgramFixture(app);
    const actors = await app.gqlData(ACTORS, {}, other.tokens.admin);
    const mine = await app.gqlData(ACTORS, {}, fx.tokens.admin);
    const otherIds = new Set(actors.auditActors.map((a) => a.id).filter(Boolean));
    expect(mine.auditActors.some((a) => otherIds.has(a.id))).toBe(false);
  });
});
