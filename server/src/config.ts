import path from 'node:path';

/** Everything the server reads from the environment, in one place. */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset: run an embedded PostgreSQL with its data under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  sessionTtlHours: number;
  /** Seed the demo program when the database has no program yet. */
  seedDemo: boolean;
  portalDir: string;
  logLevel: string;
  /** Failed sign-ins per email within 15 minutes before further attempts wait. */
  loginMaxFailures: number;
  /** How often the auto-approve job looks for sale commissions past their holding period. */
  autoApproveIntervalMs: number;
  /** SMTP server for partner emails (smtp://user:pass@host:port, smtps://…); unset: write .eml files to `mailDir`. */
  smtpUrl: string | undefined;
  /** From address of partner emails. */
  mailFrom: string;
  /** Where emails go when no SMTP_URL is set. */
  mailDir: string;
}

export const projectRoot = path.resolve(__dirname, '..', '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.PARTNERBOOK_DATA_DIR ?? path.join(projectRoot, '.data'),
    production: env.NODE_ENV === 'production',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    seedDemo: env.SEED_DEMO !== 'false',
    portalDir: env.PORTAL_DIR ?? path.join(projectRoot, 'portal', 'dist'),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    loginMaxFailures: Number(env.LOGIN_MAX_FAILURES ?? 10),
    autoApproveIntervalMs: Number(env.AUTO_APPROVE_INTERVAL_MS ?? 60_000),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Partnerbook <no-reply@partnerbook.local>',
    mailDir: env.MAIL_DIR ?? path.join(env.PARTNERBOOK_DATA_DIR ?? path.join(projectRoot, '.data'), 'mail'),
  };
}
