import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/paging';
import { EmailMessage } from './email-message.entity';

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
