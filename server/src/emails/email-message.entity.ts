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
});
registerEnumType(EmailTopic, { name: 'EmailTopic', description: 'What the partners were emailed about' });

@ObjectType({ description: 'One personalised email to one partner, as stored in the outbox' })
@Entity('email_message')
export class EmailMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field(() => ID, { description: 'All messages composed by one request share it' })
  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @Field(() => EmailTopic)
  @Column({ type: 'text' })
  topic: EmailTopic;

  @Field(() => ID)
  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Field()
  @Column()
  recipient: string;

  @Field()
  @Column()
  subject: string;

  @Field()
  @Column()
  body: string;

  @Field(() => EmailStatus)
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

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
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

  @Field(() => Int)
  @Column({ type: 'integer' })
  attempt: number;

  @Field()
  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SENT, RETRY or FAILED; UNKNOWN when the worker lost track of it after handing it to the mail server (it may have been delivered; the next attempt sends it again with the same Message-ID); null while in flight',
  })
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
