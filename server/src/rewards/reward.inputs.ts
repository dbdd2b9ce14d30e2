import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Money } from '@partnerbook/shared';
import { MoneyInput } from '../common/money.types';
import { CustomerRef } from '../customers/customer.inputs';
import { UUIDScalar } from '../common/scalars';

@InputType({ description: 'A one-time bonus for a partner, approved at once and paid with their next payment' })
export class CreateManualRewardInput {
  @Field(() => UUIDScalar, { description: 'The partner rewarded' })
  partnerId: string;

  @Field({ description: 'Why the reward is given; visible to the partner' })
  @Length(1, 500)
  description: string;

  @Field(() => MoneyInput, { description: 'Positive' })
  amount: Money;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: "One of the program's customers, to reconcile a backfilled reward (or give customer)",
  })
  customerId?: string;

  @Field(() => CustomerRef, { nullable: true, description: 'The same customer by { id } or by your { externalId } (or give customerId)' })
  customer?: CustomerRef;
}
