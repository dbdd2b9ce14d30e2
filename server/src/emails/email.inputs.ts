import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CommissionSelection } from '../commissions/commission.inputs';
import { EmailStatus, EmailTopic } from './email-message.entity';
import { CurrencyCodeScalar, UUIDScalar } from '../common/scalars';

export const MAX_PARTNERS_PER_EMAIL = 10_000;

@InputType({ description: 'One email for many partners: placeholders such as {{partner.name}} are filled per partner' })
export class ComposeEmailInput {
  @Field({ description: 'One line, with placeholders' })
  @Length(1, 200)
  subject: string;

  @Field({ description: 'Plain text' })
  @Length(1, 20_000)
  body: string;
}

@InputType({ description: 'An email to the partners behind some commissions' })
export class EmailCommissionPartnersInput {
  @Field(() => CommissionSelection, { description: 'Ids (any state) or a filter (PENDING unless it names a status)' })
  selection: CommissionSelection;

  @Field(() => ComposeEmailInput, { description: 'The subject and body, with placeholders' })
  email: ComposeEmailInput;
}

@InputType({ description: 'Who an email about pending payments goes to, as in emailPendingPaymentPartners (without the email)' })
export class PendingPaymentAudienceInput {
  @Field(() => [UUIDScalar], { nullable: true, description: 'Partners to write to; all with a pending payment when omitted' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTNERS_PER_EMAIL)
  partnerIds?: string[];

  @Field(() => CurrencyCodeScalar, { description: 'Only balances in this currency', nullable: true })
  @IsOptional()
  currency?: string;

  @Field({ description: 'Only partners eligible for payment', defaultValue: true })
  eligibleOnly: boolean = true;

  @Field({
    description: 'Partners with nothing due (a balance of zero or a debt) too: only when explicitly chosen; left out otherwise',
    defaultValue: false,
  })
  includeNothingDue: boolean = false;
}

@InputType({ description: 'An email to partners about their pending payments' })
export class EmailPendingPaymentPartnersInput extends PendingPaymentAudienceInput {
  @Field(() => ComposeEmailInput, { description: 'The subject and body, with placeholders' })
  email: ComposeEmailInput;
}

@InputType({ description: 'An email about pending payments rendered for one recipient, exactly as they would receive it' })
export class PendingPaymentEmailPreviewInput {
  @Field(() => PendingPaymentAudienceInput, { description: 'Who the email would go to' })
  audience: PendingPaymentAudienceInput;

  @Field(() => ComposeEmailInput, { description: 'The subject and body with placeholders' })
  email: ComposeEmailInput;

  @Field(() => UUIDScalar, { nullable: true, description: 'One of the audience; the first of it (by name) when omitted' })
  @IsOptional()
  partnerId?: string;
}

@InputType({ description: 'An email to the partners behind some commissions, rendered for one recipient exactly as they would receive it' })
export class CommissionEmailPreviewInput {
  @Field(() => CommissionSelection, {
    description: 'As in emailCommissionPartners: ids (any state) or a filter (PENDING unless it names a status)',
  })
  selection: CommissionSelection;

  @Field(() => ComposeEmailInput, { description: 'The subject and body, with placeholders' })
  email: ComposeEmailInput;

  @Field(() => UUIDScalar, { nullable: true, description: 'One of the recipients; the first of them (by name) when omitted' })
  @IsOptional()
  partnerId?: string;
}

@InputType({ description: 'An email to named partners, rendered for one of them exactly as they would receive it' })
export class PartnersEmailPreviewInput {
  @Field(() => [UUIDScalar], { description: 'The partners the email is for' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTNERS_PER_EMAIL)
  partnerIds: string[];

  @Field(() => ComposeEmailInput, { description: 'The subject and body, with placeholders' })
  email: ComposeEmailInput;

  @Field(() => UUIDScalar, { nullable: true, description: 'One of partnerIds; the first of them (by name) when omitted' })
  @IsOptional()
  partnerId?: string;
}

@InputType({ description: 'An email to chosen partners' })
export class EmailPartnersInput {
  @Field(() => [UUIDScalar], { description: 'The partners to write to' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PARTNERS_PER_EMAIL)
  partnerIds: string[];

  @Field(() => ComposeEmailInput, { description: 'The subject and body, with placeholders' })
  email: ComposeEmailInput;
}

@InputType({ description: 'Filters of the outbox; all given must match' })
export class EmailOutboxFilter {
  @Field(() => EmailStatus, { description: 'Only this status', nullable: true })
  status?: EmailStatus;

  @Field(() => EmailTopic, { description: 'Only this topic', nullable: true })
  topic?: EmailTopic;

  @Field(() => UUIDScalar, { description: 'Messages to this partner', nullable: true })
  partnerId?: string;

  @Field(() => UUIDScalar, { description: 'Messages of one request (EmailsQueued.batchId)', nullable: true })
  batchId?: string;
}
