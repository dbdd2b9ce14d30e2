import { IsEmail, IsOptional, Length } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { ReferralEvent } from '@partnerbook/shared';

registerEnumType(ReferralEvent, {
  name: 'ReferralEvent',
  valuesConfig: {
    CLICK: { description: 'Came through the link; never moves the last referrer' },
    OPT_IN: { description: 'Converted (signed up / opted in); moves the last referrer' },
  },
});

@InputType()
export class TrackReferralInput {
  @Field({ description: "The merchant's id for the customer" })
  @Length(1, 200)
  customerExternalId: string;

  @Field()
  @Length(1, 64)
  partnerKey: string;

  @Field(() => ReferralEvent)
  event: ReferralEvent;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  customerName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  customerEmail?: string;
}

@InputType()
export class CustomerFilter {
  @Field({ nullable: true, description: 'Matches external id, name or email' })
  @IsOptional()
  @Length(1, 200)
  search?: string;
}
