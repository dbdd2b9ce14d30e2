import { ApiKeyScope, MerchantRole } from '@partnerbook/shared';
import { Actor, RequestContext } from '../common/request-context';
import { NotFoundError } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { Clock, systemClock } from '../common/clock';
import { CHALLENGE_PREFIX, CHALLENGE_TTL_MS } from '../two-factor/two-factor-rules';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';
import { DUMMY_PASSWORD_HASH, hashPassword, hashSecret, newSecret, verifyPassword } from './password';
import { API_KEY_PREFIX, ActorResolver, SESSION_PREFIX, SessionLifetime } from './request-actor';
import { LOGIN_JOIN, addMembership, ensureLogin, loginByEmail } from './login';

export { API_KEY_PREFIX, SESSION_PREFIX };

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  endsAt: Date;
  account: Account;
  email: string;
}

/** The password was right and the login signs in with a second step: the challenge to complete it with. */
export interface LoginChallenge {
  challenge: string;
  expiresAt: Date;
  account: Account;
}

/** Where a session was opened from, shown to its owner in their list of sessions. */
export interface SessionClient {
  userAgent: string | null;
  address: string | null;
}

/** The longest user agent kept with a session: enough to recognise a browser, not a place to store data. */
const MAX_USER_AGENT = 300;

/**
 * The memberships of a login that can be signed in to (an applicant, APPLIED, or a declined one
 * has no partnership to sign in to), the most recently used first.
 */
const MEMBERSHIPS_SQL = `
  SELECT a.id FROM account a
    LEFT JOIN partner p ON p.program_id = a.program_id AND p.id = a.partner_id
   WHERE a.login_id = $1 AND (a.partner_id IS NULL OR p.status NOT IN ('APPLIED', 'DECLINED'))
   ORDER BY a.last_signed_in_at DESC NULLS LAST, a.created_at, a.id`;

/**
 * Email + password → a new session token, or null when either is wrong. The password is the
 * login's (one for every program); the session is for its most recently used membership. A login
 * with two-factor sign-in gets no session yet but a challenge (single-use, stored hashed, valid
 * CHALLENGE_TTL_MS by `clock`) for completeTwoFactorLogin.
 */
export async function login(
  ctx: RequestContext,
  email: string,
  password: string,
  lifetime: SessionLifetime,
  client: SessionClient = { userAgent: null, address: null },
  clock: Clock = systemClock,
): Promise<LoginOutcome | LoginChallenge | null> {
  const person = await loginByEmail(ctx, email);
  const valid = await verifyPassword(password, person?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!person || !valid) return null;
  const [membership] = await ctx.query<{ id: string }>(`${MEMBERSHIPS_SQL} LIMIT 1`, [person.id]);
  if (!membership) return null;
  const account = await ctx.manager.getRepository(Account).findOneByOrFail({ id: membership.id });
  if (person.two_factor_enabled_at) {
    const challenge = newSecret(CHALLENGE_PREFIX);
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
    await ctx.query(
      `INSERT INTO two_factor_challenge (program_id, account_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [account.programId, account.id, hashSecret(challenge), now, expiresAt],
    );
    return { challenge, expiresAt, account };
  }
  return { ...(await openSession(ctx, account, lifetime, client)), account, email: person.email };
}

/**
 * A new session token for the account (after a sign-in, a sign-up or a switch); only its hash is
 * stored. `startedAt` (a switch) keeps the sign-in's limit of SESSION_MAX_DAYS.
 */
export async function openSession(
  ctx: RequestContext,
  account: { id: string; programId: string },
  lifetime: SessionLifetime,
  client: SessionClient,
  startedAt: Date | null = null,
): Promise<{ token: string; expiresAt: Date; endsAt: Date }> {
  const token = newSecret(SESSION_PREFIX);
  const now = Date.now();
  // Stored as the session's start: the database ends it SESSION_MAX_DAYS after, as `endsAt` says.
  const createdAt = startedAt ?? new Date(now);
  const endsAt = new Date(createdAt.getTime() + lifetime.maxDays * 86_400_000);
  const expiresAt = new Date(Math.min(now + lifetime.ttlHours * 3_600_000, endsAt.getTime()));
  await ctx.query(
    `INSERT INTO session (program_id, token_hash, account_id, created_at, expires_at, user_agent, client_address)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      account.programId,
      hashSecret(token),
      account.id,
      createdAt,
      expiresAt,
      client.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
      client.address,
    ],
  );
  await ctx.query(`UPDATE account SET last_signed_in_at = now() WHERE id = $1`, [account.id]);
  return { token, expiresAt, endsAt };
}

export async function logout(ctx: RequestContext, token: string): Promise<boolean> {
  const result = await ctx.query(`UPDATE session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id`, [
    hashSecret(token),
  ]);
  return result.length > 0;
}

/** The actor of a membership; `email` is its login's address (the actor's label). */
export function actorForAccount(account: Account, email: string): Actor {
  return account.kind === 'MERCHANT'
    ? { kind: 'MERCHANT', accountId: account.id, programId: account.programId, role: account.merchantRole!, label: email }
    : { kind: 'PARTNER', accountId: account.id, programId: account.programId, partnerId: account.partnerId!, label: email };
}

/** Resolves a bearer token (session or API key) to the actor, or null when unknown, expired or revoked. */
export async function authenticate(ctx: RequestContext, bearer: string): Promise<Actor | null> {
  return (await new ActorResolver(ctx.dataSource).resolve(bearer))?.actor ?? null;
}

/**
 * A membership with a password (the demo seed, tests, a merchant typing a partner's password):
 * the address's login is created with it, or, when the address has a login already, gets the
 * membership and keeps its own password.
 */
export async function createAccount(
  ctx: RequestContext,
  input: { programId: string; email: string; displayName: string; password: string; merchantRole?: MerchantRole; partnerId?: string },
): Promise<Account> {
  const passwordHash = await hashPassword(input.password);
  return ctx.transaction(async (tx) => {
    const person = await ensureLogin(tx, { email: input.email, passwordHash });
    const id = await addMembership(tx, {
      programId: input.programId,
      loginId: person.id,
      displayName: input.displayName,
      merchantRole: input.merchantRole,
      partnerId: input.partnerId,
    });
    return tx.manager.getRepository(Account).findOneByOrFail({ id });
  });
}

/** The signed-in person's login (merchant users and partners; API keys have none). */
function ownAccountId(ctx: RequestContext): string | null {
  const actor = ctx.authenticatedActor;
  return actor.kind === 'MERCHANT' || actor.kind === 'PARTNER' ? actor.accountId : null;
}

export interface MembershipRow {
  account_id: string;
  program_id: string;
  program_name: string;
  program_currency: string;
  program_timezone: string;
  program_locale: string;
  kind: 'MERCHANT' | 'PARTNER';
  merchant_role: MerchantRole | null;
  partner_name: string | null;
  last_signed_in_at: Date | null;
}

/** The programs the signed-in person can sign in to (their login's memberships), the most recently used first. */
export async function listMyMemberships(ctx: RequestContext): Promise<MembershipRow[]> {
  const accountId = ownAccountId(ctx);
  if (!accountId) return [];
  return ctx.query<MembershipRow>(
    `SELECT a.id AS account_id, a.program_id, pr.name AS program_name, pr.currency AS program_currency,
            pr.timezone AS program_timezone, pr.locale AS program_locale, a.kind, a.merchant_role, p.name AS partner_name,
            a.last_signed_in_at
       FROM account me
       JOIN account a ON a.login_id = me.login_id
       JOIN program pr ON pr.id = a.program_id
       LEFT JOIN partner p ON p.program_id = a.program_id AND p.id = a.partner_id
      WHERE me.id = $1 AND (a.partner_id IS NULL OR p.status NOT IN ('APPLIED', 'DECLINED'))
      ORDER BY pr.name, a.id
      LIMIT 200`,
    [accountId],
  );
}

/**
 * Moves the signed-in person to another of their memberships: a new session for it (ending the
 * SESSION_MAX_DAYS of the sign-in, not later) replaces the current one. Another login's account,
 * or one that cannot be signed in to, is "not found".
 */
export async function switchProgram(
  ctx: RequestContext,
  accountId: string,
  request: { token: string | null; lifetime: SessionLifetime; client: SessionClient },
): Promise<{ token: string; expiresAt: Date; endsAt: Date; account: Account; email: string }> {
  const ownId = ownAccountId(ctx);
  const token = request.token;
  if (!ownId || !token) throw new NotFoundError('Account', accountId);
  return ctx.transaction(async (tx) => {
    const [target] = await tx.query<{ id: string; email: string }>(
      `SELECT a.id, l.email FROM account me JOIN account a ON a.login_id = me.login_id ${LOGIN_JOIN}
         LEFT JOIN partner p ON p.program_id = a.program_id AND p.id = a.partner_id
        WHERE me.id = $1 AND a.id = $2 AND (a.partner_id IS NULL OR p.status NOT IN ('APPLIED', 'DECLINED'))`,
      [ownId, accountId],
    );
    if (!target) throw new NotFoundError('Account', accountId);
    const [current] = await tx.query<{ created_at: Date }>(
      `UPDATE session SET revoked_at = now() WHERE token_hash = $1 AND account_id = $2 AND revoked_at IS NULL RETURNING created_at`,
      [hashSecret(token), ownId],
    );
    if (!current) throw new NotFoundError('Account', accountId);
    const account = await tx.manager.getRepository(Account).findOneByOrFail({ id: target.id });
    const session = await openSession(tx, account, request.lifetime, request.client, current.created_at);
    // Audited in the program switched to, by the person arriving there (its own account as actor).
    // Neither program's log names the other: one merchant never learns which other programs a login
    // belongs to (the program left has a session ending, as on sign-out, which is not audited either).
    const arriving = new RequestContext(tx.dataSource, actorForAccount(account, target.email), tx.manager);
    await recordAudit(arriving, [
      { action: 'account.switchProgram', entityType: 'Account', entityId: account.id, changes: { kind: account.kind } },
    ]);
    return { ...session, account, email: target.email };
  });
}

export async function createApiKey(
  ctx: RequestContext,
  input: { name: string; scope: ApiKeyScope },
): Promise<{ apiKey: ApiKey; secret: string }> {
  return ctx.transaction(async (tx) => {
    const secret = newSecret(API_KEY_PREFIX);
    const actor = tx.authenticatedActor;
    const repo = tx.manager.getRepository(ApiKey);
    const apiKey = await repo.save(
      repo.create({
        programId: tx.programId,
        name: input.name,
        scope: input.scope,
        keyPrefix: secret.slice(0, 10),
        keyHash: hashSecret(secret),
        createdBy: actor.kind === 'MERCHANT' ? actor.accountId : null,
      }),
    );
    await recordAudit(tx, [
      { action: 'apiKey.create', entityType: 'ApiKey', entityId: apiKey.id, changes: { name: input.name, scope: input.scope } },
    ]);
    return { apiKey, secret };
  });
}

export async function revokeApiKey(ctx: RequestContext, id: string): Promise<ApiKey> {
  return ctx.transaction(async (tx) => {
    const repo = tx.manager.getRepository(ApiKey);
    const key = await repo.findOneBy({ id, programId: tx.programId });
    if (!key) throw new NotFoundError('ApiKey', id);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await repo.save(key);
      await recordAudit(tx, [{ action: 'apiKey.revoke', entityType: 'ApiKey', entityId: id, changes: { name: key.name } }]);
    }
    return key;
  });
}

export function listApiKeys(ctx: RequestContext): Promise<ApiKey[]> {
  return ctx.manager.getRepository(ApiKey).find({ where: { programId: ctx.programId }, order: { createdAt: 'DESC' }, take: 100 });
}
