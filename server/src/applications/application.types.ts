import { Field, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { TooManyAttemptsError } from '../auth/auth.types';
import { Partner } from '../partners/partner.entity';
import { ApplicationQuestion } from './application-form';

@ObjectType({ description: "A program's public application form, as applicants see it" })
export class PublicApplicationForm {
  @Field({ description: "The page's address: /join/<slug>" })
  slug: string;

  @Field({ description: 'The program applicants apply to' })
  programName: string;

  @Field({ description: 'Shown above the form' })
  intro: string;

  @Field(() => [ApplicationQuestion], { description: 'The questions to answer, in order' })
  questions: ApplicationQuestion[];
}

@ObjectType({ implements: ErrorResult, description: 'No application form at this address, or the program takes no applications now' })
export class ApplicationsClosedError extends ErrorResult {
  code = ErrorCode.APPLICATIONS_CLOSED;
}

@ObjectType({ implements: ErrorResult, description: 'The partner is not an application in a state this allows' })
export class InvalidApplicationStateError extends ErrorResult {
  code = ErrorCode.INVALID_APPLICATION_STATE;
}

@ObjectType({ description: 'The application is received; the same answer whatever the program already knew of the address' })
export class ApplicationReceived {
  @Field({ description: 'A sentence to show the applicant' })
  message: string;
}

@ObjectType({ description: 'The application is approved or declined (changed is false when it already was)' })
export class ApplicationDecided {
  @Field(() => Partner, { description: "The applicant's partner record, now ACTIVE (approved) or declined" })
  partner: Partner;

  @Field({ description: 'False when the application was already in this state (nothing was done again)' })
  changed: boolean;
}

export const ApplicationFormResult = createUnionType({
  name: 'ApplicationFormResult',
  types: () => [PublicApplicationForm, ApplicationsClosedError] as const,
  description: "The program's public application form, or ApplicationsClosedError",
});

export const ApplyToProgramResult = createUnionType({
  name: 'ApplyToProgramResult',
  types: () => [ApplicationReceived, ApplicationsClosedError, TooManyAttemptsError] as const,
  description:
    'ApplicationReceived, or ApplicationsClosedError, or TooManyAttemptsError (too many applications from one address in an hour)',
});

export const DecideApplicationResult = createUnionType({
  name: 'DecideApplicationResult',
  types: () => [ApplicationDecided, InvalidApplicationStateError] as const,
  description: 'ApplicationDecided, or InvalidApplicationStateError',
});
