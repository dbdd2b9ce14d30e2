import { Field, InputType } from 'type-graphql';
import { IsEmail, Length, Matches } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from './password-policy';

/** Tokens sent in emailed links: a prefix, an underscore and 43 base64url characters. */
export const EMAILED_TOKEN_PATTERN = /^pb[a-z]_[A-Za-z0-9_-]{43}$/;

@InputType({ description: 'The current password and the new one' })
export class ChangePasswordInput {
  @Field({ description: 'The password now (wrong: InvalidCredentialsError)' })
  @Length(1, 200)
  currentPassword: string;

  @Field({ description: `At least 12 characters (at most ${MAX_PASSWORD_LENGTH}); common or guessable passwords are refused` })
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword: string;
}

@InputType({ description: 'Where to send a password reset link' })
export class RequestPasswordResetInput {
  @Field({ description: "The login's email" })
  @IsEmail()
  @Length(3, 320)
  email: string;
}

@InputType({ description: "A new password with the emailed link's token" })
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;

  @Field({ description: 'At least 12 characters (at most 128); common or guessable passwords answer WeakPasswordError' })
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword: string;
}
