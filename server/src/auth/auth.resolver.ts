import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole, RequestContext } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { errorResult } from '../common/errors';
import { loadConfig } from '../config';
import { ApiKey } from './api-key.entity';
import { viewerOf } from './viewer';
import { sessionLifetimeOf } from './request-actor';
import { actorForAccount, createApiKey, listApiKeys, listMyMemberships, login, logout, revokeApiKey, switchProgram } from './auth.service';
import {
  AuthSession,
  CreateApiKeyInput,
  CreatedApiKey,
  InvalidCredentialsError,
  LoginInput,
  Membership,
  LoginResult,
  TooManyAttemptsError,
  TwoFactorChallenge,
  Viewer,
  ViewerKind,
} from './auth.types';
import { UUIDScalar } from '../common/scalars';

const config = loadConfig();

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Email and password in, a session token out' })
  async login(
    @Arg('input', { description: 'Email and password' }) input: LoginInput,
    @Ctx() { ctx, loginThrottle, clientAddress, userAgent, clock }: GraphQLContext,
  ): Promise<typeof LoginResult> {
    const guarded = await loginThrottle.guard(input.email, clientAddress, () =>
      login(ctx, input.email, input.password, sessionLifetimeOf(config), { userAgent, address: clientAddress }, clock),
    );
    if (guarded.refused) {
      const { retryAfterSeconds } = guarded;
      return errorResult(TooManyAttemptsError, `Too many failed sign-ins: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    const outcome = guarded.result;
    if (!outcome) return errorResult(InvalidCredentialsError, 'Wrong email or password');
    if ('challenge' in outcome) {
      return Object.assign(new TwoFactorChallenge(), { challenge: outcome.challenge, expiresAt: outcome.expiresAt });
    }
    const signedIn = new RequestContext(ctx.dataSource, actorForAccount(outcome.account, outcome.email), ctx.manager);
    return Object.assign(new AuthSession(), {
      token: outcome.token,
      expiresAt: outcome.expiresAt,
      endsAt: outcome.endsAt,
      viewer: await viewerOf(signedIn),
    });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session' })
  logout(@Ctx() { ctx, token }: GraphQLContext): Promise<boolean> {
    return token ? logout(ctx, token) : Promise.resolve(false);
  }

  @Authorized()
  @Query(() => Viewer, {
    description:
      'Who is signed in (merchant user, partner or API key), with their program; for a partner, the entry point to everything they own. Any signed-in caller',
  })
  me(@Ctx() { ctx, actorProfile }: GraphQLContext): Promise<Viewer> {
    return viewerOf(ctx, actorProfile);
  }

  @Authorized()
  @Query(() => [Membership], {
    description: 'The programs the signed-in person belongs to (one login, a membership per program); empty for API keys',
  })
  async myPrograms(@Ctx() { ctx }: GraphQLContext): Promise<Membership[]> {
    const actor = ctx.authenticatedActor;
    const current = actor.kind === 'MERCHANT' || actor.kind === 'PARTNER' ? actor.accountId : null;
    return (await listMyMemberships(ctx)).map((row) =>
      Object.assign(new Membership(), {
        accountId: row.account_id,
        program: {
          id: row.program_id,
          name: row.program_name,
          currency: row.program_currency.trim(),
          timezone: row.program_timezone,
          locale: row.program_locale,
        },
        kind: ViewerKind[row.kind],
        merchantRole: row.merchant_role,
        partnerName: row.partner_name,
        current: row.account_id === current,
        lastSignedInAt: row.last_signed_in_at,
      }),
    );
  }

  @Authorized()
  @Mutation(() => AuthSession, {
    description:
      "Moves the signed-in person to another of their programs (an accountId from myPrograms): a new session token replaces the current one. Another person's account is NOT_FOUND",
  })
  async switchProgram(
    @Arg('accountId', () => UUIDScalar, { description: "One of myPrograms' accountId values; any other id answers NOT_FOUND" })
    accountId: string,
    @Ctx() { ctx, token, clientAddress, userAgent }: GraphQLContext,
  ): Promise<AuthSession> {
    const moved = await switchProgram(ctx, accountId, {
      token,
      lifetime: sessionLifetimeOf(config),
      client: { userAgent, address: clientAddress },
    });
    const signedIn = new RequestContext(ctx.dataSource, actorForAccount(moved.account, moved.email), ctx.manager);
    return Object.assign(new AuthSession(), {
      token: moved.token,
      expiresAt: moved.expiresAt,
      endsAt: moved.endsAt,
      viewer: await viewerOf(signedIn),
    });
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Query(() => [ApiKey], {
    description: "The program's API keys, revoked ones included (merchant admins only); secrets are never shown again",
  })
  apiKeys(@Ctx() { ctx }: GraphQLContext): Promise<ApiKey[]> {
    return listApiKeys(ctx);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => CreatedApiKey, {
    description:
      'Creates an API key (merchant admins only; API keys cannot manage keys). The secret (pbk_…) is answered once and stored hashed: send it as Authorization: Bearer pbk_…',
  })
  createApiKey(
    @Arg('input', { description: 'Its name and scope' }) input: CreateApiKeyInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<CreatedApiKey> {
    return createApiKey(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => ApiKey, {
    description: 'Revokes an API key at once: it no longer authenticates (merchant admins only). Answers the key with revokedAt set',
  })
  revokeApiKey(
    @Arg('id', () => UUIDScalar, { description: 'The key (unknown: NOT_FOUND)' }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<ApiKey> {
    return revokeApiKey(ctx, id);
  }
}
