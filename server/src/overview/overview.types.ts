import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExactMoney } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';
import { BalanceLine } from '../partners/partner.types';
import { PendingPaymentTotal } from '../payments/payment.types';
import { OverviewBucket } from './overview-rules';

export { OverviewBucket };
registerEnumType(OverviewBucket, {
  name: 'OverviewBucket',
  description: "Width of a time-series bucket, in the program's time zone (weeks start on Monday)",
  valuesConfig: {
    DAY: { description: 'One bucket per local day' },
    MONTH: { description: 'One bucket per calendar month' },
    WEEK: { description: 'One bucket per week, Monday to Sunday' },
  },
});

@ObjectType({ description: 'One bucket of one currency' })
export class OverviewPoint {
  @Field(() => Date, { description: "Start of the bucket: local midnight in the program's time zone, as an instant" })
  start: Date;

  @Field({ description: "The bucket's first day in the program's time zone (YYYY-MM-DD), for labels" })
  day: string;

  @Field(() => MoneyType, {
    description: 'Revenue from partners: referred sales (with a partner commission) that happened in the bucket, net of refunds',
  })
  revenue: ExactMoney;

  @Field(() => Int, { description: 'Referred sales that happened in the bucket' })
  salesCount: number;

  @Field(() => MoneyType, {
    description:
      'Commissions not cancelled, at their current amount: SALE commissions by the date of their sale, REWARDs by when they were given',
  })
  earned: ExactMoney;

  @Field(() => Int, { description: 'Commissions counted in earned' })
  earnedCount: number;

  @Field(() => MoneyType, { description: 'Clawbacks created in the bucket (zero or negative)' })
  clawbacks: ExactMoney;

  @Field(() => Int, { description: 'Clawbacks created in the bucket' })
  clawbackCount: number;

  @Field(() => MoneyType, { description: 'Payments recorded in the bucket and not voided' })
  payouts: ExactMoney;

  @Field(() => Int, { description: 'Payments counted in payouts' })
  payoutCount: number;
}

@ObjectType({ description: 'A time series in one currency: every bucket of the range, empty ones included' })
export class OverviewSeries {
  @Field({ description: 'ISO 4217 code of every amount of the series' })
  currency: string;

  @Field(() => [OverviewPoint], { description: 'Every bucket of the range, oldest first' })
  points: OverviewPoint[];
}

@ObjectType({ description: "Time series of a partner's own commissions, clawbacks and payouts" })
export class PartnerOverview {
  @Field(() => Date, { description: 'Start of the range (inclusive)' })
  from: Date;

  @Field(() => Date, { description: 'End of the range (exclusive)' })
  to: Date;

  @Field(() => OverviewBucket, { description: 'The bucket width used' })
  bucket: OverviewBucket;

  @Field({ description: 'The IANA time zone the buckets are cut in (the program setting)' })
  timezone: string;

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

@ObjectType({ description: 'The figures of one currency for a period and for the period of equal length just before it' })
export class PeriodComparison {
  @Field({ description: 'ISO 4217 code of every amount here' })
  currency: string;

  @Field(() => Date, { description: 'Start of the previous period (its end is the start of this one)' })
  previousFrom: Date;

  @Field(() => MoneyType, { description: 'Revenue from partners in the period (referred sales, net of refunds)' })
  revenue: ExactMoney;

  @Field(() => MoneyType, { description: 'Revenue from partners in the previous period' })
  previousRevenue: ExactMoney;

  @Field(() => MoneyType, { description: 'Commissions earned in the period (SALE and REWARD, not cancelled)' })
  commissions: ExactMoney;

  @Field(() => MoneyType, { description: 'Commissions earned in the previous period' })
  previousCommissions: ExactMoney;

  @Field(() => Int, { description: 'Referred sales in the period' })
  salesCount: number;

  @Field(() => Int, { description: 'Referred sales in the previous period' })
  previousSalesCount: number;
}

@ObjectType({ description: "One partner's figures in one currency for the period" })
export class TopPartner {
  @Field(() => ID, { description: 'The partner' })
  partnerId: string;

  @Field({ description: "The partner's name" })
  partnerName: string;

  @Field({ description: 'ISO 4217 code of every amount here' })
  currency: string;

  @Field(() => MoneyType, { description: 'Revenue from the sales they referred (net of refunds)' })
  revenue: ExactMoney;

  @Field(() => MoneyType, { description: 'Commissions earned (SALE and REWARD, not cancelled)' })
  commissions: ExactMoney;

  @Field(() => Int, { description: 'Sales they referred in the period' })
  salesCount: number;
}
