import { MerchantRole } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';

/**
 * The one place a person's email address lives and is looked up: the `login` table (unique on
 * lower(email) across the system; one login, any number of program memberships in `account`).
 * Every other module reads the address by joining `login` (LOGIN_JOIN) and never writes it.
 */

/** How addresses are stored and compared. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** SQL: the login `l` of the account aliased `a`. */
export const LOGIN_JOIN = 'JOIN login l ON l.id = a.login_id';

export interface LoginRow {
  id: string;
  email: string;
  password_hash: string;
  two_factor_enabled_at: Date | null;
}

/** The login with this address, or null. */
export async function loginByEmail(ctx: RequestContext, email: string, lock = false): Promise<LoginRow | null> {
  const [row] = await ctx.query<LoginRow>(
    `SELECT id, email, password_hash, two_factor_enabled_at FROM login WHERE lower(email) = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [normaliseEmail(email)],
  );
  return row ?? null;
}

/**
 * The login of `email`, created with `passwordHash` when there is none (`created` says which).
 * An existing login keeps its password: nobody sets the password of someone else's login.
 */
export async function ensureLogin(
  tx: RequestContext,
  input: { email: string; passwordHash: string; emailVerifiedAt?: Date | null },
): Promise<{ id: string; created: boolean }> {
  const [inserted] = await tx.query<{ id: string }>(
    `INSERT INTO login (email, password_hash, email_verified_at) VALUES ($1, $2, $3)
     ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
    [normaliseEmail(input.email), input.passwordHash, input.emailVerifiedAt ?? null],
  );
  if (inserted) return { id: inserted.id, created: true };
  const existing = await loginByEmail(tx, input.email);
  return { id: existing!.id, created: false };
}

/** Whether the login of `email` is a member of the program already. */
export async function isMember(ctx: RequestContext, programId: string, email: string): Promise<boolean> {
  const [row] = await ctx.query(`SELECT 1 FROM account a ${LOGIN_JOIN} WHERE a.program_id = $1 AND lower(l.email) = $2`, [
    programId,
    normaliseEmail(email),
  ]);
  return row !== undefined;
}

/** Adds a membership of the program to the login; returns the account id. */
export async function addMembership(
  tx: RequestContext,
  input: { programId: string; loginId: string; displayName: string; merchantRole?: MerchantRole | null; partnerId?: string | null },
): Promise<string> {
  const [account] = await tx.query<{ id: string }>(
    `INSERT INTO account (program_id, login_id, display_name, kind, merchant_role, partner_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      input.programId,
      input.loginId,
      input.displayName,
      input.partnerId ? 'PARTNER' : 'MERCHANT',
      input.partnerId ? null : (input.merchantRole ?? MerchantRole.VIEWER),
      input.partnerId ?? null,
    ],
  );
  return account.id;
}

/** The email address of an account's login. */
export async function emailOfAccount(ctx: RequestContext, accountId: string): Promise<string | null> {
  const [row] = await ctx.query<{ email: string }>(`SELECT l.email FROM account a ${LOGIN_JOIN} WHERE a.id = $1`, [accountId]);
  return row?.email ?? null;
}

/**
 * Changes the login's sign-in address (every program it belongs to), marked verified at `verifiedAt`.
 * Answers false (nothing changed) when another login has the address.
 */
export async function changeLoginEmail(tx: RequestContext, loginId: string, email: string, verifiedAt: Date): Promise<boolean> {
  const [taken] = await tx.query(`SELECT 1 FROM login WHERE lower(email) = $1 AND id <> $2`, [normaliseEmail(email), loginId]);
  if (taken) return false;
  await tx.query(`UPDATE login SET email = $2, email_verified_at = $3 WHERE id = $1`, [loginId, normaliseEmail(email), verifiedAt]);
  return true;
}

/** How many memberships the login has besides `accountId` (in any program; never which). */
export async function otherMembershipCount(ctx: RequestContext, loginId: string, accountId: string): Promise<number> {
  const [row] = await ctx.query<{ n: number }>(`SELECT count(*)::int AS n FROM account WHERE login_id = $1 AND id <> $2`, [
    loginId,
    accountId,
  ]);
  return row.n;
}
