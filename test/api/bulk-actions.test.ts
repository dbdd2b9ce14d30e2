import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import type { CommissionSelection } from '../gql/graphql';
import { createProgramFixture, ProgramFixture, usd } from '../support/fixtures';
import { APPROVE_COUNTS, APPROVE_ITEMS } from '../support/commission-actions';

let app: TestApp;
let fx: ProgramFixture;

const DAY = 86_400_000;
// The summary and the listed failures of a bulk action's payload, spread into the documents below.
graphql(`
  fragment BulkActionsSummary on CommissionActionPayload {
    succeeded
    failed
    unreportedFailures
    failureCounts {
      code
      count
    }
  }
`);
graphql(`
  fragment BulkActionsFailures on CommissionActionPayload {
    items {
      commissionId
      result {
        __typename
        ... on ErrorResult {
          code
        }
      }
    }
  }
`);
const RECORD_SALES = graphql(`
  mutation BulkActionsRecordSales($s: [SaleInput!]!) {
    recordSales(sales: $s) {
      results {
        result {
          __typename
          ... on SaleRecorded {
            commissions {
              id
            }
          }
        }
      }
    }
  }
`);
/** approveCommissions answering its summary and listed failures. */
const APPROVE = graphql(`
  mutation BulkActionsApprove($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      ...BulkActionsSummary
      ...BulkActionsFailures
    }
  }
`);
const APPROVE_SUMMARY = graphql(`
  mutation BulkActionsApproveSummary($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      ...BulkActionsSummary
    }
  }
`);
const APPROVE_LIGHT = graphql(`
  mutation BulkActionsApproveLight($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      succeeded
      failed
      items {
        commissionId
        result {
          __typename
          ... on Commission {
            id
            status
          }
          ... on ErrorResult {
            code
          }
        }
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation BulkActionsCancel($i: CancelCommissionsInput!) {
    cancelCommissions(input: $i) {
      ...BulkActionsSummary
      ...BulkActionsFailures
    }
  }
`);
const REINSTATE = graphql(`
  mutation BulkActionsReinstate($s: CommissionSelection!) {
    reinstateCommissions(selection: $s) {
      ...BulkActionsSummary
    }
  }
`);

beforeAll(async () => {
  app = await startTestApp();
  // Sales older than 30 days can be approved; recent ones are still held.
  fx = await createProgramFixture(app, { holdingPeriodDays: 30 });
});
afterAll(async () => app?.close());

/** Records `count` sales for one partner through the API (500 a request); answers their commission ids. */
async function sales(tag: string, count: number, options: { ageDays: number; partnerKey?: string }) {
  const ids: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => ({
      externalId: `${tag}-${start + i}`,
      customerExternalId: `${tag}-c${(start + i) % 50}`,
      productSku: 'TENT',
      amount: usd(1_000 + i),
      occurredAt: new Date(Date.now() - options.ageDays * DAY).toISOString(),
      partnerKey: options.partnerKey ?? fx.partnerA.partnerKey,
    }));
    const response = await app.gql(RECORD_SALES, { s: batch }, fx.tokens.admin);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    if (!response.data) throw new Error(JSON.stringify(response));
    ids.push(...response.data.recordSales.results.map((r) => expectTypename(r.result, 'SaleRecorded').commissions[0].id));
  }
  return ids;
}

/** approveCommissions over `selection`, answering what `document` selects of its payload (summary and failures by default). */
async function approve<TData extends { approveCommissions: unknown }>(
  selection: CommissionSelection,
  document: TypedDocumentNode<TData, { s: CommissionSelection }>,
): Promise<TData['approveCommissions']> {
  const response = await app.gql(document, { s: selection }, fx.tokens.admin);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  if (!response.data) throw new Error(JSON.stringify(response));
  return response.data.approveCommissions;
}

async function audited(action: string, ids: string[]) {
  const [{ count }] = await queryRows<{ count: number }>(
    app,
    `SELECT count(*)::int AS count FROM audit_entry WHERE action = $1 AND entity_type = 'Commission' AND entity_id = ANY($2)`,
    [action, ids],
  );
  return count;
}

describe('bulk actions over a filter: any number of commissions, in set-based batches', () => {
  it('approves every match 1,000 per transaction; lists the first 1,000 failures and counts them all', async () => {
    const partner = await app.gql(
      graphql(`
        mutation BulkActionsCreatePartner {
          createPartner(input: { name: "Bulk", email: "bulk@test.dev", partnerKey: "bulk-partner" }) {
            id
            partnerKey
          }
        }
      `),
      {},
      fx.tokens.admin,
    );
    if (!partner.data) throw new Error(JSON.stringify(partner));
    const { id: partnerId, partnerKey } = partner.data.createPartner;
    const due = await sales('bulk-due', 1_300, { ageDays: 45, partnerKey });
    const held = await sales('bulk-held', 1_200, { ageDays: 1, partnerKey });

    const result = await approve({ filter: { partnerId } }, APPROVE);
    expect(result).toMatchObject({
      succeeded: 1_300,
      failed: 1_200,
      unreportedFailures: 200,
      failureCounts: [{ code: 'HOLDING_PERIOD_ACTIVE', count: 1_200 }],
    });
    expect(result.items).toHaveLength(1_000);
    expect(
      result.items.every((i) => held.includes(i.commissionId) && 'code' in i.result && i.result.code === 'HOLDING_PERIOD_ACTIVE'),
    ).toBe(true);
    // Failures are listed in id order (the order the batches walk).
    const listed = result.items.map((i) => i.commissionId);
    expect(listed).toEqual([...listed].sort());

    const [{ approved }] = await queryRows<{ approved: number }>(
      app,
      `SELECT count(*)::int AS approved FROM commission WHERE partner_id = $1 AND status = 'APPROVED' AND approved_at IS NOT NULL`,
      [partnerId],
    );
    expect(approved).toBe(1_300);
    expect(await audited('commission.approve', due)).toBe(1_300);
    expect(await audited('commission.approve', held)).toBe(0);

    // Running it again approves nothing new: the approved ones no longer match.
    expect(await approve({ filter: { partnerId } }, APPROVE_SUMMARY)).toMatchObject({ succeeded: 0, failed: 1_200 });
  });

  it('cancels and reinstates by filter with the same counts, each change audited once', async () => {
    const partner = await app.gqlData(
      graphql(`
        mutation BulkActionsCreatePartner2 {
          createPartner(input: { name: "Bulk 2", email: "bulk2@test.dev", partnerKey: "bulk-2" }) {
            id
          }
        }
      `),
      {},
      fx.tokens.admin,
    );
    const partnerId = partner.createPartner.id;
    const ids = await sales('bulk-cancel', 1_100, { ageDays: 45, partnerKey: 'bulk-2' });
    await approve({ ids: ids.slice(0, 400) }, APPROVE_COUNTS);
    const cancel = await app.gql(CANCEL, { i: { selection: { filter: { partnerId } }, reason: 'Fraudulent orders' } }, fx.tokens.admin);
    expect(cancel.data?.cancelCommissions).toMatchObject({
      succeeded: 1_100,
      failed: 0,
      unreportedFailures: 0,
      failureCounts: [],
      items: [],
    });
    const reasons = await queryRows<{ status: string; cancel_reason: string | null; unapproved: boolean }>(
      app,
      `SELECT DISTINCT status, cancel_reason, approved_at IS NULL AS unapproved FROM commission WHERE partner_id = $1`,
      [partnerId],
    );
    expect(reasons).toEqual([{ status: 'CANCELLED', cancel_reason: 'Fraudulent orders', unapproved: true }]);
    const reinstate = await app.gql(REINSTATE, { s: { filter: { partnerId } } }, fx.tokens.admin);
    expect(reinstate.data?.reinstateCommissions).toMatchObject({ succeeded: 1_100, failed: 0 });
    expect(await audited('commission.cancel', ids)).toBe(1_100);
    expect(await audited('commission.reinstate', ids)).toBe(1_100);
  });

  it('a filter approval racing approvals by ids approves each commission exactly once', async () => {
    const partner = await app.gqlData(
      graphql(`
        mutation BulkActionsCreatePartner3 {
          createPartner(input: { name: "Bulk 3", email: "bulk3@test.dev", partnerKey: "bulk-3" }) {
            id
          }
        }
      `),
      {},
      fx.tokens.admin,
    );
    const partnerId = partner.createPartner.id;
    const ids = await sales('bulk-race', 1_500, { ageDays: 45, partnerKey: 'bulk-3' });
    const reversed = [...ids].reverse();
    const answers = await Promise.all([
      approve({ filter: { partnerId } }, APPROVE_SUMMARY),
      approve({ ids: reversed.slice(0, 1_000) }, APPROVE_SUMMARY),
      approve({ ids: ids.slice(0, 1_000) }, APPROVE_SUMMARY),
      approve({ filter: { partnerId, status: 'PENDING' } }, APPROVE_SUMMARY),
    ]);
    expect(answers.reduce((sum, a) => sum + a.succeeded, 0)).toBe(1_500);
    expect(await audited('commission.approve', ids)).toBe(1_500);
  });
});

describe('bulk actions by ids: one item per id, with what the caller asked for', () => {
  it('answers every id in the order given, full rows when asked, and typed failures', async () => {
    const ids = await sales('ids', 3, { ageDays: 45 });
    const [held] = await sales('ids-held', 1, { ageDays: 1 });
    const unknown = '00000000-0000-4000-8000-000000000000';
    // A malformed id refuses the whole request (the UUID scalar), and nothing changes: ids[2] is approved below.
    const malformed = await app.gqlUntypedProbe(APPROVE_COUNTS, { s: { ids: [ids[2], 'not-a-uuid'] } }, fx.tokens.admin);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toContain('s.ids[1]');
    const selection = { ids: [ids[2], unknown, held, ids[0], ids[2]] };
    const full = await approve(selection, APPROVE_ITEMS);
    expect(full.succeeded).toBe(2);
    expect(full.failed).toBe(2);
    expect(full.items.map((i) => [i.commissionId, i.result.__typename])).toEqual([
      [ids[2], 'Commission'],
      [unknown, 'NotFoundError'],
      [held, 'HoldingPeriodActiveError'],
      [ids[0], 'Commission'],
    ]);
    expect(full.items[0].result).toMatchObject({
      id: ids[2],
      status: 'APPROVED',
      amount: expect.objectContaining({ currency: 'USD' }) as unknown,
    });
    expect(new Date(expectTypename(full.items[0].result, 'Commission').approvedAt ?? NaN).getTime()).toBeGreaterThan(Date.now() - DAY);

    // Only ids and statuses asked (the portal's fragment): the same answer without reading rows back.
    const light = await app.gql(APPROVE_LIGHT, { s: { ids: [ids[1], ids[0]] } }, fx.tokens.admin);
    expect(light.data?.approveCommissions).toEqual({
      succeeded: 1,
      failed: 1,
      items: [
        { commissionId: ids[1], result: { __typename: 'Commission', id: ids[1], status: 'APPROVED' } },
        { commissionId: ids[0], result: { __typename: 'InvalidCommissionStateError', code: 'INVALID_COMMISSION_STATE' } },
      ],
    });
  });
});
