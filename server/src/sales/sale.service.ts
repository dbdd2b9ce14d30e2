import { Attribution, CommissionKind, CommissionStatus, Money } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundError, errorResult } from '../common/errors';
import { assertId, isUuid } from '../common/ids';
import { PageInput, paginate } from '../common/paging';
import { recordAudit, AuditRecord } from '../audit/audit.service';
import { Program } from '../programs/program.entity';
import { getProgram } from '../programs/program.service';
import { Partner } from '../partners/partner.entity';
import { getPartner } from '../partners/partner.service';
import { Product } from '../products/product.entity';
import { Customer } from '../customers/customer.entity';
import { applyReferral, lockCustomer, lockCustomerKeys } from '../customers/customer.service';
import { nextReferrers, ReferralEventKind } from '../customers/referral-rules';
import { Commission } from '../commissions/commission.entity';
import { attributeCommission, commissionForSale, refundEffect, RuleSpec } from '../commissions/commission-rules';
import { createSaleCommissions, getCommissionsByIds } from '../commissions/commission.service';
import { Refund, Sale } from './sale.entity';
import { ManualSaleInput, MAX_SALES_PER_BATCH, RefundSaleInput, SaleFilter, SaleInput } from './sale.inputs';
import {
  CurrencyMismatchError,
  DuplicateRefundError,
  PartnerNotFoundError,
  ProductNotFoundError,
  RefundExceedsSaleError,
} from './sale.errors';
import { RecordSaleItem, RecordSalesPayload, RefundRecorded, SaleRecorded } from './sale.types';

/** Sales may be backdated (backfills), but not into the future beyond clock skew. */
const MAX_FUTURE_SKEW_MS = 24 * 3_600_000;

export async function getSale(ctx: RequestContext, id: string): Promise<Sale> {
  assertId('Sale', id);
  const sale = await ctx.manager.getRepository(Sale).findOneBy({ id, programId: ctx.programId });
  if (!sale) throw new NotFoundError('Sale', id);
  // A partner sees only sales that earned them a commission.
  if (ctx.isPartner) {
    const [own] = await ctx.query(`SELECT 1 FROM commission WHERE sale_id = $1 AND partner_id = $2 LIMIT 1`, [id, ctx.partnerId]);
    if (!own) throw new NotFoundError('Sale', id);
  }
  return sale;
}

export function listSales(ctx: RequestContext, filter: SaleFilter, page: PageInput) {
  const query = ctx.manager.getRepository(Sale).createQueryBuilder('s').where('s.program_id = :programId', { programId: ctx.programId });
  const partnerId = ctx.isPartner ? ctx.partnerId : filter.partnerId;
  if (partnerId) {
    if (!isUuid(partnerId)) throw new BadInputError(`"${partnerId}" is not a partner id`);
    query.andWhere(`EXISTS (SELECT 1 FROM commission c WHERE c.sale_id = s.id AND c.partner_id = :partnerId)`, { partnerId });
  }
  if (filter.customerId) {
    if (!isUuid(filter.customerId)) throw new BadInputError(`"${filter.customerId}" is not a customer id`);
    query.andWhere('s.customer_id = :customerId', { customerId: filter.customerId });
  }
  if (filter.externalId) query.andWhere('s.external_id = :externalId', { externalId: filter.externalId });
  return paginate(query, page, { alias: 's', table: 'sale' });
}

function productRule(product: Product): RuleSpec {
  return { type: product.ruleType, rateBps: product.rateBps, flatAmountMinor: product.flatAmountMinor, flatCurrency: product.flatCurrency };
}

function partnerRule(partner: Partner | undefined, product: Product): RuleSpec {
  if (partner?.ruleType) {
    return { type: partner.ruleType, rateBps: partner.rateBps, flatAmountMinor: partner.flatAmountMinor, flatCurrency: partner.flatCurrency };
  }
  return productRule(product);
}

function validateSaleAmount(amount: Money, occurredAt: Date | undefined, label: string) {
  if (amount.amount <= 0) throw new BadInputError(`${label}: the sale amount must be positive`, { field: 'amount' });
  if (occurredAt && occurredAt.getTime() > Date.now() + MAX_FUTURE_SKEW_MS) {
    throw new BadInputError(`${label}: occurredAt is in the future`, { field: 'occurredAt' });
  }
}

interface BatchCaches {
  program: Program;
  products: Map<string, Product | null>;
  partnersByKey: Map<string, Partner | null>;
  partnersById: Map<string, Partner>;
}

async function productBySku(tx: RequestContext, caches: BatchCaches, sku: string) {
  if (!caches.products.has(sku)) {
    caches.products.set(sku, await tx.manager.getRepository(Product).findOneBy({ programId: tx.programId, sku }));
  }
  return caches.products.get(sku)!;
}

async function partnerByKey(tx: RequestContext, caches: BatchCaches, key: string) {
  if (!caches.partnersByKey.has(key)) {
    caches.partnersByKey.set(key, await tx.manager.getRepository(Partner).findOneBy({ programId: tx.programId, partnerKey: key }));
  }
  return caches.partnersByKey.get(key)!;
}

async function partnersById(tx: RequestContext, caches: BatchCaches, ids: string[]) {
  const missing = ids.filter((id) => !caches.partnersById.has(id));
  if (missing.length) {
    for (const partner of await tx.manager.getRepository(Partner).findBy(missing.map((id) => ({ id, programId: tx.programId })))) {
      caches.partnersById.set(partner.id, partner);
    }
  }
  return caches.partnersById;
}

type SaleOutcome = SaleRecorded | ProductNotFoundError | PartnerNotFoundError | CurrencyMismatchError;

async function existingSale(tx: RequestContext, externalId: string): Promise<SaleRecorded | null> {
  const sale = await tx.manager.getRepository(Sale).findOneBy({ programId: tx.programId, externalId });
  if (!sale) return null;
  const commissions = await tx.manager.getRepository(Commission).find({ where: { saleId: sale.id, kind: CommissionKind.SALE }, order: { createdAt: 'ASC' } });
  return Object.assign(new SaleRecorded(), { sale, commissions, created: false });
}

/**
 * Records one sale: the customer is found or created (and locked), the referral it came
 * through is applied, and the commissions follow the product's attribution. All checks
 * happen before anything is written, so a refused sale leaves no trace.
 */
async function recordOne(
  tx: RequestContext,
  caches: BatchCaches,
  input: SaleInput,
  referral: { partner: Partner; event: ReferralEventKind; payOnly: boolean } | null,
  manual: boolean,
): Promise<SaleOutcome> {
  const existing = await existingSale(tx, input.externalId);
  if (existing) return existing;
  const product = await productBySku(tx, caches, input.productSku);
  if (!product) return errorResult(ProductNotFoundError, `No product with sku "${input.productSku}"`, { sku: input.productSku });
  const customer = await lockCustomer(tx, input.customerExternalId, { name: input.customerName, email: input.customerEmail });
  const referrers = referral ? nextReferrers(customer, referral.partner.id, referral.event) : customer;

  let shares: { partnerId: string; amount: number }[] = [];
  if (product.commissionable) {
    // A manual sale pays the partner the merchant names; a tracked one follows attribution.
    const attribution = referral?.payOnly ? Attribution.LAST : (product.attribution ?? caches.program.defaultAttribution);
    const payees = referral?.payOnly ? { firstPartnerId: referral.partner.id, lastPartnerId: referral.partner.id } : referrers;
    const partners = await partnersById(tx, caches, [payees.firstPartnerId, payees.lastPartnerId].filter((id): id is string => !!id));
    let mismatch: string | null = null;
    shares = attributeCommission(attribution, payees, (partnerId) => {
      const outcome = commissionForSale(partnerRule(partners.get(partnerId), product), input.amount.amount, input.amount.currency);
      if (!outcome.ok) {
        mismatch = partnerRule(partners.get(partnerId), product).flatCurrency ?? '';
        return 0;
      }
      return outcome.amount;
    });
    if (mismatch !== null) {
      return errorResult(CurrencyMismatchError, `The flat commission is in ${mismatch}, the sale in ${input.amount.currency}`, {
        expected: mismatch,
        received: input.amount.currency,
      });
    }
    // Suspended partners earn nothing new.
    shares = shares.filter((share) => partners.get(share.partnerId)?.status !== 'SUSPENDED');
  }

  const occurredAt = input.occurredAt ?? new Date();
  if (referral) await applyReferral(tx, customer, referral.partner.id, referral.event, new Date());
  const [inserted] = await tx.query<{ id: string }>(
    `INSERT INTO sale (program_id, external_id, customer_id, product_id, amount_minor, currency, occurred_at, manual)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (program_id, external_id) DO NOTHING RETURNING id`,
    [tx.programId, input.externalId, customer.id, product.id, input.amount.amount, input.amount.currency, occurredAt, manual],
  );
  if (!inserted) return (await existingSale(tx, input.externalId))!;
  const sale = await tx.manager.getRepository(Sale).findOneByOrFail({ id: inserted.id });
  const commissions = await createSaleCommissions(tx, {
    saleId: sale.id,
    customerId: customer.id,
    currency: sale.currency,
    occurredAt: sale.occurredAt,
    holdingPeriodDays: caches.program.holdingPeriodDays,
    shares,
  });
  const audit: AuditRecord[] = [
    {
      action: manual ? 'sale.recordManual' : 'sale.record',
      entityType: 'Sale',
      entityId: sale.id,
      changes: { externalId: sale.externalId, amount: sale.amount, commissions: commissions.map((c) => ({ id: c.id, partnerId: c.partnerId, amount: c.amount })) },
    },
  ];
  await recordAudit(tx, audit);
  return Object.assign(new SaleRecorded(), { sale, commissions, created: true });
}

async function newCaches(tx: RequestContext): Promise<BatchCaches> {
  return { program: await getProgram(tx), products: new Map(), partnersByKey: new Map(), partnersById: new Map() };
}

export async function recordSales(ctx: RequestContext, inputs: SaleInput[]): Promise<RecordSalesPayload> {
  if (inputs.length === 0) throw new BadInputError('Send at least one sale');
  if (inputs.length > MAX_SALES_PER_BATCH) throw new BadInputError(`At most ${MAX_SALES_PER_BATCH} sales per request`);
  inputs.forEach((input, index) => validateSaleAmount(input.amount, input.occurredAt, `sales[${index}]`));
  return ctx.transaction(async (tx) => {
    await lockCustomerKeys(tx, inputs.map((input) => input.customerExternalId));
    const caches = await newCaches(tx);
    const results: RecordSaleItem[] = [];
    for (const input of inputs) {
      let referral: { partner: Partner; event: ReferralEventKind; payOnly: boolean } | null = null;
      if (input.partnerKey) {
        const partner = await partnerByKey(tx, caches, input.partnerKey);
        if (!partner) {
          const result = (await existingSale(tx, input.externalId)) ??
            errorResult(PartnerNotFoundError, `No partner with key "${input.partnerKey}"`, { partnerKey: input.partnerKey });
          results.push(Object.assign(new RecordSaleItem(), { externalId: input.externalId, result }));
          continue;
        }
        referral = { partner, event: 'PURCHASE', payOnly: false };
      }
      const result = await recordOne(tx, caches, input, referral, false);
      results.push(Object.assign(new RecordSaleItem(), { externalId: input.externalId, result }));
    }
    return Object.assign(new RecordSalesPayload(), { results });
  });
}

export async function recordManualSale(ctx: RequestContext, input: ManualSaleInput): Promise<SaleOutcome> {
  validateSaleAmount(input.amount, input.occurredAt, 'sale');
  return ctx.transaction(async (tx) => {
    const partner = await getPartner(tx, input.partnerId);
    await lockCustomerKeys(tx, [input.customerExternalId]);
    const caches = await newCaches(tx);
    return recordOne(tx, caches, { ...input, partnerKey: partner.partnerKey }, { partner, event: 'MANUAL', payOnly: true }, true);
  });
}

type RefundOutcome = RefundRecorded | CurrencyMismatchError | RefundExceedsSaleError | DuplicateRefundError;

/**
 * Refunds part or all of a sale. Unpaid commissions shrink by the refunded share (cancelled at
 * zero); paid ones get a clawback. Idempotent by the merchant's refund id.
 */
export async function refundSale(ctx: RequestContext, input: RefundSaleInput): Promise<RefundOutcome> {
  assertId('Sale', input.saleId);
  if (input.amount.amount <= 0) throw new BadInputError('The refund amount must be positive', { field: 'amount' });
  return ctx.transaction(async (tx) => {
    const sale = await tx.manager
      .getRepository(Sale)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id AND s.program_id = :programId', { id: input.saleId, programId: tx.programId })
      .getOne();
    if (!sale) throw new NotFoundError('Sale', input.saleId);

    const previous = await tx.manager.getRepository(Refund).findOneBy({ programId: tx.programId, externalId: input.refundExternalId });
    if (previous) {
      if (previous.saleId !== sale.id || previous.amountMinor !== input.amount.amount || sale.currency !== input.amount.currency) {
        return errorResult(DuplicateRefundError, `Refund id "${input.refundExternalId}" was already used for a different refund`);
      }
      const related = await tx.manager.getRepository(Commission).find({ where: { saleId: sale.id }, order: { createdAt: 'ASC' } });
      return Object.assign(new RefundRecorded(), {
        refund: previous,
        sale,
        adjustedCommissions: related.filter((c) => c.kind === CommissionKind.SALE),
        clawbacks: related.filter((c) => c.kind === CommissionKind.CLAWBACK),
        created: false,
      });
    }
    if (input.amount.currency !== sale.currency) {
      return errorResult(CurrencyMismatchError, `The sale is in ${sale.currency}, the refund in ${input.amount.currency}`, {
        expected: sale.currency,
        received: input.amount.currency,
      });
    }
    const refundable = sale.amountMinor - sale.refundedMinor;
    if (input.amount.amount > refundable) {
      return errorResult(RefundExceedsSaleError, `Only ${refundable} ${sale.currency} minor units can still be refunded`, {
        refundable: { amount: refundable, currency: sale.currency },
      });
    }
    // The sale lock serialises refunds of one sale; a refund id raced for by another sale is refused here.
    const [inserted] = await tx.query<{ id: string }>(
      `INSERT INTO refund (program_id, sale_id, external_id, amount_minor, currency) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (program_id, external_id) DO NOTHING RETURNING id`,
      [tx.programId, sale.id, input.refundExternalId, input.amount.amount, sale.currency],
    );
    if (!inserted) {
      return errorResult(DuplicateRefundError, `Refund id "${input.refundExternalId}" was already used for a different refund`);
    }
    const refund = await tx.manager.getRepository(Refund).findOneByOrFail({ id: inserted.id });
    sale.refundedMinor += input.amount.amount;
    await tx.query(`UPDATE sale SET refunded_minor = $2 WHERE id = $1`, [sale.id, sale.refundedMinor]);

    const commissions = await tx.query<{ id: string; status: CommissionStatus; partner_id: string; amount_minor: string; original_amount_minor: string; clawed: string }>(
      `SELECT c.id, c.status, c.partner_id, c.amount_minor, c.original_amount_minor,
              coalesce((SELECT -sum(k.amount_minor) FROM commission k WHERE k.clawback_of_id = c.id), 0) AS clawed
         FROM commission c WHERE c.sale_id = $1 AND c.kind = 'SALE' ORDER BY c.id FOR UPDATE OF c`,
      [sale.id],
    );
    const adjustedIds: string[] = [];
    const clawbackIds: string[] = [];
    const audit: AuditRecord[] = [
      { action: 'sale.refund', entityType: 'Sale', entityId: sale.id, changes: { refundId: refund.id, externalId: refund.externalId, amount: input.amount } },
    ];
    for (const row of commissions) {
      const effect = refundEffect({
        paid: row.status === CommissionStatus.PAID,
        originalAmount: Number(row.original_amount_minor),
        currentAmount: Number(row.amount_minor),
        clawedBackSoFar: Number(row.clawed),
        refundedTotal: sale.refundedMinor,
        saleAmount: sale.amountMinor,
      });
      if (effect.kind === 'REDUCE') {
        const cancel = effect.cancel && row.status !== CommissionStatus.CANCELLED;
        await tx.query(
          `UPDATE commission SET amount_minor = $2, updated_at = now(),
                  status = CASE WHEN $3 THEN 'CANCELLED' ELSE status END,
                  cancel_reason = CASE WHEN $3 THEN 'Sale fully refunded' ELSE cancel_reason END,
                  cancelled_at = CASE WHEN $3 THEN now() ELSE cancelled_at END,
                  approved_at = CASE WHEN $3 THEN NULL ELSE approved_at END
            WHERE id = $1 AND status <> 'PAID'`,
          [row.id, effect.newAmount, cancel],
        );
        adjustedIds.push(row.id);
        audit.push({
          action: 'commission.refundAdjust',
          entityType: 'Commission',
          entityId: row.id,
          changes: { amount: { from: Number(row.amount_minor), to: effect.newAmount }, ...(cancel ? { status: { from: row.status, to: 'CANCELLED' } } : {}) },
        });
      } else if (effect.kind === 'CLAWBACK') {
        const [clawback] = await tx.query<{ id: string }>(
          `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor,
                                   sale_id, customer_id, clawback_of_id, description, payable_at, approved_at)
           VALUES ($1, $2, 'CLAWBACK', 'APPROVED', $3, $4, $4, $5, $6, $7, $8, now(), now()) RETURNING id`,
          [tx.programId, row.partner_id, sale.currency, -effect.clawbackAmount, sale.id, sale.customerId, row.id, `Refund ${refund.externalId}`],
        );
        clawbackIds.push(clawback.id);
        audit.push({
          action: 'commission.clawback',
          entityType: 'Commission',
          entityId: clawback.id,
          changes: { clawbackOf: row.id, amount: { amount: -effect.clawbackAmount, currency: sale.currency } },
        });
      }
    }
    await recordAudit(tx, audit);
    return Object.assign(new RefundRecorded(), {
      refund,
      sale,
      adjustedCommissions: await getCommissionsByIds(tx, adjustedIds),
      clawbacks: await getCommissionsByIds(tx, clawbackIds),
      created: true,
    });
  });
}

export async function getCustomerOfSale(ctx: RequestContext, sale: Sale): Promise<Customer> {
  return ctx.manager.getRepository(Customer).findOneByOrFail({ id: sale.customerId, programId: ctx.programId });
}
