import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { loadConfig } from '../config';
import { sessionLifetimeOf } from '../auth/request-actor';
import {
  CompleteTwoFactorLoginInput,
  ConfirmTwoFactorEnrolmentInput,
  StartTwoFactorEnrolmentInput,
  TwoFactorCheckInput,
} from './two-factor.inputs';
import {
  CompleteTwoFactorLoginResult,
  ConfirmTwoFactorEnrolmentResult,
  DisableTwoFactorResult,
  RegenerateRecoveryCodesResult,
  SetTwoFactorRequirementResult,
  StartTwoFactorEnrolmentResult,
  TwoFactorStatus,
} from './two-factor.types';
import {
  completeTwoFactorLogin,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  setTwoFactorRequirement,
  startTwoFactorEnrolment,
  twoFactorStatus,
} from './two-factor.service';

const config = loadConfig();

/** Two-factor sign-in (TOTP) for merchant users, and the program's requirement of it for admins. */
@Resolver()
export class TwoFactorResolver {
  @Authorized(AuthRole.MERCHANT_USER)
  @Query(() => TwoFactorStatus, { description: 'Whether the signed-in merchant user signs in with a second step' })
  myTwoFactor(@Ctx() { ctx }: GraphQLContext): Promise<TwoFactorStatus> {
    return twoFactorStatus(ctx);
  }

  @Authorized(AuthRole.MERCHANT_USER)
  @Mutation(() => StartTwoFactorEnrolmentResult, {
    description: 'Starts adding an authenticator app (password asked again); the key is shown once',
  })
  startTwoFactorEnrolment(
    @Arg('input', { description: 'The current password' }) input: StartTwoFactorEnrolmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof StartTwoFactorEnrolmentResult> {
    return startTwoFactorEnrolment(context.ctx, input, context);
  }

  @Authorized(AuthRole.MERCHANT_USER)
  @Mutation(() => ConfirmTwoFactorEnrolmentResult, {
    description: 'Turns two-factor sign-in on with a code from the app; answers the recovery codes once',
  })
  confirmTwoFactorEnrolment(
    @Arg('input', { description: 'The code the authenticator app shows now' }) input: ConfirmTwoFactorEnrolmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof ConfirmTwoFactorEnrolmentResult> {
    return confirmTwoFactorEnrolment(context.ctx, input, context);
  }

  @Authorized(AuthRole.MERCHANT_USER)
  @Mutation(() => DisableTwoFactorResult, { description: 'Turns two-factor sign-in off (password and a code or recovery code asked)' })
  disableTwoFactor(
    @Arg('input', { description: 'The password and a code or recovery code' }) input: TwoFactorCheckInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof DisableTwoFactorResult> {
    return disableTwoFactor(context.ctx, input, context);
  }

  @Authorized(AuthRole.MERCHANT_USER)
  @Mutation(() => RegenerateRecoveryCodesResult, {
    description: 'New recovery codes (password and a code asked); the old ones stop working',
  })
  regenerateRecoveryCodes(
    @Arg('input', { description: 'The password and a code or recovery code' }) input: TwoFactorCheckInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof RegenerateRecoveryCodesResult> {
    return regenerateRecoveryCodes(context.ctx, input, context);
  }

  @Mutation(() => CompleteTwoFactorLoginResult, {
    description: 'The second sign-in step: the challenge login answered and a code → a session',
  })
  completeTwoFactorLogin(
    @Arg('input', { description: 'The challenge from login and the code' }) input: CompleteTwoFactorLoginInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof CompleteTwoFactorLoginResult> {
    return completeTwoFactorLogin(context.ctx, input, {
      ...context,
      lifetime: sessionLifetimeOf(config),
      client: { userAgent: context.userAgent, address: context.clientAddress },
    });
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => SetTwoFactorRequirementResult, {
    description: 'Requires (or stops requiring) two-factor sign-in of every admin of the program',
  })
  setTwoFactorRequirement(
    @Arg('required', { description: 'true: every admin must sign in with two factors; false: each chooses' }) required: boolean,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof SetTwoFactorRequirementResult> {
    return setTwoFactorRequirement(ctx, required);
  }
}
