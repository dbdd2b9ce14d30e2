import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Money } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';
import { bigintToNumber, trimmed } from '../common/column-transformers';

@ObjectType({ description: 'A purchase by a customer of a product' })
@Entity('sale')
export class Sale {
  @Field(() => ID, { description: "The sale's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: "The merchant's own id for the sale (idempotency key of recordSale)" })
  @Column({ name: 'external_id' })
  externalId: string;

  @Field(() => ID, { description: 'The customer' })
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Field(() => ID, { description: 'The product sold' })
  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintToNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3, transformer: trimmed })
  currency: string;

  @Column({ name: 'refunded_minor', type: 'bigint', transformer: bigintToNumber })
  refundedMinor: number;

  @Field(() => MoneyType, { description: 'What the customer paid (integer minor units with its currency)' })
  get amount(): Money {
    return { amount: this.amountMinor, currency: this.currency };
  }

  @Field(() => MoneyType, { description: 'Total refunded so far' })
  get refunded(): Money {
    return { amount: this.refundedMinor, currency: this.currency };
  }

  @Field({ description: 'When the sale happened' })
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Field({ description: 'Recorded by hand by the merchant for an untracked referral' })
  @Column()
  manual: boolean;

  @Field({ description: 'When it was recorded' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'A refund of (part of) a sale' })
@Entity('refund')
export class Refund {
  @Field(() => ID, { description: "The refund's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID, { description: 'The sale refunded' })
  @Column({ name: 'sale_id', type: 'uuid' })
  saleId: string;

  @Field({ description: "The merchant's own refund id (idempotency key of refundSale)" })
  @Column({ name: 'external_id' })
  externalId: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintToNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3, transformer: trimmed })
  currency: string;

  @Field(() => MoneyType, { description: "Amount refunded (integer minor units in the sale's currency)" })
  get amount(): Money {
    return { amount: this.amountMinor, currency: this.currency };
  }

  @Field({ description: 'When the refund was recorded' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
