import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A customer of the merchant, with the first and the latest partner who referred them' })
@Entity('customer')
export class Customer {
  @Field(() => ID, { description: "The customer's id" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: "The merchant's own id for the customer" })
  @Column({ name: 'external_id' })
  externalId: string;

  @Field(() => String, { description: 'Their name, if you sent it; null otherwise', nullable: true })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field(() => String, { description: 'Their email, if you sent it; null otherwise', nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => ID, { description: 'The partner who referred them first; null if none', nullable: true })
  @Column({ name: 'first_partner_id', type: 'uuid', nullable: true })
  firstPartnerId: string | null;

  @Field(() => ID, { description: 'The partner who referred them most recently; null if none', nullable: true })
  @Column({ name: 'last_partner_id', type: 'uuid', nullable: true })
  lastPartnerId: string | null;

  @Field(() => Date, { description: 'When the first referral happened', nullable: true })
  @Column({ name: 'first_referred_at', type: 'timestamptz', nullable: true })
  firstReferredAt: Date | null;

  @Field(() => Date, { description: 'When the latest referral happened', nullable: true })
  @Column({ name: 'last_referred_at', type: 'timestamptz', nullable: true })
  lastReferredAt: Date | null;

  @Field({ description: 'When the customer was first recorded' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
