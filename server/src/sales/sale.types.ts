import { Field, ObjectType, createUnionType } from 'type-graphql';
import { Commission } from '../commissions/commission.entity';
import { NotFoundErrorResult } from '../common/errors';
import { Connection } from '../common/paging';
import { Refund, Sale } from './sale.entity';
import { CurrencyMismatchError, DuplicateRefundError, RefundExceedsSaleError, SaleConflictError } from './sale.errors';

@ObjectType({ description: 'A sale and its commissions' })
export class SaleRecorded {
  @Field(() => Sale, { description: 'The sale (the stored one when created is false)' })
  sale: Sale;

  @Field(() => [Commission], { description: 'The commissions the sale generated' })
  commissions: Commission[];

  @Field({ description: 'False when the external id was already recorded: nothing new was created' })
  created: boolean;
}

export const RecordSaleResult = createUnionType({
  name: 'RecordSaleResult',
  types: () => [SaleRecorded, NotFoundErrorResult, CurrencyMismatchError, SaleConflictError] as const,
  description: 'SaleRecorded, or why not: CurrencyMismatchError, NotFoundError (unknown partner key or SKU), SaleConflictError',
});

@ObjectType({ description: 'What happened to one sale of a recordSales call' })
export class RecordSaleItem {
  @Field({ description: "The sale's externalId, as sent" })
  externalId: string;

  @Field(() => RecordSaleResult, { description: 'SaleRecorded, or why it was not recorded' })
  result: typeof RecordSaleResult;
}

@ObjectType({ description: 'The outcome of each sale of a recordSales call' })
export class RecordSalesPayload {
  @Field(() => [RecordSaleItem], { description: 'One result per input sale, in input order' })
  results: RecordSaleItem[];
}

@ObjectType({ description: 'A refund and what it changed' })
export class RefundRecorded {
  @Field(() => Refund, { description: 'The refund' })
  refund: Refund;

  @Field(() => Sale, { description: 'The sale, with its refunded total now' })
  sale: Sale;

  @Field(() => [Commission], { description: 'Unpaid commissions reduced (or cancelled) by the refund' })
  adjustedCommissions: Commission[];

  @Field(() => [Commission], { description: 'Clawbacks created for commissions already paid' })
  clawbacks: Commission[];

  @Field({ description: 'False when the refund id was already recorded: nothing changed' })
  created: boolean;
}

export const RefundSaleResult = createUnionType({
  name: 'RefundSaleResult',
  types: () => [RefundRecorded, CurrencyMismatchError, RefundExceedsSaleError, DuplicateRefundError] as const,
  description: 'RefundRecorded, or CurrencyMismatchError, DuplicateRefundError, RefundExceedsSaleError',
});

@ObjectType({ description: 'A page of sales, newest first (Relay connection)' })
export class SaleConnection extends Connection(Sale) {}
