import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CommissionRuleType, Money, PartnerStatus, PaymentMethod } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';
import { bigintToNumber, trimmed } from '../common/column-transformers';
import { ThresholdMap, thresholdsToMoney } from '../programs/program.entity';
import { ApplicationAnswer } from '../applications/application-form';

registerEnumType(PartnerStatus, {
  name: 'PartnerStatus',
  description: 'Where a partner stands with the program',
  valuesConfig: {
    ACTIVE: { description: 'Earns commissions and is paid' },
    APPLIED: { description: "Applied on the public application page; waiting for an admin's decision" },
    DECLINED: { description: 'Their application was declined' },
    SUSPENDED: { description: 'Earns nothing new; what they earned before is still paid; can read, not change payout details' },
  },
});
registerEnumType(CommissionRuleType, {
  name: 'CommissionRuleType',
  description: 'How a commission is computed',
  valuesConfig: {
    FLAT: { description: "A fixed amount per sale, in the sale's currency" },
    PERCENT: { description: 'A share of the sale amount, in basis points' },
  },
});

@ObjectType({ description: 'A commission rule: a percentage in basis points, or a flat amount per sale' })
export class CommissionRule {
  @Field(() => CommissionRuleType, { description: 'PERCENT (uses rateBps) or FLAT (uses flatAmount)' })
  type: CommissionRuleType;

  @Field(() => Int, { nullable: true, description: 'For PERCENT: basis points (1250 = 12.5 %)' })
  rateBps: number | null;

  @Field(() => MoneyType, { nullable: true, description: 'For FLAT: the amount per sale' })
  flatAmount: Money | null;
}

@ObjectType({ description: 'Where a bank transfer to a partner goes: an IBAN, or an account number with a routing/SWIFT code' })
export class BankTransferDetails {
  @Field({ description: "The account holder's name" })
  accountHolder: string;

  @Field(() => String, { nullable: true, description: 'Without spaces, upper case; its checksum was verified' })
  iban: string | null;

  @Field(() => String, { description: 'The account number, for accounts without an IBAN', nullable: true })
  accountNumber: string | null;

  @Field(() => String, { nullable: true, description: 'SWIFT/BIC, ABA routing number or sort code' })
  routingCode: string | null;
}

@ObjectType({ description: 'A partner of the program: who refers customers and earns commissions' })
@Entity('partner')
export class Partner {
  @Field(() => ID, { description: "The partner's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: 'Their name' })
  @Column()
  name: string;

  @Field({ description: 'Their email: login and where the program writes to' })
  @Column()
  email: string;

  @Field({ description: 'The key in referral links; unique in the program' })
  @Column({ name: 'partner_key' })
  partnerKey: string;

  @Field(() => PartnerStatus, { description: 'ACTIVE, SUSPENDED, APPLIED or DECLINED' })
  @Column({ type: 'text' })
  status: PartnerStatus;

  @Field(() => String, { description: 'The PayPal email they are paid at; null if none', nullable: true })
  @Column({ name: 'paypal_email', type: 'text', nullable: true })
  paypalEmail: string | null;

  @Field(() => PaymentMethod, {
    nullable: true,
    description: 'How the partner is paid: each pay run pays them this way; null until set (they cannot be paid)',
  })
  @Column({ name: 'payout_method', type: 'text', nullable: true })
  payoutMethod: PaymentMethod | null;

  @Column({ name: 'bank_account_holder', type: 'text', nullable: true })
  bankAccountHolder: string | null;

  @Column({ name: 'bank_iban', type: 'text', nullable: true })
  bankIban: string | null;

  @Column({ name: 'bank_account_number', type: 'text', nullable: true })
  bankAccountNumber: string | null;

  @Column({ name: 'bank_routing_code', type: 'text', nullable: true })
  bankRoutingCode: string | null;

  @Field(() => BankTransferDetails, { nullable: true, description: 'For BANK_TRANSFER: the account paid into' })
  get bankTransfer(): BankTransferDetails | null {
    if (this.payoutMethod !== PaymentMethod.BANK_TRANSFER || !this.bankAccountHolder) return null;
    return {
      accountHolder: this.bankAccountHolder,
      iban: this.bankIban ?? null,
      accountNumber: this.bankAccountNumber ?? null,
      routingCode: this.bankRoutingCode ?? null,
    };
  }

  @Field(() => String, { nullable: true, description: "For OTHER: the partner's instructions (how they want to be paid)" })
  @Column({ name: 'payout_instructions', type: 'text', nullable: true })
  payoutInstructions: string | null;

  @Field(() => Date, { nullable: true, description: 'When the payout details (PayPal email) last changed; null if never since creation' })
  @Column({ name: 'payout_details_changed_at', type: 'timestamptz', nullable: true })
  payoutDetailsChangedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who changed them last: PARTNER or MERCHANT' })
  @Column({ name: 'payout_details_changed_by', type: 'text', nullable: true })
  payoutDetailsChangedBy: 'PARTNER' | 'MERCHANT' | null;

  @Column({ name: 'pay_thresholds', type: 'jsonb' })
  payThresholdMap: ThresholdMap;

  @Field(() => [MoneyType], { description: "Per-currency overrides of the program's pay thresholds" })
  get payThresholdOverrides(): Money[] {
    return thresholdsToMoney(this.payThresholdMap ?? {});
  }

  @Column({ name: 'rule_type', type: 'text', nullable: true })
  ruleType: CommissionRuleType | null;

  @Column({ name: 'rate_bps', type: 'integer', nullable: true })
  rateBps: number | null;

  @Column({ name: 'flat_amount_minor', type: 'bigint', nullable: true, transformer: bigintToNumber })
  flatAmountMinor: number | null;

  @Column({ name: 'flat_currency', type: 'char', length: 3, nullable: true, transformer: trimmed })
  flatCurrency: string | null;

  @Field(() => CommissionRule, { nullable: true, description: 'Overrides the product rules for this partner' })
  get commissionOverride(): CommissionRule | null {
    if (!this.ruleType) return null;
    return {
      type: this.ruleType,
      rateBps: this.ruleType === CommissionRuleType.PERCENT ? this.rateBps : null,
      flatAmount:
        this.ruleType === CommissionRuleType.FLAT && this.flatCurrency
          ? { amount: this.flatAmountMinor ?? 0, currency: this.flatCurrency }
          : null,
    };
  }

  @Field(() => [ApplicationAnswer], { nullable: true, description: 'What they answered when they applied; null if they did not apply' })
  @Column({ name: 'application_answers', type: 'jsonb', nullable: true })
  applicationAnswers: ApplicationAnswer[] | null;

  @Field(() => Date, { nullable: true, description: 'When they applied on the application page; null if invited' })
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When their application was approved or declined' })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why their application was declined (they were told)' })
  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Field({ description: 'When the partner was created (or applied)' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
