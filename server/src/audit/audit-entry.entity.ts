import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'The object an audit entry is about, named as people know it (null fields: not known or gone)' })
export class AuditSubject {
  @Field(() => String, { nullable: true, description: "Its name: a sale's order id, a partner's or product's name, an API key's name…" })
  name: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner it belongs to (a commission, payment) or is' })
  partnerId: string | null;

  @Field(() => String, { description: 'The name of that partner', nullable: true })
  partnerName: string | null;

  @Field(() => ID, { nullable: true, description: 'The sale it belongs to (a commission) or is' })
  saleId: string | null;

  @Field(() => String, { nullable: true, description: "The sale's order id (externalId)" })
  orderId: string | null;
}

@ObjectType({ description: 'One recorded state change: who did what, when, and what changed' })
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID, { description: 'Serial id: higher is later' })
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: 'MERCHANT, PARTNER, API_KEY or SYSTEM' })
  @Column({ name: 'actor_kind' })
  actorKind: string;

  @Field(() => String, { description: 'The account or API key id of the actor; null for SYSTEM', nullable: true })
  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId: string | null;

  @Field({ description: 'The user\'s email, the API key\'s name, or "system"' })
  @Column({ name: 'actor_label' })
  actorLabel: string;

  @Field({ description: 'What was done, e.g. commission.approve, sale.refund, program.settings' })
  @Column()
  action: string;

  @Field({ description: 'The kind of entity changed: Sale, Commission, Payment, Partner, Product, Program, ApiKey, …' })
  @Column({ name: 'entity_type' })
  entityType: string;

  @Field({ description: 'The id of the entity changed' })
  @Column({ name: 'entity_id' })
  entityId: string;

  @Field(() => GraphQLJSONObject, {
    description: 'What changed, as a JSON object (e.g. the old and new status, amounts in minor units with their currency)',
  })
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Field({ description: 'When the change was committed' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: "Who, as people know them: a team member's or partner's name, the API key's name, or \"system\"" })
  actorName: string;

  @Field(() => AuditSubject, { description: 'The object, named (its fields are null when it is not known or gone)' })
  subject: AuditSubject;
}
