import { describe, expect, it } from 'vitest';
import { TOTP } from 'otpauth';
import { isAppCode, matchingStep, newRecoveryCode, newTotpSecret, normaliseRecoveryCode, stepAt } from './two-factor-rules';

const at = new Date('2026-11-29T10:00:15Z');
describe('two-factor rules', () => {
  const secret = newTotpSecret();
  const code = (moment: Date) => new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: moment.getTime() });

  it('accepts the current step and one either side, nothing further', () => {
    expect(matchingStep(secret, code(at), at)).toBe(stepAt(at));
    expect(matchingStep(secret, code(new Date(at.getTime() - 30_000)), at)).toBe(stepAt(at) - 1);
    expect(matchingStep(secret, code(new Date(at.getTime() + 30_000)), at)).toBe(stepAt(at) + 1);
    expect(matchingStep(secret, code(new Date(at.getTime() - 90_000)), at)).toBeNull();
    expect(matchingStep(secret, 'abcdef', at)).toBeNull();
  });

  it('makes recovery codes of two groups of five unambiguous characters, and reads them back loosely', () => {
    const codes = new Set(Array.from({ length: 200 }, newRecoveryCode));
    expect(codes.size).toBe(200);
    for (const recovery of codes) expect(recovery).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(normaliseRecoveryCode(' K7M2P - X9QRT ')).toBe('k7m2px9qrt');
    expect(isAppCode('123 456')).toBe(true);
    expect(isAppCode('k7m2p-x9qrt')).toBe(false);
  });
});
