import { Field, ID, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ExactMoney, PayBlockReason, PaymentMethod } from '@partnerbook/shared';
import { MoneyType } from '../common/money.types';
import { Connection } from '../common/paging';
import { NotFoundErrorResult } from '../common/errors';
import { Payment } from './payment.entity';
import {
  BalanceChangedError,
  IdempotencyKeyReusedError,
  MissingPaypalEmailError,
  NoPayoutMethodError,
  NotEligibleError,
  PaymentNotVoidableError,
  PaymentTooLargeError,
} from './payment.errors';

@ObjectType({ description: 'A page of payments, newest first (Relay connection)' })
export class PaymentConnection extends Connection(Payment) {}

@ObjectType({ description: 'One partner-currency balance was paid' })
export class PaymentRecorded {
  @Field(() => Payment, { description: 'The payment recorded' })
  payment: Payment;
}

export const PayPartnerResult = createUnionType({
  name: 'PayPartnerResult',
  types: () =>
    [
      PaymentRecorded,
      NotEligibleError,
      MissingPaypalEmailError,
      NoPayoutMethodError,
      BalanceChangedError,
      PaymentTooLargeError,
      NotFoundErrorResult,
    ] as const,
  description:
    'PaymentRecorded, or why not: NotEligibleError, MissingPaypalEmailError, NoPayoutMethodError, BalanceChangedError, PaymentTooLargeError, NotFoundError',
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
  @Field(() => ID, { description: 'The partner' })
  partnerId: string;

  @Field({ description: 'ISO 4217 code of the balance' })
  currency: string;

  @Field(() => PayPartnerResult, { description: 'PaymentRecorded, or why it was not paid' })
  result: typeof PayPartnerResult;

  @Field(() => PayDecidedBy, { description: 'Whether this call or an earlier one with the same idempotency key decided (and paid) it' })
  decidedBy: PayDecidedBy;
}

@ObjectType({ description: 'What a pay request did, per partner and currency, with totals' })
export class PayPartnersPayload {
  @Field(() => [PayPartnerItem], { description: 'One per partner-currency balance considered' })
  items: PayPartnerItem[];

  @Field(() => Int, { description: 'Payments in this answer: paidNowCount + paidEarlierCount' })
  paidCount: number;

  @Field(() => Int, { description: 'Payments recorded by this call' })
  paidNowCount: number;

  @Field(() => Int, { description: 'Payments recorded by an earlier call with the same idempotency key (not paid again)' })
  paidEarlierCount: number;

  @Field(() => Int, { description: 'Items not paid (each says why)' })
  failedCount: number;

  @Field(() => [MoneyType], { description: 'The amounts of every payment in this answer, per currency (now and earlier)' })
  paidTotals: ExactMoney[];

  @Field(() => [MoneyType], { description: 'The amounts paid by this call, per currency' })
  paidNowTotals: ExactMoney[];

  @Field(() => [MoneyType], { description: 'The amounts paid by earlier calls with the same idempotency key, per currency' })
  paidEarlierTotals: ExactMoney[];

  @Field({
    description:
      'True when this call decided nothing: every item was decided by earlier calls with the same idempotency key, nothing new paid. ' +
      "A retry that completes a cut request is not a replay: see each item's decidedBy and paidNowCount",
  })
  replayed: boolean;
}

export const PayPartnersResult = createUnionType({
  name: 'PayPartnersResult',
  types: () => [PayPartnersPayload, IdempotencyKeyReusedError] as const,
  description: 'PayPartnersPayload, or IdempotencyKeyReusedError (the key was used with a different input)',
});

export const VoidPaymentResult = createUnionType({
  name: 'VoidPaymentResult',
  types: () => [Payment, PaymentNotVoidableError] as const,
  description: 'The voided payment, or PaymentNotVoidableError',
});

@ObjectType({ description: "A partner's approved balance in one currency: what paying them now would cover" })
export class PendingPayment {
  @Field(() => ID, { description: 'The partner' })
  partnerId: string;

  @Field({ description: 'ISO 4217 code of the balance' })
  currency: string;

  @Field(() => MoneyType, { description: 'Approved commissions, rewards and clawbacks netted; negative is a debt carried forward' })
  balance: ExactMoney;

  @Field(() => Int, { description: 'Approved commissions (with rewards and clawbacks) in the balance' })
  commissionCount: number;

  @Field(() => MoneyType, { description: 'Partner override, else program threshold, else 0' })
  threshold: ExactMoney;

  @Field({ description: 'Whether a pay run pays it now: balance ≥ threshold and balance > 0' })
  eligible: boolean;

  @Field(() => String, { description: 'Their PayPal email; null if none', nullable: true })
  paypalEmail: string | null;

  @Field(() => PaymentMethod, { nullable: true, description: "The partner's payout method: a pay run records this one; null: none set" })
  payoutMethod: PaymentMethod | null;
}

@ObjectType({ description: 'Pending payments of one currency, over all pages' })
export class PendingPaymentTotal {
  @Field({ description: 'ISO 4217 code of the sums' })
  currency: string;

  @Field(() => MoneyType, { description: 'Sum of the listed balances (debts included)' })
  balance: ExactMoney;

  @Field(() => Int, { description: 'How many partners have a balance in this currency' })
  partnerCount: number;

  @Field(() => MoneyType, { description: 'Sum of the eligible balances: what paying all eligible partners would pay' })
  eligibleBalance: ExactMoney;

  @Field(() => Int, { description: 'How many partners are eligible for payment' })
  eligibleCount: number;
}

@ObjectType({ description: 'A page of pending payments, by partner name then currency, with totals over all pages (Relay connection)' })
export class PendingPaymentConnection extends Connection(PendingPayment) {
  @Field(() => [PendingPaymentTotal], { description: 'Per currency, over all pages' })
  totals: PendingPaymentTotal[];
}

registerEnumType(PayBlockReason, {
  name: 'PayBlockReason',
  description: 'Why a pay run leaves a partner-currency balance unpaid',
  valuesConfig: {
    NOT_POSITIVE: { description: 'Nothing due: the approved balance is zero or a debt' },
    BELOW_THRESHOLD: { description: 'Below the pay threshold; payable only with allowBelowThreshold' },
    NO_PAYOUT_METHOD: { description: 'The partner has no payout method set' },
    MISSING_PAYPAL_EMAIL: { description: 'Paid by PayPal, but no PayPal email is on file' },
    TOO_LARGE: { description: 'Beyond what one payment can record' },
    NOT_FOUND: { description: 'Not a partner of the program' },
  },
});

@ObjectType({ description: 'One partner-currency balance in a pay preview: paid by `method`, or not paid because of `reason`' })
export class PayPreviewItem {
  @Field(() => ID, { description: 'The partner' })
  partnerId: string;

  @Field(() => String, { nullable: true, description: "The partner's name; null for an unknown partner" })
  partnerName: string | null;

  @Field({ description: 'ISO 4217 code of the balance' })
  currency: string;

  @Field(() => MoneyType, { description: 'The approved balance: exactly what a payment would record (pass it as expectedBalances)' })
  balance: ExactMoney;

  @Field(() => MoneyType, { description: 'The pay threshold that applies (integer minor units with its currency)' })
  threshold: ExactMoney;

  @Field(() => Int, { description: 'Approved commissions (with rewards and clawbacks) in the balance' })
  commissionCount: number;

  @Field(() => PaymentMethod, { nullable: true, description: "The partner's own payout method" })
  payoutMethod: PaymentMethod | null;

  @Field(() => String, { description: 'Their PayPal email; null if none', nullable: true })
  paypalEmail: string | null;

  @Field({ description: 'Payout details changed in the last 48 hours: check before paying' })
  payoutDetailsChangedRecently: boolean;

  @Field(() => PaymentMethod, { nullable: true, description: 'The method the payment would be recorded with; null when not paid' })
  method: PaymentMethod | null;

  @Field(() => PayBlockReason, { nullable: true, description: 'Why it would not be paid; null when paid' })
  reason: PayBlockReason | null;
}

@ObjectType({ description: 'The payments of a pay preview recorded with one method' })
export class PayPreviewGroup {
  @Field(() => PaymentMethod, { description: 'The payout method' })
  method: PaymentMethod;

  @Field(() => Int, { description: 'How many partners' })
  partnerCount: number;

  @Field(() => [MoneyType], { description: 'Per currency' })
  totals: ExactMoney[];

  @Field(() => [PayPreviewItem], { description: 'The balances paid with this method' })
  items: PayPreviewItem[];
}

@ObjectType({ description: 'What payPartners would do now with the same selection, decided by the same rules, without paying' })
export class PayPreview {
  @Field(() => [PayPreviewGroup], { description: 'What would be paid, grouped by method (PayPal, bank transfer, other)' })
  groups: PayPreviewGroup[];

  @Field(() => [PayPreviewItem], { description: 'What would not be paid, each with its reason' })
  blocked: PayPreviewItem[];

  @Field(() => Int, { description: 'How many payments would be recorded' })
  payableCount: number;

  @Field(() => Int, { description: 'How many balances would not be paid' })
  blockedCount: number;

  @Field(() => [MoneyType], { description: 'Per currency: exactly the amounts a pay run with these balances records' })
  totals: ExactMoney[];
}
