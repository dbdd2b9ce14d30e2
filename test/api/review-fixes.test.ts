import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { encodeCursor } from '../../server/src/common/paging';

/** Edge cases found in review: each answered with a typed error or a no-op, never a 500. */
let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

describe('null on fields that cannot be cleared leaves them as they are', () => {
  it('for partners, program settings and products', async () => {
    const partner = await app.gql(
      `mutation($id: UUID!) { updatePartner(input: { id: $id, name: null, status: null, email: null }) { name status email } }`,
      { id: fx.partnerA.id },
      fx.tokens.admin,
    );
    expect(partner.data.updatePartner).toEqual({ name: fx.partnerA.name, status: 'ACTIVE', email: fx.partnerA.email });
    const settings = await app.gql(
      `mutation { updateProgramSettings(input: { holdingPeriodDays: null, name: null, autoApprove: null, defaultAttribution: null }) { holdingPeriodDays autoApprove } }`,
      {},
      fx.tokens.admin,
    );
    expect(settings.data.updateProgramSettings).toEqual({ holdingPeriodDays: 0, autoApprove: false });
    const product = await app.gql(
      `mutation($id: UUID!) { updateProduct(input: { id: $id, name: null, commissionable: null }) { name commissionable } }`,
      { id: fx.products.tent.id },
      fx.tokens.admin,
    );
    expect(product.data.updateProduct).toEqual({ name: 'Tent', commissionable: true });
  });
});

describe('ids and uniqueness', () => {
  it('a malformed API key id is refused as bad input, naming the argument', async () => {
    const response = await app.gql(`mutation { revokeApiKey(id: "nope") { id } }`, {}, fx.tokens.admin);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const variable = await app.gql(`mutation($id: UUID!) { revokeApiKey(id: $id) { id } }`, { id: 'nope' }, fx.tokens.admin);
    expect(variable.errors?.[0]).toMatchObject({ message: expect.stringContaining('"$id"'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a portal login for an email that already signs in somewhere is refused without saying where', async () => {
    const other = await createProgramFixture(app);
    const response = await app.gql(
      `mutation($email: String!) { createPartner(input: { name: "Copy", email: $email, partnerKey: "copy-cat", password: "long enough password" }) { id } }`,
      { email: other.partnerA.email },
      fx.tokens.admin,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(response.errors?.[0].message).not.toMatch(/program|constraint/i);
    expect(await app.dataSource.query(`SELECT 1 FROM partner WHERE partner_key = 'copy-cat'`)).toHaveLength(0);
  });

  it('racing creations of one partner key or sku: one wins, the others get a typed error', async () => {
    const partners = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        app.gql(
          `mutation($email: String!) { createPartner(input: { name: "Racer", email: $email, partnerKey: "racer" }) { id } }`,
          { email: `racer${i}@test.dev` },
          fx.tokens.admin,
        ),
      ),
    );
    expect(partners.filter((r) => r.data?.createPartner).length).toBe(1);
    expect(partners.filter((r) => r.errors?.[0].extensions?.code === 'BAD_USER_INPUT').length).toBe(5);
    const products = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.gql(
          `mutation { createProduct(input: { sku: "RACE", name: "Race", rule: { type: PERCENT, rateBps: 100 } }) { id } }`,
          {},
          fx.tokens.admin,
        ),
      ),
    );
    expect(products.filter((r) => r.data?.createProduct).length).toBe(1);
    expect(products.filter((r) => r.errors?.[0].extensions?.code === 'BAD_USER_INPUT').length).toBe(5);
  });

  it('one refund id raced for by two different sales is recorded once; the other is a typed duplicate', async () => {
    const items = await recordSales(app, fx.tokens.admin, [
      { externalId: 'race-sale-1', customerExternalId: 'rc1', productSku: 'TENT', amount: usd(1_000) },
      { externalId: 'race-sale-2', customerExternalId: 'rc2', productSku: 'TENT', amount: usd(1_000) },
    ]);
    const responses = await Promise.all(
      items.map((item) =>
        app.gql(
          `mutation($i: RefundSaleInput!) { refundSale(input: $i) { __typename ... on ErrorResult { code } } }`,
          { i: { saleId: saleRecorded(item).sale.id, refundExternalId: 'shared-refund-id', amount: usd(100) } },
          fx.tokens.admin,
        ),
      ),
    );
    expect(responses.map((r) => r.data.refundSale.__typename).sort()).toEqual(['DuplicateRefundError', 'RefundRecorded']);
    const [{ refunded }] = await app.dataSource.query(
      `SELECT sum(refunded_minor)::int AS refunded FROM sale WHERE external_id LIKE 'race-sale-%'`,
    );
    expect(refunded).toBe(100);
  });

  it("a cursor naming another program's row matches nothing here", async () => {
    const other = await createProgramFixture(app);
    const response = await app.gql(
      `query($after: String) { partners(page: { first: 10, after: $after }) { nodes { id } } }`,
      { after: encodeCursor(other.partnerA.id) },
      fx.tokens.admin,
    );
    expect(response.data.partners.nodes).toEqual([]);
  });
});

describe('sign-in throttling under parallel guessing', () => {
  it('holds an attempt while its password is checked, so parallel guesses cannot exceed the limit', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        app.gql(`mutation($i: LoginInput!) { login(input: $i) { __typename ... on ErrorResult { code } } }`, {
          i: { email: fx.partnerB.email, password: `guess ${i}` },
        }),
      ),
    );
    const codes = guesses.map((g) => g.data.login.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(10);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(20);
  });
});
