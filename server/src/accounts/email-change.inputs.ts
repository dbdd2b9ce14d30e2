import { Field, InputType } from 'type-graphql';
import { IsEmail, Length, Matches } from 'class-validator';
import { EMAILED_TOKEN_PATTERN } from './account.inputs';

@InputType({ description: 'A change of the signed-in person’s sign-in email (for every program of their login)' })
export class RequestMyEmailChangeInput {
  @Field({ description: 'The new sign-in email: a confirmation link is sent to it' })
  @IsEmail()
  @Length(3, 320)
  newEmail: string;

  @Field({ description: 'The current password: a stolen session alone cannot move the login' })
  @Length(1, 200)
  currentPassword: string;
}

@InputType({ description: 'The token of an email-change link' })
export class ConfirmEmailChangeInput {
  @Field({ description: 'The token from the emailed link' })
  @Matches(EMAILED_TOKEN_PATTERN, { message: 'token is not a link token' })
  token: string;
}
