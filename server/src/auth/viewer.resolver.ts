import { Arg, Args, Ctx, FieldResolver, Resolver } from 'type-graphql';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { CommissionFilter } from '../commissions/commission.inputs';
import { CommissionConnection } from '../commissions/commission.types';
import { listCommissions } from '../commissions/commission.service';
import { BalanceLine } from '../partners/partner.types';
import { PaymentFilter } from '../payments/payment.inputs';
import { PaymentConnection } from '../payments/payment.types';
import { listPayments } from '../payments/payment.service';
import { listRewards } from '../rewards/reward.service';
import { pendingEmailOf } from '../accounts/email-change.service';
import { Viewer } from './auth.types';

const PARTNERS_ONLY = 'For a partner, from `me`; null for merchants and API keys. Always their own: the partner comes from the session';

/**
 * A partner's one entry point to what they own: `me { commissions payments rewards balances }`,
 * through the same partner-scoped services as myCommissions and myPayments (a partner id in a
 * filter is ignored). Each is null for merchants and API keys, who use the program-wide queries.
 */
@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => CommissionConnection, {
    nullable: true,
    description: `Their commissions, rewards and clawbacks, newest first. ${PARTNERS_ONLY}`,
  })
  commissions(
    @Arg('filter', () => CommissionFilter, { description: 'Filters; partnerId is ignored (always their own)', defaultValue: {} })
    filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return ctx.isPartner ? listCommissions(ctx, filter, pagingOf(page, connection)) : null;
  }

  @FieldResolver(() => CommissionConnection, { nullable: true, description: `Their manual rewards, newest first. ${PARTNERS_ONLY}` })
  rewards(
    @Arg('filter', () => CommissionFilter, { description: 'Filters; partnerId is ignored (always their own)', defaultValue: {} })
    filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return ctx.isPartner ? listRewards(ctx, filter, pagingOf(page, connection)) : null;
  }

  @FieldResolver(() => PaymentConnection, { nullable: true, description: `The payments they received, newest first. ${PARTNERS_ONLY}` })
  payments(
    @Arg('filter', () => PaymentFilter, { description: 'Filters; partnerId is ignored (always their own)', defaultValue: {} })
    filter: PaymentFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return ctx.isPartner ? listPayments(ctx, filter, pagingOf(page, connection)) : null;
  }

  @FieldResolver(() => [BalanceLine], {
    nullable: true,
    description: `Their commissions' totals per status and currency (clawbacks netted in), as Partner.stats.balances. ${PARTNERS_ONLY}`,
  })
  async balances(@Ctx() { ctx, loaders }: GraphQLContext): Promise<BalanceLine[] | null> {
    return ctx.isPartner ? (await loaders.partnerStats.load(ctx.partnerId)).balances : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A new sign-in email waiting for its emailed link to be opened; null if none (and for API keys)',
  })
  async pendingEmail(@Ctx() { ctx, clock }: GraphQLContext): Promise<string | null> {
    const actor = ctx.authenticatedActor;
    if (actor.kind !== 'MERCHANT' && actor.kind !== 'PARTNER') return null;
    return pendingEmailOf(ctx, { accountId: actor.accountId }, clock.now());
  }
}
