import 'reflect-metadata';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { createApp } from '../src/http/app';
import { loadConfig } from '../src/config';
import { hashSecret } from '../src/auth/password';
import { PARTNER_BALANCES_SQL, PARTNER_SALES_SQL } from '../src/partners/partner.service';
import { SeriesRow, seriesFromRows, seriesSql } from '../src/overview/overview.service';
import { OverviewBucket } from '../src/overview/overview-rules';

/**
 * One server per process for the dashboard scenarios, started by the benchmark with fork():
 * `partnerbook` is the real server (production settings, its own pool of POOL_SIZE);
 * `raw` answers the same dashboard request with node:http and pg, running the same SQL
 * statements, in the same order and parallelism, and writing the same JSON.
 */
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);

async function partnerbook(url: string) {
  const dataSource = createDataSource(url, { poolSize: POOL_SIZE });
  await dataSource.initialize();
  const app = await createApp(dataSource, { ...loadConfig(), port: 0, host: '127.0.0.1', seedDemo: false, production: true });
  return {
    url: app.url,
    stop: async () => {
      await app.close();
      await dataSource.destroy();
    },
  };
}

interface Row extends Record<string, unknown> {
  currency: string;
}

async function raw(url: string, sessionSql: string) {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  const money = (amount: unknown, currency: string) => ({ amount: Number(amount), currency: currency.trim() });
  async function dashboard(token: string, input: { bucket: string; from: string; to: string }) {
    const {
      rows: [session],
    } = await pool.query(sessionSql, [hashSecret(token)]);
    if (!session || session.kind !== 'PARTNER') return null;
    const programId = session.program_id as string;
    const partnerId = session.partner_id as string;
    const [sales, balances, series] = await Promise.all([
      pool.query<Row>(PARTNER_SALES_SQL, [programId, [partnerId]]),
      pool.query<Row>(PARTNER_BALANCES_SQL, [programId, [partnerId]]),
      pool.query<Row>(seriesSql(true), [programId, input.bucket.toLowerCase(), input.from, input.to, partnerId]),
    ]);
    return {
      data: {
        me: {
          partner: {
            id: partnerId,
            name: session.partner_name,
            partnerKey: session.partner_partner_key,
            status: session.partner_status,
            paypalEmail: session.partner_paypal_email,
            stats: {
              salesCount: sales.rows.reduce((sum, row) => sum + Number(row.count), 0),
              salesTotals: sales.rows.map((row) => money(row.total, row.currency)),
              refundedTotals: sales.rows.map((row) => money(row.refunded, row.currency)),
              balances: balances.rows.map((row) => ({
                status: row.status,
                count: Number(row.count),
                total: money(row.total, row.currency),
              })),
            },
          },
        },
        myOverview: {
          from: new Date(input.from).toISOString(),
          to: new Date(input.to).toISOString(),
          bucket: input.bucket,
          series: seriesFromRows(
            series.rows as unknown as SeriesRow[],
            new Date(input.from),
            new Date(input.to),
            input.bucket as OverviewBucket,
          ),
        },
      },
    };
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables: { input: { bucket: string; from: string; to: string } };
      };
      (token ? dashboard(token, body.variables.input) : Promise.resolve(null)).then(
        (answer) => {
          res.writeHead(answer ? 200 : 401, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer ?? { errors: [{ message: 'Sign in' }] }));
        },
        (error: Error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

async function main() {
  const kind = process.argv[2];
  const url = process.env.DATABASE_URL!;
  const running = kind === 'raw' ? await raw(url, process.env.BENCH_SESSION_SQL!) : await partnerbook(url);
  process.on('message', async (message: { type: string }) => {
    if (message.type !== 'stop') return;
    await running.stop();
    process.exit(0);
  });
  // The parent going away stops this process too: a benchmark never leaves servers behind.
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready', url: running.url });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
