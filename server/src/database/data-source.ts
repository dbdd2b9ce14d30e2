import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_TIMEOUTS, DatabaseTimeouts } from '../config';
import { DatabaseNoAnswerError } from '../common/database-errors';
import { Program } from '../programs/program.entity';
import { Partner } from '../partners/partner.entity';
import { Customer } from '../customers/customer.entity';
import { Product } from '../products/product.entity';
import { Refund, Sale } from '../sales/sale.entity';
import { Commission } from '../commissions/commission.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Account, Login, Session } from '../auth/account.entity';
import { ApiKey } from '../auth/api-key.entity';
import { InitialLedger1763700000000 } from './migrations/1763700000000-initial-ledger';
import { Payment } from '../payments/payment.entity';
import { Payments1763812300000 } from './migrations/1763812300000-payments';
import { OverviewIndexes1763900000000 } from './migrations/1763900000000-overview-indexes';
import { EmailAttempt, EmailMessage } from '../emails/email-message.entity';
import { EmailOutbox1763800000000 } from './migrations/1763800000000-email-outbox';
import { EmailClaims1795910441184 } from './migrations/1795910441184-email-claims';
import { EventFeed1796000000000 } from './migrations/1796000000000-event-feed';
import { Webhooks1796000000001 } from './migrations/1796000000001-webhooks';
import { AccountTokens1796104500000 } from './migrations/1796104500000-account-tokens';
import { TeamInvitations1796104600000 } from './migrations/1796104600000-team-invitations';
import { PartnerWelcome1796104700000 } from './migrations/1796104700000-partner-welcome';
import { ApprovedBalanceIndex1796200000000 } from './migrations/1796200000000-approved-balance-index';
import { ReadYourWrites1796600000000 } from './migrations/1796600000000-read-your-writes';
import { RefundLinks1796800000000 } from './migrations/1796800000000-refund-links';
import { ProgramSignup1796900000000 } from './migrations/1796900000000-program-signup';
import { PayoutDetailsChanges1796900000001 } from './migrations/1796900000001-payout-details-changes';
import { ProgramKeys1796999999999 } from './migrations/1796999999999-program-keys';
import { PartnerApplications1797100000000 } from './migrations/1797100000000-partner-applications';
import { TwoFactor1797200000000 } from './migrations/1797200000000-two-factor';
import { PayoutMethods1797300000000 } from './migrations/1797300000000-payout-methods';
import { DashboardIndexes1797500000000 } from './migrations/1797500000000-dashboard-indexes';
import { WebhookAutoDisable1797600000000 } from './migrations/1797600000000-webhook-auto-disable';
import { ProgramLedLookups1797900000000 } from './migrations/1797900000000-program-led-lookups';
import { PartnerBalance1798000000000 } from './migrations/1798000000000-partner-balance';
import { Logins1798100000000 } from './migrations/1798100000000-logins';
import { EmailChange1798200000000 } from './migrations/1798200000000-email-change';
import { SaleSortIndex1798500000000 } from './migrations/1798500000000-sale-sort-index';
import { ImpliedProgramFks1798700000000 } from './migrations/1798700000000-implied-program-fks';
import { PendingSignups1798750000000 } from './migrations/1798750000000-pending-signups';
import { PayRequestItemPaymentIndex1798760000000 } from './migrations/1798760000000-pay-request-item-payment-index';
import { LogProgramChecks1798770000000 } from './migrations/1798770000000-log-program-checks';
import { ClawbackIndexPartial1798780000000 } from './migrations/1798780000000-clawback-index-partial';

export const entities = [
  Program,
  Partner,
  Customer,
  Product,
  Sale,
  Refund,
  Commission,
  AuditEntry,
  Account,
  Login,
  Session,
  ApiKey,
  EmailMessage,
  EmailAttempt,
  Payment,
];

/** Listed explicitly: a glob of .ts files does not load under vitest. */
export const migrations = [
  InitialLedger1763700000000,
  EmailOutbox1763800000000,
  Payments1763812300000,
  OverviewIndexes1763900000000,
  EmailClaims1795910441184,
  EventFeed1796000000000,
  Webhooks1796000000001,
  AccountTokens1796104500000,
  TeamInvitations1796104600000,
  PartnerWelcome1796104700000,
  ApprovedBalanceIndex1796200000000,
  ReadYourWrites1796600000000,
  RefundLinks1796800000000,
  ProgramSignup1796900000000,
  PayoutDetailsChanges1796900000001,
  ProgramKeys1796999999999,
  PartnerApplications1797100000000,
  TwoFactor1797200000000,
  PayoutMethods1797300000000,
  DashboardIndexes1797500000000,
  WebhookAutoDisable1797600000000,
  ProgramLedLookups1797900000000,
  PartnerBalance1798000000000,
  Logins1798100000000,
  EmailChange1798200000000,
  SaleSortIndex1798500000000,
  ImpliedProgramFks1798700000000,
  PendingSignups1798750000000,
  PayRequestItemPaymentIndex1798760000000,
  LogProgramChecks1798770000000,
  ClawbackIndexPartial1798780000000,
];

/**
 * Extra time the client gives PostgreSQL beyond `statement_timeout` before it stops waiting: a
 * healthy server cancels the statement itself and says so; only a server that does not answer at
 * all (paused, cut off by the network) reaches this bound.
 */
export const ANSWER_GRACE_MS = 1_000;

export interface DataSourceOptions {
  poolSize?: number;
  /** `null`: none at all (migrations, maintenance). Default: DEFAULT_DATABASE_TIMEOUTS. */
  timeouts?: DatabaseTimeouts | null;
  applicationName?: string;
  /** A hot standby (read-routing.ts): TypeORM must not try to install extensions there. */
  readOnly?: boolean;
}

/**
 * PostgreSQL ended the session (terminated backend, shutdown, crash; SQLSTATE class 57P, or a
 * FATAL error), or the socket went: the connection is gone even if its socket has not closed yet.
 */
function connectionIsGone(error: unknown): boolean {
  const { code, severity, message } = (error ?? {}) as { code?: string; severity?: string; message?: string };
  return severity === 'FATAL' || (typeof code === 'string' && code.startsWith('57P')) || /Connection terminated/.test(message ?? '');
}

/**
 * A pg client that
 * - stops waiting for the answer to a plain SQL query (every TypeORM query, and every
 *   `pool.query`, which passes a callback) after `answerTimeoutMs` (0: no bound) and drops its
 *   connection, whose state is then unknown (the statement may still run, a transaction may be
 *   open), so it is never handed to another request;
 * - marks itself unusable the moment a query learns that PostgreSQL ended the session: pg only
 *   notices when the socket closes, and a client released before that would be handed, dead, to
 *   the next request.
 * Streaming queries (cursors, COPY) are submitted as objects and are left alone: they are bounded
 * per round trip by the server's statement_timeout.
 */
function timedClient(answerTimeoutMs: number): typeof pg.Client {
  return class TimedClient extends pg.Client {
    query(...args: unknown[]): never {
      const [text, values, callback] = args;
      const withCallback = typeof callback === 'function';
      const plain = typeof text === 'string' && typeof values !== 'function' && (callback === undefined || withCallback);
      if (!plain) return (super.query as (...a: unknown[]) => never)(...args);
      const self = this as unknown as { _queryable: boolean; connection?: { stream?: { destroy(error?: Error): void } } };
      const pending = (super.query as (...a: unknown[]) => Promise<unknown>)(text, values);
      const answer = new Promise((resolve, reject) => {
        const timer =
          answerTimeoutMs > 0
            ? setTimeout(() => {
                self._queryable = false;
                self.connection?.stream?.destroy();
                reject(new DatabaseNoAnswerError(answerTimeoutMs));
              }, answerTimeoutMs)
            : undefined;
        pending.then(
          (result) => {
            clearTimeout(timer);
            resolve(result);
          },
          (error: unknown) => {
            clearTimeout(timer);
            if (connectionIsGone(error)) self._queryable = false;
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- pg's rejection is passed on untouched
            reject(error);
          },
        );
      });
      if (!withCallback) return answer as never;
      const done = callback as (error: unknown, result?: unknown) => void;
      answer.then(
        (result) => done(null, result),
        (error: unknown) => done(error),
      );
      return undefined as never;
    }
  };
}

/** Pool and connection settings that bound every wait on PostgreSQL (see DatabaseTimeouts). */
export function connectionOptions(timeouts: DatabaseTimeouts | null): Record<string, unknown> {
  if (!timeouts) return {};
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs || undefined,
    lock_timeout: timeouts.lockMs || undefined,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs || undefined,
    keepAlive: timeouts.keepAliveDelayMs > 0,
    keepAliveInitialDelayMillis: timeouts.keepAliveDelayMs,
    Client: timedClient(timeouts.statementMs > 0 ? timeouts.statementMs + ANSWER_GRACE_MS : 0),
  };
}

/**
 * Settings of the request pools' sessions (this data source and the read replica's; the export
 * pools are separate).
 * - No parallel workers: one request runs on at most one core, so a heavy report (two years of a
 *   1M-commission program's daily overview) leaves the other cores to everyone else. In the
 *   benchmark's abuse scenario on 2 CPUs, the partners' p99 under such an attack was 3.1–3.8× their
 *   idle p99 with PostgreSQL's default of 2 workers per gather, 1.9–2.0× without.
 * - No JIT compilation: a PostgreSQL built with LLVM (Debian's, the official images) compiles a
 *   statement whose estimated cost is high, and these statements (lookups and aggregates over one
 *   program) never earn it back. Two years of daily overview at 100k commissions took 2.43 s on
 *   PostgreSQL 15 with JIT, 1.40 s of it compiling; 0.91 s without.
 */
export const REQUEST_STATEMENT_SETTINGS = '-c max_parallel_workers_per_gather=0 -c jit=off';

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const timeouts = options.timeouts === undefined ? DEFAULT_DATABASE_TIMEOUTS : options.timeouts;
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    ...(options.readOnly ? { installExtensions: false } : {}),
    extra: {
      max: options.poolSize ?? 20,
      application_name: options.applicationName ?? 'partnerbook',
      options: REQUEST_STATEMENT_SETTINGS,
      ...connectionOptions(timeouts),
    },
  });
}

/** Serialises migrations of instances starting together on one database (session-level advisory lock). */
const MIGRATION_LOCK_KEY = 7_301_734_112;

/**
 * Applies pending migrations on a connection of its own, free of the request timeouts (a migration
 * may take long). Several instances may start at once: the first migrates, the others wait for it
 * and then find nothing left to do.
 */
export async function migrate(url: string): Promise<void> {
  const lock = new pg.Client({ connectionString: url, application_name: 'partnerbook-migration-lock' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const migrator = createDataSource(url, { poolSize: 1, timeouts: null, applicationName: 'partnerbook-migrations' });
    await migrator.initialize();
    try {
      await migrator.runMigrations();
    } finally {
      await migrator.destroy();
    }
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock.end().catch(() => undefined);
  }
}

/** Brings the schema up to date, then connects with the request timeouts. */
export async function openDatabase(url: string, options: DataSourceOptions = {}): Promise<DataSource> {
  await migrate(url);
  const dataSource = createDataSource(url, options);
  await dataSource.initialize();
  return dataSource;
}

/** Names of the migrations this build knows that are not among `applied` (readiness). */
export function pendingMigrations(applied: string[]): string[] {
  const done = new Set(applied);
  return migrations.map((migration) => migration.name).filter((name) => !done.has(name));
}
