import { IsEmail, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/paging';
import { CommissionRuleType, Money, PartnerStatus, PaymentMethod } from '@partnerbook/shared';
import { MoneyInput } from '../common/money.types';
import { UUIDScalar } from '../common/scalars';

@InputType({ description: 'A percentage (rateBps) or a flat amount (flatAmount) per sale' })
export class CommissionRuleInput {
  @Field(() => CommissionRuleType, { description: 'PERCENT (give rateBps) or FLAT (give flatAmount)' })
  type: CommissionRuleType;

  @Field(() => Int, { description: 'For PERCENT: basis points (1250 = 12.5 %)', nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  rateBps?: number;

  @Field(() => MoneyInput, {
    description: 'For FLAT: the amount per sale (integer minor units with its currency), positive',
    nullable: true,
  })
  flatAmount?: Money;
}

@InputType({ description: 'A new partner, ACTIVE at once; they are emailed a link to set their password' })
export class CreatePartnerInput {
  @Field({ description: 'Their name' })
  @Length(1, 200)
  name: string;

  @Field({ description: 'Their email: their login, and where the program writes' })
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field({ description: 'Letters, digits, - and _; unique in the program' })
  @Matches(/^[A-Za-z0-9_-]{2,64}$/, { message: 'partnerKey must be 2–64 letters, digits, - or _' })
  partnerKey: string;

  @Field(() => String, { description: 'The PayPal email to pay them at (makes their payout method PAYPAL)', nullable: true })
  @IsOptional()
  @IsEmail()
  paypalEmail?: string | null;

  @Field(() => [MoneyInput], {
    description: "Per-currency pay thresholds replacing the program's (integer minor units with currency)",
    nullable: true,
  })
  payThresholdOverrides?: Money[];

  @Field(() => CommissionRuleInput, { description: 'A rule that replaces the product rules for this partner', nullable: true })
  commissionOverride?: CommissionRuleInput | null;

  @Field({
    nullable: true,
    deprecationReason: 'Leave it out: the partner is emailed a link to choose their own password',
    description: "Sets the partner's portal login password directly (demo seeds and tests)",
  })
  @IsOptional()
  @Length(10, 200)
  password?: string;
}

@InputType({ description: 'Changes to a partner: absent fields stay as they are' })
export class UpdatePartnerInput {
  @Field(() => UUIDScalar, { description: 'The partner' })
  id: string;

  @Field({ description: 'Their name', nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ description: 'Their email (login and where the program writes)', nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => PartnerStatus, { description: 'ACTIVE or SUSPENDED', nullable: true })
  status?: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsEmail()
  paypalEmail?: string | null;

  @Field(() => [MoneyInput], {
    description: 'Replaces their per-currency pay thresholds (integer minor units with currency); empty removes them',
    nullable: true,
  })
  payThresholdOverrides?: Money[];

  @Field(() => CommissionRuleInput, { nullable: true, description: 'null removes the override' })
  commissionOverride?: CommissionRuleInput | null;
}

@InputType({ description: 'Filters of the partner list; all given must match' })
export class PartnerFilter {
  @Field({ nullable: true, description: 'Matches name, email or partner key' })
  @IsOptional()
  @Length(1, 200)
  search?: string;

  @Field(() => PartnerStatus, { description: 'Only this status', nullable: true })
  status?: PartnerStatus;
}

export enum PartnerSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(PartnerSortField, {
  name: 'PartnerSortField',
  description: 'What a partner list can be sorted by',
  valuesConfig: {
    NAME: { description: 'Name, ignoring case' },
    EMAIL: { description: 'Email, ignoring case' },
    CREATED_AT: { description: 'When the partner was added (the default, newest first)' },
  },
});

@InputType({ description: 'The order of a partner list; ties are broken by id, in the same direction' })
export class PartnerSort {
  @Field(() => PartnerSortField, { defaultValue: PartnerSortField.CREATED_AT, description: 'The key to sort by' })
  field: PartnerSortField = PartnerSortField.CREATED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'ASC or DESC (the default, largest or newest first)' })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'A bank account: the holder and an IBAN, or an account number with a routing/SWIFT code' })
export class BankTransferDetailsInput {
  @Field(() => String, { description: "The account holder's name (required when the method is BANK_TRANSFER)", nullable: true })
  @IsOptional()
  @MaxLength(200)
  accountHolder?: string | null;

  @Field(() => String, { nullable: true, description: 'Spaces allowed; its checksum is verified' })
  @IsOptional()
  @MaxLength(64)
  iban?: string | null;

  @Field(() => String, { nullable: true, description: 'With routingCode, for accounts without an IBAN' })
  @IsOptional()
  @MaxLength(64)
  accountNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'SWIFT/BIC (8 or 11), ABA routing number (9 digits) or sort code (6 digits)' })
  @IsOptional()
  @MaxLength(64)
  routingCode?: string | null;
}

/** The fields of a payout method, shared by the partner's and the merchant's inputs (not in the schema itself). */
@InputType('PayoutMethodFields')
export class PayoutMethodFields {
  @Field(() => PaymentMethod, {
    nullable: true,
    description:
      'How to be paid, with its details: PAYPAL needs paypalEmail, BANK_TRANSFER bankTransfer, OTHER instructions. Left out: only paypalEmail changes (and a first PayPal email makes the method PAYPAL)',
  })
  method?: PaymentMethod | null;

  @Field(() => String, { nullable: true, description: 'The PayPal email to be paid at; null or empty removes it' })
  @IsOptional()
  @Length(0, 320)
  paypalEmail?: string | null;

  @Field(() => BankTransferDetailsInput, { description: 'For BANK_TRANSFER: the account to pay into', nullable: true })
  @IsOptional()
  bankTransfer?: BankTransferDetailsInput | null;

  @Field(() => String, { nullable: true, description: 'For OTHER: how the partner wants to be paid (at most 500 characters)' })
  @IsOptional()
  @MaxLength(2000)
  instructions?: string | null;
}

@InputType({ description: 'A merchant sets how a partner is paid (audited; the partner is emailed)' })
export class SetPartnerPayoutMethodInput extends PayoutMethodFields {
  @Field(() => UUIDScalar, { description: 'The partner' })
  partnerId: string;
}

@InputType({ description: 'Where the partner is paid; the password again, so a stolen session cannot redirect payouts' })
export class ChangeMyPayoutDetailsInput extends PayoutMethodFields {
  @Field({ description: "The partner's current password (wrong: InvalidCredentialsError; too many tries: TooManyAttemptsError)" })
  @Length(1, 200)
  currentPassword: string;
}
