import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
import { EventEmitter } from 'node:events';
import { Pool } from 'pg';
import { ApiKeyScope, MerchantRole } from '@partnerbook/shared';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { logger as rootLogger, Logger } from '../logger';
import { CommitOutcomeUnknownError, databaseUnavailability } from './database-errors';

/** Who is making the request. Every actor acts for exactly one program. */
export type Actor =
  | {
      kind: 'MERCHANT';
      accountId: string;
      programId: string;
      role: MerchantRole;
      label: string;
      /** The program requires two-factor sign-in for admins and this admin has not turned it on (the auth checker limits the session). */
      twoFactorEnrolmentRequired?: boolean;
    }
  | { kind: 'PARTNER'; accountId: string; programId: string; partnerId: string; label: string }
  | { kind: 'API_KEY'; apiKeyId: string; programId: string; scope: ApiKeyScope; label: string }
  | { kind: 'SYSTEM'; programId: string; label: string };

/** Roles that `@Authorized(...)` declares; the auth checker maps actors onto them. */
export enum AuthRole {
  /** Read the program's merchant data: admins, viewers, API keys. */
  MERCHANT_READ = 'MERCHANT_READ',
  /** Change the program's data: admins and write-scoped API keys. */
  MERCHANT_WRITE = 'MERCHANT_WRITE',
  /** Manage credentials (API keys): merchant admins only. */
  MERCHANT_ADMIN = 'MERCHANT_ADMIN',
  PARTNER = 'PARTNER',
  /** A person with a login (merchant users and partners, not API keys): their own password and sessions. */
  ACCOUNT = 'ACCOUNT',
  /** A merchant user with a login (admins and viewers, not API keys or partners): their own two-factor sign-in. */
  MERCHANT_USER = 'MERCHANT_USER',
}

export function rolesOf(actor: Actor): AuthRole[] {
  switch (actor.kind) {
    case 'MERCHANT':
      return actor.role === MerchantRole.ADMIN
        ? [AuthRole.MERCHANT_READ, AuthRole.MERCHANT_WRITE, AuthRole.MERCHANT_ADMIN, AuthRole.ACCOUNT, AuthRole.MERCHANT_USER]
        : [AuthRole.MERCHANT_READ, AuthRole.ACCOUNT, AuthRole.MERCHANT_USER];
    case 'API_KEY':
      return actor.scope === ApiKeyScope.WRITE ? [AuthRole.MERCHANT_READ, AuthRole.MERCHANT_WRITE] : [AuthRole.MERCHANT_READ];
    case 'PARTNER':
      return [AuthRole.PARTNER, AuthRole.ACCOUNT];
    case 'SYSTEM':
      return [AuthRole.MERCHANT_READ, AuthRole.MERCHANT_WRITE];
  }
}

/** One statement on the data source's pg pool, outside any transaction; errors as TypeORM reports them. */
export async function poolQuery<T = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query(sql, parameters)).rows as T[];
  } catch (error) {
    throw new QueryFailedError(sql, parameters, error as Error);
  }
}

/**
 * Runs one statement of a request. A heavy request's gate runs those sent through `query()` one
 * after another (http/resolver-slots.ts); the loaders' TypeORM reads do not pass through it.
 */
export type StatementGate = <T>(statement: () => Promise<T>) => Promise<T>;

const RETRYABLE_SQL_STATES = new Set(['40001', '40P01']); // serialization failure, deadlock
const MAX_ATTEMPTS = 5;

/**
 * Everything a service needs about the current request: the actor, the program it acts
 * for, and the entity manager — the transaction's manager inside `transaction()`.
 */
export class RequestContext {
  readonly requestId: string;
  /** Set once a request is known to be heavy: its statements outside transactions then run one at a time. */
  statementGate: StatementGate | null = null;

  constructor(
    readonly dataSource: DataSource,
    readonly actor: Actor | null,
    readonly manager: EntityManager = dataSource.manager,
    readonly logger: Logger = rootLogger,
    requestId?: string,
    private readonly inTransaction = false,
  ) {
    this.requestId = requestId ?? randomUUID();
  }

  static system(dataSource: DataSource, programId: string): RequestContext {
    return new RequestContext(dataSource, { kind: 'SYSTEM', programId, label: 'system' });
  }

  /** The same request on another database (the standby): same actor, logger, id and statement gate. */
  on(dataSource: DataSource): RequestContext {
    const moved = new RequestContext(dataSource, this.actor, dataSource.manager, this.logger, this.requestId);
    moved.statementGate = this.statementGate;
    return moved;
  }

  get authenticatedActor(): Actor {
    if (!this.actor) throw new UnauthenticatedError();
    return this.actor;
  }

  get programId(): string {
    return this.authenticatedActor.programId;
  }

  /** The partner a partner user is; merchants and API keys have none. */
  get partnerId(): string {
    const actor = this.authenticatedActor;
    if (actor.kind !== 'PARTNER') throw new ForbiddenError('Only partners have their own partner view');
    return actor.partnerId;
  }

  get isPartner(): boolean {
    return this.actor?.kind === 'PARTNER';
  }

  /**
   * Runs `work` in one database transaction (or joins the current one), retrying the whole
   * unit on deadlock or serialization failure. The only place transactions are opened.
   */
  async transaction<T>(work: (tx: RequestContext) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runTransaction(work);
      } catch (error) {
        const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
        if (!code || !RETRYABLE_SQL_STATES.has(code) || attempt >= MAX_ATTEMPTS) throw error;
        this.logger.debug({ code, attempt }, 'retrying transaction');
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }

  /**
   * One attempt on one connection. TypeORM releases a query runner as soon as its connection
   * reports an error, so the next statement (often COMMIT) fails with "Query runner already
   * released", which hides what happened: the connection's own error is kept and thrown instead.
   * A COMMIT that fails because the connection broke leaves the outcome unknown, and says so.
   */
  private async runTransaction<T>(work: (tx: RequestContext) => Promise<T>): Promise<T> {
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    let connectionError: unknown;
    const realCause = (error: unknown) =>
      connectionError !== undefined && (error as Error)?.name === 'QueryRunnerAlreadyReleasedError' ? connectionError : error;
    const connection = (await runner.connect()) as EventEmitter;
    const keepCause = (error: unknown) => {
      connectionError ??= error;
    };
    connection.on('error', keepCause);
    try {
      await runner.startTransaction();
      let result: T;
      try {
        result = await work(new RequestContext(this.dataSource, this.actor, runner.manager, this.logger, this.requestId, true));
      } catch (error) {
        await runner.rollbackTransaction().catch(() => undefined);
        throw realCause(error);
      }
      try {
        await runner.commitTransaction();
      } catch (error) {
        const cause = realCause(error);
        // A refused COMMIT (serialization failure, deferred constraint) rolled back; a lost one may not have.
        if (databaseUnavailability(cause) === 'CONNECTION_LOST' || databaseUnavailability(cause) === 'NO_ANSWER') {
          throw new CommitOutcomeUnknownError(cause);
        }
        throw cause;
      }
      return result;
    } catch (error) {
      throw realCause(error);
    } finally {
      connection.removeListener('error', keepCause);
      await runner.release();
    }
  }

  /** Raw SQL on the current manager (the transaction's, inside `transaction()`). */
  async query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    // Outside a transaction a statement needs no TypeORM query runner (its bookkeeping costs more
    // than the round trip on hot reads): pg's pool runs it, failing with the same QueryFailedError.
    if (!this.inTransaction && this.manager === this.dataSource.manager) {
      const gate = this.statementGate;
      return gate ? gate(() => poolQuery<T>(this.dataSource, sql, parameters)) : poolQuery<T>(this.dataSource, sql, parameters);
    }
    const raw: unknown = await this.manager.query(sql, parameters);
    // TypeORM answers UPDATE/DELETE with [rows, rowCount]; always hand back the rows.
    if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return raw[0] as T[];
    return raw as T[];
  }
}
