import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/paging';
import { Money } from '@partnerbook/shared';
import { MoneyInput } from '../common/money.types';
import { SaleRef } from './sale-ref.inputs';
import { UUIDScalar } from '../common/scalars';

export const MAX_SALES_PER_BATCH = 500;

@InputType({ description: 'A sale as your shop reports it' })
export class SaleInput {
  @Field({ description: "The merchant's id for the sale; recording it again creates nothing new" })
  @Length(1, 200)
  externalId: string;

  @Field({ description: "The merchant's id for the customer" })
  @Length(1, 200)
  customerExternalId: string;

  @Field({ description: "The product's SKU (unknown: NotFoundError)" })
  @Length(1, 64)
  productSku: string;

  @Field(() => MoneyInput, { description: 'What the customer paid; positive' })
  amount: Money;

  @Field({ nullable: true, description: 'When the sale happened; default now' })
  occurredAt?: Date;

  @Field({ nullable: true, description: 'The partner key of the referral the purchase came through, if any' })
  @IsOptional()
  @Length(1, 64)
  partnerKey?: string;

  @Field({ description: "The customer's name, if known", nullable: true })
  @IsOptional()
  @Length(1, 200)
  customerName?: string;

  @Field({ description: "The customer's email, if known", nullable: true })
  @IsOptional()
  @IsEmail()
  customerEmail?: string;
}

@InputType({ description: 'A sale the tracking missed, recorded by the merchant for a named partner' })
export class ManualSaleInput {
  @Field(() => UUIDScalar, { description: 'The partner who earns on it' })
  partnerId: string;

  @Field({ description: 'Your order id for the sale (its externalId, as in recordSales)' })
  @Length(1, 200)
  externalId: string;

  @Field({ description: 'Your id for the customer (created if new)' })
  @Length(1, 200)
  customerExternalId: string;

  @Field({ description: "The customer's name, if known", nullable: true })
  @IsOptional()
  @Length(1, 200)
  customerName?: string;

  @Field({ description: "The customer's email, if known", nullable: true })
  @IsOptional()
  @IsEmail()
  customerEmail?: string;

  @Field({ description: "The product's SKU (unknown: NotFoundError)" })
  @Length(1, 64)
  productSku: string;

  @Field(() => MoneyInput, { description: 'The sale amount (integer minor units with its currency), positive' })
  amount: Money;

  @Field({ description: 'When the sale happened; default now', nullable: true })
  occurredAt?: Date;
}

@InputType({ description: 'A full or partial refund of a sale' })
export class RefundSaleInput {
  @Field(() => SaleRef, { nullable: true, description: 'The sale refunded: { id } or { externalId } (give this or saleId)' })
  sale?: SaleRef;

  @Field(() => UUIDScalar, {
    description: "The sale's id (older form of sale)",
    nullable: true,
    deprecationReason: 'Use sale: { id } (or sale: { externalId })',
  })
  saleId?: string;

  @Field({ description: "The merchant's id for the refund; refunding with it again changes nothing" })
  @Length(1, 200)
  refundExternalId: string;

  @Field(() => MoneyInput, { description: "Amount refunded to the customer, in the sale's currency" })
  amount: Money;
}

@InputType({ description: 'Filters of the sale list; all given must match' })
export class SaleFilter {
  @Field(() => UUIDScalar, { description: 'Sales this partner earned on (ignored for partners: they see their own)', nullable: true })
  partnerId?: string;

  @Field(() => UUIDScalar, { description: 'Sales of this customer', nullable: true })
  customerId?: string;

  @Field({ description: 'The sale with this external id (exact)', nullable: true })
  @IsOptional()
  @Length(1, 200)
  externalId?: string;

  @Field({ nullable: true, description: "Sold on or after this day of the program's time zone (YYYY-MM-DD)" })
  @IsOptional()
  @Length(10, 10)
  fromDay?: string;

  @Field({ nullable: true, description: "Sold on or before this day of the program's time zone (YYYY-MM-DD, included)" })
  @IsOptional()
  @Length(10, 10)
  toDay?: string;
}

export enum SaleSortField {
  OCCURRED_AT = 'OCCURRED_AT',
  CREATED_AT = 'CREATED_AT',
  AMOUNT = 'AMOUNT',
  ORDER_ID = 'ORDER_ID',
}

registerEnumType(SaleSortField, {
  name: 'SaleSortField',
  description: 'What a sale list can be sorted by',
  valuesConfig: {
    OCCURRED_AT: { description: 'When the sale happened (the default)' },
    CREATED_AT: { description: 'When the sale was recorded' },
    AMOUNT: { description: 'Amount in minor units (currencies are not converted)' },
    ORDER_ID: { description: "The merchant's order id (externalId), as text" },
  },
});

@InputType({ description: 'The order of a sale list; ties are broken by id, in the same direction' })
export class SaleSort {
  @Field(() => SaleSortField, { defaultValue: SaleSortField.OCCURRED_AT, description: 'The key to sort by' })
  field: SaleSortField = SaleSortField.OCCURRED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'ASC or DESC (the default, largest or newest first)' })
  direction: SortDirection = SortDirection.DESC;
}
