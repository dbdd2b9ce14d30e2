import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import {
  DEFAULT_WEBHOOK_RETRY_POLICY,
  isDelivered,
  longestDelayMs,
  maxAttempts,
  newWebhookSecret,
  responseExcerpt,
  retryDelayMs,
} from './webhook-delivery-rules';

describe('webhook delivery rules', () => {
  const policy = DEFAULT_WEBHOOK_RETRY_POLICY;

  it('backs off exponentially-ish within the jitter, for about three days, then gives up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: maxAttempts(policy) - 1 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const delay = retryDelayMs(attempt, policy, () => r)!;
        const base = policy.delaysMs[attempt - 1];
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * (1 - policy.jitter)));
        expect(delay).toBeLessThanOrEqual(Math.ceil(base * (1 + policy.jitter)));
        expect(delay).toBeLessThanOrEqual(longestDelayMs(policy));
      }),
    );
    for (let i = 1; i < policy.delaysMs.length; i++) expect(policy.delaysMs[i]).toBeGreaterThan(policy.delaysMs[i - 1]);
    const total = policy.delaysMs.reduce((sum, ms) => sum + ms, 0);
    expect(total / 86_400_000).toBeGreaterThan(2.5);
    expect(total / 86_400_000).toBeLessThan(3.5);
    expect(retryDelayMs(maxAttempts(policy), policy)).toBeNull();
  });

  it('makes secrets the standardwebhooks library accepts', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const webhook = new Webhook(secret);
    const at = new Date();
    const signature = webhook.sign('msg_1', at, '{"a":1}');
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature };
    expect(webhook.verify('{"a":1}', headers)).toEqual({ a: 1 });
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('counts 2xx only as delivered and keeps a short, clean excerpt', () => {
    expect([200, 204, 299].every(isDelivered)).toBe(true);
    expect([199, 301, 302, 400, 500].some(isDelivered)).toBe(false);
    expect(responseExcerpt('x'.repeat(10_000))).toHaveLength(500);
    expect(responseExcerpt('ok\u0000\u001b[31m')).toBe('ok��[31m');
  });
});
