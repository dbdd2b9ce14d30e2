import { Field, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { CHALLENGE_PREFIX } from './two-factor-rules';

/** A 6-digit app code or a recovery code ("k7m2p-x9qrt"), with spaces or dashes as people type them. */
export const CODE_PATTERN = /^[0-9A-Za-z -]+$/;

@InputType({ description: 'The password, asked again before a second factor is set up' })
export class StartTwoFactorEnrolmentInput {
  @Field({ description: 'The current password, asked again before a second factor is set up' })
  @Length(1, 200)
  password: string;
}

@InputType({ description: 'The code that proves the authenticator app holds the secret' })
export class ConfirmTwoFactorEnrolmentInput {
  @Field({ description: 'The 6-digit code the authenticator app shows now' })
  @Length(6, 20)
  @Matches(CODE_PATTERN, { message: 'code holds only digits, letters, spaces and dashes' })
  code: string;
}

@InputType({ description: 'The password and a code, asked before changing two-factor settings' })
export class TwoFactorCheckInput {
  @Field({ description: 'The current password' })
  @Length(1, 200)
  password: string;

  @Field({ description: 'A 6-digit code from the authenticator app, or one of the recovery codes' })
  @Length(6, 40)
  @Matches(CODE_PATTERN, { message: 'code holds only digits, letters, spaces and dashes' })
  code: string;
}

@InputType({ description: 'The second step of a sign-in with two-factor authentication' })
export class CompleteTwoFactorLoginInput {
  @Field({ description: 'The challenge the sign-in answered' })
  @Matches(new RegExp(`^${CHALLENGE_PREFIX}_[A-Za-z0-9_-]{43}$`), { message: 'challenge is not a sign-in challenge' })
  challenge: string;

  @Field({ description: 'A 6-digit code from the authenticator app, or one of the recovery codes (each works once)' })
  @Length(6, 40)
  @Matches(CODE_PATTERN, { message: 'code holds only digits, letters, spaces and dashes' })
  code: string;
}
