import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole, RequestContext } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { errorResult } from '../common/errors';
import { loadConfig } from '../config';
import { ApiKey } from './api-key.entity';
import { viewerOf } from './viewer';
import { sessionLifetimeOf } from './request-actor';
import { actorForAccount, createApiKey, listApiKeys, login, logout, revokeApiKey } from './auth.service';
import {
  AuthSession,
  CreateApiKeyInput,
  CreatedApiKey,
  InvalidCredentialsError,
  LoginInput,
  LoginResult,
  TooManyAttemptsError,
  TwoFactorChallenge,
  Viewer,
} from './auth.types';

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
    const signedIn = new RequestContext(ctx.dataSource, actorForAccount(outcome.account), ctx.manager);
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
    @Arg('id', () => ID, { description: 'The key (unknown: NOT_FOUND)' }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<ApiKey> {
    return revokeApiKey(ctx, id);
  }
}
