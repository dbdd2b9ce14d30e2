/**
 * How much of the server one caller may occupy at once. A cost budget bounds what a caller
 * spends per minute, but not how much of it at the same moment: a full bucket pays for a burst
 * of the dearest requests, and from a few connections they would hold the database's workers
 * and CPUs together while everyone else waits. So each caller also has an in-flight allowance
 * in cost points: a request runs when the caller's running requests leave room for its cost, or
 * when the caller has nothing running (the dearest accepted request runs, alone); otherwise it
 * waits its turn in the caller's queue (first come, first served). A queue that is full, or a
 * turn that does not come in time, is a 429 RATE_LIMITED with Retry-After. Other callers never
 * wait behind it. The allowance is per instance (requests in flight are a property of a process).
 */
export interface ConcurrencyPolicy {
  /** Cost points one caller may have running at once (a single request of any cost may always run alone). */
  maxCost: number;
  /** Requests one caller may have running at once, whatever their cost. */
  maxRequests: number;
  /** Requests one caller may have waiting; beyond that it is refused at once. */
  maxQueued: number;
  /** How long a request waits for its turn before it is refused. */
  maxWaitMs: number;
}

/** A third of the largest accepted request: the dearest requests run one at a time, a page of the portal's runs together. */
export const DEFAULT_CONCURRENCY_POLICY: ConcurrencyPolicy = {
  maxCost: 3_000,
  maxRequests: 8,
  maxQueued: 32,
  maxWaitMs: 10_000,
};

export type Admission =
  | { admitted: true; /** Call once when the request has been answered. */ release: () => void; waitedMs: number }
  | { admitted: false; reason: 'queue-full' | 'timed-out'; retryAfterSeconds: number };

interface Waiter {
  cost: number;
  enqueuedAt: number;
  admit: () => void;
}

interface CallerState {
  runningCost: number;
  running: number;
  queue: Waiter[];
}

export class CallerConcurrency {
  private readonly callers = new Map<string, CallerState>();

  constructor(
    readonly policy: ConcurrencyPolicy = DEFAULT_CONCURRENCY_POLICY,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Requests running and waiting for a caller (for tests and logs). */
  stateOf(callerKey: string): { running: number; runningCost: number; queued: number } {
    const state = this.callers.get(callerKey);
    return { running: state?.running ?? 0, runningCost: state?.runningCost ?? 0, queued: state?.queue.length ?? 0 };
  }

  /** Resolves when the request may run (hold the release until it is answered) or is refused. */
  async admit(callerKey: string, cost: number): Promise<Admission> {
    let state = this.callers.get(callerKey);
    if (!state) this.callers.set(callerKey, (state = { runningCost: 0, running: 0, queue: [] }));
    const caller = state;
    if (caller.queue.length === 0 && this.fits(caller, cost))
      return { admitted: true, release: this.start(callerKey, caller, cost), waitedMs: 0 };
    if (caller.queue.length >= this.policy.maxQueued) return this.refuse(callerKey, caller, 'queue-full');
    const enqueuedAt = this.now();
    return new Promise<Admission>((resolve) => {
      const waiter: Waiter = {
        cost,
        enqueuedAt,
        admit: () => {
          clearTimeout(timer);
          resolve({ admitted: true, release: this.start(callerKey, caller, cost), waitedMs: this.now() - enqueuedAt });
        },
      };
      const timer = setTimeout(() => {
        const index = caller.queue.indexOf(waiter);
        if (index < 0) return;
        caller.queue.splice(index, 1);
        // The head may have been the one that did not fit: those behind it may fit now.
        this.drain(callerKey, caller);
        resolve(this.refuse(callerKey, caller, 'timed-out'));
      }, this.policy.maxWaitMs);
      caller.queue.push(waiter);
    });
  }

  private fits(caller: CallerState, cost: number): boolean {
    if (caller.running === 0) return true;
    return caller.running < this.policy.maxRequests && caller.runningCost + cost <= this.policy.maxCost;
  }

  private start(callerKey: string, caller: CallerState, cost: number): () => void {
    caller.running++;
    caller.runningCost += cost;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      caller.running--;
      caller.runningCost -= cost;
      this.drain(callerKey, caller);
    };
  }

  /** Starts waiting requests in order while the head fits; forgets an idle caller. */
  private drain(callerKey: string, caller: CallerState) {
    while (caller.queue.length > 0 && this.fits(caller, caller.queue[0].cost)) caller.queue.shift()!.admit();
    if (caller.running === 0 && caller.queue.length === 0) this.callers.delete(callerKey);
  }

  private refuse(callerKey: string, caller: CallerState, reason: 'queue-full' | 'timed-out'): Admission {
    if (caller.running === 0 && caller.queue.length === 0) this.callers.delete(callerKey);
    return { admitted: false, reason, retryAfterSeconds: 1 };
  }
}
