import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { OneOf } from '../common/one-of';

@OneOf('SaleRef')
@InputType('SaleRef', { description: "Names a sale by exactly one of: Partnerbook's id, or your own external id" })
export class SaleRef {
  @Field(() => ID, { nullable: true, description: "Partnerbook's id of the sale" })
  id?: string;

  @Field({ nullable: true, description: 'Your id for the sale, as sent in recordSales (exact match)' })
  @IsOptional()
  @Length(1, 200)
  externalId?: string;
}
