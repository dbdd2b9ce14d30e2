import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cumulativeReduction } from '../../server/src/commissions/commission-rules';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { graphql } from '../gql';

const APPROVE = graphql(`
  mutation ConcurrencyApprove($s: CommissionSelection!) {
    approveCommissions(selection: $s) {
      succeeded
      items {
        result {
          __typename
        }
      }
    }
  }
`);
const REINSTATE = graphql(`
  mutation ConcurrencyReinstate($s: CommissionSelection!) {
    reinstateCommissions(selection: $s) {
      succeeded
      items {
        result {
          __typename
        }
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation ConcurrencyCancel($i: CancelCommissionsInput!) {
    cancelCommissions(input: $i) {
      succeeded
      items {
        result {
          __typename
        }
      }
    }
  }
`);

let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

/** Runs tasks with at most `width` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]();
      }
    }),
  );
  return results;
}

describe('concurrent bulk actions and refunds', () => {
  it('leave every commission in one consistent state with a complete audit trail', async () => {
    const SALES = 24;
    const items = await recordSales(
      app,
      fx.tokens.admin,
      Array.from({ length: SALES }, (_, i) => ({
        externalId: `c-${i}`,
        customerExternalId: `cust-${i % 6}`,
        productSku: 'PACK',
        amount: usd(10_000 + i * 7),
        partnerKey: i % 2 ? fx.partnerA.partnerKey : fx.partnerB.partnerKey,
      })),
    );
    const sales = items.map((item) => saleRecorded(item).sale.id);
    const commissions = items.flatMap((item) => saleRecorded(item).commissions.map((c) => c.id));
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: T[], count: number) => Array.from({ length: count }, () => list[Math.floor(random() * list.length)]);

    const reported = { approve: 0, cancel: 0, reinstate: 0 };
    const tasks: (() => Promise<void>)[] = [];
    for (let i = 0; i < 240; i++) {
      const roll = random();
      const token = i % 3 ? fx.tokens.admin : fx.tokens.apiWrite;
      if (roll < 0.75) {
        const action = (['approve', 'cancel', 'reinstate'] as const)[Math.floor(random() * 3)];
        const ids = pick(commissions, 1 + Math.floor(random() * 6));
        tasks.push(async () => {
          // gqlData fails the test on any error. Each answer is awaited before its count is added (`x += await y` would
          // read x before the wait and lose the other tasks' additions).
          if (action === 'cancel') {
            const data = await app.gqlData(CANCEL, { i: { selection: { ids }, reason: `storm ${i}` } }, token);
            reported[action] += data.cancelCommissions.succeeded;
          } else if (action === 'approve') {
            const data = await app.gqlData(APPROVE, { s: { ids } }, token);
            reported[action] += data.approveCommissions.succeeded;
          } else {
            const data = await app.gqlData(REINSTATE, { s: { ids } }, token);
            reported[action] += data.reinstateCommissions.succeeded;
          }
        });
      } else {
        const saleIndex = Math.floor(random() * SALES);
        const refundId = `r-${saleIndex}-${Math.floor(random() * 4)}`; // repeats on purpose: retried refunds
        tasks.push(async () => {
          const response = await app.gql(
            graphql(`
              mutation ConcurrencyRefund($i: RefundSaleInput!) {
                refundSale(input: $i) {
                  __typename
                }
              }
            `),
            // eslint-disable-next-line @typescript-eslint/no-deprecated -- the older saleId form is still served
            { i: { saleId: sales[saleIndex], refundExternalId: refundId, amount: usd(1_500) } },
            token,
          );
          expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
        });
      }
    }
    await pool(tasks, 12);

    // Refunds: each refund id counted once, never more than the sale.
    const saleRows = await queryRows<{ id: string; amount: number; refunded: number; refund_sum: number }>(
      app,
      `SELECT s.id, s.amount_minor::int AS amount, s.refunded_minor::int AS refunded,
              coalesce((SELECT sum(r.amount_minor)::int FROM refund r WHERE r.sale_id = s.id), 0) AS refund_sum
         FROM sale s WHERE s.program_id = $1`,
      [fx.programId],
    );
    for (const sale of saleRows) {
      expect(sale.refunded).toBe(sale.refund_sum);
      expect(sale.refunded).toBeLessThanOrEqual(sale.amount);
    }
    const bySale = new Map(saleRows.map((s) => [s.id, s]));

    // Every commission's amount is exactly the original less the refunded share; a zero amount is cancelled.
    const rows = await queryRows<{ id: string; sale_id: string; status: string; amount: number; original: number }>(
      app,
      `SELECT id, sale_id, status, amount_minor::int AS amount, original_amount_minor::int AS original FROM commission WHERE program_id = $1 AND kind = 'SALE'`,
      [fx.programId],
    );
    for (const row of rows) {
      const sale = bySale.get(row.sale_id)!;
      expect(row.amount).toBe(row.original - cumulativeReduction(row.original, sale.refunded, sale.amount));
      expect(['PENDING', 'APPROVED', 'CANCELLED']).toContain(row.status);
      if (row.amount === 0) expect(row.status).toBe('CANCELLED');
    }

    // The audit trail replays to the current state, each step starting where the last ended.
    const audit = await queryRows<{ entity_id: string; action: string; changes: { status?: { from: string; to: string } } }>(
      app,
      `SELECT entity_id, action, changes FROM audit_entry
        WHERE program_id = $1 AND entity_type = 'Commission' AND action LIKE 'commission.%' ORDER BY id`,
      [fx.programId],
    );
    const state = new Map<string, string>(rows.map((r) => [r.id, 'PENDING']));
    for (const entry of audit) {
      const transition = entry.changes.status;
      if (!transition) continue;
      expect(state.get(entry.entity_id), `${entry.action} of ${entry.entity_id}`).toBe(transition.from);
      state.set(entry.entity_id, transition.to);
    }
    for (const row of rows) expect(state.get(row.id), row.id).toBe(row.status);
    const counts = (action: string) => audit.filter((e) => e.action === `commission.${action}`).length;
    expect({ approve: counts('approve'), cancel: counts('cancel'), reinstate: counts('reinstate') }).toEqual(reported);
    expect(reported.approve + reported.cancel + reported.reinstate).toBeGreaterThan(20);
  });

  it('two simultaneous approvals of the same commissions: each commission is approved exactly once', async () => {
    const items = await recordSales(
      app,
      fx.tokens.admin,
      Array.from({ length: 20 }, (_, i) => ({
        externalId: `race-${i}`,
        customerExternalId: `race-${i}`,
        productSku: 'TENT',
        amount: usd(1_000),
        partnerKey: fx.partnerA.partnerKey,
      })),
    );
    const ids = items.map((item) => saleRecorded(item).commissions[0].id);
    const reversed = [...ids].reverse();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        app.gql(
          graphql(`
            mutation ConcurrencyApproveRace($s: CommissionSelection!) {
              approveCommissions(selection: $s) {
                succeeded
                failed
              }
            }
          `),
          { s: { ids: i % 2 ? ids : reversed } },
          fx.tokens.admin,
        ),
      ),
    );
    const succeeded = responses.reduce((sum, r) => sum + r.data!.approveCommissions.succeeded, 0);
    expect(succeeded).toBe(ids.length);
    const [{ approvals }] = await queryRows<{ approvals: number }>(
      app,
      `SELECT count(*)::int AS approvals FROM audit_entry WHERE action = 'commission.approve' AND entity_id = ANY($1)`,
      [ids],
    );
    expect(approvals).toBe(ids.length);
  });

  it('concurrent sale batches over the same customers in opposite orders all succeed (no deadlock)', async () => {
    const customers = Array.from({ length: 12 }, (_, i) => `shared-${i}`);
    const batches = Array.from({ length: 8 }, (_, b) => {
      const order = b % 2 ? [...customers].reverse() : customers;
      return order.map((customerExternalId, i) => ({
        externalId: `batch-${b}-${i}`,
        customerExternalId,
        productSku: 'TENT',
        amount: usd(1_000),
        partnerKey: (b + i) % 2 ? fx.partnerA.partnerKey : fx.partnerB.partnerKey,
      }));
    });
    const responses = await Promise.all(
      batches.map((sales) =>
        app.gql(
          graphql(`
            mutation ConcurrencyRecordSales($s: [SaleInput!]!) {
              recordSales(sales: $s) {
                results {
                  result {
                    __typename
                  }
                }
              }
            }
          `),
          { s: sales },
          fx.tokens.admin,
        ),
      ),
    );
    for (const response of responses) {
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.data?.recordSales.results.every((r) => r.result.__typename === 'SaleRecorded')).toBe(true);
    }
    const [{ count }] = await queryRows<{ count: number }>(app, `SELECT count(*)::int AS count FROM sale WHERE external_id LIKE 'batch-%'`);
    expect(count).toBe(8 * customers.length);
  });
});
