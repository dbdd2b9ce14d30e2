import { Field, ObjectType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';

@ObjectType({ description: 'A problem in the subject or body template' })
export class EmailTemplateProblem {
  @Field({ description: 'Where the problem is: subject or body' })
  field: string;

  @Field({ description: 'The placeholder (or the malformed text) at fault' })
  placeholder: string;

  @Field({ description: 'UNKNOWN_PLACEHOLDER, NOT_AVAILABLE (exists, but not for this kind of email) or MALFORMED' })
  reason: string;
}

@ObjectType({ description: 'The subject or body cannot be rendered: see problems', implements: ErrorResult })
export class InvalidEmailTemplateError extends ErrorResult {
  code = ErrorCode.INVALID_EMAIL_TEMPLATE;

  @Field(() => [EmailTemplateProblem], { description: 'Each problem with where it is' })
  problems: EmailTemplateProblem[];
}

@ObjectType({ implements: ErrorResult, description: 'The selection names no partner to write to' })
export class NoRecipientsError extends ErrorResult {
  code = ErrorCode.NO_RECIPIENTS;
}

@ObjectType({ implements: ErrorResult, description: 'Only FAILED messages can be resent' })
export class EmailNotResendableError extends ErrorResult {
  code = ErrorCode.EMAIL_NOT_RESENDABLE;
}
