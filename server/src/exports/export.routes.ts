import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { escapeLiteral, Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config';
import { connectionOptions } from '../database/data-source';
import yazl from 'yazl';
import { ErrorCode } from '@partnerbook/shared';
import { AuthRole, RequestContext, rolesOf } from '../common/request-context';
import { logger } from '../logger';
import { ReadRouter, standbyFailed } from '../database/read-routing';
import { contextForRequest } from '../http/authenticate-request';
import { MAX_BODY } from '../http/query-limits';
import { databaseUnavailability, unavailableMessage } from '../common/database-errors';
import { crlfRecords, csvLine } from './csv-rules';
import { serialisePaypalFile } from './paypal-file-rules';
import {
  auditExport,
  commissionHistoryExport,
  CsvExport,
  ExportParams,
  paymentsExport,
  paypalPayoutPlan,
  pendingCommissionsExport,
  pendingPaymentsExport,
} from './export.service';

const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** COPY takes no bind parameters: the export's parameters go in as literals (escaped, typed). */
export function inlineParameters(sql: string, params: readonly unknown[]): string {
  const literal = (value: unknown): string => {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`Cannot inline ${value}`);
      return `(${String(value)})`;
    }
    if (typeof value === 'bigint') return `(${value.toString()})`;
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (value instanceof Date) return `${escapeLiteral(value.toISOString())}::timestamptz`;
    if (Array.isArray(value)) return `ARRAY[${value.map((item) => escapeLiteral(String(item))).join(', ')}]::text[]`;
    if (typeof value === 'string') return escapeLiteral(value);
    throw new Error(`Cannot inline a ${typeof value}`);
  };
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= params.length) throw new Error(`No parameter $${n}`);
    return literal(params[index]);
  });
}

/** The HTTP client went away before the export was written: not a failure worth logging. */
class ClientGoneError extends Error {
  readonly code = 'ERR_STREAM_PREMATURE_CLOSE';
}

/** Rows of an export its first statement writes (streamCsvExport). */
export const EXPORT_HEAD_ROWS = 10_000;

/**
 * Streams an export as PostgreSQL writes it: `COPY (SELECT <formatted cells>) TO STDOUT (FORMAT
 * csv)` on a connection of the export pool (its own, longer statement timeout), LF record ends
 * turned into CRLF, straight to the response. Backpressure flows from the socket to PostgreSQL,
 * so memory stays flat whatever the size. A client that goes away cancels the query.
 *
 * Two statements on one snapshot: the first EXPORT_HEAD_ROWS rows (LIMIT), then the rest (OFFSET),
 * each export's order being total (it ends with a unique key), so together they are every row once,
 * in order. PostgreSQL plans a COPY for its total time: for the 800k pending commissions of a
 * 1M-commission program it hashes the joined tables and sorts every row before writing the first
 * line, 2.6–5 s in. Planned for a LIMIT, the head walks the index in the export's order and starts
 * at once; the rest is planned for throughput as before. One statement planned without sorts
 * (an index lookup per row) took 1.3–2.1 times as long in all.
 */
export async function streamCsvExport(pools: ExportPools, res: Response, csv: CsvExport, exportId: string): Promise<void> {
  const client: PoolClient = await pools.exports.connect();
  let failed: unknown;
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const body = crlfRecords(csvLine(csv.header), markStarted);
  let source: Readable | undefined;
  const clientGone = () => {
    if (!res.writableFinished) source?.destroy(new ClientGoneError('The client went away'));
  };
  res.once('close', clientGone);
  try {
    const select = inlineParameters(csv.sql, csv.params);
    const copy = async (statement: string) => {
      source = client.query(copyTo(`COPY (${statement}) TO STDOUT WITH (FORMAT csv)`));
      await pipeline(source, body, { end: false });
    };
    const produced = (async () => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await copy(`${select} LIMIT ${EXPORT_HEAD_ROWS}`);
      if (body.records === EXPORT_HEAD_ROWS) await copy(`${select} OFFSET ${EXPORT_HEAD_ROWS}`);
      await client.query('COMMIT');
      body.end();
    })().catch((error: unknown) => {
      body.destroy(error as Error);
      throw error;
    });
    // The response is joined only once PostgreSQL has produced data (or ended empty): a query that
    // fails outright leaves it untouched, so the caller can still answer with a JSON error and a status.
    await Promise.race([started, produced]);
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${csv.filename}"`);
    res.setHeader('x-export-id', exportId);
    res.setHeader('cache-control', 'no-store');
    await Promise.all([produced, pipeline(body, res)]);
  } catch (error) {
    failed = error;
    // The statement may still be running (a client gone mid-sort or mid-stream): stop it now
    // rather than when PostgreSQL next tries to write to a closed connection.
    await pools.requests.query('SELECT pg_cancel_backend($1)', [(client as unknown as { processID: number }).processID]).catch(() => {});
    throw error;
  } finally {
    res.off('close', clientGone);
    // A connection left mid-export (client went away, query failed, transaction open) is discarded, not reused.
    client.release(failed instanceof Error ? failed : failed === undefined ? undefined : true);
  }
}

/** Exports read on connections of their own: a long export neither waits for nor starves requests. */
export interface ExportPools {
  exports: Pool;
  /** The request pool, for cancelling an export's statement. */
  requests: Pool;
  /** The same on the hot standby (DATABASE_READ_URL), when there is one. */
  standby?: { exports: Pool; requests: Pool };
}

/** The export pool: the request timeouts, except a statement may run for `exportStatementTimeoutMs`. */
export function createExportPools(dataSource: DataSource, config: AppConfig): ExportPools {
  const requests = (dataSource.driver as unknown as { master: Pool }).master;
  const exports = new Pool({
    connectionString: (dataSource.options as { url?: string }).url,
    max: config.exportPoolSize,
    application_name: 'partnerbook-export',
    ...connectionOptions({ ...config.databaseTimeouts, statementMs: config.exportStatementTimeoutMs }),
  });
  // An idle connection that breaks (database restart) is dropped by the pool; say so, do not crash.
  exports.on('error', (error) => logger.warn({ err: error }, 'export connection lost'));
  if (!config.databaseReadUrl) return { exports, requests };
  const standbyTimeouts = { ...config.databaseTimeouts, connectMs: config.readConnectTimeoutMs };
  const onStandby = (max: number, statementMs: number, name: string) => {
    const pool = new Pool({
      connectionString: config.databaseReadUrl,
      max,
      application_name: name,
      ...connectionOptions({ ...standbyTimeouts, statementMs }),
    });
    pool.on('error', (error) => logger.warn({ cause: error.message }, 'standby export connection lost'));
    return pool;
  };
  return {
    exports,
    requests,
    standby: {
      exports: onStandby(config.exportPoolSize, config.exportStatementTimeoutMs, 'partnerbook-export-read'),
      requests: onStandby(1, config.databaseTimeouts.statementMs, 'partnerbook-export-cancel'),
    },
  };
}

type Access = 'MERCHANT' | 'MERCHANT_OR_PARTNER';

function allowed(ctx: RequestContext, access: Access): boolean {
  const roles = rolesOf(ctx.authenticatedActor);
  return roles.includes(AuthRole.MERCHANT_READ) || (access === 'MERCHANT_OR_PARTNER' && roles.includes(AuthRole.PARTNER));
}

/**
 * Download endpoints, authorised like GraphQL: the same bearer tokens (sessions and API keys),
 * MERCHANT_READ for merchant exports, partners only for their own commissions and payments.
 * Each answers GET (parameters in the query string) and POST (a JSON body, for long id lists).
 */
export function exportsRouter(dataSource: DataSource, pools: ExportPools, readRouter?: ReadRouter): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: MAX_BODY }));

  const endpoint =
    (access: Access, run: (ctx: RequestContext, params: ExportParams, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      try {
        const ctx = await contextForRequest(dataSource, req);
        if (!ctx.actor) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in, or send an API key, to use this');
        if (ctx.actor.kind === 'MERCHANT' && ctx.actor.twoFactorEnrolmentRequired)
          return sendError(res, 403, ErrorCode.TWO_FACTOR_ENROLMENT_REQUIRED, 'Turn on two-factor sign-in under "Your account" first');
        if (!allowed(ctx, access)) return sendError(res, 403, ErrorCode.FORBIDDEN, 'You are not allowed to download this export');
        const params: ExportParams = {
          ...(req.query as ExportParams),
          ...(req.method === 'POST' && req.body && typeof req.body === 'object' ? (req.body as ExportParams) : {}),
        };
        await run(ctx, params, res);
      } catch (error) {
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- extensions.code is a string when set by our errors
        const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
        const status = STATUS_OF[code];
        if (status && !res.headersSent) return sendError(res, status, code, (error as Error).message);
        if (!res.headersSent && !res.destroyed) {
          // Nothing written yet: still time for an answer. PostgreSQL's data exceptions (class 22:
          // out-of-range dates, bad numbers) come from the request's parameters.
          // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a PostgreSQL SQLSTATE when present
          if (String((error as { code?: unknown }).code ?? '').startsWith('22')) {
            return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'The export parameters are out of range');
          }
          const down = databaseUnavailability(error);
          if (down) {
            logger.error({ err: error, kind: down }, 'database unavailable');
            res.setHeader('retry-after', '5');
            return sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, unavailableMessage(down, false));
          }
          logger.error({ err: error }, 'export failed');
          return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
        }
        // Mid-stream: the only honest signal left is an aborted (truncated) response.
        const premature = (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE' || res.destroyed;
        if (!premature) logger.error({ err: error }, 'export failed mid-stream');
        res.destroy();
      }
    };

  const csvEndpoint = (access: Access, build: (ctx: RequestContext, params: ExportParams) => Promise<CsvExport>) =>
    endpoint(access, async (ctx, params, res) => {
      const csv = await build(ctx, params);
      const exportId = await auditExport(ctx, csv.kind, csv.summary);
      // CSV exports may read from the standby (the audit entry above is written on the primary).
      const read = readRouter && pools.standby ? await readRouter.route(ctx.actor) : undefined;
      if (read) {
        res.setHeader('x-read-from', read.route.source);
        res.setHeader('x-read-lag-ms', String(read.route.lagMs));
      }
      if (!read?.dataSource || !pools.standby) return streamCsvExport(pools, res, csv, exportId);
      try {
        await streamCsvExport(pools.standby, res, csv, exportId);
      } catch (error) {
        // The standby failed before the first byte (gone since the probe, recovery conflict): the primary answers.
        if (res.headersSent || !standbyFailed(error)) throw error;
        readRouter!.reportStandbyFailure(error);
        res.setHeader('x-read-from', 'primary');
        res.setHeader('x-read-lag-ms', '0');
        await streamCsvExport(pools, res, csv, exportId);
      }
    });

  const routes: [string, express.RequestHandler][] = [
    ['/pending-commissions.csv', csvEndpoint('MERCHANT_OR_PARTNER', pendingCommissionsExport)],
    ['/commission-history.csv', csvEndpoint('MERCHANT_OR_PARTNER', commissionHistoryExport)],
    ['/payments.csv', csvEndpoint('MERCHANT_OR_PARTNER', paymentsExport)],
    ['/pending-payments.csv', csvEndpoint('MERCHANT', pendingPaymentsExport)],
    [
      '/paypal-payouts',
      endpoint('MERCHANT', async (ctx, params, res) => {
        const plan = await paypalPayoutPlan(ctx, params);
        const exportId = await auditExport(ctx, 'paypal-payouts', plan.summary);
        res.setHeader('x-export-id', exportId);
        res.setHeader('x-payout-files', String(plan.files.length));
        res.setHeader('x-payout-excluded', String(plan.excluded.length));
        res.setHeader('cache-control', 'no-store');
        if (plan.files.length === 0) {
          return sendError(
            res,
            422,
            ErrorCode.NO_PAYABLE_PARTNERS,
            `No partner can be paid by PayPal; ${plan.excluded.length} left out (see the paypalPayoutPlan query)`,
          );
        }
        if (plan.files.length === 1) {
          const [file] = plan.files;
          res.setHeader('content-type', 'text/csv; charset=utf-8');
          res.setHeader('content-disposition', `attachment; filename="${file.name}"`);
          res.send(serialisePaypalFile(file));
          return;
        }
        const zip = new yazl.ZipFile();
        for (const file of plan.files) zip.addBuffer(Buffer.from(serialisePaypalFile(file), 'utf8'), file.name);
        zip.end();
        res.setHeader('content-type', 'application/zip');
        res.setHeader('content-disposition', `attachment; filename="paypal-payouts-${new Date().toISOString().slice(0, 10)}.zip"`);
        await pipeline(zip.outputStream, new PassThrough(), res);
      }),
    ],
  ];
  for (const [path, handler] of routes) {
    router.get(path, handler);
    router.post(path, handler);
  }
  return router;
}
