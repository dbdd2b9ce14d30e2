import { MerchantRole, isCurrencyCode } from '@partnerbook/shared';
import { DataSource } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { LOGIN_JOIN, LoginRow, addMembership, ensureLogin, loginByEmail } from '../auth/login';
import { BadInputError, errorResult } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../auth/password';
import { SessionClient, openSession } from '../auth/auth.service';
import { SessionLifetime } from '../auth/request-actor';
import { AuthSession, InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { viewerOf } from '../auth/viewer';
import { AccountEnvironment } from '../accounts/account.service';
import { NO_PROGRAM_ID, emailVerificationEmail, queueAccountEmail, signupConfirmationEmail } from '../accounts/account-emails';
import { InvalidTokenError, WeakPasswordError } from '../accounts/account.types';
import { checkPassword, contextWords } from '../accounts/password-policy';
import { InvalidTwoFactorCodeError } from '../two-factor/two-factor.types';
import { TwoFactorRequest, codeRefusal } from '../two-factor/two-factor.service';
import { ConfirmSignUpInput, PendingSignUpInput, SignUpInput, VerifyEmailInput } from './signup.inputs';
import { EmailVerified, PendingSignUp, SignUpEmailSent, SignedUp, SignupClosedError, SignupOptions } from './signup.types';
import { canonicalLocale, canonicalTimeZone } from '../programs/program-rules';
import { SignupMode, signupDecision, signupOffered } from './signup-rules';

export const EMAIL_VERIFICATION_PREFIX = 'pbv';
export const EMAIL_VERIFICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** At most this many confirmation emails per account and hour: nobody floods an inbox through us. */
export const MAX_VERIFICATIONS_PER_HOUR = 3;
export const SIGNUP_LINK_PREFIX = 'pbs';
export const SIGNUP_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Defaults of a new program, all changeable in its settings: a refund window of 30 days, no pay threshold. */
const NEW_PROGRAM = { defaultAttribution: 'LAST', holdingPeriodDays: 30, autoApprove: false } as const;

export interface SignupEnvironment extends AccountEnvironment {
  mode: SignupMode;
  sessions: SessionLifetime;
}

async function programCount(ctx: RequestContext): Promise<number> {
  // Only whether there are none or some matters to every mode: stop counting at one.
  const [{ count }] = await ctx.query<{ count: number }>(`SELECT count(*)::int AS count FROM (SELECT 1 FROM program LIMIT 1) p`);
  return count;
}

export async function signupOptions(ctx: RequestContext, mode: SignupMode): Promise<SignupOptions> {
  return Object.assign(new SignupOptions(), { offered: signupOffered(mode, await programCount(ctx)), needsLink: mode === 'invite' });
}

/** Checks the program's settings from a sign-up form; every refusal names its field. */
function programSettingsOf(input: SignUpInput) {
  const currency = input.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency)) throw new BadInputError(`"${input.currency}" is not an ISO 4217 currency code`, { field: 'currency' });
  const timezone = canonicalTimeZone(input.timezone.trim());
  if (!timezone) throw new BadInputError(`"${input.timezone}" is not an IANA time zone such as "Europe/Berlin"`, { field: 'timezone' });
  const locale = canonicalLocale(input.locale?.trim() || 'en-US');
  if (!locale) throw new BadInputError(`"${input.locale}" is not a BCP 47 locale such as "de-DE"`, { field: 'locale' });
  return { name: input.programName.trim(), currency, timezone, locale };
}

/** A sign-up's confirmation link works once, for 24 hours. */
export const PENDING_SIGNUP_TTL_MS = 24 * 60 * 60 * 1000;
export const PENDING_SIGNUP_PREFIX = 'pbc';
/** At most this many confirmation links per address and hour: nobody floods an inbox through the sign-up form. */
export const MAX_PENDING_SIGNUPS_PER_HOUR = 3;
const EMAIL_SENT =
  'Check your inbox: we emailed a link to confirm the new program. It works once, for 24 hours. Nothing is created until it is used.';

type ProgramSettings = ReturnType<typeof programSettingsOf>;

/**
 * Starts a program. The first program of an empty Partnerbook is started at once (the quick start:
 * the installer is signed in, and a link to confirm the address is emailed). Any later one only
 * waits for its confirmation: the form is kept as a pending sign-up (the password hashed, the
 * link's token hashed, 24 hours) and a link is emailed; `confirmSignUp` starts the program. The
 * answer is then the same whether or not the address has a login, and costs the same (the password
 * is always hashed): nobody learns who has a login, and a person with one can start another program
 * (confirming with their own password). Sign-ups are serialised (one advisory lock), so SIGNUP=first
 * creates exactly one program however many arrive together; an operator's link works once.
 */
export async function signUp(ctx: RequestContext, input: SignUpInput, env: SignupEnvironment, client: SessionClient) {
  const program = programSettingsOf(input);
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const verdict = await checkPassword(input.password, contextWords(name, email, program.name));
  if (!verdict.ok) return errorResult(WeakPasswordError, verdict.reason!, { suggestions: verdict.suggestions });
  // Refused before the (deliberately slow) password hash where the answer cannot change.
  if (!input.signupToken) {
    const early = signupDecision(env.mode, await programCount(ctx), false);
    if (!early.allowed) return errorResult(SignupClosedError, early.reason);
  }
  const passwordHash = await hashPassword(input.password);
  const now = env.clock.now();
  return ctx.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('partnerbook.signup'))`);
    let linkId: string | null = null;
    if (input.signupToken) {
      const [link] = await tx.query<{ id: string; email: string }>(
        `SELECT id, email FROM signup_link WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 FOR UPDATE`,
        [hashSecret(input.signupToken), now],
      );
      if (!link) return errorResult(InvalidTokenError, 'This sign-up link is not valid any more (used or expired): ask for a new one');
      if (link.email !== email) return errorResult(InvalidTokenError, 'This sign-up link was issued for another email address');
      linkId = link.id;
    }
    const count = await programCount(tx);
    const decision = signupDecision(env.mode, count, linkId !== null);
    if (!decision.allowed) return errorResult(SignupClosedError, decision.reason);
    const login = await loginByEmail(tx, email);
    // An invite link proves the operator chose the address, not that the person owns it: it is
    // confirmed by email too. Only the very first program (no other login to take over) is at once.
    if (count > 0 || login) {
      await keepPendingSignup(tx, { email, name, program, passwordHash, linkId, hasLogin: login !== null }, env);
      return Object.assign(new SignUpEmailSent(), { message: EMAIL_SENT });
    }

    const { programId, accountId, admin } = await startProgram(tx, {
      program,
      email,
      name,
      loginId: (await ensureLogin(tx, { email, passwordHash })).id,
      via: linkId ? 'signupLink' : env.mode,
      linkId,
      now,
    });
    await sendVerification(admin, { id: accountId, email, name, programId, programName: program.name }, env);
    const session = await openSession(tx, { id: accountId, programId }, env.sessions, client);
    return Object.assign(new SignedUp(), {
      session: Object.assign(new AuthSession(), { ...session, viewer: await viewerOf(admin) }),
      verificationSentTo: email,
    });
  });
}

/**
 * Creates the program with the login as its ADMIN, spends the operator's link (if any) and audits
 * the creation in the new program (the "program.created" event).
 */
async function startProgram(
  tx: RequestContext,
  input: {
    program: ProgramSettings;
    email: string;
    name: string;
    loginId: string;
    via: string;
    linkId: string | null;
    now: Date;
    existingLogin?: boolean;
  },
) {
  const { program } = input;
  const [created] = await tx.query<{ id: string }>(
    `INSERT INTO program (name, currency, default_attribution, pay_thresholds, holding_period_days, auto_approve, timezone, locale)
     VALUES ($1, $2, $3, '{}'::jsonb, $4, $5, $6, $7) RETURNING id`,
    [
      program.name,
      program.currency,
      NEW_PROGRAM.defaultAttribution,
      NEW_PROGRAM.holdingPeriodDays,
      NEW_PROGRAM.autoApprove,
      program.timezone,
      program.locale,
    ],
  );
  const accountId = await addMembership(tx, {
    programId: created.id,
    loginId: input.loginId,
    displayName: input.name,
    merchantRole: MerchantRole.ADMIN,
  });
  if (input.linkId)
    await tx.query(`UPDATE signup_link SET used_at = $2, program_id = $3 WHERE id = $1`, [input.linkId, input.now, created.id]);
  const admin = new RequestContext(
    tx.dataSource,
    { kind: 'MERCHANT', accountId, programId: created.id, role: MerchantRole.ADMIN, label: input.email },
    tx.manager,
  );
  await recordAudit(admin, [
    {
      action: 'program.signUp',
      entityType: 'Program',
      entityId: created.id,
      changes: {
        ...program,
        admin: input.email,
        via: input.via,
        ...(input.existingLogin === undefined ? {} : { confirmedByEmail: true, existingLogin: input.existingLogin }),
      },
    },
  ]);
  return { programId: created.id, accountId, admin };
}

/**
 * Keeps a sign-up until its emailed link confirms it, and queues that email (outside any program:
 * NO_PROGRAM_ID). At most MAX_PENDING_SIGNUPS_PER_HOUR per address: beyond, nothing is kept or
 * sent, and the answer is the same.
 */
async function keepPendingSignup(
  tx: RequestContext,
  input: { email: string; name: string; program: ProgramSettings; passwordHash: string; linkId: string | null; hasLogin: boolean },
  env: AccountEnvironment,
): Promise<void> {
  const now = env.clock.now();
  const [{ recent }] = await tx.query<{ recent: number }>(
    `SELECT count(*)::int AS recent FROM pending_signup WHERE lower(email) = $1 AND created_at > $2`,
    [input.email, new Date(now.getTime() - 60 * 60 * 1000)],
  );
  if (recent >= MAX_PENDING_SIGNUPS_PER_HOUR) return;
  const token = newSecret(PENDING_SIGNUP_PREFIX);
  const { program } = input;
  await tx.query(
    `INSERT INTO pending_signup (email, display_name, program_name, currency, timezone, locale, password_hash, token_hash,
                                 signup_link_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      input.email,
      input.name,
      program.name,
      program.currency,
      program.timezone,
      program.locale,
      input.passwordHash,
      hashSecret(token),
      input.linkId,
      now,
      new Date(now.getTime() + PENDING_SIGNUP_TTL_MS),
    ],
  );
  await queueAccountEmail(tx, {
    programId: NO_PROGRAM_ID,
    accountId: null,
    recipient: input.email,
    // The token travels in the fragment: browsers never send it to a server or in a Referer.
    ...signupConfirmationEmail({
      name: input.name,
      programName: program.name,
      link: `${env.publicUrl}/confirm-signup#token=${token}`,
      hasLogin: input.hasLogin,
    }),
  });
}

interface PendingSignupRow {
  id: string;
  email: string;
  display_name: string;
  program_name: string;
  currency: string;
  timezone: string;
  locale: string;
  password_hash: string;
  signup_link_id: string | null;
  expires_at: Date;
}

async function openPendingSignup(ctx: RequestContext, token: string, now: Date, lock = false): Promise<PendingSignupRow | null> {
  const [row] = await ctx.query<PendingSignupRow>(
    `SELECT id, email, display_name, program_name, currency, timezone, locale, password_hash, signup_link_id, expires_at
       FROM pending_signup WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 ${lock ? 'FOR UPDATE' : ''}`,
    [hashSecret(token), now],
  );
  return row ?? null;
}

const invalidSignupLink = () =>
  errorResult(InvalidTokenError, 'This link is not valid any more (used, expired or unknown): sign up again for a new one');

/** What an emailed sign-up link starts, and whether confirming it asks for an existing login's password. */
export async function previewPendingSignUp(ctx: RequestContext, input: PendingSignUpInput, env: AccountEnvironment) {
  const row = await openPendingSignup(ctx, input.token, env.clock.now());
  if (!row) return invalidSignupLink();
  return Object.assign(new PendingSignUp(), {
    email: row.email,
    programName: row.program_name,
    hasLogin: (await loginByEmail(ctx, row.email)) !== null,
    expiresAt: row.expires_at,
  });
}

export interface ConfirmSignUpRequest extends TwoFactorRequest {
  client: SessionClient;
}

/**
 * Starts the program of an emailed sign-up link (once, within 24 hours) and signs the person in as
 * its admin. An address without a login gets one with the password of the sign-up form (the link
 * proves the address: it is confirmed). An address with a login confirms with that login's current
 * password (and two-factor code), under the sign-in protection; the form's password is never used
 * for it (whoever typed the form must not set or change someone's password).
 */
export async function confirmSignUp(ctx: RequestContext, input: ConfirmSignUpInput, env: SignupEnvironment, request: ConfirmSignUpRequest) {
  const pending = await openPendingSignup(ctx, input.token, env.clock.now());
  if (!pending) return invalidSignupLink();
  const existing = await loginByEmail(ctx, pending.email);
  if (existing) {
    const refusal = await existingLoginRefusal(ctx, existing, input, request);
    if (refusal) return refusal;
  }
  return ctx.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('partnerbook.signup'))`);
    const now = env.clock.now();
    const row = await openPendingSignup(tx, input.token, now, true);
    if (!row) return invalidSignupLink();
    const decision = signupDecision(env.mode, await programCount(tx), row.signup_link_id !== null);
    if (!decision.allowed) return errorResult(SignupClosedError, decision.reason);
    // Every refusal comes before the first write: an answer that is not a session changes nothing.
    if (row.signup_link_id) {
      const [link] = await tx.query(`SELECT id FROM signup_link WHERE id = $1 AND used_at IS NULL FOR UPDATE`, [row.signup_link_id]);
      if (!link) return invalidSignupLink();
    }
    let loginId: string;
    if (existing) {
      const [still] = await tx.query<{ id: string }>(`SELECT id FROM login WHERE id = $1 FOR UPDATE`, [existing.id]);
      if (!still) return invalidSignupLink();
      loginId = still.id;
    } else {
      const login = await ensureLogin(tx, { email: row.email, passwordHash: row.password_hash, emailVerifiedAt: now });
      // A login made meanwhile keeps its own password: its owner confirms with it.
      if (!login.created) return errorResult(InvalidCredentialsError, 'This address has a Partnerbook login: enter its password');
      loginId = login.id;
    }
    // The link came to this address: it is confirmed.
    await tx.query(`UPDATE login SET email_verified_at = coalesce(email_verified_at, $2) WHERE id = $1`, [loginId, now]);
    const { programId, accountId, admin } = await startProgram(tx, {
      program: { name: row.program_name, currency: row.currency, timezone: row.timezone, locale: row.locale },
      email: row.email,
      name: row.display_name,
      loginId,
      via: row.signup_link_id ? 'signupLink' : env.mode,
      linkId: row.signup_link_id,
      now,
      existingLogin: existing !== null,
    });
    await tx.query(`UPDATE pending_signup SET used_at = $2, program_id = $3 WHERE id = $1`, [row.id, now, programId]);
    const session = await openSession(tx, { id: accountId, programId }, env.sessions, request.client);
    return Object.assign(new AuthSession(), { ...session, viewer: await viewerOf(admin) });
  });
}

/** An existing login's password and (when on) second factor, checked like at sign-in; null when right. */
async function existingLoginRefusal(ctx: RequestContext, login: LoginRow, input: ConfirmSignUpInput, request: ConfirmSignUpRequest) {
  if (!input.password) return errorResult(InvalidCredentialsError, 'This address has a Partnerbook login: enter its password');
  const password = input.password;
  const guarded = await request.loginThrottle.guard(login.email, request.clientAddress, async () =>
    (await verifyPassword(password, login.password_hash)) ? true : null,
  );
  if (guarded.refused) {
    const { retryAfterSeconds } = guarded;
    return errorResult(TooManyAttemptsError, `Too many wrong passwords: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
  if (!guarded.result) return errorResult(InvalidCredentialsError, 'The password is wrong');
  if (!login.two_factor_enabled_at) return null;
  if (!input.totpCode)
    return errorResult(InvalidTwoFactorCodeError, 'This login signs in with two-factor authentication: enter the code your app shows');
  const [secret] = await ctx.query<{ two_factor_secret: string }>(`SELECT two_factor_secret FROM login WHERE id = $1`, [login.id]);
  return codeRefusal(ctx, { login_id: login.id, email: login.email, two_factor_secret: secret.two_factor_secret }, input.totpCode, request);
}

async function sendVerification(
  tx: RequestContext,
  account: { id: string; email: string; name: string; programId: string; programName: string },
  env: AccountEnvironment,
): Promise<void> {
  const token = newSecret(EMAIL_VERIFICATION_PREFIX);
  const now = env.clock.now();
  await tx.query(
    `INSERT INTO account_token (program_id, account_id, purpose, token_hash, created_at, expires_at)
     VALUES ($1, $2, 'EMAIL_VERIFICATION', $3, $4, $5)`,
    [account.programId, account.id, hashSecret(token), now, new Date(now.getTime() + EMAIL_VERIFICATION_TTL_MS)],
  );
  await queueAccountEmail(tx, {
    programId: account.programId,
    accountId: account.id,
    recipient: account.email,
    // The token travels in the fragment: browsers never send it to a server or in a Referer.
    ...emailVerificationEmail({
      name: account.name,
      programName: account.programName,
      link: `${env.publicUrl}/verify-email#token=${token}`,
    }),
  });
}

/** Confirms the address an emailed link went to; each link works once, for 7 days. */
export async function verifyEmail(ctx: RequestContext, input: VerifyEmailInput, env: AccountEnvironment) {
  return ctx.transaction(async (tx) => {
    const now = env.clock.now();
    const [spent] = await tx.query<{ account_id: string }>(
      `UPDATE account_token SET used_at = $2
        WHERE token_hash = $1 AND purpose = 'EMAIL_VERIFICATION' AND used_at IS NULL AND expires_at > $2
       RETURNING account_id`,
      [hashSecret(input.token), now],
    );
    if (!spent) return errorResult(InvalidTokenError, 'This link is not valid any more (used, expired or unknown): ask for a new one');
    const [account] = await tx.query<{ email: string; program_id: string }>(
      `UPDATE login l SET email_verified_at = coalesce(l.email_verified_at, $2) FROM account a
        WHERE a.id = $1 AND l.id = a.login_id RETURNING l.email, a.program_id`,
      [spent.account_id, now],
    );
    const owner = new RequestContext(tx.dataSource, { kind: 'SYSTEM', programId: account.program_id, label: account.email }, tx.manager);
    await recordAudit(owner, [{ action: 'account.verifyEmail', entityType: 'Account', entityId: spent.account_id, changes: {} }]);
    return Object.assign(new EmailVerified(), { email: account.email });
  });
}

/** Emails the signed-in person a new confirmation link; false when confirmed already or after 3 in an hour. */
export async function resendEmailVerification(ctx: RequestContext, env: AccountEnvironment): Promise<boolean> {
  const actor = ctx.authenticatedActor;
  if (actor.kind !== 'MERCHANT' && actor.kind !== 'PARTNER') return false;
  return ctx.transaction(async (tx) => {
    const [account] = await tx.query<{ email: string; display_name: string; verified: boolean; program_name: string }>(
      `SELECT l.email, a.display_name, l.email_verified_at IS NOT NULL AS verified, pr.name AS program_name
         FROM account a ${LOGIN_JOIN} JOIN program pr ON pr.id = a.program_id WHERE a.id = $1 FOR UPDATE OF a`,
      [actor.accountId],
    );
    if (!account || account.verified) return false;
    const [{ recent }] = await tx.query<{ recent: number }>(
      `SELECT count(*)::int AS recent FROM account_token WHERE account_id = $1 AND purpose = 'EMAIL_VERIFICATION' AND created_at > $2`,
      [actor.accountId, new Date(env.clock.now().getTime() - 60 * 60 * 1000)],
    );
    if (recent >= MAX_VERIFICATIONS_PER_HOUR) return false;
    await sendVerification(
      tx,
      {
        id: actor.accountId,
        email: account.email,
        name: account.display_name,
        programId: actor.programId,
        programName: account.program_name,
      },
      env,
    );
    return true;
  });
}

/**
 * A single-use link for one address to start a program (SIGNUP=invite), valid 7 days; only its
 * hash is stored. The operator hands it over (`npm run signup-link -- <email>` prints it).
 */
export async function issueSignupLink(dataSource: DataSource, email: string, env: AccountEnvironment): Promise<string> {
  const address = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) || address.length > 320) throw new BadInputError(`"${email}" is not an email address`);
  const token = newSecret(SIGNUP_LINK_PREFIX);
  const now = env.clock.now();
  await dataSource.query(`INSERT INTO signup_link (email, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [
    address,
    hashSecret(token),
    now,
    new Date(now.getTime() + SIGNUP_LINK_TTL_MS),
  ]);
  return `${env.publicUrl}/signup#token=${token}`;
}
