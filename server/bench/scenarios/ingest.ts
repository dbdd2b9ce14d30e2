import { eventMarks, resetEvents } from '../harness/event-marks';
import { randomUUID } from 'node:crypto';
import { applyBasisPoints } from '@partnerbook/shared';
import { BenchContext, Measurement, Scenario } from '../harness/scenario';

/**
 * Ingest: sales arrive through `recordSales` in batches of 500 (the API's limit), tracked through a
 * partner key: half for customers the program already has, half for new ones. The baseline writes
 * the same rows — new customers, sales, one commission each — with one multi-row INSERT per table
 * per batch, in one transaction per batch, and nothing else (no referrals, audit or locks).
 */
const SALES = 5_000;
const BATCH = 500;
const RATE_BPS = 1000; // the seeded TENT product: 10 %, LAST referrer

interface PlannedSale {
  externalId: string;
  customerExternalId: string;
  newCustomer: boolean;
  partnerIndex: number;
  amount: number;
}

const RECORD = `mutation Ingest($sales: [SaleInput!]!) {
  recordSales(sales: $sales) {
    results { externalId result { __typename ... on SaleRecorded { created sale { id } commissions { id } } ... on ErrorResult { code message } } }
  }
}`;

let created: { saleIds: string[]; customers: string[]; auditMark: string; referralMark: string; eventMark: string } | null = null;

function plan(bench: BenchContext): PlannedSale[][] {
  const total = bench.scaled(SALES, bench.scale < 0.01 ? 20 : BATCH);
  const batch = Math.min(BATCH, total);
  const tag = bench.tag();
  const { partners, customers } = bench.program;
  const sales = Array.from({ length: total }, (_, i) => {
    const newCustomer = i % 2 === 1;
    return {
      externalId: `ingest-${tag}-${i}`,
      customerExternalId: newCustomer ? `ingest-${tag}-c${i}` : bench.program.customerExternalId((i * 7_919) % customers),
      newCustomer,
      partnerIndex: (i * 31) % partners.length,
      amount: 1_000 + ((i * 104_729) % 90_000),
    };
  });
  const batches: PlannedSale[][] = [];
  for (let i = 0; i < sales.length; i += batch) batches.push(sales.slice(i, i + batch));
  return batches;
}

async function marks(bench: BenchContext) {
  const { rows } = await bench.pool.query(
    `SELECT (SELECT coalesce(max(id), 0) FROM audit_entry)::text AS audit, (SELECT coalesce(max(id), 0) FROM referral)::text AS referral`,
  );
  return { auditMark: rows[0].audit as string, referralMark: rows[0].referral as string, eventMark: await eventMarks(bench.pool) };
}

export const ingest: Scenario = {
  name: 'ingest',
  title: '`recordSales`, batches of 500',
  unit: 'sales',
  goal: { ratio: 0.5 },
  measures: {
    partnerbook:
      '`recordSales` over HTTP with a WRITE API key, batches of 500 sales (half for new customers, each through a partner key), one request at a time.',
    baseline:
      'per batch, one transaction of multi-row INSERTs: the new customers, the 500 sales, their 500 commissions (computed by the client).',
  },

  async run(bench) {
    const batches = plan(bench);
    created = { saleIds: [], customers: [], ...(await marks(bench)) };
    const started = performance.now();
    for (const batch of batches) {
      const data = await bench.server.graphql(
        RECORD,
        {
          sales: batch.map((s) => ({
            externalId: s.externalId,
            customerExternalId: s.customerExternalId,
            productSku: 'TENT',
            amount: { amount: s.amount, currency: 'USD' },
            partnerKey: bench.program.partners[s.partnerIndex].key,
          })),
        },
        bench.program.adminToken,
      );
      for (const item of data.recordSales.results) {
        if (item.result.__typename !== 'SaleRecorded' || !item.result.created || item.result.commissions.length !== 1) {
          throw new Error(`recordSales: unexpected result ${JSON.stringify(item)}`);
        }
        created.saleIds.push(item.result.sale.id);
      }
    }
    const ms = performance.now() - started;
    created.customers = batches
      .flat()
      .filter((s) => s.newCustomer)
      .map((s) => s.customerExternalId);
    return { units: created.saleIds.length, ms } satisfies Measurement;
  },

  async baseline(bench) {
    const batches = plan(bench);
    const { programId, partners, products } = bench.program;
    created = { saleIds: [], customers: [], ...(await marks(bench)) };
    const client = await bench.pool.connect();
    const started = performance.now();
    try {
      for (const batch of batches) {
        const customerIds = new Map<string, string>();
        const newCustomers = batch.filter((s) => s.newCustomer);
        const saleIds = batch.map(() => randomUUID());
        await client.query('BEGIN');
        if (newCustomers.length) {
          const values: unknown[] = [];
          const rows = newCustomers.map((s) => {
            const id = randomUUID();
            customerIds.set(s.customerExternalId, id);
            values.push(id, programId, s.customerExternalId, partners[s.partnerIndex].id);
            const n = values.length;
            return `($${n - 3}::uuid, $${n - 2}::uuid, $${n - 1}, $${n}::uuid, $${n}::uuid, now(), now())`;
          });
          await client.query(
            `INSERT INTO customer (id, program_id, external_id, first_partner_id, last_partner_id, first_referred_at, last_referred_at) VALUES ${rows.join(', ')}`,
            values,
          );
        }
        const existing = batch.filter((s) => !s.newCustomer).map((s) => s.customerExternalId);
        if (existing.length) {
          const { rows } = await client.query(
            `SELECT c.id, c.external_id FROM unnest($2::text[]) AS k(external_id) CROSS JOIN LATERAL (SELECT id, external_id FROM customer WHERE program_id = $1 AND external_id = k.external_id OFFSET 0) c`,
            [programId, existing],
          );
          for (const row of rows) customerIds.set(row.external_id, row.id);
        }
        const saleValues: unknown[] = [];
        const saleRows = batch.map((s, i) => {
          saleValues.push(saleIds[i], programId, s.externalId, customerIds.get(s.customerExternalId), products.tent.id, s.amount);
          const n = saleValues.length;
          return `($${n - 5}::uuid, $${n - 4}::uuid, $${n - 3}, $${n - 2}::uuid, $${n - 1}::uuid, $${n}::bigint, 'USD', now())`;
        });
        await client.query(
          `INSERT INTO sale (id, program_id, external_id, customer_id, product_id, amount_minor, currency, occurred_at) VALUES ${saleRows.join(', ')}`,
          saleValues,
        );
        const commissionValues: unknown[] = [];
        const commissionRows = batch.map((s, i) => {
          const amount = applyBasisPoints(s.amount, RATE_BPS);
          commissionValues.push(programId, partners[s.partnerIndex].id, amount, saleIds[i], customerIds.get(s.customerExternalId));
          const n = commissionValues.length;
          return `($${n - 4}::uuid, $${n - 3}::uuid, 'SALE', 'PENDING', 'USD', $${n - 2}::bigint, $${n - 2}::bigint, $${n - 1}::uuid, $${n}::uuid, now())`;
        });
        await client.query(
          `INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, sale_id, customer_id, payable_at)
           VALUES ${commissionRows.join(', ')}`,
          commissionValues,
        );
        await client.query('COMMIT');
        created.saleIds.push(...saleIds);
        created.customers.push(...newCustomers.map((s) => s.customerExternalId));
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return { units: created.saleIds.length, ms: performance.now() - started };
  },

  /**
   * Deletes the sales, commissions, referrals, audit entries and events the run wrote, so every run ingests into the
   * same tables. The customers it created stay (deleting them would scan the referencing tables, unindexed).
   */
  async reset(bench) {
    if (!created) return;
    const { saleIds, auditMark, referralMark, eventMark } = created;
    const client = await bench.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`DELETE FROM commission WHERE sale_id = ANY($1::uuid[])`, [saleIds]);
      await client.query(`DELETE FROM sale WHERE id = ANY($1::uuid[])`, [saleIds]);
      await client.query(`DELETE FROM referral WHERE id > $1`, [referralMark]);
      await client.query(`DELETE FROM audit_entry WHERE id > $1`, [auditMark]);
      await resetEvents(client, eventMark);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    created = null;
  },
};
