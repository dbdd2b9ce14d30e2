/** When and whether the worker tries a message again. Pure, so the policy is unit-tested. */

export interface RetryPolicy {
  /** Attempts before a message ends FAILED. */
  maxAttempts: number;
  /** Delay after the first failure; doubles each time. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3_600_000 };

/** Exponential backoff after the `attempt`-th failed attempt (1-based): base, 2×base, 4×base… capped. */
export function retryDelayMs(attempt: number, policy: RetryPolicy): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}

/**
 * SMTP 5xx replies are permanent (unknown mailbox, rejected message): retrying cannot help.
 * Everything else — 4xx, refused or dropped connections, timeouts — may pass later.
 */
export function isPermanentFailure(error: { responseCode?: number; code?: string }): boolean {
  return typeof error.responseCode === 'number' && error.responseCode >= 500 && error.responseCode < 600;
}

export type AttemptOutcome = 'SENT' | 'RETRY' | 'FAILED';

export function outcomeOfFailure(attempt: number, error: { responseCode?: number; code?: string }, policy: RetryPolicy): AttemptOutcome {
  if (isPermanentFailure(error)) return 'FAILED';
  return attempt >= policy.maxAttempts ? 'FAILED' : 'RETRY';
}

/** A short, single-line error for the outbox (SMTP replies can be long and multi-line). */
export function describeError(error: unknown): string {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const text = `${e.code ? `${e.code}: ` : ''}${e.message ?? String(error)}`.replace(/\s+/g, ' ').trim();
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}
