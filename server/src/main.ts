import './config-check';
import 'reflect-metadata';
import http from 'node:http';
import { ErrorCode } from '@partnerbook/shared';
import { ConfigError, loadConfig } from './config';
import { logger } from './logger';
import { openDatabase } from './database/data-source';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { createApp, listen } from './http/app';
import { DEMO_LOGINS, seedDemo } from './seed/demo-seed';
import { startAutoApproveScheduler } from './payments/auto-approve.scheduler';
import { startEmailWorker } from './emails/email.worker';
import { startWebhookWorker } from './webhooks/webhook.worker';
import { loadTwoFactorKeyring, sealTwoFactorSecrets } from './two-factor/secret-box';

/** A failure the operator can fix from one sentence: said in one log line, no stack trace, exit 1. */
class StartupError extends Error {}

/** Until the app is ready the port answers: live, but not ready. */
function startingHandler(req: http.IncomingMessage, res: http.ServerResponse) {
  const live = req.url === '/livez' || req.url === '/healthz';
  res.writeHead(live ? 200 : 503, { 'content-type': 'application/json', 'retry-after': '2', 'cache-control': 'no-store' });
  res.end(
    JSON.stringify(
      live ? { ok: true } : { errors: [{ message: 'Partnerbook is starting', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] },
    ),
  );
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }

  // The port is taken first: a second instance on a busy port fails before it touches (or seeds) any database.
  const server = http.createServer(startingHandler);
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    throw new StartupError((error as Error).message);
  }

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, persistent: true });
    databaseUrl = embedded.url;
    logger.info({ dataDir: embedded.dataDir }, 'embedded PostgreSQL started');
  }
  const dataSource = await openDatabase(databaseUrl, { timeouts: config.databaseTimeouts, poolSize: config.databasePoolSize });
  logger.info('migrations applied');
  // Two-factor secrets stored before encryption (or sealed with a previous key) are sealed with the current key.
  const resealed = await sealTwoFactorSecrets(dataSource, loadTwoFactorKeyring(config));
  if (resealed > 0) logger.info({ accounts: resealed }, 'two-factor secrets sealed with the current key');
  if (config.seedDemo && config.production) {
    logger.warn(
      'SEED_DEMO=true with NODE_ENV=production: an empty database gets the demo program, whose logins and passwords are published in the README. Never do this on a server others can reach.',
    );
  }
  const seeded = config.seedDemo && (await seedDemo(dataSource));
  if (seeded) {
    if (config.production)
      logger.warn(
        { logins: DEMO_LOGINS.map((login) => login.email) },
        'DEMO PROGRAM SEEDED IN PRODUCTION: its published demo logins work on this server',
      );
    else logger.info('demo program seeded');
  }
  const app = await createApp(dataSource, config, { server });
  const autoApprove = startAutoApproveScheduler(dataSource, config.autoApproveIntervalMs);
  const emailWorker = startEmailWorker(dataSource, config);
  const webhookWorker = startWebhookWorker(dataSource, config);
  app.readiness.addWorker('autoApprove', () => autoApprove.active);
  app.readiness.addWorker('emailWorker', () => emailWorker.running);
  app.readiness.addWorker('webhookWorker', () => webhookWorker.running);
  logger.info({ url: app.url, graphql: `${app.url}/graphql` }, 'Partnerbook is running');
  if (config.seedDemo) {
    const lines = DEMO_LOGINS.map((login) => `  ${login.role.padEnd(28)} ${login.email.padEnd(24)} ${login.password}`);
    process.stdout.write(`\nPartnerbook: ${app.url}  (GraphQL: ${app.url}/graphql)\nDemo logins:\n${lines.join('\n')}\n\n`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      process.exit(1);
    }
    stopping = true;
    const graceMs = config.shutdownGraceMs;
    const deadline = Date.now() + graceMs;
    logger.info({ signal, graceMs }, 'shutting down: taking no new requests, finishing those in flight');
    const workers = Promise.all([autoApprove.stop(), emailWorker.stop(), webhookWorker.stop()]).then(() => true);
    const cut = await app.shutdown(graceMs);
    const workersStopped = await Promise.race([
      workers,
      new Promise<false>((resolve) => setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())).unref()),
    ]);
    if (!workersStopped) logger.error({ graceMs }, 'background jobs were still running when the grace period ended; they were cut');
    const clean = cut.length === 0 && workersStopped;
    // Requests that were cut may still hold connections: waiting for the pool would wait for them.
    if (clean) await dataSource.destroy();
    if (embedded) await embedded.stop();
    if (clean) logger.info('stopped');
    else logger.error({ cutRequests: cut.length }, 'stopped, cutting work that had not finished (exit code 1)');
    process.exit(clean ? 0 : 1);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
