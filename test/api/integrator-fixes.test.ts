import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { approve } from '../support/payments';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import type { IntegratorFixesRefundMutation } from '../gql/graphql';
import { RefundLinks1796800000000 } from '../../server/src/database/migrations/1796800000000-refund-links';

/** Defects an integrator met (issue 13, "The API as an integrator meets it"). */
let app: TestApp;
let fx: ProgramFixture;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

const CANCEL = graphql(`
  mutation IntegratorFixesCancel($input: CancelCommissionsInput!) {
    cancelCommissions(input: $input) {
      succeeded
      items {
        result {
          __typename
          ... on Commission {
            status
            cancelReason
          }
        }
      }
    }
  }
`);

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
    const id = saleRecorded(recorded).commissions[0].id;
    for (const reason of ['   ', '\t\n ', '']) {
      const refused = await app.gql(CANCEL, { input: { selection: { ids: [id] }, reason } }, fx.tokens.admin);
      expect(refused.errors?.[0].extensions?.code, JSON.stringify(reason)).toBe('BAD_USER_INPUT');
    }
    const [{ status }] = await queryRows<{ status: string }>(app, `SELECT status FROM commission WHERE id = $1`, [id]);
    expect(status).toBe('PENDING');
    const done = await app.gql(CANCEL, { input: { selection: { ids: [id] }, reason: '  duplicate order  ' } }, fx.tokens.admin);
    expect(done.errors).toBeUndefined();
    expect(done.data?.cancelCommissions.items[0].result).toEqual({
      __typename: 'Commission',
      status: 'CANCELLED',
      cancelReason: 'duplicate order',
    });
  });
});

const REFUND = graphql(`
  mutation IntegratorFixesRefund($input: RefundSaleInput!) {
    refundSale(input: $input) {
      __typename
      ... on RefundRecorded {
        created
        refund {
          id
          externalId
        }
        adjustedCommissions {
          id
          amount {
            amount
            currency
          }
          status
        }
        clawbacks {
          id
          amount {
            amount
            currency
          }
          kind
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const PAY = graphql(`
  mutation IntegratorFixesPay($input: PayPartnersInput!) {
    payPartners(input: $input) {
      __typename
    }
  }
`);

/** refundSale's answer as RefundRecorded, failing the test on an error (in the response or as the result). */
function refundRecorded(answer: { data?: IntegratorFixesRefundMutation | null }) {
  return expectTypename(answer.data?.refundSale, 'RefundRecorded');
}

/** A 100.00 USD tent sale for partner A (10 % → 10.00), approved and, when `paid`, paid. */
async function tentSale(externalId: string, paid: boolean): Promise<{ saleId: string; commissionId: string }> {
  const [recorded] = await recordSales(app, fx.tokens.admin, [
    { externalId, customerExternalId: `${externalId}-c`, productSku: 'TENT', amount: usd(10_000), partnerKey: fx.partnerA.partnerKey },
  ]);
  const saleId = saleRecorded(recorded).sale.id;
  const commissionId = saleRecorded(recorded).commissions[0].id;
  const approved = await approve(app, fx.tokens.admin, [commissionId]);
  expect(approved.succeeded).toBe(1);
  if (paid) {
    const pay = await app.gql(
      PAY,
      {
        input: {
          selection: { partnerIds: [fx.partnerA.id] },
          currency: 'USD',
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served
          method: 'OTHER',
          idempotencyKey: `pay-${externalId}`,
          allowBelowThreshold: true,
        },
      },
      fx.tokens.admin,
    );
    expect(pay.errors).toBeUndefined();
    const [{ status }] = await queryRows<{ status: string }>(app, `SELECT status FROM commission WHERE id = $1`, [commissionId]);
    expect(status).toBe('PAID');
  }
  return { saleId, commissionId };
}

const SALE_REFUNDS = graphql(`
  query IntegratorFixesSaleRefunds($id: UUID!) {
    sale(id: $id) {
      refunds {
        externalId
        commissions {
          id
        }
        clawbacks {
          id
          amount {
            amount
            currency
          }
          clawbackOfId
        }
      }
    }
  }
`);

describe('refund retries (item 1)', () => {
  const refund = (saleId: string, refundExternalId: string, amount: number) =>
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- saleId is deprecated but still served: these retries use it as before
    app.gql(REFUND, { input: { saleId, refundExternalId, amount: usd(amount) } }, fx.tokens.admin);

  it('a retried refund of a paid sale answers exactly its own clawback, not a later refund’s', async () => {
    const { saleId, commissionId } = await tentSale('retry-paid', true);
    const a = refundRecorded(await refund(saleId, 'retry-paid-a', 2_501));
    const b = refundRecorded(await refund(saleId, 'retry-paid-b', 1_002));
    expect(a.clawbacks).toEqual([expect.objectContaining({ amount: usd(-250), kind: 'CLAWBACK' })]);
    expect(b.clawbacks).toEqual([expect.objectContaining({ amount: usd(-100), kind: 'CLAWBACK' })]);
    const again = await refund(saleId, 'retry-paid-a', 2_501);
    expect(again.data?.refundSale).toEqual({ ...a, created: false });
    expect(refundRecorded(again).adjustedCommissions).toEqual([]);

    const links = await app.gql(SALE_REFUNDS, { id: saleId }, fx.tokens.admin);
    expect(links.errors).toBeUndefined();
    expect(links.data?.sale.refunds).toEqual([
      {
        externalId: 'retry-paid-a',
        commissions: [],
        clawbacks: [{ id: a.clawbacks[0].id, amount: usd(-250), clawbackOfId: commissionId }],
      },
      {
        externalId: 'retry-paid-b',
        commissions: [],
        clawbacks: [{ id: b.clawbacks[0].id, amount: usd(-100), clawbackOfId: commissionId }],
      },
    ]);
  });

  it('a retried refund of an unpaid sale lists only the commissions it reduced; a refund that touched none lists none', async () => {
    const { saleId, commissionId } = await tentSale('retry-unpaid', false);
    const a = refundRecorded(await refund(saleId, 'retry-unpaid-a', 2_500));
    expect(a.adjustedCommissions).toEqual([{ id: commissionId, amount: usd(750), status: 'APPROVED' }]);
    await refund(saleId, 'retry-unpaid-b', 7_500);
    const again = refundRecorded(await refund(saleId, 'retry-unpaid-a', 2_500));
    expect(again.created).toBe(false);
    expect(again.refund).toEqual(a.refund);
    expect(again.adjustedCommissions.map((c) => c.id)).toEqual([commissionId]);
    expect(again.clawbacks).toEqual([]);
  });
});

describe('mixed identifiers (item 4)', () => {
  const SALE = graphql(`
    query IntegratorFixesSale($id: UUID, $externalId: String) {
      sale(id: $id, externalId: $externalId) {
        id
        externalId
        customer {
          id
          externalId
        }
      }
    }
  `);
  const PARTNER_SALE = graphql(`
    query IntegratorFixesPartnerSale($externalId: String) {
      sale(externalId: $externalId) {
        id
        externalId
      }
    }
  `);
  const CUSTOMER = graphql(`
    query IntegratorFixesCustomer($id: UUID, $externalId: String) {
      customer(id: $id, externalId: $externalId) {
        id
        externalId
      }
    }
  `);
  const REWARD = graphql(`
    mutation IntegratorFixesReward($input: CreateManualRewardInput!) {
      createManualReward(input: $input) {
        id
        customerId
        kind
      }
    }
  `);

  it('refunds name the sale by its external id, with the same idempotency; a wrong or doubled reference is refused', async () => {
    const { saleId } = await tentSale('ext-refund', false);
    const byExternalId = await app.gql(
      REFUND,
      { input: { sale: { externalId: 'ext-refund' }, refundExternalId: 'ext-refund-r1', amount: usd(1_000) } },
      fx.tokens.apiWrite,
    );
    expect(byExternalId.errors).toBeUndefined();
    expect(byExternalId.data?.refundSale).toMatchObject({ __typename: 'RefundRecorded', created: true });
    const byId = await app.gql(
      REFUND,
      { input: { sale: { id: saleId }, refundExternalId: 'ext-refund-r1', amount: usd(1_000) } },
      fx.tokens.apiWrite,
    );
    expect(byId.data?.refundSale).toEqual({ ...refundRecorded(byExternalId), created: false });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the older saleId form, still served: pinned here
    const legacy = await app.gql(REFUND, { input: { saleId, refundExternalId: 'ext-refund-r1', amount: usd(1_000) } }, fx.tokens.apiWrite);
    expect(refundRecorded(legacy).created).toBe(false);

    const unknown = await app.gql(
      REFUND,
      { input: { sale: { externalId: 'ext-refund-nope' }, refundExternalId: 'ext-refund-r2', amount: usd(1) } },
      fx.tokens.apiWrite,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const input of [
      { sale: { id: saleId, externalId: 'ext-refund' } },
      { sale: {} },
      { sale: { externalId: 'ext-refund' }, saleId },
      {},
    ]) {
      // Inputs the schema's types forbid (both references, none, or a reference and saleId): sent untyped on purpose.
      const refused = await app.gqlUntypedProbe(
        REFUND,
        { input: { ...input, refundExternalId: 'ext-refund-r3', amount: usd(1) } },
        fx.tokens.apiWrite,
      );
      expect(errorCode(refused), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const [{ refunded_minor }] = await queryRows<{ refunded_minor: string }>(app, `SELECT refunded_minor FROM sale WHERE id = $1`, [
      saleId,
    ]);
    expect(Number(refunded_minor)).toBe(1_000);
  });

  it('rewards name the customer by its external id', async () => {
    await tentSale('ext-reward', false);
    const [customer] = await queryRows<{ id: string }>(
      app,
      `SELECT id FROM customer WHERE program_id = $1 AND external_id = 'ext-reward-c'`,
      [fx.programId],
    );
    const reward = await app.gql(
      REWARD,
      { input: { partnerId: fx.partnerA.id, description: 'Backfill', amount: usd(500), customer: { externalId: 'ext-reward-c' } } },
      fx.tokens.admin,
    );
    expect(reward.errors).toBeUndefined();
    expect(reward.data?.createManualReward).toMatchObject({ customerId: customer.id, kind: 'REWARD' });
    const unknown = await app.gql(
      REWARD,
      { input: { partnerId: fx.partnerA.id, description: 'Backfill', amount: usd(500), customer: { externalId: 'ext-reward' } } },
      fx.tokens.admin,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const both = await app.gql(
      REWARD,
      {
        input: {
          partnerId: fx.partnerA.id,
          description: 'x',
          amount: usd(500),
          customer: { externalId: 'ext-reward-c' },
          customerId: customer.id,
        },
      },
      fx.tokens.admin,
    );
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sale(externalId:) and customer(externalId:) are exact lookups, scoped like sale(id:)', async () => {
    const { saleId } = await tentSale('ext-lookup', false);
    await tentSale('ext-lookup-2', false);
    const sale = await app.gql(SALE, { externalId: 'ext-lookup' }, fx.tokens.apiRead);
    expect(sale.data?.sale).toMatchObject({ id: saleId, externalId: 'ext-lookup', customer: { externalId: 'ext-lookup-c' } });
    const byId = await app.gql(SALE, { id: saleId }, fx.tokens.apiRead);
    expect(byId.data?.sale).toEqual(sale.data?.sale);
    const customer = await app.gqlData(CUSTOMER, { externalId: 'ext-lookup-c' }, fx.tokens.apiRead);
    expect(customer.customer).toEqual(sale.data?.sale.customer);
    expect((await app.gql(CUSTOMER, { id: customer.customer.id }, fx.tokens.apiRead)).data?.customer).toEqual(customer.customer);

    for (const [query, variables] of [
      [SALE, { externalId: 'ext-look' }],
      [SALE, { externalId: 'EXT-LOOKUP' }],
      [CUSTOMER, { externalId: 'ext-lookup' }],
      [CUSTOMER, { externalId: 'ext-lookup-%' }],
    ] as const) {
      const missing =
        query === SALE ? await app.gql(SALE, variables, fx.tokens.apiRead) : await app.gql(CUSTOMER, variables, fx.tokens.apiRead);
      expect(errorCode(missing), JSON.stringify(variables)).toBe('NOT_FOUND');
    }
    for (const variables of [{}, { id: saleId, externalId: 'ext-lookup' }]) {
      expect((await app.gql(SALE, variables, fx.tokens.apiRead)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await app.gql(CUSTOMER, variables, fx.tokens.apiRead)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    // A partner finds their own sale by its external id, and not another partner's.
    expect((await app.gql(PARTNER_SALE, { externalId: 'ext-lookup' }, fx.tokens.partnerA)).data?.sale).toEqual({
      id: saleId,
      externalId: 'ext-lookup',
    });
    const other = await app.gql(PARTNER_SALE, { externalId: 'ext-lookup' }, fx.tokens.partnerB);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe("a commission's product and sale date, and the partner's me (item 6)", () => {
  it('a commission shows its product and its sale’s date; a reward shows neither', async () => {
    const [recorded] = await recordSales(app, fx.tokens.apiWrite, [
      {
        externalId: 'dated-1',
        customerExternalId: 'dated-c',
        productSku: 'PACK',
        amount: usd(8_000),
        partnerKey: fx.partnerA.partnerKey,
        occurredAt: '2026-03-04T05:06:07.000Z',
      },
    ]);
    const commissionId = saleRecorded(recorded).commissions[0].id;
    const query = graphql(`
      query IntegratorFixesCommission($id: UUID!) {
        commission(id: $id) {
          product {
            sku
            name
          }
          saleDate
        }
      }
    `);
    for (const token of [fx.tokens.admin, fx.tokens.partnerA]) {
      const answer = await app.gql(query, { id: commissionId }, token);
      expect(answer.data?.commission).toEqual({ product: { sku: 'PACK', name: 'Pack' }, saleDate: '2026-03-04T05:06:07.000Z' });
    }
    const reward = await app.gql(
      graphql(`
        mutation IntegratorFixesRewardProduct($input: CreateManualRewardInput!) {
          createManualReward(input: $input) {
            product {
              sku
            }
            saleDate
          }
        }
      `),
      { input: { partnerId: fx.partnerA.id, description: 'Bonus', amount: usd(100) } },
      fx.tokens.admin,
    );
    expect(reward.data?.createManualReward).toEqual({ product: null, saleDate: null });
  });

  const ME = graphql(`
    query IntegratorFixesMe {
      me {
        kind
        commissions(page: { first: 100 }) {
          totalCount
          nodes {
            partnerId
            kind
            product {
              sku
            }
            saleDate
          }
        }
        rewards(page: { first: 100 }) {
          totalCount
          nodes {
            partnerId
            kind
          }
        }
        payments(page: { first: 100 }) {
          totalCount
          nodes {
            partnerId
            amount {
              amount
              currency
            }
          }
        }
        balances {
          status
          total {
            amount
            currency
          }
        }
      }
    }
  `);

  it('me gives a partner their commissions, rewards, payments and balances — their own only — and merchants none', async () => {
    await tentSale('me-paid', true);
    const reward = await app.gql(
      graphql(`
        mutation IntegratorFixesRewardId($input: CreateManualRewardInput!) {
          createManualReward(input: $input) {
            id
          }
        }
      `),
      { input: { partnerId: fx.partnerA.id, description: 'Launch bonus', amount: usd(300) } },
      fx.tokens.admin,
    );
    expect(reward.errors).toBeUndefined();
    await recordSales(app, fx.tokens.admin, [
      { externalId: 'me-b', customerExternalId: 'me-b-c', productSku: 'TENT', amount: usd(4_000), partnerKey: fx.partnerB.partnerKey },
    ]);
    const me = await app.gql(ME, {}, fx.tokens.partnerA);
    expect(me.errors).toBeUndefined();
    const mine = me.data?.me;
    if (!mine?.commissions || !mine.rewards || !mine.payments || !mine.balances) throw new Error(JSON.stringify(me));
    const own = await app.dataSource.query<{ kind: string; n: number }[]>(
      `SELECT kind, count(*)::int AS n FROM commission WHERE partner_id = $1 GROUP BY kind`,
      [fx.partnerA.id],
    );
    const count = (kind?: string) => own.filter((row) => !kind || row.kind === kind).reduce((sum, row) => sum + row.n, 0);
    expect(mine.commissions.totalCount).toBe(count());
    expect(mine.rewards.totalCount).toBe(count('REWARD'));
    expect(mine.rewards.totalCount).toBeGreaterThan(0);
    const [{ payments }] = await queryRows<{ payments: number }>(
      app,
      `SELECT count(*)::int AS payments FROM payment WHERE partner_id = $1`,
      [fx.partnerA.id],
    );
    expect(mine.payments.totalCount).toBe(payments);
    expect(payments).toBeGreaterThan(0);
    const everything = [...mine.commissions.nodes, ...mine.rewards.nodes, ...mine.payments.nodes];
    expect(new Set(everything.map((row) => row.partnerId))).toEqual(new Set([fx.partnerA.id]));
    expect(mine.commissions.nodes.find((c) => c.kind === 'SALE')).toMatchObject({
      product: { sku: expect.any(String) as unknown },
      saleDate: expect.any(String) as unknown,
    });
    const stats = await app.gql(
      graphql(`
        query IntegratorFixesPartnerStats($id: UUID!) {
          partner(id: $id) {
            stats {
              balances {
                status
                total {
                  amount
                  currency
                }
              }
            }
          }
        }
      `),
      { id: fx.partnerA.id },
      fx.tokens.admin,
    );
    expect(mine.balances).toEqual(stats.data?.partner.stats.balances);
    expect(mine.balances.length).toBeGreaterThan(0);

    for (const token of [fx.tokens.admin, fx.tokens.apiRead]) {
      const merchant = await app.gql(ME, {}, token);
      expect(merchant.errors).toBeUndefined();
      expect(merchant.data?.me).toMatchObject({ commissions: null, rewards: null, payments: null, balances: null });
    }
  });
});

describe('refund links of refunds recorded before them (item 1, migration)', () => {
  it('the migration links earlier refunds exactly as refundSale links new ones', async () => {
    const paid = await tentSale('backfill-paid', true);
    const unpaid = await tentSale('backfill-unpaid', false);
    for (const [saleId, id, amount] of [
      [paid.saleId, 'backfill-paid-a', 2_000],
      [paid.saleId, 'backfill-paid-b', 3_000],
      [unpaid.saleId, 'backfill-unpaid-a', 1_000],
      [unpaid.saleId, 'backfill-unpaid-b', 9_000],
    ] as const) {
      const answer = await app.gql(REFUND, { input: { sale: { id: saleId }, refundExternalId: id, amount: usd(amount) } }, fx.tokens.admin);
      expect(refundRecorded(answer).created).toBe(true);
    }
    const runner = app.dataSource.createQueryRunner();
    type Link = { external_id: string; commission_id: string; effect: string; position: number };
    const links = async () =>
      (await runner.query(
        `SELECT r.external_id, l.commission_id, l.effect, l.position
           FROM refund_commission l JOIN refund r ON r.program_id = l.program_id AND r.id = l.refund_id
          WHERE r.program_id = $1 ORDER BY 1, 4`,
        [fx.programId],
      )) as Link[];
    try {
      const before = await links();
      expect(before.filter((l) => l.external_id.startsWith('backfill-'))).toHaveLength(4);
      // Replayed in a transaction that is rolled back: the migration's foreign keys reference
      // refund(id) and commission(id), unique until 1796999999999-program-keys made the keys
      // (program_id, id), so the replay gets those unique indexes back for its own use.
      await runner.startTransaction();
      await runner.query(`DROP TABLE refund_commission`);
      await runner.query(`CREATE UNIQUE INDEX refund_replay_key ON refund (id)`);
      await runner.query(`CREATE UNIQUE INDEX commission_replay_key ON commission (id)`);
      await new RefundLinks1796800000000().up(runner);
      expect(await links()).toEqual(before);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
