import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole, RequestContext } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { errorResult } from '../common/errors';
import { loadConfig } from '../config';
import { Program } from '../programs/program.entity';
import { Partner } from '../partners/partner.entity';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';
import { actorForAccount, createApiKey, listApiKeys, login, logout, revokeApiKey } from './auth.service';
import {
  AuthSession,
  CreateApiKeyInput,
  CreatedApiKey,
  InvalidCredentialsError,
  LoginInput,
  LoginResult,
  TooManyAttemptsError,
  Viewer,
  ViewerKind,
} from './auth.types';

const config = loadConfig();

async function viewerOf(ctx: RequestContext): Promise<Viewer> {
  const actor = ctx.authenticatedActor;
  const program = await ctx.manager.getRepository(Program).findOneByOrFail({ id: actor.programId });
  const account =
    actor.kind === 'MERCHANT' || actor.kind === 'PARTNER'
      ? await ctx.manager.getRepository(Account).findOneBy({ id: actor.accountId })
      : null;
  return Object.assign(new Viewer(), {
    kind: actor.kind === 'SYSTEM' ? ViewerKind.API_KEY : ViewerKind[actor.kind],
    label: actor.label,
    displayName: account?.displayName ?? null,
    merchantRole: actor.kind === 'MERCHANT' ? actor.role : null,
    apiKeyScope: actor.kind === 'API_KEY' ? actor.scope : null,
    program: { id: program.id, name: program.name, currency: program.currency },
    partner: actor.kind === 'PARTNER' ? await ctx.manager.getRepository(Partner).findOneBy({ id: actor.partnerId }) : null,
  });
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Email and password in, a session token out' })
  async login(@Arg('input') input: LoginInput, @Ctx() { ctx, loginThrottle, clientAddress }: GraphQLContext): Promise<typeof LoginResult> {
    const retryAfterSeconds = await loginThrottle.attempt(input.email, clientAddress);
    if (retryAfterSeconds > 0) {
      return errorResult(TooManyAttemptsError, `Too many failed sign-ins: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    const outcome = await login(ctx, input.email, input.password, config.sessionTtlHours);
    if (!outcome) return errorResult(InvalidCredentialsError, 'Wrong email or password');
    await loginThrottle.succeeded(input.email, clientAddress);
    const signedIn = new RequestContext(ctx.dataSource, actorForAccount(outcome.account), ctx.manager);
    return Object.assign(new AuthSession(), { token: outcome.token, expiresAt: outcome.expiresAt, viewer: await viewerOf(signedIn) });
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session' })
  logout(@Ctx() { ctx, token }: GraphQLContext): Promise<boolean> {
    return token ? logout(ctx, token) : Promise.resolve(false);
  }

  @Authorized()
  @Query(() => Viewer)
  me(@Ctx() { ctx }: GraphQLContext): Promise<Viewer> {
    return viewerOf(ctx);
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
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { ctx }: GraphQLContext): Promise<ApiKey> {
    return revokeApiKey(ctx, id);
  }
}
