import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { loadConfig } from '../config';
import { AccountEnvironment } from '../accounts/account.service';
import {
  AcceptTeamInvitationInput,
  ChangeTeamMemberEmailInput,
  ChangeTeamMemberRoleInput,
  InvitationTokenInput,
  InviteTeamMemberInput,
} from './team.inputs';
import {
  AcceptTeamInvitationResult,
  ChangeTeamMemberRoleResult,
  InviteTeamMemberResult,
  RemoveTeamMemberResult,
  TeamInvitation,
  TeamInvitationPreviewResult,
  TeamMember,
} from './team.types';
import {
  acceptTeamInvitation,
  cancelTeamMemberEmail,
  changeTeamMemberEmail,
  changeTeamMemberRole,
  inviteTeamMember,
  listTeamInvitations,
  listTeamMembers,
  previewTeamInvitation,
  removeTeamMember,
  revokeTeamInvitation,
} from './team.service';
import { UUIDScalar } from '../common/scalars';

const config = loadConfig();
const environment = ({ clock }: GraphQLContext): AccountEnvironment => ({ clock, publicUrl: config.publicUrl });

/** The merchant team: members, their roles and invitations (admins only), and accepting an invitation. */
@Resolver()
export class TeamResolver {
  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Query(() => [TeamMember], { description: 'The program’s merchant users' })
  teamMembers(@Ctx() context: GraphQLContext): Promise<TeamMember[]> {
    return listTeamMembers(context.ctx, environment(context));
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Query(() => [TeamInvitation], { description: 'The program’s team invitations, newest first' })
  teamInvitations(@Ctx() context: GraphQLContext): Promise<TeamInvitation[]> {
    return listTeamInvitations(context.ctx, environment(context));
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => InviteTeamMemberResult, { description: 'Emails a single-use link (valid 7 days) to join the team with a role' })
  inviteTeamMember(
    @Arg('input', { description: 'Their email and role' }) input: InviteTeamMemberInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof InviteTeamMemberResult> {
    return inviteTeamMember(context.ctx, input, environment(context));
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => TeamInvitation, { description: 'Withdraws an invitation: its link stops working' })
  revokeTeamInvitation(
    @Arg('id', () => UUIDScalar, { description: 'The invitation (unknown: NOT_FOUND)' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<TeamInvitation> {
    return revokeTeamInvitation(context.ctx, id, environment(context));
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => ChangeTeamMemberRoleResult, { description: 'Makes a member admin or viewer; never demotes the last admin' })
  changeTeamMemberRole(
    @Arg('input', { description: "The member's account id and the new role" }) input: ChangeTeamMemberRoleInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof ChangeTeamMemberRoleResult> {
    return changeTeamMemberRole(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => TeamMember, {
    description:
      "Changes a member's sign-in email once confirmed: a link goes to the new address (see pendingEmail), a notice to the current one. NOT_FOUND for an unknown member; BAD_USER_INPUT on email for your own (change it under your account), the same address, or a login that also belongs to another program (the member changes it themselves)",
  })
  changeTeamMemberEmail(
    @Arg('input', { description: "The member's account id and the new email" }) input: ChangeTeamMemberEmailInput,
    @Ctx() context: GraphQLContext,
  ): Promise<TeamMember> {
    return changeTeamMemberEmail(context.ctx, input, environment(context));
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => TeamMember, {
    description: "Withdraws a member's pending email change (pendingEmail): its link stops working. NOT_FOUND for an unknown member",
  })
  cancelTeamMemberEmailChange(
    @Arg('accountId', () => UUIDScalar, { description: "The member's account id (unknown: NOT_FOUND)" }) accountId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<TeamMember> {
    return cancelTeamMemberEmail(context.ctx, accountId, environment(context));
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => RemoveTeamMemberResult, { description: 'Deletes a member’s login and ends their sessions; never the last admin' })
  removeTeamMember(
    @Arg('accountId', () => UUIDScalar, { description: "The member's account id (unknown: NOT_FOUND)" }) accountId: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<typeof RemoveTeamMemberResult> {
    return removeTeamMember(ctx, accountId);
  }

  @Query(() => TeamInvitationPreviewResult, { description: 'What an invitation link is for (program, address, role)' })
  teamInvitation(
    @Arg('input', { description: "The link's token" }) input: InvitationTokenInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof TeamInvitationPreviewResult> {
    return previewTeamInvitation(context.ctx, input, environment(context));
  }

  @Mutation(() => AcceptTeamInvitationResult, {
    description:
      'Makes the invited person a member: a new login with their name and password, or (an address with a login already) their existing login, its password checked',
  })
  acceptTeamInvitation(
    @Arg('input', { description: "The link's token, the name to show and a password" }) input: AcceptTeamInvitationInput,
    @Ctx() context: GraphQLContext,
  ): Promise<typeof AcceptTeamInvitationResult> {
    return acceptTeamInvitation(context.ctx, input, environment(context), context);
  }
}
