import pino from 'pino';

type LogListener = (entry: Record<string, unknown>) => void;
const listeners = new Set<LogListener>();
const stdout = pino.destination({ dest: 1, sync: true });

/**
 * Structured JSON logs on stdout. Listeners see every line written (tests assert on what an
 * operator would read, e.g. that the real cause of a failure is logged).
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'warn' : 'info'),
    base: { service: 'partnerbook' },
    redact: ['req.headers.authorization', 'password', 'token'],
  },
  {
    write(line: string) {
      stdout.write(line);
      if (listeners.size === 0) return;
      const entry = JSON.parse(line) as Record<string, unknown>;
      for (const listener of listeners) listener(entry);
    },
  },
);

/** Calls `listener` with each log entry from now on; returns the function that stops it. */
export function onLogEntry(listener: LogListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Logger = typeof logger;
