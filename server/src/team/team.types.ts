import { Field, ID, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ErrorCode, MerchantRole } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { InvalidTokenError, WeakPasswordError } from '../accounts/account.types';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({ description: 'An invitation to join the merchant team' })
export class TeamInvitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MerchantRole)
  role: MerchantRole;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field({ description: 'Who sent it (their email when they sent it)' })
  invitedBy: string;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;
}

@ObjectType({ description: 'A merchant user of the program' })
export class TeamMember {
  @Field(() => ID, { description: 'The account id' })
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => MerchantRole)
  role: MerchantRole;

  @Field()
  createdAt: Date;

  @Field({ description: 'The signed-in admin themselves' })
  you: boolean;
}

@ObjectType()
export class TeamMemberRemoved {
  @Field(() => ID)
  id: string;
}

@ObjectType({ description: 'What an invitation link is for, shown before it is accepted' })
export class InvitationPreview {
  @Field()
  programName: string;

  @Field()
  email: string;

  @Field(() => MerchantRole)
  role: MerchantRole;

  @Field()
  expiresAt: Date;

  @Field({
    description:
      'The address has a Partnerbook login already (another program): accepting asks for its existing password, not a new one (only the holder of the emailed link sees this)',
  })
  hasLogin: boolean;
}

@ObjectType({ description: 'The login is created: sign in with its email and the chosen password' })
export class InvitationAccepted {
  @Field()
  email: string;
}

@ObjectType({ implements: ErrorResult })
export class AlreadyMemberError extends ErrorResult {
  code = ErrorCode.ALREADY_MEMBER;
}

@ObjectType({ implements: ErrorResult, description: 'Every program keeps at least one admin' })
export class LastAdminError extends ErrorResult {
  code = ErrorCode.LAST_ADMIN;
}

@ObjectType({ implements: ErrorResult })
export class EmailInUseError extends ErrorResult {
  code = ErrorCode.EMAIL_IN_USE;
}

export const InviteTeamMemberResult = createUnionType({
  name: 'InviteTeamMemberResult',
  types: () => [TeamInvitation, AlreadyMemberError] as const,
});

export const ChangeTeamMemberRoleResult = createUnionType({
  name: 'ChangeTeamMemberRoleResult',
  types: () => [TeamMember, LastAdminError] as const,
});

export const RemoveTeamMemberResult = createUnionType({
  name: 'RemoveTeamMemberResult',
  types: () => [TeamMemberRemoved, LastAdminError] as const,
});

export const TeamInvitationPreviewResult = createUnionType({
  name: 'TeamInvitationPreviewResult',
  types: () => [InvitationPreview, InvalidTokenError] as const,
});

export const AcceptTeamInvitationResult = createUnionType({
  name: 'AcceptTeamInvitationResult',
  types: () =>
    [InvitationAccepted, InvalidTokenError, WeakPasswordError, EmailInUseError, InvalidCredentialsError, TooManyAttemptsError] as const,
});
