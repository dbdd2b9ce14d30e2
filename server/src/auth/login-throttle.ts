import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Slows password guessing: after too many failed sign-ins for one email (or from one
 * address) within the window, further attempts are refused until it passes. In memory, per
 * server instance; several instances behind a balancer would share a Redis store instead.
 */
export class LoginThrottle {
  private readonly byEmail: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(options: { maxFailuresPerEmail?: number; maxFailuresPerAddress?: number; windowSeconds?: number } = {}) {
    const duration = options.windowSeconds ?? 15 * 60;
    this.byEmail = new RateLimiterMemory({ keyPrefix: 'login-email', points: options.maxFailuresPerEmail ?? 10, duration });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: options.maxFailuresPerAddress ?? 100, duration });
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const [perEmail, perAddress] = await Promise.all([this.byEmail.get(email.toLowerCase()), this.byAddress.get(address)]);
    const blocked = [
      [perEmail, this.byEmail.points],
      [perAddress, this.byAddress.points],
    ].filter(([res, points]) => res && (res as RateLimiterRes).consumedPoints >= (points as number));
    if (blocked.length === 0) return 0;
    return Math.max(...blocked.map(([res]) => Math.ceil((res as RateLimiterRes).msBeforeNext / 1000)), 1);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    // consume() rejects once the points are used up; the attempt was refused anyway.
    await Promise.allSettled([this.byEmail.consume(email.toLowerCase()), this.byAddress.consume(address)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email.toLowerCase());
  }
}
