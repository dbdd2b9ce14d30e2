import { GraphQLFieldResolver, GraphQLSchema, defaultFieldResolver, isObjectType } from 'graphql';
import type { StatementGate } from '../common/request-context';

/** Statements one request may have running at once (the pool has 20 connections by default). */
export const DATABASE_RESOLVERS_PER_REQUEST = 4;
/**
 * From this estimated cost on (a tenth of the largest accepted request; the portal's pages cost a few
 * hundred) a request runs in the background: one SQL-running resolver and one statement at a time,
 * each resolver started only after the I/O of other requests that is already waiting has been handled.
 */
export const BACKGROUND_REQUEST_COST = 1_000;
/** How long a background resolver defers to foreground requests at most (so it is never starved). */
export const MAX_BACKGROUND_DEFERRAL_MS = 50;

/**
 * The foreground requests (below BACKGROUND_REQUEST_COST) in flight in this process. A background
 * request starts each SQL-running resolver when none is in flight, or after a short deferral: while
 * partners load their pages, a heavy report advances between their requests, not ahead of them.
 */
export class ForegroundRequests {
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.inFlight;
  }

  /** Counts a request in; the returned function counts it out (once, however often called). */
  enter(): () => void {
    this.inFlight++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight--;
      if (this.inFlight > 0) return;
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    };
  }

  /** Resolves when no foreground request is in flight, or after `maxMs`. */
  quiet(maxMs: number): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        resolve();
      }, maxMs);
      this.waiters.push(wake);
    });
  }
}

/**
 * A gate that runs statements one after another, in the order they were asked for; a failed one
 * lets the next run.
 */
export function oneStatementAtATime(): StatementGate {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(statement: () => Promise<T>): Promise<T> => {
    const run = last.then(statement);
    last = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}

/**
 * A per-request semaphore. graphql-js starts every resolver of a list at once: a page of 100
 * parents whose field runs its own SQL would queue 100 statements on the shared pool ahead of
 * everyone else's. With slots a request runs at most a few at a time and other requests'
 * statements find free connections.
 */
export class ResolverSlots {
  private readonly waiting: (() => void)[] = [];
  /**
   * How long this request's SQL-running resolvers ran, summed (milliseconds; overlapping ones each
   * count): the database time it used, which its cost estimate only predicts. Waiting for a slot
   * or deferring to the foreground is not counted.
   */
  busyMs = 0;
  /**
   * In the background, the gate its statements take (RequestContext.statementGate): a resolver that
   * runs several side by side (an overview's series, balances and totals) runs them one at a time,
   * so a heavy request does not take every core of the database while partners' pages load.
   */
  readonly statementGate: StatementGate | null;

  constructor(
    private free = DATABASE_RESOLVERS_PER_REQUEST,
    /** Yield to the event loop before each resolver: other requests' answers waiting to be read go first. */
    readonly background = false,
    /** In the background: also let foreground requests in flight finish first (up to MAX_BACKGROUND_DEFERRAL_MS). */
    private readonly foreground?: ForegroundRequests,
    /** A monotonic clock in milliseconds (tests drive their own). */
    private readonly stopwatch: () => number = () => performance.now(),
  ) {
    this.statementGate = background ? oneStatementAtATime() : null;
  }

  /**
   * The slots a request gets for its estimated cost. A heavy request (a page of 100 parents, each
   * with its own SQL, runs for seconds) would otherwise keep several connections busy and the event
   * loop full of its callbacks for all that time, and every other caller's request would wait
   * behind it. In the background it takes longer itself, and the others hardly notice it.
   */
  static forCost(cost: number, foreground?: ForegroundRequests, stopwatch?: () => number): ResolverSlots {
    return cost >= BACKGROUND_REQUEST_COST
      ? new ResolverSlots(1, true, foreground, stopwatch)
      : new ResolverSlots(DATABASE_RESOLVERS_PER_REQUEST, false, undefined, stopwatch);
  }

  async run<T>(work: () => T | Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.background) {
      await this.foreground?.quiet(MAX_BACKGROUND_DEFERRAL_MS);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const started = this.stopwatch();
    try {
      return await work();
    } finally {
      this.busyMs += this.stopwatch() - started;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

/** Wraps the resolvers of `fields` ("Type.field": root fields, per-parent SQL) to run in the request's slots. */
export function runInRequestSlots(schema: GraphQLSchema, fields: Set<string>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!fields.has(`${type.name}.${field.name}`)) continue;
      const resolve: GraphQLFieldResolver<unknown, { slots?: ResolverSlots }> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { slots?: ResolverSlots }, info) =>
        context?.slots ? context.slots.run(() => resolve(source, args, context, info)) : resolve(source, args, context, info);
    }
  }
}
