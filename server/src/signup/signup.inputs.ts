import { Field, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { EMAILED_TOKEN_PATTERN } from '../accounts/account.inputs';
import { MAX_PASSWORD_LENGTH } from '../accounts/password-policy';
import { SINGLE_LINE } from '../team/team.inputs';
import { CODE_PATTERN as TWO_FACTOR_CODE_PATTERN } from '../two-factor/two-factor.inputs';

/** A sign-up link's token (`npm run signup-link`): like an emailed token, with its own prefix. */
export const SIGNUP_TOKEN_PATTERN = /^pbs_[A-Za-z0-9_-]{43}$/;

@InputType({ description: 'Starts a program: its first admin, the program and its main currency' })
export class SignUpInput {
  @Field({ description: 'Your name, as your team and partners see it' })
  @Length(1, 200)
  @Matches(SINGLE_LINE, { message: 'name must be one line of text' })
  name: string;

  @Field({ description: 'You sign in with it; a link to confirm it is emailed' })
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field({ description: 'At least 12 characters (at most 128); common or guessable passwords are refused' })
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;

  @Field({ description: 'The program’s name, as partners see it' })
  @Length(1, 200)
  @Matches(SINGLE_LINE, { message: 'programName must be one line of text' })
  programName: string;

  // A person types this on the sign-up form: a String, trimmed and upper-cased by the service like
  // the time zone and locale beside it (the CurrencyCode scalar of filters takes only "EUR").
  @Field({ description: 'ISO 4217 code of the program’s main currency, e.g. "EUR"' })
  @Length(3, 3)
  currency: string;

  @Field({ description: 'IANA time zone, e.g. "Europe/Berlin"' })
  @Length(1, 64)
  timezone: string;

  @Field(() => String, { nullable: true, description: 'BCP 47 locale, e.g. "de-DE"; default "en-US"' })
  @IsOptional()
  @Length(2, 35)
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'The token of an operator’s sign-up link (SIGNUP=invite)' })
  @IsOptional()
  @Matches(SIGNUP_TOKEN_PATTERN, { message: 'signupToken is not a sign-up link token' })
  signupToken?: string | null;
}

@InputType({ description: 'The token of an email confirmation link' })
export class VerifyEmailInput {
  @Field({ description: 'The token from the emailed link (after "#token=")' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;
}

@InputType({ description: 'The token of an emailed sign-up confirmation link' })
export class PendingSignUpInput {
  @Field({ description: 'The token from the emailed link (after "#token=")' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;
}

@InputType({ description: 'Confirms a sign-up with its emailed link; an address with a login confirms with that login’s password' })
export class ConfirmSignUpInput {
  @Field({ description: 'The token from the emailed link (after "#token=")' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only when the address has a login (pendingSignUp.hasLogin): its current password. Never changes it',
  })
  @IsOptional()
  @Length(1, MAX_PASSWORD_LENGTH)
  password?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only when that login signs in with two-factor authentication: a code from the app, or a recovery code',
  })
  @IsOptional()
  @Length(6, 40)
  @Matches(TWO_FACTOR_CODE_PATTERN, { message: 'totpCode holds only digits, letters, spaces and dashes' })
  totpCode?: string | null;
}
