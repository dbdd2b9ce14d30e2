import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExactMoney } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';

export enum PayBlocker {
  NO_PAYOUT_DETAILS = 'NO_PAYOUT_DETAILS',
  BELOW_THRESHOLD = 'BELOW_THRESHOLD',
  NEGATIVE_BALANCE = 'NEGATIVE_BALANCE',
}
registerEnumType(PayBlocker, {
  name: 'PayBlocker',
  description:
    'Why a partner is not paid now: no payout method (or PayPal without an email), approved balance below their threshold, or a debt from clawbacks. A suspended partner earns nothing new, but what they earned before is still paid.',
  valuesConfig: {
    BELOW_THRESHOLD: { description: 'The approved balance is below their pay threshold' },
    NEGATIVE_BALANCE: { description: 'The approved balance is zero or a debt (clawbacks of refunded sales exceed what is approved)' },
    NO_PAYOUT_DETAILS: { description: 'No payout method, or PayPal without a PayPal email' },
  },
});

@ObjectType({ description: 'PENDING commissions of one currency whose holding period is over: they can be approved now' })
export class ReadyToApprove {
  @Field({ description: 'ISO 4217 code of the total' })
  currency: string;

  @Field(() => Int, { description: 'How many commissions' })
  count: number;

  @Field(() => MoneyType, { description: 'Their sum (integer minor units with its currency)' })
  total: ExactMoney;
}

@ObjectType({ description: 'A partner with an approved balance above zero in one currency who would not be paid now, and why' })
export class UnpayablePartner {
  @Field(() => ID, { description: 'The partner' })
  partnerId: string;

  @Field({ description: "The partner's name" })
  partnerName: string;

  @Field(() => MoneyType, { description: 'Approved balance' })
  balance: ExactMoney;

  @Field(() => MoneyType, { description: 'The threshold that applies (partner override, else program)' })
  threshold: ExactMoney;

  @Field(() => [PayBlocker], { description: 'Why they would not be paid (one or more)' })
  reasons: PayBlocker[];
}

@ObjectType({ description: 'What a merchant should look at now' })
export class NeedsAttention {
  @Field(() => [ReadyToApprove], { description: 'Per currency; empty when nothing is ready' })
  readyToApprove: ReadyToApprove[];

  @Field(() => [UnpayablePartner], { description: 'The first of them, largest balance first' })
  unpayable: UnpayablePartner[];

  @Field(() => Int, { description: 'How many (partner, currency) balances cannot be paid in all' })
  unpayableCount: number;

  @Field(() => Int, { description: 'Emails in the outbox that failed for good' })
  failedEmailCount: number;
}

@ObjectType({ description: 'Commissions that leave their holding period on one day (program time zone)' })
export class HoldingRelease {
  @Field({ description: 'The day, YYYY-MM-DD in the program time zone' })
  day: string;

  @Field(() => Date, { description: 'When the first of them clears' })
  at: Date;

  @Field(() => MoneyType, { description: 'Their sum (integer minor units with its currency)' })
  amount: ExactMoney;

  @Field(() => Int, { description: 'How many commissions clear that day' })
  count: number;
}

@ObjectType({ description: "The signed-in partner's next payment in one currency: what is due, what holds it back, what is coming" })
export class NextPayment {
  @Field({ description: 'ISO 4217 code of this payment' })
  currency: string;

  @Field(() => MoneyType, { description: 'Approved commissions, rewards and clawbacks netted: what a payment now would be' })
  balance: ExactMoney;

  @Field(() => MoneyType, { description: 'The pay threshold that applies to them' })
  threshold: ExactMoney;

  @Field({ description: 'Paid in the next payout: balance above zero and at or above the threshold, payout details set, not suspended' })
  eligible: boolean;

  @Field(() => [PayBlocker], { description: 'Why not (empty when eligible)' })
  blockers: PayBlocker[];

  @Field(() => MoneyType, { description: 'Approved clawbacks (negative) netted in the balance: refunds of sales already paid' })
  clawbacks: ExactMoney;

  @Field(() => MoneyType, { description: 'PENDING commissions still in their holding period' })
  holding: ExactMoney;

  @Field(() => Int, { description: 'How many commissions are still in their holding period' })
  holdingCount: number;

  @Field(() => MoneyType, { description: 'PENDING commissions past their holding period, waiting for the merchant to approve them' })
  awaitingApproval: ExactMoney;

  @Field(() => [HoldingRelease], { description: 'The next days on which held commissions clear (at most 5)' })
  releases: HoldingRelease[];
}
