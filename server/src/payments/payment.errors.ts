import { Field, ObjectType } from 'type-graphql';
import { ErrorCode, ExactMoney } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { MoneyType } from '../common/money.types';

@ObjectType({
  implements: ErrorResult,
  description: 'The balance is zero or negative, or below the threshold (without allowBelowThreshold)',
})
export class NotEligibleError extends ErrorResult {
  code = ErrorCode.NOT_ELIGIBLE;

  @Field(() => MoneyType, { description: 'The approved balance at the time; negative is a debt carried forward' })
  balance: ExactMoney;

  @Field(() => MoneyType, { description: 'The pay threshold that applies (integer minor units with its currency)' })
  threshold: ExactMoney;
}

@ObjectType({ implements: ErrorResult, description: "A PayPal payment needs the partner's PayPal email" })
export class MissingPaypalEmailError extends ErrorResult {
  code = ErrorCode.MISSING_PAYPAL_EMAIL;
}

@ObjectType({ implements: ErrorResult, description: 'The partner has no payout method: they (or an admin) set one, then pay them' })
export class NoPayoutMethodError extends ErrorResult {
  code = ErrorCode.NO_PAYOUT_METHOD;
}

@ObjectType({ implements: ErrorResult, description: 'The approved balance is not the one the merchant expected: review it again' })
export class BalanceChangedError extends ErrorResult {
  code = ErrorCode.BALANCE_CHANGED;

  @Field(() => MoneyType, { description: 'The balance the request expected (integer minor units with its currency)' })
  expected: ExactMoney;

  @Field(() => MoneyType, { description: 'The approved balance now (integer minor units with its currency)' })
  actual: ExactMoney;
}

@ObjectType({
  implements: ErrorResult,
  description: 'The balance is beyond what one payment can record (9223372036854775807 minor units): nothing is paid',
})
export class PaymentTooLargeError extends ErrorResult {
  code = ErrorCode.PAYMENT_TOO_LARGE;

  @Field(() => MoneyType, { description: 'The balance that could not be paid (integer minor units with its currency)' })
  balance: ExactMoney;

  @Field(() => MoneyType, { description: 'The largest amount one payment can record' })
  maximum: ExactMoney;
}

@ObjectType({ implements: ErrorResult, description: 'The idempotency key was already used for a different pay request' })
export class IdempotencyKeyReusedError extends ErrorResult {
  code = ErrorCode.IDEMPOTENCY_KEY_REUSED;

  @Field({ description: 'The key that was reused' })
  idempotencyKey: string;
}

@ObjectType({ implements: ErrorResult, description: 'Already voided, or one of its commissions has been clawed back' })
export class PaymentNotVoidableError extends ErrorResult {
  code = ErrorCode.PAYMENT_NOT_VOIDABLE;
}
