import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkPassword,
  contextWords,
  ESTIMATOR_IDLE_MS,
  MAX_PASSWORD_LENGTH,
  passwordEstimatorLoaded,
  releasePasswordEstimator,
} from './password-policy';

describe('password policy', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses short passwords whatever their mix of characters', async () => {
    expect((await checkPassword('Xk#9!qP2$z')).ok).toBe(false);
    expect((await checkPassword('Xk#9!qP2$z')).reason).toMatch(/at least 12/);
  });

  it('refuses common passwords of any length', async () => {
    for (const common of ['password1234', 'qwertyuiopasdf', '123456789012', 'iloveyou12345']) {
      expect((await checkPassword(common)).ok, common).toBe(false);
    }
  });

  it('refuses passwords built from the person and the program', async () => {
    const context = contextWords('Marjorie Quillfeather', 'marjorie.quillfeather@example.com', 'Trailhead Outfitters');
    expect((await checkPassword('quillfeather2024', context)).ok).toBe(false);
    expect((await checkPassword('TrailheadOutfitters', context)).ok).toBe(false);
    // The same kind of password without the context words passes.
    expect((await checkPassword('lantern velvet orbit cactus')).ok).toBe(true);
  });

  it('accepts long passphrases without composition rules', async () => {
    expect((await checkPassword('lantern velvet orbit cactus')).ok).toBe(true);
    expect((await checkPassword('ζωή είναι ωραία στα βουνά')).ok).toBe(true);
  });

  it('bounds the length', async () => {
    expect((await checkPassword('a'.repeat(MAX_PASSWORD_LENGTH + 1))).reason).toMatch(/at most/);
  });

  it('holds its dictionaries only between a check and the idle period after the last one', async () => {
    releasePasswordEstimator();
    expect(passwordEstimatorLoaded()).toBe(false);
    // A refusal on length alone needs no dictionary.
    await checkPassword('short');
    expect(passwordEstimatorLoaded()).toBe(false);

    vi.useFakeTimers();
    expect((await checkPassword('password1234')).ok).toBe(false);
    expect(passwordEstimatorLoaded()).toBe(true);
    vi.advanceTimersByTime(ESTIMATOR_IDLE_MS - 1);
    // Another check restarts the idle period.
    expect((await checkPassword('lantern velvet orbit cactus')).ok).toBe(true);
    vi.advanceTimersByTime(ESTIMATOR_IDLE_MS - 1);
    expect(passwordEstimatorLoaded()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(passwordEstimatorLoaded()).toBe(false);

    // Built again on the next check, with the same verdicts.
    expect((await checkPassword('password1234')).ok).toBe(false);
    expect((await checkPassword('lantern velvet orbit cactus')).ok).toBe(true);
  });
});
