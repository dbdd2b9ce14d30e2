import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { loadConfig } from '../config';
import { sessionLifetimeOf } from '../auth/request-actor';
import { AccountEnvironment } from '../accounts/account.service';
import { SignUpInput, VerifyEmailInput } from './signup.inputs';
import { SignUpResult, SignupOptions, VerifyEmailResult } from './signup.types';
import { resendEmailVerification, signUp, signupOptions, verifyEmail } from './signup.service';

const config = loadConfig();
const environment = ({ clock }: GraphQLContext): AccountEnvironment => ({ clock, publicUrl: config.publicUrl });

/** Starting a program (SIGNUP) and confirming email addresses. */
@Resolver()
export class SignupResolver {
  @Query(() => SignupOptions, { description: 'Whether the sign-in page may offer to start a program; anyone may ask' })
  signupOptions(@Ctx() { ctx, signupMode }: GraphQLContext): Promise<SignupOptions> {
    return signupOptions(ctx, signupMode);
  }

  @Mutation(() => SignUpResult, {
    description:
      'Starts a program with you as its admin and signs you in; a link to confirm your address is emailed (SIGNUP decides who may)',
  })
  signUp(
    @Arg('input', {
      description:
        "Your name, email and password; the program's name, currency, locale and time zone; the sign-up token where SIGNUP=invite",
    })
    input: SignUpInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof SignUpResult> {
    const env = { ...environment(context), mode: context.signupMode, sessions: sessionLifetimeOf(config) };
    return signUp(context.ctx, input, env, { userAgent: context.userAgent, address: context.clientAddress });
  }

  @Mutation(() => VerifyEmailResult, { description: 'Confirms an email address with the emailed link’s token (single use, 7 days)' })
  verifyEmail(
    @Arg('input', { description: "The link's token" }) input: VerifyEmailInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof VerifyEmailResult> {
    return verifyEmail(context.ctx, input, environment(context));
  }

  @Authorized(AuthRole.ACCOUNT)
  @Mutation(() => Boolean, {
    description: 'Emails the signed-in person a new link to confirm their address; false when confirmed already or after 3 in an hour',
  })
  resendEmailVerification(@Ctx() context: GraphQLContext): Promise<boolean> {
    return resendEmailVerification(context.ctx, environment(context));
  }
}
