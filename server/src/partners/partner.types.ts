import { Field, Int, ObjectType } from 'type-graphql';
import { CommissionStatus, ExactMoney } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';
import { Connection } from '../common/paging';
import { Partner } from './partner.entity';

@ObjectType({ description: "The sum of a partner's commissions in one status and currency" })
export class BalanceLine {
  @Field(() => CommissionStatus)
  status: CommissionStatus;

  @Field(() => MoneyScalar)
  total: ExactMoney;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Referral info and balances of a partner' })
export class PartnerStats {
  @Field(() => Int, { description: 'Sales that earned this partner a commission' })
  salesCount: number;

  @Field(() => [MoneyScalar], { description: 'Their gross amount, per currency' })
  salesTotals: ExactMoney[];

  @Field(() => [MoneyScalar], { description: 'Refunded so far of those sales, per currency' })
  refundedTotals: ExactMoney[];

  @Field(() => [BalanceLine], { description: 'Commissions per status and currency (clawbacks netted in)' })
  balances: BalanceLine[];
}

@ObjectType()
export class PartnerConnection extends Connection(Partner) {}
