import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
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
import { UUIDScalar } from '../common/scalars';

const config = loadConfig();

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Email and password in, a session token out' })
  async login(
    @Arg('input') input: LoginInput,
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
  @Query(() => Viewer)
  me(@Ctx() { ctx, actorProfile }: GraphQLContext): Promise<Viewer> {
    return viewerOf(ctx, actorProfile);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Query(() => [ApiKey])
  apiKeys(@Ctx() { ctx }: GraphQLContext): Promise<ApiKey[]> {
    return listApiKeys(ctx);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => CreatedApiKey)
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() { ctx }: GraphQLContext): Promise<CreatedApiKey> {
    return createApiKey(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => ApiKey)
  revokeApiKey(@Arg('id', () => UUIDScalar) id: string, @Ctx() { ctx }: GraphQLContext): Promise<ApiKey> {
    return revokeApiKey(ctx, id);
  }
}
