import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExactMoney } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';
import { BalanceLine } from '../partners/partner.types';
import { PendingPaymentTotal } from '../payments/payment.types';
import { OverviewBucket } from './overview-rules';

export { OverviewBucket };
registerEnumType(OverviewBucket, { name: 'OverviewBucket', description: 'Width of a time-series bucket (UTC; weeks start on Monday)' });

@ObjectType({ description: 'One bucket of one currency' })
export class OverviewPoint {
  @Field(() => Date, { description: 'Start of the bucket (UTC)' })
  start: Date;

  @Field(() => MoneyScalar, { description: 'SALE and REWARD commissions created in the bucket and not cancelled, at their current amount' })
  earned: ExactMoney;

  @Field(() => Int)
  earnedCount: number;

  @Field(() => MoneyScalar, { description: 'Clawbacks created in the bucket (zero or negative)' })
  clawbacks: ExactMoney;

  @Field(() => Int)
  clawbackCount: number;

  @Field(() => MoneyScalar, { description: 'Payments recorded in the bucket and not voided' })
  payouts: ExactMoney;

  @Field(() => Int)
  payoutCount: number;
}

@ObjectType({ description: 'A time series in one currency: every bucket of the range, empty ones included' })
export class OverviewSeries {
  @Field()
  currency: string;

  @Field(() => [OverviewPoint])
  points: OverviewPoint[];
}

@ObjectType({ description: "Time series of a partner's own commissions, clawbacks and payouts" })
export class PartnerOverview {
  @Field(() => Date)
  from: Date;

  @Field(() => Date)
  to: Date;

  @Field(() => OverviewBucket)
  bucket: OverviewBucket;

  @Field(() => [OverviewSeries], { description: 'One series per currency that has activity in the range' })
  series: OverviewSeries[];
}

@ObjectType({ description: 'The whole program at a glance: balances, amounts due and activity over time' })
export class ProgramOverview extends PartnerOverview {
  @Field(() => [BalanceLine], { description: 'Every commission of the program per status and currency (not limited to the range)' })
  balances: BalanceLine[];

  @Field(() => [PendingPaymentTotal], { description: 'Approved balances per currency, and how many partners are eligible for payment' })
  amountsDue: PendingPaymentTotal[];
}
