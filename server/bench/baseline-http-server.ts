import http from 'node:http';
import { Pool } from 'pg';
import type { CapturedQuery } from './bench-server';

/**
 * The dashboard's baseline: a raw `node:http` + `pg` server that answers each route by running the
 * SQL statements the real server ran for that request (captured per client, with their
 * parameters): the first one (authentication) alone, then the others in parallel on the pool, and
 * the rows as JSON. What is left between it and Partnerbook is the framework's own cost.
 */
const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET\s)/i;

type Routes = Record<string, CapturedQuery[][]>;

async function main() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 20) });
  let routes: Routes = {};
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler answers its own failures (try/catch inside)
    request.on('end', async () => {
      try {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const statements = routes[url.pathname.slice(1)]?.[Number(url.searchParams.get('client') ?? 0)];
        if (!statements) {
          response.writeHead(404).end();
          return;
        }
        const [first, ...rest] = statements;
        const head = await pool.query(first.text, first.values);
        const others = await Promise.all(rest.map((q) => pool.query(q.text, q.values)));
        const body = JSON.stringify({ data: [head.rows, ...others.map((r) => r.rows)] });
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- bench child: a rejection crashes it and fails the run, as intended
  process.on('message', async (message: { type: string; routes?: Routes }) => {
    if (message.type === 'load') {
      routes = Object.fromEntries(
        Object.entries(message.routes ?? {}).map(([name, perClient]) => [
          name,
          perClient.map((qs) => qs.filter((q) => !TRANSACTION_CONTROL.test(q.text))),
        ]),
      );
      process.send!({ type: 'load' });
    } else if (message.type === 'stop') {
      server.close();
      await pool.end();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', url: `http://127.0.0.1:${address.port}` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
