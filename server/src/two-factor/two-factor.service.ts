import QRCode from 'qrcode';
import { MerchantRole } from '@partnerbook/shared';
import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { ForbiddenError, NotFoundError, errorResult } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { LoginThrottle } from '../auth/login-throttle';
import { AuthSession, InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { actorForAccount, openSession, SessionClient } from '../auth/auth.service';
import { Account } from '../auth/account.entity';
import { LOGIN_JOIN } from '../auth/login';
import { SessionLifetime } from '../auth/request-actor';
import { viewerOf } from '../auth/viewer';
import { hashSecret, verifyPassword } from '../auth/password';
import { queueAccountEmail } from '../accounts/account-emails';
import { InvalidTokenError } from '../accounts/account.types';
import { Program } from '../programs/program.entity';
import { getProgram } from '../programs/program.service';
import { twoFactorDisabledEmail, twoFactorEnabledEmail } from './two-factor-emails';
import { openSecret, sealSecret, TwoFactorKeyring } from './secret-box';
import {
  MAX_CHALLENGE_FAILURES,
  RECOVERY_CODE_COUNT,
  isAppCode,
  matchingStep,
  newRecoveryCode,
  newTotpSecret,
  normaliseRecoveryCode,
  totpOf,
} from './two-factor-rules';
import {
  InvalidTwoFactorCodeError,
  RecoveryCodes,
  TwoFactorAlreadyEnabledError,
  TwoFactorEnrolment,
  TwoFactorNotEnabledError,
  TwoFactorStatus,
} from './two-factor.types';
import {
  CompleteTwoFactorLoginInput,
  ConfirmTwoFactorEnrolmentInput,
  StartTwoFactorEnrolmentInput,
  TwoFactorCheckInput,
} from './two-factor.inputs';

/**
 * Two-factor sign-in (TOTP, RFC 6238, with `otpauth`) for merchant users. The authenticator secret
 * is returned once, when the enrolment starts, and never again; it is stored encrypted
 * (AES-256-GCM with TWO_FACTOR_ENCRYPTION_KEY, see secret-box.ts) in `account.two_factor_secret`.
 * Recovery codes are stored hashed.
 */

/** What the sign-in protection and "now" come from, per request. */
export interface TwoFactorRequest {
  clientAddress: string;
  loginThrottle: LoginThrottle;
  clock: Clock;
  twoFactorKeys: TwoFactorKeyring;
}

interface AccountRow {
  id: string;
  program_id: string;
  login_id: string;
  email: string;
  display_name: string;
  password_hash: string;
  merchant_role: MerchantRole | null;
  two_factor_secret: string | null;
  two_factor_pending_secret: string | null;
  two_factor_enabled_at: Date | null;
  program_name: string;
  require_two_factor_for_admins: boolean;
}

/** Two-factor sign-in is the login's (one for every program it belongs to), read beside the membership. */
const ACCOUNT_SELECT = `SELECT a.id, a.program_id, a.login_id, l.email, a.display_name, l.password_hash, a.merchant_role, l.two_factor_secret,
                               l.two_factor_pending_secret, l.two_factor_enabled_at, pr.name AS program_name, pr.require_two_factor_for_admins
                          FROM account a ${LOGIN_JOIN} JOIN program pr ON pr.id = a.program_id`;

/** Only merchant users (admins and viewers) sign in with a second step. */
async function ownMerchantAccount(ctx: RequestContext): Promise<AccountRow> {
  const actor = ctx.authenticatedActor;
  if (actor.kind !== 'MERCHANT') throw new ForbiddenError('Two-factor sign-in is for merchant users');
  const [account] = await ctx.query<AccountRow>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [actor.accountId]);
  if (!account) throw new NotFoundError('Account', actor.accountId);
  return account;
}

/** The password checked under the sign-in protection (no side door for guessing it). */
async function passwordRefusal(account: AccountRow, password: string, request: TwoFactorRequest) {
  const guarded = await request.loginThrottle.guard(account.email, request.clientAddress, async () =>
    (await verifyPassword(password, account.password_hash)) ? true : null,
  );
  if (guarded.refused) return tooMany(guarded.retryAfterSeconds);
  return guarded.result ? null : errorResult(InvalidCredentialsError, 'The current password is wrong');
}

function tooMany(retryAfterSeconds: number) {
  return errorResult(TooManyAttemptsError, `Too many wrong attempts: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
}

const wrongCode = () =>
  errorResult(InvalidTwoFactorCodeError, 'That code is not right (or was used already): enter the code your app shows now');

/**
 * Whether `code` is the account's current app code (one step either side; a step never twice:
 * the step is recorded in the same statement) or one of its unused recovery codes (spent here).
 */
async function spendSecondFactor(
  ctx: RequestContext,
  account: { login_id: string; two_factor_secret: string },
  code: string,
  now: Date,
  keys: TwoFactorKeyring,
) {
  if (isAppCode(code)) {
    const step = matchingStep(openSecret(account.two_factor_secret, account.login_id, keys), code, now);
    if (step === null) return false;
    const accepted = await ctx.query(
      `UPDATE login SET two_factor_last_step = $2
        WHERE id = $1 AND two_factor_enabled_at IS NOT NULL AND (two_factor_last_step IS NULL OR two_factor_last_step < $2) RETURNING id`,
      [account.login_id, step],
    );
    return accepted.length > 0;
  }
  const spent = await ctx.query(
    `UPDATE two_factor_recovery_code SET used_at = $3
      WHERE login_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
    [account.login_id, hashSecret(normaliseRecoveryCode(code)), now],
  );
  return spent.length > 0;
}

/** The second factor checked under the sign-in protection, counted apart from passwords (also for a sign-up's confirmation). */
export async function codeRefusal(
  ctx: RequestContext,
  account: Pick<AccountRow, 'login_id' | 'email' | 'two_factor_secret'>,
  code: string,
  request: TwoFactorRequest,
) {
  const guarded = await request.loginThrottle.guard(`two-factor:${account.email}`, request.clientAddress, async () =>
    (await spendSecondFactor(
      ctx,
      { ...account, two_factor_secret: account.two_factor_secret! },
      code,
      request.clock.now(),
      request.twoFactorKeys,
    ))
      ? true
      : null,
  );
  if (guarded.refused) return tooMany(guarded.retryAfterSeconds);
  return guarded.result ? null : wrongCode();
}

/** Replaces the account's recovery codes with RECOVERY_CODE_COUNT new ones; returns them (shown once). */
async function replaceRecoveryCodes(tx: RequestContext, account: AccountRow, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.query(`DELETE FROM two_factor_recovery_code WHERE login_id = $1`, [account.login_id]);
  await tx.query(
    `INSERT INTO two_factor_recovery_code (program_id, account_id, login_id, code_hash, created_at)
     SELECT $1, $2, $3, h, $5 FROM unnest($4::text[]) AS h`,
    [account.program_id, account.id, account.login_id, codes.map((code) => hashSecret(normaliseRecoveryCode(code))), now],
  );
  return codes;
}

export async function twoFactorStatus(ctx: RequestContext): Promise<TwoFactorStatus> {
  const account = await ownMerchantAccount(ctx);
  const [{ left }] = await ctx.query<{ left: number }>(
    `SELECT count(*)::int AS left FROM two_factor_recovery_code WHERE login_id = $1 AND used_at IS NULL`,
    [account.login_id],
  );
  return Object.assign(new TwoFactorStatus(), {
    enabled: account.two_factor_enabled_at !== null,
    enabledAt: account.two_factor_enabled_at,
    recoveryCodesLeft: account.two_factor_enabled_at ? left : 0,
    required: account.require_two_factor_for_admins && account.merchant_role === MerchantRole.ADMIN,
  });
}

/**
 * Starts an enrolment (password asked again): a new secret, kept pending until a code from it is
 * confirmed; returned this once as a key, an otpauth URI and a QR code. Starting again replaces it.
 */
export async function startTwoFactorEnrolment(ctx: RequestContext, input: StartTwoFactorEnrolmentInput, request: TwoFactorRequest) {
  const account = await ownMerchantAccount(ctx);
  if (account.two_factor_enabled_at) return errorResult(TwoFactorAlreadyEnabledError, 'Two-factor sign-in is on already');
  const refusal = await passwordRefusal(account, input.password, request);
  if (refusal) return refusal;
  const secret = newTotpSecret();
  const pending = await ctx.query(
    `UPDATE login SET two_factor_pending_secret = $2 WHERE id = $1 AND two_factor_enabled_at IS NULL RETURNING id`,
    [account.login_id, sealSecret(secret, account.login_id, request.twoFactorKeys)],
  );
  if (pending.length === 0) return errorResult(TwoFactorAlreadyEnabledError, 'Two-factor sign-in is on already');
  const otpauthUri = totpOf(secret, `Partnerbook ${account.program_name}`, account.email).toString();
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return Object.assign(new TwoFactorEnrolment(), {
    secret,
    otpauthUri,
    qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  });
}

/** Turns two-factor sign-in on with a code from the pending secret; answers the recovery codes (shown once). */
export async function confirmTwoFactorEnrolment(ctx: RequestContext, input: ConfirmTwoFactorEnrolmentInput, request: TwoFactorRequest) {
  const account = await ownMerchantAccount(ctx);
  if (account.two_factor_enabled_at) return errorResult(TwoFactorAlreadyEnabledError, 'Two-factor sign-in is on already');
  const pendingSecret = account.two_factor_pending_secret;
  if (!pendingSecret) return errorResult(TwoFactorNotEnabledError, 'Start the set-up first: no authenticator is being added');
  const now = request.clock.now();
  const step = matchingStep(openSecret(pendingSecret, account.login_id, request.twoFactorKeys), input.code, now);
  if (step === null) return wrongCode();
  return ctx.transaction(async (tx) => {
    const enabled = await tx.query(
      `UPDATE login SET two_factor_secret = two_factor_pending_secret, two_factor_pending_secret = NULL,
              two_factor_enabled_at = $3, two_factor_last_step = $4
        WHERE id = $1 AND two_factor_pending_secret = $2 AND two_factor_enabled_at IS NULL RETURNING id`,
      [account.login_id, pendingSecret, now, step],
    );
    if (enabled.length === 0) return errorResult(TwoFactorAlreadyEnabledError, 'Two-factor sign-in was turned on meanwhile');
    const recoveryCodes = await replaceRecoveryCodes(tx, account, now);
    await queueAccountEmail(tx, {
      programId: account.program_id,
      accountId: account.id,
      recipient: account.email,
      ...twoFactorEnabledEmail({ name: account.display_name, programName: account.program_name }),
    });
    await recordAudit(tx, [{ action: 'account.enableTwoFactor', entityType: 'Account', entityId: account.id, changes: {} }]);
    return Object.assign(new RecoveryCodes(), { recoveryCodes });
  });
}

/** Checks password and second factor of an account that has two-factor sign-in on; null when both are right. */
async function recheck(ctx: RequestContext, input: TwoFactorCheckInput, request: TwoFactorRequest) {
  const account = await ownMerchantAccount(ctx);
  if (!account.two_factor_enabled_at) return { refusal: errorResult(TwoFactorNotEnabledError, 'Two-factor sign-in is off'), account };
  const refusal = (await passwordRefusal(account, input.password, request)) ?? (await codeRefusal(ctx, account, input.code, request));
  return { refusal, account };
}

/** Turns two-factor sign-in off (password and a code or recovery code asked); emails the person. */
export async function disableTwoFactor(ctx: RequestContext, input: TwoFactorCheckInput, request: TwoFactorRequest) {
  const { refusal, account } = await recheck(ctx, input, request);
  if (refusal) return refusal;
  await ctx.transaction(async (tx) => {
    await tx.query(
      `UPDATE login SET two_factor_secret = NULL, two_factor_pending_secret = NULL, two_factor_enabled_at = NULL, two_factor_last_step = NULL
        WHERE id = $1`,
      [account.login_id],
    );
    await tx.query(`DELETE FROM two_factor_recovery_code WHERE login_id = $1`, [account.login_id]);
    await tx.query(
      `UPDATE two_factor_challenge SET used_at = $2 WHERE account_id IN (SELECT id FROM account WHERE login_id = $1) AND used_at IS NULL`,
      [account.login_id, request.clock.now()],
    );
    await queueAccountEmail(tx, {
      programId: account.program_id,
      accountId: account.id,
      recipient: account.email,
      ...twoFactorDisabledEmail({ name: account.display_name, programName: account.program_name }),
    });
    await recordAudit(tx, [{ action: 'account.disableTwoFactor', entityType: 'Account', entityId: account.id, changes: {} }]);
  });
  return twoFactorStatus(ctx);
}

/** New recovery codes (password and a code asked); the old ones stop working. */
export async function regenerateRecoveryCodes(ctx: RequestContext, input: TwoFactorCheckInput, request: TwoFactorRequest) {
  const { refusal, account } = await recheck(ctx, input, request);
  if (refusal) return refusal;
  return ctx.transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, account, request.clock.now());
    await recordAudit(tx, [{ action: 'account.regenerateRecoveryCodes', entityType: 'Account', entityId: account.id, changes: {} }]);
    return Object.assign(new RecoveryCodes(), { recoveryCodes });
  });
}

/**
 * The second sign-in step: the challenge `login` answered (single-use, 5 minutes, at most
 * MAX_CHALLENGE_FAILURES wrong codes) and an app or recovery code → a session.
 */
export async function completeTwoFactorLogin(
  ctx: RequestContext,
  input: CompleteTwoFactorLoginInput,
  request: TwoFactorRequest & { lifetime: SessionLifetime; client: SessionClient },
) {
  const expired = () => errorResult(InvalidTokenError, 'This sign-in has expired or was used already: sign in again');
  const now = request.clock.now();
  const [challenge] = await ctx.query<{ id: string; account_id: string; login_id: string; email: string; two_factor_secret: string }>(
    `SELECT c.id, c.account_id, a.login_id, l.email, l.two_factor_secret
       FROM two_factor_challenge c JOIN account a ON a.id = c.account_id ${LOGIN_JOIN}
      WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > $2 AND c.failed_attempts < $3
        AND l.two_factor_enabled_at IS NOT NULL`,
    [hashSecret(input.challenge), now, MAX_CHALLENGE_FAILURES],
  );
  if (!challenge) return expired();
  const account = { login_id: challenge.login_id, two_factor_secret: challenge.two_factor_secret };
  const guarded = await request.loginThrottle.guard(`two-factor:${challenge.email}`, request.clientAddress, async () =>
    (await spendSecondFactor(ctx, account, input.code, now, request.twoFactorKeys)) ? true : null,
  );
  if (guarded.refused) return tooMany(guarded.retryAfterSeconds);
  if (!guarded.result) {
    await ctx.query(`UPDATE two_factor_challenge SET failed_attempts = failed_attempts + 1 WHERE id = $1`, [challenge.id]);
    return wrongCode();
  }
  const spent = await ctx.query(`UPDATE two_factor_challenge SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id`, [
    challenge.id,
    now,
  ]);
  if (spent.length === 0) return expired();
  const signedInAccount = await ctx.manager.getRepository(Account).findOneByOrFail({ id: challenge.account_id });
  const session = await openSession(ctx, signedInAccount, request.lifetime, request.client);
  const signedIn = new RequestContext(ctx.dataSource, actorForAccount(signedInAccount, challenge.email), ctx.manager);
  return Object.assign(new AuthSession(), { ...session, viewer: await viewerOf(signedIn) });
}

/** Turns the program's requirement of two-factor sign-in for admins on or off (admins only; on needs the caller's own first). */
export async function setTwoFactorRequirement(ctx: RequestContext, required: boolean): Promise<Program | TwoFactorNotEnabledError> {
  const account = await ownMerchantAccount(ctx);
  if (required && !account.two_factor_enabled_at) {
    return errorResult(TwoFactorNotEnabledError, 'Turn on two-factor sign-in for yourself first, then require it of every admin');
  }
  return ctx.transaction(async (tx) => {
    const [before] = await tx.query<{ required: boolean }>(
      `SELECT require_two_factor_for_admins AS required FROM program WHERE id = $1 FOR UPDATE`,
      [tx.programId],
    );
    if (before.required !== required) {
      await tx.query(`UPDATE program SET require_two_factor_for_admins = $2 WHERE id = $1`, [tx.programId, required]);
      await recordAudit(tx, [
        {
          action: 'program.settings',
          entityType: 'Program',
          entityId: tx.programId,
          changes: { before: { requireTwoFactorForAdmins: before.required }, after: { requireTwoFactorForAdmins: required } },
        },
      ]);
    }
    return getProgram(tx);
  });
}
