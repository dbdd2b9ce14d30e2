import { RequestContext } from '../common/request-context';
import { PageInput, paginate } from '../common/paging';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  changes?: Record<string, unknown>;
}

function actorColumns(ctx: RequestContext) {
  const actor = ctx.authenticatedActor;
  const actorId = actor.kind === 'API_KEY' ? actor.apiKeyId : actor.kind === 'SYSTEM' ? null : actor.accountId;
  return { actorKind: actor.kind, actorId, actorLabel: actor.label };
}

/** Writes audit entries in the caller's transaction, so a change and its record commit together. */
export async function recordAudit(ctx: RequestContext, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const { actorKind, actorId, actorLabel } = actorColumns(ctx);
  await ctx.query(
    `INSERT INTO audit_entry (program_id, actor_kind, actor_id, actor_label, action, entity_type, entity_id, changes)
     SELECT $1, $2, $3, $4, r.action, r.entity_type, r.entity_id, r.changes
       FROM jsonb_to_recordset($5::jsonb) AS r(action text, entity_type text, entity_id text, changes jsonb)`,
    [
      ctx.programId,
      actorKind,
      actorId,
      actorLabel,
      JSON.stringify(
        records.map((r) => ({ action: r.action, entity_type: r.entityType, entity_id: r.entityId, changes: r.changes ?? {} })),
      ),
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
