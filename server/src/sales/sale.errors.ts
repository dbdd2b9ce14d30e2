import { Field, ObjectType } from 'type-graphql';
import { ErrorCode, Money } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { MoneyScalar } from '../common/money.scalar';

@ObjectType({ implements: ErrorResult })
export class ProductNotFoundError extends ErrorResult {
  code = ErrorCode.PRODUCT_NOT_FOUND;

  @Field()
  sku: string;
}

@ObjectType({ implements: ErrorResult })
export class PartnerNotFoundError extends ErrorResult {
  code = ErrorCode.PARTNER_NOT_FOUND;

  @Field()
  partnerKey: string;
}

@ObjectType({ implements: ErrorResult })
export class CurrencyMismatchError extends ErrorResult {
  code = ErrorCode.CURRENCY_MISMATCH;

  @Field()
  expected: string;

  @Field()
  received: string;
}

@ObjectType({ implements: ErrorResult })
export class RefundExceedsSaleError extends ErrorResult {
  code = ErrorCode.REFUND_EXCEEDS_SALE;

  @Field(() => MoneyScalar, { description: 'What can still be refunded' })
  refundable: Money;
}

@ObjectType({ implements: ErrorResult, description: 'The refund id was already used for another sale or amount' })
export class DuplicateRefundError extends ErrorResult {
  code = ErrorCode.DUPLICATE_REFUND;
}
