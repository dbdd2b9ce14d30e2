import { Field, InputType } from 'type-graphql';
import { IsEmail, Length, Matches } from 'class-validator';
import { MerchantRole } from '@partnerbook/shared';
import { EMAILED_TOKEN_PATTERN } from '../accounts/account.inputs';
import { MAX_PASSWORD_LENGTH } from '../accounts/password-policy';
import { UUIDScalar } from '../common/scalars';

/** One line of text: no control characters (a name ends up in email headers and bodies). */
export const SINGLE_LINE = /^[^\p{Cc}]+$/u;

@InputType({ description: 'Whom to invite to the merchant team, and their role' })
export class InviteTeamMemberInput {
  @Field({ description: 'Their email: the invitation link is sent there' })
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field(() => MerchantRole, { description: 'ADMIN or VIEWER' })
  role: MerchantRole;
}

@InputType({ description: 'A team member and their new role' })
export class ChangeTeamMemberRoleInput {
  @Field(() => UUIDScalar, { description: "The member's account id (TeamMember.accountId)" })
  accountId: string;

  @Field(() => MerchantRole, { description: 'The new role' })
  role: MerchantRole;
}

@InputType({ description: 'The token of an invitation link' })
export class InvitationTokenInput {
  @Field({ description: 'The token from the emailed link' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;
}

@InputType({ description: "Accepting a team invitation: the emailed token, and the new member's name and password" })
export class AcceptTeamInvitationInput {
  @Field({ description: 'The token from the emailed link' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;

  @Field({ description: 'How the person is shown to the team' })
  @Length(1, 200)
  @Matches(SINGLE_LINE, { message: 'displayName must be one line of text' })
  displayName: string;

  @Field({
    description: "The new account's password: at least 12 characters (at most 128); common or guessable passwords answer WeakPasswordError",
  })
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

@InputType({ description: 'A new sign-in email for a team member, confirmed by a link sent to it' })
export class ChangeTeamMemberEmailInput {
  @Field(() => UUIDScalar, { description: "The member's account id (TeamMember.id)" })
  accountId: string;

  @Field({ description: 'The new sign-in email: a confirmation link is sent to it, a notice to the current one' })
  @IsEmail()
  @Length(3, 320)
  email: string;
}
