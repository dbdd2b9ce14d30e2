import { IsEmail, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CommissionRuleType, Money, PartnerStatus } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';

@InputType({ description: 'A percentage (rateBps) or a flat amount (flatAmount) per sale' })
export class CommissionRuleInput {
  @Field(() => CommissionRuleType)
  type: CommissionRuleType;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  rateBps?: number;

  @Field(() => MoneyScalar, { nullable: true })
  flatAmount?: Money;
}

@InputType()
export class CreatePartnerInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field({ description: 'Letters, digits, - and _; unique in the program' })
  @Matches(/^[A-Za-z0-9_-]{2,64}$/, { message: 'partnerKey must be 2–64 letters, digits, - or _' })
  partnerKey: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  paypalEmail?: string | null;

  @Field(() => [MoneyScalar], { nullable: true })
  payThresholdOverrides?: Money[];

  @Field(() => CommissionRuleInput, { nullable: true })
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

@InputType()
export class UpdatePartnerInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => PartnerStatus, { nullable: true })
  status?: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsEmail()
  paypalEmail?: string | null;

  @Field(() => [MoneyScalar], { nullable: true })
  payThresholdOverrides?: Money[];

  @Field(() => CommissionRuleInput, { nullable: true, description: 'null removes the override' })
  commissionOverride?: CommissionRuleInput | null;
}

@InputType()
export class PartnerFilter {
  @Field({ nullable: true, description: 'Matches name, email or partner key' })
  @IsOptional()
  @Length(1, 200)
  search?: string;

  @Field(() => PartnerStatus, { nullable: true })
  status?: PartnerStatus;
}

@InputType({ description: 'Where the partner is paid; the password again, so a stolen session cannot redirect payouts' })
export class ChangeMyPayoutDetailsInput {
  @Field(() => String, { nullable: true, description: 'The PayPal email to be paid at; null or empty removes it' })
  @IsOptional()
  @Length(0, 320)
  paypalEmail?: string | null;

  @Field()
  @Length(1, 200)
  currentPassword: string;
}
