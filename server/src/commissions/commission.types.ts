import { Field, ID, Int, ObjectType, createUnionType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';
import { NotFoundErrorResult } from '../common/errors';
import { Connection } from '../common/paging';
import { Commission } from './commission.entity';
import { HoldingPeriodActiveError, InvalidCommissionStateError, SaleFullyRefundedError } from './commission.errors';

@ObjectType({ description: 'A page of commissions (Relay connection)' })
export class CommissionConnection extends Connection(Commission) {}

export const CommissionActionResult = createUnionType({
  name: 'CommissionActionResult',
  types: () => [Commission, NotFoundErrorResult, InvalidCommissionStateError, HoldingPeriodActiveError, SaleFullyRefundedError] as const,
  description:
    'The commission after the action, or why not: NotFoundError, HoldingPeriodActiveError, InvalidCommissionStateError, SaleFullyRefundedError',
});

@ObjectType({ description: 'What happened to one commission of a bulk action' })
export class CommissionActionItem {
  @Field(() => ID, { description: 'The commission acted on' })
  commissionId: string;

  @Field(() => CommissionActionResult, { description: 'The commission as it is now, or why the action did not apply to it' })
  result: typeof CommissionActionResult;
}

@ObjectType({ description: 'How many commissions failed with one error code' })
export class CommissionFailureCount {
  @Field(() => ErrorCode, { description: 'Why they failed' })
  code: ErrorCode;

  @Field(() => Int, { description: 'How many commissions failed with this code' })
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
