import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { OneOf } from '../common/one-of';
import { ReferralEvent } from '@partnerbook/shared';
import { UUIDScalar } from '../common/scalars';

registerEnumType(ReferralEvent, {
  name: 'ReferralEvent',
  valuesConfig: {
    CLICK: { description: 'Came through the link; never moves the last referrer' },
    OPT_IN: { description: 'Converted (signed up / opted in); moves the last referrer' },
  },
  description: "How a customer came through a partner's referral",
});

@InputType({ description: "A customer who came through a partner's referral link" })
export class TrackReferralInput {
  @Field({ description: "The merchant's id for the customer" })
  @Length(1, 200)
  customerExternalId: string;

  @Field({ description: 'The partner key of the referral link (unknown: NOT_FOUND)' })
  @Length(1, 64)
  partnerKey: string;

  @Field(() => ReferralEvent, { description: 'CLICK or OPT_IN' })
  event: ReferralEvent;

  @Field({ description: "The customer's name, if known", nullable: true })
  @IsOptional()
  @Length(1, 200)
  customerName?: string;

  @Field({ description: "The customer's email, if known", nullable: true })
  @IsOptional()
  @IsEmail()
  customerEmail?: string;
}

@InputType({ description: 'Filters of the customer list' })
export class CustomerFilter {
  @Field({ nullable: true, description: 'Matches external id, name or email' })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}

@OneOf('CustomerRef')
@InputType('CustomerRef', { description: "Names a customer by exactly one of: Partnerbook's id, or your own external id" })
export class CustomerRef {
  @Field(() => UUIDScalar, { nullable: true, description: "Partnerbook's id of the customer" })
  id?: string;

  @Field({ nullable: true, description: 'Your id for the customer, as sent with its sales and referrals (exact match)' })
  @IsOptional()
  @Length(1, 200)
  externalId?: string;
}
