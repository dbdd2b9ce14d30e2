import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginThrottle, lockoutSeconds } from './login-throttle';

const RIGHT = 'right password';
const check = (password: string) => async () => (password === RIGHT ? { signedIn: true } : null);

// rate-limiter-flexible reads Date.now and expires keys with timers: fake both, so waiting is a step, not a sleep.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('lockout delays', () => {
  it('grow 1, 2, 3, 5, 8 … minutes and stop at an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(lockoutSeconds)).toEqual([60, 120, 180, 300, 480, 780, 1260, 2040, 3300, 3600]);
  });
});

describe('login throttle', () => {
  it('slows one address guessing one account, without locking the owner out elsewhere', async () => {
    const throttle = new LoginThrottle({ maxConsecutiveFailures: 3 });
    for (let i = 0; i < 3; i++)
      expect(await throttle.guard('Owner@Test.dev', '10.0.0.9', check('guess'))).toEqual({ refused: false, result: null });
    const refused = await throttle.guard('owner@test.dev', '10.0.0.9', check(RIGHT));
    expect(refused).toEqual({ refused: true, retryAfterSeconds: 60 });
    expect(await throttle.guard('owner@test.dev', '192.0.2.1', check(RIGHT))).toEqual({ refused: false, result: { signedIn: true } });
    expect((await throttle.guard('other@test.dev', '10.0.0.9', check(RIGHT))).refused).toBe(false);
  });

  it('waits longer after each lockout and forgets them after a correct password', async () => {
    const throttle = new LoginThrottle({ maxConsecutiveFailures: 2 });
    const fail = () => throttle.guard('a@test.dev', '10.0.0.1', check('guess'));
    await fail();
    await fail();
    expect(await fail()).toEqual({ refused: true, retryAfterSeconds: 60 });
    vi.advanceTimersByTime(60_001);
    await fail();
    await fail();
    expect(await fail()).toEqual({ refused: true, retryAfterSeconds: 120 });
    vi.advanceTimersByTime(120_001);
    expect((await throttle.guard('a@test.dev', '10.0.0.1', check(RIGHT))).refused).toBe(false);
    await fail();
    await fail();
    expect(await fail()).toEqual({ refused: true, retryAfterSeconds: 60 });
  });

  it('counts only checked wrong passwords: a check that could not run gives its attempt back', async () => {
    const throttle = new LoginThrottle({ maxConsecutiveFailures: 2 });
    const outage = async () => {
      throw new Error('database unavailable');
    };
    for (let i = 0; i < 10; i++) await expect(throttle.guard('a@test.dev', '10.0.0.1', outage)).rejects.toThrow('database unavailable');
    expect(await throttle.guard('a@test.dev', '10.0.0.1', check(RIGHT))).toEqual({ refused: false, result: { signedIn: true } });
  });

  it('lets parallel guesses check at most the allowed number of passwords', async () => {
    const throttle = new LoginThrottle({ maxConsecutiveFailures: 5 });
    let checked = 0;
    const slowWrong = async () => {
      checked++;
      await Promise.resolve();
      return null;
    };
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => throttle.guard('a@test.dev', '10.0.0.1', slowWrong)));
    expect(checked).toBe(5);
    expect(outcomes.filter((outcome) => outcome.refused)).toHaveLength(25);
  });

  it('caps the failures of one address over many accounts per day', async () => {
    const throttle = new LoginThrottle({ maxConsecutiveFailures: 100, maxFailuresPerAddress: 4 });
    for (let i = 0; i < 4; i++) expect((await throttle.guard(`user${i}@test.dev`, '10.0.0.1', check('guess'))).refused).toBe(false);
    const refused = await throttle.guard('user9@test.dev', '10.0.0.1', check(RIGHT));
    expect(refused.refused).toBe(true);
    expect(refused.refused && refused.retryAfterSeconds).toBeGreaterThan(3600);
    expect((await throttle.guard('user9@test.dev', '10.0.0.2', check(RIGHT))).refused).toBe(false);
  });
});
