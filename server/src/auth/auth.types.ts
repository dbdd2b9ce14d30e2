import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { IsEmail, Length } from 'class-validator';
import { ApiKeyScope, ErrorCode, MerchantRole } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { Partner } from '../partners/partner.entity';
import { ApiKey } from './api-key.entity';

registerEnumType(MerchantRole, {
  name: 'MerchantRole',
  description: "A merchant team member's role",
  valuesConfig: {
    ADMIN: { description: 'Everything: changes, payments, team, API keys, webhooks' },
    VIEWER: { description: 'Read only: sees what admins see, changes nothing' },
  },
});

export enum ViewerKind {
  MERCHANT = 'MERCHANT',
  PARTNER = 'PARTNER',
  API_KEY = 'API_KEY',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'What kind of caller is signed in',
  valuesConfig: {
    API_KEY: { description: 'An API key of the program' },
    MERCHANT: { description: 'A merchant team member (admin or viewer)' },
    PARTNER: { description: 'A partner' },
  },
});

@ObjectType({ description: "The signed-in person's program, as every role may see it" })
export class ProgramSummary {
  @Field(() => ID, { description: "The program's id" })
  id: string;

  @Field({ description: "The program's name" })
  name: string;

  @Field({ description: "The program's main currency (ISO 4217)" })
  currency: string;

  @Field({ description: 'IANA time zone the program shows, filters and buckets dates in (e.g. "Europe/Berlin")' })
  timezone: string;

  @Field({ description: 'BCP 47 locale for numbers, dates and money (e.g. "de-DE")' })
  locale: string;
}

@ObjectType({ description: 'Who is signed in' })
export class Viewer {
  @Field(() => ViewerKind, { description: 'MERCHANT, PARTNER or API_KEY' })
  kind: ViewerKind;

  @Field({ description: "A merchant's or partner's email, or the API key's name" })
  label: string;

  @Field(() => String, { description: 'How a person is shown; null for API keys', nullable: true })
  displayName: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the person confirmed their email address (a link was emailed at sign-up); null for API keys',
  })
  emailVerified: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the person signs in with a second step (TOTP); null for API keys' })
  twoFactorEnabled: boolean | null;

  @Field({
    description:
      'The program requires two-factor sign-in of admins and this admin has not turned it on: only enrolment and own-account operations answer until then',
  })
  twoFactorEnrolmentRequired: boolean;

  @Field(() => MerchantRole, { description: 'For merchant users: ADMIN or VIEWER; null otherwise', nullable: true })
  merchantRole: MerchantRole | null;

  @Field(() => ApiKeyScope, { description: 'For API keys: READ or WRITE; null otherwise', nullable: true })
  apiKeyScope: ApiKeyScope | null;

  @Field(() => ProgramSummary, { description: 'The program they belong to' })
  program: ProgramSummary;

  @Field(() => Partner, { nullable: true, description: 'For partners: their own partner record' })
  partner: Partner | null;
}

@ObjectType({ description: "One of the signed-in person's programs (a membership of their login)" })
export class Membership {
  @Field(() => ID, { description: 'The account to pass to switchProgram' })
  accountId: string;

  @Field(() => ProgramSummary, { description: 'The program this membership belongs to' })
  program: ProgramSummary;

  @Field(() => ViewerKind, { description: 'MERCHANT or PARTNER' })
  kind: ViewerKind;

  @Field(() => MerchantRole, { nullable: true, description: 'For merchant users: ADMIN or VIEWER in that program; null for partners' })
  merchantRole: MerchantRole | null;

  @Field(() => String, { nullable: true, description: "For partners: the partner's name in that program" })
  partnerName: string | null;

  @Field({ description: 'Whether this request is signed in to it' })
  current: boolean;

  @Field(() => Date, { nullable: true, description: 'When this membership was last signed in to or switched to; null if never' })
  lastSignedInAt: Date | null;
}

@ObjectType({ description: 'A signed-in session: its bearer token and who it signs in' })
export class AuthSession {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field({ description: 'When the session ends unless used: each use in its second half extends it (SESSION_TTL_HOURS)' })
  expiresAt: Date;

  @Field({ description: 'The latest it can last, used or not (SESSION_MAX_DAYS after sign-in)' })
  endsAt: Date;

  @Field(() => Viewer, { description: 'Who is signed in: merchant user or partner, with their program' })
  viewer: Viewer;
}

@ObjectType({ description: 'Wrong email or password (the same answer for an unknown email)', implements: ErrorResult })
export class InvalidCredentialsError extends ErrorResult {
  code = ErrorCode.INVALID_CREDENTIALS;
}

@ObjectType({ description: 'Too many failed attempts from this address: wait before trying again', implements: ErrorResult })
export class TooManyAttemptsError extends ErrorResult {
  code = ErrorCode.TOO_MANY_ATTEMPTS;

  @Field(() => Int, { description: 'Seconds to wait before the next try' })
  retryAfterSeconds: number;
}

@ObjectType({ description: 'The password was right; a code from the authenticator app (or a recovery code) completes the sign-in' })
export class TwoFactorChallenge {
  @Field({ description: 'Send with the code to completeTwoFactorLogin; works once, for 5 minutes' })
  challenge: string;

  @Field({ description: 'When the challenge stops working' })
  expiresAt: Date;
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [AuthSession, TwoFactorChallenge, InvalidCredentialsError, TooManyAttemptsError] as const,
  description:
    'AuthSession, or TwoFactorChallenge (complete with completeTwoFactorLogin), or InvalidCredentialsError, TooManyAttemptsError',
});

@InputType({ description: 'Email and password of a merchant user or partner' })
export class LoginInput {
  @Field({ description: "The login's email" })
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field({ description: 'The password' })
  @Length(1, 200)
  password: string;
}

@InputType({ description: 'A new API key' })
export class CreateApiKeyInput {
  @Field({ description: 'A name to recognise it by (shown in the audit log)' })
  @Length(1, 100)
  name: string;

  @Field(() => ApiKeyScope, { description: 'READ or WRITE' })
  scope: ApiKeyScope;
}

@ObjectType({ description: 'A new API key and its secret, shown this once' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: "The key's record (without the secret)" })
  apiKey: ApiKey;

  @Field({ description: 'The key itself: shown this once, stored only hashed' })
  secret: string;
}
