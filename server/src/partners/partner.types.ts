import { Field, Int, ObjectType, createUnionType } from 'type-graphql';
import { CommissionStatus, ErrorCode, ExactMoney } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { InvalidCredentialsError, TooManyAttemptsError } from '../auth/auth.types';
import { MoneyType } from '../common/money.types';
import { Connection } from '../common/paging';
import { Partner } from './partner.entity';

@ObjectType({ description: "The sum of a partner's commissions in one status and currency" })
export class BalanceLine {
  @Field(() => CommissionStatus, { description: "The commissions' status" })
  status: CommissionStatus;

  @Field(() => MoneyType, { description: 'Their sum (integer minor units with its currency)' })
  total: ExactMoney;

  @Field(() => Int, { description: 'Number of commissions in this status and currency' })
  count: number;
}

@ObjectType({ description: 'Referral info and balances of a partner' })
export class PartnerStats {
  @Field(() => Int, { description: 'Sales that earned this partner a commission' })
  salesCount: number;

  @Field(() => [MoneyType], { description: 'Their gross amount, per currency' })
  salesTotals: ExactMoney[];

  @Field(() => [MoneyType], { description: 'Refunded so far of those sales, per currency' })
  refundedTotals: ExactMoney[];

  @Field(() => [BalanceLine], { description: 'Commissions per status and currency (clawbacks netted in)' })
  balances: BalanceLine[];
}

@ObjectType({ description: 'A page of partners, newest first (Relay connection)' })
export class PartnerConnection extends Connection(Partner) {}

@ObjectType({ implements: ErrorResult, description: 'The partner is suspended: they can read, not change payout details' })
export class PartnerSuspendedError extends ErrorResult {
  code = ErrorCode.PARTNER_SUSPENDED;
}

@ObjectType({ description: 'The payout details are saved (changed is false when they were already so)' })
export class PayoutDetailsChanged {
  @Field(() => Partner, { description: 'The partner with their payout details now' })
  partner: Partner;

  @Field({ description: 'False when nothing differed' })
  changed: boolean;
}

export const ChangeMyPayoutDetailsResult = createUnionType({
  name: 'ChangeMyPayoutDetailsResult',
  types: () => [PayoutDetailsChanged, InvalidCredentialsError, TooManyAttemptsError, PartnerSuspendedError] as const,
  description: 'PayoutDetailsChanged, or InvalidCredentialsError, PartnerSuspendedError, TooManyAttemptsError',
});
