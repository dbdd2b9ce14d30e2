import { afterEach, describe, expect, it, vi } from 'vitest';
import { Admission, CallerConcurrency } from './caller-concurrency';

const policy = { maxCost: 1_000, maxRequests: 3, maxQueued: 2, maxWaitMs: 10_000 };

/** An admission's outcome if it has settled by the time pending callbacks have run, else 'waiting'. */
async function settled(admission: Promise<Admission>): Promise<Admission | 'waiting'> {
  return Promise.race([admission, new Promise<'waiting'>((resolve) => setImmediate(() => resolve('waiting')))]);
}

function admitted(admission: Admission | 'waiting'): () => void {
  if (admission === 'waiting' || !admission.admitted) throw new Error(`not admitted: ${JSON.stringify(admission)}`);
  return admission.release;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('CallerConcurrency', () => {
  it('runs cheap requests side by side up to the cost and count allowance, the next one waits its turn', async () => {
    const concurrency = new CallerConcurrency(policy);
    const first = admitted(await concurrency.admit('a', 300));
    admitted(await concurrency.admit('a', 300));
    admitted(await concurrency.admit('a', 300));
    // Three running: the count is spent, though 100 points are left.
    const fourth = concurrency.admit('a', 50);
    expect(await settled(fourth)).toBe('waiting');
    expect(concurrency.stateOf('a')).toEqual({ running: 3, runningCost: 900, queued: 1 });
    first();
    expect((await fourth).admitted).toBe(true);
    expect(concurrency.stateOf('a')).toEqual({ running: 3, runningCost: 650, queued: 0 });
  });

  it('lets the dearest request run alone, and nothing of the same caller beside it', async () => {
    const concurrency = new CallerConcurrency(policy);
    const heavy = admitted(await concurrency.admit('a', 9_000));
    const cheap = concurrency.admit('a', 30);
    expect(await settled(cheap)).toBe('waiting');
    heavy();
    expect((await cheap).admitted).toBe(true);
  });

  it('never makes another caller wait', async () => {
    const concurrency = new CallerConcurrency(policy);
    admitted(await concurrency.admit('attacker', 9_000));
    const queued = concurrency.admit('attacker', 9_000);
    expect(await settled(queued)).toBe('waiting');
    expect((await concurrency.admit('victim', 200)).admitted).toBe(true);
    expect((await concurrency.admit('victim', 200)).admitted).toBe(true);
  });

  it('serves waiting requests in order: a cheap one does not overtake a dear one at the head', async () => {
    const concurrency = new CallerConcurrency(policy);
    const running = admitted(await concurrency.admit('a', 600));
    const order: string[] = [];
    const dear = concurrency.admit('a', 900).then((admission) => (order.push('dear'), admission));
    const cheap = concurrency.admit('a', 100).then((admission) => (order.push('cheap'), admission));
    expect(await settled(cheap)).toBe('waiting'); // 100 would fit beside 600, but the dear one is first in line
    running();
    admitted(await dear)();
    await cheap;
    expect(order).toEqual(['dear', 'cheap']);
  });

  it('refuses at once when the queue is full, with a Retry-After', async () => {
    const concurrency = new CallerConcurrency(policy);
    admitted(await concurrency.admit('a', 5_000));
    void concurrency.admit('a', 5_000);
    void concurrency.admit('a', 5_000);
    expect(await concurrency.admit('a', 5_000)).toEqual({ admitted: false, reason: 'queue-full', retryAfterSeconds: 1 });
  });

  it('refuses a request whose turn does not come in time, and lets the next ones through once there is room', async () => {
    vi.useFakeTimers();
    const concurrency = new CallerConcurrency({ ...policy, maxWaitMs: 5_000 });
    const running = admitted(await concurrency.admit('a', 5_000));
    const late = concurrency.admit('a', 5_000);
    vi.advanceTimersByTime(5_000);
    expect(await late).toEqual({ admitted: false, reason: 'timed-out', retryAfterSeconds: 1 });
    expect(concurrency.stateOf('a')).toEqual({ running: 1, runningCost: 5_000, queued: 0 });
    running();
    expect(concurrency.stateOf('a')).toEqual({ running: 0, runningCost: 0, queued: 0 });
    expect((await concurrency.admit('a', 5_000)).admitted).toBe(true);
  });

  it('releases once however often the release is called', async () => {
    const concurrency = new CallerConcurrency(policy);
    const release = admitted(await concurrency.admit('a', 400));
    admitted(await concurrency.admit('a', 400));
    release();
    release();
    expect(concurrency.stateOf('a')).toEqual({ running: 1, runningCost: 400, queued: 0 });
  });
});
