/** The constraint a unique violation (SQLSTATE 23505) hit, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const driverError =
    (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' ? (driverError.constraint ?? '') : null;
}

/**
 * Turns the unique violations named in `errors` into the given errors (a check-then-insert can
 * still lose a race to a concurrent request); anything else is rethrown unchanged.
 */
export function mapUniqueViolations(errors: Record<string, () => Error>) {
  return (error: unknown): never => {
    const constraint = uniqueViolation(error);
    if (constraint !== null && errors[constraint]) throw errors[constraint]();
    throw error;
  };
}

/** Why the database could not serve a request; each kind has a fixed description that names no host. */
export type DatabaseUnavailability =
  'UNREACHABLE' | 'CONNECTION_LOST' | 'NO_ANSWER' | 'STATEMENT_TIMEOUT' | 'LOCK_TIMEOUT' | 'TOO_MANY_CONNECTIONS' | 'STARTING_OR_STOPPING';

export const UNAVAILABILITY_DESCRIPTIONS: Record<DatabaseUnavailability, string> = {
  UNREACHABLE: 'the database cannot be reached',
  CONNECTION_LOST: 'the connection to the database was lost',
  NO_ANSWER: 'the database did not answer in time',
  STATEMENT_TIMEOUT: 'a database statement ran past its time limit',
  LOCK_TIMEOUT: 'the data is locked by another operation',
  TOO_MANY_CONNECTIONS: 'the database has no free connection',
  STARTING_OR_STOPPING: 'the database is starting up or shutting down',
};

/** The client gave up waiting for PostgreSQL's answer (see TimedClient in data-source.ts). */
export class DatabaseNoAnswerError extends Error {
  readonly code = 'PB_DATABASE_NO_ANSWER';
  constructor(waitedMs: number) {
    super(`PostgreSQL did not answer within ${waitedMs} ms; the connection was dropped`);
    this.name = 'DatabaseNoAnswerError';
  }
}

/** A COMMIT failed because the connection broke: the transaction may or may not have been saved. */
export class CommitOutcomeUnknownError extends Error {
  constructor(readonly cause: unknown) {
    super(`The connection failed during COMMIT, so whether the transaction was saved is unknown: ${(cause as Error)?.message ?? cause}`);
    this.name = 'CommitOutcomeUnknownError';
  }
}

const NETWORK_UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EHOSTDOWN']);
const NETWORK_LOST = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

function classifyOne(error: { code?: unknown; message?: unknown; name?: unknown }): DatabaseUnavailability | null {
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message : '';
  if (code === 'PB_DATABASE_NO_ANSWER') return 'NO_ANSWER';
  if (NETWORK_UNREACHABLE.has(code)) return 'UNREACHABLE';
  if (NETWORK_LOST.has(code)) return 'CONNECTION_LOST';
  if (code === '57014') return 'STATEMENT_TIMEOUT'; // query_canceled (statement_timeout)
  if (code === '55P03') return 'LOCK_TIMEOUT'; // lock_not_available (lock_timeout)
  if (code === '57P01' || code === '57P02' || code === '25P03') return 'CONNECTION_LOST'; // terminated, crash, idle-in-transaction timeout
  if (code === '57P03') return 'STARTING_OR_STOPPING';
  if (code === '53300') return 'TOO_MANY_CONNECTIONS';
  if (code.startsWith('08')) return 'CONNECTION_LOST'; // connection exceptions
  if (/timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(message)) return 'UNREACHABLE';
  if (
    /Connection terminated|not queryable|Client has encountered a connection error|the database system is (shutting down|starting up)/.test(
      message,
    )
  ) {
    return 'CONNECTION_LOST';
  }
  if (error.name === 'QueryRunnerAlreadyReleasedError') return 'CONNECTION_LOST';
  return null;
}

/** Follows the chain a failure travels in (GraphQL error → TypeORM error → driver error → cause). */
function chainOf(error: unknown): object[] {
  const chain: object[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && !chain.includes(current) && chain.length < 8) {
    chain.push(current);
    const e = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = e.originalError ?? e.driverError ?? e.cause;
  }
  return chain;
}

/** Non-null when `error` means "the database cannot serve this now" (unreachable, lost, too slow, locked). */
export function databaseUnavailability(error: unknown): DatabaseUnavailability | null {
  for (const link of chainOf(error)) {
    const kind = classifyOne(link);
    if (kind) return kind;
  }
  return null;
}

/** The innermost error of the chain that says what the database or the network reported (for logs). */
export function rootCause(error: unknown): { name?: string; code?: string; message?: string } {
  const chain = chainOf(error) as { name?: string; code?: string; message?: string }[];
  const root = [...chain].reverse().find((link) => typeof link.code === 'string') ?? chain.at(-1) ?? {};
  return { name: root.name, code: root.code, message: root.message };
}

/** True when a COMMIT was sent and its answer lost: the work may have been saved. */
export function commitOutcomeUnknown(error: unknown): boolean {
  return chainOf(error).some((link) => link instanceof CommitOutcomeUnknownError);
}

/** What the client reads when the database cannot serve it: what happened, and what is safe to do. */
export function unavailableMessage(kind: DatabaseUnavailability, change: boolean): string {
  const what = UNAVAILABILITY_DESCRIPTIONS[kind];
  return change
    ? `Service unavailable: ${what}, so the outcome of this request is unknown: some or all of it may have been saved. ` +
        'Retrying with the same idempotency key is safe (nothing is paid twice); for other changes, check their state before repeating them.'
    : `Service unavailable: ${what}. Nothing was changed; try again in a few seconds.`;
}
