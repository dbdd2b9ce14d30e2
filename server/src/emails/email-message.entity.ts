import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum EmailStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export enum EmailTopic {
  COMMISSIONS = 'COMMISSIONS',
  PENDING_PAYMENTS = 'PENDING_PAYMENTS',
  PARTNERS = 'PARTNERS',
}

registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting in the outbox (first try, or a retry after a failure)' },
    SENDING: { description: 'Handed to the SMTP server right now' },
    SENT: { description: 'Accepted by the SMTP server' },
    FAILED: { description: 'Gave up: permanent error or retries exhausted; can be resent' },
  },
  description: 'Where an email stands in the outbox',
});
registerEnumType(EmailTopic, {
  name: 'EmailTopic',
  description: 'What the partners were emailed about',
  valuesConfig: {
    COMMISSIONS: { description: 'About selected commissions (emailCommissionPartners)' },
    PARTNERS: { description: 'To chosen partners (emailPartners)' },
    PENDING_PAYMENTS: { description: 'About pending payments (emailPendingPaymentPartners)' },
  },
});

@ObjectType({ description: 'One personalised email to one partner, as stored in the outbox' })
@Entity('email_message')
export class EmailMessage {
  @Field(() => ID, { description: "The message's id: pass it to resendEmail" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID, { description: 'All messages composed by one request share it' })
  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @Field(() => EmailTopic, { description: 'What it is about' })
  @Column({ type: 'text' })
  topic: EmailTopic;

  @Field(() => ID, { description: 'The partner written to' })
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Field({ description: 'The address it goes to' })
  @Column()
  recipient: string;

  @Field({ description: 'The rendered subject' })
  @Column()
  subject: string;

  @Field({ description: 'The rendered body, plain text' })
  @Column()
  body: string;

  @Field(() => EmailStatus, { description: 'PENDING, SENDING, SENT or FAILED' })
  @Column({ type: 'text' })
  status: EmailStatus;

  @Field(() => Int, { description: 'Delivery attempts since it was queued (or last resent)' })
  @Column({ type: 'integer' })
  attempts: number;

  @Field({ description: 'When the worker tries next (while PENDING)' })
  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId: string | null;

  @Field(() => Date, { description: 'When the SMTP server accepted it; null until then', nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field({ description: 'When it was queued' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'One try to hand a message to the SMTP server' })
@Entity('email_attempt')
export class EmailAttempt {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Field(() => Int, { description: '1 for the first try' })
  @Column({ type: 'integer' })
  attempt: number;

  @Field({ description: 'When it started' })
  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Date, { description: 'When it ended; null while in flight', nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SENT, RETRY or FAILED; UNKNOWN when the worker lost track of it after handing it to the mail server (it may have been delivered; the next attempt sends it again with the same Message-ID); null while in flight',
  })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => String, { description: 'Why it failed (the SMTP answer); null if it did not fail', nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
