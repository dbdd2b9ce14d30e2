import { Field, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { IsEmail, Length } from 'class-validator';
import { ApiKeyScope, ErrorCode, MerchantRole } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { Partner } from '../partners/partner.entity';
import { ApiKey } from './api-key.entity';

registerEnumType(MerchantRole, { name: 'MerchantRole' });

export enum ViewerKind {
  MERCHANT = 'MERCHANT',
  PARTNER = 'PARTNER',
  API_KEY = 'API_KEY',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

@ObjectType()
export class ProgramSummary {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  currency: string;

  @Field({ description: 'IANA time zone the program shows, filters and buckets dates in (e.g. "Europe/Berlin")' })
  timezone: string;

  @Field({ description: 'BCP 47 locale for numbers, dates and money (e.g. "de-DE")' })
  locale: string;
}

@ObjectType({ description: 'Who is signed in' })
export class Viewer {
  @Field(() => ViewerKind)
  kind: ViewerKind;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => MerchantRole, { nullable: true })
  merchantRole: MerchantRole | null;

  @Field(() => ApiKeyScope, { nullable: true })
  apiKeyScope: ApiKeyScope | null;

  @Field(() => ProgramSummary)
  program: ProgramSummary;

  @Field(() => Partner, { nullable: true, description: 'For partners: their own partner record' })
  partner: Partner | null;
}

@ObjectType({ description: "One of the signed-in person's programs (a membership of their login)" })
export class Membership {
  @Field(() => ID, { description: 'The account to pass to switchProgram' })
  accountId: string;

  @Field(() => ProgramSummary)
  program: ProgramSummary;

  @Field(() => ViewerKind, { description: 'MERCHANT or PARTNER' })
  kind: ViewerKind;

  @Field(() => MerchantRole, { nullable: true })
  merchantRole: MerchantRole | null;

  @Field(() => String, { nullable: true, description: "For partners: the partner's name in that program" })
  partnerName: string | null;

  @Field({ description: 'Whether this request is signed in to it' })
  current: boolean;

  @Field(() => Date, { nullable: true })
  lastSignedInAt: Date | null;
}

@ObjectType()
export class AuthSession {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  token: string;

  @Field({ description: 'When the session ends unless used: each use in its second half extends it (SESSION_TTL_HOURS)' })
  expiresAt: Date;

  @Field({ description: 'The latest it can last, used or not (SESSION_MAX_DAYS after sign-in)' })
  endsAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;
}

@ObjectType({ implements: ErrorResult })
export class InvalidCredentialsError extends ErrorResult {
  code = ErrorCode.INVALID_CREDENTIALS;
}

@ObjectType({ implements: ErrorResult, description: 'Too many failed sign-ins: wait before trying again' })
export class TooManyAttemptsError extends ErrorResult {
  code = ErrorCode.TOO_MANY_ATTEMPTS;

  @Field(() => Int)
  retryAfterSeconds: number;
}

@ObjectType({ description: 'The password was right; a code from the authenticator app (or a recovery code) completes the sign-in' })
export class TwoFactorChallenge {
  @Field({ description: 'Send with the code to completeTwoFactorLogin; works once, for 5 minutes' })
  challenge: string;

  @Field()
  expiresAt: Date;
}

export const LoginResult = createUnionType({
  name: 'LoginResult',
  types: () => [AuthSession, TwoFactorChallenge, InvalidCredentialsError, TooManyAttemptsError] as const,
});

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field()
  @Length(1, 200)
  password: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => ApiKeyScope)
  scope: ApiKeyScope;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'The key itself: shown this once, stored only hashed' })
  secret: string;
}
