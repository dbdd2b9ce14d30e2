import { Field, InputType } from 'type-graphql';
import { IsEmail, Length, Matches } from 'class-validator';
import { MerchantRole } from '@partnerbook/shared';
import { EMAILED_TOKEN_PATTERN } from '../accounts/account.inputs';
import { MAX_PASSWORD_LENGTH } from '../accounts/password-policy';
import { UUIDScalar } from '../common/scalars';

/** One line of text: no control characters (a name ends up in email headers and bodies). */
export const SINGLE_LINE = /^[^\p{Cc}]+$/u;

@InputType()
export class InviteTeamMemberInput {
  @Field()
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field(() => MerchantRole)
  role: MerchantRole;
}

@InputType()
export class ChangeTeamMemberRoleInput {
  @Field(() => UUIDScalar)
  accountId: string;

  @Field(() => MerchantRole)
  role: MerchantRole;
}

@InputType()
export class InvitationTokenInput {
  @Field({ description: 'The token from the emailed link' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;
}

@InputType()
export class AcceptTeamInvitationInput {
  @Field({ description: 'The token from the emailed link' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;

  @Field({ description: 'How the person is shown to the team' })
  @Length(1, 200)
  @Matches(SINGLE_LINE, { message: 'displayName must be one line of text' })
  displayName: string;

  @Field()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}
