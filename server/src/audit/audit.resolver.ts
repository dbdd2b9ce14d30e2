import { Arg, Authorized, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { AuthRole } from '../common/request-context';
import { GraphQLContext } from '../common/graphql-context';
import { Connection, PageInput } from '../common/paging';
import { AuditEntry } from './audit-entry.entity';
import { listAuditEntries } from './audit.service';

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
}
