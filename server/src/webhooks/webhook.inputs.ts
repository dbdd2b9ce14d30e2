import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MAX_WEBHOOK_URL_LENGTH } from './webhook-address-rules';
import { UUIDScalar } from '../common/scalars';

@InputType({ description: 'A new webhook endpoint' })
export class CreateWebhookEndpointInput {
  @Field({ description: 'https URL of the receiver' })
  @Length(1, MAX_WEBHOOK_URL_LENGTH)
  url: string;

  @Field(() => [String], { description: 'Event types to send (at least one; see the events query)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  eventTypes: string[];

  @Field({ description: 'Free text for the merchant (may be empty)', defaultValue: '' })
  @MaxLength(500)
  description: string = '';

  @Field({ description: 'false: created disabled (no deliveries until enabled)', defaultValue: true })
  enabled: boolean = true;
}

@InputType({ description: 'Changes to a webhook endpoint: absent fields stay as they are' })
export class UpdateWebhookEndpointInput {
  @Field(() => UUIDScalar, { description: 'The endpoint' })
  id: string;

  @Field({ description: 'https URL of the receiver (checked as at creation)', nullable: true })
  @IsOptional()
  @Length(1, MAX_WEBHOOK_URL_LENGTH)
  url?: string;

  @Field(() => [String], { description: 'Event types to send (at least one)', nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  eventTypes?: string[];

  @Field({ description: 'Free text for the merchant', nullable: true })
  @IsOptional()
  @MaxLength(500)
  description?: string;

  @Field({ description: 'false: no new deliveries; true: enabled again, pending deliveries resume', nullable: true })
  @IsOptional()
  enabled?: boolean;
}
