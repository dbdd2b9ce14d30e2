import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKeyScope } from '@partnerbook/shared';

registerEnumType(ApiKeyScope, { name: 'ApiKeyScope' });

@ObjectType({ description: 'A key a third party uses to call the API for the program; the secret is shown once' })
@Entity('api_key')
export class ApiKey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Field()
  @Column()
  name: string;

  @Field({ description: 'The first characters of the key, to recognise it' })
  @Column({ name: 'key_prefix' })
  keyPrefix: string;

  @Column({ name: 'key_hash' })
  keyHash: string;

  @Field(() => ApiKeyScope)
  @Column({ type: 'text' })
  scope: ApiKeyScope;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
