import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole, RequestContext } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { errorResult } from '../common/errors';
import { loadConfig } from '../config';
import { Program } from '../programs/program.entity';
import { Partner } from '../partners/partner.entity';
import { Account } from './account.entity';
import { ApiKey } from './api-key.entity';
import { ActorProfile } from './request-actor';
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

/** `profile` is what request authentication already read; without it (just signed in) it is read here. */
async function viewerOf(ctx: RequestContext, profile: ActorProfile | null = null): Promise<Viewer> {
  const actor = ctx.authenticatedActor;
  const program = profile?.program ?? (await ctx.manager.getRepository(Program).findOneByOrFail({ id: actor.programId }));
  const account =
    profile || !(actor.kind === 'MERCHANT' || actor.kind === 'PARTNER')
      ? null
      : await ctx.manager.getRepository(Account).findOneBy({ id: actor.accountId });
  const partner =
    actor.kind !== 'PARTNER' ? null : (profile?.partner ?? (await ctx.manager.getRepository(Partner).findOneBy({ id: actor.partnerId })));
  return Object.assign(new Viewer(), {
    kind: actor.kind === 'SYSTEM' ? ViewerKind.API_KEY : ViewerKind[actor.kind],
    label: actor.label,
    displayName: profile ? profile.displayName : (account?.displayName ?? null),
    merchantRole: actor.kind === 'MERCHANT' ? actor.role : null,
    apiKeyScope: actor.kind === 'API_KEY' ? actor.scope : null,
    program: { id: program.id, name: program.name, currency: program.currency },
    partner,
  });
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Email and password in, a session token out' })
  async login(
    @Arg('input') input: LoginInput,
    @Ctx() { ctx, loginThrottle, clientAddress, userAgent }: GraphQLContext,
  ): Promise<typeof LoginResult> {
    const guarded = await loginThrottle.guard(input.email, clientAddress, () =>
      login(ctx, input.email, input.password, config.sessionTtlHours, { userAgent, address: clientAddress }),
    );
    if (guarded.refused) {
      const { retryAfterSeconds } = guarded;
      return errorResult(TooManyAttemptsError, `Too many failed sign-ins: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    const outcome = guarded.result;
    if (!outcome) return errorResult(InvalidCredentialsError, 'Wrong email or password');
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
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { ctx }: GraphQLContext): Promise<ApiKey> {
    return revokeApiKey(ctx, id);
  }
}
