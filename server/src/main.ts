import 'reflect-metadata';
import { loadConfig } from './config';
import { logger } from './logger';
import { openDatabase } from './database/data-source';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { createApp } from './http/app';
import { DEMO_LOGINS, seedDemo } from './seed/demo-seed';
import { startAutoApproveScheduler } from './payments/auto-approve.scheduler';
import { startEmailWorker } from './emails/email.worker';

async function main() {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, persistent: true });
    databaseUrl = embedded.url;
    logger.info({ dataDir: embedded.dataDir }, 'embedded PostgreSQL started');
  }
  const dataSource = await openDatabase(databaseUrl);
  logger.info('migrations applied');
  if (config.seedDemo && (await seedDemo(dataSource))) logger.info('demo program seeded');
  const app = await createApp(dataSource, config);
  const autoApprove = startAutoApproveScheduler(dataSource, config.autoApproveIntervalMs);
  const emailWorker = startEmailWorker(dataSource, config);
  logger.info({ url: app.url, graphql: `${app.url}/graphql` }, 'Partnerbook is running');
  if (config.seedDemo) {
    const lines = DEMO_LOGINS.map((login) => `  ${login.role.padEnd(28)} ${login.email.padEnd(24)} ${login.password}`);
    process.stdout.write(`\nPartnerbook: ${app.url}  (GraphQL: ${app.url}/graphql)\nDemo logins:\n${lines.join('\n')}\n\n`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await autoApprove.stop();
    await emailWorker.stop();
    await dataSource.destroy();
    if (embedded) await embedded.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
