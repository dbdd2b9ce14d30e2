import path from 'node:path';
import { SIGNUP_MODES, SignupMode } from './signup/signup-rules';
import { DEFAULT_CONCURRENCY_POLICY } from './http/caller-concurrency';

/** Timeouts towards PostgreSQL, in milliseconds (0 turns one off). */
export interface DatabaseTimeouts {
  /** Opening a connection, and waiting for a free one from the pool. */
  connectMs: number;
  /** One SQL statement (server side, `statement_timeout`); the client gives up `answerGraceMs` later. */
  statementMs: number;
  /** Waiting for a row or table lock (`lock_timeout`). */
  lockMs: number;
  /** A transaction left idle by its client is ended by the server (`idle_in_transaction_session_timeout`). */
  idleInTransactionMs: number;
  /** TCP keepalive probes start after this much silence on a connection. */
  keepAliveDelayMs: number;
}

/** Everything the server reads from the environment, in one place. */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset: run an embedded PostgreSQL with its data under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  sessionTtlHours: number;
  /** A session slides (see request-actor.ts) but ends this many days after sign-in at the latest. */
  sessionMaxDays: number;
  /** Seed the demo program when the database has no program yet (never in production unless SEED_DEMO=true). */
  seedDemo: boolean;
  /** Who may start a program (SIGNUP): see server/src/signup/signup-rules.ts. */
  signup: SignupMode;
  portalDir: string;
  logLevel: string;
  /** Failed sign-ins per email within 15 minutes before further attempts wait. */
  loginMaxFailures: number;
  /** Failed sign-ins from one address within a day before that address must wait for the day to pass. */
  loginMaxFailuresPerAddress: number;
  /** Applications (public application pages) one address may send per hour. */
  applyMaxPerAddressPerHour: number;
  /** Query cost each caller (account, API key) may spend per minute (a token bucket). */
  rateLimitPointsPerMinute: number;
  /** The same for anonymous callers, per address. */
  rateLimitAnonymousPointsPerMinute: number;
  /**
   * What a second of a query's database time costs, in the same points: a read that ran longer than
   * its estimate pays the difference after it has run. 0 charges estimates only.
   */
  rateLimitPointsPerDatabaseSecond: number;
  /** Query cost one caller may have running at once (a single request always may); the rest wait their turn. */
  callerInFlightCost: number;
  /** Requests one caller may have running at once. */
  callerInFlightRequests: number;
  /** Redis for rate limits and sign-in throttling shared by every instance; unset: in memory, per instance. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  /** Which proxies in front of the server to believe about the client address (X-Forwarded-For): hops or addresses/CIDRs. */
  trustProxy: number | string[] | false;
  /** How often the auto-approve job looks for sale commissions past their holding period. */
  autoApproveIntervalMs: number;
  /** SMTP server for partner emails (smtp://user:pass@host:port, smtps://…); unset: write .eml files to `mailDir`. */
  smtpUrl: string | undefined;
  /** From address of partner emails. */
  mailFrom: string;
  /** Where emails go when no SMTP_URL is set. */
  mailDir: string;
  /** The portal's address as users reach it (PUBLIC_URL): links in emails (password reset, invitations) start with it. */
  publicUrl: string;
  databaseTimeouts: DatabaseTimeouts;
  /** Database connections per server process. */
  databasePoolSize: number;
  /** Connections reserved for CSV exports (each streams on one); more exports at once wait for one. */
  exportPoolSize: number;
  /** `statement_timeout` of an export's query: far longer than a request's, a million rows take a while. */
  exportStatementTimeoutMs: number;
  /** How long a stopping server lets requests in flight finish before it cuts them. */
  shutdownGraceMs: number;
  /**
   * A streaming-replication hot standby of DATABASE_URL (DATABASE_READ_URL): partner dashboards,
   * partner lists and CSV exports read from it when it is close enough; unset: every read on the primary.
   */
  databaseReadUrl: string | undefined;
  /** Reads fall back to the primary when the standby's replay lag exceeds this (READ_MAX_LAG_MS). */
  readMaxLagMs: number;
  /** After a mutation, the actor's reads go to the primary for this long (READ_YOUR_WRITES_MS). */
  readYourWritesMs: number;
  /** Connecting to the standby (and asking it for its lag): beyond this the read goes to the primary. */
  readConnectTimeoutMs: number;
  /**
   * Webhook URLs may point at loopback, private and link-local addresses (WEBHOOK_ALLOW_PRIVATE=true):
   * for tests and local development only; off, such addresses are refused when an endpoint is saved
   * and again after DNS resolution at every delivery.
   */
  webhookAllowPrivate: boolean;
  /**
   * The webhook worker disables an endpoint whose every attempt has failed for this many days
   * (WEBHOOK_AUTO_DISABLE_DAYS, default 5) and emails the program's admins.
   */
  webhookAutoDisableDays: number;
  /**
   * The key (base64 of 32 bytes) two-factor secrets are encrypted with at rest
   * (TWO_FACTOR_ENCRYPTION_KEY): required in production; unset elsewhere, one is generated into
   * `<dataDir>/two-factor.key` (server/src/two-factor/secret-box.ts).
   */
  twoFactorEncryptionKey: string | undefined;
  /** Earlier keys, comma-separated (TWO_FACTOR_PREVIOUS_KEYS): secrets sealed with them still open, and are re-sealed at start-up. */
  twoFactorPreviousKeys: string[];
}

/** A setting the server cannot run with: main prints the message as one line and exits 1. */
export class ConfigError extends Error {}

export const projectRoot = path.resolve(__dirname, '..', '..', '..');

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  connectMs: 5_000,
  statementMs: 30_000,
  lockMs: 10_000,
  idleInTransactionMs: 60_000,
  keepAliveDelayMs: 10_000,
};

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, { min = 0 }: { min?: number } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

/**
 * Checks DATABASE_URL before anything connects: a typo must say "invalid URL", not surface later
 * as a DNS failure for some fragment of it. The message never repeats the URL (it holds a password).
 */
export function validateDatabaseUrl(raw: string, name = 'DATABASE_URL'): string {
  try {
    return checkDatabaseUrl(raw);
  } catch (error) {
    if (!(error instanceof ConfigError) || name === 'DATABASE_URL') throw error;
    throw new ConfigError(error.message.replace(/DATABASE_URL/g, name));
  }
}

function checkDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL: expected postgres://user:password@host:5432/database (percent-encode special characters in the password)',
    );
  }
  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(raw)?.[1] ?? '';
  if ((authority.match(/@/g) ?? []).length > 1) {
    throw new ConfigError('DATABASE_URL is not a valid URL: its user or password contains "@"; percent-encode it as %40');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//`);
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new ConfigError('DATABASE_URL has no host: expected postgres://user:password@host:5432/database');
  }
  if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) throw new ConfigError('DATABASE_URL has an invalid port');
  if (url.pathname.length <= 1)
    throw new ConfigError('DATABASE_URL names no database: expected postgres://user:password@host:5432/database');
  return raw;
}

function signupMode(raw: string | undefined): SignupMode {
  if (raw === undefined || raw === '') return 'first';
  if (!(SIGNUP_MODES as readonly string[]).includes(raw))
    throw new ConfigError(`SIGNUP must be one of ${SIGNUP_MODES.filter((m) => m !== 'first').join(', ')} (or unset), got "${raw}"`);
  return raw as SignupMode;
}

/** A base64 (or base64url) text of exactly 32 bytes, or a ConfigError naming the setting (never repeating the value). */
export function parseEncryptionKey(raw: string, name: string): Buffer {
  const text = raw.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) throw new ConfigError(`${name} must be 32 random bytes in base64 (make one with: openssl rand -base64 32)`);
  return key;
}

function twoFactorKeys(env: NodeJS.ProcessEnv, production: boolean) {
  const current = env.TWO_FACTOR_ENCRYPTION_KEY?.trim() || undefined;
  if (!current && production)
    throw new ConfigError(
      'TWO_FACTOR_ENCRYPTION_KEY is required in production: two-factor secrets are encrypted with it (make one with: openssl rand -base64 32, and keep it safe)',
    );
  if (current) parseEncryptionKey(current, 'TWO_FACTOR_ENCRYPTION_KEY');
  const previous = (env.TWO_FACTOR_PREVIOUS_KEYS ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const key of previous) parseEncryptionKey(key, 'TWO_FACTOR_PREVIOUS_KEYS');
  return { twoFactorEncryptionKey: current, twoFactorPreviousKeys: previous };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = env.PARTNERBOOK_DATA_DIR ?? path.join(projectRoot, '.data');
  const seedDemo = env.SEED_DEMO === undefined || env.SEED_DEMO === '' ? !production : env.SEED_DEMO === 'true';
  if (env.SEED_DEMO && !['true', 'false'].includes(env.SEED_DEMO))
    throw new ConfigError(`SEED_DEMO must be true or false, got "${env.SEED_DEMO}"`);
  return {
    port: integer(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL ? validateDatabaseUrl(env.DATABASE_URL) : undefined,
    dataDir,
    production,
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, { min: 1 }),
    sessionMaxDays: integer(env, 'SESSION_MAX_DAYS', 30, { min: 1 }),
    seedDemo,
    signup: signupMode(env.SIGNUP),
    portalDir: env.PORTAL_DIR ?? path.join(projectRoot, 'portal', 'dist'),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 10, { min: 1 }),
    loginMaxFailuresPerAddress: integer(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 100, { min: 1 }),
    applyMaxPerAddressPerHour: integer(env, 'APPLY_MAX_PER_ADDRESS_PER_HOUR', 10, { min: 1 }),
    rateLimitPointsPerMinute: integer(env, 'RATE_LIMIT_POINTS_PER_MINUTE', 30_000, { min: 1 }),
    rateLimitAnonymousPointsPerMinute: integer(env, 'RATE_LIMIT_ANONYMOUS_POINTS_PER_MINUTE', 3_000, { min: 1 }),
    rateLimitPointsPerDatabaseSecond: integer(env, 'RATE_LIMIT_POINTS_PER_DATABASE_SECOND', 1_000, { min: 0 }),
    callerInFlightCost: integer(env, 'CALLER_IN_FLIGHT_COST', DEFAULT_CONCURRENCY_POLICY.maxCost, { min: 1 }),
    callerInFlightRequests: integer(env, 'CALLER_IN_FLIGHT_REQUESTS', DEFAULT_CONCURRENCY_POLICY.maxRequests, { min: 1 }),
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'partnerbook:',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    autoApproveIntervalMs: integer(env, 'AUTO_APPROVE_INTERVAL_MS', 60_000, { min: 1 }),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Partnerbook <no-reply@partnerbook.local>',
    mailDir: env.MAIL_DIR ?? path.join(dataDir, 'mail'),
    publicUrl: publicUrl(env.PUBLIC_URL, integer(env, 'PORT', 4000)),
    databaseTimeouts: {
      connectMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.connectMs, { min: 1 }),
      statementMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.statementMs),
      lockMs: integer(env, 'DATABASE_LOCK_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.lockMs),
      idleInTransactionMs: integer(env, 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.idleInTransactionMs),
      keepAliveDelayMs: integer(env, 'DATABASE_KEEPALIVE_DELAY_MS', DEFAULT_DATABASE_TIMEOUTS.keepAliveDelayMs),
    },
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 20, { min: 1 }),
    exportPoolSize: integer(env, 'EXPORT_POOL_SIZE', 4, { min: 1 }),
    exportStatementTimeoutMs: integer(env, 'EXPORT_STATEMENT_TIMEOUT_MS', 30 * 60_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 30_000),
    databaseReadUrl: readUrl(env),
    readMaxLagMs: integer(env, 'READ_MAX_LAG_MS', 5_000),
    readYourWritesMs: integer(env, 'READ_YOUR_WRITES_MS', 10_000),
    readConnectTimeoutMs: integer(env, 'DATABASE_READ_CONNECT_TIMEOUT_MS', 1_000, { min: 1 }),
    webhookAllowPrivate: boolean(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    webhookAutoDisableDays: integer(env, 'WEBHOOK_AUTO_DISABLE_DAYS', 5, { min: 1 }),
    ...twoFactorKeys(env, production),
  };
}

/** DATABASE_READ_URL: a valid PostgreSQL URL, and only beside a DATABASE_URL (the embedded database has no standby). */
function readUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_READ_URL?.trim();
  if (!raw) return undefined;
  if (!env.DATABASE_URL) throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL: it names a standby of that primary');
  return validateDatabaseUrl(raw, 'DATABASE_READ_URL');
}

/** PUBLIC_URL without a trailing slash; unset: this server on localhost. */
export function publicUrl(value: string | undefined, port: number): string {
  const text = value?.trim();
  if (!text) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL such as https://partners.example.com, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`PUBLIC_URL must start with http:// or https://`);
  return text.replace(/\/+$/, '');
}

/**
 * TRUST_PROXY: unset or "false" trusts no proxy (the socket's address is the client); a number
 * trusts that many hops of X-Forwarded-For; otherwise a comma-separated list of addresses, CIDRs
 * or Express's names (loopback, linklocal, uniquelocal) of the proxies to believe.
 */
export function parseTrustProxy(value: string | undefined): number | string[] | false {
  const text = value?.trim();
  if (!text || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
