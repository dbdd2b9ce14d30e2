import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Attribution } from '@partnerbook/shared';
import { CommissionRuleInput } from '../partners/partner.inputs';
import { UUIDScalar } from '../common/scalars';

@InputType()
export class CreateProductInput {
  @Field()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'sku must be 1–64 letters, digits, ., - or _' })
  sku: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field({ defaultValue: true })
  commissionable: boolean = true;

  @Field(() => CommissionRuleInput)
  rule: CommissionRuleInput;

  @Field(() => Attribution, { nullable: true, description: 'Unset: the program default' })
  attribution?: Attribution | null;
}

@InputType()
export class UpdateProductInput {
  @Field(() => UUIDScalar)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  commissionable?: boolean;

  @Field(() => CommissionRuleInput, { nullable: true })
  rule?: CommissionRuleInput;

  @Field(() => Attribution, { nullable: true })
  attribution?: Attribution | null;
}
