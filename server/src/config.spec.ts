import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, validateDatabaseUrl } from './config';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('requires the two-factor encryption key in production only, and checks its shape without repeating it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TWO_FACTOR_ENCRYPTION_KEY is required in production/);
    expect(loadConfig({}).twoFactorEncryptionKey).toBeUndefined();
    expect(loadConfig({ TWO_FACTOR_ENCRYPTION_KEY: KEY }).twoFactorEncryptionKey).toBe(KEY);
    expect(() => loadConfig({ TWO_FACTOR_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/TWO_FACTOR_ENCRYPTION_KEY must be 32 random bytes/);
    expect(() => loadConfig({ TWO_FACTOR_ENCRYPTION_KEY: KEY, TWO_FACTOR_PREVIOUS_KEYS: `${KEY}, nope` })).toThrow(
      /TWO_FACTOR_PREVIOUS_KEYS/,
    );
    expect(loadConfig({ TWO_FACTOR_ENCRYPTION_KEY: KEY, TWO_FACTOR_PREVIOUS_KEYS: ` ${KEY} ,` }).twoFactorPreviousKeys).toEqual([KEY]);
  });

  it('seeds the demo program by default only outside production', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', TWO_FACTOR_ENCRYPTION_KEY: KEY }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', TWO_FACTOR_ENCRYPTION_KEY: KEY, SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(() => loadConfig({ SEED_DEMO: 'yes' })).toThrow(ConfigError);
  });

  it('reads who may start a program: unset means only the first, and a typo is refused', () => {
    expect(loadConfig({}).signup).toBe('first');
    expect(loadConfig({ SIGNUP: '' }).signup).toBe('first');
    for (const mode of ['open', 'invite', 'closed'] as const) expect(loadConfig({ SIGNUP: mode }).signup).toBe(mode);
    expect(() => loadConfig({ SIGNUP: 'Open' })).toThrow(/SIGNUP must be one of open, invite, closed/);
  });

  it('reads the database timeouts and the shutdown grace, with defaults', () => {
    const defaults = loadConfig({});
    expect(defaults.databaseTimeouts).toEqual({
      connectMs: 5_000,
      statementMs: 30_000,
      lockMs: 10_000,
      idleInTransactionMs: 60_000,
      keepAliveDelayMs: 10_000,
    });
    expect(defaults.shutdownGraceMs).toBe(30_000);
    const set = loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '200', DATABASE_LOCK_TIMEOUT_MS: '0', SHUTDOWN_GRACE_MS: '500' });
    expect(set.databaseTimeouts.statementMs).toBe(200);
    expect(set.databaseTimeouts.lockMs).toBe(0);
    expect(set.shutdownGraceMs).toBe(500);
  });

  it('gives exports connections of their own with a far longer statement timeout than requests', () => {
    const defaults = loadConfig({});
    expect(defaults.exportPoolSize).toBe(4);
    expect(defaults.exportStatementTimeoutMs).toBe(30 * 60_000);
    expect(defaults.exportStatementTimeoutMs).toBeGreaterThan(defaults.databaseTimeouts.statementMs);
    const set = loadConfig({ EXPORT_POOL_SIZE: '2', EXPORT_STATEMENT_TIMEOUT_MS: '0' });
    expect([set.exportPoolSize, set.exportStatementTimeoutMs]).toEqual([2, 0]);
    expect(() => loadConfig({ EXPORT_POOL_SIZE: '0' })).toThrow(/EXPORT_POOL_SIZE/);
    expect(() => loadConfig({ EXPORT_STATEMENT_TIMEOUT_MS: '1h' })).toThrow(/EXPORT_STATEMENT_TIMEOUT_MS/);
  });

  it('reads a hot standby only beside a primary, validated, with its lag bound and read-your-writes window', () => {
    const defaults = loadConfig({});
    expect(defaults.databaseReadUrl).toBeUndefined();
    expect([defaults.readMaxLagMs, defaults.readYourWritesMs, defaults.readConnectTimeoutMs]).toEqual([5_000, 10_000, 1_000]);
    const set = loadConfig({
      DATABASE_URL: 'postgres://u:p@primary/app',
      DATABASE_READ_URL: 'postgres://u:p@standby/app',
      READ_MAX_LAG_MS: '250',
      READ_YOUR_WRITES_MS: '0',
      DATABASE_READ_CONNECT_TIMEOUT_MS: '300',
    });
    expect([set.databaseReadUrl, set.readMaxLagMs, set.readYourWritesMs, set.readConnectTimeoutMs]).toEqual([
      'postgres://u:p@standby/app',
      250,
      0,
      300,
    ]);
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://u:p@standby/app' })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@primary/app', DATABASE_READ_URL: 'mysql://u:secret@standby/app' })).toThrow(
      /^DATABASE_READ_URL must start with postgres:\/\//,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@primary/app', DATABASE_READ_URL: 'postgres://u:secret@standby' })).toThrow(
      /DATABASE_READ_URL names no database/,
    );
    expect(() => loadConfig({ READ_MAX_LAG_MS: '1s' })).toThrow(/READ_MAX_LAG_MS/);
    expect(() => loadConfig({ DATABASE_READ_CONNECT_TIMEOUT_MS: '0' })).toThrow(/DATABASE_READ_CONNECT_TIMEOUT_MS/);
  });

  it('refuses numbers that are not whole and non-negative, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '2s' })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
    expect(() => loadConfig({ PORT: '-1' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '0' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
  });
});

describe('validateDatabaseUrl', () => {
  it('accepts PostgreSQL URLs, including socket hosts in the query string', () => {
    for (const url of [
      'postgres://u:p%40ss@db.internal:5432/app',
      'postgresql://localhost/app',
      'postgres:///app?host=/var/run/postgresql',
    ]) {
      expect(validateDatabaseUrl(url)).toBe(url);
    }
  });

  it('says the URL is invalid (never a later DNS failure) and never repeats the password', () => {
    const cases: [string, RegExp][] = [
      ['postgres://user:pa@ss@base/app', /not a valid URL.*%40/],
      ['database', /not a valid URL/],
      ['postgres//localhost/app', /not a valid URL/],
      ['mysql://u:secret@host/app', /must start with postgres:\/\//],
      ['postgres://u:secret@host:99999/app', /not a valid URL|invalid port/],
      ['postgres://u:secret@host', /names no database/],
      ['postgres://u:secret@/app', /not a valid URL|no host/],
    ];
    for (const [url, message] of cases) {
      let error: unknown;
      try {
        validateDatabaseUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error, url).toBeInstanceOf(ConfigError);
      expect((error as Error).message, url).toMatch(message);
      expect((error as Error).message).not.toMatch(/secret|pa@ss/);
    }
  });
});
