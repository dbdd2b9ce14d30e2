import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Clock } from '../common/clock';
import { BucketPolicy, CostRateLimiter, MemoryBucketStore, rateLimitHeaders, SpendMode, takeTokens } from './rate-limit';
import { measuredSurcharge } from './rate-limit-plugin';

const policy: BucketPolicy = { capacity: 600, windowSeconds: 60 }; // 10 points a second

class ManualClock implements Clock {
  constructor(private ms = Date.UTC(2030, 0, 1)) {}
  now() {
    return new Date(this.ms);
  }
  advance(ms: number) {
    this.ms += ms;
  }
}

describe('token bucket arithmetic', () => {
  it('starts full, spends, refuses without spending, and refills at capacity per window', () => {
    let { state, decision } = takeTokens(undefined, policy, 500, 0);
    expect(decision).toMatchObject({ allowed: true, remaining: 100, limit: 600, resetSeconds: 50 });
    ({ state, decision } = takeTokens(state, policy, 150, 0));
    expect(decision).toMatchObject({ allowed: false, remaining: 100, retryAfterSeconds: 5 });
    expect(state.tokens).toBe(100);
    ({ state, decision } = takeTokens(state, policy, 150, 5_000));
    expect(decision).toMatchObject({ allowed: true, remaining: 0 });
    ({ decision } = takeTokens(state, policy, 0, 3_600_000));
    expect(decision.remaining).toBe(600);
  });

  it('lets a request dearer than the whole bucket take the whole bucket', () => {
    const { decision } = takeTokens(undefined, policy, 10_000, 0);
    expect(decision).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('never holds more than its capacity nor less than nothing, and refuses only what it cannot pay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 120_000 })), { maxLength: 60 }),
        (steps) => {
          let state: ReturnType<typeof takeTokens>['state'] | undefined;
          let now = 0;
          for (const [cost, wait] of steps) {
            now += wait;
            const before = state
              ? Math.min(policy.capacity, state.tokens + ((now - state.at) * policy.capacity) / 60_000)
              : policy.capacity;
            const result = takeTokens(state, policy, cost, now);
            expect(result.state.tokens).toBeGreaterThanOrEqual(0);
            expect(result.state.tokens).toBeLessThanOrEqual(policy.capacity);
            expect(result.decision.allowed).toBe(before >= Math.min(cost, policy.capacity));
            if (!result.decision.allowed) expect(result.state.tokens).toBeCloseTo(before, 6);
            state = result.state;
          }
        },
      ),
    );
  });
});

describe('charges after the fact', () => {
  it('spend into debt, at most one window of it, and refuse every take until the debt and the cost are paid', () => {
    let { state, decision } = takeTokens(undefined, policy, 500, 0);
    ({ state, decision } = takeTokens(state, policy, 300, 0, 'charge'));
    expect(decision).toMatchObject({ allowed: true, remaining: 0, retryAfterSeconds: 20 }); // 200 points of debt at 10 a second
    expect(state.tokens).toBe(-200);
    ({ state, decision } = takeTokens(state, policy, 50, 10_000));
    expect(decision).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 15 }); // -100 now: 150 short
    expect(state.tokens).toBe(-100);
    ({ state, decision } = takeTokens(state, policy, 50, 25_000));
    expect(decision).toMatchObject({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    ({ state, decision } = takeTokens(state, policy, 1_000_000, 25_000, 'charge'));
    expect(state.tokens).toBe(-600);
    expect(decision.retryAfterSeconds).toBe(60);
    expect(takeTokens(state, policy, 0, 85_000).decision.allowed).toBe(true);
    expect(takeTokens(state, policy, 0, 84_999).decision.allowed).toBe(false);
  });

  it('keep the bucket between one window of debt and full, and never let a take pass what the bucket does not hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 120_000 }), fc.constantFrom<SpendMode>('take', 'charge')),
          { maxLength: 60 },
        ),
        (steps) => {
          let state: ReturnType<typeof takeTokens>['state'] | undefined;
          let now = 0;
          for (const [cost, wait, mode] of steps) {
            now += wait;
            const before = state
              ? Math.min(policy.capacity, state.tokens + ((now - state.at) * policy.capacity) / 60_000)
              : policy.capacity;
            const result = takeTokens(state, policy, cost, now, mode);
            expect(result.state.tokens).toBeGreaterThanOrEqual(-policy.capacity);
            expect(result.state.tokens).toBeLessThanOrEqual(policy.capacity);
            if (mode === 'charge') {
              expect(result.decision.allowed).toBe(true);
              expect(result.state.tokens).toBeCloseTo(Math.max(-policy.capacity, before - Math.min(cost, policy.capacity)), 6);
              expect(result.decision.retryAfterSeconds > 0).toBe(result.state.tokens < 0);
            } else {
              expect(result.decision.allowed).toBe(before >= Math.min(cost, policy.capacity));
              if (result.decision.allowed) expect(result.state.tokens).toBeGreaterThanOrEqual(-1e-9);
              else expect(result.state.tokens).toBeCloseTo(before, 6);
            }
            state = result.state;
          }
        },
      ),
    );
  });

  it('price a query by its measured database time and charge only what it did not pay', () => {
    expect(measuredSurcharge(51, 1_000, 10_000)).toBe(9_949);
    expect(measuredSurcharge(3_340, 300, 10_000)).toBe(0);
    expect(measuredSurcharge(100, 10.01, 10_000)).toBe(1);
    expect(measuredSurcharge(100, 2_000, 0)).toBe(0);
  });
});

describe('cost rate limiter', () => {
  it('keeps a budget per caller and remembers a refusal until its cost is available again', async () => {
    const clock = new ManualClock();
    const limiter = new CostRateLimiter(
      new MemoryBucketStore(),
      { authenticated: policy, anonymous: { capacity: 60, windowSeconds: 60 } },
      clock,
    );
    expect((await limiter.take('account:a', false, 400, 'token:a')).allowed).toBe(true);
    const refused = await limiter.take('account:a', false, 400, 'token:a');
    expect(refused).toMatchObject({ allowed: false, remaining: 200, retryAfterSeconds: 20 });
    expect((await limiter.take('account:b', false, 400, 'token:b')).allowed).toBe(true);
    expect((await limiter.take('address:x', true, 61, 'address:x')).allowed).toBe(true);
    expect((await limiter.take('address:x', true, 1, 'address:x')).allowed).toBe(false);

    expect(limiter.refusalFor('token:a')?.retryAfterSeconds).toBe(20);
    expect(limiter.refusalFor('token:b')).toBeNull();
    clock.advance(19_000);
    expect(limiter.refusalFor('token:a')?.retryAfterSeconds).toBe(1);
    clock.advance(1_000);
    expect(limiter.refusalFor('token:a')).toBeNull();
    expect((await limiter.take('account:a', false, 400, 'token:a')).allowed).toBe(true);
  });

  it('turns a caller away at the door once a charge leaves it in debt, until the debt is paid back', async () => {
    const clock = new ManualClock();
    const limiter = new CostRateLimiter(new MemoryBucketStore(), { authenticated: policy, anonymous: policy }, clock);
    expect((await limiter.take('account:a', false, 100, 'token:a')).allowed).toBe(true);
    expect((await limiter.charge('account:a', false, 400, 'token:a')).remaining).toBe(100);
    expect(limiter.refusalFor('token:a')).toBeNull();
    const charged = await limiter.charge('account:a', false, 400, 'token:a');
    expect(charged).toMatchObject({ allowed: true, remaining: 0, retryAfterSeconds: 30 });
    expect(limiter.refusalFor('token:a')).toMatchObject({ allowed: false, retryAfterSeconds: 30 });
    clock.advance(30_000);
    expect(limiter.refusalFor('token:a')).toBeNull();
    expect((await limiter.take('account:a', false, 1, 'token:a')).allowed).toBe(false);
    clock.advance(100);
    expect((await limiter.take('account:a', false, 1, 'token:a')).allowed).toBe(true);
  });

  it('forgets full buckets first when it holds too many', async () => {
    const store = new MemoryBucketStore(3);
    for (const key of ['a', 'b', 'c']) await store.take(key, policy, 1, 0);
    await store.take('a', policy, 599, 0);
    // b and c are full again a minute later; a is still spent and must be kept.
    await store.take('d', policy, 1, 1_000);
    expect((await store.take('a', policy, 100, 1_000)).allowed).toBe(false);
  });
});

describe('RateLimit headers', () => {
  it('state the policy, what is left, when it is full again, and Retry-After when refused', () => {
    const { decision } = takeTokens({ tokens: 10, at: 0 }, policy, 70, 0);
    expect(Object.fromEntries(rateLimitHeaders(decision))).toEqual({
      'RateLimit-Policy': '600;w=60',
      'RateLimit-Limit': '600',
      'RateLimit-Remaining': '10',
      'RateLimit-Reset': '59',
      'Retry-After': '6',
    });
  });
});
