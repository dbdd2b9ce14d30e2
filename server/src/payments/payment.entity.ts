import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ExactMoney, MinorUnits, PaymentMethod } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';
import { bigintToMinorUnits, trimmed } from '../common/column-transformers';

registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  valuesConfig: {
    PAYPAL: { description: 'Paid through PayPal (the partner needs a PayPal email)' },
    BANK_TRANSFER: { description: 'Paid by bank transfer' },
    OTHER: { description: 'Paid some other way (cheque, cash, manual)' },
  },
  description: 'How a partner is paid (the money moves outside Partnerbook)',
});

@ObjectType({
  description:
    'A record that the merchant paid a partner (the money moves outside Partnerbook): its amount is exactly the sum of the commissions it covers',
})
@Entity('payment')
export class Payment {
  @Field(() => ID, { description: "The payment's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID, { description: 'The partner paid' })
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'char', length: 3, transformer: trimmed })
  currency: string;

  /** A sum of commissions: exact at any size (a bigint beyond 2^53). */
  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintToMinorUnits })
  amountMinor: MinorUnits;

  @Field(() => MoneyType, { description: 'The sum of the covered commissions (clawbacks netted in); always positive' })
  get amount(): ExactMoney {
    return { amount: this.amountMinor, currency: this.currency };
  }

  @Field(() => Int, { description: 'How many commissions the payment covered when recorded' })
  @Column({ name: 'commission_count', type: 'integer' })
  commissionCount: number;

  @Field(() => PaymentMethod, { description: 'How it was paid' })
  @Column({ type: 'text' })
  method: PaymentMethod;

  @Field(() => String, { nullable: true, description: "The merchant's reference (transaction id, batch id…)" })
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Field(() => String, { description: "The merchant's note; null if none", nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Shown to merchants only (field resolver). */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: string;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId: string | null;

  /** Who recorded it; shown to merchants only (field resolver). */
  @Column({ name: 'actor_label', type: 'text' })
  createdBy: string;

  @Field({ description: 'When the payment was recorded' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the payment was voided: its commissions went back to APPROVED' })
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  /** Shown to merchants only (field resolver). */
  @Column({ name: 'voided_by_label', type: 'text', nullable: true })
  voidedBy: string | null;

  @Field(() => String, { description: 'Why it was voided; null unless voided', nullable: true })
  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;

  @Field({ description: 'Whether it was voided (its commissions are APPROVED again)' })
  get voided(): boolean {
    return this.voidedAt !== null;
  }
}
