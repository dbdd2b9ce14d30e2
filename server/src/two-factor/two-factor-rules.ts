import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app does it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes of the step before and after the current one are accepted too (clock drift, typing time). */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** Wrong codes a single challenge takes before it is spent (the sign-in throttle counts them too). */
export const MAX_CHALLENGE_FAILURES = 5;
/** How long the second sign-in step may take after the password was accepted. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const CHALLENGE_PREFIX = 'pbt';

/**
 * Root fields a session may use while its admin must still enrol in two-factor sign-in (the
 * program requires it): who am I, sign out, enrol, and the person's own password and sessions.
 * Everything else answers TWO_FACTOR_ENROLMENT_REQUIRED until the enrolment is confirmed.
 */
export const ENROLMENT_FIELDS: ReadonlySet<string> = new Set([
  'me',
  'logout',
  'myTwoFactor',
  'startTwoFactorEnrolment',
  'confirmTwoFactorEnrolment',
  'changePassword',
  'mySessions',
  'revokeMySession',
  'myPrograms',
  'switchProgram',
  'revokeMyOtherSessions',
]);

/** A new random authenticator secret (160 bits, as RFC 4226 recommends), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpOf(secret: string, issuer: string, label: string): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The 30-second step a moment falls in. */
export function stepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The step a code belongs to, when it is right for `at` within ±TOTP_WINDOW steps; null when it
 * is not. The caller refuses a step not later than the last one accepted (no code twice).
 */
export function matchingStep(secret: string, code: string, at: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret, 'x', 'x').validate({ token, timestamp: at.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : stepAt(at) + delta;
}

/** Whether what was typed looks like a 6-digit app code (else it is tried as a recovery code). */
export function isAppCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ''));
}

/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code: 2 × 5 characters from a 31-letter alphabet (about 50 bits), e.g. "k7m2p-x9qrt". */
export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  let code = '';
  for (let i = 0; code.length < 10; i++) {
    // Rejection sampling keeps every character equally likely.
    if (i >= bytes.length) return newRecoveryCode();
    if (bytes[i] < 248) code += RECOVERY_ALPHABET[bytes[i] % 31];
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A typed recovery code as stored (hashed): lower case, without spaces or dashes. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, '');
}
