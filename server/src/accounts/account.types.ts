import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';

@ObjectType({ description: 'One of the signed-in person’s open sessions (signed-in browsers or devices)' })
export class AccountSession {
  @Field(() => ID, { description: "The session's id: pass it to revokeMySession" })
  id: string;

  @Field({ description: 'When the person signed in' })
  createdAt: Date;

  @Field({ description: 'When the session ends unless it is used again (each use in its second half extends it)' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'The browser’s User-Agent when it signed in' })
  userAgent: string | null;

  @Field(() => String, { nullable: true, description: 'The address it signed in from' })
  address: string | null;

  @Field({ description: 'The session this request is made with' })
  current: boolean;
}

@ObjectType({ implements: ErrorResult, description: 'The new password fails the policy; nothing changed' })
export class WeakPasswordError extends ErrorResult {
  code = ErrorCode.WEAK_PASSWORD;

  @Field(() => [String], { description: 'How to choose a stronger one' })
  suggestions: string[];
}

@ObjectType({ implements: ErrorResult, description: 'The link is unknown, was used already or has expired: ask for a new one' })
export class InvalidTokenError extends ErrorResult {
  code = ErrorCode.INVALID_TOKEN;
}

@ObjectType({ description: 'The password is changed' })
export class PasswordChanged {
  @Field(() => Int, { description: 'How many other sessions it ended' })
  endedSessions: number;
}

export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  types: () => [PasswordChanged, InvalidCredentialsError, WeakPasswordError, TooManyAttemptsError] as const,
  description: 'PasswordChanged (other sessions are ended), or InvalidCredentialsError, TooManyAttemptsError, WeakPasswordError',
});

export const ResetPasswordResult = createUnionType({
  name: 'ResetPasswordResult',
  types: () => [PasswordChanged, InvalidTokenError, WeakPasswordError] as const,
  description: 'PasswordChanged, or InvalidTokenError, WeakPasswordError',
});

@ObjectType({ description: 'The reset request is taken' })
export class PasswordResetRequested {
  @Field({ description: 'The same whether or not the address has a login: who has one is never revealed' })
  message: string;
}
