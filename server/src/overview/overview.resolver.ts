import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { OverviewInput } from './overview.inputs';
import { PartnerOverview, ProgramOverview } from './overview.types';
import { myOverview, programOverview } from './overview.service';

@Resolver()
export class OverviewResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => ProgramOverview, { description: 'Balances, amounts due and commissions, clawbacks and payouts over time, per currency' })
  programOverview(@Arg('input', () => OverviewInput) input: OverviewInput, @Ctx() { ctx }: GraphQLContext): Promise<ProgramOverview> {
    return programOverview(ctx, input);
  }

  @Authorized(AuthRole.PARTNER)
  @Query(() => PartnerOverview, { description: "The signed-in partner's own commissions, clawbacks and payouts over time" })
  myOverview(@Arg('input', () => OverviewInput) input: OverviewInput, @Ctx() { ctx }: GraphQLContext): Promise<PartnerOverview> {
    return myOverview(ctx, input);
  }
}
