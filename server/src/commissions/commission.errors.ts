import { Field, ObjectType } from 'type-graphql';
import { CommissionStatus, ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';

@ObjectType({ implements: ErrorResult, description: 'The commission is not in a state that allows the action' })
export class InvalidCommissionStateError extends ErrorResult {
  code = ErrorCode.INVALID_COMMISSION_STATE;

  @Field(() => CommissionStatus, { description: "The commission's status now" })
  currentStatus: CommissionStatus;
}

@ObjectType({ implements: ErrorResult, description: "The sale is still inside the program's holding period" })
export class HoldingPeriodActiveError extends ErrorResult {
  code = ErrorCode.HOLDING_PERIOD_ACTIVE;

  @Field({ description: 'When the holding period ends and the commission can be approved' })
  payableAt: Date;
}

@ObjectType({ implements: ErrorResult, description: 'Nothing is left to reinstate: the sale was fully refunded' })
export class SaleFullyRefundedError extends ErrorResult {
  code = ErrorCode.SALE_FULLY_REFUNDED;
}
