import { Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from './errors';
import { isUuid } from './input-values';

/**
 * Relay cursor connections, in one place: the `PageInfo` type, the `first`/`after`/`last`/`before`
 * arguments, the `XxxConnection`/`XxxEdge` type factory, opaque cursors, and keyset paging over a
 * TypeORM query. Every list of the API pages through here (the event feed, webhook deliveries and
 * pending payments have their own SQL but the same cursors and PageInfo).
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
/** A cursor is base64url of an id, a serial number or a short key: nothing longer is one. */
const MAX_CURSOR_LENGTH = 200;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sorted list; ties are broken by id in the same direction',
  valuesConfig: {
    ASC: { description: 'Smallest (or earliest, or alphabetically first) first' },
    DESC: { description: 'Largest (or latest, or alphabetically last) first' },
  },
});

/** A list's order other than newest first: a SQL expression over a row alias, and its direction (ties broken by id, the same way). */
export interface SortKey {
  sql: (alias: string) => string;
  direction: SortDirection;
}

/** A list's sort input (`field` among the list's keys, `direction`) as a `SortKey`; an unknown field is refused. */
export function sortKeyOf<F extends string>(
  keys: Record<F, (alias: string) => string>,
  sort: { field: F; direction?: SortDirection | null } | null | undefined,
): SortKey | undefined {
  if (!sort) return undefined;
  const sql = Object.prototype.hasOwnProperty.call(keys, sort.field) ? keys[sort.field] : undefined;
  if (!sql) throw new BadInputError(`Cannot sort by ${String(sort.field)}`);
  return { sql, direction: sort.direction === SortDirection.ASC ? SortDirection.ASC : SortDirection.DESC };
}

@InputType({
  description:
    'Forward paging as one input, the older form of the `first`/`after` arguments (which, when given, replace it): at most 100 items a page',
})
export class PageInput {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Items on this page, 1 to 100' })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field({
    nullable: true,
    description: 'The endCursor of the previous page (or any edge cursor): the page starts right after that item. Absent: from the start',
  })
  after?: string;
}

/** Relay forward paging arguments, for lists that page forward only; with either given, a list's `page` input is ignored. */
@ArgsType()
export class ForwardConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Relay forward paging: the first n items (after `after`), 1 to 100 (default 25). When any Relay argument is given, `page` is ignored',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Relay forward paging: start right after the item of this cursor (an edge cursor or pageInfo.endCursor)',
  })
  after?: string | null;

  last?: number | null;
  before?: string | null;
}

/** Relay connection arguments, both directions; with any of them given, a list's `page` input is ignored. */
@ArgsType()
export class ConnectionArgs extends ForwardConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Relay backward paging: the last n items (before `before`, or of the whole list), 1 to 100. Not with `first`',
  })
  override last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Relay backward paging: end right before the item of this cursor (an edge cursor or pageInfo.startCursor). Not with `after`',
  })
  override before?: string | null;
}

/** What a list is asked for: forward (`first`/`after`) or backward (`last`/`before`). */
export interface Paging {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The paging a list field was asked for: its Relay arguments when any is given, else its `page` input. */
export function pagingOf(page: PageInput | null | undefined, args: Paging | null | undefined): Paging {
  const relay = args ?? {};
  if (relay.first != null || relay.after != null || relay.last != null || relay.before != null) {
    return { first: relay.first, after: relay.after, last: relay.last, before: relay.before };
  }
  return { first: page?.first ?? DEFAULT_PAGE_SIZE, after: page?.after ?? null };
}

type ResolvedPaging = { backward: false; size: number; cursor: string | null } | { backward: true; size: number; cursor: string | null };

function checkSize(value: number, field: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadInputError(`${field} must be between 1 and ${max}`, { field });
  }
  return value;
}

/** Validates a request's paging: `first` or `last` (1 to max), not both; `after` or `before`, not both. */
export function resolvePaging(paging: Paging, max = MAX_PAGE_SIZE, defaultSize = DEFAULT_PAGE_SIZE): ResolvedPaging {
  if (paging.first != null && paging.last != null) throw new BadInputError('Give first or last, not both', { field: 'last' });
  if (paging.after != null && paging.before != null) throw new BadInputError('Give after or before, not both', { field: 'before' });
  if (paging.last != null || paging.before != null) {
    if (paging.first != null) throw new BadInputError('before pages backward: give it with last, not first', { field: 'first' });
    if (paging.after != null) throw new BadInputError('after pages forward: give it with first, not last', { field: 'after' });
    return { backward: true, size: checkSize(paging.last ?? defaultSize, 'last', max), cursor: paging.before ?? null };
  }
  return { backward: false, size: checkSize(paging.first ?? defaultSize, 'first', max), cursor: paging.after ?? null };
}

/** Forward paging only (`first`/`after`): lists whose order cannot cheaply be walked backwards. */
export function resolveForwardPaging(paging: Paging, max = MAX_PAGE_SIZE, defaultSize = DEFAULT_PAGE_SIZE) {
  if (paging.last != null || paging.before != null)
    throw new BadInputError('This list pages forward only (first/after)', { field: 'last' });
  return { size: checkSize(paging.first ?? defaultSize, 'first', max), cursor: paging.after ?? null };
}

@ObjectType({
  description: 'Where a page of a list stands (Relay PageInfo). Pass endCursor as `after` to read on, startCursor as `before` to read back',
})
export class PageInfo {
  @Field({ description: 'More items follow this page in the list’s order' })
  hasNextPage: boolean;

  @Field({
    description:
      'Items precede this page. Exact on the program-wide and partner lists; the event feed, webhook deliveries and pending payments page forward only and say false',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The first item's cursor; null on an empty page" })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The last item's cursor; null on an empty page (never null in the event feed: it then repeats the cursor given)",
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `XxxEdge` type of a node type and a base class for its `XxxConnection`. `name` is the
 * node's GraphQL name when it differs from the class name.
 */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string = nodeType.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a list and its cursor (Relay edge)` })
  class EdgeType implements Edge<T> {
    @Field({ description: 'Opaque cursor of this item: pass it as `after` (or `before`) to page from here' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${name}` })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors, in the list’s order' })
    edges: Edge<T>[];

    @Field(() => [nodeType], { description: 'The items of this page, in the list’s order (the edges’ nodes, for convenience)' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more items precede or follow this page' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Items matching the filters, over all pages' })
    totalCount: number;
  }
  return ConnectionType;
}

/** An opaque cursor: base64url of an id, serial number or key. */
export function encodeCursor(id: string | number): string {
  return Buffer.from(String(id), 'utf8').toString('base64url');
}

/**
 * The id (or serial number with `numeric`) inside a cursor. Anything else — not base64url, not
 * canonical, another kind of key — is refused with BAD_USER_INPUT.
 */
export function decodeCursor(cursor: string, numeric = false): string {
  const invalid = () => new BadInputError(`"${cursor.slice(0, 40)}" is not a valid cursor`, { field: 'cursor' });
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw invalid();
  }
  const value = Buffer.from(cursor, 'base64url').toString('utf8');
  if (encodeCursor(value) !== cursor) throw invalid();
  if (numeric ? !/^\d{1,18}$/.test(value) : !isUuid(value)) throw invalid();
  return value;
}

/** A connection from a page of items, each with its cursor. */
export function connectionOf<T>(
  nodes: T[],
  cursorOf: (node: T) => string,
  info: { hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number },
): ConnectionShape<T> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    totalCount: info.totalCount,
    pageInfo: {
      hasNextPage: info.hasNextPage,
      hasPreviousPage: info.hasPreviousPage,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/**
 * Keyset paging over `alias.created_at, alias.id`, newest first (or `alias.id` alone for serial
 * ids, or the order of `sort`, ties broken by id the same way), forward with first/after or
 * backward with last/before. The cursor is a row's id; its sort key is looked up in SQL from that
 * row (correlated on program_id: a cursor naming another program's row matches nothing), so the
 * cursor stays exact at microsecond precision. hasPreviousPage (forward) and hasNextPage
 * (backward) are exact: one more query of at most one row.
 */
export async function paginate<T extends ObjectLiteral & { id: string | number }>(
  query: SelectQueryBuilder<T>,
  paging: Paging,
  options: { alias: string; table: string; serialId?: boolean; sort?: SortKey },
): Promise<ConnectionShape<T>> {
  const { alias, table, serialId } = options;
  const request = resolvePaging(paging);
  const sort = serialId ? undefined : options.sort;
  const direction = sort ? (sort.direction === SortDirection.ASC ? 'ASC' : 'DESC') : 'DESC';
  // The row's position in the list's order, and the cursor row's, as comparable SQL row values.
  const key = sort ? `(${sort.sql(alias)}, ${alias}.id)` : serialId ? `${alias}.id` : `(${alias}.created_at, ${alias}.id)`;
  const cursorKey = sort
    ? `(SELECT ${sort.sql('k')}, k.id FROM ${table} k WHERE k.id = :pagingCursor AND k.program_id = ${alias}.program_id)`
    : serialId
      ? `:pagingCursor`
      : `(SELECT k.created_at, k.id FROM ${table} k WHERE k.id = :pagingCursor AND k.program_id = ${alias}.program_id)`;
  // "after the cursor in the list's order"
  const follows = `${key} ${direction === 'ASC' ? '>' : '<'} ${cursorKey}`;
  const precedes = `${key} ${direction === 'ASC' ? '<' : '>'} ${cursorKey}`;
  const order = (q: SelectQueryBuilder<T>, reverse: boolean) => {
    const dir = reverse ? (direction === 'ASC' ? 'DESC' : 'ASC') : direction;
    if (sort) return q.orderBy(sort.sql(alias), dir).addOrderBy(`${alias}.id`, dir);
    if (serialId) return q.orderBy(`${alias}.id`, dir);
    return q.orderBy(`${alias}.createdAt`, dir).addOrderBy(`${alias}.id`, dir);
  };

  const totalCount = await query.clone().getCount();
  const cursor = request.cursor ? decodeCursor(request.cursor, serialId) : null;
  const window = query.clone();
  if (cursor !== null) window.andWhere(request.backward ? precedes : follows, { pagingCursor: cursor });
  const rows = await order(window, request.backward)
    .limit(request.size + 1)
    .getMany();
  const more = rows.length > request.size;
  const nodes = rows.slice(0, request.size);
  if (request.backward) nodes.reverse();
  // Items on the other side of the cursor: the cursor's own row counts (it is not on this page).
  let beyondCursor = false;
  if (cursor !== null) {
    const other = await query
      .clone()
      .andWhere(`NOT (${request.backward ? precedes : follows})`, { pagingCursor: cursor })
      .limit(1)
      .getMany();
    beyondCursor = other.length > 0;
  }
  return connectionOf(nodes, (node) => encodeCursor(node.id), {
    totalCount,
    hasNextPage: request.backward ? beyondCursor : more,
    hasPreviousPage: request.backward ? more : beyondCursor,
  });
}

/** The description of every list's `page` argument. */
export const PAGE_ARG_DESCRIPTION =
  'Forward paging as one input (first 1 to 100, after a cursor). Ignored when any of first/after/last/before is given';
