import { Field, ID, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ExactMoney } from '@partnerbook/shared';
import { MoneyScalar } from '../common/money.scalar';
import { Connection, PageInfo } from '../common/paging';
import { NotFoundResult } from '../common/errors';
import { Payment } from './payment.entity';
import {
  BalanceChangedError,
  IdempotencyKeyReusedError,
  MissingPaypalEmailError,
  NotEligibleError,
  PaymentNotVoidableError,
  PaymentTooLargeError,
} from './payment.errors';

@ObjectType()
export class PaymentConnection extends Connection(Payment) {}

@ObjectType({ description: 'One partner-currency balance was paid' })
export class PaymentRecorded {
  @Field(() => Payment)
  payment: Payment;
}

export const PayPartnerResult = createUnionType({
  name: 'PayPartnerResult',
  types: () =>
    [PaymentRecorded, NotEligibleError, MissingPaypalEmailError, BalanceChangedError, PaymentTooLargeError, NotFoundResult] as const,
});

export enum PayDecidedBy {
  THIS_CALL = 'THIS_CALL',
  EARLIER_CALL = 'EARLIER_CALL',
}

registerEnumType(PayDecidedBy, {
  name: 'PayDecidedBy',
  description: 'Which call of a pay request (one idempotency key) decided an item, and so paid it when it is a payment',
  valuesConfig: {
    THIS_CALL: { description: 'Decided by this call: a payment here was recorded now, so its money still has to move' },
    EARLIER_CALL: {
      description: 'Decided by an earlier (or concurrent) call with the same idempotency key: already reported once, not paid again',
    },
  },
});

@ObjectType({ description: 'What happened to one partner-currency balance of a pay request' })
export class PayPartnerItem {
  @Field(() => ID)
  partnerId: string;

  @Field()
  currency: string;

  @Field(() => PayPartnerResult)
  result: typeof PayPartnerResult;

  @Field(() => PayDecidedBy, { description: 'Whether this call or an earlier one with the same idempotency key decided (and paid) it' })
  decidedBy: PayDecidedBy;
}

@ObjectType()
export class PayPartnersPayload {
  @Field(() => [PayPartnerItem])
  items: PayPartnerItem[];

  @Field(() => Int, { description: 'Payments in this answer: paidNowCount + paidEarlierCount' })
  paidCount: number;

  @Field(() => Int, { description: 'Payments recorded by this call' })
  paidNowCount: number;

  @Field(() => Int, { description: 'Payments recorded by an earlier call with the same idempotency key (not paid again)' })
  paidEarlierCount: number;

  @Field(() => Int)
  failedCount: number;

  @Field(() => [MoneyScalar], { description: 'The amounts of every payment in this answer, per currency (now and earlier)' })
  paidTotals: ExactMoney[];

  @Field(() => [MoneyScalar], { description: 'The amounts paid by this call, per currency' })
  paidNowTotals: ExactMoney[];

  @Field(() => [MoneyScalar], { description: 'The amounts paid by earlier calls with the same idempotency key, per currency' })
  paidEarlierTotals: ExactMoney[];

  @Field({
    description:
      'true when this call decided nothing: every item was decided by earlier calls with the same idempotency key, nothing new paid. ' +
      "A retry that completes a cut request is not a replay: see each item's decidedBy and paidNowCount",
  })
  replayed: boolean;
}

export const PayPartnersResult = createUnionType({
  name: 'PayPartnersResult',
  types: () => [PayPartnersPayload, IdempotencyKeyReusedError] as const,
});

export const VoidPaymentResult = createUnionType({
  name: 'VoidPaymentResult',
  types: () => [Payment, PaymentNotVoidableError] as const,
});

@ObjectType({ description: "A partner's approved balance in one currency: what paying them now would cover" })
export class PendingPayment {
  @Field(() => ID)
  partnerId: string;

  @Field()
  currency: string;

  @Field(() => MoneyScalar, { description: 'Approved commissions, rewards and clawbacks netted; negative is a debt carried forward' })
  balance: ExactMoney;

  @Field(() => Int)
  commissionCount: number;

  @Field(() => MoneyScalar, { description: 'Partner override, else program threshold, else 0' })
  threshold: ExactMoney;

  @Field({ description: 'balance ≥ threshold and balance > 0' })
  eligible: boolean;

  @Field(() => String, { nullable: true })
  paypalEmail: string | null;
}

@ObjectType({ description: 'Pending payments of one currency, over all pages' })
export class PendingPaymentTotal {
  @Field()
  currency: string;

  @Field(() => MoneyScalar, { description: 'Sum of the listed balances (debts included)' })
  balance: ExactMoney;

  @Field(() => Int)
  partnerCount: number;

  @Field(() => MoneyScalar, { description: 'Sum of the eligible balances: what paying all eligible partners would pay' })
  eligibleBalance: ExactMoney;

  @Field(() => Int)
  eligibleCount: number;
}

@ObjectType()
export class PendingPaymentConnection {
  @Field(() => [PendingPayment])
  nodes: PendingPayment[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => [PendingPaymentTotal], { description: 'Per currency, over all pages' })
  totals: PendingPaymentTotal[];
}
