import { Field, InputType } from 'type-graphql';
import { OverviewBucket } from './overview.types';

@InputType({
  description: 'A time range [from, to) cut into buckets (UTC). Defaults: to = now; from = 30 days, 26 weeks or 12 months before `to`',
})
export class OverviewInput {
  @Field(() => Date, { nullable: true, description: 'Inclusive start' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Exclusive end' })
  to?: Date;

  @Field(() => OverviewBucket, { description: 'DAY, WEEK or MONTH' })
  bucket: OverviewBucket;
}
