import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CommissionStatus } from '@partnerbook/shared';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { Partner } from '../partners/partner.entity';
import { Sale } from '../sales/sale.entity';
import { Commission } from './commission.entity';
import { CommissionActionPayload } from './commission.types';
import { CancelCommissionsInput, CommissionFilter, CommissionSelection, CommissionSort } from './commission.inputs';
import { CommissionConnection } from './commission.types';
import { actionReadBack } from './commission-read-back';
import { approveCommissions, cancelCommissions, getCommission, listCommissions, reinstateCommissions } from './commission.service';
import { UUIDScalar } from '../common/scalars';

@Resolver(() => Commission)
export class CommissionResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => CommissionConnection, {
    description: 'All commissions of the program (every status), filtered and sorted (newest first unless told)',
  })
  commissions(
    @Arg('filter', () => CommissionFilter, { description: 'Filters; all given must match', defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
    @Arg('sort', () => CommissionSort, { description: 'The order; newest first when absent', nullable: true }) sort?: CommissionSort,
  ) {
    return listCommissions(ctx, filter, pagingOf(page, connection), sort);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => CommissionConnection, { description: 'PENDING commissions awaiting review' })
  pendingCommissions(
    @Arg('filter', () => CommissionFilter, { description: 'Filters; status is always PENDING', defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCommissions(ctx, { ...filter, status: CommissionStatus.PENDING }, pagingOf(page, connection));
  }

  @Authorized(AuthRole.MERCHANT_READ, AuthRole.PARTNER)
  @Query(() => Commission, { description: 'One commission; partners see only their own' })
  commission(
    @Arg('id', () => UUIDScalar, { description: "The commission (unknown, or another partner's: NOT_FOUND)" }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Commission> {
    return getCommission(ctx, id);
  }

  @Authorized(AuthRole.PARTNER)
  @Query(() => CommissionConnection, { description: "The signed-in partner's commissions, rewards and clawbacks" })
  myCommissions(
    @Arg('filter', () => CommissionFilter, { description: 'Filters; partnerId is ignored (always your own)', defaultValue: {} })
    filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCommissions(ctx, filter, pagingOf(page, connection));
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => CommissionActionPayload, {
    description: 'PENDING → APPROVED (sale commissions once their holding period is over), reported per commission',
  })
  approveCommissions(
    @Arg('selection', { description: 'Ids (at most 1,000) or a filter (PENDING implied)' }) selection: CommissionSelection,
    @Ctx() { ctx }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return approveCommissions(ctx, selection, actionReadBack(info));
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => CommissionActionPayload, { description: 'PENDING or APPROVED → CANCELLED with a reason the partner sees' })
  cancelCommissions(
    @Arg('input', { description: 'The commissions and the reason the partner sees' }) input: CancelCommissionsInput,
    @Ctx() { ctx }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return cancelCommissions(ctx, input.selection, input.reason, actionReadBack(info));
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => CommissionActionPayload, { description: 'CANCELLED → PENDING, re-run on the sale (refunds respected)' })
  reinstateCommissions(
    @Arg('selection', { description: 'Ids (at most 1,000) or a filter (CANCELLED implied)' }) selection: CommissionSelection,
    @Ctx() { ctx }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return reinstateCommissions(ctx, selection, actionReadBack(info));
  }

  @FieldResolver(() => Partner, { description: 'The partner who earns it' })
  async partner(@Root() commission: Commission, @Ctx() { loaders }: GraphQLContext): Promise<Partner> {
    return (await loaders.partner.load(commission.partnerId))!;
  }

  @FieldResolver(() => Sale, { description: 'The sale it was earned on; null for a manual reward', nullable: true })
  sale(@Root() commission: Commission, @Ctx() { loaders }: GraphQLContext): Promise<Sale | null> | null {
    return commission.saleId ? loaders.sale.load(commission.saleId) : null;
  }
}
