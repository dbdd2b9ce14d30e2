import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Attribution, CommissionRuleType } from '@partnerbook/shared';
import {
  BatchFacts,
  CustomerState,
  PartnerFacts,
  planSaleBatch,
  ProductFacts,
  SaleField,
  SaleRequest,
  differingFields,
} from './sale-batch-rules';
import { nextReferrers } from '../customers/referral-rules';

const percent = (rateBps: number) => ({ type: CommissionRuleType.PERCENT, rateBps });
const tent: ProductFacts = { id: 'prod-tent', sku: 'TENT', commissionable: true, attribution: null, rule: percent(1000) };
const pack: ProductFacts = { id: 'prod-pack', sku: 'PACK', commissionable: true, attribution: Attribution.BOTH, rule: percent(1000) };
const gift: ProductFacts = { id: 'prod-gift', sku: 'GIFT', commissionable: false, attribution: null, rule: percent(1000) };
const club: ProductFacts = {
  id: 'prod-club',
  sku: 'CLUB',
  commissionable: true,
  attribution: Attribution.FIRST,
  rule: { type: CommissionRuleType.FLAT, flatAmountMinor: 500, flatCurrency: 'USD' },
};
const partner = (n: string, extra: Partial<PartnerFacts> = {}): PartnerFacts => ({
  id: `id-${n}`,
  partnerKey: n,
  suspended: false,
  rule: null,
  ...extra,
});
const a = partner('a');
const b = partner('b');
const c = partner('c', { suspended: true });
const now = new Date('2026-01-02T03:04:05Z');

function facts(overrides: Partial<BatchFacts> = {}): BatchFacts {
  const partners = [a, b, c];
  return {
    defaultAttribution: Attribution.LAST,
    products: new Map([tent, pack, gift, club].map((p) => [p.sku, p])),
    partnersByKey: new Map(partners.map((p) => [p.partnerKey, p])),
    partnersById: new Map(partners.map((p) => [p.id, p])),
    customers: new Map(),
    stored: new Map(),
    now,
    ...overrides,
  };
}

const sale = (n: number, extra: Partial<SaleRequest> = {}): SaleRequest => ({
  externalId: `s-${n}`,
  customerExternalId: 'cust',
  productSku: 'TENT',
  amount: { amount: 10_000, currency: 'USD' },
  referral: { partnerKey: 'a', event: 'PURCHASE', payOnly: false },
  ...extra,
});
const via = (partnerKey: string) => ({ referral: { partnerKey, event: 'PURCHASE' as const, payOnly: false } });

describe('planSaleBatch', () => {
  it('moves the customer referrers sale by sale through the batch, as recording them one by one would', () => {
    const plan = planSaleBatch([sale(1, via('a')), sale(2, via('b')), sale(3, { productSku: 'PACK', referral: null })], facts());
    const [first, second, third] = plan.decisions;
    expect(first).toMatchObject({ kind: 'RECORD', sale: { shares: [{ partnerId: a.id, amount: 1_000 }] } });
    expect(second).toMatchObject({ kind: 'RECORD', sale: { shares: [{ partnerId: b.id, amount: 1_000 }] } });
    // BOTH after a (first) and b (last): split evenly.
    expect(third).toMatchObject({
      kind: 'RECORD',
      sale: {
        shares: [
          { partnerId: a.id, amount: 500 },
          { partnerId: b.id, amount: 500 },
        ],
      },
    });
    expect(plan.customerWrites).toEqual([
      expect.objectContaining({
        id: null,
        externalId: 'cust',
        firstPartnerId: a.id,
        lastPartnerId: b.id,
        firstReferredAt: now,
        lastReferredAt: now,
      }),
    ]);
    expect(plan.referrals.map((r) => r.partnerId)).toEqual([a.id, b.id]);
  });

  it('an identical resend, stored or earlier in the batch, records nothing; a different one is a conflict naming the fields', () => {
    const stored = new Map([
      ['s-1', { externalId: 's-1', customerExternalId: 'cust', productSku: 'TENT', amount: { amount: 10_000, currency: 'USD' } }],
    ]);
    const plan = planSaleBatch(
      [
        sale(1),
        sale(1, { amount: { amount: 9_999, currency: 'EUR' }, customerExternalId: 'other', productSku: 'PACK' }),
        sale(2),
        sale(2),
        sale(2, { productSku: 'GIFT' }),
      ],
      facts({ stored }),
    );
    expect(plan.decisions.map((d) => d.kind)).toEqual(['RESEND', 'CONFLICT', 'RECORD', 'RESEND', 'CONFLICT']);
    expect(plan.decisions[1]).toMatchObject({ fields: [SaleField.AMOUNT, SaleField.CURRENCY, SaleField.CUSTOMER, SaleField.PRODUCT] });
    expect(plan.decisions[4]).toMatchObject({ fields: [SaleField.PRODUCT] });
    expect(plan.referrals).toHaveLength(1);
  });

  it('refused sales change nothing: unknown partner or product, a flat rule in another currency', () => {
    const plan = planSaleBatch(
      [sale(1, via('nobody')), sale(2, { productSku: 'NOPE' }), sale(3, { productSku: 'CLUB', amount: { amount: 100, currency: 'EUR' } })],
      facts(),
    );
    expect(plan.decisions).toEqual([
      { kind: 'PARTNER_NOT_FOUND', partnerKey: 'nobody' },
      { kind: 'PRODUCT_NOT_FOUND', sku: 'NOPE' },
      { kind: 'CURRENCY_MISMATCH', expected: 'USD', received: 'EUR' },
    ]);
    expect(plan.customerWrites).toEqual([]);
    expect(plan.referrals).toEqual([]);
  });

  it('suspended partners earn nothing new but still become referrers; non-commissionable products pay nobody', () => {
    const plan = planSaleBatch([sale(1, via('c')), sale(2, { productSku: 'GIFT' })], facts());
    expect(plan.decisions[0]).toMatchObject({ kind: 'RECORD', sale: { shares: [] } });
    expect(plan.decisions[1]).toMatchObject({ kind: 'RECORD', sale: { shares: [] } });
    expect(plan.customerWrites[0]).toMatchObject({ firstPartnerId: c.id, lastPartnerId: a.id });
  });

  it("a manual sale pays its partner alone, with the partner's own rule", () => {
    const existing: CustomerState = {
      id: 'cust-id',
      externalId: 'cust',
      name: null,
      email: null,
      firstPartnerId: a.id,
      lastPartnerId: a.id,
      firstReferredAt: new Date(0),
      lastReferredAt: new Date(0),
    };
    const withRule = partner('b', { rule: percent(2000) });
    const plan = planSaleBatch(
      [sale(1, { productSku: 'PACK', referral: { partnerKey: 'b', event: 'MANUAL', payOnly: true } })],
      facts({ customers: new Map([['cust', existing]]), partnersByKey: new Map([['b', withRule]]), partnersById: new Map([[a.id, a]]) }),
    );
    expect(plan.decisions[0]).toMatchObject({ kind: 'RECORD', sale: { shares: [{ partnerId: withRule.id, amount: 2_000 }] } });
    expect(plan.customerWrites).toEqual([
      expect.objectContaining({
        id: 'cust-id',
        firstPartnerId: a.id,
        lastPartnerId: withRule.id,
        firstReferredAt: new Date(0),
        lastReferredAt: now,
      }),
    ]);
  });

  it('the final referrers of each customer are those of recording the batch one sale at a time (property)', () => {
    const keys = ['a', 'b', 'c'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ customer: fc.integer({ min: 0, max: 3 }), partner: fc.integer({ min: 0, max: 3 }) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (events) => {
          const requests = events.map((e, i) =>
            sale(i, {
              customerExternalId: `c${e.customer}`,
              referral: e.partner < 3 ? { partnerKey: keys[e.partner], event: 'PURCHASE', payOnly: false } : null,
            }),
          );
          const plan = planSaleBatch(requests, facts());
          const expected = new Map<string, { firstPartnerId: string | null; lastPartnerId: string | null }>();
          for (const e of events) {
            const current = expected.get(`c${e.customer}`) ?? { firstPartnerId: null, lastPartnerId: null };
            expected.set(`c${e.customer}`, e.partner < 3 ? nextReferrers(current, `id-${keys[e.partner]}`, 'PURCHASE') : current);
          }
          for (const write of plan.customerWrites) {
            expect({ firstPartnerId: write.firstPartnerId, lastPartnerId: write.lastPartnerId }).toEqual(expected.get(write.externalId));
          }
          expect(plan.customerWrites.length).toBe(expected.size);
          expect(plan.referrals.length).toBe(events.filter((e) => e.partner < 3).length);
        },
      ),
    );
  });
});

describe('differingFields', () => {
  it('names nothing for the same sale', () => {
    const stored = { externalId: 'x', customerExternalId: 'c', productSku: 'P', amount: { amount: 1, currency: 'USD' } };
    expect(differingFields(stored, stored)).toEqual([]);
  });
});
