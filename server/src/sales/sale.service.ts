import { randomUUID } from 'node:crypto';
import { Attribution, CommissionKind, CommissionStatus, Money, EARNING_PARTNER_STATUSES } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundEntity, NotFoundError, NotFoundErrorResult, errorResult, notFoundResult } from '../common/errors';
import { scopedPartnerId } from '../common/scope';
import { Paging, paginate, SortDirection, sortKeyOf } from '../common/paging';
import { localDayStartSql, requireLocalDay } from '../common/local-day';
import { entityFromJson } from '../common/entity-rows';
import { auditCtes, jsonAmountSql } from '../audit/audit.service';
import { AuditAction, eventTypeOf } from '../events/event-catalog';
import { Partner } from '../partners/partner.entity';
import { getPartner } from '../partners/partner.service';
import { Product } from '../products/product.entity';
import { Customer } from '../customers/customer.entity';
import { lockCustomerKeys } from '../customers/customer.service';
import { Commission } from '../commissions/commission.entity';
import { RuleSpec } from '../commissions/commission-rules';
import { Sale } from './sale.entity';
import { ManualSaleInput, MAX_SALES_PER_BATCH, SaleFilter, SaleInput, SaleSort, SaleSortField } from './sale.inputs';
import { CurrencyMismatchError, SaleConflictError } from './sale.errors';
import { RecordSaleItem, RecordSalesPayload, SaleRecorded } from './sale.types';
import { PartnerFacts, planSaleBatch, ProductFacts, SaleRequest, StoredSale } from './sale-batch-rules';

/** Sales may be backdated (backfills), but not into the future beyond clock skew. */
const MAX_FUTURE_SKEW_MS = 24 * 3_600_000;

export async function getSale(ctx: RequestContext, id: string): Promise<Sale> {
  const sale = await ctx.manager.getRepository(Sale).findOneBy({ id, programId: ctx.programId });
  if (!sale) throw new NotFoundError('Sale', id);
  // A partner sees only sales that earned them a commission.
  if (ctx.isPartner) {
    const [own] = await ctx.query(`SELECT 1 FROM commission WHERE program_id = $1 AND sale_id = $2 AND partner_id = $3 LIMIT 1`, [
      ctx.programId,
      id,
      ctx.partnerId,
    ]);
    if (!own) throw new NotFoundError('Sale', id);
  }
  return sale;
}

/** Sales, by default newest sale first (the date it happened, not when it was recorded). */
export function listSales(ctx: RequestContext, filter: SaleFilter, page: Paging, sort?: SaleSort | null) {
  const query = ctx.manager.getRepository(Sale).createQueryBuilder('s').where('s.program_id = :programId', { programId: ctx.programId });
  // A sale belongs to the partners its commissions pay: the scope is theirs (common/scope.ts).
  const partnerId = scopedPartnerId(ctx, filter.partnerId);
  if (partnerId) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM commission c WHERE c.program_id = s.program_id AND c.sale_id = s.id AND c.partner_id = :partnerId)`,
      { partnerId },
    );
  }
  if (filter.customerId) query.andWhere('s.customer_id = :customerId', { customerId: filter.customerId });
  if (filter.externalId) query.andWhere('s.external_id = :externalId', { externalId: filter.externalId });
  if (filter.fromDay) {
    query.andWhere(`s.occurred_at >= ${localDayStartSql('fromDay', 'programId')}`, { fromDay: requireLocalDay(filter.fromDay, 'fromDay') });
  }
  if (filter.toDay)
    query.andWhere(`s.occurred_at < ${localDayStartSql('toDay', 'programId', 1)}`, { toDay: requireLocalDay(filter.toDay, 'toDay') });
  const sortKey = sortKeyOf(SALE_SORT_SQL, sort ?? { field: SaleSortField.OCCURRED_AT, direction: SortDirection.DESC });
  return paginate(query, page, { alias: 's', table: 'sale', sort: sortKey });
}

/** The sale list's sort keys (sale_program_occurred_id_idx serves the default, newest sale first). */
const SALE_SORT_SQL: Record<SaleSortField, (alias: string) => string> = {
  [SaleSortField.OCCURRED_AT]: (alias) => `${alias}.occurred_at`,
  [SaleSortField.CREATED_AT]: (alias) => `${alias}.created_at`,
  [SaleSortField.AMOUNT]: (alias) => `${alias}.amount_minor`,
  [SaleSortField.ORDER_ID]: (alias) => `${alias}.external_id`,
};

function ruleOf(owner: Pick<Product, 'ruleType' | 'rateBps' | 'flatAmountMinor' | 'flatCurrency'>): RuleSpec {
  return { type: owner.ruleType, rateBps: owner.rateBps, flatAmountMinor: owner.flatAmountMinor, flatCurrency: owner.flatCurrency };
}

function productFacts(product: Product): ProductFacts {
  return {
    id: product.id,
    sku: product.sku,
    commissionable: product.commissionable,
    attribution: product.attribution,
    rule: ruleOf(product),
  };
}

function partnerFacts(partner: Partner): PartnerFacts {
  return {
    id: partner.id,
    partnerKey: partner.partnerKey,
    // Suspended partners, and applicants not (or not) approved (APPLIED, DECLINED), earn nothing new.
    suspended: !EARNING_PARTNER_STATUSES.includes(partner.status),
    rule: partner.ruleType ? ruleOf({ ...partner, ruleType: partner.ruleType }) : null,
  };
}

function validateSaleAmount(amount: Money, occurredAt: Date | undefined, label: string) {
  if (amount.amount <= 0) throw new BadInputError(`${label}: the sale amount must be positive`, { field: 'amount' });
  if (occurredAt && occurredAt.getTime() > Date.now() + MAX_FUTURE_SKEW_MS) {
    throw new BadInputError(`${label}: occurredAt is in the future`, { field: 'occurredAt' });
  }
}

type SaleOutcome = SaleRecorded | NotFoundErrorResult | CurrencyMismatchError | SaleConflictError;

/** A sale of the batch was recorded by a concurrent request between our read and our insert: the batch starts over. */
class SaleRecordedConcurrently extends Error {}

interface StoredSaleRow {
  sale: Record<string, unknown>;
  customer_external_id: string;
  product_sku: string;
  commissions: Record<string, unknown>[];
}

interface BatchRead {
  now: Date;
  default_attribution: Attribution;
  holding_period_days: number;
  products: Record<string, unknown>[];
  customers: Record<string, unknown>[];
  partners: Record<string, unknown>[];
  stored: StoredSaleRow[];
}

/**
 * Everything a batch needs, in one statement: the program's settings, the products and partners it
 * names, the sales already recorded under its external ids (with their commissions), and its
 * customers — locked, in id order, until the transaction ends — with the partners who referred them.
 * Lookups probe the unique indexes with the batch's keys (`= ANY` of the keys, or a correlated
 * subquery per key kept from being flattened into a hash join by OFFSET 0), never a scan of a whole
 * table: the cost follows the batch, not the program's history.
 */
async function readBatch(tx: RequestContext, requests: SaleRequest[]): Promise<BatchRead> {
  const [row] = await tx.query<BatchRead>(
    `WITH locked AS (
       SELECT c.* FROM unnest($2::text[]) AS k(external_id)
        CROSS JOIN LATERAL (SELECT * FROM customer WHERE program_id = $1 AND external_id = k.external_id OFFSET 0) c
        ORDER BY c.id FOR UPDATE OF c
     ), named_partner AS (
       SELECT * FROM partner WHERE program_id = $1 AND partner_key = ANY ($4::text[])
     ), referrer AS (
       SELECT p.* FROM partner p
        WHERE p.program_id = $1
          AND p.id = ANY (ARRAY(SELECT first_partner_id FROM locked UNION SELECT last_partner_id FROM locked))
          AND p.id <> ALL (ARRAY(SELECT id FROM named_partner))
     )
     SELECT now() AS now, pg.default_attribution, pg.holding_period_days,
            (SELECT coalesce(json_agg(row_to_json(pr)), '[]') FROM unnest($3::text[]) AS k(sku)
               JOIN product pr ON pr.program_id = $1 AND pr.sku = k.sku) AS products,
            (SELECT coalesce(json_agg(row_to_json(l)), '[]') FROM locked l) AS customers,
            (SELECT coalesce(json_agg(row_to_json(p)), '[]') FROM (SELECT * FROM named_partner UNION ALL SELECT * FROM referrer) p) AS partners,
            (SELECT coalesce(json_agg(json_build_object(
                      'sale', row_to_json(s),
                      'customer_external_id', (SELECT c.external_id FROM customer c WHERE c.program_id = s.program_id AND c.id = s.customer_id),
                      'product_sku', (SELECT pr.sku FROM product pr WHERE pr.program_id = s.program_id AND pr.id = s.product_id),
                      'commissions', (SELECT coalesce(json_agg(row_to_json(k) ORDER BY k.created_at, k.id), '[]')
                                        FROM commission k WHERE k.program_id = s.program_id AND k.sale_id = s.id AND k.kind = 'SALE'))), '[]')
               FROM sale s WHERE s.program_id = $1 AND s.external_id = ANY ($5::text[])) AS stored
       FROM program pg WHERE pg.id = $1`,
    [
      tx.programId,
      [...new Set(requests.map((r) => r.customerExternalId))],
      [...new Set(requests.map((r) => r.productSku))],
      [...new Set(requests.flatMap((r) => (r.referral ? [r.referral.partnerKey] : [])))],
      [...new Set(requests.map((r) => r.externalId))],
    ],
  );
  if (!row) throw new NotFoundError('Program', tx.programId);
  return row;
}

/**
 * Writes a planned batch in one statement: customers created or moved to their new referrers,
 * the sales, their commissions (held until the sale date plus the program's holding period), the
 * referral events, and the sales' audit entries with their events (audit.service.ts), each
 * set-based. Answers how many sales were inserted (fewer than planned when a concurrent request
 * recorded one of them first: the caller then rolls everything back) and each commission's payable date.
 */
async function writeBatch(
  tx: RequestContext,
  input: {
    customers: Record<string, unknown>[];
    sales: Record<string, unknown>[];
    commissions: Record<string, unknown>[];
    referrals: Record<string, unknown>[];
    /** The audit action of every sale of the batch: sale.record, or sale.recordManual. */
    auditAction: AuditAction;
    holdingPeriodDays: number;
  },
): Promise<{ sales: number; payable: [string, string][] }> {
  const params: unknown[] = [
    tx.programId,
    JSON.stringify(input.customers),
    JSON.stringify(input.sales),
    JSON.stringify(input.commissions),
    input.holdingPeriodDays,
    JSON.stringify(input.referrals),
    input.auditAction,
    eventTypeOf(input.auditAction),
  ];
  const audit = auditCtes(tx, params, 'audit_source');
  const [row] = await tx.query<{ sales: number; payable: [string, string][] }>(
    `WITH customer_rows AS (
       INSERT INTO customer (id, program_id, external_id, name, email, first_partner_id, last_partner_id, first_referred_at, last_referred_at)
       SELECT x.id, $1, x.external_id, x.name, x.email, x.first_partner_id, x.last_partner_id, x.first_referred_at, x.last_referred_at
         FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, external_id text, name text, email text, first_partner_id uuid,
                                                 last_partner_id uuid, first_referred_at timestamptz, last_referred_at timestamptz)
       ON CONFLICT (program_id, external_id) DO UPDATE
         SET first_partner_id = EXCLUDED.first_partner_id, last_partner_id = EXCLUDED.last_partner_id,
             first_referred_at = EXCLUDED.first_referred_at, last_referred_at = EXCLUDED.last_referred_at
       RETURNING 1
     ), sale_input AS (
       SELECT * FROM jsonb_to_recordset($3::jsonb) AS x(ord int, id uuid, external_id text, customer_id uuid, product_id uuid,
                                                        amount_minor bigint, currency text, occurred_at timestamptz, manual boolean)
     ), sale_rows AS (
       INSERT INTO sale (id, program_id, external_id, customer_id, product_id, amount_minor, currency, occurred_at, manual)
       SELECT x.id, $1, x.external_id, x.customer_id, x.product_id, x.amount_minor, x.currency, x.occurred_at, x.manual
         FROM sale_input x
        ORDER BY x.ord
       ON CONFLICT (program_id, external_id) DO NOTHING
       RETURNING id, customer_id, currency, occurred_at
     ), commission_input AS (
       SELECT * FROM jsonb_to_recordset($4::jsonb) AS x(ord int, id uuid, sale_id uuid, partner_id uuid, amount_minor bigint)
     ), commission_rows AS (
       INSERT INTO commission (id, program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor,
                               sale_id, customer_id, payable_at)
       SELECT x.id, $1, x.partner_id, 'SALE', 'PENDING', s.currency, x.amount_minor, x.amount_minor, s.id, s.customer_id,
              s.occurred_at + make_interval(days => $5::int)
         FROM commission_input x
         JOIN sale_rows s ON s.id = x.sale_id
        ORDER BY x.ord
       RETURNING id, payable_at
     ), referral_rows AS (
       INSERT INTO referral (program_id, customer_id, partner_id, event, created_at)
       SELECT $1, x.customer_id, x.partner_id, x.event, x.created_at
         FROM jsonb_to_recordset($6::jsonb) AS x(ord int, customer_id uuid, partner_id uuid, event text, created_at timestamptz)
        ORDER BY x.ord
       RETURNING 1
     ), sale_commissions AS (
       SELECT c.sale_id,
              jsonb_agg(jsonb_build_object('id', c.id, 'partnerId', c.partner_id,
                                           'amount', jsonb_build_object('amount', ${jsonAmountSql('c.amount_minor')}, 'currency', s.currency))
                        ORDER BY c.ord) AS commissions
         FROM commission_input c JOIN sale_input s ON s.id = c.sale_id
        GROUP BY c.sale_id
     ), audit_source AS (
       -- One entry per recorded sale, in the batch's order, naming its commissions: built here from
       -- the rows written rather than shipped as JSON beside them.
       SELECT row_number() OVER (ORDER BY x.ord)::int AS ord, $7::text AS action, $8::text AS event_type,
              'Sale'::text AS entity_type, x.id::text AS entity_id,
              jsonb_build_object('externalId', x.external_id,
                                 'amount', jsonb_build_object('amount', ${jsonAmountSql('x.amount_minor')}, 'currency', x.currency),
                                 'commissions', coalesce(sc.commissions, '[]'::jsonb)) AS changes
         FROM sale_rows r JOIN sale_input x ON x.id = r.id LEFT JOIN sale_commissions sc ON sc.sale_id = x.id
     ), ${audit}
     SELECT (SELECT count(*)::int FROM sale_rows) AS sales,
            (SELECT coalesce(json_agg(json_build_array(c.id, c.payable_at)), '[]') FROM commission_rows c) AS payable,
            (SELECT count(*) FROM customer_rows) + (SELECT count(*) FROM referral_rows) AS others`,
    params,
  );
  return row;
}

/**
 * Records a batch of sales in one transaction and a handful of statements, whatever its size: the
 * customers' keys are locked in one sorted order (concurrent batches over the same customers queue
 * instead of deadlocking), everything the batch needs is read at once, the outcome of each sale is
 * decided in memory exactly as if they were recorded one after another (sale-batch-rules.ts), and
 * the rows are written set-based. Idempotent by external id: an identical resend answers the stored
 * sale, a resend with other facts a SaleConflictError naming them.
 */
async function recordSaleBatch(ctx: RequestContext, requests: SaleRequest[], manual: boolean): Promise<SaleOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.transaction((tx) => recordSaleBatchOnce(tx, requests, manual));
    } catch (error) {
      if (!(error instanceof SaleRecordedConcurrently) || attempt >= 3) throw error;
    }
  }
}

async function recordSaleBatchOnce(tx: RequestContext, requests: SaleRequest[], manual: boolean): Promise<SaleOutcome[]> {
  const m = tx.manager;
  await lockCustomerKeys(
    tx,
    requests.map((r) => r.customerExternalId),
  );
  const read = await readBatch(tx, requests);
  const now = new Date(read.now);
  const products = read.products.map((row) => entityFromJson(m, Product, row));
  const partners = read.partners.map((row) => partnerFacts(entityFromJson(m, Partner, row)));
  const customers = read.customers.map((row) => entityFromJson(m, Customer, row));
  const storedSales = new Map<string, { sale: Sale; commissions: Commission[] }>();
  const stored = new Map<string, StoredSale>();
  for (const row of read.stored) {
    const sale = entityFromJson(m, Sale, row.sale);
    storedSales.set(sale.externalId, { sale, commissions: row.commissions.map((c) => entityFromJson(m, Commission, c)) });
    stored.set(sale.externalId, {
      externalId: sale.externalId,
      customerExternalId: row.customer_external_id,
      productSku: row.product_sku,
      amount: sale.amount,
    });
  }
  const plan = planSaleBatch(requests, {
    defaultAttribution: read.default_attribution,
    products: new Map(products.map((p) => [p.sku, productFacts(p)])),
    partnersByKey: new Map(partners.map((p) => [p.partnerKey, p])),
    partnersById: new Map(partners.map((p) => [p.id, p])),
    customers: new Map(customers.map((c) => [c.externalId, { ...c }])),
    stored,
    now,
  });

  const customerIds = new Map(customers.map((c) => [c.externalId, c.id]));
  for (const customer of plan.customerWrites) if (!customerIds.has(customer.externalId)) customerIds.set(customer.externalId, randomUUID());
  const recorded = plan.decisions.flatMap((d) => (d.kind === 'RECORD' ? [{ ...d.sale, id: randomUUID() }] : []));
  const commissionIds = new Map<string, string[]>();
  const commissions = recorded.flatMap((sale) => {
    const ids = sale.shares.map(() => randomUUID());
    commissionIds.set(sale.id, ids);
    return sale.shares.map((share, i) => ({ id: ids[i], sale_id: sale.id, partner_id: share.partnerId, amount_minor: share.amount }));
  });
  // The rows as they will be inserted: what the statement writes, and the transaction's time for the
  // defaults; the payable dates are the database's (the sale date plus the program's holding period).
  const created = new Map<string, { sale: Sale; commissions: Commission[] }>();
  for (const planned of recorded) {
    const sale = Object.assign(new Sale(), {
      id: planned.id,
      programId: tx.programId,
      externalId: planned.externalId,
      customerId: customerIds.get(planned.customerExternalId)!,
      productId: planned.productId,
      amountMinor: planned.amount.amount,
      currency: planned.amount.currency,
      refundedMinor: 0,
      occurredAt: planned.occurredAt,
      manual,
      createdAt: now,
    });
    const own = planned.shares.map((share, i) =>
      Object.assign(new Commission(), {
        id: commissionIds.get(planned.id)![i],
        programId: tx.programId,
        partnerId: share.partnerId,
        kind: CommissionKind.SALE,
        status: CommissionStatus.PENDING,
        currency: planned.amount.currency,
        amountMinor: share.amount,
        originalAmountMinor: share.amount,
        saleId: planned.id,
        customerId: sale.customerId,
        clawbackOfId: null,
        description: null,
        cancelReason: null,
        payableAt: null as unknown as Date,
        approvedAt: null,
        cancelledAt: null,
        paidAt: null,
        paymentId: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    created.set(planned.externalId, { sale, commissions: own });
  }
  if (recorded.length) {
    const written = await writeBatch(tx, {
      customers: plan.customerWrites.map((c) => ({
        id: customerIds.get(c.externalId),
        external_id: c.externalId,
        name: c.name,
        email: c.email,
        first_partner_id: c.firstPartnerId,
        last_partner_id: c.lastPartnerId,
        first_referred_at: c.firstReferredAt,
        last_referred_at: c.lastReferredAt,
      })),
      sales: recorded.map((sale, ord) => ({
        ord,
        id: sale.id,
        external_id: sale.externalId,
        customer_id: customerIds.get(sale.customerExternalId),
        product_id: sale.productId,
        amount_minor: sale.amount.amount,
        currency: sale.amount.currency,
        occurred_at: sale.occurredAt,
        manual,
      })),
      commissions: commissions.map((c, ord) => ({ ord, ...c })),
      referrals: plan.referrals.map((r, ord) => ({
        ord,
        customer_id: customerIds.get(r.customerExternalId),
        partner_id: r.partnerId,
        event: r.event,
        created_at: r.at,
      })),
      auditAction: manual ? 'sale.recordManual' : 'sale.record',
      holdingPeriodDays: read.holding_period_days,
    });
    if (written.sales !== recorded.length) throw new SaleRecordedConcurrently();
    const payable = new Map(written.payable.map(([id, at]) => [id, new Date(at)]));
    for (const { commissions: own } of created.values()) for (const commission of own) commission.payableAt = payable.get(commission.id)!;
  }

  return plan.decisions.map((decision): SaleOutcome => {
    switch (decision.kind) {
      case 'RECORD':
        return Object.assign(new SaleRecorded(), { ...created.get(decision.sale.externalId)!, created: true });
      case 'RESEND': {
        const first = storedSales.get(decision.externalId) ?? created.get(decision.externalId)!;
        return Object.assign(new SaleRecorded(), { sale: first.sale, commissions: first.commissions, created: false });
      }
      case 'CONFLICT': {
        const first = storedSales.get(decision.externalId) ?? created.get(decision.externalId)!;
        return errorResult(
          SaleConflictError,
          `Sale "${decision.externalId}" was already recorded with another ${decision.fields.map((f) => f.toLowerCase()).join(', ')}: nothing was recorded`,
          { saleId: first.sale.id, fields: decision.fields },
        );
      }
      case 'PARTNER_NOT_FOUND':
        return notFoundResult(NotFoundEntity.PARTNER, decision.partnerKey, `No partner with key "${decision.partnerKey}"`);
      case 'PRODUCT_NOT_FOUND':
        return notFoundResult(NotFoundEntity.PRODUCT, decision.sku, `No product with sku "${decision.sku}"`);
      case 'CURRENCY_MISMATCH':
        return errorResult(CurrencyMismatchError, `The flat commission is in ${decision.expected}, the sale in ${decision.received}`, {
          expected: decision.expected,
          received: decision.received,
        });
    }
  });
}

export async function recordSales(ctx: RequestContext, inputs: SaleInput[]): Promise<RecordSalesPayload> {
  if (inputs.length === 0) throw new BadInputError('Send at least one sale');
  if (inputs.length > MAX_SALES_PER_BATCH) throw new BadInputError(`At most ${MAX_SALES_PER_BATCH} sales per request`);
  inputs.forEach((input, index) => validateSaleAmount(input.amount, input.occurredAt, `sales[${index}]`));
  const outcomes = await recordSaleBatch(
    ctx,
    inputs.map((input) => ({
      ...input,
      referral: input.partnerKey ? { partnerKey: input.partnerKey, event: 'PURCHASE', payOnly: false } : null,
    })),
    false,
  );
  return Object.assign(new RecordSalesPayload(), {
    results: outcomes.map((result, i) => Object.assign(new RecordSaleItem(), { externalId: inputs[i].externalId, result })),
  });
}

export async function recordManualSale(ctx: RequestContext, input: ManualSaleInput): Promise<SaleOutcome> {
  validateSaleAmount(input.amount, input.occurredAt, 'sale');
  const partner = await getPartner(ctx, input.partnerId);
  const [outcome] = await recordSaleBatch(
    ctx,
    [{ ...input, referral: { partnerKey: partner.partnerKey, event: 'MANUAL', payOnly: true } }],
    true,
  );
  return outcome;
}
