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

  /**
   * Counts a sign-in attempt before its password is checked — so parallel guesses cannot all
   * slip past the limit — and answers 0 when it may go ahead, else the seconds to wait.
   */
  async attempt(email: string, address: string): Promise<number> {
    try {
      await Promise.all([this.byEmail.consume(email.toLowerCase()), this.byAddress.consume(address)]);
      return 0;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  }

  /** A correct password clears the email's count and gives the address its attempt back. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.delete(email.toLowerCase()), this.byAddress.reward(address, 1)]);
  }
}
