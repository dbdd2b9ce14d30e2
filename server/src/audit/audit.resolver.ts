import { Arg, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { Connection, PageInput } from '../common/paging';
import { AuditEntry } from './audit-entry.entity';
import { listAuditActions, listAuditActors, listAuditEntries } from './audit.service';
import { UUIDScalar } from '../common/scalars';

export enum AuditActorKind {
  MERCHANT = 'MERCHANT',
  PARTNER = 'PARTNER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}
registerEnumType(AuditActorKind, { name: 'AuditActorKind' });

@ObjectType({ description: 'Someone who can appear in the audit log, for a picker' })
export class AuditActor {
  @Field(() => AuditActorKind)
  kind: AuditActorKind;

  @Field(() => ID, { nullable: true, description: 'Null: every actor of this kind (partners, the system)' })
  id: string | null;

  @Field()
  name: string;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@InputType()
export class AuditFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  action?: string;

  @Field(() => AuditActorKind, { nullable: true })
  actorKind?: AuditActorKind;

  @Field(() => UUIDScalar, { nullable: true, description: 'With actorKind: one team member (account id) or API key' })
  actorId?: string;

  @Field({ nullable: true, description: 'Recorded at or after' })
  from?: Date;

  @Field({ nullable: true, description: 'Recorded before' })
  to?: Date;
}

@Resolver()
export class AuditResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => AuditEntryConnection, { description: 'Every state change, newest first' })
  auditLog(
    @Arg('filter', () => AuditFilterInput, { defaultValue: {} }) filter: AuditFilterInput,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 } }) page: PageInput,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listAuditEntries(ctx, filter, page);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => [AuditActor], { description: 'Who can appear in the audit log: team members, API keys, any partner, the system' })
  auditActors(@Ctx() { ctx }: GraphQLContext) {
    return listAuditActors(ctx);
  }

  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => [String], { description: 'Every action the audit log records (e.g. commission.approve)' })
  auditActions(): string[] {
    return listAuditActions();
  }
}
