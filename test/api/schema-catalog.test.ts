import { Client, type QueryResultRow } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../../server/src/database/data-source';
import { ProgramKeys1796999999999 } from '../../server/src/database/migrations/1796999999999-program-keys';
import { CROSS_PROGRAM_INDEXES, PROGRAMLESS_TABLES, REFERENCE_TABLES, UNDISTRIBUTED_TABLES } from '../../server/src/database/distribution';
import { createTestDatabase } from '../support/test-app';

/**
 * The migrated schema can be distributed by program (docs/scaling.md). Read from pg_catalog, the
 * exact rules are:
 * 1. every table but `program`, `login` (PROGRAMLESS_TABLES) and TypeORM's `migrations` has a column `program_id uuid`, NOT NULL
 *    but in a reference table (a sign-up link has no program until it is used);
 * 2. a table is a reference table when REFERENCE_TABLES lists it, otherwise it is distributed by
 *    `program_id` (the lists name only tables and indexes that exist);
 * 3. a distributed table has a primary key, and every index on it (primary key, unique,
 *    plain, partial or on expressions) has `program_id` as its FIRST key column — stricter than
 *    Citus, which wants the column anywhere in a primary or unique key — but for the
 *    CROSS_PROGRAM_INDEXES, which must not be unique;
 * 4. every foreign key that references a distributed table has `program_id` as the first column
 *    on both sides (colocated rows; a row never points into another program). Foreign keys to
 *    reference tables are free.
 */

/** Rows of a catalog query, typed as its columns. */
type Query = <Row extends QueryResultRow>(sql: string, params?: unknown[]) => Promise<Row[]>;

async function violations(query: Query): Promise<string[]> {
  const found: string[] = [];
  const tables = (
    await query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`)
  ).map((row) => row.name);
  const isDistributed = (table: string) => !(table in REFERENCE_TABLES) && !UNDISTRIBUTED_TABLES.includes(table);

  for (const table of Object.keys(REFERENCE_TABLES)) if (!tables.includes(table)) found.push(`reference table ${table} does not exist`);

  const columns = await query<{ table_name: string; data_type: string; is_nullable: string }>(
    `SELECT table_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'program_id'`,
  );
  for (const table of tables) {
    if (table === 'program' || UNDISTRIBUTED_TABLES.includes(table) || PROGRAMLESS_TABLES.includes(table)) continue;
    const column = columns.find((row) => row.table_name === table);
    if (!column) found.push(`table ${table} has no program_id`);
    else if (column.data_type !== 'uuid') found.push(`${table}.program_id is not uuid`);
    else if (column.is_nullable !== 'NO' && isDistributed(table)) found.push(`${table}.program_id is not NOT NULL`);
  }

  const indexes = await query<{
    table_name: string;
    index_name: string;
    is_unique: boolean;
    is_primary: boolean;
    first_column: string | null;
  }>(
    `SELECT t.relname AS table_name, i.relname AS index_name, x.indisunique AS is_unique, x.indisprimary AS is_primary,
            a.attname AS first_column
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0] AND x.indkey[0] <> 0
      WHERE n.nspname = 'public'
      ORDER BY 1, 2`,
  );
  const excepted = { ...CROSS_PROGRAM_INDEXES };
  for (const name of Object.keys(excepted)) {
    const index = indexes.find((row) => row.index_name === name);
    if (!index) found.push(`excepted index ${name} does not exist`);
    else if (index.is_unique) found.push(`excepted index ${name} is unique`);
    else if (!isDistributed(index.table_name)) found.push(`excepted index ${name} is on reference table ${index.table_name}`);
  }
  for (const table of tables.filter(isDistributed)) {
    const own = indexes.filter((row) => row.table_name === table);
    if (!own.some((row) => row.is_primary)) found.push(`distributed table ${table} has no primary key`);
    for (const index of own) {
      if (index.first_column === 'program_id') continue;
      if (!index.is_unique && index.index_name in excepted) continue;
      const kind = index.is_primary ? 'primary key' : index.is_unique ? 'unique index' : 'index';
      found.push(`${kind} ${index.index_name} on ${table} does not lead with program_id`);
    }
  }

  const foreignKeys = await query<{
    name: string;
    table_name: string;
    referenced: string;
    first_column: string;
    first_referenced: string;
  }>(
    `SELECT k.conname AS name, t.relname AS table_name, r.relname AS referenced,
            (SELECT attname FROM pg_attribute WHERE attrelid = k.conrelid AND attnum = k.conkey[1]) AS first_column,
            (SELECT attname FROM pg_attribute WHERE attrelid = k.confrelid AND attnum = k.confkey[1]) AS first_referenced
       FROM pg_constraint k
       JOIN pg_class t ON t.oid = k.conrelid
       JOIN pg_class r ON r.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'
      ORDER BY 1`,
  );
  for (const key of foreignKeys) {
    if (!isDistributed(key.referenced)) continue;
    if (key.first_column !== 'program_id' || key.first_referenced !== 'program_id') {
      found.push(`foreign key ${key.name} (${key.table_name} → ${key.referenced}) does not lead with program_id on both sides`);
    }
  }
  return found;
}

let database: { url: string; drop(): Promise<void> };
let client: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

const query: Query = async <Row extends QueryResultRow>(sql: string, params?: unknown[]) => (await client.query<Row>(sql, params)).rows;

describe('schema catalog: distributable by program', () => {
  it('every table carries program_id, and every key and index of a distributed table leads with it', async () => {
    expect(await violations(query)).toEqual([]);
  });

  it('holds the ledger tables to the rule (they are distributed, not declared away)', async () => {
    for (const table of [
      'partner',
      'customer',
      'sale',
      'commission',
      'payment',
      'audit_entry',
      'event',
      'webhook_delivery',
      'email_attempt',
    ]) {
      expect(Object.keys(REFERENCE_TABLES)).not.toContain(table);
    }
    const [primary] = await query<{ definition: string }>(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'commission'::regclass AND contype = 'p'`,
    );
    expect(primary.definition).toBe('PRIMARY KEY (program_id, id)');
  });

  it('reports a table without program_id, an index, a key and a foreign key that do not lead with it', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`CREATE TABLE stray (id uuid PRIMARY KEY, partner_id uuid)`);
      await client.query(`CREATE INDEX commission_stray_idx ON commission (partner_id)`);
      await client.query(`CREATE UNIQUE INDEX sale_stray_key ON sale (external_id, program_id)`);
      expect(await violations(query)).toEqual(
        expect.arrayContaining([
          'table stray has no program_id',
          'primary key stray_pkey on stray does not lead with program_id',
          'index commission_stray_idx on commission does not lead with program_id',
          'unique index sale_stray_key on sale does not lead with program_id',
        ]),
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('reports a foreign key into a distributed table that does not carry program_id first', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`CREATE UNIQUE INDEX partner_id_program_key ON partner (id, program_id)`);
      await client.query(
        `ALTER TABLE commission ADD CONSTRAINT commission_stray_fk FOREIGN KEY (partner_id, program_id) REFERENCES partner (id, program_id)`,
      );
      expect(await violations(query)).toEqual(
        expect.arrayContaining([
          'unique index partner_id_program_key on partner does not lead with program_id',
          'foreign key commission_stray_fk (commission → partner) does not lead with program_id on both sides',
        ]),
      );
    } finally {
      await client.query('ROLLBACK');
    }
  });
});

describe('the program-keys migration on existing data', () => {
  it('backfills program_id from the parent rows, keeps every row, and goes down and up again', async () => {
    const scratch = await createTestDatabase();
    const dataSource = createDataSource(scratch.url, { poolSize: 1, timeouts: null });
    await dataSource.initialize();
    try {
      const applied = async () => (await dataSource.query<{ name: string }[]>(`SELECT name FROM migrations`)).map((row) => row.name);
      while ((await applied()).includes(ProgramKeys1796999999999.name)) await dataSource.undoLastMigration();
      const before: Query = <Row extends QueryResultRow>(sql: string, params?: unknown[]) => dataSource.query<Row[]>(sql, params);
      expect(await violations(before)).toEqual(expect.arrayContaining(['table session has no program_id']));

      // Two programs with rows in every table the migration changes, written as the old schema had them.
      for (const [program, suffix] of [
        ['00000000-0000-4000-8000-00000000000a', 'a'],
        ['00000000-0000-4000-8000-00000000000b', 'b'],
      ]) {
        await dataSource.query(
          `WITH pr AS (INSERT INTO program (id, name, currency) VALUES ($1, 'P ' || $2, 'USD') RETURNING id),
                pa AS (INSERT INTO partner (program_id, name, email, partner_key) SELECT id, 'Ann', 'ann-' || $2 || '@x.test', 'ann' FROM pr RETURNING id, program_id),
                ac AS (INSERT INTO account (program_id, email, display_name, password_hash, kind, partner_id)
                       SELECT program_id, 'ann-' || $2 || '@x.test', 'Ann', 'x', 'PARTNER', id FROM pa RETURNING id, program_id),
                se AS (INSERT INTO session (token_hash, account_id, expires_at) SELECT 'session-' || $2, id, now() + interval '1 day' FROM ac),
                tk AS (INSERT INTO account_token (account_id, purpose, token_hash, created_at, expires_at)
                       SELECT id, 'WELCOME', 'token-' || $2, now(), now() + interval '1 day' FROM ac),
                cu AS (INSERT INTO customer (program_id, external_id, first_partner_id, last_partner_id)
                       SELECT program_id, 'c1', id, id FROM pa RETURNING id, program_id),
                pd AS (INSERT INTO product (program_id, sku, name, rate_bps) SELECT id, 'SKU', 'Tent', 1000 FROM pr RETURNING id),
                sa AS (INSERT INTO sale (program_id, external_id, customer_id, product_id, amount_minor, currency, occurred_at)
                       SELECT cu.program_id, 's1', cu.id, pd.id, 10000, 'USD', now() FROM cu, pd RETURNING id, program_id),
                co AS (INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, sale_id)
                       SELECT sa.program_id, pa.id, 'SALE', 'PENDING', 'USD', 1000, 1000, sa.id FROM sa, pa RETURNING id),
                rf AS (INSERT INTO refund (program_id, sale_id, external_id, amount_minor, currency)
                       SELECT program_id, id, 'r1', 100, 'USD' FROM sa RETURNING id, program_id),
                rc AS (INSERT INTO refund_commission (refund_id, commission_id, program_id, effect, position)
                       SELECT rf.id, co.id, rf.program_id, 'ADJUSTED', 1 FROM rf, co),
                em AS (INSERT INTO email_message (program_id, batch_id, topic, partner_id, recipient, subject, body, created_by)
                       SELECT program_id, gen_random_uuid(), 'PARTNERS', id, 'ann@x.test', 's', 'b', 'test' FROM pa RETURNING id),
                ea AS (INSERT INTO email_attempt (message_id, attempt) SELECT id, 1 FROM em),
                we AS (INSERT INTO webhook_endpoint (program_id, url, event_types, secret)
                       SELECT id, 'https://x.test', '{}', 's' FROM pr RETURNING id, program_id),
                ev AS (INSERT INTO event (id, program_id, seq, type, entity_type, entity_id, actor_kind, actor_label, payload)
                       SELECT gen_random_uuid(), id, 1, 't', 'e', '1', 'SYSTEM', 'test', '{}' FROM pr RETURNING id),
                wd AS (INSERT INTO webhook_delivery (program_id, endpoint_id, event_id, event_seq)
                       SELECT we.program_id, we.id, ev.id, 1 FROM we, ev RETURNING id)
           INSERT INTO webhook_attempt (delivery_id, attempt) SELECT id, 1 FROM wd`,
          [program, suffix],
        );
      }

      await dataSource.runMigrations();
      expect(await violations(before)).toEqual([]);
      for (const [table, parent, key] of [
        ['session', 'account', 'account_id'],
        ['account_token', 'account', 'account_id'],
        ['email_attempt', 'email_message', 'message_id'],
        ['webhook_attempt', 'webhook_delivery', 'delivery_id'],
      ]) {
        const rows = await dataSource.query<{ same: boolean }[]>(
          `SELECT t.program_id = p.program_id AS same FROM ${table} t JOIN ${parent} p ON p.id = t.${key}`,
        );
        expect(
          rows.map((row) => row.same),
          table,
        ).toEqual([true, true]);
      }
      const [{ commissions }] = await dataSource.query<{ commissions: number }[]>(`SELECT count(*)::int AS commissions FROM commission`);
      expect(commissions).toBe(2);
      const [{ links }] = await dataSource.query<{ links: number }[]>(`SELECT count(*)::int AS links FROM refund_commission`);
      expect(links).toBe(2);
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });
});
