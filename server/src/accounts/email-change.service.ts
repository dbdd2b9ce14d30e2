import { RequestContext } from '../common/request-context';
import { BadInputError, ForbiddenError, NotFoundError, errorResult } from '../common/errors';
import { uniqueViolation } from '../common/database-errors';
import { recordAudit } from '../audit/audit.service';
import { LoginThrottle } from '../auth/login-throttle';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { hashSecret, newSecret, verifyPassword } from '../auth/password';
import { EmailInUseError } from '../team/team.types';
import { LOGIN_JOIN, changeLoginEmail, normaliseEmail, otherMembershipCount } from '../auth/login';
import { emailChangeConfirmEmail, emailChangedEmail, emailChangeRequestedEmail, queueAccountEmail } from './account-emails';
import { AccountEnvironment } from './account.service';
import { InvalidTokenError } from './account.types';
import { EmailChangeConfirmed, EmailChangeRequested } from './email-change.types';
import { ConfirmEmailChangeInput, RequestMyEmailChangeInput } from './email-change.inputs';

/**
 * Confirmed email changes (issue 12). A change of a login's email (asked by the person, with
 * their password, or by a merchant editing a partner) is only a pending EMAIL_CHANGE token: a
 * single-use link, stored hashed, expiring, sent to the NEW address, while the old address is
 * told. Opening the link switches the sign-in email of the login (switchLoginEmail: table login,
 * so every program the person belongs to), marks it verified, ends the login's other sessions,
 * spends its other links and tells the old address. A merchant may start it only for a partner
 * whose login has no other membership (their sign-in elsewhere is not the merchant's to change).
 */
export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;
export const EMAIL_CHANGE_PREFIX = 'pbe';
/** At most this many change links per login per hour: nobody floods an inbox with them. */
export const MAX_EMAIL_CHANGES_PER_HOUR = 3;

const REQUESTED = (email: string) =>
  `A confirmation link is on its way to ${email}. The sign-in email changes once it is opened (within 24 hours); until then nothing changes.`;

interface LoginRow {
  id: string;
  login_id: string;
  program_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  partner_id: string | null;
  program_name: string;
}

const LOGIN_SELECT = `SELECT a.id, a.login_id, a.program_id, l.email, a.display_name, l.password_hash, a.partner_id, pr.name AS program_name
                        FROM account a ${LOGIN_JOIN} JOIN program pr ON pr.id = a.program_id`;

/** SQL: the ids of every membership (account) of the login $1. */
const LOGIN_ACCOUNTS = `SELECT id FROM account WHERE login_id = $1`;

/**
 * Stores a pending change of the login's email and sends the link (to the new address) and the
 * notice (to the old one); earlier pending changes of the login (any membership) stop working. Whether the new
 * address is used by another login is not looked at here: the answer must not tell (it is checked
 * when the link is opened). Returns false when the hourly limit is reached (nothing sent).
 */
export async function startEmailChange(
  tx: RequestContext,
  login: LoginRow,
  newEmail: string,
  env: AccountEnvironment,
  byMerchant: boolean,
): Promise<boolean> {
  const now = env.clock.now();
  // Serialises requests for one login, so the hourly limit holds under concurrency.
  await tx.query(`SELECT id FROM login WHERE id = $1 FOR UPDATE`, [login.login_id]);
  const [{ recent }] = await tx.query<{ recent: number }>(
    `SELECT count(*)::int AS recent FROM account_token
      WHERE account_id IN (${LOGIN_ACCOUNTS}) AND purpose = 'EMAIL_CHANGE' AND created_at > $2`,
    [login.login_id, new Date(now.getTime() - 60 * 60 * 1000)],
  );
  if (recent >= MAX_EMAIL_CHANGES_PER_HOUR) return false;
  await tx.query(
    `UPDATE account_token SET used_at = $2 WHERE account_id IN (${LOGIN_ACCOUNTS}) AND purpose = 'EMAIL_CHANGE' AND used_at IS NULL`,
    [login.login_id, now],
  );
  const token = newSecret(EMAIL_CHANGE_PREFIX);
  await tx.query(
    `INSERT INTO account_token (program_id, account_id, purpose, token_hash, created_at, expires_at, new_email)
     VALUES ($1, $2, 'EMAIL_CHANGE', $3, $4, $5, $6)`,
    [login.program_id, login.id, hashSecret(token), now, new Date(now.getTime() + EMAIL_CHANGE_TTL_MS), newEmail],
  );
  // The token travels in the fragment, as every emailed link's: never sent to a server or in a Referer.
  const link = `${env.publicUrl}/confirm-email-change#token=${token}`;
  await queueAccountEmail(tx, {
    programId: login.program_id,
    accountId: login.id,
    recipient: newEmail,
    ...emailChangeConfirmEmail({ name: login.display_name, programName: login.program_name, link, validHours: 24 }),
  });
  await queueAccountEmail(tx, {
    programId: login.program_id,
    accountId: login.id,
    recipient: login.email,
    ...emailChangeRequestedEmail({ name: login.display_name, programName: login.program_name, newEmail, byMerchant }),
  });
  await recordAudit(tx, [
    { action: 'account.requestEmailChange', entityType: 'Account', entityId: login.id, changes: { newEmail, byMerchant } },
  ]);
  return true;
}

/**
 * THE place where a login's sign-in email changes: login.email (through auth/login.ts; every program
 * of the person), verified now, and the partner contact email of each partner membership of the
 * login. Answers false (nothing changed) when another login has the address.
 */
export async function switchLoginEmail(tx: RequestContext, login: { login_id: string }, newEmail: string, now: Date): Promise<boolean> {
  if (!(await changeLoginEmail(tx, login.login_id, newEmail, now))) return false;
  await tx.query(
    `UPDATE partner p SET email = $2 FROM account a
      WHERE a.login_id = $1 AND a.partner_id = p.id AND a.program_id = p.program_id`,
    [login.login_id, normaliseEmail(newEmail)],
  );
  return true;
}

function ownAccountId(ctx: RequestContext): string {
  const actor = ctx.authenticatedActor;
  if (actor.kind !== 'MERCHANT' && actor.kind !== 'PARTNER') throw new ForbiddenError('Only people who sign in have a sign-in email');
  return actor.accountId;
}

/** The signed-in person asks to change their own sign-in email: password required (under the sign-in throttle). */
export async function requestMyEmailChange(
  ctx: RequestContext,
  input: RequestMyEmailChangeInput,
  env: AccountEnvironment,
  request: { clientAddress: string; loginThrottle: LoginThrottle },
) {
  const accountId = ownAccountId(ctx);
  const [login] = await ctx.query<LoginRow>(`${LOGIN_SELECT} WHERE a.id = $1`, [accountId]);
  if (!login) throw new NotFoundError('Account', accountId);
  const newEmail = normaliseEmail(input.newEmail);
  if (newEmail === normaliseEmail(login.email)) throw new BadInputError('That is your sign-in email already', { field: 'newEmail' });
  const guarded = await request.loginThrottle.guard(login.email, request.clientAddress, async () =>
    (await verifyPassword(input.currentPassword, login.password_hash)) ? true : null,
  );
  if (guarded.refused) {
    const { retryAfterSeconds } = guarded;
    return errorResult(TooManyAttemptsError, `Too many wrong passwords: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
  if (!guarded.result) return errorResult(InvalidCredentialsError, 'The password is wrong: nothing was changed');
  const sent = await ctx.transaction((tx) => startEmailChange(tx, login, newEmail, env, false));
  if (!sent)
    return errorResult(TooManyAttemptsError, 'Too many email changes in the last hour: try again later', { retryAfterSeconds: 3600 });
  return Object.assign(new EmailChangeRequested(), { message: REQUESTED(newEmail), pendingEmail: newEmail });
}

/**
 * A merchant changes a partner's email (updatePartner): a partner with a login gets the confirmation
 * link like a self-service change (the contact email follows when it is confirmed); a partner
 * without one has no sign-in to protect and the caller changes it directly. A login that also
 * belongs to another program (as partner or team member) is the person's sign-in there too: the
 * merchant may not redirect it, BAD_USER_INPUT on email (nothing changes; the partner changes it
 * themselves; which programs is not said). Answers whether a confirmation was started.
 */
export async function startPartnerEmailChange(
  tx: RequestContext,
  partnerId: string,
  newEmail: string,
  env: AccountEnvironment,
): Promise<boolean> {
  const [login] = await tx.query<LoginRow>(`${LOGIN_SELECT} WHERE a.program_id = $1 AND a.partner_id = $2 LIMIT 1`, [
    tx.programId,
    partnerId,
  ]);
  if (!login) return false;
  if ((await otherMembershipCount(tx, login.login_id, login.id)) > 0) {
    throw new BadInputError(
      "This partner's sign-in email is also their sign-in elsewhere on Partnerbook, so only they can change it (Your account → Email). Nothing was changed.",
      { field: 'email' },
    );
  }
  const sent = await startEmailChange(tx, login, newEmail, env, true);
  if (!sent) throw new BadInputError('Too many email changes for this partner in the last hour: try again later', { field: 'email' });
  return true;
}

/**
 * A merchant admin changes a team member's sign-in email (changeTeamMemberEmail): confirmed by a
 * link to the new address like a partner's (startEmailChange, the old address told). Not the
 * admin's own (that needs their password: requestMyEmailChange), and not a login that also belongs
 * to another program (BAD_USER_INPUT on email, naming no program), as for partners.
 */
export async function startTeamMemberEmailChange(
  tx: RequestContext,
  accountId: string,
  newEmail: string,
  env: AccountEnvironment,
): Promise<void> {
  const [login] = await tx.query<LoginRow>(`${LOGIN_SELECT} WHERE a.program_id = $1 AND a.id = $2 AND a.kind = 'MERCHANT'`, [
    tx.programId,
    accountId,
  ]);
  if (!login) throw new NotFoundError('TeamMember', accountId);
  const actor = tx.authenticatedActor;
  if (actor.kind === 'MERCHANT' && actor.accountId === accountId) {
    throw new BadInputError('Change your own sign-in email under Your account (your password is asked there). Nothing was changed.', {
      field: 'email',
    });
  }
  const email = normaliseEmail(newEmail);
  if (email === normaliseEmail(login.email)) throw new BadInputError('That is their sign-in email already', { field: 'email' });
  if ((await otherMembershipCount(tx, login.login_id, login.id)) > 0) {
    throw new BadInputError(
      "This member's sign-in email is also their sign-in elsewhere on Partnerbook, so only they can change it (Your account → Email). Nothing was changed.",
      { field: 'email' },
    );
  }
  if (!(await startEmailChange(tx, login, email, env, true))) {
    throw new BadInputError('Too many email changes for this member in the last hour: try again later', { field: 'email' });
  }
}

/**
 * Withdraws pending email changes: their links stop working (they answer as used). `accountId`
 * alone: the signed-in person's own, asked from any of their programs; with `programId`: the links
 * asked in that program for that membership (a merchant withdrawing a partner's or member's).
 * Answers the address that was waiting (the newest), or null when none was.
 */
export async function cancelEmailChanges(
  tx: RequestContext,
  where: { accountId: string; programId?: string },
  now: Date,
  byMerchant: boolean,
): Promise<string | null> {
  const cancelled = await tx.query<{ new_email: string; created_at: Date }>(
    where.programId
      ? `UPDATE account_token SET used_at = $2
          WHERE account_id = $1 AND program_id = $3 AND purpose = 'EMAIL_CHANGE' AND used_at IS NULL AND expires_at > $2
         RETURNING new_email, created_at`
      : `UPDATE account_token SET used_at = $2
          WHERE account_id IN (SELECT b.id FROM account me JOIN account b ON b.login_id = me.login_id WHERE me.id = $1)
            AND purpose = 'EMAIL_CHANGE' AND used_at IS NULL AND expires_at > $2
         RETURNING new_email, created_at`,
    where.programId ? [where.accountId, now, where.programId] : [where.accountId, now],
  );
  if (cancelled.length === 0) return null;
  const newest = cancelled.reduce((a, b) => (b.created_at > a.created_at ? b : a));
  await recordAudit(tx, [
    {
      action: 'account.cancelEmailChange',
      entityType: 'Account',
      entityId: where.accountId,
      changes: { pendingEmail: newest.new_email, byMerchant },
    },
  ]);
  return newest.new_email;
}

/** The signed-in person withdraws their pending sign-in email change; false when none was pending. */
export async function cancelMyEmailChange(ctx: RequestContext, env: AccountEnvironment): Promise<boolean> {
  const accountId = ownAccountId(ctx);
  return ctx.transaction(async (tx) => (await cancelEmailChanges(tx, { accountId }, env.clock.now(), false)) !== null);
}

/** A merchant withdraws the pending email change of a partner of the program (NOT_FOUND for an unknown partner). */
export async function cancelPartnerEmailChange(ctx: RequestContext, partnerId: string, env: AccountEnvironment): Promise<void> {
  await ctx.transaction(async (tx) => {
    const [partner] = await tx.query<{ id: string }>(`SELECT id FROM partner WHERE program_id = $1 AND id = $2`, [tx.programId, partnerId]);
    if (!partner) throw new NotFoundError('Partner', partnerId);
    const accounts = await tx.query<{ id: string }>(`SELECT id FROM account WHERE program_id = $1 AND partner_id = $2`, [
      tx.programId,
      partnerId,
    ]);
    for (const account of accounts) {
      await cancelEmailChanges(tx, { accountId: account.id, programId: tx.programId }, env.clock.now(), true);
    }
  });
}

/** A merchant admin withdraws the pending email change of a team member (NOT_FOUND for an unknown member). */
export async function cancelTeamMemberEmailChange(ctx: RequestContext, accountId: string, env: AccountEnvironment): Promise<void> {
  await ctx.transaction(async (tx) => {
    const [member] = await tx.query<{ id: string }>(`SELECT id FROM account WHERE program_id = $1 AND id = $2 AND kind = 'MERCHANT'`, [
      tx.programId,
      accountId,
    ]);
    if (!member) throw new NotFoundError('TeamMember', accountId);
    await cancelEmailChanges(tx, { accountId, programId: tx.programId }, env.clock.now(), true);
  });
}

/** SQL: the address the membership `a` waits to confirm from a link asked in its program (`$now`: the clock), or null. */
export const pendingEmailColumn = (now: string) =>
  `(SELECT t.new_email FROM account_token t
     WHERE t.account_id = a.id AND t.program_id = a.program_id AND t.purpose = 'EMAIL_CHANGE' AND t.used_at IS NULL AND t.expires_at > ${now}
     ORDER BY t.created_at DESC LIMIT 1)`;

/**
 * The address a login is waiting to confirm (the newest live change link), or null. For the
 * signed-in person (accountId): asked from any of their programs; for a partner seen by a
 * merchant (partnerId): only links asked in this program.
 */
export async function pendingEmailOf(ctx: RequestContext, where: { accountId?: string; partnerId?: string }, now: Date) {
  const [row] = where.accountId
    ? await ctx.query<{ new_email: string }>(
        `SELECT t.new_email FROM account_token t
          WHERE t.account_id IN (SELECT b.id FROM account me JOIN account b ON b.login_id = me.login_id WHERE me.id = $1)
            AND t.purpose = 'EMAIL_CHANGE' AND t.used_at IS NULL AND t.expires_at > $2
          ORDER BY t.created_at DESC LIMIT 1`,
        [where.accountId, now],
      )
    : await ctx.query<{ new_email: string }>(
        `SELECT t.new_email FROM account_token t JOIN account a ON a.id = t.account_id
          WHERE t.program_id = $1 AND a.partner_id = $2
            AND t.purpose = 'EMAIL_CHANGE' AND t.used_at IS NULL AND t.expires_at > $3
          ORDER BY t.created_at DESC LIMIT 1`,
        [ctx.programId, where.partnerId, now],
      );
  return row?.new_email ?? null;
}

/**
 * Opens an email-change link (no sign-in needed: the link proves the new address is read).
 * Every other session of the login (every program) ends: the sign-in identity changed, and a
 * session opened by whoever knew the old address and password must not outlive it (the session
 * opening the link stays). Links sent to the old address before (password resets) stop working.
 */
export async function confirmEmailChange(
  ctx: RequestContext,
  input: ConfirmEmailChangeInput,
  env: AccountEnvironment,
  sessionToken: string | null,
) {
  const invalid = () => errorResult(InvalidTokenError, 'This link is not valid any more (used, expired or unknown): ask for a new one');
  const unavailable = () =>
    errorResult(
      EmailInUseError,
      'This address cannot be used for your login (it is in use): nothing changed; ask for a change to another one',
    );
  const tokenHash = hashSecret(input.token);
  const now = env.clock.now();
  return ctx
    .transaction(async (tx) => {
      const [spent] = await tx.query<{ account_id: string; new_email: string }>(
        `UPDATE account_token SET used_at = $2
          WHERE token_hash = $1 AND purpose = 'EMAIL_CHANGE' AND used_at IS NULL AND expires_at > $2
         RETURNING account_id, new_email`,
        [tokenHash, now],
      );
      if (!spent) return invalid();
      const [login] = await tx.query<LoginRow>(`${LOGIN_SELECT} WHERE a.id = $1 FOR UPDATE OF l`, [spent.account_id]);
      if (!login) return invalid();
      const oldEmail = login.email;
      if (!(await switchLoginEmail(tx, login, spent.new_email, now))) return unavailable();
      await tx.query(`UPDATE account_token SET used_at = $2 WHERE account_id IN (${LOGIN_ACCOUNTS}) AND used_at IS NULL`, [
        login.login_id,
        now,
      ]);
      const keep = sessionToken ? hashSecret(sessionToken) : null;
      const ended = await tx.query(
        `UPDATE session SET revoked_at = now()
          WHERE account_id IN (${LOGIN_ACCOUNTS}) AND revoked_at IS NULL AND expires_at > now() AND ($2::text IS NULL OR token_hash <> $2)
         RETURNING id`,
        [login.login_id, keep],
      );
      await queueAccountEmail(tx, {
        programId: login.program_id,
        accountId: login.id,
        recipient: oldEmail,
        ...emailChangedEmail({ name: login.display_name, programName: login.program_name, newEmail: spent.new_email }),
      });
      const confirmedBy = new RequestContext(
        tx.dataSource,
        { kind: 'SYSTEM', programId: login.program_id, label: spent.new_email },
        tx.manager,
      );
      await recordAudit(confirmedBy, [
        {
          action: 'account.confirmEmailChange',
          entityType: 'Account',
          entityId: login.id,
          changes: { before: { email: oldEmail }, after: { email: spent.new_email }, endedSessions: ended.length },
        },
      ]);
      return Object.assign(new EmailChangeConfirmed(), { email: spent.new_email, endedSessions: ended.length });
    })
    .catch((error: unknown) => {
      // Another login took the address between the check and the update.
      if (uniqueViolation(error) === 'login_email_key') return unavailable();
      throw error;
    });
}
