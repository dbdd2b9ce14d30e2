import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { PageInput } from '../common/paging';
import { Commission } from '../commissions/commission.entity';
import { CommissionFilter } from '../commissions/commission.inputs';
import { CommissionConnection } from '../commissions/commission.types';
import { CreateManualRewardInput } from './reward.inputs';
import { createManualReward, listRewards } from './reward.service';

@Resolver()
export class RewardResolver {
  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Commission, { description: 'A one-time bonus: APPROVED at once, visible to the partner at once' })
  createManualReward(@Arg('input') input: CreateManualRewardInput, @Ctx() { ctx }: GraphQLContext): Promise<Commission> {
    return createManualReward(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => CommissionConnection, { description: 'Review rewards: manual rewards, newest first' })
  rewards(
    @Arg('filter', () => CommissionFilter, { defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listRewards(ctx, filter, page);
  }
}
