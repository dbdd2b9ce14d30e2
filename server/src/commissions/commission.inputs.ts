import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CommissionKind, CommissionStatus, Money } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';

export const MAX_IDS_PER_ACTION = 1000;

@InputType()
export class CommissionFilter {
  @Field(() => CommissionStatus, { nullable: true })
  status?: CommissionStatus;

  @Field(() => CommissionKind, { nullable: true })
  kind?: CommissionKind;

  @Field(() => ID, { nullable: true })
  partnerId?: string;

  @Field(() => ID, { nullable: true })
  productId?: string;

  @Field(() => ID, { nullable: true })
  saleId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 3)
  currency?: string;

  @Field({ nullable: true, description: 'Created at or after' })
  from?: Date;

  @Field({ nullable: true, description: 'Created before' })
  to?: Date;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount at least (and in this currency)' })
  minAmount?: Money;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount at most (and in this currency)' })
  maxAmount?: Money;
}

@InputType({ description: 'Either explicit ids (at most 1,000) or every commission matching a filter (any number)' })
export class CommissionSelection {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IDS_PER_ACTION)
  ids?: string[];

  @Field(() => CommissionFilter, { nullable: true, description: "All matching commissions (the action's source state is implied)" })
  filter?: CommissionFilter;
}

@InputType()
export class CancelCommissionsInput {
  @Field(() => CommissionSelection)
  selection: CommissionSelection;

  @Field({ description: 'Shown to the partner' })
  @Length(1, 500)
  reason: string;
}
