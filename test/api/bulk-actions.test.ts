import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, usd } from '../support/fixtures';

let app: TestApp;
let fx: ProgramFixture;

const DAY = 86_400_000;
const SUMMARY = `succeeded failed unreportedFailures failureCounts { code count }`;
const FAILURES = `items { commissionId result { __typename ... on ErrorResult { code } } }`;

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
    const response = await app.gql(
      `mutation($s: [SaleInput!]!) { recordSales(sales: $s) { results { result { ... on SaleRecorded { commissions { id } } } } } }`,
      { s: batch },
      fx.tokens.admin,
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    ids.push(...response.data.recordSales.results.map((r: any) => r.result.commissions[0].id));
  }
  return ids;
}

async function approve(selection: Record<string, unknown>, fields = `${SUMMARY} ${FAILURES}`) {
  const response = await app.gql(
    `mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { ${fields} } }`,
    { s: selection },
    fx.tokens.admin,
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.approveCommissions;
}

async function audited(action: string, ids: string[]) {
  const [{ count }] = await app.dataSource.query(
    `SELECT count(*)::int AS count FROM audit_entry WHERE action = $1 AND entity_type = 'Commission' AND entity_id = ANY($2)`,
    [action, ids],
  );
  return count;
}

describe('bulk actions over a filter: any number of commissions, in set-based batches', () => {
  it('approves every match 1,000 per transaction; lists the first 1,000 failures and counts them all', async () => {
    const partner = await app.gql(
      `mutation { createPartner(input: { name: "Bulk", email: "bulk@test.dev", partnerKey: "bulk-partner" }) { id partnerKey } }`,
      {},
      fx.tokens.admin,
    );
    const { id: partnerId, partnerKey } = partner.data.createPartner;
    const due = await sales('bulk-due', 1_300, { ageDays: 45, partnerKey });
    const held = await sales('bulk-held', 1_200, { ageDays: 1, partnerKey });

    const result = await approve({ filter: { partnerId } });
    expect(result).toMatchObject({
      succeeded: 1_300,
      failed: 1_200,
      unreportedFailures: 200,
      failureCounts: [{ code: 'HOLDING_PERIOD_ACTIVE', count: 1_200 }],
    });
    expect(result.items).toHaveLength(1_000);
    expect(result.items.every((i: any) => held.includes(i.commissionId) && i.result.code === 'HOLDING_PERIOD_ACTIVE')).toBe(true);
    // Failures are listed in id order (the order the batches walk).
    const listed = result.items.map((i: any) => i.commissionId);
    expect(listed).toEqual([...listed].sort());

    const [{ approved }] = await app.dataSource.query(
      `SELECT count(*)::int AS approved FROM commission WHERE partner_id = $1 AND status = 'APPROVED' AND approved_at IS NOT NULL`,
      [partnerId],
    );
    expect(approved).toBe(1_300);
    expect(await audited('commission.approve', due)).toBe(1_300);
    expect(await audited('commission.approve', held)).toBe(0);

    // Running it again approves nothing new: the approved ones no longer match.
    expect(await approve({ filter: { partnerId } }, SUMMARY)).toMatchObject({ succeeded: 0, failed: 1_200 });
  });

  it('cancels and reinstates by filter with the same counts, each change audited once', async () => {
    const partner = await app.gql(
      `mutation { createPartner(input: { name: "Bulk 2", email: "bulk2@test.dev", partnerKey: "bulk-2" }) { id } }`,
      {},
      fx.tokens.admin,
    );
    const partnerId = partner.data.createPartner.id;
    const ids = await sales('bulk-cancel', 1_100, { ageDays: 45, partnerKey: 'bulk-2' });
    await approve({ ids: ids.slice(0, 400) }, 'succeeded');
    const cancel = await app.gql(
      `mutation($i: CancelCommissionsInput!) { cancelCommissions(input: $i) { ${SUMMARY} ${FAILURES} } }`,
      { i: { selection: { filter: { partnerId } }, reason: 'Fraudulent orders' } },
      fx.tokens.admin,
    );
    expect(cancel.data.cancelCommissions).toMatchObject({
      succeeded: 1_100,
      failed: 0,
      unreportedFailures: 0,
      failureCounts: [],
      items: [],
    });
    const reasons = await app.dataSource.query(
      `SELECT DISTINCT status, cancel_reason, approved_at IS NULL AS unapproved FROM commission WHERE partner_id = $1`,
      [partnerId],
    );
    expect(reasons).toEqual([{ status: 'CANCELLED', cancel_reason: 'Fraudulent orders', unapproved: true }]);
    const reinstate = await app.gql(
      `mutation($s: CommissionSelection!) { reinstateCommissions(selection: $s) { ${SUMMARY} } }`,
      { s: { filter: { partnerId } } },
      fx.tokens.admin,
    );
    expect(reinstate.data.reinstateCommissions).toMatchObject({ succeeded: 1_100, failed: 0 });
    expect(await audited('commission.cancel', ids)).toBe(1_100);
    expect(await audited('commission.reinstate', ids)).toBe(1_100);
  });

  it('a filter approval racing approvals by ids approves each commission exactly once', async () => {
    const partner = await app.gql(
      `mutation { createPartner(input: { name: "Bulk 3", email: "bulk3@test.dev", partnerKey: "bulk-3" }) { id } }`,
      {},
      fx.tokens.admin,
    );
    const partnerId = partner.data.createPartner.id;
    const ids = await sales('bulk-race', 1_500, { ageDays: 45, partnerKey: 'bulk-3' });
    const reversed = [...ids].reverse();
    const answers = await Promise.all([
      approve({ filter: { partnerId } }, SUMMARY),
      approve({ ids: reversed.slice(0, 1_000) }, SUMMARY),
      approve({ ids: ids.slice(0, 1_000) }, SUMMARY),
      approve({ filter: { partnerId, status: 'PENDING' } }, SUMMARY),
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
    const malformed = await app.gql(
      `mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { succeeded } }`,
      { s: { ids: [ids[2], 'not-a-uuid'] } },
      fx.tokens.admin,
    );
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toContain('s.ids[1]');
    const selection = { ids: [ids[2], unknown, held, ids[0], ids[2]] };
    const full = await approve(
      selection,
      `succeeded failed items { commissionId result { __typename
         ... on Commission { id status approvedAt amount }
         ... on ErrorResult { code } } }`,
    );
    expect(full.succeeded).toBe(2);
    expect(full.failed).toBe(2);
    expect(full.items.map((i: any) => [i.commissionId, i.result.__typename])).toEqual([
      [ids[2], 'Commission'],
      [unknown, 'NotFoundError'],
      [held, 'HoldingPeriodActiveError'],
      [ids[0], 'Commission'],
    ]);
    expect(full.items[0].result).toMatchObject({ id: ids[2], status: 'APPROVED', amount: expect.objectContaining({ currency: 'USD' }) });
    expect(new Date(full.items[0].result.approvedAt).getTime()).toBeGreaterThan(Date.now() - DAY);

    // Only ids and statuses asked (the portal's fragment): the same answer without reading rows back.
    const light = await app.gql(
      `mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { succeeded failed items { commissionId result { __typename
         ... on Commission { id status } ... on ErrorResult { code } } } } }`,
      { s: { ids: [ids[1], ids[0]] } },
      fx.tokens.admin,
    );
    expect(light.data.approveCommissions).toEqual({
      succeeded: 1,
      failed: 1,
      items: [
        { commissionId: ids[1], result: { __typename: 'Commission', id: ids[1], status: 'APPROVED' } },
        { commissionId: ids[0], result: { __typename: 'InvalidCommissionStateError', code: 'INVALID_COMMISSION_STATE' } },
      ],
    });
  });
});
