import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommissionKind, CommissionStatus, Money } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';
import { bigintToNumber, trimmed } from '../common/column-transformers';

registerEnumType(CommissionStatus, {
  name: 'CommissionStatus',
  description: 'Where a commission stands',
  valuesConfig: {
    APPROVED: { description: "Approved: part of the partner's balance, paid with the next payment" },
    CANCELLED: { description: 'Cancelled with a reason: never paid (can be reinstated)' },
    PAID: { description: 'Paid by a payment (back to APPROVED if the payment is voided)' },
    PENDING: { description: 'Recorded, waiting for approval (and for the holding period to end)' },
  },
});
registerEnumType(CommissionKind, {
  name: 'CommissionKind',
  valuesConfig: {
    SALE: { description: 'Earned on a sale' },
    REWARD: { description: 'A manual reward (one-time bonus)' },
    CLAWBACK: { description: 'Negative: takes back part of a paid commission after a refund' },
  },
  description: 'What a commission is for',
});

@ObjectType({ description: 'A line of the ledger: what a partner earned (or owes back), in one currency' })
@Entity('commission')
export class Commission {
  @Field(() => ID, { description: "The commission's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID, { description: 'The partner who earns it' })
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Field(() => CommissionKind, { description: 'SALE, REWARD or CLAWBACK' })
  @Column({ type: 'text' })
  kind: CommissionKind;

  @Field(() => CommissionStatus, { description: 'PENDING, APPROVED, PAID or CANCELLED' })
  @Column({ type: 'text' })
  status: CommissionStatus;

  @Column({ type: 'char', length: 3, transformer: trimmed })
  currency: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintToNumber })
  amountMinor: number;

  @Column({ name: 'original_amount_minor', type: 'bigint', transformer: bigintToNumber })
  originalAmountMinor: number;

  @Field(() => MoneyType, { description: 'Current amount, after any refund reductions; negative for clawbacks' })
  get amount(): Money {
    return { amount: this.amountMinor, currency: this.currency };
  }

  @Field(() => MoneyType, { description: 'Amount when the commission was created' })
  get originalAmount(): Money {
    return { amount: this.originalAmountMinor, currency: this.currency };
  }

  @Field(() => ID, { description: 'The sale it was earned on; null for a manual reward', nullable: true })
  @Column({ name: 'sale_id', type: 'uuid', nullable: true })
  saleId: string | null;

  @Field(() => ID, { description: 'The customer of its sale (or of a reward, if given); null otherwise', nullable: true })
  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @Field(() => ID, { nullable: true, description: 'For a clawback: the paid commission it takes back from' })
  @Column({ name: 'clawback_of_id', type: 'uuid', nullable: true })
  clawbackOfId: string | null;

  @Field(() => String, { description: "A reward's description, visible to the partner; null for sale commissions", nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; visible to the partner' })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Field({ description: 'When the holding period ends and the commission can be approved' })
  @Column({ name: 'payable_at', type: 'timestamptz' })
  payableAt: Date;

  @Field(() => Date, { description: 'When it was approved (by a merchant or automatically); null until then', nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { description: 'When it was cancelled; null unless CANCELLED', nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { description: 'When the payment that paid it was recorded; null unless PAID', nullable: true })
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Field(() => ID, { description: 'The payment that paid it; null unless PAID', nullable: true })
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  @Field({ description: 'When it was recorded' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
