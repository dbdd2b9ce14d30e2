import { loadConfig } from '../config';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { CommissionFilter } from '../commissions/commission.inputs';
import { listCommissions } from '../commissions/commission.service';
import { CommissionConnection } from '../commissions/commission.types';
import { Partner } from './partner.entity';
import {
  ChangeMyPayoutDetailsInput,
  CreatePartnerInput,
  PartnerFilter,
  PartnerSort,
  SetPartnerPayoutMethodInput,
  UpdatePartnerInput,
} from './partner.inputs';
import { ChangeMyPayoutDetailsResult, PartnerConnection, PartnerStats, PayoutDetailsChanged } from './partner.types';
import {
  changeOwnPayoutDetails,
  createPartner,
  getPartner,
  endPartnerSessions,
  listPartners,
  recentPayoutDetailChanges,
  setPartnerPayoutMethod,
  updatePartner,
} from './partner.service';
import { UUIDScalar } from '../common/scalars';

import { cancelPartnerEmailChange, pendingEmailOf } from '../accounts/email-change.service';

const config = loadConfig();

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => PartnerConnection, { description: 'Partners, searchable by name, email or partner key' })
  partners(
    @Arg('filter', () => PartnerFilter, { description: 'Filters; all given must match', defaultValue: {} }) filter: PartnerFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Arg('sort', () => PartnerSort, { nullable: true, description: 'Default: newest first' }) sort: PartnerSort | undefined,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listPartners(ctx, filter, pagingOf(page, connection), sort);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => Partner, { description: 'One partner of the program. Merchants and API keys; NOT_FOUND for an unknown id' })
  partner(@Arg('id', () => UUIDScalar, { description: "The partner's id" }) id: string, @Ctx() { ctx }: GraphQLContext): Promise<Partner> {
    return getPartner(ctx, id);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Partner, {
    description:
      'Creates an ACTIVE partner and emails them a link to set their password. Admins and WRITE keys; BAD_USER_INPUT for an invalid or duplicate email or partner key',
  })
  createPartner(
    @Arg('input', { description: "The partner's name, email, partner key and optional payout and commission settings" })
    input: CreatePartnerInput,
    @Ctx() { ctx, clock }: GraphQLContext,
  ): Promise<Partner> {
    return createPartner(ctx, input, { clock, publicUrl: config.publicUrl });
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Partner, {
    description:
      "Changes a partner's name, email, status, commission override or thresholds. Admins and WRITE keys; NOT_FOUND for an unknown partner, BAD_USER_INPUT for invalid values. A new email of a partner with a login is confirmed first: a link goes to the new address (see pendingEmail), a notice to the old one; when that login also belongs to another program, BAD_USER_INPUT on email (the partner changes it themselves)",
  })
  updatePartner(
    @Arg('input', { description: 'The partner and the fields to change' }) input: UpdatePartnerInput,
    @Ctx() { ctx, clock }: GraphQLContext,
  ): Promise<Partner> {
    return updatePartner(ctx, input, { clock, publicUrl: config.publicUrl });
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Partner, {
    description:
      "Withdraws the partner's pending email change (pendingEmail): its confirmation link stops working and the email stays as it is. Admins and WRITE keys; NOT_FOUND for an unknown partner; nothing pending changes nothing",
  })
  async cancelPartnerEmailChange(
    @Arg('id', () => UUIDScalar, { description: 'The partner (unknown: NOT_FOUND)' }) id: string,
    @Ctx() { ctx, clock }: GraphQLContext,
  ): Promise<Partner> {
    await cancelPartnerEmailChange(ctx, id, { clock, publicUrl: config.publicUrl });
    return getPartner(ctx, id);
  }

  @Authorized(AuthRole.PARTNER)
  @Mutation(() => ChangeMyPayoutDetailsResult, {
    description:
      'A partner sets how they are paid (PayPal, bank transfer or other, with its details), with their password; not while suspended; they and the old PayPal address are emailed',
  })
  changeMyPayoutDetails(
    @Arg('input', { description: 'The payout method and its details, with the current password' }) input: ChangeMyPayoutDetailsInput,
    @Ctx() { ctx, clientAddress, loginThrottle }: GraphQLContext,
  ): Promise<typeof ChangeMyPayoutDetailsResult> {
    return changeOwnPayoutDetails(ctx, input, { clientAddress, loginThrottle });
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => PayoutDetailsChanged, {
    description:
      'An admin sets how a partner is paid, with its details: audited, the partner is emailed, payouts in the next 48 hours flagged',
  })
  setPartnerPayoutMethod(
    @Arg('input', { description: 'The partner, the method and its details' }) input: SetPartnerPayoutMethodInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<PayoutDetailsChanged> {
    return setPartnerPayoutMethod(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => Int, { description: 'Signs the partner out of every session (they sign in again); returns how many ended' })
  endPartnerSessions(
    @Arg('partnerId', () => UUIDScalar, { description: 'The partner (unknown: NOT_FOUND)' }) partnerId: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<number> {
    return endPartnerSessions(ctx, partnerId);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => [Partner], {
    description: 'Partners with an approved balance whose payout details changed in the last 48 hours: check before paying them',
  })
  recentPayoutDetailChanges(@Ctx() { ctx }: GraphQLContext): Promise<Partner[]> {
    return recentPayoutDetailChanges(ctx);
  }

  // Partner records are reachable only by the program's merchants (partner queries) and by the
  // partner themselves (me.partner), so these field resolvers serve both.
  @FieldResolver(() => PartnerStats, { description: 'Counts and sums of their commissions' })
  stats(@Root() partner: Partner, @Ctx() { loaders }: GraphQLContext): Promise<PartnerStats> {
    return loaders.partnerStats.load(partner.id);
  }

  @FieldResolver(() => CommissionConnection, { description: 'Commissions, rewards and clawbacks of this partner' })
  commissions(
    @Root() partner: Partner,
    @Arg('filter', () => CommissionFilter, { description: 'Filters; partnerId is ignored (always this partner)', defaultValue: {} })
    filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCommissions(ctx, { ...filter, partnerId: partner.id }, pagingOf(page, connection));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A new email waiting for the partner to open the confirmation link sent to it; email (their sign-in) changes then',
  })
  pendingEmail(@Root() partner: Partner, @Ctx() { ctx, clock }: GraphQLContext): Promise<string | null> {
    return pendingEmailOf(ctx, { partnerId: partner.id }, clock.now());
  }
}
