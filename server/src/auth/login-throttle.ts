import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { IRateLimiterRedisOptions, RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginThrottleOptions {
  /** Consecutive failures for one account from one address before each further try waits. */
  maxConsecutiveFailures?: number;
  /** Failures from one address (any accounts) per day. */
  maxFailuresPerAddress?: number;
  /** Applications (public application pages) from one address per hour. */
  maxApplicationsPerAddressPerHour?: number;
  /** Shared store; without it the counters live in this process. */
  redis?: Redis;
  keyPrefix?: string;
}

export type GuardedLogin<T> = { refused: true; retryAfterSeconds: number } | { refused: false; result: T | null };

const DAY_SECONDS = 24 * 60 * 60;
const MAX_DELAY_SECONDS = 60 * 60;

/** The n-th lockout of one account from one address waits fib(n) minutes: 1, 2, 3, 5, 8, … up to an hour. */
export function lockoutSeconds(lockouts: number): number {
  let [previous, current] = [1, 1];
  for (let i = 1; i < lockouts; i++) [previous, current] = [current, previous + current];
  return Math.min(current * 60, MAX_DELAY_SECONDS);
}

/**
 * Sign-in protection after rate-limiter-flexible's login recipe: it slows a password guesser
 * without letting anyone lock the owner out.
 *
 * - Failures are counted per address + account (consecutive; a correct password clears them)
 *   and per address (per day). There is no per-account counter anyone could fill from elsewhere.
 * - After `maxConsecutiveFailures` in a row, that address + account waits, longer each time
 *   (1, 2, 3, 5, 8 … minutes); the owner signing in from another address is not affected.
 * - Only a checked wrong password counts. An attempt holds its point while the password is
 *   checked (so parallel guesses cannot slip past the limit) and gets it back if the check
 *   could not run (a database outage) or succeeded.
 * - With Redis the counters are shared by every instance, with a memory fallback if Redis fails.
 */
export class LoginThrottle {
  private readonly byAddress: RateLimiterAbstract;
  private readonly consecutive: RateLimiterAbstract;
  private readonly lockouts: RateLimiterAbstract;
  private readonly maxConsecutiveFailures: number;
  private readonly applications: RateLimiterAbstract;

  constructor(options: LoginThrottleOptions = {}) {
    this.maxConsecutiveFailures = options.maxConsecutiveFailures ?? 10;
    const prefix = `${options.keyPrefix ?? ''}login`;
    const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
      const settings = { keyPrefix: `${prefix}-${name}`, points, duration };
      if (!options.redis) return new RateLimiterMemory(settings);
      const redisSettings: IRateLimiterRedisOptions = {
        ...settings,
        storeClient: options.redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(settings),
      };
      return new RateLimiterRedis(redisSettings);
    };
    this.byAddress = limiter('address', options.maxFailuresPerAddress ?? 100, DAY_SECONDS);
    this.consecutive = limiter('consecutive', this.maxConsecutiveFailures, DAY_SECONDS);
    this.lockouts = limiter('lockouts', Number.MAX_SAFE_INTEGER, DAY_SECONDS);
    this.applications = limiter('applications', options.maxApplicationsPerAddressPerHour ?? 10, 60 * 60);
  }

  /**
   * Counts one application (a public, unauthenticated form that creates records and emails) from
   * `address`; null when it may go ahead, else the seconds until the address may apply again.
   */
  async takeApplication(address: string): Promise<number | null> {
    try {
      await this.applications.consume(address);
      return null;
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
    }
  }

  /**
   * Runs `check` (the password check: a result when right, null when wrong) unless this address,
   * or this address for this account, must wait; counts the outcome as described above.
   */
  async guard<T>(email: string, address: string, check: () => Promise<T | null>): Promise<GuardedLogin<T>> {
    const pairKey = createHash('sha256').update(`${address}\u0000${email.trim().toLowerCase()}`).digest('base64url');
    const [byAddress, consecutive] = await Promise.allSettled([this.byAddress.consume(address), this.consecutive.consume(pairKey)]);
    if (byAddress.status === 'rejected' || consecutive.status === 'rejected') {
      await Promise.all([
        byAddress.status === 'fulfilled' ? this.byAddress.reward(address) : null,
        consecutive.status === 'fulfilled' ? this.consecutive.reward(pairKey) : null,
      ]);
      return { refused: true, retryAfterSeconds: await this.retryAfter(pairKey, byAddress, consecutive) };
    }
    let result: T | null;
    try {
      result = await check();
    } catch (error) {
      // The password was not checked (e.g. the database is down): nothing to count.
      await Promise.all([this.byAddress.reward(address), this.consecutive.reward(pairKey)]);
      throw error;
    }
    if (result !== null) {
      await Promise.all([this.consecutive.delete(pairKey), this.lockouts.delete(pairKey), this.byAddress.reward(address)]);
      return { refused: false, result };
    }
    if (consecutive.value.consumedPoints >= this.maxConsecutiveFailures) {
      const lockout = await this.lockouts.consume(pairKey);
      await this.consecutive.block(pairKey, lockoutSeconds(lockout.consumedPoints));
    }
    return { refused: false, result: null };
  }

  private async retryAfter(
    pairKey: string,
    byAddress: PromiseSettledResult<RateLimiterRes>,
    consecutive: PromiseSettledResult<RateLimiterRes>,
  ) {
    const waitMs = (outcome: PromiseSettledResult<RateLimiterRes>) => {
      if (outcome.status === 'fulfilled') return 0;
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      return outcome.reason.msBeforeNext;
    };
    let pairMs = waitMs(consecutive);
    if (pairMs > 0) {
      // Refused while earlier guesses are still being checked: their outcome decides, so say at
      // most the lockout that would follow (during a lockout its remaining time is shorter anyway).
      const lockouts = (await this.lockouts.get(pairKey))?.consumedPoints ?? 0;
      pairMs = Math.min(pairMs, lockoutSeconds(lockouts + 1) * 1000);
    }
    return Math.max(1, Math.ceil(Math.max(pairMs, waitMs(byAddress)) / 1000));
  }
}
