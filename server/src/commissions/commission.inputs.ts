import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { CommissionKind, CommissionStatus, Money } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';
import { SortDirection } from '../common/paging';
import { CurrencyCodeScalar, UUIDScalar } from '../common/scalars';

export const MAX_IDS_PER_ACTION = 1000;

@InputType()
export class CommissionFilter {
  @Field(() => CommissionStatus, { nullable: true })
  status?: CommissionStatus;

  @Field(() => CommissionKind, { nullable: true })
  kind?: CommissionKind;

  @Field(() => UUIDScalar, { nullable: true })
  partnerId?: string;

  @Field(() => UUIDScalar, { nullable: true })
  productId?: string;

  @Field(() => UUIDScalar, { nullable: true })
  saleId?: string;

  @Field(() => CurrencyCodeScalar, { nullable: true })
  currency?: string;

  @Field({ nullable: true, description: 'Created at or after' })
  from?: Date;

  @Field({ nullable: true, description: 'Created before' })
  to?: Date;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount at least (and in this currency)' })
  minAmount?: Money;

  @Field(() => MoneyScalar, { nullable: true, description: 'Amount at most (and in this currency)' })
  maxAmount?: Money;

  @Field({ nullable: true, description: "The sale's date (a reward's or clawback's: when it was recorded) at or after" })
  saleDateFrom?: Date;

  @Field({ nullable: true, description: "The sale's date (a reward's or clawback's: when it was recorded) before" })
  saleDateTo?: Date;

  @Field({ nullable: true, description: "The merchant's order id of the sale (its externalId), exactly" })
  @IsOptional()
  @Length(1, 200)
  orderId?: string;

  @Field({
    nullable: true,
    description: 'true: only PENDING commissions that can be approved now (holding period over; rewards are never held)',
  })
  readyToApprove?: boolean;
}

export enum CommissionSortField {
  CREATED_AT = 'CREATED_AT',
  SALE_DATE = 'SALE_DATE',
  AMOUNT = 'AMOUNT',
  PARTNER = 'PARTNER',
}

registerEnumType(CommissionSortField, {
  name: 'CommissionSortField',
  valuesConfig: {
    CREATED_AT: { description: 'When the commission was recorded' },
    SALE_DATE: { description: "The sale's date (a reward's or clawback's: when it was recorded)" },
    AMOUNT: { description: 'Amount in minor units (currencies are not converted)' },
    PARTNER: { description: "The partner's name, ignoring case" },
  },
});

@InputType({ description: 'The order of a commission list; ties are broken by id, in the same direction' })
export class CommissionSort {
  @Field(() => CommissionSortField, { defaultValue: CommissionSortField.CREATED_AT })
  field: CommissionSortField = CommissionSortField.CREATED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'Either explicit ids (at most 1,000) or every commission matching a filter (any number)' })
export class CommissionSelection {
  @Field(() => [UUIDScalar], { nullable: true })
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
