import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { CommissionSelection } from '../commissions/commission.inputs';
import { EmailAttempt, EmailMessage, EmailTopic } from './email-message.entity';
import {
  EmailAudienceSummary,
  EmailBatchResult,
  EmailMessageConnection,
  EmailPlaceholder,
  EmailPreviewResult,
  ResendEmailResult,
} from './email.types';
import {
  CommissionEmailPreviewInput,
  EmailCommissionPartnersInput,
  EmailOutboxFilter,
  EmailPartnersInput,
  PartnersEmailPreviewInput,
  EmailPendingPaymentPartnersInput,
  PendingPaymentAudienceInput,
  PendingPaymentEmailPreviewInput,
} from './email.inputs';
import {
  commissionEmailAudience,
  emailCommissionPartners,
  emailPartners,
  emailPendingPaymentPartners,
  lastErrorFor,
  listAttempts,
  listMyMessages,
  listOutbox,
  listPlaceholders,
  pendingPaymentEmailAudience,
  previewCommissionPartnersEmail,
  previewPartnersEmail,
  previewPendingPaymentEmail,
  resendEmail,
} from './email.service';
import { UUIDScalar } from '../common/scalars';

@Resolver(() => EmailMessage)
export class EmailResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => [EmailPlaceholder], { description: 'The placeholders an email of this kind may use' })
  emailPlaceholders(@Arg('topic', () => EmailTopic, { description: 'The kind of email' }) topic: EmailTopic): EmailPlaceholder[] {
    return listPlaceholders(topic);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => EmailMessageConnection, { description: "The program's outbox with delivery status, newest first" })
  emailOutbox(
    @Arg('filter', () => EmailOutboxFilter, { description: 'Filters; all given must match', defaultValue: {} }) filter: EmailOutboxFilter,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listOutbox(ctx, filter, pagingOf(page, connection));
  }

  @Authorized(AuthRole.PARTNER)
  @Query(() => EmailMessageConnection, { description: 'Emails delivered to the signed-in partner, newest first' })
  myMessages(
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listMyMessages(ctx, pagingOf(page, connection));
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => EmailBatchResult, { description: 'Emails the partners behind the selected commissions, one personalised message each' })
  emailCommissionPartners(
    @Arg('input', { description: 'The commissions and the email' }) input: EmailCommissionPartnersInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return emailCommissionPartners(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => EmailAudienceSummary, {
    description: 'How many partners emailCommissionPartners would write to for this selection (skippedNothingDue is always 0 here)',
  })
  commissionEmailAudience(
    @Arg('selection', () => CommissionSelection, {
      description: 'Ids (any state) or a filter (PENDING unless it names a status), as in emailCommissionPartners',
    })
    selection: CommissionSelection,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return commissionEmailAudience(ctx, selection);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => EmailPreviewResult, {
    description: 'An email to the partners behind some commissions exactly as one recipient would receive it; sends nothing',
  })
  previewCommissionPartnersEmail(
    @Arg('input', { description: 'The commissions, the email and the recipient to render for' }) input: CommissionEmailPreviewInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return previewCommissionPartnersEmail(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => EmailPreviewResult, { description: 'An email to named partners exactly as one of them would receive it; sends nothing' })
  previewPartnersEmail(
    @Arg('input', { description: 'The partners, the email and the recipient to render for' }) input: PartnersEmailPreviewInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return previewPartnersEmail(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => EmailAudienceSummary, {
    description: 'How many partners emailPendingPaymentPartners would write to with this audience, and how many have nothing due',
  })
  pendingPaymentEmailAudience(
    @Arg('input', { description: 'The audience' }) input: PendingPaymentAudienceInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return pendingPaymentEmailAudience(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => EmailPreviewResult, {
    description: 'An email about pending payments exactly as one recipient would receive it; sends nothing',
  })
  previewPendingPaymentEmail(
    @Arg('input', { description: 'The audience, the email and the recipient to render for' }) input: PendingPaymentEmailPreviewInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return previewPendingPaymentEmail(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => EmailBatchResult, { description: 'Emails the partners of the selected pending payments about what they are due' })
  emailPendingPaymentPartners(
    @Arg('input', { description: 'The audience and the email' }) input: EmailPendingPaymentPartnersInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return emailPendingPaymentPartners(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => EmailBatchResult, { description: 'Emails the named partners, one personalised message each' })
  emailPartners(@Arg('input', { description: 'The partners and the email' }) input: EmailPartnersInput, @Ctx() { ctx }: GraphQLContext) {
    return emailPartners(ctx, input);
  }

  @Authorized(AuthRole.MERCHANT_WRITE)
  @Mutation(() => ResendEmailResult, { description: 'FAILED → PENDING: the worker tries the message again' })
  resendEmail(
    @Arg('id', () => UUIDScalar, { description: 'The message (unknown: NOT_FOUND)' }) id: string,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return resendEmail(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the last attempt failed (merchants only)' })
  lastError(@Root() message: EmailMessage, @Ctx() { ctx }: GraphQLContext): string | null {
    return lastErrorFor(ctx, message);
  }

  @FieldResolver(() => [EmailAttempt], { description: 'Every delivery attempt, oldest first (merchants only; empty for partners)' })
  attemptLog(@Root() message: EmailMessage, @Ctx() { ctx }: GraphQLContext): Promise<EmailAttempt[]> {
    return listAttempts(ctx, message);
  }
}
