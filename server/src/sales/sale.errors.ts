import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, Money } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { MoneyType } from '../common/money.types';
import { SaleField } from './sale-batch-rules';

registerEnumType(SaleField, {
  name: 'SaleField',
  description: 'A fact of a sale that must be the same when its external id is sent again',
  valuesConfig: {
    AMOUNT: { description: 'amount.amount' },
    CURRENCY: { description: 'amount.currency' },
    CUSTOMER: { description: 'customerExternalId' },
    PRODUCT: { description: 'productSku' },
  },
});

@ObjectType({
  description: "The amount's currency is not the one expected (e.g. a refund in another currency than its sale)",
  implements: ErrorResult,
})
export class CurrencyMismatchError extends ErrorResult {
  code = ErrorCode.CURRENCY_MISMATCH;

  @Field({ description: 'The currency expected (ISO 4217)' })
  expected: string;

  @Field({ description: 'The currency given (ISO 4217)' })
  received: string;
}

@ObjectType({ description: 'The refund is more than what remains refundable of the sale', implements: ErrorResult })
export class RefundExceedsSaleError extends ErrorResult {
  code = ErrorCode.REFUND_EXCEEDS_SALE;

  @Field(() => MoneyType, { description: 'What can still be refunded' })
  refundable: Money;
}

@ObjectType({ implements: ErrorResult, description: 'The refund id was already used for another sale or amount' })
export class DuplicateRefundError extends ErrorResult {
  code = ErrorCode.DUPLICATE_REFUND;
}

@ObjectType({
  implements: ErrorResult,
  description:
    'The external id was already recorded for a sale with a different amount, currency, customer or product: nothing was recorded. ' +
    'Sending the same sale again is not an error (it answers the stored sale with created: false).',
})
export class SaleConflictError extends ErrorResult {
  code = ErrorCode.SALE_CONFLICT;

  @Field(() => ID, { description: 'The sale already recorded under this external id' })
  saleId: string;

  @Field(() => [SaleField], { description: 'Which facts differ from the recorded sale' })
  fields: SaleField[];
}
