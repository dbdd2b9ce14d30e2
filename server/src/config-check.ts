import { ConfigError, loadConfig } from './config';
import { logger } from './logger';

// Imported first by main.ts: some modules read the configuration as they load, so an invalid
// setting must stop the process here, as one log line, before any of them is loaded.
try {
  loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  logger.fatal(error.message);
  process.exit(1);
}
