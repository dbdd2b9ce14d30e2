import { Field, ObjectType, createUnionType } from 'type-graphql';
import { Commission } from '../commissions/commission.entity';
import { NotFoundErrorResult } from '../common/errors';
import { Connection } from '../common/paging';
import { Refund, Sale } from './sale.entity';
import { CurrencyMismatchError, DuplicateRefundError, RefundExceedsSaleError, SaleConflictError } from './sale.errors';

@ObjectType()
export class SaleRecorded {
  @Field(() => Sale)
  sale: Sale;

  @Field(() => [Commission], { description: 'The commissions the sale generated' })
  commissions: Commission[];

  @Field({ description: 'false when the external id was already recorded: nothing new was created' })
  created: boolean;
}

export const RecordSaleResult = createUnionType({
  name: 'RecordSaleResult',
  types: () => [SaleRecorded, NotFoundErrorResult, CurrencyMismatchError, SaleConflictError] as const,
});

@ObjectType()
export class RecordSaleItem {
  @Field()
  externalId: string;

  @Field(() => RecordSaleResult)
  result: typeof RecordSaleResult;
}

@ObjectType()
export class RecordSalesPayload {
  @Field(() => [RecordSaleItem], { description: 'One result per input sale, in input order' })
  results: RecordSaleItem[];
}

@ObjectType()
export class RefundRecorded {
  @Field(() => Refund)
  refund: Refund;

  @Field(() => Sale)
  sale: Sale;

  @Field(() => [Commission], { description: 'Unpaid commissions reduced (or cancelled) by the refund' })
  adjustedCommissions: Commission[];

  @Field(() => [Commission], { description: 'Clawbacks created for commissions already paid' })
  clawbacks: Commission[];

  @Field({ description: 'false when the refund id was already recorded: nothing changed' })
  created: boolean;
}

export const RefundSaleResult = createUnionType({
  name: 'RefundSaleResult',
  types: () => [RefundRecorded, CurrencyMismatchError, RefundExceedsSaleError, DuplicateRefundError] as const,
});

@ObjectType()
export class SaleConnection extends Connection(Sale) {}
