import { describe, expect, it } from 'vitest';
import { checkPassword, contextWords, MAX_PASSWORD_LENGTH } from './password-policy';

describe('password policy', () => {
  it('refuses short passwords whatever their mix of characters', () => {
    expect(checkPassword('Xk#9!qP2$z').ok).toBe(false);
    expect(checkPassword('Xk#9!qP2$z').reason).toMatch(/at least 12/);
  });

  it('refuses common passwords of any length', () => {
    for (const common of ['password1234', 'qwertyuiopasdf', '123456789012', 'iloveyou12345']) {
      expect(checkPassword(common).ok, common).toBe(false);
    }
  });

  it('refuses passwords built from the person and the program', () => {
    const context = contextWords('Marjorie Quillfeather', 'marjorie.quillfeather@example.com', 'Trailhead Outfitters');
    expect(checkPassword('quillfeather2024', context).ok).toBe(false);
    expect(checkPassword('TrailheadOutfitters', context).ok).toBe(false);
    // The same kind of password without the context words passes.
    expect(checkPassword('lantern velvet orbit cactus').ok).toBe(true);
  });

  it('accepts long passphrases without composition rules', () => {
    expect(checkPassword('lantern velvet orbit cactus').ok).toBe(true);
    expect(checkPassword('ζωή είναι ωραία στα βουνά').ok).toBe(true);
  });

  it('bounds the length', () => {
    expect(checkPassword('a'.repeat(MAX_PASSWORD_LENGTH + 1)).reason).toMatch(/at most/);
  });
});
