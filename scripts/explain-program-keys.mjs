#!/usr/bin/env node
// EXPLAIN ANALYZE of the hot lookups on a throwaway embedded PostgreSQL with 200 programs (one of
// them with 100,000 sales and commissions, the others 1,000 each): shows which index each uses and
// how many index searches it makes (docs/scaling.md). Run after `npm run build`:
//   node scripts/explain-program-keys.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../server/dist/src/database/embedded-database.js';
import { migrate } from '../server/dist/src/database/data-source.js';

const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-explain-')), 'data');
const db = await startEmbeddedDatabase({ dataDir, persistent: false });
try {
  await migrate(db.url);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  const P = 200,
    SALES = 1000; // per program; program 1 gets 100x
  await c.query(`
    INSERT INTO program (id, name, currency) SELECT md5('pr'||i)::uuid, 'p'||i, 'USD' FROM generate_series(1,${P}) i;
    INSERT INTO partner (id, program_id, name, email, partner_key)
      SELECT md5('pa'||i||'-'||j)::uuid, md5('pr'||i)::uuid, 'n'||j, 'e'||j||'@x', 'k'||j FROM generate_series(1,${P}) i, generate_series(1,50) j;
    INSERT INTO login (id, email, password_hash)
      SELECT md5('lo'||i||'-'||j)::uuid, 'a'||i||'-'||j||'@x', 'x' FROM generate_series(1,${P}) i, generate_series(1,50) j;
    INSERT INTO account (id, program_id, login_id, display_name, kind, partner_id)
      SELECT md5('ac'||i||'-'||j)::uuid, md5('pr'||i)::uuid, md5('lo'||i||'-'||j)::uuid, 'n', 'PARTNER', md5('pa'||i||'-'||j)::uuid FROM generate_series(1,${P}) i, generate_series(1,50) j;
    INSERT INTO session (program_id, token_hash, account_id, expires_at)
      SELECT md5('pr'||i)::uuid, 't'||i||'-'||j, md5('ac'||i||'-'||j)::uuid, now() + interval '1 day' FROM generate_series(1,${P}) i, generate_series(1,50) j;
    INSERT INTO product (id, program_id, sku, name, rate_bps) SELECT md5('pd'||i)::uuid, md5('pr'||i)::uuid, 'S', 'n', 1000 FROM generate_series(1,${P}) i;
    INSERT INTO customer (id, program_id, external_id) SELECT md5('cu'||i||'-'||j)::uuid, md5('pr'||i)::uuid, 'c'||j FROM generate_series(1,${P}) i, generate_series(1,20) j;
    INSERT INTO sale (id, program_id, external_id, customer_id, product_id, amount_minor, currency, occurred_at)
      SELECT md5('sa'||i||'-'||j)::uuid, md5('pr'||i)::uuid, 's'||j, md5('cu'||i||'-'||(j%20+1))::uuid, md5('pd'||i)::uuid, 1000, 'USD', now()
        FROM generate_series(1,${P}) i, generate_series(1, CASE WHEN i = 1 THEN ${SALES * 100} ELSE ${SALES} END) j;
    INSERT INTO commission (id, program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, sale_id, customer_id, approved_at)
      SELECT md5('co'||i||'-'||j)::uuid, md5('pr'||i)::uuid, md5('pa'||i||'-'||(j%50+1))::uuid, 'SALE', CASE WHEN j % 10 = 0 THEN 'APPROVED' ELSE 'PENDING' END, 'USD', 100, 100,
             md5('sa'||i||'-'||j)::uuid, md5('cu'||i||'-'||(j%20+1))::uuid, CASE WHEN j % 10 = 0 THEN now() END
        FROM generate_series(1,${P}) i, generate_series(1, CASE WHEN i = 1 THEN ${SALES * 100} ELSE ${SALES} END) j;
    ANALYZE;
  `);
  const q = [
    [
      'session → account → partner (every request)',
      `SELECT a.id, p.name FROM session s JOIN account a ON a.id = s.account_id
        LEFT JOIN partner p ON p.program_id = a.program_id AND p.id = a.partner_id WHERE s.token_hash = 't7-3' AND s.revoked_at IS NULL`,
    ],
    [
      'commission by id, with program (bulk actions)',
      `SELECT c.id FROM unnest(ARRAY[md5('co1-5')::uuid, md5('co1-77')::uuid]) u(id) JOIN commission c ON c.program_id = md5('pr1')::uuid AND c.id = u.id`,
    ],
    [
      'commission by id, WITHOUT program (no query does this now)',
      `SELECT id FROM commission WHERE id = ANY(ARRAY[md5('co1-5')::uuid, md5('co1-77')::uuid]) AND status = 'APPROVED'`,
    ],
    [
      'commission by sale_id, with program',
      `SELECT 1 FROM commission k WHERE k.program_id = md5('pr1')::uuid AND k.sale_id = md5('sa1-5')::uuid AND k.kind = 'SALE'`,
    ],
    [
      'partner overview (program, partner, created_at)',
      `SELECT status, count(*) FROM commission WHERE program_id = md5('pr1')::uuid AND partner_id = md5('pa1-3')::uuid AND created_at > now() - interval '30 days' GROUP BY 1`,
    ],
    [
      'approved balances (pending payments)',
      `SELECT partner_id, currency, sum(amount_minor) FROM commission WHERE program_id = md5('pr1')::uuid AND status = 'APPROVED' GROUP BY 1, 2`,
    ],
    ['partner by id WITHOUT program (no query does this now)', `SELECT name FROM partner WHERE id = md5('pa1-3')::uuid`],
    [
      'email worker due scan',
      `SELECT program_id, id FROM email_message WHERE (status = 'PENDING' AND next_attempt_at <= now()) OR (status = 'SENDING' AND locked_until < now()) ORDER BY next_attempt_at, id LIMIT 50`,
    ],
  ];
  for (const [name, sql] of q) {
    const rows = (await c.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql}`)).rows.map((r) => r['QUERY PLAN']);
    const shown = rows.filter((line) => /Scan|Index Searches|Execution Time/.test(line));
    console.log(`\n## ${name}\n` + shown.join('\n'));
  }
  await c.end();
} finally {
  await db.stop();
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
}
