import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { Connection } from '../common/paging';
import { EmailMessage } from './email-message.entity';
import { EmailNotResendableError, InvalidEmailTemplateError, NoRecipientsError } from './email.errors';

@ObjectType({ description: 'A page of emails, newest first (Relay connection)' })
export class EmailMessageConnection extends Connection(EmailMessage) {}

@ObjectType({ description: 'A placeholder an email template may use' })
export class EmailPlaceholder {
  @Field({ description: 'Write it as {{name}}' })
  name: string;

  @Field({ description: 'What it is replaced with' })
  description: string;
}

@ObjectType({ description: 'Who an email would go to: how many partners, and how many were left out for having nothing due' })
export class EmailAudienceSummary {
  @Field(() => Int, { description: 'How many partners would be written to' })
  count: number;

  @Field(() => Int, { description: 'Partners of the selection left out: their balance is zero or a debt (includeNothingDue adds them)' })
  skippedNothingDue: number;

  @Field(() => [EmailAudienceMember], { description: 'The first 50, by name: a chosen one can be previewed' })
  sample: EmailAudienceMember[];
}

@ObjectType({ description: 'A partner an email would go to' })
export class EmailAudienceMember {
  @Field(() => ID, { description: 'The partner' })
  partnerId: string;

  @Field({ description: 'Their name' })
  name: string;
}

@ObjectType({ description: 'One message exactly as its recipient would receive it (rendered by the same code as sending)' })
export class EmailPreview {
  @Field(() => ID, { description: 'The partner it is rendered for' })
  partnerId: string;

  @Field({ description: 'The address it would go to' })
  recipient: string;

  @Field({ description: 'The rendered subject' })
  subject: string;

  @Field({ description: 'The rendered body' })
  body: string;
}

@ObjectType({ description: 'The personalised messages are in the outbox; the worker delivers them' })
export class EmailsQueued {
  @Field({ description: 'The batch of this request: filter emailOutbox by it to follow delivery' })
  batchId: string;

  @Field(() => Int, { description: 'How many messages were queued' })
  queued: number;

  @Field(() => [EmailMessage], { description: 'One message per partner' })
  messages: EmailMessage[];
}

export const EmailBatchResult = createUnionType({
  name: 'EmailBatchResult',
  types: () => [EmailsQueued, InvalidEmailTemplateError, NoRecipientsError] as const,
  description: 'EmailsQueued, or InvalidEmailTemplateError, NoRecipientsError',
});

export const ResendEmailResult = createUnionType({
  name: 'ResendEmailResult',
  types: () => [EmailMessage, EmailNotResendableError] as const,
  description: 'The message, PENDING again, or EmailNotResendableError',
});

export const EmailPreviewResult = createUnionType({
  name: 'EmailPreviewResult',
  types: () => [EmailPreview, InvalidEmailTemplateError, NoRecipientsError] as const,
  description: 'EmailPreview, or InvalidEmailTemplateError, NoRecipientsError',
});
