import { Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { EmailInUseError } from '../team/team.types';
import { InvalidTokenError } from './account.types';

@ObjectType({ description: 'A confirmation link went to the new address; the sign-in email changes once it is opened' })
export class EmailChangeRequested {
  @Field({ description: 'The same whether or not the new address is used by another login: that is never revealed here' })
  message: string;

  @Field({ description: 'The address waiting to be confirmed' })
  pendingEmail: string;
}

@ObjectType({ description: 'The sign-in email is changed (and verified)' })
export class EmailChangeConfirmed {
  @Field({ description: 'The sign-in email now' })
  email: string;

  @Field(() => Int, { description: 'How many sessions of the login it ended (all but the one opening the link, if any)' })
  endedSessions: number;
}

export const RequestMyEmailChangeResult = createUnionType({
  name: 'RequestMyEmailChangeResult',
  types: () => [EmailChangeRequested, InvalidCredentialsError, TooManyAttemptsError] as const,
  description: 'EmailChangeRequested (a link went to the new address), or InvalidCredentialsError (wrong password), TooManyAttemptsError',
});

export const ConfirmEmailChangeResult = createUnionType({
  name: 'ConfirmEmailChangeResult',
  types: () => [EmailChangeConfirmed, InvalidTokenError, EmailInUseError] as const,
  description:
    'EmailChangeConfirmed, or InvalidTokenError (used, expired or unknown link), EmailInUseError (the address is taken; nothing changed)',
});
