import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../server/src/database/data-source';
import { AppOptions, createApp, RunningApp } from '../../server/src/http/app';
import { AppConfig, loadConfig } from '../../server/src/config';
import { adminQuery, databaseUrl } from './global-setup';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  /** The database's URL, for a second instance or a second connection pool on it. */
  databaseUrl: string;
  dataSource: DataSource;
  app: RunningApp;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

async function createDatabaseFromTemplate(adminUrl: string, template: string, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      // Another file may be cloning the template at this very moment.
      if (!/being accessed by other users/.test(String(error)) || attempt > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

/** A fresh database cloned from the migrated template; `drop` removes it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('databaseAdminUrl');
  const template = inject('templateDatabase');
  const name = `pb_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseFromTemplate(adminUrl, template, name);
  return { url: databaseUrl(adminUrl, name), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The real server on the database at `url` (migrated first), on a free port; `config` overrides settings such as timeouts. */
export async function startAppOn(
  url: string,
  config: Partial<AppConfig> = {},
  onClose: () => Promise<void> = async () => {},
  options: AppOptions = {},
): Promise<TestApp> {
  // Suites send hundreds of requests a minute from one address and token, many at once (concurrency
  // tests): budgets and in-flight allowances out of their way (guards.test.ts and shared-limits.test.ts
  // test the limits with their own settings).
  const budgets = {
    rateLimitPointsPerMinute: 1e9,
    rateLimitAnonymousPointsPerMinute: 1e9,
    callerInFlightCost: 1e9,
    callerInFlightRequests: 1e9,
  };
  const settings = { ...loadConfig(), port: 0, host: '127.0.0.1', production: false, ...budgets, ...config };
  const dataSource = await openDatabase(url, { poolSize: 12, timeouts: settings.databaseTimeouts });
  const app = await createApp(dataSource, settings, options);
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string | null) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse;
    return { ...body, status: response.status };
  };
  return {
    url: app.url,
    databaseUrl: url,
    dataSource,
    app,
    gql,
    close: async () => {
      await app.close();
      await dataSource.destroy().catch(() => undefined);
      await onClose();
    },
  };
}

/** The real server, on its own fresh database cloned from the migrated template, on a free port. */
export async function startTestApp(config: Partial<AppConfig> = {}, options: AppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- drop is an arrow function at runtime
  return startAppOn(database.url, config, database.drop, options);
}

/** The first error's code, for assertions. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
