import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CommissionStatus } from '@partnerbook/shared';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { PageInput } from '../common/paging';
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
    @Arg('filter', () => CommissionFilter, { defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
    @Arg('sort', () => CommissionSort, { nullable: true }) sort?: CommissionSort,
  ) {
    return listCommissions(ctx, filter, page, sort);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => CommissionConnection, { description: 'PENDING commissions awaiting review' })
  pendingCommissions(
    @Arg('filter', () => CommissionFilter, { defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCommissions(ctx, { ...filter, status: CommissionStatus.PENDING }, page);
  }

  @Authorized(AuthRole.MERCHANT_READ, AuthRole.PARTNER)
  @Query(() => Commission, { description: 'One commission; partners see only their own' })
  commission(@Arg('id', () => UUIDScalar) id: string, @Ctx() { ctx }: GraphQLContext): Promise<Commission> {
    return getCommission(ctx, id);
  }

  @Authorized(AuthRole.PARTNER)
  @Query(() => CommissionConnection, { description: "The signed-in partner's commissions, rewards and clawbacks" })
  myCommissions(
    @Arg('filter', () => CommissionFilter, { defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCommissions(ctx, filter, page);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => CommissionActionPayload, {
    description: 'PENDING → APPROVED (sale commissions once their holding period is over), reported per commission',
  })
  approveCommissions(@Arg('selection') selection: CommissionSelection, @Ctx() { ctx }: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return approveCommissions(ctx, selection, actionReadBack(info));
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => CommissionActionPayload, { description: 'PENDING or APPROVED → CANCELLED with a reason the partner sees' })
  cancelCommissions(@Arg('input') input: CancelCommissionsInput, @Ctx() { ctx }: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return cancelCommissions(ctx, input.selection, input.reason, actionReadBack(info));
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => CommissionActionPayload, { description: 'CANCELLED → PENDING, re-run on the sale (refunds respected)' })
  reinstateCommissions(@Arg('selection') selection: CommissionSelection, @Ctx() { ctx }: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return reinstateCommissions(ctx, selection, actionReadBack(info));
  }

  @FieldResolver(() => Partner)
  async partner(@Root() commission: Commission, @Ctx() { loaders }: GraphQLContext): Promise<Partner> {
    return (await loaders.partner.load(commission.partnerId))!;
  }

  @FieldResolver(() => Sale, { nullable: true })
  sale(@Root() commission: Commission, @Ctx() { loaders }: GraphQLContext): Promise<Sale | null> | null {
    return commission.saleId ? loaders.sale.load(commission.saleId) : null;
  }
}
