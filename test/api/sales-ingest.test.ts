import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, eur, ProgramFixture, recordSales, usd } from '../support/fixtures';
import { resultCode, stringContaining } from '../support/typed-results';
import { graphql } from '../gql';
import type { SaleInput } from '../gql/graphql';

let app: TestApp;
let fx: ProgramFixture;
let n = 0;
const id = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
});
afterAll(async () => app?.close());

const RECORD = graphql(`
  mutation SalesIngestRecord($sales: [SaleInput!]!) {
    recordSales(sales: $sales) {
      results {
        externalId
        result {
          __typename
          ... on SaleRecorded {
            created
            sale {
              id
              amount {
                amount
                currency
              }
            }
            commissions {
              id
              partnerId
              amount {
                amount
                currency
              }
              status
            }
          }
          ... on SaleConflictError {
            code
            message
            saleId
            fields
          }
          ... on ErrorResult {
            code
            message
          }
        }
      }
    }
  }
`);

async function record(sales: SaleInput[], token = fx.tokens.admin) {
  const response = await app.gql(RECORD, { sales }, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!.recordSales.results;
}

type RecordItem = Awaited<ReturnType<typeof record>>[number];
type FixtureItem = Awaited<ReturnType<typeof recordSales>>[number];

async function programCounts(programId: string) {
  const [row] = await queryRows<{ sales: number; commissions: number; referrals: number; customers: number; audit: number }>(
    app,
    `SELECT (SELECT count(*)::int FROM sale WHERE program_id = $1) AS sales,
            (SELECT count(*)::int FROM commission WHERE program_id = $1) AS commissions,
            (SELECT count(*)::int FROM referral WHERE program_id = $1) AS referrals,
            (SELECT count(*)::int FROM customer WHERE program_id = $1) AS customers,
            (SELECT count(*)::int FROM audit_entry WHERE program_id = $1) AS audit`,
    [programId],
  );
  return row;
}

describe('recordSales: a resend of an external id (issue 13, item 3)', () => {
  it('an identical resend is a no-op answering the stored sale; other facts are a typed conflict naming them', async () => {
    const sale = {
      externalId: id('s'),
      customerExternalId: id('c'),
      productSku: 'TENT',
      amount: usd(5_000),
      partnerKey: fx.partnerA.partnerKey,
    };
    const [first] = await record([sale]);
    expect(first.result).toMatchObject({ __typename: 'SaleRecorded', created: true });
    const before = await programCounts(fx.programId);

    const recorded = expectTypename(first.result, 'SaleRecorded');
    const [same] = await record([sale], fx.tokens.apiWrite);
    expect(same.result).toEqual({ ...first.result, created: false });

    const otherCustomer = id('c');
    const [amount, currency, customer, product, all] = await record([
      { ...sale, amount: usd(5_001) },
      { ...sale, amount: eur(5_000) },
      { ...sale, customerExternalId: otherCustomer },
      { ...sale, productSku: 'PACK' },
      { ...sale, amount: eur(1), customerExternalId: otherCustomer, productSku: 'GIFT', partnerKey: fx.partnerB.partnerKey },
    ]);
    const conflict = (fields: string[]) => ({
      __typename: 'SaleConflictError',
      code: 'SALE_CONFLICT',
      saleId: recorded.sale.id,
      fields,
      message: stringContaining(sale.externalId),
    });
    expect(amount.result).toEqual(conflict(['AMOUNT']));
    expect(currency.result).toEqual(conflict(['CURRENCY']));
    expect(customer.result).toEqual(conflict(['CUSTOMER']));
    expect(product.result).toEqual(conflict(['PRODUCT']));
    expect(all.result).toEqual(conflict(['AMOUNT', 'CURRENCY', 'CUSTOMER', 'PRODUCT']));

    // Nothing was written by the resends: no sale, commission, referral, customer or audit entry.
    expect(await programCounts(fx.programId)).toEqual(before);
    const [stored] = await queryRows(app, `SELECT amount_minor::int AS amount, currency FROM sale WHERE id = $1`, [recorded.sale.id]);
    expect(stored).toEqual({ amount: 5_000, currency: 'USD' });
  });

  it('within one batch: a repeat is answered like the first, a repeat with other facts is a conflict', async () => {
    const sale = {
      externalId: id('s'),
      customerExternalId: id('c'),
      productSku: 'TENT',
      amount: usd(2_000),
      partnerKey: fx.partnerB.partnerKey,
    };
    const [first, repeat, changed] = await record([sale, sale, { ...sale, amount: usd(2_500) }]);
    const recorded = expectTypename(first.result, 'SaleRecorded');
    expect(recorded.created).toBe(true);
    expect(repeat.result).toEqual({ ...first.result, created: false });
    expect(changed.result).toMatchObject({ __typename: 'SaleConflictError', saleId: recorded.sale.id, fields: ['AMOUNT'] });
    const [{ count }] = await queryRows<{ count: number }>(app, `SELECT count(*)::int AS count FROM sale WHERE external_id = $1`, [
      sale.externalId,
    ]);
    expect(count).toBe(1);
  });

  it('recordManualSale answers the same conflict, and the stored sale for an identical resend', async () => {
    const MANUAL = graphql(`
      mutation SalesIngestManual($input: ManualSaleInput!) {
        recordManualSale(input: $input) {
          __typename
          ... on SaleRecorded {
            created
            sale {
              id
            }
          }
          ... on SaleConflictError {
            saleId
            fields
          }
        }
      }
    `);
    const input = { partnerId: fx.partnerA.id, externalId: id('m'), customerExternalId: id('c'), productSku: 'TENT', amount: usd(3_000) };
    const answer = (await app.gql(MANUAL, { input }, fx.tokens.admin)).data?.recordManualSale;
    expect(answer).toMatchObject({ __typename: 'SaleRecorded', created: true });
    const first = expectTypename(answer, 'SaleRecorded');
    const again = (await app.gql(MANUAL, { input }, fx.tokens.admin)).data?.recordManualSale;
    expect(again).toEqual({ __typename: 'SaleRecorded', created: false, sale: first.sale });
    const changed = (await app.gql(MANUAL, { input: { ...input, productSku: 'PACK' } }, fx.tokens.admin)).data?.recordManualSale;
    expect(changed).toEqual({ __typename: 'SaleConflictError', saleId: first.sale.id, fields: ['PRODUCT'] });
    // Audited once, as a manual sale, naming its commission (written set-based: set-based-audit.test.ts).
    const audit = await queryRows<{
      action: string;
      changes: { externalId: string; amount: unknown; commissions: { partnerId: string }[] };
    }>(app, `SELECT action, changes FROM audit_entry WHERE program_id = $1 AND entity_type = 'Sale' AND entity_id = $2`, [
      fx.programId,
      first.sale.id,
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('sale.recordManual');
    expect(audit[0].changes).toMatchObject({ externalId: input.externalId, amount: usd(3_000) });
    expect(audit[0].changes.commissions.map((c) => c.partnerId)).toEqual([fx.partnerA.id]);
  });
});

describe('recordSales: a batch is recorded set-based, with the outcome of recording its sales one by one', () => {
  it('per-item results, commissions, referrers and referrals equal those of one sale per request', async () => {
    const batchFx = fx;
    const singleFx = await createProgramFixture(app);
    // Roles instead of keys and ids: the two programs have their own partners.
    const partners = (f: ProgramFixture) => [f.partnerA, f.partnerB];
    const SALES = 150;
    let seed = 7;
    const random = (k: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % k;
    };
    const tag = id('eq');
    const plan = Array.from({ length: SALES }, (_, i) => {
      const repeat = i > 5 && random(10) === 0 ? random(i) : -1; // some external ids sent again, some with other facts
      return {
        ext: repeat >= 0 ? repeat : i,
        customer: `${tag}-c${random(12)}`,
        product: ['TENT', 'TENT', 'PACK', 'CLUB', 'GIFT', 'NOPE'][random(6)],
        amount: 100 + random(20_000),
        currency: random(8) === 0 ? 'EUR' : 'USD',
        partner: random(5), // 0, 1: A or B; 2: an unknown key; 3, 4: no referral
      };
    });
    const input = (f: ProgramFixture, p: (typeof plan)[number]) => ({
      externalId: `${tag}-s${p.ext}`,
      customerExternalId: p.customer,
      productSku: p.product,
      amount: { amount: p.amount, currency: p.currency },
      ...(p.partner < 2 ? { partnerKey: partners(f)[p.partner].partnerKey } : p.partner === 2 ? { partnerKey: `${tag}-nobody` } : {}),
    });
    const batch = await record(
      plan.map((p) => input(batchFx, p)),
      batchFx.tokens.admin,
    );
    const single: FixtureItem[] = [];
    for (const p of plan) single.push(...(await recordSales(app, singleFx.tokens.admin, [input(singleFx, p)])));

    const describeResult = (f: ProgramFixture, item: RecordItem | FixtureItem) => {
      const r = item.result;
      const role = (partnerId: string) => partners(f).findIndex((p) => p.id === partnerId);
      if (r.__typename === 'SaleRecorded') {
        return { created: r.created, commissions: r.commissions.map((c) => ({ partner: role(c.partnerId), amount: c.amount })) };
      }
      return { code: resultCode(r) ?? r.__typename };
    };
    expect(batch.map((item) => describeResult(batchFx, item))).toEqual(single.map((item) => describeResult(singleFx, item)));
    expect(batch.filter((item) => item.result.__typename === 'SaleConflictError').length).toBeGreaterThan(0);

    const state = async (f: ProgramFixture) => {
      const rows = await queryRows<{
        external_id: string;
        first_partner_id: string | null;
        last_partner_id: string | null;
        referrals: number;
      }>(
        app,
        `SELECT c.external_id, c.first_partner_id, c.last_partner_id, (SELECT count(*)::int FROM referral r WHERE r.customer_id = c.id) AS referrals
           FROM customer c WHERE c.program_id = $1 AND c.external_id LIKE $2 ORDER BY c.external_id`,
        [f.programId, `${tag}-%`],
      );
      const role = (partnerId: string | null) => (partnerId ? partners(f).findIndex((p) => p.id === partnerId) : null);
      return rows.map((r) => ({
        customer: r.external_id,
        first: role(r.first_partner_id),
        last: role(r.last_partner_id),
        referrals: r.referrals,
      }));
    };
    expect(await state(batchFx)).toEqual(await state(singleFx));
    // One audit entry per recorded sale, listing its commissions.
    const [{ missing }] = await queryRows<{ missing: number }>(
      app,
      `SELECT count(*)::int AS missing FROM sale s WHERE s.program_id = $1 AND s.external_id LIKE $2
          AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.entity_id = s.id::text AND a.action = 'sale.record')`,
      [batchFx.programId, `${tag}-%`],
    );
    expect(missing).toBe(0);
  });

  it('concurrent batches sending the same external ids for other customers: each sale is recorded once, the rest are conflicts', async () => {
    for (let round = 0; round < 3; round++) {
      const tag = id('race');
      const batches = Array.from({ length: 4 }, (_, b) =>
        Array.from({ length: 30 }, (_, i) => ({
          externalId: `${tag}-s${i}`,
          customerExternalId: `${tag}-b${b}-c${i % 7}`,
          productSku: 'TENT',
          amount: usd(1_000),
          partnerKey: b % 2 ? fx.partnerA.partnerKey : fx.partnerB.partnerKey,
        })),
      );
      const answers = await Promise.all(batches.map((sales) => record(sales)));
      const byExternalId = new Map<string, (string | undefined)[]>();
      for (const results of answers) {
        for (const item of results) {
          const outcome =
            item.result.__typename === 'SaleRecorded' ? (item.result.created ? 'created' : 'resend') : resultCode(item.result);
          byExternalId.set(item.externalId, [...(byExternalId.get(item.externalId) ?? []), outcome]);
        }
      }
      for (const [externalId, outcomes] of byExternalId) {
        expect(
          outcomes.filter((o) => o === 'created'),
          externalId,
        ).toHaveLength(1);
        expect(
          outcomes.filter((o) => o !== 'created').every((o) => o === 'SALE_CONFLICT'),
          `${externalId}: ${outcomes.join(',')}`,
        ).toBe(true);
      }
      const [{ sales, commissions }] = await queryRows<{ sales: number; commissions: number }>(
        app,
        `SELECT count(*)::int AS sales, (SELECT count(*)::int FROM commission k JOIN sale s ON s.id = k.sale_id WHERE s.external_id LIKE $1) AS commissions
           FROM sale WHERE external_id LIKE $1`,
        [`${tag}-%`],
      );
      expect({ sales, commissions }).toEqual({ sales: 30, commissions: 30 });
    }
  });
});
