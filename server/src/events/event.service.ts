import { BadInputError } from '../common/errors';
import { RequestContext } from '../common/request-context';
import { connectionOf, decodeCursor, encodeCursor, resolveForwardPaging } from '../common/paging';
import { EVENT_TYPES, isEventType } from './event-catalog';
import { DomainEvent, DomainEventConnection, MAX_EVENTS_PAGE } from './event.types';

interface EventRow {
  id: string;
  seq: string;
  type: string;
  entity_type: string;
  entity_id: string;
  actor_kind: string;
  actor_label: string;
  occurred_at: Date;
  payload: Record<string, unknown>;
}

/** The cursor before the first event. */
export const START_CURSOR = encodeCursor(0);

export function eventFromRow(row: EventRow): DomainEvent {
  return Object.assign(new DomainEvent(), {
    id: row.id,
    sequence: String(row.seq),
    type: row.type,
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorKind: row.actor_kind,
    actorLabel: row.actor_label,
    occurredAt: row.occurred_at,
    payload: row.payload,
  });
}

export function validateEventTypes(types: string[] | null | undefined, field = 'types'): string[] | null {
  if (!types) return null;
  if (types.length === 0) throw new BadInputError(`${field} must name at least one event type, or be left out`, { field });
  if (types.length > EVENT_TYPES.length) throw new BadInputError(`${field} lists more types than exist`, { field });
  const unknown = types.find((type) => !isEventType(type));
  if (unknown !== undefined) {
    throw new BadInputError(`${field}: unknown event type; known types are ${EVENT_TYPES.join(', ')}`, { field });
  }
  return [...new Set(types)];
}

/**
 * The program's events after `after`, oldest first. Sequence numbers are handed out in commit
 * order (see recordAudit), so every event a later page could hold is numbered above this page's
 * last: a reader that keeps the end cursor never misses one.
 */
export async function listEvents(
  ctx: RequestContext,
  args: { after?: string | null; first: number; types?: string[] | null },
): Promise<DomainEventConnection> {
  const { size: first } = resolveForwardPaging({ first: args.first }, MAX_EVENTS_PAGE);
  const types = validateEventTypes(args.types);
  const after = args.after ? decodeCursor(args.after, true) : '0';
  const rows = await ctx.query<EventRow>(
    `SELECT id, seq::text AS seq, type, entity_type, entity_id, actor_kind, actor_label, occurred_at, payload
       FROM event
      WHERE program_id = $1 AND seq > $2::bigint AND ($3::text[] IS NULL OR type = ANY($3::text[]))
      ORDER BY event.seq LIMIT $4`,
    [ctx.programId, after, types, first + 1],
  );
  const nodes = rows.slice(0, first).map(eventFromRow);
  const { edges, pageInfo } = connectionOf(nodes, (node) => encodeCursor(node.sequence), {
    hasNextPage: rows.length > first,
    hasPreviousPage: false,
    totalCount: 0,
  });
  // An empty page repeats the cursor given, so a poller keeps its place.
  return Object.assign(new DomainEventConnection(), {
    nodes,
    edges,
    pageInfo: { ...pageInfo, endCursor: pageInfo.endCursor ?? args.after ?? START_CURSOR },
  });
}
