import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, eur, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';

/**
 * A partner sees only their own data, however the API is called: every partner-reachable
 * query is run as partner A over a program where partner B has sales, rewards, refunds and
 * cancellations, and no id, name, email or key of B may appear anywhere in the answers.
 */
let app: TestApp;
let fx: ProgramFixture;
let bSale: string;
let bCommission: string;
let bReward: string;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  const [a1, b1, b2] = await recordSales(app, fx.tokens.admin, [
    { externalId: 'a-1', customerExternalId: 'ca', productSku: 'TENT', amount: usd(10_000), partnerKey: fx.partnerA.partnerKey },
    {
      externalId: 'b-1',
      customerExternalId: 'cb',
      customerName: 'Secret Customer',
      customerEmail: 'secret@customer.test',
      productSku: 'TENT',
      amount: eur(20_000),
      partnerKey: fx.partnerB.partnerKey,
    },
    { externalId: 'b-2', customerExternalId: 'cb', productSku: 'TENT', amount: usd(5_000) },
  ]);
  expect(saleRecorded(a1).created && saleRecorded(b1).created && saleRecorded(b2).created).toBe(true);
  bSale = saleRecorded(b1).sale.id;
  bCommission = saleRecorded(b1).commissions[0].id;
  await app.gql(
    `mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { succeeded } }`,
    { s: { ids: [bCommission] } },
    fx.tokens.admin,
  );
  await app.gql(
    `mutation($i: CancelCommissionsInput!) { cancelCommissions(input: $i) { succeeded } }`,
    { i: { selection: { ids: [saleRecorded(b2).commissions[0].id] }, reason: 'B-only reason' } },
    fx.tokens.admin,
  );
  await app.gql(
    `mutation($i: RefundSaleInput!) { refundSale(input: $i) { __typename } }`,
    { i: { saleId: bSale, refundExternalId: 'rb', amount: eur(1_000) } },
    fx.tokens.admin,
  );
  const reward = await app.gql(
    `mutation($i: CreateManualRewardInput!) { createManualReward(input: $i) { id } }`,
    { i: { partnerId: fx.partnerB.id, description: 'B-only bonus', amount: usd(999) } },
    fx.tokens.admin,
  );
  bReward = reward.data.createManualReward.id;
});
afterAll(async () => app?.close());

function secretsOfB(): string[] {
  return [
    fx.partnerB.id,
    fx.partnerB.name,
    fx.partnerB.email,
    fx.partnerB.partnerKey,
    bSale,
    bCommission,
    bReward,
    'B-only',
    'Secret Customer',
    'secret@customer.test',
  ];
}

describe('partner isolation', () => {
  it('partner A sees only their own numbers', async () => {
    const response = await app.gql(
      `{ me { kind partner { id name status stats { salesCount salesTotals { amount currency } balances { status total { amount currency } count } } commissions(page: { first: 100 }) { totalCount nodes { id partnerId amount { amount currency } status cancelReason payableAt sale { id amount { amount currency } } partner { id } } } } }
         myCommissions(page: { first: 100 }) { totalCount nodes { id partnerId kind } }
         sales(page: { first: 100 }) { totalCount nodes { id amount { amount currency } commissions { id partnerId } } } }`,
      {},
      fx.tokens.partnerA,
    );
    expect(response.errors).toBeUndefined();
    const text = JSON.stringify(response.data);
    for (const secret of secretsOfB()) expect(text, secret).not.toContain(secret);
    expect(response.data.me.partner.stats).toEqual({
      salesCount: 1,
      salesTotals: [usd(10_000)],
      balances: [{ status: 'PENDING', total: usd(1_000), count: 1 }],
    });
    expect(response.data.myCommissions.totalCount).toBe(1);
    expect(response.data.sales.totalCount).toBe(1);
  });

  it('a partner filter naming another partner is ignored, not obeyed', async () => {
    const response = await app.gql(
      `query($p: UUID!) { myCommissions(filter: { partnerId: $p }) { nodes { partnerId } } sales(filter: { partnerId: $p }) { nodes { id } } }`,
      { p: fx.partnerB.id },
      fx.tokens.partnerA,
    );
    expect(JSON.stringify(response.data)).not.toContain(fx.partnerB.id);
    expect(response.data.myCommissions.nodes.every((n: any) => n.partnerId === fx.partnerA.id)).toBe(true);
  });

  it("direct lookups of B's records are not found", async () => {
    for (const [query, id] of [
      [`query($id: UUID!) { commission(id: $id) { id amount { amount currency } } }`, bCommission],
      [`query($id: UUID!) { commission(id: $id) { id amount { amount currency } } }`, bReward],
      [`query($id: UUID!) { sale(id: $id) { id amount { amount currency } } }`, bSale],
    ] as const) {
      const response = await app.gql(query, { id }, fx.tokens.partnerA);
      expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(response.data).toBeNull();
    }
  });

  it('merchant-only fields and operations are refused to partners', async () => {
    const customer = await app.gql(`{ sales { nodes { customer { name email } } } }`, {}, fx.tokens.partnerA);
    expect(customer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(customer)).not.toContain('Secret Customer');
    for (const query of [
      `query($id: UUID!) { partner(id: $id) { name } }`,
      `{ partners { nodes { name } } }`,
      `{ commissions { nodes { id } } }`,
      `{ auditLog { nodes { action } } }`,
      `{ rewards { nodes { id } } }`,
    ]) {
      const response = await app.gql(query, { id: fx.partnerB.id }, fx.tokens.partnerA);
      expect(response.errors?.[0].extensions?.code, query).toBe('FORBIDDEN');
      expect(JSON.stringify(response.data ?? {})).not.toContain(fx.partnerB.name);
    }
  });

  it('partner B sees their cancel reason, refund reduction and reward', async () => {
    const response = await app.gql(
      `{ myCommissions(page: { first: 100 }) { nodes { id kind status amount { amount currency } cancelReason description } } }`,
      {},
      fx.tokens.partnerB,
    );
    const nodes = response.data.myCommissions.nodes;
    expect(nodes).toContainEqual(expect.objectContaining({ id: bCommission, status: 'APPROVED', amount: eur(1_900) }));
    expect(nodes).toContainEqual(expect.objectContaining({ status: 'CANCELLED', cancelReason: 'B-only reason' }));
    expect(nodes).toContainEqual(expect.objectContaining({ id: bReward, kind: 'REWARD', description: 'B-only bonus' }));
  });

  it('a partner changes only their own PayPal email', async () => {
    const change = (paypalEmail: string) =>
      app.gql(
        `mutation($input: ChangeMyPayoutDetailsInput!) { changeMyPayoutDetails(input: $input) { ... on PayoutDetailsChanged { partner { id paypalEmail } } } }`,
        { input: { paypalEmail, currentPassword: 'correct horse battery' } },
        fx.tokens.partnerA,
      );
    const response = await change('a-new@paypal.test');
    expect(response.data.changeMyPayoutDetails.partner).toEqual({ id: fx.partnerA.id, paypalEmail: 'a-new@paypal.test' });
    const bad = await change('not an email');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [b] = await app.dataSource.query(`SELECT paypal_email FROM partner WHERE id = $1`, [fx.partnerB.id]);
    expect(b.paypal_email).toBeNull();
  });
});
