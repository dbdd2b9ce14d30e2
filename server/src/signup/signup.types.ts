import { Field, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { AuthSession } from '../auth/auth.types';
import { InvalidTokenError, WeakPasswordError } from '../accounts/account.types';
import { EmailInUseError } from '../team/team.types';

@ObjectType({ description: 'Whether this Partnerbook lets people start a program now (the SIGNUP setting)' })
export class SignupOptions {
  @Field({ description: 'The sign-in page may offer "Start a program"' })
  offered: boolean;

  @Field({ description: 'Starting a program needs a sign-up link from the operator (SIGNUP=invite)' })
  needsLink: boolean;
}

@ObjectType({ description: 'The program is started: you are its admin and signed in' })
export class SignedUp {
  @Field(() => AuthSession, { description: 'Your session: you are signed in' })
  session: AuthSession;

  @Field({ description: 'Where the link to confirm the address went' })
  verificationSentTo: string;
}

@ObjectType({ implements: ErrorResult, description: 'Starting a program is not allowed here now; nothing was created' })
export class SignupClosedError extends ErrorResult {
  code = ErrorCode.SIGNUP_CLOSED;
}

export const SignUpResult = createUnionType({
  name: 'SignUpResult',
  types: () => [SignedUp, SignupClosedError, EmailInUseError, WeakPasswordError, InvalidTokenError] as const,
  description: 'SignedUp, or EmailInUseError, InvalidTokenError (invite link), SignupClosedError, WeakPasswordError',
});

@ObjectType({ description: 'The address is confirmed' })
export class EmailVerified {
  @Field({ description: 'The confirmed address' })
  email: string;
}

export const VerifyEmailResult = createUnionType({
  name: 'VerifyEmailResult',
  types: () => [EmailVerified, InvalidTokenError] as const,
  description: 'EmailVerified, or InvalidTokenError',
});
