import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Money } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';
import { SaleRef } from './sale-ref.inputs';
import { UUIDScalar } from '../common/scalars';

export const MAX_SALES_PER_BATCH = 500;

@InputType()
export class SaleInput {
  @Field({ description: "The merchant's id for the sale; recording it again creates nothing new" })
  @Length(1, 200)
  externalId: string;

  @Field({ description: "The merchant's id for the customer" })
  @Length(1, 200)
  customerExternalId: string;

  @Field()
  @Length(1, 64)
  productSku: string;

  @Field(() => MoneyScalar, { description: 'What the customer paid; positive' })
  amount: Money;

  @Field({ nullable: true, description: 'When the sale happened; default now' })
  occurredAt?: Date;

  @Field({ nullable: true, description: 'The partner key of the referral the purchase came through, if any' })
  @IsOptional()
  @Length(1, 64)
  partnerKey?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  customerName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  customerEmail?: string;
}

@InputType({ description: 'A sale the tracking missed, recorded by the merchant for a named partner' })
export class ManualSaleInput {
  @Field(() => UUIDScalar)
  partnerId: string;

  @Field()
  @Length(1, 200)
  externalId: string;

  @Field()
  @Length(1, 200)
  customerExternalId: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  customerName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  customerEmail?: string;

  @Field()
  @Length(1, 64)
  productSku: string;

  @Field(() => MoneyScalar)
  amount: Money;

  @Field({ nullable: true })
  occurredAt?: Date;
}

@InputType()
export class RefundSaleInput {
  @Field(() => SaleRef, { nullable: true, description: 'The sale refunded: { id } or { externalId } (give this or saleId)' })
  sale?: SaleRef;

  @Field(() => UUIDScalar, { nullable: true, deprecationReason: 'Use sale: { id } (or sale: { externalId })' })
  saleId?: string;

  @Field({ description: "The merchant's id for the refund; refunding with it again changes nothing" })
  @Length(1, 200)
  refundExternalId: string;

  @Field(() => MoneyScalar, { description: "Amount refunded to the customer, in the sale's currency" })
  amount: Money;
}

@InputType()
export class SaleFilter {
  @Field(() => UUIDScalar, { nullable: true })
  partnerId?: string;

  @Field(() => UUIDScalar, { nullable: true })
  customerId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  externalId?: string;
}
