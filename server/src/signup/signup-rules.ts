/**
 * Who may start a program (SIGNUP):
 * - `first` (SIGNUP unset, the self-hosted default): only while the database holds no program, so
 *   whoever installs Partnerbook creates the first program from the sign-in page; closed after that;
 * - `open`: anyone, any time (a hosted service); each sign-up confirms its address by email;
 * - `invite`: only with a single-use link the operator issued (`npm run signup-link -- <email>`);
 * - `closed`: nobody (programs come from the seed or another install's operator).
 */
export const SIGNUP_MODES = ['first', 'open', 'invite', 'closed'] as const;
export type SignupMode = (typeof SIGNUP_MODES)[number];

export type SignupDecision = { allowed: true } | { allowed: false; reason: string };

/** Whether a sign-up may go ahead; `withLink` says whether it carries an operator's sign-up link. */
export function signupDecision(mode: SignupMode, programCount: number, withLink: boolean): SignupDecision {
  switch (mode) {
    case 'open':
      return { allowed: true };
    case 'first':
      return programCount === 0
        ? { allowed: true }
        : { allowed: false, reason: 'This Partnerbook already has its program: ask its admins for an invitation' };
    case 'invite':
      return withLink
        ? { allowed: true }
        : { allowed: false, reason: 'Starting a program needs a sign-up link from the operator of this Partnerbook' };
    case 'closed':
      return { allowed: false, reason: 'Starting new programs is turned off on this Partnerbook' };
  }
}

/** Whether the sign-in page should offer "Start a program" at all (an invite link brings its own page). */
export function signupOffered(mode: SignupMode, programCount: number): boolean {
  return mode === 'open' || (mode === 'first' && programCount === 0);
}
