import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKGROUND_REQUEST_COST,
  DATABASE_RESOLVERS_PER_REQUEST,
  ForegroundRequests,
  MAX_BACKGROUND_DEFERRAL_MS,
  ResolverSlots,
  oneStatementAtATime,
} from './resolver-slots';

afterEach(() => {
  vi.useRealTimers();
});

describe('resolver slots', () => {
  it('run at most their number at once, in order, and free a slot when work fails', async () => {
    const slots = new ResolverSlots(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 6 }, () => {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      return { promise, resolve };
    });
    const runs = gates.map((gate, i) =>
      slots.run(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await gate.promise;
        running--;
        if (i === 1) throw new Error('failed');
        return i;
      }),
    );
    const settled = Promise.allSettled(runs);
    for (const gate of gates) {
      await new Promise((resolve) => setImmediate(resolve));
      gate.resolve();
    }
    const outcomes = await settled;
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await slots.run(() => 'free again')).toBe('free again');
  });

  it('add up how long their work ran, failed work included, not the time spent waiting for a slot', async () => {
    let now = 0;
    const slots = new ResolverSlots(1, false, undefined, () => now);
    let release!: () => void;
    const first = slots.run(() => new Promise<void>((done) => (release = done)));
    const second = slots.run(async () => {
      now += 7;
      throw new Error('failed');
    });
    now += 30; // the first runs; the second waits for the slot
    release();
    await first;
    await expect(second).rejects.toThrow('failed');
    expect(slots.busyMs).toBe(37);
    expect(ResolverSlots.forCost(BACKGROUND_REQUEST_COST, undefined, () => now).busyMs).toBe(0);
  });

  it('give a heavy request one slot in the background: other work already waiting runs before each of its resolvers', async () => {
    expect(ResolverSlots.forCost(BACKGROUND_REQUEST_COST - 1)).toMatchObject({ background: false });
    const heavy = ResolverSlots.forCost(BACKGROUND_REQUEST_COST);
    expect(heavy.background).toBe(true);
    const events: string[] = [];
    // Someone else's callback, already waiting when the heavy resolvers ask for their slot: it goes first.
    setImmediate(() => events.push('other request'));
    let running = 0;
    let most = 0;
    const runs = [1, 2, 3].map((i) =>
      heavy.run(async () => {
        running++;
        most = Math.max(most, running);
        events.push(`heavy ${i}`);
        await Promise.resolve();
        running--;
      }),
    );
    await Promise.all(runs);
    expect(most).toBe(1);
    expect(events[0]).toBe('other request');
    expect(events.slice(1)).toEqual(['heavy 1', 'heavy 2', 'heavy 3']);

    // A cheap request runs its resolvers side by side, without waiting for the event loop.
    const cheap = ResolverSlots.forCost(100);
    let inline = false;
    const first = cheap.run(() => (inline = true));
    expect(inline).toBe(true);
    await first;
    expect(DATABASE_RESOLVERS_PER_REQUEST).toBeGreaterThan(1);
  });

  it('start a background resolver once the foreground requests in flight are answered', async () => {
    const foreground = new ForegroundRequests();
    const heavy = ResolverSlots.forCost(BACKGROUND_REQUEST_COST, foreground);
    const leave = foreground.enter();
    let started = false;
    const run = heavy.run(() => (started = true));
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(started).toBe(false);
    leave();
    leave(); // counted out once
    await run;
    expect(started).toBe(true);
    expect(foreground.size).toBe(0);
  });

  it('never starve a background resolver: it defers to a busy foreground for a bounded time only', async () => {
    vi.useFakeTimers();
    const foreground = new ForegroundRequests();
    foreground.enter(); // a foreground request that stays in flight
    let quiet = false;
    void foreground.quiet(MAX_BACKGROUND_DEFERRAL_MS).then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(MAX_BACKGROUND_DEFERRAL_MS - 1);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet).toBe(true);
  });

  it("give a background request's statements a gate that runs them one at a time, in order, past failures; none for a light request", async () => {
    expect(ResolverSlots.forCost(BACKGROUND_REQUEST_COST - 1).statementGate).toBeNull();
    const gate = ResolverSlots.forCost(BACKGROUND_REQUEST_COST).statementGate;
    expect(gate).not.toBeNull();
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const finishes = [0, 1, 2].map(() => {
      let finish!: () => void;
      const finished = new Promise<void>((done) => (finish = done));
      return { finished, finish };
    });
    const statements = finishes.map(({ finished }, i) =>
      gate!(async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await finished;
        running--;
        if (i === 0) throw new Error('statement failed');
        return i;
      }),
    );
    const settled = Promise.allSettled(statements);
    // Asked for side by side (an overview's Promise.all): only the first has started.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0]);
    for (const { finish } of finishes) {
      finish();
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await settled).map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(started).toEqual([0, 1, 2]);
    expect(most).toBe(1);
    expect(await oneStatementAtATime()(() => Promise.resolve('alone'))).toBe('alone');
  });
});
