import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { loadConfig } from '../config';
import { sessionLifetimeOf } from '../auth/request-actor';
import { AccountEnvironment } from '../accounts/account.service';
import { ConfirmSignUpInput, PendingSignUpInput, SignUpInput, VerifyEmailInput } from './signup.inputs';
import { ConfirmSignUpResult, PendingSignUpResult, SignUpResult, SignupOptions, VerifyEmailResult } from './signup.types';
import { confirmSignUp, previewPendingSignUp, resendEmailVerification, signUp, signupOptions, verifyEmail } from './signup.service';

const config = loadConfig();
const environment = ({ clock }: GraphQLContext): AccountEnvironment => ({ clock, publicUrl: config.publicUrl });
const signupEnvironment = (context: GraphQLContext) => ({
  ...environment(context),
  mode: context.signupMode,
  sessions: sessionLifetimeOf(config),
});

/** Starting a program (SIGNUP) and confirming email addresses. */
@Resolver()
export class SignupResolver {
  @Query(() => SignupOptions, { description: 'Whether the sign-in page may offer to start a program; anyone may ask' })
  signupOptions(@Ctx() { ctx, signupMode }: GraphQLContext): Promise<SignupOptions> {
    return signupOptions(ctx, signupMode);
  }

  @Mutation(() => SignUpResult, {
    description:
      'Starts a program with you as its admin (SIGNUP decides who may). The first program of an empty Partnerbook starts at once and signs you in; ' +
      'any later one answers SignUpEmailSent, whoever the address belongs to, and starts when the emailed link is confirmed (confirmSignUp)',
  })
  signUp(
    @Arg('input', {
      description:
        "Your name, email and password; the program's name, currency, locale and time zone; the sign-up token where SIGNUP=invite",
    })
    input: SignUpInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof SignUpResult> {
    return signUp(context.ctx, input, signupEnvironment(context), { userAgent: context.userAgent, address: context.clientAddress });
  }

  @Query(() => PendingSignUpResult, { description: 'What an emailed sign-up link starts, and whether confirming asks for a password' })
  pendingSignUp(
    @Arg('input', { description: "The link's token" }) input: PendingSignUpInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof PendingSignUpResult> {
    return previewPendingSignUp(context.ctx, input, environment(context));
  }

  @Mutation(() => ConfirmSignUpResult, {
    description:
      'Starts the program of an emailed sign-up link (once, within 24 hours) and signs you in as its admin; ' +
      'an address with a login confirms with its password (and two-factor code) and gets the program added to it',
  })
  confirmSignUp(
    @Arg('input', { description: "The link's token; the existing login's password and code where asked" }) input: ConfirmSignUpInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof ConfirmSignUpResult> {
    return confirmSignUp(context.ctx, input, signupEnvironment(context), {
      ...context,
      client: { userAgent: context.userAgent, address: context.clientAddress },
    });
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
