import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'One recorded state change: who did what, when, and what changed' })
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: 'MERCHANT, PARTNER, API_KEY or SYSTEM' })
  @Column({ name: 'actor_kind' })
  actorKind: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId: string | null;

  @Field({ description: 'The user\'s email, the API key\'s name, or "system"' })
  @Column({ name: 'actor_label' })
  actorLabel: string;

  @Field({ description: 'e.g. commission.approve, sale.refund, program.settings' })
  @Column()
  action: string;

  @Field()
  @Column({ name: 'entity_type' })
  entityType: string;

  @Field()
  @Column({ name: 'entity_id' })
  entityId: string;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
