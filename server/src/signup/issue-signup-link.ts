import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database/data-source';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { systemClock } from '../common/clock';
import { issueSignupLink } from './signup.service';

/**
 * `npm run signup-link -- <email>`: prints a single-use link (7 days) for that address to start a
 * program when SIGNUP=invite. Uses DATABASE_URL; without it, the embedded database (stop the
 * server first: one process at a time owns its folder).
 */
async function main() {
  const email = process.argv[2];
  if (!email) {
    process.stderr.write('usage: npm run signup-link -- <email>\n');
    process.exit(2);
  }
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase({ dataDir: config.dataDir, persistent: true });
  const dataSource = await openDatabase(config.databaseUrl ?? embedded!.url, { poolSize: 1 });
  try {
    const link = await issueSignupLink(dataSource, email, { clock: systemClock, publicUrl: config.publicUrl });
    process.stdout.write(`Sign-up link for ${email.trim().toLowerCase()} (works once, for 7 days):\n${link}\n`);
    if (config.signup !== 'invite') process.stdout.write(`Note: SIGNUP is "${config.signup}", not "invite".\n`);
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
