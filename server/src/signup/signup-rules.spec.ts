import { describe, expect, it } from 'vitest';
import { signupDecision, signupOffered } from './signup-rules';

describe('signupDecision', () => {
  it('first (the default): only while no program exists, link or not', () => {
    expect(signupDecision('first', 0, false)).toEqual({ allowed: true });
    expect(signupDecision('first', 1, false).allowed).toBe(false);
    expect(signupDecision('first', 1, true).allowed).toBe(false);
  });
  it('open: always', () => {
    expect(signupDecision('open', 0, false).allowed).toBe(true);
    expect(signupDecision('open', 50, false).allowed).toBe(true);
  });
  it('invite: only with a link, even on an empty database', () => {
    expect(signupDecision('invite', 0, false).allowed).toBe(false);
    expect(signupDecision('invite', 7, true).allowed).toBe(true);
  });
  it('closed: never', () => {
    expect(signupDecision('closed', 0, false).allowed).toBe(false);
    expect(signupDecision('closed', 0, true).allowed).toBe(false);
  });
  it('the sign-in page offers it only where anyone may use it', () => {
    expect(signupOffered('first', 0)).toBe(true);
    expect(signupOffered('first', 1)).toBe(false);
    expect(signupOffered('open', 3)).toBe(true);
    expect(signupOffered('invite', 0)).toBe(false);
    expect(signupOffered('closed', 0)).toBe(false);
  });
});
