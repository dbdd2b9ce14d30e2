import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd } from '../support/fixtures';

/** Defects an integrator met (issue 13, "The API as an integrator meets it"). */
let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

const CANCEL = `mutation($input: CancelCommissionsInput!) {
  cancelCommissions(input: $input) { succeeded items { result { __typename ... on Commission { status cancelReason } } } }
}`;

describe('cancel reason (item 2)', () => {
  it('refuses a reason of only spaces, changing nothing, and stores a reason trimmed', async () => {
    const [recorded] = await recordSales(app, fx.tokens.admin, [
      {
        externalId: 'reason-1',
        customerExternalId: 'reason-c',
        productSku: 'TENT',
        amount: usd(10_000),
        partnerKey: fx.partnerA.partnerKey,
      },
    ]);
    const id = recorded.result.commissions[0].id;
    for (const reason of ['   ', '\t\n ', '']) {
      const refused = await app.gql(CANCEL, { input: { selection: { ids: [id] }, reason } }, fx.tokens.admin);
      expect(refused.errors?.[0].extensions?.code, JSON.stringify(reason)).toBe('BAD_USER_INPUT');
    }
    const [{ status }] = await app.dataSource.query(`SELECT status FROM commission WHERE id = $1`, [id]);
    expect(status).toBe('PENDING');
    const done = await app.gql(CANCEL, { input: { selection: { ids: [id] }, reason: '  duplicate order  ' } }, fx.tokens.admin);
    expect(done.errors).toBeUndefined();
    expect(done.data.cancelCommissions.items[0].result).toEqual({
      __typename: 'Commission',
      status: 'CANCELLED',
      cancelReason: 'duplicate order',
    });
  });
});

const REFUND = `mutation($input: RefundSaleInput!) { refundSale(input: $input) { __typename
  ... on RefundRecorded { created refund { id externalId } adjustedCommissions { id amount status } clawbacks { id amount kind } }
  ... on ErrorResult { code message } } }`;

/** A 100.00 USD tent sale for partner A (10 % → 10.00), approved and, when `paid`, paid. */
async function tentSale(externalId: string, paid: boolean): Promise<{ saleId: string; commissionId: string }> {
  const [recorded] = await recordSales(app, fx.tokens.admin, [
    { externalId, customerExternalId: `${externalId}-c`, productSku: 'TENT', amount: usd(10_000), partnerKey: fx.partnerA.partnerKey },
  ]);
  const saleId = recorded.result.sale.id;
  const commissionId = recorded.result.commissions[0].id;
  const approved = await app.gql(
    `mutation($selection: CommissionSelection!) { approveCommissions(selection: $selection) { succeeded } }`,
    { selection: { ids: [commissionId] } },
    fx.tokens.admin,
  );
  expect(approved.data.approveCommissions.succeeded).toBe(1);
  if (paid) {
    const pay = await app.gql(
      `mutation($input: PayPartnersInput!) { payPartners(input: $input) { __typename } }`,
      {
        input: {
          selection: { partnerIds: [fx.partnerA.id] },
          currency: 'USD',
          method: 'OTHER',
          idempotencyKey: `pay-${externalId}`,
          allowBelowThreshold: true,
        },
      },
      fx.tokens.admin,
    );
    expect(pay.errors).toBeUndefined();
    const [{ status }] = await app.dataSource.query(`SELECT status FROM commission WHERE id = $1`, [commissionId]);
    expect(status).toBe('PAID');
  }
  return { saleId, commissionId };
}

describe('refund retries (item 1)', () => {
  const refund = (saleId: string, refundExternalId: string, amount: number) =>
    app.gql(REFUND, { input: { saleId, refundExternalId, amount: usd(amount) } }, fx.tokens.admin);

  it('a retried refund of a paid sale answers exactly its own clawback, not a later refund’s', async () => {
    const { saleId, commissionId } = await tentSale('retry-paid', true);
    const a = await refund(saleId, 'retry-paid-a', 2_501);
    const b = await refund(saleId, 'retry-paid-b', 1_002);
    expect(a.data.refundSale.clawbacks).toEqual([expect.objectContaining({ amount: usd(-250), kind: 'CLAWBACK' })]);
    expect(b.data.refundSale.clawbacks).toEqual([expect.objectContaining({ amount: usd(-100), kind: 'CLAWBACK' })]);
    const again = await refund(saleId, 'retry-paid-a', 2_501);
    expect(again.data.refundSale).toEqual({ ...a.data.refundSale, created: false });
    expect(again.data.refundSale.adjustedCommissions).toEqual([]);

    const links = await app.gql(
      `query($id: ID!) { sale(id: $id) { refunds { externalId commissions { id } clawbacks { id amount clawbackOfId } } } }`,
      { id: saleId },
      fx.tokens.admin,
    );
    expect(links.errors).toBeUndefined();
    expect(links.data.sale.refunds).toEqual([
      {
        externalId: 'retry-paid-a',
        commissions: [],
        clawbacks: [{ id: a.data.refundSale.clawbacks[0].id, amount: usd(-250), clawbackOfId: commissionId }],
      },
      {
        externalId: 'retry-paid-b',
        commissions: [],
        clawbacks: [{ id: b.data.refundSale.clawbacks[0].id, amount: usd(-100), clawbackOfId: commissionId }],
      },
    ]);
  });

  it('a retried refund of an unpaid sale lists only the commissions it reduced; a refund that touched none lists none', async () => {
    const { saleId, commissionId } = await tentSale('retry-unpaid', false);
    const a = await refund(saleId, 'retry-unpaid-a', 2_500);
    expect(a.data.refundSale.adjustedCommissions).toEqual([{ id: commissionId, amount: usd(750), status: 'APPROVED' }]);
    await refund(saleId, 'retry-unpaid-b', 7_500);
    const again = await refund(saleId, 'retry-unpaid-a', 2_500);
    expect(again.data.refundSale.created).toBe(false);
    expect(again.data.refundSale.refund).toEqual(a.data.refundSale.refund);
    expect(again.data.refundSale.adjustedCommissions.map((c: { id: string }) => c.id)).toEqual([commissionId]);
    expect(again.data.refundSale.clawbacks).toEqual([]);
  });
});
