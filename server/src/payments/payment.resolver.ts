import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, ForwardConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { Commission } from '../commissions/commission.entity';
import { CommissionConnection } from '../commissions/commission.types';
import { Partner } from '../partners/partner.entity';
import { Payment } from './payment.entity';
import {
  CommissionHistoryFilter,
  PayPartnersInput,
  PayPreviewInput,
  PaymentFilter,
  PaymentSort,
  PendingPaymentFilterInput,
} from './payment.inputs';
import { previewPayment } from './pay-preview.service';
import {
  PayPartnersResult,
  PayPreview,
  PaymentConnection,
  PendingPayment,
  PendingPaymentConnection,
  PendingPaymentTotal,
  VoidPaymentResult,
} from './payment.types';
import { getPayment, listCommissionHistory, listPaymentCommissions, listPayments, voidPayment } from './payment.service';
import { payPartners } from './pay-partners.service';
import { payReadBack } from './pay-read-back';
import { listPendingPayments } from './pending-payments.service';
import { UUIDScalar } from '../common/scalars';

@Resolver(() => Payment)
export class PaymentResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => PendingPaymentConnection, { description: 'Approved balances per partner and currency, with threshold and eligibility' })
  async pendingPayments(
    @Arg('filter', () => PendingPaymentFilterInput, { description: 'Filters; all given must match', defaultValue: {} })
    filter: PendingPaymentFilterInput,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ForwardConnectionArgs,
    @Ctx() { ctx, loaders }: GraphQLContext,
  ): Promise<PendingPaymentConnection> {
    const result = await listPendingPayments(ctx, filter, pagingOf(page, connection));
    for (const partner of result.partners) loaders.partner.prime(partner.id, partner);
    const node = (row: (typeof result.nodes)[number]) =>
      Object.assign(new PendingPayment(), {
        partnerId: row.partnerId,
        currency: row.currency,
        balance: { amount: row.balance, currency: row.currency },
        commissionCount: row.commissionCount,
        threshold: { amount: row.threshold, currency: row.currency },
        eligible: row.eligible,
        paypalEmail: row.paypalEmail,
        payoutMethod: row.payoutMethod,
      });
    return {
      edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: node(edge.node) })),
      nodes: result.nodes.map(node),
      pageInfo: result.pageInfo,
      totalCount: result.totalCount,
      totals: result.totals.map((t) =>
        Object.assign(new PendingPaymentTotal(), {
          currency: t.currency,
          balance: { amount: t.balance, currency: t.currency },
          partnerCount: t.partnerCount,
          eligibleBalance: { amount: t.eligibleBalance, currency: t.currency },
          eligibleCount: t.eligibleCount,
        }),
      ),
    };
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => PayPreview, {
    description: 'What payPartners would pay now with this selection, grouped by method, and who would not be paid and why; pays nothing',
  })
  payPreview(
    @Arg('input', { description: 'The selection, as for payPartners' }) input: PayPreviewInput,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<PayPreview> {
    return previewPayment(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => PayPartnersResult, {
    description: 'Records one payment per selected partner and currency, covering exactly their approved commissions; idempotent by key',
  })
  payPartners(
    @Arg('input', { description: 'Which partners, the idempotency key and what to record' }) input: PayPartnersInput,
    @Ctx() { ctx }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payPartners(ctx, input, payReadBack(info));
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => VoidPaymentResult, { description: 'Voids a payment recorded in error: its commissions return to APPROVED' })
  voidPayment(
    @Arg('id', () => UUIDScalar, { description: 'The payment (unknown: NOT_FOUND)' }) id: string,
    @Arg('reason', { description: 'Why it is voided (recorded and shown with the payment)' }) reason: string,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return voidPayment(ctx, id, reason);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => PaymentConnection, { description: 'Payments recorded, newest first unless sorted' })
  payments(
    @Arg('filter', () => PaymentFilter, { description: 'Filters; all given must match', defaultValue: {} }) filter: PaymentFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Arg('sort', () => PaymentSort, { nullable: true, description: 'Default: newest first' }) sort: PaymentSort | undefined,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listPayments(ctx, filter, pagingOf(page, connection), sort);
  }

  @Authorized(AuthRole.PARTNER)
  @Query(() => PaymentConnection, { description: 'Payments the signed-in partner received' })
  myPayments(
    @Arg('filter', () => PaymentFilter, { description: 'Filters; partnerId is ignored (always your own)', defaultValue: {} })
    filter: PaymentFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listPayments(ctx, filter, pagingOf(page, connection));
  }

  @Authorized(AuthRole.MERCHANT_READ, AuthRole.PARTNER)
  @Query(() => Payment, { description: 'One payment; partners see only their own' })
  payment(
    @Arg('id', () => UUIDScalar, { description: "The payment (unknown, or another partner's: NOT_FOUND)" }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ): Promise<Payment> {
    return getPayment(ctx, id);
  }

  @Authorized(AuthRole.MERCHANT_READ, AuthRole.PARTNER)
  @Query(() => CommissionConnection, { description: 'Commission history: PAID commissions with their payment; partners see their own' })
  commissionHistory(
    @Arg('filter', () => CommissionHistoryFilter, { description: 'Filters; all given must match', defaultValue: {} })
    filter: CommissionHistoryFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listCommissionHistory(ctx, filter, pagingOf(page, connection));
  }

  @FieldResolver(() => Partner, { description: 'The partner paid' })
  async partner(@Root() payment: Payment, @Ctx() { loaders }: GraphQLContext): Promise<Partner> {
    return (await loaders.partner.load(payment.partnerId))!;
  }

  // Who in the merchant's team did what, and their request keys, are the merchant's business.
  @FieldResolver(() => String, { nullable: true, description: 'Who recorded it (user, API key or system); null for partners' })
  createdBy(@Root() payment: Payment, @Ctx() { ctx }: GraphQLContext): string | null {
    return ctx.isPartner ? null : payment.createdBy;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who voided it; null for partners' })
  voidedBy(@Root() payment: Payment, @Ctx() { ctx }: GraphQLContext): string | null {
    return ctx.isPartner ? null : payment.voidedBy;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The idempotency key of the pay request that recorded it; null for partners',
  })
  idempotencyKey(@Root() payment: Payment, @Ctx() { ctx }: GraphQLContext): string | null {
    return ctx.isPartner ? null : payment.idempotencyKey;
  }

  @FieldResolver(() => CommissionConnection, { description: 'The commissions this payment covers (none once voided)' })
  commissions(
    @Root() payment: Payment,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listPaymentCommissions(ctx, payment, pagingOf(page, connection));
  }
}

@Resolver(() => Commission)
export class CommissionPaymentResolver {
  @FieldResolver(() => Payment, { nullable: true, description: 'The payment that paid it (PAID commissions)' })
  payment(@Root() commission: Commission, @Ctx() { loaders }: GraphQLContext): Promise<Payment | null> | null {
    return commission.paymentId ? loaders.payment.load(commission.paymentId) : null;
  }
}

@Resolver(() => Partner)
export class PartnerPaymentsResolver {
  @FieldResolver(() => PaymentConnection, { description: 'Payments this partner received, newest first' })
  payments(
    @Root() partner: Partner,
    @Arg('filter', () => PaymentFilter, { description: 'Filters; partnerId is ignored (always this partner)', defaultValue: {} })
    filter: PaymentFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listPayments(ctx, { ...filter, partnerId: partner.id }, pagingOf(page, connection));
  }
}

@Resolver(() => PendingPayment)
export class PendingPaymentResolver {
  @FieldResolver(() => Partner, { description: 'The partner' })
  async partner(@Root() row: PendingPayment, @Ctx() { loaders }: GraphQLContext): Promise<Partner> {
    return (await loaders.partner.load(row.partnerId))!;
  }
}
