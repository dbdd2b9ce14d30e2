import { amountToJson } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { Paging, paginate } from '../common/paging';
import { BadInputError } from '../common/errors';
import { isUuid } from '../common/input-values';
import { requireFilterDate } from '../common/input-values';
import { localDayStartSql, requireLocalDay } from '../common/local-day';
import { AuditAction, EVENT_TYPE_OF_ACTION, eventTypeOf } from '../events/event-catalog';
import { AuditEntry, AuditSubject } from './audit-entry.entity';

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
 * SQL for an amount in minor units (a bigint or numeric expression) as audit JSON writes it
 * (amountToJson): a JSON number while it is a safe integer, its digits as a string beyond. For
 * audit sources built by PostgreSQL from the rows a statement writes.
 */
export function jsonAmountSql(amount: string): string {
  return `CASE WHEN abs(${amount}) <= ${Number.MAX_SAFE_INTEGER} THEN to_jsonb(${amount}) ELSE to_jsonb((${amount})::text) END`;
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
  actorKind?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  /** Days of the program's time zone (YYYY-MM-DD), the "to" day included. */
  fromDay?: string;
  toDay?: string;
}

export async function listAuditEntries(ctx: RequestContext, filter: AuditFilter, page: Paging) {
  const query = ctx.manager
    .getRepository(AuditEntry)
    .createQueryBuilder('a')
    .where('a.program_id = :programId', { programId: ctx.programId });
  if (filter.entityType) query.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
  if (filter.entityId) query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
  if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
  if (filter.actorKind) query.andWhere('a.actor_kind = :actorKind', { actorKind: filter.actorKind });
  if (filter.actorId) {
    if (!filter.actorKind || filter.actorKind === 'SYSTEM')
      throw new BadInputError('An actor id needs its kind: MERCHANT, PARTNER or API_KEY');
    query.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
  }
  if (filter.from) query.andWhere('a.created_at >= :from', { from: requireFilterDate(filter.from, 'from') });
  if (filter.to) query.andWhere('a.created_at < :to', { to: requireFilterDate(filter.to, 'to') });
  if (filter.fromDay)
    query.andWhere(`a.created_at >= ${localDayStartSql('fromDay', 'programId')}`, { fromDay: requireLocalDay(filter.fromDay, 'fromDay') });
  if (filter.toDay)
    query.andWhere(`a.created_at < ${localDayStartSql('toDay', 'programId', 1)}`, { toDay: requireLocalDay(filter.toDay, 'toDay') });
  const connection = await paginate(query, page, { alias: 'a', table: 'audit_entry', serialId: true });
  await describeEntries(ctx, connection.nodes);
  return connection;
}

interface SubjectRow {
  entity_type: string;
  entity_id: string;
  name: string | null;
  partner_id: string | null;
  partner_name: string | null;
  sale_id: string | null;
  order_id: string | null;
}

/**
 * Names the actors and objects of a page of entries, in one statement: who (a team member's or
 * partner's display name, an API key's name) and what (a sale's order id, a commission's partner
 * and order, a payment's partner…), so the log reads as sentences, never as ids.
 */
async function describeEntries(ctx: RequestContext, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const refs = JSON.stringify(entries.map((e) => ({ t: e.entityType, i: e.entityId })));
  const actors = JSON.stringify(entries.filter((e) => e.actorId && isUuid(e.actorId)).map((e) => ({ k: e.actorKind, i: e.actorId })));
  const [row] = await ctx.query<{ subjects: SubjectRow[] | null; actors: { kind: string; id: string; name: string }[] | null }>(
    `WITH refs AS (
       SELECT DISTINCT r.t AS entity_type, r.i AS entity_id, CASE WHEN r.i ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN r.i::uuid END AS uid
         FROM jsonb_to_recordset($2::jsonb) AS r(t text, i text)
     ), subjects AS (
       SELECT r.entity_type, r.entity_id,
              CASE r.entity_type
                WHEN 'Sale' THEN s.external_id
                WHEN 'Commission' THEN coalesce(cs.external_id, c.description)
                WHEN 'Partner' THEN p.name
                WHEN 'Payment' THEN pp.name
                WHEN 'Product' THEN pr.name
                WHEN 'ApiKey' THEN k.name
                WHEN 'Account' THEN ac.display_name
              END AS name,
              coalesce(p.id, cp.id, pp.id) AS partner_id,
              coalesce(p.name, cp.name, pp.name) AS partner_name,
              coalesce(s.id, cs.id) AS sale_id,
              coalesce(s.external_id, cs.external_id) AS order_id
         FROM refs r
         LEFT JOIN sale s ON r.entity_type = 'Sale' AND s.program_id = $1 AND s.id = r.uid
         LEFT JOIN commission c ON r.entity_type = 'Commission' AND c.program_id = $1 AND c.id = r.uid
         LEFT JOIN sale cs ON cs.program_id = $1 AND cs.id = c.sale_id
         LEFT JOIN partner cp ON cp.program_id = $1 AND cp.id = c.partner_id
         LEFT JOIN partner p ON r.entity_type = 'Partner' AND p.program_id = $1 AND p.id = r.uid
         LEFT JOIN payment pay ON r.entity_type = 'Payment' AND pay.program_id = $1 AND pay.id = r.uid
         LEFT JOIN partner pp ON pp.program_id = $1 AND pp.id = pay.partner_id
         LEFT JOIN product pr ON r.entity_type = 'Product' AND pr.program_id = $1 AND pr.id = r.uid
         LEFT JOIN api_key k ON r.entity_type = 'ApiKey' AND k.program_id = $1 AND k.id = r.uid
         LEFT JOIN account ac ON r.entity_type = 'Account' AND ac.program_id = $1 AND ac.id = r.uid
     ), actor_refs AS (
       SELECT DISTINCT r.k AS kind, r.i::uuid AS id FROM jsonb_to_recordset($3::jsonb) AS r(k text, i text)
     ), actor_names AS (
       SELECT r.kind, r.id::text AS id, coalesce(k.name, pa.name, ac.display_name) AS name
         FROM actor_refs r
         LEFT JOIN api_key k ON r.kind = 'API_KEY' AND k.program_id = $1 AND k.id = r.id
         LEFT JOIN account ac ON r.kind IN ('MERCHANT', 'PARTNER') AND ac.program_id = $1 AND ac.id = r.id
         LEFT JOIN partner pa ON r.kind = 'PARTNER' AND pa.program_id = $1 AND pa.id = ac.partner_id
     )
     SELECT (SELECT json_agg(subjects) FROM subjects) AS subjects,
            (SELECT json_agg(actor_names) FROM actor_names WHERE name IS NOT NULL) AS actors`,
    [ctx.programId, refs, actors],
  );
  const subjects = new Map((row?.subjects ?? []).map((s) => [`${s.entity_type}|${s.entity_id}`, s]));
  const actorNames = new Map((row?.actors ?? []).map((a) => [`${a.kind}|${a.id}`, a.name]));
  for (const entry of entries) {
    const s = subjects.get(`${entry.entityType}|${entry.entityId}`);
    entry.subject = Object.assign(new AuditSubject(), {
      name: s?.name ?? null,
      partnerId: s?.partner_id ?? null,
      partnerName: s?.partner_name ?? null,
      saleId: s?.sale_id ?? null,
      orderId: s?.order_id ?? null,
    });
    entry.actorName = actorNames.get(`${entry.actorKind}|${entry.actorId}`) ?? fallbackActorName(entry);
  }
}

/** An actor no longer on file: the label written with the entry (an API key's without its prefix). */
function fallbackActorName(entry: AuditEntry): string {
  if (entry.actorKind === 'API_KEY') return entry.actorLabel.replace(/^api-key:/, '');
  return entry.actorLabel;
}

/**
 * Who can appear in the log, for a picker: the program's team members and API keys (revoked ones
 * too), and the system. Partners are one choice ("any partner"), not listed one by one.
 */
export async function listAuditActors(ctx: RequestContext): Promise<{ kind: string; id: string | null; name: string }[]> {
  const rows = await ctx.query<{ kind: string; id: string | null; name: string }>(
    `SELECT 'MERCHANT' AS kind, id::text AS id, display_name AS name FROM account WHERE program_id = $1 AND merchant_role IS NOT NULL
     UNION ALL
     SELECT 'API_KEY', id::text, name FROM api_key WHERE program_id = $1
     ORDER BY 1, 3, 2
     LIMIT 1000`,
    [ctx.programId],
  );
  return [...rows, { kind: 'PARTNER', id: null, name: 'Any partner' }, { kind: 'SYSTEM', id: null, name: 'System' }];
}

/** Every audited action, for a picker. */
export function listAuditActions(): string[] {
  return Object.keys(EVENT_TYPE_OF_ACTION).sort();
}
