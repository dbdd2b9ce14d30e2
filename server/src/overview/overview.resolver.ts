import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { OverviewInput } from './overview.inputs';
import { PartnerOverview, PeriodComparison, ProgramOverview, TopPartner } from './overview.types';
import { NeedsAttention, NextPayment } from './dashboard.types';
import { myOverview, programOverview } from './overview.service';
import { periodComparison, topPartners } from './overview-period.service';
import { myNextPayment, needsAttention } from './dashboard.service';

@Resolver(() => ProgramOverview)
export class OverviewResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => ProgramOverview, {
    description: 'Balances, amounts due, and revenue, commissions, clawbacks and payouts over time, per currency',
  })
  programOverview(
    @Arg('input', () => OverviewInput, { description: 'The range and bucket width' }) input: OverviewInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<ProgramOverview> {
    return programOverview(ctx, input);
  }

  @Authorized(AuthRole.PARTNER)
  @Query(() => PartnerOverview, { description: "The signed-in partner's own commissions, clawbacks and payouts over time" })
  myOverview(
    @Arg('input', () => OverviewInput, { description: 'The range and bucket width' }) input: OverviewInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<PartnerOverview> {
    return myOverview(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => NeedsAttention, {
    description: 'Commissions ready to approve, partners with a balance who would not be paid and why, failed emails',
  })
  needsAttention(@Ctx() { ctx }: GraphQLContext): Promise<NeedsAttention> {
    return needsAttention(ctx);
  }

  @Authorized(AuthRole.PARTNER)
  @Query(() => [NextPayment], {
    description: "The signed-in partner's next payment per currency: balance against threshold, what is held and when it clears",
  })
  myNextPayment(@Ctx() { ctx }: GraphQLContext): Promise<NextPayment[]> {
    return myNextPayment(ctx);
  }

  @FieldResolver(() => [PeriodComparison], {
    description: 'Revenue, commissions and sales of the range against the range of equal length just before it, per currency',
  })
  comparison(@Root() overview: ProgramOverview, @Ctx() { ctx }: GraphQLContext): Promise<PeriodComparison[]> {
    return periodComparison(ctx, overview.from, overview.to);
  }

  @FieldResolver(() => [TopPartner], { description: 'The partners who referred the most revenue in the range, per currency' })
  topByRevenue(
    @Root() overview: ProgramOverview,
    @Arg('limit', () => Int, { description: 'Partners per currency, 1 to 20 (default 5)', defaultValue: 5 }) limit: number,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<TopPartner[]> {
    return topPartners(ctx, overview.from, overview.to, 'revenue', limit);
  }

  @FieldResolver(() => [TopPartner], { description: 'The partners who earned the most commission in the range, per currency' })
  topByCommission(
    @Root() overview: ProgramOverview,
    @Arg('limit', () => Int, { description: 'Partners per currency, 1 to 20 (default 5)', defaultValue: 5 }) limit: number,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<TopPartner[]> {
    return topPartners(ctx, overview.from, overview.to, 'commission', limit);
  }
}
