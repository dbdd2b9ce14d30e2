import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { CommissionKind, CommissionStatus, Money } from '@partnerbook/shared';
import { MoneyInput } from '../common/money.types';
import { SortDirection } from '../common/paging';
import { CurrencyCodeScalar, UUIDScalar } from '../common/scalars';

export const MAX_IDS_PER_ACTION = 1000;

@InputType({ description: 'Filters of a commission list; all given must match' })
export class CommissionFilter {
  @Field(() => CommissionStatus, { description: 'Only this status', nullable: true })
  status?: CommissionStatus;

  @Field(() => CommissionKind, { description: 'SALE, REWARD or CLAWBACK only', nullable: true })
  kind?: CommissionKind;

  @Field(() => UUIDScalar, { description: "One partner's (ignored for partners: they see their own)", nullable: true })
  partnerId?: string;

  @Field(() => UUIDScalar, { description: 'Commissions on sales of this product', nullable: true })
  productId?: string;

  @Field(() => UUIDScalar, { description: 'Commissions of this sale', nullable: true })
  saleId?: string;

  @Field(() => CurrencyCodeScalar, { description: 'ISO 4217 code, e.g. USD', nullable: true })
  @IsOptional()
  currency?: string;

  @Field({ nullable: true, description: 'Created at or after' })
  from?: Date;

  @Field({ nullable: true, description: 'Created before' })
  to?: Date;

  @Field(() => MoneyInput, { nullable: true, description: 'Amount at least (and in this currency)' })
  minAmount?: Money;

  @Field(() => MoneyInput, { nullable: true, description: 'Amount at most (and in this currency)' })
  maxAmount?: Money;

  @Field({ nullable: true, description: "The sale's date (a reward's or clawback's: when it was recorded) at or after" })
  saleDateFrom?: Date;

  @Field({ nullable: true, description: "The sale's date (a reward's or clawback's: when it was recorded) before" })
  saleDateTo?: Date;

  @Field({ nullable: true, description: "The sale's date (see saleDateFrom) on or after this day of the program's time zone (YYYY-MM-DD)" })
  @IsOptional()
  @Length(10, 10)
  saleFromDay?: string;

  @Field({
    nullable: true,
    description: "The sale's date (see saleDateTo) on or before this day of the program's time zone (YYYY-MM-DD, included)",
  })
  @IsOptional()
  @Length(10, 10)
  saleToDay?: string;

  @Field({ nullable: true, description: "Recorded on or after this day of the program's time zone (YYYY-MM-DD)" })
  @IsOptional()
  @Length(10, 10)
  fromDay?: string;

  @Field({ nullable: true, description: "Recorded on or before this day of the program's time zone (YYYY-MM-DD, included)" })
  @IsOptional()
  @Length(10, 10)
  toDay?: string;

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
  description: 'What a commission list can be ordered by',
});

@InputType({ description: 'The order of a commission list; ties are broken by id, in the same direction' })
export class CommissionSort {
  @Field(() => CommissionSortField, { description: 'What to order by (default CREATED_AT)', defaultValue: CommissionSortField.CREATED_AT })
  field: CommissionSortField = CommissionSortField.CREATED_AT;

  @Field(() => SortDirection, { description: 'ASC or DESC (default DESC)', defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'Either explicit ids (at most 1,000) or every commission matching a filter (any number)' })
export class CommissionSelection {
  @Field(() => [UUIDScalar], { description: 'These commissions (at most 1,000)', nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IDS_PER_ACTION)
  ids?: string[];

  @Field(() => CommissionFilter, { nullable: true, description: "All matching commissions (the action's source state is implied)" })
  filter?: CommissionFilter;
}

@InputType({ description: 'Commissions to cancel and why' })
export class CancelCommissionsInput {
  @Field(() => CommissionSelection, { description: 'The commissions: ids or a filter (PENDING or APPROVED ones can be cancelled)' })
  selection: CommissionSelection;

  @Field({ description: 'Shown to the partner' })
  @Length(1, 500)
  reason: string;
}
