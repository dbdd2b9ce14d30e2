import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/paging';
import { ExactMoney, PaymentMethod } from '@partnerbook/shared';
import { MoneyBalanceInput } from '../common/money.types';
import { CurrencyCodeScalar, UUIDScalar } from '../common/scalars';

export const MAX_PARTNERS_PER_PAYMENT_REQUEST = 1000;

@InputType({ description: 'Filters of the pending payments; all given must match' })
export class PendingPaymentFilterInput {
  @Field(() => [UUIDScalar], { description: 'Only these partners', nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_PARTNERS_PER_PAYMENT_REQUEST)
  partnerIds?: string[];

  @Field(() => CurrencyCodeScalar, { description: 'Only balances in this currency', nullable: true })
  @IsOptional()
  currency?: string;

  @Field({ nullable: true, description: 'Only partners whose balance reaches the threshold (and is above zero)' })
  eligibleOnly?: boolean;
}

@InputType({ description: 'Either explicit partners, or every partner with an eligible balance' })
export class PayeeSelection {
  @Field(() => [UUIDScalar], {
    nullable: true,
    description: 'Each partner is paid in every currency they have a balance in (or only `currency`)',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTNERS_PER_PAYMENT_REQUEST)
  partnerIds?: string[];

  @Field({
    nullable: true,
    description: 'Every eligible partner-currency balance at the time of the request (with allowBelowThreshold: every positive balance)',
  })
  allEligible?: boolean;
}

@InputType({ description: 'The balance the merchant reviewed for one partner and currency; a different balance is not paid' })
export class ExpectedBalanceInput {
  @Field(() => UUIDScalar, { description: 'The partner whose balance it is' })
  partnerId: string;

  @Field(() => MoneyBalanceInput, { description: 'As the API returned it (a digit string beyond 2^53 − 1)' })
  balance: ExactMoney;
}

@InputType({ description: 'A pay request: which partners, idempotent by its key' })
export class PayPartnersInput {
  @Field(() => PayeeSelection, { description: 'Which partners to pay' })
  selection: PayeeSelection;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: 'Pay only balances in this currency' })
  currency?: string;

  @Field(() => PaymentMethod, {
    nullable: true,
    deprecationReason: 'Leave it out: each partner is paid by their own payout method (Partner.payoutMethod)',
    description:
      'One method recorded for every partner of the request (PayPal still needs their PayPal email); left out: each by their own',
  })
  method?: PaymentMethod | null;

  @Field({ description: 'Your reference recorded on each payment (transaction or batch id)', nullable: true })
  @IsOptional()
  @MaxLength(200)
  reference?: string;

  @Field({ description: 'A note recorded on each payment', nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;

  @Field({
    description:
      'A unique key per intended pay request (e.g. a UUID made when the merchant opens the pay dialog). A retry with the same key and input returns the first result and pays nothing new',
  })
  @Length(1, 200)
  idempotencyKey: string;

  @Field({ defaultValue: false, description: 'Pay partners below their threshold too (never a balance of zero or less)' })
  allowBelowThreshold: boolean = false;

  @Field(() => [ExpectedBalanceInput], {
    description: 'The balances reviewed (from payPreview): a partner-currency whose balance differs is not paid (BalanceChangedError)',
    nullable: true,
  })
  @IsOptional()
  @ArrayMaxSize(5000)
  expectedBalances?: ExpectedBalanceInput[];
}

@InputType({ description: 'What payPartners would pay with this selection, previewed without paying' })
export class PayPreviewInput {
  @Field(() => PayeeSelection, { description: 'Which partners, as in payPartners' })
  selection: PayeeSelection;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: 'Only balances in this currency' })
  currency?: string;

  @Field({ defaultValue: false, description: 'As in payPartners: partners below their threshold too (never a balance of zero or less)' })
  allowBelowThreshold: boolean = false;

  @Field(() => PaymentMethod, {
    nullable: true,
    deprecationReason: 'Leave it out, as in payPartners: each partner is paid by their own payout method',
    description: 'As the deprecated PayPartnersInput.method',
  })
  method?: PaymentMethod | null;
}

@InputType({ description: 'Filters of a payment list; all given must match' })
export class PaymentFilter {
  @Field(() => UUIDScalar, { description: "One partner's (ignored for partners: they see their own)", nullable: true })
  partnerId?: string;

  @Field(() => CurrencyCodeScalar, { description: 'ISO 4217 code, e.g. USD', nullable: true })
  @IsOptional()
  currency?: string;

  @Field(() => PaymentMethod, { description: 'Only payments recorded with this method', nullable: true })
  method?: PaymentMethod;

  @Field({ nullable: true, description: 'Recorded at or after' })
  from?: Date;

  @Field({ nullable: true, description: 'Recorded before' })
  to?: Date;

  @Field({ nullable: true, description: 'true: only voided; false: only valid; unset: both' })
  voided?: boolean;

  @Field({ nullable: true, description: "Recorded on or after this day of the program's time zone (YYYY-MM-DD)" })
  @IsOptional()
  @Length(10, 10)
  fromDay?: string;

  @Field({ nullable: true, description: "Recorded on or before this day of the program's time zone (YYYY-MM-DD, included)" })
  @IsOptional()
  @Length(10, 10)
  toDay?: string;
}

export enum PaymentSortField {
  CREATED_AT = 'CREATED_AT',
  AMOUNT = 'AMOUNT',
  PARTNER = 'PARTNER',
}

registerEnumType(PaymentSortField, {
  name: 'PaymentSortField',
  description: 'What a payment list can be sorted by',
  valuesConfig: {
    CREATED_AT: { description: 'When the payment was recorded (the default, newest first)' },
    AMOUNT: { description: 'Amount in minor units (currencies are not converted)' },
    PARTNER: { description: "The partner's name, ignoring case" },
  },
});

@InputType({ description: 'The order of a payment list; ties are broken by id, in the same direction' })
export class PaymentSort {
  @Field(() => PaymentSortField, { defaultValue: PaymentSortField.CREATED_AT, description: 'The key to sort by' })
  field: PaymentSortField = PaymentSortField.CREATED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'ASC or DESC (the default, largest or newest first)' })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'Filters of paid commissions; all given must match' })
export class CommissionHistoryFilter {
  @Field(() => UUIDScalar, { nullable: true, description: 'Ignored for partners: they see their own' })
  partnerId?: string;

  @Field(() => CurrencyCodeScalar, { description: 'ISO 4217 code, e.g. USD', nullable: true })
  @IsOptional()
  currency?: string;

  @Field({
    nullable: true,
    description: 'Paid at or after this instant',
    deprecationReason: "Use fromDay: a day of the program's time zone, as the lists show their dates",
  })
  from?: Date;

  @Field({
    nullable: true,
    description: 'Paid before this instant',
    deprecationReason: "Use toDay: a day of the program's time zone, as the lists show their dates",
  })
  to?: Date;

  @Field({ nullable: true, description: "Paid on or after this day of the program's time zone (YYYY-MM-DD)" })
  @IsOptional()
  @Length(10, 10)
  fromDay?: string;

  @Field({ nullable: true, description: "Paid on or before this day of the program's time zone (YYYY-MM-DD, included)" })
  @IsOptional()
  @Length(10, 10)
  toDay?: string;
}
