import { ApiKeyScope, MerchantRole } from '@partnerbook/shared';
import { Actor, RequestContext } from '../common/request-context';
import { NotFoundError } from '../common/errors';
import { recordAudit } from '../audit/audit.service';
import { Clock, systemClock } from '../common/clock';
import { CHALLENGE_PREFIX, CHALLENGE_TTL_MS } from '../two-factor/two-factor-rules';
import { Account, Session } from './account.entity';
import { ApiKey } from './api-key.entity';
import { DUMMY_PASSWORD_HASH, hashPassword, hashSecret, newSecret, verifyPassword } from './password';
import { API_KEY_PREFIX, ActorResolver, SESSION_PREFIX, SessionLifetime } from './request-actor';

export { API_KEY_PREFIX, SESSION_PREFIX };

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  endsAt: Date;
  account: Account;
}

/** The password was right and the account signs in with a second step: the challenge to complete it with. */
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
 * Email + password → a new session token, or null when either is wrong. An account with
 * two-factor sign-in gets no session yet but a challenge (single-use, stored hashed, valid
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
  const account = await ctx.manager
    .getRepository(Account)
    .createQueryBuilder('a')
    .where('lower(a.email) = lower(:email)', { email: email.trim() })
    .getOne();
  const valid = await verifyPassword(password, account?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!account || !valid) return null;
  if (account.partnerId) {
    // An applicant (APPLIED) or a declined one has no partnership to sign in to.
    const [partner] = await ctx.query<{ status: string }>(`SELECT status FROM partner WHERE program_id = $1 AND id = $2`, [
      account.programId,
      account.partnerId,
    ]);
    if (partner?.status === 'APPLIED' || partner?.status === 'DECLINED') return null;
  }
  if (account.twoFactorEnabledAt) {
    const challenge = newSecret(CHALLENGE_PREFIX);
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
    await ctx.query(
      `INSERT INTO two_factor_challenge (program_id, account_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [account.programId, account.id, hashSecret(challenge), now, expiresAt],
    );
    return { challenge, expiresAt, account };
  }
  return { ...(await openSession(ctx, account, lifetime, client)), account };
}

/** A new session token for the account (after a sign-in or a sign-up); only its hash is stored. */
export async function openSession(
  ctx: RequestContext,
  account: { id: string; programId: string },
  lifetime: SessionLifetime,
  client: SessionClient,
): Promise<{ token: string; expiresAt: Date; endsAt: Date }> {
  const token = newSecret(SESSION_PREFIX);
  const now = Date.now();
  const endsAt = new Date(now + lifetime.maxDays * 86_400_000);
  const expiresAt = new Date(Math.min(now + lifetime.ttlHours * 3_600_000, endsAt.getTime()));
  await ctx.manager.getRepository(Session).insert({
    programId: account.programId,
    tokenHash: hashSecret(token),
    accountId: account.id,
    expiresAt,
    userAgent: client.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
    clientAddress: client.address,
  });
  return { token, expiresAt, endsAt };
}

export async function logout(ctx: RequestContext, token: string): Promise<boolean> {
  const result = await ctx.query(`UPDATE session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING id`, [
    hashSecret(token),
  ]);
  return result.length > 0;
}

export function actorForAccount(account: Account): Actor {
  return account.kind === 'MERCHANT'
    ? { kind: 'MERCHANT', accountId: account.id, programId: account.programId, role: account.merchantRole!, label: account.email }
    : { kind: 'PARTNER', accountId: account.id, programId: account.programId, partnerId: account.partnerId!, label: account.email };
}

/** Resolves a bearer token (session or API key) to the actor, or null when unknown, expired or revoked. */
export async function authenticate(ctx: RequestContext, bearer: string): Promise<Actor | null> {
  return (await new ActorResolver(ctx.dataSource).resolve(bearer))?.actor ?? null;
}

export async function createAccount(
  ctx: RequestContext,
  input: { programId: string; email: string; displayName: string; password: string; merchantRole?: MerchantRole; partnerId?: string },
): Promise<Account> {
  const repo = ctx.manager.getRepository(Account);
  const account = repo.create({
    programId: input.programId,
    email: input.email.trim().toLowerCase(),
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    kind: input.partnerId ? 'PARTNER' : 'MERCHANT',
    merchantRole: input.partnerId ? null : (input.merchantRole ?? MerchantRole.VIEWER),
    partnerId: input.partnerId ?? null,
  });
  return repo.save(account);
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
