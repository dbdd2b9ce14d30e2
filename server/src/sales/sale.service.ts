import { Attribution, CommissionKind, Money } from '@partnerbook/shared';
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
import { attributeCommission, commissionForSale, RuleSpec } from '../commissions/commission-rules';
import { createSaleCommissions } from '../commissions/commission.service';
import { Sale } from './sale.entity';
import { ManualSaleInput, MAX_SALES_PER_BATCH, SaleFilter, SaleInput } from './sale.inputs';
import { CurrencyMismatchError, PartnerNotFoundError, ProductNotFoundError } from './sale.errors';
import { RecordSaleItem, RecordSalesPayload, SaleRecorded } from './sale.types';

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
    return {
      type: partner.ruleType,
      rateBps: partner.rateBps,
      flatAmountMinor: partner.flatAmountMinor,
      flatCurrency: partner.flatCurrency,
    };
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
  const commissions = await tx.manager
    .getRepository(Commission)
    .find({ where: { saleId: sale.id, kind: CommissionKind.SALE }, order: { createdAt: 'ASC' } });
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
    const partners = await partnersById(
      tx,
      caches,
      [payees.firstPartnerId, payees.lastPartnerId].filter((id): id is string => !!id),
    );
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
      changes: {
        externalId: sale.externalId,
        amount: sale.amount,
        commissions: commissions.map((c) => ({ id: c.id, partnerId: c.partnerId, amount: c.amount })),
      },
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
    await lockCustomerKeys(
      tx,
      inputs.map((input) => input.customerExternalId),
    );
    const caches = await newCaches(tx);
    const results: RecordSaleItem[] = [];
    for (const input of inputs) {
      let referral: { partner: Partner; event: ReferralEventKind; payOnly: boolean } | null = null;
      if (input.partnerKey) {
        const partner = await partnerByKey(tx, caches, input.partnerKey);
        if (!partner) {
          const result =
            (await existingSale(tx, input.externalId)) ??
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

export async function getCustomerOfSale(ctx: RequestContext, sale: Sale): Promise<Customer> {
  return ctx.manager.getRepository(Customer).findOneByOrFail({ id: sale.customerId, programId: ctx.programId });
}
