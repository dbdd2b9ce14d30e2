import { Max, Min } from 'class-validator';
import { ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from './errors';
import { isUuid } from './input-values';

export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

/** A list's order other than newest first: a SQL expression over a row alias, and its direction (ties broken by id, the same way). */
export interface SortKey {
  sql: (alias: string) => string;
  direction: SortDirection;
}

@InputType({ description: 'Cursor paging: at most 100 items a page' })
export class PageInput {
  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 25;

  @Field({ nullable: true, description: 'The endCursor of the previous page' })
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a `XxxConnection` GraphQL type for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Items matching the filters, over all pages' })
    totalCount: number;
  }
  return ConnectionType;
}

export function encodeCursor(id: string | number): string {
  return Buffer.from(String(id), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, numeric = false): string {
  const value = Buffer.from(cursor, 'base64url').toString('utf8');
  if (numeric ? !/^\d{1,18}$/.test(value) : !isUuid(value)) throw new BadInputError(`"${cursor}" is not a valid cursor`);
  return value;
}

/**
 * Keyset paging, newest first, over `alias.created_at, alias.id` (or `alias.id` alone for
 * serial ids). The cursor is the last row's id; its sort key is looked up in SQL, so the
 * cursor stays exact at microsecond precision.
 */
export async function paginate<T extends ObjectLiteral & { id: string | number }>(
  query: SelectQueryBuilder<T>,
  page: PageInput,
  options: { alias: string; table: string; serialId?: boolean; sort?: SortKey },
): Promise<ConnectionShape<T>> {
  const { alias, table, serialId, sort } = options;
  const first = page.first ?? 25;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const totalCount = await query.clone().getCount();
  if (sort && !serialId) return paginateSorted(query, first, totalCount, page.after, { alias, table, sort });
  if (page.after) {
    const afterId = decodeCursor(page.after, serialId);
    query.andWhere(
      serialId
        ? `${alias}.id < :pagingAfter`
        : // Correlated on program_id: a cursor naming another program's row matches nothing.
          `(${alias}.created_at, ${alias}.id) < (SELECT k.created_at, k.id FROM ${table} k WHERE k.id = :pagingAfter AND k.program_id = ${alias}.program_id)`,
      { pagingAfter: afterId },
    );
  }
  if (!serialId) query.orderBy(`${alias}.createdAt`, 'DESC').addOrderBy(`${alias}.id`, 'DESC');
  else query.orderBy(`${alias}.id`, 'DESC');
  const rows = await query.limit(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
  };
}

/**
 * Keyset paging in the order of `sort`, ties broken by id in the same direction. The cursor is the
 * last row's id; its sort key is computed in SQL from that row, so it stays exact.
 */
async function paginateSorted<T extends ObjectLiteral & { id: string | number }>(
  query: SelectQueryBuilder<T>,
  first: number,
  totalCount: number,
  after: string | undefined,
  options: { alias: string; table: string; sort: SortKey },
): Promise<ConnectionShape<T>> {
  const { alias, table, sort } = options;
  const direction = sort.direction === SortDirection.ASC ? 'ASC' : 'DESC';
  if (after) {
    const afterId = decodeCursor(after);
    query.andWhere(
      `(${sort.sql(alias)}, ${alias}.id) ${direction === 'ASC' ? '>' : '<'} (SELECT ${sort.sql('k')}, k.id FROM ${table} k WHERE k.id = :pagingAfter AND k.program_id = ${alias}.program_id)`,
      { pagingAfter: afterId },
    );
  }
  query.orderBy(sort.sql(alias), direction).addOrderBy(`${alias}.id`, direction);
  const rows = await query.limit(first + 1).getMany();
  const hasNextPage = rows.length > first;
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
  };
}
