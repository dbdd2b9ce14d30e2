/**
 * Where "now" comes from for anything that schedules work (email retries and leases, the
 * auto-approve job, token expiry). Production reads the system clock; tests move time forward
 * explicitly instead of sleeping, so they never depend on how fast the machine is.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The system clock shifted by an offset that only grows: time still flows, and `advance` jumps ahead. */
export class AdjustableClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('A clock never goes back');
    this.offsetMs += ms;
  }
}
