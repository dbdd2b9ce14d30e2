import { amountToJson } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { PageInput, paginate } from '../common/paging';
import { AuditAction, eventTypeOf } from '../events/event-catalog';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes?: Record<string, unknown>;
}

function actorColumns(ctx: RequestContext) {
  const actor = ctx.authenticatedActor;
  const actorId = actor.kind === 'API_KEY' ? actor.apiKeyId : actor.kind === 'SYSTEM' ? null : actor.accountId;
  return { actorKind: actor.kind, actorId, actorLabel: actor.label };
}

/**
 * Writes audit entries, their events (event-catalog.ts) and the events' webhook deliveries in one
 * statement, in the caller's transaction, so a change, its record, its event and its deliveries
 * commit together — bulk paths included.
 * The events' sequence numbers come from the program's `event_sequence` row, locked until the
 * transaction ends: numbers are taken in commit order, so the feed never has a gap a reader
 * could pass before it fills (see the EventFeed migration).
 */
export async function recordAudit(ctx: RequestContext, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const { actorKind, actorId, actorLabel } = actorColumns(ctx);
  await ctx.query(
    `WITH r AS (
       SELECT * FROM jsonb_to_recordset($5::jsonb)
         AS r(ord int, action text, event_type text, entity_type text, entity_id text, changes jsonb)
     ), audit AS (
       INSERT INTO audit_entry (program_id, actor_kind, actor_id, actor_label, action, entity_type, entity_id, changes)
       SELECT $1, $2, $3, $4, r.action, r.entity_type, r.entity_id, r.changes FROM r ORDER BY r.ord
     ), counter AS (
       INSERT INTO event_sequence AS s (program_id, last_seq) VALUES ($1, $6)
       ON CONFLICT (program_id) DO UPDATE SET last_seq = s.last_seq + $6
       RETURNING last_seq
     ), written AS (
       INSERT INTO event (id, program_id, seq, type, entity_type, entity_id, actor_kind, actor_label, payload)
       SELECT gen_random_uuid(), $1, counter.last_seq - $6 + r.ord, r.event_type, r.entity_type, r.entity_id, $2, $4, r.changes
         FROM r CROSS JOIN counter
       RETURNING id, seq, type
     )
     INSERT INTO webhook_delivery (program_id, endpoint_id, event_id, event_seq)
     SELECT $1, w.id, written.id, written.seq
       FROM written JOIN webhook_endpoint w ON w.program_id = $1 AND w.enabled AND written.type = ANY (w.event_types)`,
    [
      ctx.programId,
      actorKind,
      actorId,
      actorLabel,
      JSON.stringify(
        records.map((r, i) => ({
          ord: i + 1,
          action: r.action,
          event_type: eventTypeOf(r.action, r.changes),
          entity_type: r.entityType,
          entity_id: r.entityId,
          changes: r.changes ?? {},
        })),
        // An exact amount beyond 2^53 (a bigint) is written as its digits, as the API writes it.
        (_key, value: unknown) => (typeof value === 'bigint' ? amountToJson(value) : value),
      ),
      records.length,
    ],
  );
}
export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
}

export function listAuditEntries(ctx: RequestContext, filter: AuditFilter, page: PageInput) {
  const query = ctx.manager
    .getRepository(AuditEntry)
    .createQueryBuilder('a')
    .where('a.program_id = :programId', { programId: ctx.programId });
  if (filter.entityType) query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
  if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
  if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
  return paginate(query, page, { alias: 'a', table: 'audit_entry', serialId: true });
}
