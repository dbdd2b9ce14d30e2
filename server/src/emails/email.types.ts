import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { Connection } from '../common/paging';
import { EmailMessage } from './email-message.entity';
import { EmailNotResendableError, InvalidEmailTemplateError, NoRecipientsError } from './email.errors';

@ObjectType()
export class EmailMessageConnection extends Connection(EmailMessage) {}

@ObjectType({ description: 'A placeholder an email template may use' })
export class EmailPlaceholder {
  @Field({ description: 'Write it as {{name}}' })
  name: string;

  @Field()
  description: string;
}

@ObjectType({ description: 'Who an email would go to: how many partners, and how many were left out for having nothing due' })
export class EmailAudienceSummary {
  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'Partners of the selection left out: their balance is zero or a debt (includeNothingDue adds them)' })
  skippedNothingDue: number;

  @Field(() => [EmailAudienceMember], { description: 'The first 50, by name: a chosen one can be previewed' })
  sample: EmailAudienceMember[];
}

@ObjectType()
export class EmailAudienceMember {
  @Field(() => ID)
  partnerId: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'One message exactly as its recipient would receive it (rendered by the same code as sending)' })
export class EmailPreview {
  @Field(() => ID)
  partnerId: string;

  @Field()
  recipient: string;

  @Field()
  subject: string;

  @Field()
  body: string;
}

@ObjectType({ description: 'The personalised messages are in the outbox; the worker delivers them' })
export class EmailsQueued {
  @Field()
  batchId: string;

  @Field(() => Int)
  queued: number;

  @Field(() => [EmailMessage], { description: 'One message per partner' })
  messages: EmailMessage[];
}

export const EmailBatchResult = createUnionType({
  name: 'EmailBatchResult',
  types: () => [EmailsQueued, InvalidEmailTemplateError, NoRecipientsError] as const,
});

export const ResendEmailResult = createUnionType({
  name: 'ResendEmailResult',
  types: () => [EmailMessage, EmailNotResendableError] as const,
});

export const EmailPreviewResult = createUnionType({
  name: 'EmailPreviewResult',
  types: () => [EmailPreview, InvalidEmailTemplateError, NoRecipientsError] as const,
});
