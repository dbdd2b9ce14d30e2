import { MerchantRole, isCurrencyCode } from '@partnerbook/shared';
import { DataSource } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { LOGIN_JOIN, addMembership, ensureLogin, loginByEmail } from '../auth/login';
import { BadInputError, errorResult } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { hashPassword, hashSecret, newSecret } from '../auth/password';
import { SessionClient, openSession } from '../auth/auth.service';
import { SessionLifetime } from '../auth/request-actor';
import { AuthSession } from '../auth/auth.types';
import { viewerOf } from '../auth/viewer';
import { AccountEnvironment } from '../accounts/account.service';
import { emailVerificationEmail, queueAccountEmail } from '../accounts/account-emails';
import { InvalidTokenError, WeakPasswordError } from '../accounts/account.types';
import { checkPassword, contextWords } from '../accounts/password-policy';
import { EmailInUseError } from '../team/team.types';
import { SignUpInput, VerifyEmailInput } from './signup.inputs';
import { EmailVerified, SignedUp, SignupClosedError, SignupOptions } from './signup.types';
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

/**
 * Starts a program with the person as its first admin, signed in at once, and emails them a link
 * to confirm the address. Sign-ups are serialised (one advisory lock), so SIGNUP=first creates
 * exactly one program however many arrive together; an operator's link works once.
 */
export async function signUp(ctx: RequestContext, input: SignUpInput, env: SignupEnvironment, client: SessionClient) {
  const program = programSettingsOf(input);
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const verdict = checkPassword(input.password, contextWords(name, email, program.name));
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
    const decision = signupDecision(env.mode, await programCount(tx), linkId !== null);
    if (!decision.allowed) return errorResult(SignupClosedError, decision.reason);
    if (await loginByEmail(tx, email))
      return errorResult(EmailInUseError, 'This address already has a Partnerbook login: sign in with it, or use another address');

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
    const login = await ensureLogin(tx, { email, passwordHash });
    if (!login.created) throw new Error('a login for the address was created during the sign-up lock');
    const account = {
      id: await addMembership(tx, { programId: created.id, loginId: login.id, displayName: name, merchantRole: MerchantRole.ADMIN }),
    };
    if (linkId) await tx.query(`UPDATE signup_link SET used_at = $2, program_id = $3 WHERE id = $1`, [linkId, now, created.id]);
    const admin = new RequestContext(
      tx.dataSource,
      { kind: 'MERCHANT', accountId: account.id, programId: created.id, role: MerchantRole.ADMIN, label: email },
      tx.manager,
    );
    await recordAudit(admin, [
      {
        action: 'program.signUp',
        entityType: 'Program',
        entityId: created.id,
        changes: { ...program, admin: email, via: linkId ? 'signupLink' : env.mode },
      },
    ]);
    await sendVerification(admin, { id: account.id, email, name, programId: created.id, programName: program.name }, env);
    const session = await openSession(tx, { id: account.id, programId: created.id }, env.sessions, client);
    return Object.assign(new SignedUp(), {
      session: Object.assign(new AuthSession(), { ...session, viewer: await viewerOf(admin) }),
      verificationSentTo: email,
    });
  });
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
