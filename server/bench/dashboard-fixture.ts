import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { openDatabase } from '../src/database/data-source';
import { hashSecret } from '../src/auth/password';
import { ActorResolver } from '../src/auth/request-actor';

/**
 * Data for the partner dashboard scenarios: one program, `partners` partners, `commissions`
 * sale commissions (each with its sale) spread over the last 60 days (pending, approved,
 * cancelled), ten
 * payments for each partner with a login, and session tokens written straight to the database.
 */
export interface DashboardFixture {
  programId: string;
  /** Session tokens of partners (one per load-test connection). */
  partnerTokens: string[];
  /** A session token of a merchant admin. */
  adminToken: string;
  /** The statement that resolves a session, as the server builds it (the raw baseline runs the same). */
  sessionSql: string;
}

export interface DashboardScale {
  partners?: number;
  commissions?: number;
  logins?: number;
}

const newToken = () => `pbs_${randomBytes(24).toString('base64url')}`;

export async function seedDashboard(url: string, scale: DashboardScale = {}): Promise<DashboardFixture> {
  const partners = scale.partners ?? 1_000;
  const commissions = scale.commissions ?? 100_000;
  const logins = Math.min(scale.logins ?? 32, partners);
  const dataSource = await openDatabase(url, { poolSize: 2 });
  try {
    const [program] = await dataSource.query(
      `INSERT INTO program (name, currency, pay_thresholds) VALUES ('Dashboard bench', 'USD', '{"USD": 5000}') RETURNING id`,
    );
    const programId: string = program.id;
    await dataSource.query(
      `INSERT INTO partner (program_id, name, email, partner_key, paypal_email)
       SELECT $1, 'Partner ' || g, 'p' || g || '@dashboard.bench', 'p-' || lpad(g::text, 6, '0'), 'pp' || g || '@dashboard.bench'
         FROM generate_series(1, $2::int) g`,
      [programId, partners],
    );
    await dataSource.query(`INSERT INTO customer (program_id, external_id) SELECT $1, 'cust-' || g FROM generate_series(1, 2000) g`, [
      programId,
    ]);
    const [product] = await dataSource.query(
      `INSERT INTO product (program_id, sku, name, rate_bps) VALUES ($1, 'TENT', 'Tent', 1000) RETURNING id`,
      [programId],
    );
    // Sales every few seconds back over 60 days; each pays one partner, round robin.
    await dataSource.query(
      `WITH c AS (SELECT array_agg(id ORDER BY external_id) AS ids FROM customer WHERE program_id = $1)
       INSERT INTO sale (program_id, external_id, customer_id, product_id, amount_minor, currency, refunded_minor, occurred_at, created_at)
       SELECT $1, 'order-' || g, c.ids[1 + g % 2000], $2, 1000 + g % 50000, 'USD', CASE WHEN g % 20 = 0 THEN 500 ELSE 0 END,
              now() - make_interval(secs => g * (5184000.0 / $3::int)), now() - make_interval(secs => g * (5184000.0 / $3::int))
         FROM generate_series(1, $3::int) g, c`,
      [programId, product.id, commissions],
    );
    await dataSource.query(
      `WITH p AS (SELECT array_agg(id ORDER BY partner_key) AS ids FROM partner WHERE program_id = $1)
       INSERT INTO commission (program_id, partner_id, kind, status, currency, amount_minor, original_amount_minor, sale_id, customer_id,
                               payable_at, approved_at, paid_at, cancelled_at, created_at, updated_at)
       SELECT s.program_id, p.ids[1 + n % $2::int], 'SALE', (ARRAY['PENDING', 'APPROVED', 'APPROVED', 'CANCELLED'])[1 + n % 4], s.currency,
              (s.amount_minor + 5) / 10, (s.amount_minor + 5) / 10, s.id, s.customer_id, s.occurred_at,
              CASE WHEN n % 4 IN (1, 2) THEN s.created_at END, NULL,
              CASE WHEN n % 4 = 3 THEN s.created_at END, s.created_at, s.created_at
         FROM (SELECT *, substr(external_id, 7)::int AS n FROM sale WHERE program_id = $1) s, p`,
      [programId, partners],
    );
    await dataSource.query(
      `WITH p AS (SELECT id, row_number() OVER (ORDER BY partner_key) AS n FROM partner WHERE program_id = $1)
       INSERT INTO payment (program_id, partner_id, currency, amount_minor, commission_count, method, actor_kind, actor_label, created_at)
       SELECT $1, p.id, 'USD', 5000 + k * 100, 3, 'PAYPAL', 'SYSTEM', 'bench', now() - make_interval(days => k * 3)
         FROM p, generate_series(0, 9) k WHERE p.n <= $2`,
      [programId, logins],
    );
    const loginPartners: { id: string; n: string }[] = await dataSource.query(
      `SELECT id, row_number() OVER (ORDER BY partner_key) AS n FROM partner WHERE program_id = $1 ORDER BY partner_key LIMIT $2`,
      [programId, logins],
    );
    const partnerTokens: string[] = [];
    for (const partner of loginPartners) {
      const [account] = await dataSource.query(
        `INSERT INTO account (program_id, email, display_name, password_hash, kind, partner_id)
         VALUES ($1, $2, 'Bench partner', 'not-a-login', 'PARTNER', $3) RETURNING id`,
        [programId, `login${partner.n}-${programId}@dashboard.bench`, partner.id],
      );
      const token = newToken();
      await dataSource.query(`INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        hashSecret(token),
        account.id,
      ]);
      partnerTokens.push(token);
    }
    const [admin] = await dataSource.query(
      `INSERT INTO account (program_id, email, display_name, password_hash, kind, merchant_role)
       VALUES ($1, $2, 'Bench admin', 'not-a-login', 'MERCHANT', 'ADMIN') RETURNING id`,
      [programId, `admin-${programId}@dashboard.bench`],
    );
    const adminToken = newToken();
    await dataSource.query(`INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      hashSecret(adminToken),
      admin.id,
    ]);
    await dataSource.query('ANALYZE');
    return { programId, partnerTokens, adminToken, sessionSql: new ActorResolver(dataSource).sessionSql };
  } finally {
    await dataSource.destroy();
  }
}

/** The portal's partner dashboard operation (MyOverview with its fragments), read from the portal's sources. */
export function dashboardDocument(): string {
  const dir = path.join(projectRoot, 'portal', 'src', 'modules');
  const files = ['partner/MyOverview.graphql'];
  const fragments = new Set(['PartnerStatsFields', 'OverviewSeriesFields']);
  const all: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.graphql')) all.push(full);
    }
  };
  walk(dir);
  const texts = files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
  for (const file of all) {
    const text = fs.readFileSync(file, 'utf8');
    for (const name of fragments) if (text.includes(`fragment ${name} `)) texts.push(text);
  }
  return texts.join('\n');
}

/** Variables of the dashboard: the last 30 days by day, fixed for the run so every answer can be compared. */
export function dashboardVariables(now = new Date()) {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const from = new Date(to.getTime() - 30 * 86_400_000);
  return { input: { bucket: 'DAY', from: from.toISOString(), to: to.toISOString() } };
}
