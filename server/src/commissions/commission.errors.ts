import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { CommissionStatus, ErrorCode } from '@partnerbook/shared';
import { ErrorResult } from '../common/errors';
import { Commission } from './commission.entity';

@ObjectType({ implements: ErrorResult })
export class CommissionNotFoundError extends ErrorResult {
  code = ErrorCode.COMMISSION_NOT_FOUND;

  @Field(() => ID)
  commissionId: string;
}

@ObjectType({ implements: ErrorResult, description: 'The commission is not in a state that allows the action' })
export class InvalidCommissionStateError extends ErrorResult {
  code = ErrorCode.INVALID_COMMISSION_STATE;

  @Field(() => CommissionStatus)
  currentStatus: CommissionStatus;
}

@ObjectType({ implements: ErrorResult, description: "The sale is still inside the program's holding period" })
export class HoldingPeriodActiveError extends ErrorResult {
  code = ErrorCode.HOLDING_PERIOD_ACTIVE;

  @Field()
  payableAt: Date;
}

@ObjectType({ implements: ErrorResult, description: 'Nothing is left to reinstate: the sale was fully refunded' })
export class SaleFullyRefundedError extends ErrorResult {
  code = ErrorCode.SALE_FULLY_REFUNDED;
}

export const CommissionActionResult = createUnionType({
  name: 'CommissionActionResult',
  types: () =>
    [Commission, CommissionNotFoundError, InvalidCommissionStateError, HoldingPeriodActiveError, SaleFullyRefundedError] as const,
});

@ObjectType({ description: 'What happened to one commission of a bulk action' })
export class CommissionActionItem {
  @Field(() => ID)
  commissionId: string;

  @Field(() => CommissionActionResult)
  result: typeof CommissionActionResult;
}

@ObjectType({ description: 'How many commissions failed with one error code' })
export class CommissionFailureCount {
  @Field(() => ErrorCode)
  code: ErrorCode;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description:
    'What a bulk action did. Selected by ids: one item per id, in the order given. Selected by filter (any number of ' +
    'commissions, handled 1,000 per transaction): the failures only — the first 1,000 as items, all of them in the counts.',
})
export class CommissionActionPayload {
  @Field(() => [CommissionActionItem], {
    description:
      'By ids: every selected commission. By filter: the commissions the action failed on (at most 1,000; see unreportedFailures)',
  })
  items: CommissionActionItem[];

  @Field(() => Int, { description: 'How many succeeded' })
  succeeded: number;

  @Field(() => Int, { description: 'How many failed (each with an error: wrong state, holding period, not found, …)' })
  failed: number;

  @Field(() => Int, {
    description: 'Failures counted in `failed` but not listed in `items` (only past 1,000 failures of a filter selection)',
  })
  unreportedFailures: number;

  @Field(() => [CommissionFailureCount], { description: 'Every failure, counted by error code' })
  failureCounts: CommissionFailureCount[];
}
