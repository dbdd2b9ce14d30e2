import pino from 'pino';

/** Structured JSON logs on stdout. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'warn' : 'info'),
  base: { service: 'partnerbook' },
  redact: ['req.headers.authorization', 'password', 'token'],
});

export type Logger = typeof logger;
