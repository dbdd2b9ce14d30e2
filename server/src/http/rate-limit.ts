import type Redis from 'ioredis';
import { Clock, systemClock } from '../common/clock';
import { logger } from '../logger';

/** A caller's cost budget: `capacity` points, refilled continuously at `capacity` per `windowSeconds`. */
export interface BucketPolicy {
  capacity: number;
  windowSeconds: number;
}

/** The answer to one request for points; the numbers feed the RateLimit-* headers. */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  /** Whole points left after this request. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** When refused: seconds until this request's cost is available. */
  retryAfterSeconds: number;
  windowSeconds: number;
}

interface BucketState {
  tokens: number;
  /** Milliseconds since the epoch of the last refill. */
  at: number;
}

/**
 * How a request's points are taken: `take` spends them only if the bucket holds them (admission);
 * `charge` spends them regardless, down to one window's debt at most (what a request turned out to
 * cost beyond its price, known only once it has run: the caller waits that debt out before its next).
 */
export type SpendMode = 'take' | 'charge';

/** Pure token-bucket arithmetic shared by the memory and Redis stores (the Lua script mirrors it). */
export function takeTokens(
  state: BucketState | undefined,
  policy: BucketPolicy,
  requested: number,
  nowMs: number,
  mode: SpendMode = 'take',
): { state: BucketState; decision: RateLimitDecision } {
  const ratePerMs = policy.capacity / (policy.windowSeconds * 1000);
  // A request dearer than the whole bucket takes the whole bucket rather than never passing.
  const cost = Math.min(Math.max(requested, 0), policy.capacity);
  let tokens = state ? state.tokens : policy.capacity;
  let at = state ? state.at : nowMs;
  if (nowMs > at) {
    tokens = Math.min(policy.capacity, tokens + (nowMs - at) * ratePerMs);
    at = nowMs;
  }
  const allowed = mode === 'charge' || tokens >= cost;
  if (allowed) tokens = Math.max(-policy.capacity, tokens - cost);
  return { state: { tokens, at }, decision: decide(allowed, tokens, cost, policy, mode) };
}

/** After a charge, Retry-After is until the debt (if any) is paid back; after a refused take, until `cost` is available. */
function decide(allowed: boolean, tokens: number, cost: number, policy: BucketPolicy, mode: SpendMode): RateLimitDecision {
  const ratePerSecond = policy.capacity / policy.windowSeconds;
  const short = mode === 'charge' ? -tokens : allowed ? 0 : cost - tokens;
  return {
    allowed,
    limit: policy.capacity,
    remaining: Math.max(0, Math.floor(tokens)),
    resetSeconds: Math.ceil((policy.capacity - tokens) / ratePerSecond),
    retryAfterSeconds: short > 0 ? Math.max(1, Math.ceil(short / ratePerSecond)) : 0,
    windowSeconds: policy.windowSeconds,
  };
}

/** Where buckets live: process memory, or Redis shared by every instance. */
export interface BucketStore {
  take(key: string, policy: BucketPolicy, cost: number, nowMs: number, mode?: SpendMode): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

export class MemoryBucketStore implements BucketStore {
  private readonly buckets = new Map<string, BucketState>();

  constructor(private readonly maxKeys = 100_000) {}

  async take(key: string, policy: BucketPolicy, cost: number, nowMs: number, mode: SpendMode = 'take'): Promise<RateLimitDecision> {
    const { state, decision } = takeTokens(this.buckets.get(key), policy, cost, nowMs, mode);
    if (!this.buckets.has(key) && this.buckets.size >= this.maxKeys) this.forgetFull(policy, nowMs);
    this.buckets.set(key, state);
    return decision;
  }

  /** A full bucket is the same as no bucket: dropping them bounds memory under many addresses. */
  private forgetFull(policy: BucketPolicy, nowMs: number) {
    for (const [key, state] of this.buckets) {
      if (takeTokens(state, policy, 0, nowMs).decision.remaining >= policy.capacity) this.buckets.delete(key);
    }
    // Still full of live buckets: drop the oldest rather than grow without bound.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}

/** The token bucket as one atomic Redis script (ARGV[5]: the SpendMode); state is a hash {t: tokens, at: ms} that expires once full. */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 't', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then tokens = capacity; at = now end
if now > at then
  tokens = math.min(capacity, tokens + (now - at) * rate)
  at = now
end
local allowed = 0
if ARGV[5] == 'charge' or tokens >= cost then
  tokens = math.max(-capacity, tokens - cost)
  allowed = 1
end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate) + 1000)
return {allowed, tostring(tokens)}
`;

type RedisWithTake = Redis & {
  partnerbookTakeTokens(key: string, capacity: number, rate: number, cost: number, now: number, mode: SpendMode): Promise<[number, string]>;
};

/**
 * Buckets in Redis, shared by every instance. When Redis fails, the request is decided by an
 * in-memory bucket instead (limits then hold per instance) and the failure is logged.
 */
export class RedisBucketStore implements BucketStore {
  private readonly redis: RedisWithTake;
  private readonly fallback = new MemoryBucketStore();
  private failing = false;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
  ) {
    if (!('partnerbookTakeTokens' in redis)) redis.defineCommand('partnerbookTakeTokens', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    this.redis = redis as RedisWithTake;
  }

  async take(key: string, policy: BucketPolicy, requested: number, nowMs: number, mode: SpendMode = 'take'): Promise<RateLimitDecision> {
    const cost = Math.min(Math.max(requested, 0), policy.capacity);
    const ratePerMs = policy.capacity / (policy.windowSeconds * 1000);
    try {
      const [allowed, tokens] = await this.redis.partnerbookTakeTokens(
        `${this.keyPrefix}${key}`,
        policy.capacity,
        ratePerMs,
        cost,
        nowMs,
        mode,
      );
      if (this.failing) {
        this.failing = false;
        logger.info('rate limits: Redis answers again');
      }
      return decide(allowed === 1, Number(tokens), cost, policy, mode);
    } catch (error) {
      if (!this.failing) {
        this.failing = true;
        logger.error({ err: error }, 'rate limits: Redis failed; limiting in memory, per instance, until it answers');
      }
      return this.fallback.take(key, policy, requested, nowMs, mode);
    }
  }

  async close(): Promise<void> {
    await this.fallback.close();
  }
}

/**
 * Cost budgets per caller. A refused caller is also remembered in this process until its
 * request could pass, so its next requests are answered 429 before any work (no database, no parsing).
 */
export class CostRateLimiter {
  private readonly blockedUntil = new Map<string, { untilMs: number; decision: RateLimitDecision }>();

  constructor(
    private readonly store: BucketStore,
    private readonly policies: { authenticated: BucketPolicy; anonymous: BucketPolicy },
    private readonly clock: Clock = systemClock,
  ) {}

  policyFor(anonymous: boolean): BucketPolicy {
    return anonymous ? this.policies.anonymous : this.policies.authenticated;
  }

  /** Spends `cost` points of the caller's budget, or refuses without spending any. */
  async take(callerKey: string, anonymous: boolean, cost: number, requestKey?: string): Promise<RateLimitDecision> {
    const nowMs = this.clock.now().getTime();
    const decision = await this.store.take(`cost:${callerKey}`, this.policyFor(anonymous), cost, nowMs);
    if (!decision.allowed && requestKey) this.block(requestKey, nowMs, decision);
    return decision;
  }

  /**
   * Spends `points` the caller's request turned out to cost beyond what it paid to be admitted,
   * whether or not the budget holds them. A caller left in debt is refused from then on (at the door,
   * for this request key) until the debt is paid back.
   */
  async charge(callerKey: string, anonymous: boolean, points: number, requestKey?: string): Promise<RateLimitDecision> {
    const nowMs = this.clock.now().getTime();
    const decision = await this.store.take(`cost:${callerKey}`, this.policyFor(anonymous), points, nowMs, 'charge');
    if (decision.retryAfterSeconds > 0 && requestKey) this.block(requestKey, nowMs, { ...decision, allowed: false });
    return decision;
  }

  private block(requestKey: string, nowMs: number, decision: RateLimitDecision) {
    if (this.blockedUntil.size >= 100_000) this.forgetExpiredBlocks(nowMs);
    this.blockedUntil.set(requestKey, { untilMs: nowMs + decision.retryAfterSeconds * 1000, decision });
  }

  /** The refusal still in force for this request key (a token's hash or an address), if any. */
  refusalFor(requestKey: string): RateLimitDecision | null {
    const block = this.blockedUntil.get(requestKey);
    if (!block) return null;
    const leftMs = block.untilMs - this.clock.now().getTime();
    if (leftMs <= 0) {
      this.blockedUntil.delete(requestKey);
      return null;
    }
    return { ...block.decision, retryAfterSeconds: Math.max(1, Math.ceil(leftMs / 1000)) };
  }

  private forgetExpiredBlocks(nowMs: number) {
    for (const [key, block] of this.blockedUntil) if (block.untilMs <= nowMs) this.blockedUntil.delete(key);
    if (this.blockedUntil.size >= 100_000) this.blockedUntil.clear();
  }

  async close(): Promise<void> {
    this.blockedUntil.clear();
    await this.store.close();
  }
}

/** RateLimit-* headers (IETF draft "RateLimit header fields for HTTP", the widely used separate-field form). */
export function rateLimitHeaders(decision: RateLimitDecision): [string, string][] {
  const headers: [string, string][] = [
    ['RateLimit-Policy', `${decision.limit};w=${decision.windowSeconds}`],
    ['RateLimit-Limit', String(decision.limit)],
    ['RateLimit-Remaining', String(decision.remaining)],
    ['RateLimit-Reset', String(decision.resetSeconds)],
  ];
  if (!decision.allowed) headers.push(['Retry-After', String(decision.retryAfterSeconds)]);
  return headers;
}
