import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, EmbeddedDatabase } from '../../server/src/database/embedded-database';
import { openDatabase } from '../../server/src/database/data-source';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
    templateDatabase: string;
  }
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * One PostgreSQL for the run — embedded in a throwaway folder, or the one DATABASE_URL names —
 * and a template database with every migration applied; each test file clones its own copy.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-test-'));
    fs.chmodSync(dir, 0o755);
    embedded = await startEmbeddedDatabase({ dataDir: dir, persistent: false });
    adminUrl = embedded.url;
  }
  const template = `pb_template_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const dataSource = await openDatabase(databaseUrl(adminUrl, template), { poolSize: 2 });
  await dataSource.destroy();
  project.provide('databaseAdminUrl', adminUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    if (embedded) await embedded.stop();
  };
}
