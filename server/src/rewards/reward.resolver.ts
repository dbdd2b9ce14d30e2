import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { Commission } from '../commissions/commission.entity';
import { CommissionFilter } from '../commissions/commission.inputs';
import { CommissionConnection } from '../commissions/commission.types';
import { CreateManualRewardInput } from './reward.inputs';
import { createManualReward, listRewards } from './reward.service';

@Resolver()
export class RewardResolver {
  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Commission, { description: 'A one-time bonus: APPROVED at once, visible to the partner at once' })
  createManualReward(
    @Arg('input', { description: 'The partner, amount (integer minor units with currency) and description' })
    input: CreateManualRewardInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Commission> {
    return createManualReward(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => CommissionConnection, { description: 'Review rewards: manual rewards, newest first' })
  rewards(
    @Arg('filter', () => CommissionFilter, { description: 'Filters; kind is always REWARD', defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listRewards(ctx, filter, pagingOf(page, connection));
  }
}
