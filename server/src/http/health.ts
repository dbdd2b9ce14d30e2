import express from 'express';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { connectionOptions, pendingMigrations } from '../database/data-source';
import { databaseUnavailability, UNAVAILABILITY_DESCRIPTIONS } from '../common/database-errors';
import { logger } from '../logger';

interface Check {
  ok: boolean;
  detail?: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, Check>;
}

/**
 * What /readyz answers: the database answers (on a connection of its own, so a busy request pool
 * does not make the probe hang and probes never take connections from requests), every migration
 * this build knows is applied, the background workers run, and the server is not shutting down.
 * Failure details are fixed phrases: they never show the database's host or credentials.
 */
export class Readiness {
  private readonly workers = new Map<string, () => boolean>();
  private draining = false;
  private readonly probePool: pg.Pool;

  constructor(dataSource: DataSource, probeTimeoutMs: number) {
    const url = (dataSource.options as { url?: string }).url;
    const bound = {
      connectMs: probeTimeoutMs,
      statementMs: probeTimeoutMs,
      lockMs: probeTimeoutMs,
      idleInTransactionMs: 0,
      keepAliveDelayMs: 0,
    };
    this.probePool = new pg.Pool({ connectionString: url, max: 1, application_name: 'partnerbook-readiness', ...connectionOptions(bound) });
    this.probePool.on('error', () => undefined); // an idle probe connection that breaks is simply replaced
  }

  /** Registers a background worker; `isRunning` is asked on every probe. */
  addWorker(name: string, isRunning: () => boolean): void {
    this.workers.set(name, isRunning);
  }

  /** From now on the server is not ready: it is shutting down. */
  markDraining(): void {
    this.draining = true;
  }

  async report(): Promise<ReadinessReport> {
    const checks: Record<string, Check> = {};
    try {
      const { rows } = await this.probePool.query<{ name: string }>('SELECT name FROM migrations');
      checks.database = { ok: true };
      const pending = pendingMigrations(rows.map((row) => row.name));
      checks.migrations =
        pending.length === 0 ? { ok: true } : { ok: false, detail: `${pending.length} not applied: ${pending.join(', ')}` };
    } catch (error) {
      const kind = databaseUnavailability(error);
      checks.database = { ok: false, detail: kind ? UNAVAILABILITY_DESCRIPTIONS[kind] : 'the database refused the check' };
      checks.migrations = { ok: false, detail: 'unknown while the database does not answer' };
      logger.warn({ err: error, kind }, 'readiness: database check failed');
    }
    for (const [name, isRunning] of this.workers) checks[name] = isRunning() ? { ok: true } : { ok: false, detail: 'not running' };
    if (this.draining) checks.server = { ok: false, detail: 'shutting down' };
    return { ready: Object.values(checks).every((check) => check.ok), checks };
  }

  async close(): Promise<void> {
    await this.probePool.end();
  }
}

/**
 * /livez: the process runs and serves HTTP (restart it if this fails). /readyz: it can serve
 * requests (send it traffic only while this is 200). /healthz is kept as an alias of /livez.
 */
export function healthRoutes(readiness: Readiness): express.Router {
  const router = express.Router();
  const live: express.RequestHandler = (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ ok: true });
  };
  router.get('/livez', live);
  router.get('/healthz', live);
  router.get('/readyz', async (_req, res) => {
    const report = await readiness.report();
    res.setHeader('cache-control', 'no-store');
    res.status(report.ready ? 200 : 503).json(report);
  });
  return router;
}
