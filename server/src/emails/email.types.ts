import { Field, ObjectType } from 'type-graphql';
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
