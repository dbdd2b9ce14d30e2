import { IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Attribution } from '@partnerbook/shared';
import { CommissionRuleInput } from '../partners/partner.inputs';
import { UUIDScalar } from '../common/scalars';

@InputType({ description: 'A new product' })
export class CreateProductInput {
  @Field({ description: 'Your product code, unique in the program; sales name the product by it' })
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'sku must be 1–64 letters, digits, ., - or _' })
  sku: string;

  @Field({ description: 'Its name' })
  @Length(1, 200)
  name: string;

  @Field({ description: 'Whether its sales earn commissions', defaultValue: true })
  commissionable: boolean = true;

  @Field(() => CommissionRuleInput, { description: 'How its sales pay partners' })
  rule: CommissionRuleInput;

  @Field(() => Attribution, { nullable: true, description: 'Unset: the program default' })
  attribution?: Attribution | null;
}

@InputType({ description: 'Changes to a product: absent fields stay as they are' })
export class UpdateProductInput {
  @Field(() => UUIDScalar, { description: 'The product' })
  id: string;

  @Field({ description: 'Its name', nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ description: 'Whether its sales earn commissions', nullable: true })
  commissionable?: boolean;

  @Field(() => CommissionRuleInput, { description: 'How its sales pay partners', nullable: true })
  rule?: CommissionRuleInput;

  @Field(() => Attribution, { description: 'Which referrer its sales pay; null: the program default', nullable: true })
  attribution?: Attribution | null;
}
