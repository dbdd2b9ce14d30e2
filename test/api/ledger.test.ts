import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTypename, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, eur, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';

let app: TestApp;
let fx: ProgramFixture;
let n = 0;
const id = (prefix: string) => `${prefix}-${++n}`;

const ACTION_RESULT = `items { commissionId result { __typename
  ... on Commission { id status amount { amount currency } cancelReason }
  ... on ErrorResult { code message }
  ... on NotFoundError { entity reference }
  ... on InvalidCommissionStateError { currentStatus }
  ... on HoldingPeriodActiveError { payableAt } } } succeeded failed`;

async function act(action: 'approve' | 'cancel' | 'reinstate', ids: string[], token = fx.tokens.admin, reason = 'Duplicate order') {
  const query =
    action === 'cancel'
      ? `mutation($input: CancelCommissionsInput!) { cancelCommissions(input: $input) { ${ACTION_RESULT} } }`
      : `mutation($selection: CommissionSelection!) { ${action}Commissions(selection: $selection) { ${ACTION_RESULT} } }`;
  const variables = action === 'cancel' ? { input: { selection: { ids }, reason } } : { selection: { ids } };
  const response = await app.gql(query, variables, token);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data[`${action}Commissions`];
}

async function customer(externalId: string) {
  const [row] = await app.dataSource.query(
    `SELECT c.first_partner_id, c.last_partner_id FROM customer c WHERE c.program_id = $1 AND c.external_id = $2`,
    [fx.programId, externalId],
  );
  return row;
}

async function track(customerExternalId: string, partnerKey: string, event: 'CLICK' | 'OPT_IN') {
  const response = await app.gql(
    `mutation($input: TrackReferralInput!) { trackReferral(input: $input) { id firstReferrer { id } lastReferrer { id } } }`,
    { input: { customerExternalId, partnerKey, event } },
    fx.tokens.admin,
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.trackReferral;
}

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

describe('referrals: first and last referrer', () => {
  it('sets the first referrer once and moves the last only on a conversion', async () => {
    const c = id('cust');
    let result = await track(c, fx.partnerA.partnerKey, 'CLICK');
    expect([result.firstReferrer.id, result.lastReferrer.id]).toEqual([fx.partnerA.id, fx.partnerA.id]);
    result = await track(c, fx.partnerB.partnerKey, 'CLICK');
    expect([result.firstReferrer.id, result.lastReferrer.id]).toEqual([fx.partnerA.id, fx.partnerA.id]);
    result = await track(c, fx.partnerB.partnerKey, 'OPT_IN');
    expect([result.firstReferrer.id, result.lastReferrer.id]).toEqual([fx.partnerA.id, fx.partnerB.id]);
  });

  it('a purchase through another partner moves the last referrer', async () => {
    const c = id('cust');
    await track(c, fx.partnerA.partnerKey, 'OPT_IN');
    const [item] = await recordSales(app, fx.tokens.admin, [
      { externalId: id('s'), customerExternalId: c, productSku: 'TENT', amount: usd(10_000), partnerKey: fx.partnerB.partnerKey },
    ]);
    expect(saleRecorded(item).commissions.map((x: any) => x.partnerId)).toEqual([fx.partnerB.id]);
    expect(await customer(c)).toEqual({ first_partner_id: fx.partnerA.id, last_partner_id: fx.partnerB.id });
  });

  it('an unknown partner key is a typed not-found error', async () => {
    const response = await app.gql(
      `mutation { trackReferral(input: { customerExternalId: "x", partnerKey: "nobody", event: CLICK }) { id } }`,
      {},
      fx.tokens.admin,
    );
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('recording sales', () => {
  it('pays FIRST, LAST or BOTH referrers by the product; the odd minor unit goes to the last', async () => {
    const c = id('cust');
    await track(c, fx.partnerA.partnerKey, 'OPT_IN');
    await track(c, fx.partnerB.partnerKey, 'OPT_IN');
    const results = await recordSales(app, fx.tokens.admin, [
      { externalId: id('s'), customerExternalId: c, productSku: 'TENT', amount: usd(10_005) }, // LAST (program default), 10 %
      { externalId: id('s'), customerExternalId: c, productSku: 'CLUB', amount: usd(2_000) }, // FIRST, flat 5 USD
      { externalId: id('s'), customerExternalId: c, productSku: 'PACK', amount: usd(10_008) }, // BOTH, 12.5 % = 1251
      { externalId: id('s'), customerExternalId: c, productSku: 'GIFT', amount: usd(5_000) }, // not commissionable
    ]);
    const shares = results.map((r) => saleRecorded(r).commissions.map((x: any) => [x.partnerId, x.amount.amount]));
    expect(shares[0]).toEqual([[fx.partnerB.id, 1_001]]); // 1000.5 → 1001
    expect(shares[1]).toEqual([[fx.partnerA.id, 500]]);
    expect(shares[2]).toEqual([
      [fx.partnerA.id, 625],
      [fx.partnerB.id, 626],
    ]);
    expect(shares[3]).toEqual([]);
    expect(results.every((r) => saleRecorded(r).commissions.every((x: any) => x.status === 'PENDING' && x.kind === 'SALE'))).toBe(true);
  });

  it('commissions are in the sale currency; a flat rule in another currency is a typed error and records nothing', async () => {
    const c = id('cust');
    await track(c, fx.partnerA.partnerKey, 'OPT_IN');
    const externalId = id('s');
    const [eurSale, clubInEur] = await recordSales(app, fx.tokens.admin, [
      { externalId: id('s'), customerExternalId: c, productSku: 'TENT', amount: eur(1_000) },
      { externalId, customerExternalId: c, productSku: 'CLUB', amount: eur(1_000) },
    ]);
    expect(saleRecorded(eurSale).commissions[0].amount).toEqual(eur(100));
    expect(clubInEur.result).toMatchObject({ __typename: 'CurrencyMismatchError', code: 'CURRENCY_MISMATCH' });
    const rows = await app.dataSource.query(`SELECT 1 FROM sale WHERE external_id = $1`, [externalId]);
    expect(rows).toHaveLength(0);
  });

  it('is idempotent by external id, also within one batch', async () => {
    const c = id('cust');
    const externalId = id('s');
    const sale = { externalId, customerExternalId: c, productSku: 'TENT', amount: usd(5_000), partnerKey: fx.partnerA.partnerKey };
    const [first, again] = await recordSales(app, fx.tokens.admin, [sale, sale]);
    expect(saleRecorded(first).created).toBe(true);
    expect(saleRecorded(again).created).toBe(false);
    expect(saleRecorded(again).sale.id).toBe(saleRecorded(first).sale.id);
    const [later] = await recordSales(app, fx.tokens.apiWrite, [sale]);
    expect(later.result).toMatchObject({ created: false, sale: { id: saleRecorded(first).sale.id } });
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM commission WHERE sale_id = $1`, [
      saleRecorded(first).sale.id,
    ]);
    expect(count).toBe(1);
  });

  it('reports unknown products and partner keys per item, and records the others', async () => {
    const results = await recordSales(app, fx.tokens.admin, [
      { externalId: id('s'), customerExternalId: id('c'), productSku: 'NOPE', amount: usd(100) },
      { externalId: id('s'), customerExternalId: id('c'), productSku: 'TENT', amount: usd(100), partnerKey: 'nobody' },
      { externalId: id('s'), customerExternalId: id('c'), productSku: 'TENT', amount: usd(100) },
    ]);
    expect(results.map((r) => r.result.__typename)).toEqual(['NotFoundError', 'NotFoundError', 'SaleRecorded']);
    // One spelling of not-found as data: what kind of thing, and the reference exactly as sent.
    expect(
      results.slice(0, 2).map((r) => {
        const notFound = expectTypename(r.result, 'NotFoundError');
        return [notFound.code, notFound.entity, notFound.reference];
      }),
    ).toEqual([
      ['NOT_FOUND', 'PRODUCT', 'NOPE'],
      ['NOT_FOUND', 'PARTNER', 'nobody'],
    ]);
    expect(saleRecorded(results[2]).commissions).toEqual([]); // no referrer: no commission
  });

  it('a manual sale adds the customer and pays the named partner', async () => {
    const response = await app.gql(
      `mutation($input: ManualSaleInput!) { recordManualSale(input: $input) { __typename ... on SaleRecorded { created sale { manual } commissions { partnerId amount { amount currency } } } } }`,
      {
        input: {
          partnerId: fx.partnerB.id,
          externalId: id('s'),
          customerExternalId: id('backfill'),
          customerName: 'Backfilled',
          productSku: 'TENT',
          amount: usd(3_000),
          occurredAt: new Date(Date.now() - 90 * 86_400_000).toISOString(),
        },
      },
      fx.tokens.admin,
    );
    expect(response.data.recordManualSale).toEqual({
      __typename: 'SaleRecorded',
      created: true,
      sale: { manual: true },
      commissions: [{ partnerId: fx.partnerB.id, amount: usd(300) }],
    });
  });

  it('a partner override replaces the product rule', async () => {
    await app.gql(
      `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }`,
      { input: { id: fx.partnerB.id, commissionOverride: { type: 'PERCENT', rateBps: 2000 } } },
      fx.tokens.admin,
    );
    const [item] = await recordSales(app, fx.tokens.admin, [
      { externalId: id('s'), customerExternalId: id('c'), productSku: 'TENT', amount: usd(1_000), partnerKey: fx.partnerB.partnerKey },
    ]);
    expect(saleRecorded(item).commissions[0].amount).toEqual(usd(200));
    await app.gql(
      `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }`,
      { input: { id: fx.partnerB.id, commissionOverride: null } },
      fx.tokens.admin,
    );
  });
});

async function pendingSale(partnerKey = fx.partnerA.partnerKey, amount = 10_000) {
  const [item] = await recordSales(app, fx.tokens.admin, [
    { externalId: id('s'), customerExternalId: id('c'), productSku: 'TENT', amount: usd(amount), partnerKey },
  ]);
  return { saleId: saleRecorded(item).sale.id, commissionId: saleRecorded(item).commissions[0].id };
}

describe('commission lifecycle', () => {
  it('approves, cancels with a reason the partner sees, and reinstates', async () => {
    const { commissionId } = await pendingSale();
    const approved = await act('approve', [commissionId]);
    expect(approved).toMatchObject({ succeeded: 1, failed: 0, items: [{ result: { __typename: 'Commission', status: 'APPROVED' } }] });
    const cancelled = await act('cancel', [commissionId], fx.tokens.admin, 'Customer charged back');
    expect(cancelled.items[0].result).toMatchObject({ status: 'CANCELLED', cancelReason: 'Customer charged back' });
    const seen = await app.gql(
      `query($id: UUID!) { commission(id: $id) { status cancelReason } }`,
      { id: commissionId },
      fx.tokens.partnerA,
    );
    expect(seen.data.commission).toEqual({ status: 'CANCELLED', cancelReason: 'Customer charged back' });
    const reinstated = await act('reinstate', [commissionId]);
    expect(reinstated.items[0].result).toMatchObject({ status: 'PENDING', cancelReason: null, amount: usd(1_000) });
  });

  it('reports per item: not found, wrong state, and never breaks the others', async () => {
    const { commissionId: pending } = await pendingSale();
    const { commissionId: approved } = await pendingSale();
    await act('approve', [approved]);
    const missing = '00000000-0000-4000-8000-000000000000';
    // A malformed id is refused up front (the UUID scalar) and changes nothing: `pending` is approved below.
    const malformed = await app.gql(
      `mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { succeeded } }`,
      { s: { ids: [pending, 'not-a-uuid'] } },
      fx.tokens.admin,
    );
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const result = await act('approve', [pending, approved, missing]);
    expect(result.succeeded).toBe(1);
    expect(result.failed).toBe(2);
    expect(result.items.map((i: any) => i.result.code ?? i.result.status)).toEqual(['APPROVED', 'INVALID_COMMISSION_STATE', 'NOT_FOUND']);
    expect(result.items.slice(2).map((i: any) => [i.result.entity, i.result.reference])).toEqual([['COMMISSION', missing]]);
    expect(result.items[1].result.currentStatus).toBe('APPROVED');
    const reinstatePending = await act('reinstate', [pending]);
    expect(reinstatePending.items[0].result.code).toBe('INVALID_COMMISSION_STATE');
  });

  it('acts on every commission matching a filter', async () => {
    const partner = await app.gql(
      `mutation { createPartner(input: { name: "Filter Partner", email: "filter@test.dev", partnerKey: "filter-partner" }) { id partnerKey } }`,
      {},
      fx.tokens.admin,
    );
    const { id: partnerId, partnerKey } = partner.data.createPartner;
    await pendingSale(partnerKey, 1_000);
    await pendingSale(partnerKey, 2_000);
    const response = await app.gql(
      `mutation($selection: CommissionSelection!) { approveCommissions(selection: $selection) { succeeded failed } }`,
      { selection: { filter: { partnerId } } },
      fx.tokens.admin,
    );
    expect(response.data.approveCommissions).toEqual({ succeeded: 2, failed: 0 });
    const bad = await app.gql(
      `mutation($selection: CommissionSelection!) { approveCommissions(selection: $selection) { succeeded } }`,
      { selection: { filter: { partnerId }, ids: [] } },
      fx.tokens.admin,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('cannot approve a sale commission inside the holding period; rewards are never held', async () => {
    const held = await createProgramFixture(app, { holdingPeriodDays: 30 });
    const [item] = await recordSales(app, held.tokens.admin, [
      { externalId: 'held-1', customerExternalId: 'c', productSku: 'TENT', amount: usd(1_000), partnerKey: held.partnerA.partnerKey },
    ]);
    const result = await app.gql(
      `mutation($selection: CommissionSelection!) { approveCommissions(selection: $selection) { ${ACTION_RESULT} } }`,
      { selection: { ids: [saleRecorded(item).commissions[0].id] } },
      held.tokens.admin,
    );
    const refusal = result.data.approveCommissions.items[0].result;
    expect(refusal.code).toBe('HOLDING_PERIOD_ACTIVE');
    expect(new Date(refusal.payableAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const reward = await app.gql(
      `mutation($input: CreateManualRewardInput!) { createManualReward(input: $input) { status kind payableAt } }`,
      { input: { partnerId: held.partnerA.id, description: 'Bonus', amount: usd(700) } },
      held.tokens.admin,
    );
    expect(reward.data.createManualReward).toMatchObject({ status: 'APPROVED', kind: 'REWARD' });
    // Shortening the holding period makes the sale approvable.
    await app.gql(`mutation { updateProgramSettings(input: { holdingPeriodDays: 0 }) { holdingPeriodDays } }`, {}, held.tokens.admin);
    const again = await app.gql(
      `mutation($selection: CommissionSelection!) { approveCommissions(selection: $selection) { succeeded } }`,
      { selection: { ids: [saleRecorded(item).commissions[0].id] } },
      held.tokens.admin,
    );
    expect(again.data.approveCommissions.succeeded).toBe(1);
  });
});

describe('refunds', () => {
  const REFUND = `mutation($input: RefundSaleInput!) { refundSale(input: $input) { __typename
    ... on RefundRecorded { created sale { refunded { amount currency } } adjustedCommissions { id status amount { amount currency } cancelReason } clawbacks { id amount { amount currency } status kind } }
    ... on ErrorResult { code message } ... on RefundExceedsSaleError { refundable { amount currency } } } }`;
  const refund = (saleId: string, refundExternalId: string, amount: { amount: number; currency: string }) =>
    app.gql(REFUND, { input: { saleId, refundExternalId, amount } }, fx.tokens.admin);

  it('reduces an unpaid commission proportionally, cancels it on a full refund, idempotent by refund id', async () => {
    const { saleId, commissionId } = await pendingSale(undefined, 10_000);
    const partial = await refund(saleId, `${saleId}-r1`, usd(2_500));
    expect(partial.data.refundSale.adjustedCommissions).toEqual([
      { id: commissionId, status: 'PENDING', amount: usd(750), cancelReason: null },
    ]);
    const retried = await refund(saleId, `${saleId}-r1`, usd(2_500));
    expect(retried.data.refundSale).toMatchObject({ created: false, sale: { refunded: usd(2_500) } });
    const rest = await refund(saleId, `${saleId}-r2`, usd(7_500));
    expect(rest.data.refundSale.adjustedCommissions[0]).toMatchObject({
      status: 'CANCELLED',
      amount: usd(0),
      cancelReason: 'Sale fully refunded',
    });
    const reinstate = await act('reinstate', [commissionId]);
    expect(reinstate.items[0].result.code).toBe('SALE_FULLY_REFUNDED');
  });

  it('refuses refunds over the sale, in another currency, or reusing a refund id', async () => {
    const { saleId } = await pendingSale(undefined, 1_000);
    const over = await refund(saleId, `${saleId}-big`, usd(1_001));
    expect(over.data.refundSale).toMatchObject({ code: 'REFUND_EXCEEDS_SALE', refundable: usd(1_000) });
    const wrongCurrency = await refund(saleId, `${saleId}-eur`, eur(100));
    expect(wrongCurrency.data.refundSale.code).toBe('CURRENCY_MISMATCH');
    await refund(saleId, `${saleId}-a`, usd(100));
    const reused = await refund(saleId, `${saleId}-a`, usd(200));
    expect(reused.data.refundSale.code).toBe('DUPLICATE_REFUND');
    for (const amount of [usd(0), usd(-5)]) {
      const bad = await refund(saleId, `${saleId}-bad`, amount);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const [{ refunded_minor }] = await app.dataSource.query(`SELECT refunded_minor FROM sale WHERE id = $1`, [saleId]);
    expect(Number(refunded_minor)).toBe(100);
  });

  it('claws back from a paid commission, never more than was paid', async () => {
    const { saleId, commissionId } = await pendingSale(undefined, 10_000);
    await act('approve', [commissionId]);
    await refund(saleId, `${saleId}-pre`, usd(3_000)); // unpaid: 1000 → 700
    await markPaid(commissionId);
    const r1 = await refund(saleId, `${saleId}-post1`, usd(5_000)); // cumulative 80 % → 800 of 1000; 100 already reduced → claw 500
    expect(r1.data.refundSale.clawbacks).toEqual([expect.objectContaining({ amount: usd(-500), status: 'APPROVED', kind: 'CLAWBACK' })]);
    const r2 = await refund(saleId, `${saleId}-post2`, usd(2_000)); // full: claw the remaining 200 of the 700 paid
    expect(r2.data.refundSale.clawbacks[0].amount).toEqual(usd(-200));
    const [{ clawed }] = await app.dataSource.query(`SELECT -sum(amount_minor)::int AS clawed FROM commission WHERE clawback_of_id = $1`, [
      commissionId,
    ]);
    expect(clawed).toBe(700);
    const paid = await app.gql(
      `query($id: UUID!) { commission(id: $id) { status amount { amount currency } } }`,
      { id: commissionId },
      fx.tokens.admin,
    );
    expect(paid.data.commission).toEqual({ status: 'PAID', amount: usd(700) }); // a PAID commission never changes
  });
});

/** Pays the commission's partner everything approved in its currency, through the API. */
async function markPaid(commissionId: string) {
  const [c] = await app.dataSource.query(`SELECT partner_id, currency FROM commission WHERE id = $1`, [commissionId]);
  const response = await app.gql(
    `mutation($input: PayPartnersInput!) { payPartners(input: $input) { __typename } }`,
    {
      input: {
        selection: { partnerIds: [c.partner_id] },
        currency: c.currency.trim(),
        method: 'OTHER',
        idempotencyKey: `pay-${commissionId}`,
        allowBelowThreshold: true,
      },
    },
    fx.tokens.admin,
  );
  expect(response.errors).toBeUndefined();
  const [{ status }] = await app.dataSource.query(`SELECT status FROM commission WHERE id = $1`, [commissionId]);
  expect(status).toBe('PAID');
}

describe('manual rewards', () => {
  it('are approved at once, visible to the partner and listed under review rewards', async () => {
    const c = (await app.gql(`{ customers(page: { first: 1 }) { nodes { id } } }`, {}, fx.tokens.admin)).data.customers.nodes[0].id;
    const created = await app.gql(
      `mutation($input: CreateManualRewardInput!) { createManualReward(input: $input) { id status kind amount { amount currency } description customerId } }`,
      { input: { partnerId: fx.partnerA.id, description: 'Webinar co-host', amount: eur(4_200), customerId: c } },
      fx.tokens.admin,
    );
    const reward = created.data.createManualReward;
    expect(reward).toMatchObject({ status: 'APPROVED', kind: 'REWARD', amount: eur(4_200), customerId: c });
    const mine = await app.gql(`{ myCommissions(filter: { kind: REWARD }) { nodes { id description } } }`, {}, fx.tokens.partnerA);
    expect(mine.data.myCommissions.nodes).toContainEqual({ id: reward.id, description: 'Webinar co-host' });
    const review = await app.gql(`{ rewards { nodes { id } } }`, {}, fx.tokens.viewer);
    expect(review.data.rewards.nodes.map((r: any) => r.id)).toContain(reward.id);
    const audit = await app.gql(
      `query($id: String!) { auditLog(filter: { entityId: $id }) { nodes { action actorLabel changes } } }`,
      { id: reward.id },
      fx.tokens.admin,
    );
    expect(audit.data.auditLog.nodes[0]).toMatchObject({ action: 'reward.create' });
  });

  it("rejects bad amounts and another program's customer", async () => {
    const other = await createProgramFixture(app);
    await recordSales(app, other.tokens.admin, [
      { externalId: 'x', customerExternalId: 'other-cust', productSku: 'TENT', amount: usd(100) },
    ]);
    const [{ id: otherCustomer }] = await app.dataSource.query(`SELECT id FROM customer WHERE program_id = $1`, [other.programId]);
    const cases = [
      [{ amount: 0, currency: 'USD' }, 'BAD_USER_INPUT'],
      [{ amount: -100, currency: 'USD' }, 'BAD_USER_INPUT'],
      [{ amount: 1.5, currency: 'USD' }, 'BAD_USER_INPUT'],
      [{ amount: 10 ** 15, currency: 'USD' }, 'BAD_USER_INPUT'],
      [{ amount: 100, currency: 'XYZ' }, 'BAD_USER_INPUT'],
      [{ amount: '100', currency: 'USD' }, 'BAD_USER_INPUT'],
    ] as const;
    for (const [amount, code] of cases) {
      const response = await app.gql(
        `mutation($input: CreateManualRewardInput!) { createManualReward(input: $input) { id } }`,
        { input: { partnerId: fx.partnerA.id, description: 'x', amount } },
        fx.tokens.admin,
      );
      expect(response.errors?.[0].extensions?.code, JSON.stringify(amount)).toBe(code);
    }
    const crossTenant = await app.gql(
      `mutation($input: CreateManualRewardInput!) { createManualReward(input: $input) { id } }`,
      { input: { partnerId: fx.partnerA.id, description: 'x', amount: usd(100), customerId: otherCustomer } },
      fx.tokens.admin,
    );
    expect(crossTenant.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM commission WHERE program_id = $1 AND description = 'x'`,
      [fx.programId],
    );
    expect(count).toBe(0);
  });
});

describe('queries', () => {
  it('pages pending commissions with a cursor and filters by partner, product, amount and date', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await app.gql(
        `query($after: String) { pendingCommissions(page: { first: 3, after: $after }) { totalCount nodes { id status } pageInfo { hasNextPage endCursor } } }`,
        { after },
        fx.tokens.viewer,
      );
      const connection = page.data.pendingCommissions;
      total = connection.totalCount;
      connection.nodes.forEach((node: any) => {
        expect(node.status).toBe('PENDING');
        seen.add(node.id);
      });
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(total);
    const filtered = await app.gql(
      `query($f: CommissionFilter!) { pendingCommissions(filter: $f, page: { first: 100 }) { nodes { partnerId amount { amount currency } } } }`,
      {
        f: {
          partnerId: fx.partnerA.id,
          productId: fx.products.tent.id,
          minAmount: usd(1_000),
          maxAmount: usd(1_000),
          from: new Date(Date.now() - 3_600_000).toISOString(),
        },
      },
      fx.tokens.viewer,
    );
    expect(filtered.data.pendingCommissions.nodes.length).toBeGreaterThan(0);
    for (const node of filtered.data.pendingCommissions.nodes) expect(node).toEqual({ partnerId: fx.partnerA.id, amount: usd(1_000) });
    const tooBig = await app.gql(`{ pendingCommissions(page: { first: 101 }) { totalCount } }`, {}, fx.tokens.viewer);
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await app.gql(`{ pendingCommissions(page: { after: "nonsense" }) { totalCount } }`, {}, fx.tokens.viewer);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const mixed = await app.gql(
      `{ pendingCommissions(filter: { currency: "EUR", minAmount: { amount: 1, currency: "USD" } }) { totalCount } }`,
      {},
      fx.tokens.viewer,
    );
    expect(mixed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds partners by name, email or key and shows their referral info and balances', async () => {
    for (const search of [fx.partnerA.partnerKey, fx.partnerA.email.toUpperCase(), fx.partnerA.name.slice(0, 9)]) {
      const found = await app.gql(
        `query($s: String!) { partners(filter: { search: $s }) { nodes { id } } }`,
        { s: search },
        fx.tokens.viewer,
      );
      expect(found.data.partners.nodes.map((p: any) => p.id)).toContain(fx.partnerA.id);
    }
    const detail = await app.gql(
      `query($id: UUID!) { partner(id: $id) { partnerKey stats { salesCount salesTotals { amount currency } balances { status total { amount currency } count } } } }`,
      { id: fx.partnerA.id },
      fx.tokens.viewer,
    );
    const { stats } = detail.data.partner;
    const [{ count }] = await app.dataSource.query(
      `SELECT count(DISTINCT sale_id)::int AS count FROM commission WHERE partner_id = $1 AND kind = 'SALE'`,
      [fx.partnerA.id],
    );
    expect(stats.salesCount).toBe(count);
    const balances = await app.dataSource.query(
      `SELECT status, currency, sum(amount_minor)::int AS total FROM commission WHERE partner_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [fx.partnerA.id],
    );
    expect(stats.balances.map((b: any) => [b.status, b.total.currency, b.total.amount])).toEqual(
      balances.map((b: any) => [b.status, b.currency.trim(), b.total]),
    );
  });

  it("a page of partners carries each partner's own stats (loaded together)", async () => {
    const list = await app.gql(
      `{ partners(page: { first: 100 }) { nodes { id stats { salesCount balances { status total { amount currency } count } } } } }`,
      {},
      fx.tokens.viewer,
    );
    const nodes = list.data.partners.nodes;
    expect(nodes.length).toBeGreaterThan(2);
    for (const node of nodes) {
      const [{ count }] = await app.dataSource.query(
        `SELECT count(DISTINCT sale_id)::int AS count FROM commission WHERE partner_id = $1 AND kind = 'SALE'`,
        [node.id],
      );
      expect(node.stats.salesCount).toBe(count);
      const balances = await app.dataSource.query(
        `SELECT status, currency, sum(amount_minor)::int AS total FROM commission WHERE partner_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
        [node.id],
      );
      expect(node.stats.balances.map((b: any) => [b.status, b.total.currency, b.total.amount])).toEqual(
        balances.map((b: any) => [b.status, b.currency.trim(), b.total]),
      );
    }
  });

  it('the audit log records who did what, newest first, paged', async () => {
    const log = await app.gql(
      `{ auditLog(page: { first: 5 }) { totalCount nodes { id action actorKind actorLabel entityType createdAt } pageInfo { hasNextPage endCursor } } }`,
      {},
      fx.tokens.viewer,
    );
    const { nodes, totalCount, pageInfo } = log.data.auditLog;
    expect(totalCount).toBeGreaterThan(5);
    expect(nodes).toHaveLength(5);
    expect(Number(nodes[0].id)).toBeGreaterThan(Number(nodes[4].id));
    expect(nodes.every((n: any) => n.actorLabel)).toBe(true);
    const next = await app.gql(
      `query($after: String) { auditLog(page: { first: 5, after: $after }) { nodes { id } } }`,
      { after: pageInfo.endCursor },
      fx.tokens.viewer,
    );
    expect(Number(next.data.auditLog.nodes[0].id)).toBeLessThan(Number(nodes[4].id));
  });

  it('program settings changes are audited with before and after', async () => {
    const updated = await app.gql(
      `mutation { updateProgramSettings(input: { defaultAttribution: FIRST, payThresholds: [{ amount: 2500, currency: "USD" }, { amount: 3000, currency: "EUR" }], autoApprove: true }) { defaultAttribution payThresholds { amount currency } autoApprove } }`,
      {},
      fx.tokens.apiWrite,
    );
    expect(updated.data.updateProgramSettings).toEqual({
      defaultAttribution: 'FIRST',
      payThresholds: [eur(3_000), usd(2_500)],
      autoApprove: true,
    });
    const log = await app.gql(`{ auditLog(filter: { action: "program.settings" }) { nodes { actorLabel changes } } }`, {}, fx.tokens.admin);
    expect(log.data.auditLog.nodes[0].actorLabel).toBe('api-key:backoffice');
    expect(log.data.auditLog.nodes[0].changes.before.defaultAttribution).toBe('LAST');
    await app.gql(
      `mutation { updateProgramSettings(input: { defaultAttribution: LAST, autoApprove: false }) { id } }`,
      {},
      fx.tokens.admin,
    );
    const dup = await app.gql(
      `mutation { updateProgramSettings(input: { payThresholds: [{ amount: 1, currency: "USD" }, { amount: 2, currency: "USD" }] }) { id } }`,
      {},
      fx.tokens.admin,
    );
    expect(dup.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
