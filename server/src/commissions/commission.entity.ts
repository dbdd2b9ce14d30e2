import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommissionKind, CommissionStatus, Money } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';
import { bigintToNumber, trimmed } from '../common/column-transformers';

registerEnumType(CommissionStatus, { name: 'CommissionStatus' });
registerEnumType(CommissionKind, {
  name: 'CommissionKind',
  valuesConfig: {
    SALE: { description: 'Earned on a sale' },
    REWARD: { description: 'A manual reward (one-time bonus)' },
    CLAWBACK: { description: 'Negative: takes back part of a paid commission after a refund' },
  },
});

@ObjectType({ description: 'A line of the ledger: what a partner earned (or owes back), in one currency' })
@Entity('commission')
export class Commission {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID)
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Field(() => CommissionKind)
  @Column({ type: 'text' })
  kind: CommissionKind;

  @Field(() => CommissionStatus)
  @Column({ type: 'text' })
  status: CommissionStatus;

  @Column({ type: 'char', length: 3, transformer: trimmed })
  currency: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintToNumber })
  amountMinor: number;

  @Column({ name: 'original_amount_minor', type: 'bigint', transformer: bigintToNumber })
  originalAmountMinor: number;

  @Field(() => MoneyScalar, { description: 'Current amount, after any refund reductions; negative for clawbacks' })
  get amount(): Money {
    return { amount: this.amountMinor, currency: this.currency };
  }

  @Field(() => MoneyScalar, { description: 'Amount when the commission was created' })
  get originalAmount(): Money {
    return { amount: this.originalAmountMinor, currency: this.currency };
  }

  @Field(() => ID, { nullable: true })
  @Column({ name: 'sale_id', type: 'uuid', nullable: true })
  saleId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @Field(() => ID, { nullable: true, description: 'For a clawback: the paid commission it takes back from' })
  @Column({ name: 'clawback_of_id', type: 'uuid', nullable: true })
  clawbackOfId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; visible to the partner' })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Field({ description: 'When the holding period ends and the commission can be approved' })
  @Column({ name: 'payable_at', type: 'timestamptz' })
  payableAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
