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
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where a team invitation stands',
  valuesConfig: {
    ACCEPTED: { description: 'Accepted: the login exists' },
    EXPIRED: { description: 'Not accepted in time: the link no longer works' },
    PENDING: { description: 'Sent, waiting to be accepted' },
    REVOKED: { description: 'Revoked by an admin: the link no longer works' },
  },
});

@ObjectType({ description: 'An invitation to join the merchant team' })
export class TeamInvitation {
  @Field(() => ID, { description: "The invitation's id: pass it to revokeTeamInvitation" })
  id: string;

  @Field({ description: 'The address invited' })
  email: string;

  @Field(() => MerchantRole, { description: 'The role the person gets' })
  role: MerchantRole;

  @Field(() => InvitationStatus, { description: 'PENDING, ACCEPTED, REVOKED or EXPIRED' })
  status: InvitationStatus;

  @Field({ description: 'Who sent it (their email when they sent it)' })
  invitedBy: string;

  @Field({ description: 'When it was sent' })
  createdAt: Date;

  @Field({ description: 'When the link stops working' })
  expiresAt: Date;
}

@ObjectType({ description: 'A merchant user of the program' })
export class TeamMember {
  @Field(() => ID, { description: 'The account id' })
  id: string;

  @Field({ description: 'Their login email' })
  email: string;

  @Field({ description: 'How they are shown to the team' })
  displayName: string;

  @Field(() => MerchantRole, { description: 'ADMIN or VIEWER' })
  role: MerchantRole;

  @Field({ description: 'When they joined' })
  createdAt: Date;

  @Field({ description: 'The signed-in admin themselves' })
  you: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A new sign-in email waiting to be confirmed by its link (asked in this program), or null',
  })
  pendingEmail: string | null;
}

@ObjectType({ description: 'The member is removed: their login is deleted and their sessions ended' })
export class TeamMemberRemoved {
  @Field(() => ID, { description: "The removed member's account id" })
  id: string;
}

@ObjectType({ description: 'What an invitation link is for, shown before it is accepted' })
export class InvitationPreview {
  @Field({ description: 'The program the invitation is to' })
  programName: string;

  @Field({ description: 'The address invited: the login will be this email' })
  email: string;

  @Field(() => MerchantRole, { description: 'The role the new member gets' })
  role: MerchantRole;

  @Field({ description: 'When the link stops working (7 days after the invitation)' })
  expiresAt: Date;

  @Field({
    description:
      'The address has a Partnerbook login already (another program): accepting asks for its existing password, not a new one (only the holder of the emailed link sees this)',
  })
  hasLogin: boolean;
}

@ObjectType({ description: 'The login is created: sign in with its email and the chosen password' })
export class InvitationAccepted {
  @Field({ description: "The login's email" })
  email: string;
}

@ObjectType({ description: 'The invited address already has a login in this program', implements: ErrorResult })
export class AlreadyMemberError extends ErrorResult {
  code = ErrorCode.ALREADY_MEMBER;
}

@ObjectType({ implements: ErrorResult, description: 'Every program keeps at least one admin' })
export class LastAdminError extends ErrorResult {
  code = ErrorCode.LAST_ADMIN;
}

@ObjectType({ description: 'The address already has a login (one login per address)', implements: ErrorResult })
export class EmailInUseError extends ErrorResult {
  code = ErrorCode.EMAIL_IN_USE;
}

export const InviteTeamMemberResult = createUnionType({
  name: 'InviteTeamMemberResult',
  types: () => [TeamInvitation, AlreadyMemberError] as const,
  description: 'The invitation (its link is emailed), or AlreadyMemberError',
});

export const ChangeTeamMemberRoleResult = createUnionType({
  name: 'ChangeTeamMemberRoleResult',
  types: () => [TeamMember, LastAdminError] as const,
  description: 'The member with the new role, or LastAdminError (the program keeps at least one admin)',
});

export const RemoveTeamMemberResult = createUnionType({
  name: 'RemoveTeamMemberResult',
  types: () => [TeamMemberRemoved, LastAdminError] as const,
  description: 'TeamMemberRemoved, or LastAdminError',
});

export const TeamInvitationPreviewResult = createUnionType({
  name: 'TeamInvitationPreviewResult',
  types: () => [InvitationPreview, InvalidTokenError] as const,
  description: 'InvitationPreview, or InvalidTokenError',
});

export const AcceptTeamInvitationResult = createUnionType({
  name: 'AcceptTeamInvitationResult',
  types: () =>
    [InvitationAccepted, InvalidTokenError, WeakPasswordError, EmailInUseError, InvalidCredentialsError, TooManyAttemptsError] as const,
  description:
    'InvitationAccepted, or why not: InvalidTokenError (unknown, used, revoked or expired link), EmailInUseError, WeakPasswordError, ' +
    'InvalidCredentialsError or TooManyAttemptsError (the address already signs in elsewhere: its password is asked, under the sign-in throttle)',
});
