import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { Commission } from '../commissions/commission.entity';
import { Customer } from '../customers/customer.entity';
import { Product } from '../products/product.entity';
import { Refund, Sale } from './sale.entity';
import { ManualSaleInput, RefundSaleInput, SaleFilter, SaleInput, SaleSort } from './sale.inputs';
import { RecordSaleResult, RecordSalesPayload, RefundSaleResult, SaleConnection } from './sale.types';
import { listSales, recordManualSale, recordSales } from './sale.service';
import { getSaleByRef } from './sale-lookup.service';
import { refundSale } from './refund.service';
import { UUIDScalar } from '../common/scalars';

@Resolver(() => Sale)
export class SaleResolver {
  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => RecordSalesPayload, { description: 'Records one or many sales (at most 500), idempotent by external id' })
  recordSales(
    @Arg('sales', () => [SaleInput], { description: '1 to 500 sales; each is answered separately, in order' }) sales: SaleInput[],
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return recordSales(ctx, sales);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => RecordSaleResult, { description: 'Adds the customer if new and records an untracked sale for the named partner' })
  recordManualSale(
    @Arg('input', { description: 'The sale, its customer and the partner who earns on it' }) input: ManualSaleInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return recordManualSale(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => RefundSaleResult, { description: 'Full or partial refund, idempotent by refund id' })
  refundSale(
    @Arg('input', { description: 'The sale, the amount refunded and your refund id' }) input: RefundSaleInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return refundSale(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ, AuthRole.PARTNER)
  @Query(() => SaleConnection, { description: 'Sales, newest sale first unless sorted; a partner sees only the sales they earned on' })
  sales(
    @Arg('filter', () => SaleFilter, { description: 'Filters; all given must match', defaultValue: {} }) filter: SaleFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Arg('sort', () => SaleSort, { nullable: true, description: 'Default: the date of the sale, newest first' }) sort: SaleSort | undefined,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listSales(ctx, filter, pagingOf(page, connection), sort);
  }

  @Authorized(AuthRole.MERCHANT_READ, AuthRole.PARTNER)
  @Query(() => Sale, { description: 'One sale, by exactly one of its id or your externalId (exact match); NOT_FOUND otherwise' })
  sale(
    @Arg('id', () => UUIDScalar, { description: "The sale's id (give this or externalId)", nullable: true }) id: string | undefined,
    @Arg('externalId', () => String, { description: 'Your own id for the sale (give this or id)', nullable: true })
    externalId: string | undefined,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Sale> {
    return getSaleByRef(ctx, { id, externalId });
  }

  @FieldResolver(() => [Commission], { description: 'Its commissions and clawbacks; a partner sees only their own' })
  commissions(@Root() sale: Sale, @Ctx() { loaders }: GraphQLContext): Promise<Commission[]> {
    return loaders.saleCommissions.load(sale.id);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @FieldResolver(() => [Refund], { description: 'Its refunds, oldest first' })
  refunds(@Root() sale: Sale, @Ctx() { loaders }: GraphQLContext): Promise<Refund[]> {
    return loaders.saleRefunds.load(sale.id);
  }

  @FieldResolver(() => Product, { description: 'The product sold' })
  async product(@Root() sale: Sale, @Ctx() { loaders }: GraphQLContext): Promise<Product> {
    return (await loaders.product.load(sale.productId))!;
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @FieldResolver(() => Customer, { description: 'Merchants only: partners never see customer details' })
  async customer(@Root() sale: Sale, @Ctx() { loaders }: GraphQLContext): Promise<Customer> {
    return (await loaders.customer.load(sale.customerId))!;
  }
}
