import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { Partner } from '../partners/partner.entity';
import { Customer } from './customer.entity';
import { CustomerFilter, TrackReferralInput } from './customer.inputs';
import { CustomerConnection } from './customer.types';
import { getCustomerByRef, listCustomers, trackReferral } from './customer.service';
import { UUIDScalar } from '../common/scalars';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => CustomerConnection, {
    description:
      "The program's customers with their first and latest referrer, newest first. Merchants and API keys; partners never see customers",
  })
  customers(
    @Arg('filter', () => CustomerFilter, { description: 'Filters', defaultValue: {} }) filter: CustomerFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCustomers(ctx, filter, pagingOf(page, connection));
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => Customer, { description: 'One customer, by exactly one of its id or your externalId (exact match); NOT_FOUND otherwise' })
  customer(
    @Arg('id', () => UUIDScalar, { description: "The customer's id (give this or externalId)", nullable: true }) id: string | undefined,
    @Arg('externalId', () => String, { description: 'Your own id for the customer (give this or id)', nullable: true })
    externalId: string | undefined,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Customer> {
    return getCustomerByRef(ctx, { id, externalId });
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Customer, { description: "A customer came through a partner's referral (click or opt-in)" })
  trackReferral(
    @Arg('input', { description: 'The customer, the partner key and the kind of event' }) input: TrackReferralInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Customer> {
    return trackReferral(ctx, input);
  }

  @FieldResolver(() => Partner, { description: 'The partner who referred them first; null if none', nullable: true })
  firstReferrer(@Root() customer: Customer, @Ctx() { loaders }: GraphQLContext) {
    return customer.firstPartnerId ? loaders.partner.load(customer.firstPartnerId) : null;
  }

  @FieldResolver(() => Partner, { description: 'The partner who referred them most recently; null if none', nullable: true })
  lastReferrer(@Root() customer: Customer, @Ctx() { loaders }: GraphQLContext) {
    return customer.lastPartnerId ? loaders.partner.load(customer.lastPartnerId) : null;
  }
}
