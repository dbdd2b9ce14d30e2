import { randomBytes } from 'node:crypto';

export interface WebhookRetryPolicy {
  /** Pause after the n-th failed attempt (index n − 1); its length + 1 is the number of attempts. */
  delaysMs: number[];
  /** Each pause is stretched or shrunk by up to this share at random, so endpoints that failed together do not retry together. */
  jitter: number;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Nine attempts over about three days (the Standard Webhooks schedule, stretched at the end). */
export const DEFAULT_WEBHOOK_RETRY_POLICY: WebhookRetryPolicy = {
  delaysMs: [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 14 * HOUR, 40 * HOUR],
  jitter: 0.1,
};

export function maxAttempts(policy: WebhookRetryPolicy): number {
  return policy.delaysMs.length + 1;
}

/** The pause after failed attempt `attempt` (1-based), or null when it was the last one: the delivery is dead. */
export function retryDelayMs(attempt: number, policy: WebhookRetryPolicy, random: () => number = Math.random): number | null {
  if (attempt >= maxAttempts(policy)) return null;
  const base = policy.delaysMs[attempt - 1];
  return Math.round(base * (1 + policy.jitter * (2 * random() - 1)));
}

/** The longest a delivery can wait between two attempts: tests advance the clock by this. */
export function longestDelayMs(policy: WebhookRetryPolicy): number {
  return Math.ceil(Math.max(...policy.delaysMs) * (1 + policy.jitter));
}

/** A signing secret in the Standard Webhooks form: whsec_ and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Only 2xx answers count as delivered; a redirect is not followed and counts as a failure. */
export function isDelivered(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}

export const RESPONSE_EXCERPT_CHARS = 500;

/** What is kept of a receiver's answer: the first characters, control characters replaced. */
export function responseExcerpt(body: string): string {
  return body.slice(0, RESPONSE_EXCERPT_CHARS).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '�');
}
