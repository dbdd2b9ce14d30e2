import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKeyScope } from '@partnerbook/shared';

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do',
  valuesConfig: {
    READ: { description: 'Read everything a merchant viewer reads, the event feed and webhook deliveries included' },
    WRITE: {
      description: 'READ, and also record sales and refunds, act on commissions, pay, and manage webhook endpoints (never API keys)',
    },
  },
});

@ObjectType({ description: 'A key a third party uses to call the API for the program; the secret is shown once' })
@Entity('api_key')
export class ApiKey {
  @Field(() => ID, { description: "The key's id: pass it to revokeApiKey" })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field({ description: 'The name an admin gave the key (shown in the audit log as the actor)' })
  @Column()
  name: string;

  @Field({ description: 'The first characters of the key, to recognise it' })
  @Column({ name: 'key_prefix' })
  keyPrefix: string;

  @Column({ name: 'key_hash' })
  keyHash: string;

  @Field(() => ApiKeyScope, { description: 'What the key may do: READ or WRITE' })
  @Column({ type: 'text' })
  scope: ApiKeyScope;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field({ description: 'When the key was created' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { description: 'When a request last authenticated with the key; null if never', nullable: true })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { description: 'When it was revoked (it no longer authenticates); null while active', nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
