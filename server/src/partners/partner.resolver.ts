import { loadConfig } from '../config';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { PageInput } from '../common/paging';
import { CommissionFilter } from '../commissions/commission.inputs';
import { listCommissions } from '../commissions/commission.service';
import { CommissionConnection } from '../commissions/commission.types';
import { Partner } from './partner.entity';
import {
  ChangeMyPayoutDetailsInput,
  CreatePartnerInput,
  PartnerFilter,
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

const config = loadConfig();

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => PartnerConnection, { description: 'Partners, searchable by name, email or partner key' })
  partners(
    @Arg('filter', () => PartnerFilter, { defaultValue: {} }) filter: PartnerFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listPartners(ctx, filter, page);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => Partner)
  partner(@Arg('id', () => UUIDScalar) id: string, @Ctx() { ctx }: GraphQLContext): Promise<Partner> {
    return getPartner(ctx, id);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Partner)
  createPartner(@Arg('input') input: CreatePartnerInput, @Ctx() { ctx, clock }: GraphQLContext): Promise<Partner> {
    return createPartner(ctx, input, { clock, publicUrl: config.publicUrl });
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => Partner)
  updatePartner(@Arg('input') input: UpdatePartnerInput, @Ctx() { ctx }: GraphQLContext): Promise<Partner> {
    return updatePartner(ctx, input);
  }

  @Authorized(AuthRole.PARTNER)
  @Mutation(() => ChangeMyPayoutDetailsResult, {
    description:
      'A partner sets how they are paid (PayPal, bank transfer or other, with its details), with their password; not while suspended; they and the old PayPal address are emailed',
  })
  changeMyPayoutDetails(
    @Arg('input') input: ChangeMyPayoutDetailsInput,
    @Ctx() { ctx, clientAddress, loginThrottle }: GraphQLContext,
  ): Promise<typeof ChangeMyPayoutDetailsResult> {
    return changeOwnPayoutDetails(ctx, input, { clientAddress, loginThrottle });
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => PayoutDetailsChanged, {
    description:
      'An admin sets how a partner is paid, with its details: audited, the partner is emailed, payouts in the next 48 hours flagged',
  })
  setPartnerPayoutMethod(@Arg('input') input: SetPartnerPayoutMethodInput, @Ctx() { ctx }: GraphQLContext): Promise<PayoutDetailsChanged> {
    return setPartnerPayoutMethod(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_ADMIN)
  @Mutation(() => Int, { description: 'Signs the partner out of every session (they sign in again); returns how many ended' })
  endPartnerSessions(@Arg('partnerId', () => UUIDScalar) partnerId: string, @Ctx() { ctx }: GraphQLContext): Promise<number> {
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
  @FieldResolver(() => PartnerStats)
  stats(@Root() partner: Partner, @Ctx() { loaders }: GraphQLContext): Promise<PartnerStats> {
    return loaders.partnerStats.load(partner.id);
  }

  @FieldResolver(() => CommissionConnection, { description: 'Commissions, rewards and clawbacks of this partner' })
  commissions(
    @Root() partner: Partner,
    @Arg('filter', () => CommissionFilter, { defaultValue: {} }) filter: CommissionFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCommissions(ctx, { ...filter, partnerId: partner.id }, page);
  }
}
