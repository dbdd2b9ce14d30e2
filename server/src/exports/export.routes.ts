import { PassThrough, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { Pool, PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import yazl from 'yazl';
import { ErrorCode } from '@partnerbook/shared';
import { AuthRole, RequestContext, rolesOf } from '../common/request-context';
import { logger } from '../logger';
import { contextForRequest } from '../http/authenticate-request';
import { MAX_BODY } from '../http/query-limits';
import { databaseUnavailability, unavailableMessage } from '../common/database-errors';
import { csvWriter } from './csv-rules';
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

/** Rows fetched per cursor round trip: large enough to be fast, small enough to keep memory flat. */
const CURSOR_BATCH = 2_000;

const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Streams a query through a server-side cursor (pg-query-stream) and csv-stringify to the
 * response. Backpressure flows from the socket to the cursor, so only a batch or two of rows
 * is in memory whatever the size of the export.
 */
export async function streamCsvExport(dataSource: DataSource, res: Response, csv: CsvExport, exportId: string): Promise<number> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const client: PoolClient = await pool.connect();
  let failed: unknown;
  let rows = 0;
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  try {
    const source = client.query(new QueryStream(csv.sql, csv.params, { batchSize: CURSOR_BATCH, highWaterMark: CURSOR_BATCH }));
    const toCells = new Transform({
      objectMode: true,
      transform(raw, _encoding, callback) {
        rows++;
        try {
          callback(null, csv.toRow(raw));
          markStarted();
        } catch (error) {
          callback(error as Error);
        }
      },
      flush(callback) {
        markStarted();
        callback();
      },
    });
    const body = csvWriter(csv.header);
    const produced = pipeline(source, toCells, body);
    // The response is joined only once the query has produced a row (or ended empty): a query that
    // fails outright leaves it untouched, so the caller can still answer with a JSON error and a status.
    await Promise.race([started, produced]);
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${csv.filename}"`);
    res.setHeader('x-export-id', exportId);
    res.setHeader('cache-control', 'no-store');
    await Promise.all([produced, pipeline(body, res)]);
    return rows;
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    // A connection left mid-cursor (client went away, query failed) is discarded, not reused.
    client.release(failed instanceof Error ? failed : undefined);
  }
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
export function exportsRouter(dataSource: DataSource): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: MAX_BODY }));

  const endpoint =
    (access: Access, run: (ctx: RequestContext, params: ExportParams, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      try {
        const ctx = await contextForRequest(dataSource, req);
        if (!ctx.actor) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in, or send an API key, to use this');
        if (!allowed(ctx, access)) return sendError(res, 403, ErrorCode.FORBIDDEN, 'You are not allowed to download this export');
        const params: ExportParams = {
          ...(req.query as ExportParams),
          ...(req.method === 'POST' && req.body && typeof req.body === 'object' ? req.body : {}),
        };
        await run(ctx, params, res);
      } catch (error) {
        const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
        const status = STATUS_OF[code];
        if (status && !res.headersSent) return sendError(res, status, code, (error as Error).message);
        if (!res.headersSent && !res.destroyed) {
          // Nothing written yet: still time for an answer. PostgreSQL's data exceptions (class 22:
          // out-of-range dates, bad numbers) come from the request's parameters.
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
          return sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
        }
        // Mid-stream: the only honest signal left is an aborted (truncated) response.
        const premature = (error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE';
        if (!premature) logger.error({ err: error }, 'export failed mid-stream');
        res.destroy();
      }
    };

  const csvEndpoint = (access: Access, build: (ctx: RequestContext, params: ExportParams) => CsvExport) =>
    endpoint(access, async (ctx, params, res) => {
      const csv = build(ctx, params);
      const exportId = await auditExport(ctx, csv.kind, csv.summary);
      await streamCsvExport(dataSource, res, csv, exportId);
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
            'NO_PAYABLE_PARTNERS',
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
