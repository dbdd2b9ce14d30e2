import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { ForbiddenError, NotFoundError, errorResult } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { LoginThrottle } from '../auth/login-throttle';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../auth/password';
import { passwordChangedEmail, passwordResetEmail, queueAccountEmail, welcomeEmail, welcomeExistingLoginEmail } from './account-emails';
import { LOGIN_JOIN, addMembership, ensureLogin, isMember } from '../auth/login';
import { AccountSession, InvalidTokenError, PasswordChanged, PasswordResetRequested, WeakPasswordError } from './account.types';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput } from './account.inputs';
import { checkPassword, contextWords } from './password-policy';

/** A password reset link works for an hour, once; a welcome link (set your first password) for a week. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
/** At most this many reset emails per account per hour: nobody can flood someone's inbox. */
export const MAX_RESETS_PER_HOUR = 3;
export const PASSWORD_RESET_PREFIX = 'pbr';
export const WELCOME_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const WELCOME_PREFIX = 'pbw';

/**
 * Gives an invited (or approved) partner a membership of the program. An address without a login
 * gets one without a usable password and an email with a single-use link to choose one; an address
 * with a login (another program) gets the membership and an email to sign in with the password it
 * has (no link that could set it). The caller learns nothing about which: the partner is created
 * and emailed either way. An address that is a member of this program already gets nothing new.
 */
export async function createWelcomedLogin(
  tx: RequestContext,
  person: { programId: string; email: string; displayName: string; partnerId: string },
  env: AccountEnvironment,
): Promise<void> {
  if (await isMember(tx, person.programId, person.email)) return;
  const [program] = await tx.query<{ name: string }>(`SELECT name FROM program WHERE id = $1`, [person.programId]);
  // A password nobody knows: a new login cannot sign in until the welcome link sets one.
  const unusable = await hashPassword(newSecret('unusable'));
  const login = await ensureLogin(tx, { email: person.email, passwordHash: unusable });
  const accountId = await addMembership(tx, {
    programId: person.programId,
    loginId: login.id,
    displayName: person.displayName,
    partnerId: person.partnerId,
  });
  if (!login.created) {
    await queueAccountEmail(tx, {
      programId: person.programId,
      accountId,
      recipient: person.email,
      ...welcomeExistingLoginEmail({ name: person.displayName, programName: program.name, signInLink: `${env.publicUrl}/login` }),
    });
    return;
  }
  const token = newSecret(WELCOME_PREFIX);
  const now = env.clock.now();
  await tx.query(
    `INSERT INTO account_token (program_id, account_id, purpose, token_hash, created_at, expires_at) VALUES ($1, $2, 'WELCOME', $3, $4, $5)`,
    [person.programId, accountId, hashSecret(token), now, new Date(now.getTime() + WELCOME_TTL_MS)],
  );
  await queueAccountEmail(tx, {
    programId: person.programId,
    accountId,
    recipient: person.email,
    ...welcomeEmail({ name: person.displayName, programName: program.name, link: `${env.publicUrl}/set-password#token=${token}` }),
  });
}

/** Where the services of this module read "now" and the portal's address from. */
export interface AccountEnvironment {
  clock: Clock;
  publicUrl: string;
}

interface AccountRow {
  id: string;
  program_id: string;
  login_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  program_name: string;
}

const ACCOUNT_SELECT = `SELECT a.id, a.program_id, a.login_id, l.email, a.display_name, l.password_hash, pr.name AS program_name
                          FROM account a ${LOGIN_JOIN} JOIN program pr ON pr.id = a.program_id`;

/** The account_tokens of every membership of the login that are still usable: spent (a new password must not be undone). */
async function spendTokens(tx: RequestContext, loginId: string, at: Date | string = 'now'): Promise<void> {
  await tx.query(
    `UPDATE account_token SET used_at = ${at === 'now' ? 'now()' : '$2'}
      WHERE account_id IN (SELECT id FROM account WHERE login_id = $1) AND used_at IS NULL AND purpose IN ('PASSWORD_RESET', 'WELCOME')`,
    at === 'now' ? [loginId] : [loginId, at],
  );
}

/** The signed-in person's own account (merchant users and partners; API keys have none). */
function ownAccountId(ctx: RequestContext): string {
  const actor = ctx.authenticatedActor;
  if (actor.kind !== 'MERCHANT' && actor.kind !== 'PARTNER')
    throw new ForbiddenError('Only people who sign in have a password and sessions');
  return actor.accountId;
}

async function weakPassword(password: string, account: AccountRow): Promise<WeakPasswordError | null> {
  const verdict = await checkPassword(password, contextWords(account.display_name, account.email, account.program_name));
  return verdict.ok ? null : errorResult(WeakPasswordError, verdict.reason!, { suggestions: verdict.suggestions });
}

/** Ends the sessions of the login (every program) except `keepTokenHash`; returns how many it ended. */
async function endSessions(tx: RequestContext, loginId: string, keepTokenHash: string | null): Promise<number> {
  const ended = await tx.query(
    `UPDATE session SET revoked_at = now()
      WHERE account_id IN (SELECT id FROM account WHERE login_id = $1)
        AND revoked_at IS NULL AND expires_at > now() AND ($2::text IS NULL OR token_hash <> $2)
      RETURNING id`,
    [loginId, keepTokenHash],
  );
  return ended.length;
}

/**
 * Changes the signed-in person's password: the current one is checked under the same sign-in
 * protection as a login (so this is no side door for guessing it), the new one against the
 * policy. Every other session ends; the person is told by email.
 */
export async function changePassword(
  ctx: RequestContext,
  input: ChangePasswordInput,
  request: { token: string | null; clientAddress: string; loginThrottle: LoginThrottle },
) {
  const accountId = ownAccountId(ctx);
  const [account] = await ctx.query<AccountRow>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [accountId]);
  if (!account) throw new NotFoundError('Account', accountId);
  const guarded = await request.loginThrottle.guard(account.email, request.clientAddress, async () =>
    (await verifyPassword(input.currentPassword, account.password_hash)) ? true : null,
  );
  if (guarded.refused) {
    const { retryAfterSeconds } = guarded;
    return errorResult(TooManyAttemptsError, `Too many wrong passwords: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
  if (!guarded.result) return errorResult(InvalidCredentialsError, 'The current password is wrong');
  const weak = await weakPassword(input.newPassword, account);
  if (weak) return weak;
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.transaction(async (tx) => {
    // Only if the password is still the one checked: two changes at once cannot both win.
    const updated = await tx.query(`UPDATE login SET password_hash = $2 WHERE id = $1 AND password_hash = $3 RETURNING id`, [
      account.login_id,
      passwordHash,
      account.password_hash,
    ]);
    if (updated.length === 0) return errorResult(InvalidCredentialsError, 'The password was changed meanwhile: sign in again');
    const endedSessions = await endSessions(tx, account.login_id, request.token ? hashSecret(request.token) : null);
    // A reset link asked for before the change must not undo it (one password for every program).
    await spendTokens(tx, account.login_id);
    await queueAccountEmail(tx, {
      programId: account.program_id,
      accountId,
      recipient: account.email,
      ...passwordChangedEmail({ name: account.display_name, programName: account.program_name }),
    });
    await recordAudit(tx, [{ action: 'account.changePassword', entityType: 'Account', entityId: accountId, changes: { endedSessions } }]);
    return Object.assign(new PasswordChanged(), { endedSessions });
  });
}

const RESET_REQUESTED =
  'If that address has a login, an email with a link to choose a new password is on its way. The link works once, for one hour.';

/**
 * Emails a single-use reset link to the address if it has a login. The answer is the same either
 * way, so nobody learns who has a login; the lookup runs for every request alike.
 */
export async function requestPasswordReset(ctx: RequestContext, input: RequestPasswordResetInput, env: AccountEnvironment) {
  const answer = Object.assign(new PasswordResetRequested(), { message: RESET_REQUESTED });
  // The login's most recently used membership: the program the email speaks for.
  const [account] = await ctx.query<AccountRow>(
    `${ACCOUNT_SELECT} WHERE lower(l.email) = lower($1) ORDER BY a.last_signed_in_at DESC NULLS LAST, a.created_at, a.id LIMIT 1`,
    [input.email.trim()],
  );
  if (!account) return answer;
  const now = env.clock.now();
  await ctx.transaction(async (tx) => {
    // Serialises requests for one login, so the hourly limit holds under concurrency.
    await tx.query(`SELECT id FROM login WHERE id = $1 FOR UPDATE`, [account.login_id]);
    const [{ recent }] = await tx.query<{ recent: number }>(
      `SELECT count(*)::int AS recent FROM account_token
        WHERE account_id IN (SELECT id FROM account WHERE login_id = $1) AND purpose = 'PASSWORD_RESET' AND created_at > $2`,
      [account.login_id, new Date(now.getTime() - 60 * 60 * 1000)],
    );
    if (recent >= MAX_RESETS_PER_HOUR) return;
    const token = newSecret(PASSWORD_RESET_PREFIX);
    await tx.query(
      `INSERT INTO account_token (program_id, account_id, purpose, token_hash, created_at, expires_at)
       VALUES ($1, $2, 'PASSWORD_RESET', $3, $4, $5)`,
      [account.program_id, account.id, hashSecret(token), now, new Date(now.getTime() + PASSWORD_RESET_TTL_MS)],
    );
    // The token travels in the fragment: browsers never send it to a server or in a Referer.
    const link = `${env.publicUrl}/reset-password#token=${token}`;
    await queueAccountEmail(tx, {
      programId: account.program_id,
      accountId: account.id,
      recipient: account.email,
      ...passwordResetEmail({ name: account.display_name, programName: account.program_name, link, validMinutes: 60 }),
    });
  });
  return answer;
}

/**
 * Sets a new password with an emailed token (a reset link: one hour; a partner's welcome link:
 * 7 days; each works once); every session of the account ends.
 */
export async function resetPassword(ctx: RequestContext, input: ResetPasswordInput, env: AccountEnvironment) {
  const invalid = () => errorResult(InvalidTokenError, 'This link is not valid any more (used, expired or unknown): ask for a new one');
  const tokenHash = hashSecret(input.token);
  const [account] = await ctx.query<AccountRow>(
    `${ACCOUNT_SELECT} JOIN account_token t ON t.account_id = a.id
      WHERE t.token_hash = $1 AND t.purpose IN ('PASSWORD_RESET', 'WELCOME') AND t.used_at IS NULL AND t.expires_at > $2`,
    [tokenHash, env.clock.now()],
  );
  if (!account) return invalid();
  // Checked before the token is spent: a refused password leaves the link usable.
  const weak = await weakPassword(input.newPassword, account);
  if (weak) return weak;
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.transaction(async (tx) => {
    const spent = await tx.query(
      `UPDATE account_token SET used_at = $2
        WHERE token_hash = $1 AND purpose IN ('PASSWORD_RESET', 'WELCOME') AND used_at IS NULL AND expires_at > $2
       RETURNING account_id`,
      [tokenHash, env.clock.now()],
    );
    // Spent by a concurrent request meanwhile: only one of them sets the password.
    if (spent.length === 0) return invalid();
    // The link came to this address: it is confirmed too.
    await tx.query(`UPDATE login SET password_hash = $2, email_verified_at = coalesce(email_verified_at, $3) WHERE id = $1`, [
      account.login_id,
      passwordHash,
      env.clock.now(),
    ]);
    await spendTokens(tx, account.login_id, env.clock.now());
    const endedSessions = await endSessions(tx, account.login_id, null);
    await queueAccountEmail(tx, {
      programId: account.program_id,
      accountId: account.id,
      recipient: account.email,
      ...passwordChangedEmail({ name: account.display_name, programName: account.program_name }),
    });
    const resetBy = new RequestContext(tx.dataSource, { kind: 'SYSTEM', programId: account.program_id, label: account.email }, tx.manager);
    await recordAudit(resetBy, [
      { action: 'account.resetPassword', entityType: 'Account', entityId: account.id, changes: { endedSessions } },
    ]);
    return Object.assign(new PasswordChanged(), { endedSessions });
  });
}

/** The signed-in person's open sessions (of every program of their login), newest first. */
export async function listMySessions(ctx: RequestContext, token: string | null): Promise<AccountSession[]> {
  const accountId = ownAccountId(ctx);
  const rows = await ctx.query<{
    id: string;
    created_at: Date;
    expires_at: Date;
    user_agent: string | null;
    client_address: string | null;
    token_hash: string;
  }>(
    `SELECT id, created_at, expires_at, user_agent, client_address, token_hash FROM session
      WHERE account_id IN (SELECT b.id FROM account me JOIN account b ON b.login_id = me.login_id WHERE me.id = $1)
        AND revoked_at IS NULL AND expires_at > now() ORDER BY created_at DESC, id LIMIT 200`,
    [accountId],
  );
  const current = token ? hashSecret(token) : null;
  return rows.map((row) =>
    Object.assign(new AccountSession(), {
      id: row.id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      userAgent: row.user_agent,
      address: row.client_address,
      current: row.token_hash === current,
    }),
  );
}

/** Ends one of the signed-in person's own sessions (another person's is "not found"). */
export async function revokeMySession(ctx: RequestContext, id: string): Promise<boolean> {
  const accountId = ownAccountId(ctx);
  const [session] = await ctx.query<{ revoked: boolean }>(
    `SELECT revoked_at IS NOT NULL AS revoked FROM session WHERE id = $1 AND account_id IN (SELECT b.id FROM account me JOIN account b ON b.login_id = me.login_id WHERE me.id = $2)`,
    [id, accountId],
  );
  if (!session) throw new NotFoundError('Session', id);
  const ended = await ctx.query(
    `UPDATE session SET revoked_at = now() WHERE id = $1 AND account_id IN (SELECT b.id FROM account me JOIN account b ON b.login_id = me.login_id WHERE me.id = $2)
        AND revoked_at IS NULL RETURNING id`,
    [id, accountId],
  );
  return ended.length > 0;
}

/** Ends every session of the signed-in person but the one making this request. */
export async function revokeMyOtherSessions(ctx: RequestContext, token: string | null): Promise<number> {
  const accountId = ownAccountId(ctx);
  const [own] = await ctx.query<{ login_id: string }>(`SELECT login_id FROM account WHERE id = $1`, [accountId]);
  return endSessions(ctx, own.login_id, token ? hashSecret(token) : null);
}
