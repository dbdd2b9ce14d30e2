import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CommissionRuleType, Money, PartnerStatus, PaymentMethod } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';
import { bigintToNumber, trimmed } from '../common/column-transformers';
import { ThresholdMap, thresholdsToMoney } from '../programs/program.entity';
import { ApplicationAnswer } from '../applications/application-form';

registerEnumType(PartnerStatus, { name: 'PartnerStatus' });
registerEnumType(CommissionRuleType, { name: 'CommissionRuleType' });

@ObjectType({ description: 'A commission rule: a percentage in basis points, or a flat amount per sale' })
export class CommissionRule {
  @Field(() => CommissionRuleType)
  type: CommissionRuleType;

  @Field(() => Int, { nullable: true, description: 'For PERCENT: basis points (1250 = 12.5 %)' })
  rateBps: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'For FLAT: the amount per sale' })
  flatAmount: Money | null;
}

@ObjectType({ description: 'Where a bank transfer to a partner goes: an IBAN, or an account number with a routing/SWIFT code' })
export class BankTransferDetails {
  @Field()
  accountHolder: string;

  @Field(() => String, { nullable: true, description: 'Without spaces, upper case; its checksum was verified' })
  iban: string | null;

  @Field(() => String, { nullable: true })
  accountNumber: string | null;

  @Field(() => String, { nullable: true, description: 'SWIFT/BIC, ABA routing number or sort code' })
  routingCode: string | null;
}

@ObjectType()
@Entity('partner')
export class Partner {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column()
  email: string;

  @Field({ description: 'The key in referral links; unique in the program' })
  @Column({ name: 'partner_key' })
  partnerKey: string;

  @Field(() => PartnerStatus)
  @Column({ type: 'text' })
  status: PartnerStatus;

  @Field(() => String, { nullable: true })
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

  @Field(() => [MoneyScalar], { description: "Per-currency overrides of the program's pay thresholds" })
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

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
