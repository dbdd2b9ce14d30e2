import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { ApiKeyScope, applyBasisPoints } from '@partnerbook/shared';
import { RequestContext } from '../../src/common/request-context';
import { createAccount, createApiKey, SESSION_PREFIX } from '../../src/auth/auth.service';
import { Session } from '../../src/auth/account.entity';
import { hashSecret, newSecret } from '../../src/auth/password';

/**
 * The benchmark's data, loaded with COPY: one program, its partners, customers and products, and
 * N sales each with one SALE commission. Row i belongs to partner i mod P, in "round" ⌊i / P⌋,
 * which decides its status: APPROVED in rounds 0, 10, 20, … (10 %, so every partner is eligible
 * from the first stage on and holds 10 approved commissions at 1M), PAID (with its payment) in
 * rounds 1, 21, 41, …, CANCELLED in rounds 11, 31, …, PENDING otherwise (80 %). Rows are 30 s
 * apart, the newest a few minutes old; ids are deterministic (a bijective hash of i), so the
 * commission COPY knows its sales' ids without holding them.
 *
 * Seeding writes straight into the tables: anything derived from them (a maintained balance that
 * is not kept by a trigger, say) must be rebuilt by the scenario that needs it, in `prepare`.
 */
export interface SeededProgram {
  programId: string;
  partners: { id: string; key: string }[];
  products: { tent: { id: string; sku: string } };
  customers: number;
  /** The merchant's id of seeded customer i (0 ≤ i < customers). */
  customerExternalId(i: number): string;
  /** A WRITE API key of the program (merchant access). */
  adminToken: string;
  /** Partners with a signed-in session (for the dashboard), one per client. */
  partnerSessions: { partnerId: string; token: string }[];
  /** Commissions seeded so far. */
  commissions: number;
  /** The pay threshold of the program, USD minor units. */
  threshold: number;
}

const SECONDS_APART = 30;
const TENT_RATE_BPS = 1000;
const PAY_THRESHOLD = 100;

/** murmur3's 32-bit finaliser: a bijection on uint32, so distinct i give distinct ids. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** A UUID (version 4 layout) derived from (kind, i); unique per kind for i < 2^32. */
export function benchUuid(kind: number, i: number): string {
  const a = hex8(fmix(i ^ Math.imul(kind, 0x9e3779b1)));
  const b = hex8(fmix(i + kind * 0x632be5ab + 1));
  const c = hex8(fmix(i ^ (kind * 0x7feb352d + 2)));
  const d = hex8(fmix(i + kind * 0x846ca68b + 3));
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((parseInt(c[0], 16) & 3) | 8).toString(16)}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
const SALE = 1;
const COMMISSION = 2;
const PAYMENT = 3;
const CUSTOMER = 4;

type Status = 'PENDING' | 'APPROVED' | 'PAID' | 'CANCELLED';
function statusOfRound(round: number): Status {
  if (round % 10 === 0) return 'APPROVED';
  if (round % 20 === 1) return 'PAID';
  if (round % 20 === 11) return 'CANCELLED';
  return 'PENDING';
}

/** COPY FROM STDIN (text format) of the rows `line(i)` produces for i in [from, to). */
async function copyRows(pool: Pool, table: string, columns: string[], from: number, to: number, line: (i: number) => string | null) {
  const client = await pool.connect();
  try {
    let i = from;
    const source = new Readable({
      read() {
        const lines: string[] = [];
        while (i < to && lines.length < 2_000) {
          const row = line(i++);
          if (row !== null) lines.push(row);
        }
        if (lines.length) this.push(`${lines.join('\n')}\n`);
        if (i >= to) this.push(null);
      },
    });
    await pipeline(source, client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
  } finally {
    client.release();
  }
}

export class Seeder {
  private constructor(
    private readonly pool: Pool,
    readonly program: SeededProgram,
    /** Time of row i: `origin + i × 30 s`, chosen so the largest stage ends minutes ago. */
    private readonly origin: number,
  ) {}

  static async create(
    pool: Pool,
    dataSource: DataSource,
    options: { partners: number; customers: number; sessions: number; maxCommissions: number },
  ): Promise<Seeder> {
    const [program] = (
      await pool.query(
        `INSERT INTO program (name, currency, pay_thresholds, default_attribution) VALUES ('Bench program', 'USD', $1, 'LAST') RETURNING id`,
        [JSON.stringify({ USD: PAY_THRESHOLD })],
      )
    ).rows;
    const programId: string = program.id;
    const partners = Array.from({ length: options.partners }, (_, i) => ({ id: benchUuid(5, i), key: `p-${i}` }));
    await copyRows(
      pool,
      'partner',
      ['id', 'program_id', 'name', 'email', 'partner_key', 'paypal_email'],
      0,
      partners.length,
      (i) => `${partners[i].id}\t${programId}\tPartner ${i}\tp${i}@bench.test\t${partners[i].key}\tpp${i}@bench.test`,
    );
    const [tent] = (
      await pool.query(`INSERT INTO product (program_id, sku, name, rate_bps) VALUES ($1, 'TENT', 'Tent', $2) RETURNING id`, [
        programId,
        TENT_RATE_BPS,
      ])
    ).rows;
    await pool.query(`INSERT INTO product (program_id, sku, name, rate_bps, attribution) VALUES ($1, 'PACK', 'Pack', 1250, 'BOTH')`, [
      programId,
    ]);
    await pool.query(`INSERT INTO product (program_id, sku, name, commissionable) VALUES ($1, 'GIFT', 'Gift card', false)`, [programId]);
    const origin = Date.now() - (options.maxCommissions + 20) * SECONDS_APART * 1000;
    // Customers were first referred by partner (j mod P) and last by partner (j+1 mod P).
    await copyRows(
      pool,
      'customer',
      ['id', 'program_id', 'external_id', 'first_partner_id', 'last_partner_id', 'first_referred_at', 'last_referred_at', 'created_at'],
      0,
      options.customers,
      (j) => {
        const at = new Date(origin).toISOString();
        return `${benchUuid(CUSTOMER, j)}\t${programId}\tcust-${j}\t${partners[j % partners.length].id}\t${partners[(j + 1) % partners.length].id}\t${at}\t${at}\t${at}`;
      },
    );

    const system = RequestContext.system(dataSource, programId);
    const key = await createApiKey(system, { name: 'bench', scope: ApiKeyScope.WRITE });
    const partnerSessions: SeededProgram['partnerSessions'] = [];
    const sessions = Math.min(options.sessions, partners.length);
    for (let i = 0; i < sessions; i++) {
      // Spread over the partners, so each client reads a different partner's data.
      const partner = partners[Math.floor((i * partners.length) / sessions)];
      const account = await createAccount(system, {
        programId,
        email: `${partner.key}@accounts.bench.test`,
        displayName: partner.key,
        password: 'bench password, never used to sign in',
        partnerId: partner.id,
      });
      const token = newSecret(SESSION_PREFIX);
      await dataSource
        .getRepository(Session)
        .insert({ programId, tokenHash: hashSecret(token), accountId: account.id, expiresAt: new Date(Date.now() + 7 * 86_400_000) });
      partnerSessions.push({ partnerId: partner.id, token });
    }
    return new Seeder(
      pool,
      {
        programId,
        partners,
        products: { tent: { id: tent.id, sku: 'TENT' } },
        customers: options.customers,
        customerExternalId: (i) => `cust-${i}`,
        adminToken: key.secret,
        partnerSessions,
        commissions: 0,
        threshold: PAY_THRESHOLD,
      },
      origin,
    );
  }

  /** Adds sales, payments and commissions up to `total` commissions, then vacuums and analyses. */
  async growTo(total: number): Promise<void> {
    const { programId, partners, products } = this.program;
    const from = this.program.commissions;
    if (total <= from) return;
    const p = partners.length;
    const time = (i: number, plusSeconds = 0) => new Date(this.origin + (i * SECONDS_APART + plusSeconds) * 1000).toISOString();
    const saleAmount = (i: number) => 1_000 + ((i * 7_919) % 50_000);
    const customer = (i: number) => benchUuid(CUSTOMER, i % this.program.customers);

    // A large load goes faster into bare tables: secondary indexes are dropped and built again after.
    const rebuild = total - from >= 50_000 ? await this.dropSecondaryIndexes(['sale', 'payment', 'commission']) : [];
    await copyRows(
      this.pool,
      'sale',
      ['id', 'program_id', 'external_id', 'customer_id', 'product_id', 'amount_minor', 'currency', 'occurred_at', 'created_at'],
      from,
      total,
      (i) =>
        `${benchUuid(SALE, i)}\t${programId}\torder-${i}\t${customer(i)}\t${products.tent.id}\t${saleAmount(i)}\tUSD\t${time(i)}\t${time(i)}`,
    );
    // One payment per paid commission (a payment always equals the commissions it covers).
    await copyRows(
      this.pool,
      'payment',
      [
        'id',
        'program_id',
        'partner_id',
        'currency',
        'amount_minor',
        'commission_count',
        'method',
        'actor_kind',
        'actor_label',
        'created_at',
      ],
      from,
      total,
      (i) =>
        statusOfRound(Math.floor(i / p)) === 'PAID'
          ? `${benchUuid(PAYMENT, i)}\t${programId}\t${partners[i % p].id}\tUSD\t${applyBasisPoints(saleAmount(i), TENT_RATE_BPS)}\t1\tBANK_TRANSFER\tSYSTEM\tbench seed\t${time(i, 120)}`
          : null,
    );
    await copyRows(
      this.pool,
      'commission',
      [
        'id',
        'program_id',
        'partner_id',
        'kind',
        'status',
        'currency',
        'amount_minor',
        'original_amount_minor',
        'sale_id',
        'customer_id',
        'cancel_reason',
        'payable_at',
        'approved_at',
        'cancelled_at',
        'paid_at',
        'payment_id',
        'created_at',
        'updated_at',
      ],
      from,
      total,
      (i) => {
        const status = statusOfRound(Math.floor(i / p));
        const amount = applyBasisPoints(saleAmount(i), TENT_RATE_BPS);
        const approved = status === 'APPROVED' || status === 'PAID' ? time(i, 60) : '\\N';
        const cancelled = status === 'CANCELLED';
        const paid = status === 'PAID';
        return [
          benchUuid(COMMISSION, i),
          programId,
          partners[i % p].id,
          'SALE',
          status,
          'USD',
          amount,
          amount,
          benchUuid(SALE, i),
          customer(i),
          cancelled ? 'bench: cancelled' : '\\N',
          time(i),
          approved,
          cancelled ? time(i, 60) : '\\N',
          paid ? time(i, 120) : '\\N',
          paid ? benchUuid(PAYMENT, i) : '\\N',
          time(i),
          time(i, paid ? 120 : status === 'PENDING' ? 0 : 60),
        ].join('\t');
      },
    );
    if (rebuild.length) {
      const client = await this.pool.connect();
      try {
        await client.query(`SET maintenance_work_mem = '256MB'`);
        for (const definition of rebuild) await client.query(definition);
      } finally {
        client.release();
      }
    }
    this.program.commissions = total;
    // Every table the seed filled, partner_balance (kept by the commission triggers) included: left
    // without statistics it was planned as ~30 rows instead of 10,001 and pendingPayments joined
    // it to its partners by 10,001 index probes (36 ms instead of a hash join's few).
    await this.pool.query('VACUUM (ANALYZE) sale, payment, commission, customer, partner, partner_balance');
  }

  /** Drops the tables' indexes that back no constraint; answers their definitions, to build them again. */
  private async dropSecondaryIndexes(tables: string[]): Promise<string[]> {
    const { rows } = await this.pool.query<{ name: string; definition: string }>(
      `SELECT format('%I.%I', i.schemaname, i.indexname) AS name, i.indexdef AS definition
         FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
      [tables],
    );
    for (const row of rows) await this.pool.query(`DROP INDEX ${row.name}`);
    return rows.map((row) => row.definition);
  }
}
