import { Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { AuthSession, InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { InvalidTokenError } from '../accounts/account.types';
import { Program } from '../programs/program.entity';

@ObjectType({ implements: ErrorResult, description: 'The code is wrong, was used already or is too old; nothing changed' })
export class InvalidTwoFactorCodeError extends ErrorResult {
  code = ErrorCode.INVALID_TWO_FACTOR_CODE;
}

@ObjectType({ implements: ErrorResult, description: 'Two-factor sign-in is on already: turn it off first to enrol another authenticator' })
export class TwoFactorAlreadyEnabledError extends ErrorResult {
  code = ErrorCode.TWO_FACTOR_ALREADY_ENABLED;
}

@ObjectType({ implements: ErrorResult, description: 'Two-factor sign-in is not on (or no enrolment was started)' })
export class TwoFactorNotEnabledError extends ErrorResult {
  code = ErrorCode.TWO_FACTOR_NOT_ENABLED;
}

@ObjectType({ description: 'A started enrolment: add the key to an authenticator app, then confirm with a code. Shown this once.' })
export class TwoFactorEnrolment {
  @Field({ description: 'The key in base32, for typing into the app by hand' })
  secret: string;

  @Field({ description: 'The otpauth:// URI the QR code holds' })
  otpauthUri: string;

  @Field({ description: 'The QR code as an SVG data: URL, for an <img>' })
  qrCodeDataUrl: string;
}

@ObjectType({ description: 'Fresh single-use recovery codes: shown this once, stored only hashed; any earlier ones stop working' })
export class RecoveryCodes {
  @Field(() => [String], { description: 'The codes (each works once instead of an authenticator code)' })
  recoveryCodes: string[];
}

@ObjectType({ description: 'Whether the signed-in person signs in with a second step' })
export class TwoFactorStatus {
  @Field({ description: 'Whether two-factor sign-in is on' })
  enabled: boolean;

  @Field(() => Date, { description: 'When it was turned on; null while off', nullable: true })
  enabledAt: Date | null;

  @Field(() => Int, { description: 'Recovery codes not used yet' })
  recoveryCodesLeft: number;

  @Field({ description: 'The program requires two-factor sign-in of admins and this login is an admin' })
  required: boolean;
}

export const StartTwoFactorEnrolmentResult = createUnionType({
  name: 'StartTwoFactorEnrolmentResult',
  types: () => [TwoFactorEnrolment, InvalidCredentialsError, TooManyAttemptsError, TwoFactorAlreadyEnabledError] as const,
  description:
    'TwoFactorEnrolment (the key to add to the app), or InvalidCredentialsError, TooManyAttemptsError, TwoFactorAlreadyEnabledError',
});

export const ConfirmTwoFactorEnrolmentResult = createUnionType({
  name: 'ConfirmTwoFactorEnrolmentResult',
  types: () => [RecoveryCodes, InvalidTwoFactorCodeError, TwoFactorNotEnabledError, TwoFactorAlreadyEnabledError] as const,
  description:
    'RecoveryCodes (two-factor is on), or InvalidTwoFactorCodeError, TwoFactorAlreadyEnabledError, TwoFactorNotEnabledError (no enrolment started)',
});

export const DisableTwoFactorResult = createUnionType({
  name: 'DisableTwoFactorResult',
  types: () =>
    [TwoFactorStatus, InvalidCredentialsError, InvalidTwoFactorCodeError, TooManyAttemptsError, TwoFactorNotEnabledError] as const,
  description:
    'TwoFactorStatus (now off), or InvalidCredentialsError, InvalidTwoFactorCodeError, TooManyAttemptsError, TwoFactorNotEnabledError',
});

export const RegenerateRecoveryCodesResult = createUnionType({
  name: 'RegenerateRecoveryCodesResult',
  types: () => [RecoveryCodes, InvalidCredentialsError, InvalidTwoFactorCodeError, TooManyAttemptsError, TwoFactorNotEnabledError] as const,
  description: 'RecoveryCodes, or InvalidCredentialsError, InvalidTwoFactorCodeError, TooManyAttemptsError, TwoFactorNotEnabledError',
});

export const CompleteTwoFactorLoginResult = createUnionType({
  name: 'CompleteTwoFactorLoginResult',
  types: () => [AuthSession, InvalidTokenError, InvalidTwoFactorCodeError, TooManyAttemptsError] as const,
  description: 'AuthSession, or InvalidTokenError (challenge unknown or expired), InvalidTwoFactorCodeError, TooManyAttemptsError',
});

export const SetTwoFactorRequirementResult = createUnionType({
  name: 'SetTwoFactorRequirementResult',
  types: () => [Program, TwoFactorNotEnabledError] as const,
  description: 'The program with the setting now, or TwoFactorNotEnabledError (turn on your own two-factor first)',
});
