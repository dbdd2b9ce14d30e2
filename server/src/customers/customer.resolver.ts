import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { PageInput } from '../common/paging';
import { Partner } from '../partners/partner.entity';
import { Customer } from './customer.entity';
import { CustomerFilter, TrackReferralInput } from './customer.inputs';
import { CustomerConnection } from './customer.types';
import { getCustomerByRef, listCustomers, trackReferral } from './customer.service';
import { UUIDScalar } from '../common/scalars';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => CustomerConnection)
  customers(
    @Arg('filter', () => CustomerFilter, { defaultValue: {} }) filter: CustomerFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCustomers(ctx, filter, page);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => Customer, { description: 'One customer, by exactly one of its id or your externalId (exact match); NOT_FOUND otherwise' })
  customer(
    @Arg('id', () => UUIDScalar, { nullable: true }) id: string | undefined,
    @Arg('externalId', () => String, { nullable: true }) externalId: string | undefined,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Customer> {
    return getCustomerByRef(ctx, { id, externalId });
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Customer, { description: "A customer came through a partner's referral (click or opt-in)" })
  trackReferral(@Arg('input') input: TrackReferralInput, @Ctx() { ctx }: GraphQLContext): Promise<Customer> {
    return trackReferral(ctx, input);
  }

  @FieldResolver(() => Partner, { nullable: true })
  firstReferrer(@Root() customer: Customer, @Ctx() { loaders }: GraphQLContext) {
    return customer.firstPartnerId ? loaders.partner.load(customer.firstPartnerId) : null;
  }

  @FieldResolver(() => Partner, { nullable: true })
  lastReferrer(@Root() customer: Customer, @Ctx() { loaders }: GraphQLContext) {
    return customer.lastPartnerId ? loaders.partner.load(customer.lastPartnerId) : null;
  }
}
