import { Field, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { AuthSession } from '../auth/auth.types';
import { InvalidTokenError, WeakPasswordError } from '../accounts/account.types';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { InvalidTwoFactorCodeError } from '../two-factor/two-factor.types';

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

@ObjectType({
  description:
    'The sign-up waits for its confirmation: a link was emailed to the address (whether or not it has a login: the answer is the same)',
})
export class SignUpEmailSent {
  @Field({ description: 'What to tell the person: check the inbox' })
  message: string;
}

export const SignUpResult = createUnionType({
  name: 'SignUpResult',
  types: () => [SignedUp, SignUpEmailSent, SignupClosedError, WeakPasswordError, InvalidTokenError] as const,
  description:
    'SignedUp (the first program of an empty Partnerbook), SignUpEmailSent (any later one: confirm with the emailed link), ' +
    'or InvalidTokenError (invite link), SignupClosedError, WeakPasswordError',
});

@ObjectType({ description: 'What an emailed sign-up link starts, shown before it is confirmed' })
export class PendingSignUp {
  @Field({ description: 'The address it was sent to: the login' })
  email: string;

  @Field({ description: 'The program it starts' })
  programName: string;

  @Field({
    description:
      'The address has a Partnerbook login already: confirming asks for its password (and two-factor code), and adds the program to it (only the holder of the emailed link sees this)',
  })
  hasLogin: boolean;

  @Field({ description: 'When the link stops working (24 hours after the sign-up)' })
  expiresAt: Date;
}

export const PendingSignUpResult = createUnionType({
  name: 'PendingSignUpResult',
  types: () => [PendingSignUp, InvalidTokenError] as const,
  description: 'PendingSignUp, or InvalidTokenError (unknown, used or expired link)',
});

export const ConfirmSignUpResult = createUnionType({
  name: 'ConfirmSignUpResult',
  types: () =>
    [AuthSession, InvalidTokenError, InvalidCredentialsError, TooManyAttemptsError, InvalidTwoFactorCodeError, SignupClosedError] as const,
  description:
    'The session in the new program (you are its admin), or why not: InvalidTokenError (unknown, used or expired link), ' +
    'InvalidCredentialsError, TooManyAttemptsError or InvalidTwoFactorCodeError (the address has a login: its password and code are asked, ' +
    'under the sign-in protection), SignupClosedError',
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
