import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OneOf } from '../common/one-of';
import { UUIDScalar } from '../common/scalars';

@OneOf('SaleRef')
@InputType('SaleRef', { description: "Names a sale by exactly one of: Partnerbook's id, or your own external id" })
export class SaleRef {
  @Field(() => UUIDScalar, { nullable: true, description: "Partnerbook's id of the sale" })
  id?: string;

  @Field({ nullable: true, description: 'Your id for the sale, as sent in recordSales (exact match)' })
  @IsOptional()
  @Length(1, 200)
  externalId?: string;
}
