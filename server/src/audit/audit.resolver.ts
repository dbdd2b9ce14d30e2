import { Arg, Args, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { Connection, ConnectionArgs, PAGE_ARG_DESCRIPTION, PageInput, pagingOf } from '../common/paging';
import { AuditEntry } from './audit-entry.entity';
import { listAuditActions, listAuditActors, listAuditEntries } from './audit.service';
import { UUIDScalar } from '../common/scalars';

export enum AuditActorKind {
  MERCHANT = 'MERCHANT',
  PARTNER = 'PARTNER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}
registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who made a change',
  valuesConfig: {
    API_KEY: { description: 'An API key (its name is the label)' },
    MERCHANT: { description: 'A merchant team member (admin or viewer) signed in to the portal' },
    PARTNER: { description: 'A partner signed in to the portal' },
    SYSTEM: { description: 'The server itself (auto-approve job, email and webhook workers, seeding)' },
  },
});

@ObjectType({ description: 'Someone who can appear in the audit log, for a picker' })
export class AuditActor {
  @Field(() => AuditActorKind, { description: 'What kind of actor' })
  kind: AuditActorKind;

  @Field(() => ID, { nullable: true, description: 'Null: every actor of this kind (partners, the system)' })
  id: string | null;

  @Field({ description: "How people know them: a team member's or API key's name, or a label for the whole kind" })
  name: string;
}

@ObjectType({ description: 'A page of the audit log, newest first (Relay connection)' })
export class AuditEntryConnection extends Connection(AuditEntry) {}

@InputType({ description: 'Filters of the audit log; all given must match' })
export class AuditFilterInput {
  @Field({ description: 'Only changes of this kind of entity, e.g. Commission', nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityType?: string;

  @Field({ description: 'Only changes of this entity (its id)', nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityId?: string;

  @Field({ description: 'One action exactly, e.g. commission.approve (see auditActions)', nullable: true })
  @IsOptional()
  @Length(1, 100)
  action?: string;

  @Field(() => AuditActorKind, { description: 'Only changes made by this kind of actor', nullable: true })
  actorKind?: AuditActorKind;

  @Field(() => UUIDScalar, { nullable: true, description: 'With actorKind: one team member (account id) or API key' })
  actorId?: string;

  @Field({
    nullable: true,
    description: 'Recorded at or after this instant',
    deprecationReason: "Use fromDay: a day of the program's time zone, as the lists show their dates",
  })
  from?: Date;

  @Field({
    nullable: true,
    description: 'Recorded before this instant',
    deprecationReason: "Use toDay: a day of the program's time zone, as the lists show their dates",
  })
  to?: Date;

  @Field({ nullable: true, description: "Recorded on or after this day of the program's time zone (YYYY-MM-DD)" })
  @IsOptional()
  @Length(10, 10)
  fromDay?: string;

  @Field({ nullable: true, description: "Recorded on or before this day of the program's time zone (YYYY-MM-DD, included)" })
  @IsOptional()
  @Length(10, 10)
  toDay?: string;
}

@Resolver()
export class AuditResolver {
  @Authorized(AuthRole.MERCHANT_READ)
  @Query(() => AuditEntryConnection, { description: 'Every state change, newest first' })
  auditLog(
    @Arg('filter', () => AuditFilterInput, { description: 'Filters; all given must match', defaultValue: {} }) filter: AuditFilterInput,
    @Arg('page', () => PageInput, { defaultValue: { first: 25 }, description: PAGE_ARG_DESCRIPTION }) page: PageInput,
    @Args() connection: ConnectionArgs,
    @Ctx() { ctx }: GraphQLContext,
  ) {
    return listAuditEntries(ctx, filter, pagingOf(page, connection));
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
