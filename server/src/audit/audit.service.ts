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

/** The columns of an audit source: one row per entry, `ord` numbering them 1…n in the order written. */
export const AUDIT_SOURCE_COLUMNS = 'ord int, action text, event_type text, entity_type text, entity_id text, changes jsonb';

/**
 * Audit records as the JSON of an audit source (`jsonb_to_recordset(…) AS r(${AUDIT_SOURCE_COLUMNS})`),
 * each with its event type (event-catalog.ts); an exact amount beyond 2^53 (a bigint) is written as
 * its digits, as the API writes it.
 */
export function auditSourceJson(records: AuditRecord[]): string {
  return JSON.stringify(
    records.map((r, i) => ({
      ord: i + 1,
      action: r.action,
      event_type: eventTypeOf(r.action, r.changes),
      entity_type: r.entityType,
      entity_id: r.entityId,
      changes: r.changes ?? {},
    })),
    (_key, value: unknown) => (typeof value === 'bigint' ? amountToJson(value) : value),
  );
}

/**
 * The common table expressions that write the audit entries of `source` (a CTE with the columns
 * AUDIT_SOURCE_COLUMNS), their events and the events' webhook deliveries, for a statement that
 * makes the change itself: the change, its record, its event and its deliveries are then one
 * statement, in the caller's transaction. Appends its parameters to `params`; the caller puts the
 * returned text after its own CTEs (data-modifying CTEs run whether the main query reads them or not).
 * The events' sequence numbers come from the program's `event_sequence` row, locked until the
 * transaction ends: numbers are taken in commit order, so the feed never has a gap a reader
 * could pass before it fills (see the EventFeed migration). A source without rows takes none.
 */
export function auditCtes(ctx: RequestContext, params: unknown[], source: string): string {
  const { actorKind, actorId, actorLabel } = actorColumns(ctx);
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const program = param(ctx.programId, 'uuid');
  const kind = param(actorKind, 'text');
  const id = param(actorId, 'text');
  const label = param(actorLabel, 'text');
  return `audit_entries AS (
       INSERT INTO audit_entry (program_id, actor_kind, actor_id, actor_label, action, entity_type, entity_id, changes)
       SELECT ${program}, ${kind}, ${id}, ${label}, r.action, r.entity_type, r.entity_id, r.changes FROM ${source} r ORDER BY r.ord
     ), audit_count AS (
       SELECT count(*)::bigint AS n FROM ${source}
     ), audit_counter AS (
       INSERT INTO event_sequence AS s (program_id, last_seq) SELECT ${program}, n FROM audit_count WHERE n > 0
       ON CONFLICT (program_id) DO UPDATE SET last_seq = s.last_seq + EXCLUDED.last_seq
       RETURNING last_seq
     ), audit_events AS (
       INSERT INTO event (id, program_id, seq, type, entity_type, entity_id, actor_kind, actor_label, payload)
       SELECT gen_random_uuid(), ${program}, audit_counter.last_seq - audit_count.n + r.ord, r.event_type, r.entity_type, r.entity_id,
              ${kind}, ${label}, r.changes
         FROM ${source} r CROSS JOIN audit_counter CROSS JOIN audit_count
       RETURNING id, seq, type
     ), audit_deliveries AS (
       INSERT INTO webhook_delivery (program_id, endpoint_id, event_id, event_seq)
       SELECT ${program}, w.id, e.id, e.seq
         FROM audit_events e JOIN webhook_endpoint w ON w.program_id = ${program} AND w.enabled AND e.type = ANY (w.event_types)
     )`;
}

/**
 * Writes audit entries, their events (event-catalog.ts) and the events' webhook deliveries in one
 * statement, in the caller's transaction, so a change, its record, its event and its deliveries
 * commit together — bulk paths included (those that can, write them in the change's own statement
 * with auditCtes).
 */
export async function recordAudit(ctx: RequestContext, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const params: unknown[] = [auditSourceJson(records)];
  await ctx.query(
    `WITH r AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${AUDIT_SOURCE_COLUMNS})), ${auditCtes(ctx, params, 'r')}
     SELECT count(*) FROM audit_count`,
    params,
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
