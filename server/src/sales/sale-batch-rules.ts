import { Attribution, Money } from '@partnerbook/shared';
import { attributeCommission, CommissionShare, commissionForSale, RuleSpec } from '../commissions/commission-rules';
import { nextReferrers, ReferralEventKind } from '../customers/referral-rules';

/**
 * How a batch of sales is recorded, decided in memory from what the database holds (read once for
 * the whole batch) so that the writes can be a handful of set-based statements. The outcome is
 * exactly that of recording the sales one after another in input order: a customer's referrers
 * move with each sale of the batch, and a later sale with an external id seen earlier in the batch
 * is a resend of it.
 */

/** The fields of a sale that must match when its external id is sent again. */
export enum SaleField {
  AMOUNT = 'AMOUNT',
  CURRENCY = 'CURRENCY',
  CUSTOMER = 'CUSTOMER',
  PRODUCT = 'PRODUCT',
}

export interface SaleRequest {
  externalId: string;
  customerExternalId: string;
  productSku: string;
  amount: Money;
  occurredAt?: Date | null;
  customerName?: string | null;
  customerEmail?: string | null;
  /** The referral the purchase came through; `payOnly` (a manual sale) pays this partner alone, whatever the attribution. */
  referral: { partnerKey: string; event: ReferralEventKind; payOnly: boolean } | null;
}

export interface ProductFacts {
  id: string;
  sku: string;
  commissionable: boolean;
  attribution: Attribution | null;
  rule: RuleSpec;
}

export interface PartnerFacts {
  id: string;
  partnerKey: string;
  suspended: boolean;
  /** The partner's own commission rule, overriding the product's; null: the product's. */
  rule: RuleSpec | null;
}

export interface CustomerState {
  /** null for a customer the batch creates. */
  id: string | null;
  externalId: string;
  name: string | null;
  email: string | null;
  firstPartnerId: string | null;
  lastPartnerId: string | null;
  firstReferredAt: Date | null;
  lastReferredAt: Date | null;
}

/** A sale already recorded under an external id, with what a resend must match. */
export interface StoredSale {
  externalId: string;
  customerExternalId: string;
  productSku: string;
  amount: Money;
}

export type SaleDecision =
  /** Sent before (stored, or earlier in this batch) with the same facts: nothing new. */
  | { kind: 'RESEND'; externalId: string }
  | { kind: 'CONFLICT'; externalId: string; fields: SaleField[] }
  | { kind: 'PARTNER_NOT_FOUND'; partnerKey: string }
  | { kind: 'PRODUCT_NOT_FOUND'; sku: string }
  | { kind: 'CURRENCY_MISMATCH'; expected: string; received: string }
  | { kind: 'RECORD'; sale: PlannedSale };

export interface PlannedSale {
  externalId: string;
  customerExternalId: string;
  productId: string;
  amount: Money;
  occurredAt: Date;
  /** Commissions in the order they are reported (first referrer's share before the last's). */
  shares: CommissionShare[];
}

export interface ReferralRow {
  customerExternalId: string;
  partnerId: string;
  event: ReferralEventKind;
  at: Date;
}

export interface BatchPlan {
  decisions: SaleDecision[];
  /** Customers to create (id null) or whose referrers changed, in their final state. */
  customerWrites: CustomerState[];
  /** Referral events, in the order they happened. */
  referrals: ReferralRow[];
}

export interface BatchFacts {
  defaultAttribution: Attribution;
  products: Map<string, ProductFacts>;
  partnersByKey: Map<string, PartnerFacts>;
  partnersById: Map<string, PartnerFacts>;
  customers: Map<string, CustomerState>;
  stored: Map<string, StoredSale>;
  now: Date;
}

/** Which of the facts that identify a sale differ between what is stored and what was sent again. */
export function differingFields(stored: StoredSale, sent: Pick<SaleRequest, 'customerExternalId' | 'productSku' | 'amount'>): SaleField[] {
  const fields: SaleField[] = [];
  if (stored.amount.amount !== sent.amount.amount) fields.push(SaleField.AMOUNT);
  if (stored.amount.currency !== sent.amount.currency) fields.push(SaleField.CURRENCY);
  if (stored.customerExternalId !== sent.customerExternalId) fields.push(SaleField.CUSTOMER);
  if (stored.productSku !== sent.productSku) fields.push(SaleField.PRODUCT);
  return fields;
}

function ruleFor(partner: PartnerFacts | undefined, product: ProductFacts): RuleSpec {
  return partner?.rule ?? product.rule;
}

/**
 * Decides every sale of a batch, in order. Refused sales change nothing (not even the customer's
 * referrers); a recorded sale applies its referral first, then pays according to the attribution
 * (a manual sale pays its partner alone), suspended partners earning nothing new.
 */
export function planSaleBatch(requests: SaleRequest[], facts: BatchFacts): BatchPlan {
  const customers = new Map(facts.customers);
  const touched = new Set<string>();
  const seen = new Map<string, StoredSale>(facts.stored);
  const referrals: ReferralRow[] = [];
  const decisions = requests.map((request): SaleDecision => {
    const earlier = seen.get(request.externalId);
    if (earlier) {
      const fields = differingFields(earlier, request);
      return fields.length
        ? { kind: 'CONFLICT', externalId: request.externalId, fields }
        : { kind: 'RESEND', externalId: request.externalId };
    }
    let partner: PartnerFacts | undefined;
    if (request.referral) {
      partner = facts.partnersByKey.get(request.referral.partnerKey);
      if (!partner) return { kind: 'PARTNER_NOT_FOUND', partnerKey: request.referral.partnerKey };
    }
    const product = facts.products.get(request.productSku);
    if (!product) return { kind: 'PRODUCT_NOT_FOUND', sku: request.productSku };
    const customer: CustomerState = customers.get(request.customerExternalId) ?? {
      id: null,
      externalId: request.customerExternalId,
      name: request.customerName ?? null,
      email: request.customerEmail ?? null,
      firstPartnerId: null,
      lastPartnerId: null,
      firstReferredAt: null,
      lastReferredAt: null,
    };
    const referral = request.referral && partner ? { partner, ...request.referral } : null;
    const referrers = referral ? nextReferrers(customer, referral.partner.id, referral.event) : customer;

    let shares: CommissionShare[] = [];
    if (product.commissionable) {
      const attribution = referral?.payOnly ? Attribution.LAST : (product.attribution ?? facts.defaultAttribution);
      const payees = referral?.payOnly ? { firstPartnerId: referral.partner.id, lastPartnerId: referral.partner.id } : referrers;
      const partnerOf = (id: string) => (id === partner?.id ? partner : facts.partnersById.get(id));
      let mismatch: string | null = null;
      shares = attributeCommission(attribution, payees, (partnerId) => {
        const rule = ruleFor(partnerOf(partnerId), product);
        const outcome = commissionForSale(rule, request.amount.amount, request.amount.currency);
        if (!outcome.ok) {
          mismatch = rule.flatCurrency ?? '';
          return 0;
        }
        return outcome.amount;
      });
      if (mismatch !== null) return { kind: 'CURRENCY_MISMATCH', expected: mismatch, received: request.amount.currency };
      shares = shares.filter((share) => !partnerOf(share.partnerId)?.suspended);
    }

    let next = customer;
    if (referral) {
      const firstChanged = referrers.firstPartnerId !== customer.firstPartnerId;
      const lastChanged = referrers.lastPartnerId !== customer.lastPartnerId;
      next = {
        ...customer,
        firstPartnerId: referrers.firstPartnerId,
        lastPartnerId: referrers.lastPartnerId,
        firstReferredAt: firstChanged ? facts.now : customer.firstReferredAt,
        lastReferredAt: lastChanged || referral.event !== 'CLICK' ? facts.now : customer.lastReferredAt,
      };
      referrals.push({ customerExternalId: customer.externalId, partnerId: referral.partner.id, event: referral.event, at: facts.now });
      touched.add(customer.externalId);
    }
    if (customer.id === null) touched.add(customer.externalId);
    customers.set(customer.externalId, next);
    seen.set(request.externalId, {
      externalId: request.externalId,
      customerExternalId: request.customerExternalId,
      productSku: request.productSku,
      amount: request.amount,
    });
    return {
      kind: 'RECORD',
      sale: {
        externalId: request.externalId,
        customerExternalId: request.customerExternalId,
        productId: product.id,
        amount: request.amount,
        occurredAt: request.occurredAt ?? facts.now,
        shares,
      },
    };
  });
  return { decisions, customerWrites: [...touched].map((externalId) => customers.get(externalId)!), referrals };
}
