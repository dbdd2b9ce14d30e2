import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, usd } from '../support/fixtures';
import { graphql } from '../gql';

/**
 * recordSales and the bulk commission actions write their audit entries and events in the same
 * statement as the change (audit.service.ts auditCtes): each entry and event says exactly what
 * changed, with the actor, one per change, numbered without gaps.
 */
let app: TestApp;
let fx: ProgramFixture;

const DAY = 86_400_000;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app, { holdingPeriodDays: 30 });
});
afterAll(async () => app?.close());

interface Entry {
  entity_id: string;
  actor_kind: string;
  changes: unknown;
  type: string;
  seq: number;
  payload: unknown;
  same_actor: boolean;
}

async function entries(action: string, entityIds: string[]) {
  return queryRows<Entry>(
    app,
    `SELECT a.entity_id, a.actor_kind, a.changes, e.type, e.seq::int AS seq, e.payload, e.actor_label = a.actor_label AS same_actor
       FROM audit_entry a
       JOIN event e ON e.program_id = a.program_id AND e.entity_id = a.entity_id AND e.entity_type = a.entity_type AND e.payload = a.changes
      WHERE a.action = $1 AND a.entity_id = ANY($2) ORDER BY e.seq`,
    [action, entityIds],
  );
}

describe('audit entries and events written with set-based changes', () => {
  it('a recorded sale and approved and cancelled commissions each have one entry and one event naming what changed', async () => {
    const old = new Date(Date.now() - 40 * DAY).toISOString();
    const recorded = await app.gql(
      graphql(`
        mutation SetBasedAuditRecord($s: [SaleInput!]!) {
          recordSales(sales: $s) {
            results {
              result {
                ... on SaleRecorded {
                  sale {
                    id
                  }
                  commissions {
                    id
                  }
                }
              }
            }
          }
        }
      `),
      {
        s: [0, 1, 2].map((i) => ({
          externalId: `audit-shape-${i}`,
          customerExternalId: `audit-shape-c${i}`,
          productSku: 'TENT',
          amount: usd(10_000 + i),
          occurredAt: old,
          partnerKey: fx.partnerA.partnerKey,
        })),
      },
      fx.tokens.apiWrite,
    );
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    // The document selects no __typename: a recorded sale is the member with a sale.
    const results = recorded.data!.recordSales.results.map((r) => {
      if (!('sale' in r.result)) throw new Error(`not recorded: ${JSON.stringify(r.result)}`);
      return r.result;
    });
    const saleIds: string[] = results.map((r) => r.sale.id);
    const commissionIds: string[] = results.map((r) => r.commissions[0].id);

    const sales = await entries('sale.record', saleIds);
    expect(sales.map((s) => s.entity_id)).toEqual(saleIds);
    expect(sales.map((s) => s.type)).toEqual(['sale.recorded', 'sale.recorded', 'sale.recorded']);
    sales.forEach((entry, i) => {
      expect(entry.actor_kind).toBe('API_KEY');
      expect(entry.same_actor).toBe(true);
      expect(entry.changes).toEqual({
        externalId: `audit-shape-${i}`,
        amount: { amount: 10_000 + i, currency: 'USD' },
        commissions: [{ id: commissionIds[i], partnerId: fx.partnerA.id, amount: { amount: 1_000, currency: 'USD' } }],
      });
    });
    expect(sales[2].seq - sales[0].seq).toBe(2);

    const approved = await app.gql(
      graphql(`
        mutation SetBasedAuditApprove($s: CommissionSelection!) {
          approveCommissions(selection: $s) {
            succeeded
          }
        }
      `),
      { s: { ids: commissionIds.slice(0, 2) } },
      fx.tokens.admin,
    );
    expect(approved.data?.approveCommissions.succeeded).toBe(2);
    const cancelled = await app.gql(
      graphql(`
        mutation SetBasedAuditCancel($i: CancelCommissionsInput!) {
          cancelCommissions(input: $i) {
            succeeded
          }
        }
      `),
      { i: { selection: { ids: [commissionIds[1], commissionIds[2]] }, reason: '  duplicate order  ' } },
      fx.tokens.admin,
    );
    expect(cancelled.data?.cancelCommissions.succeeded).toBe(2);

    const approvals = await entries('commission.approve', commissionIds);
    expect(approvals.map((a) => a.entity_id).sort()).toEqual(commissionIds.slice(0, 2).sort());
    for (const approval of approvals) {
      expect(approval.actor_kind).toBe('MERCHANT');
      expect(approval.changes).toEqual({ status: { from: 'PENDING', to: 'APPROVED' } });
      expect(approval.type).toBe('commission.approved');
    }
    expect(approvals[1].seq - approvals[0].seq).toBe(1);
    const cancels = await entries('commission.cancel', commissionIds);
    expect(Object.fromEntries(cancels.map((c) => [c.entity_id, c.changes]))).toEqual({
      [commissionIds[1]]: { status: { from: 'APPROVED', to: 'CANCELLED' }, reason: 'duplicate order' },
      [commissionIds[2]]: { status: { from: 'PENDING', to: 'CANCELLED' }, reason: 'duplicate order' },
    });
    // Approving again changes nothing and records nothing.
    const again = await app.gql(
      graphql(`
        mutation SetBasedAuditApproveAgain($s: CommissionSelection!) {
          approveCommissions(selection: $s) {
            succeeded
            failed
          }
        }
      `),
      { s: { ids: [commissionIds[0]] } },
      fx.tokens.admin,
    );
    expect(again.data?.approveCommissions).toEqual({ succeeded: 0, failed: 1 });
    expect(await entries('commission.approve', commissionIds)).toHaveLength(2);
  });
});
