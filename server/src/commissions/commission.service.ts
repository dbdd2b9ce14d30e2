import { In } from 'typeorm';
import { CommissionKind, CommissionStatus, ErrorCode } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundEntity, NotFoundError, NotFoundErrorResult, errorResult, notFoundResult } from '../common/errors';
import { scopedFind } from '../common/scope';
import { Paging, paginate } from '../common/paging';
import { entityFromJson } from '../common/entity-rows';
import { auditCtes } from '../audit/audit.service';
import { eventTypeOf } from '../events/event-catalog';
import { Commission } from './commission.entity';
import { HoldingPeriodActiveError, InvalidCommissionStateError, SaleFullyRefundedError } from './commission.errors';
import { CommissionActionItem, CommissionActionPayload, CommissionFailureCount } from './commission.types';
import { CommissionFilter, CommissionSelection, CommissionSort, MAX_IDS_PER_ACTION } from './commission.inputs';
import { checkCommissionSelection, commissionFilterWhere, commissionSelectionWhere, commissionSortKey } from './commission-query';

export async function getCommission(ctx: RequestContext, id: string): Promise<Commission> {
  const commission = await ctx.manager.getRepository(Commission).findOneBy(scopedFind<Commission>(ctx, { id }));
  if (!commission) throw new NotFoundError('Commission', id);
  return commission;
}

/** The program's commissions with these ids, in the order of `ids`. */
export async function getCommissionsByIds(ctx: RequestContext, ids: string[]): Promise<Commission[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.manager.getRepository(Commission).findBy({ id: In(ids), programId: ctx.programId });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function filteredQuery(ctx: RequestContext, filter: CommissionFilter) {
  return commissionFilterWhere(ctx, filter).applyTo(ctx.manager.getRepository(Commission).createQueryBuilder('c'));
}

export function listCommissions(ctx: RequestContext, filter: CommissionFilter, page: Paging, sort?: CommissionSort | null) {
  return paginate(filteredQuery(ctx, filter), page, { alias: 'c', table: 'commission', sort: commissionSortKey(sort) });
}

interface LockedRow {
  id: string;
  status: CommissionStatus;
  kind: CommissionKind;
  amount_minor: string;
  payable_at: Date;
  held: boolean;
  /** In a start state and not refused, as locked. */
  eligible: boolean;
  updated: boolean;
  /** The updated commission, when the caller asked for more than its id and status. */
  row: Record<string, unknown> | null;
}

type Refusal = NotFoundErrorResult | InvalidCommissionStateError | HoldingPeriodActiveError | SaleFullyRefundedError;

interface TransitionSpec {
  action: 'approve' | 'cancel' | 'reinstate';
  /** States the action starts from; a selection by filter is limited to them. */
  from: CommissionStatus[];
  to: CommissionStatus;
  /** Extra refusal beyond not-found and wrong state: as SQL over the locked row `l` (true: refused), and the error it answers. */
  refuse?: { sql: string; error: (row: LockedRow) => Refusal };
  /** SQL assignments besides status/updated_at; `$text` is the action's text parameter. */
  set: string;
  text?: string | null;
}

/** What the caller of a bulk action asked to read back: the commissions' other fields need their rows. */
export interface ActionReadBack {
  /** Fields of the updated commissions beyond id and status were asked for. */
  commissionRows: boolean;
}

const ALL_FIELDS: ActionReadBack = { commissionRows: true };

/** Failures listed in the answer of an action over a filter (the rest are counted by code). */
export const MAX_REPORTED_FAILURES = 1_000;

interface BatchOutcome {
  /** Per id, in the order given: the commission (updated) or why not. */
  results: { id: string; result: Commission | Refusal }[];
  succeeded: number;
}

/**
 * One set-based step of an action, in one transaction and one statement: the selected rows are
 * found by their primary key (one probe per id, in id order, and the update by `id = ANY` of the
 * eligible ones: never a scan of the program's commissions, so the cost follows the batch, not the
 * table) and locked in id order as they are found (overlapping bulk actions queue instead of
 * deadlocking), each is checked
 * (state, then the action's own refusal), the eligible ones are updated with the state re-checked,
 * so two concurrent requests never both win a commission, and each change gets its audit entry and
 * event (audit.service.ts), in id order. Only what the caller asked for is read back.
 */
async function transitionBatch(ctx: RequestContext, ids: string[], spec: TransitionSpec, readBack: ActionReadBack): Promise<BatchOutcome> {
  return ctx.transaction(async (tx) => {
    const params: unknown[] = [tx.programId, ids, spec.to, spec.from, `commission.${spec.action}`];
    const param = (value: unknown, type: string) => {
      params.push(value);
      return `$${params.length}::${type}`;
    };
    const text = spec.text ? param(spec.text, 'text') : null;
    const set = spec.set.replace(/\$text/g, () => text ?? 'NULL::text');
    const eventType = param(eventTypeOf(`commission.${spec.action}`), 'text');
    const audit = auditCtes(tx, params, 'audit_source');
    const locked = await tx.query<LockedRow>(
      `WITH locked AS (
         SELECT c.id, c.status, c.kind, c.amount_minor, c.payable_at, c.payable_at > now() AS held
           FROM (SELECT DISTINCT u.id FROM unnest($2::uuid[]) AS u(id) ORDER BY u.id) u
          CROSS JOIN LATERAL (SELECT * FROM commission WHERE id = u.id AND program_id = $1 OFFSET 0) c
          ORDER BY c.id FOR UPDATE OF c
       ), updated AS (
         UPDATE commission c SET status = $3, updated_at = now(), ${set}
          WHERE c.program_id = $1 AND c.id = ANY (ARRAY(SELECT l.id FROM locked l
                                   WHERE l.status = ANY($4::text[]) ${spec.refuse ? `AND NOT (${spec.refuse.sql})` : ''}))
            -- Re-checked on the row's latest version: a concurrent payout may have made it PAID since this statement's snapshot.
            AND c.status = ANY($4::text[])
         RETURNING c.id${readBack.commissionRows ? ', row_to_json(c) AS row' : ''}
       ), audit_source AS (
         SELECT row_number() OVER (ORDER BY u.id)::int AS ord, $5::text AS action, ${eventType} AS event_type,
                'Commission'::text AS entity_type, u.id::text AS entity_id,
                jsonb_build_object('status', jsonb_build_object('from', l.status, 'to', $3::text))
                  ${text ? `|| jsonb_build_object('reason', ${text})` : ''} AS changes
           FROM updated u JOIN locked l ON l.id = u.id
       ), ${audit}
       SELECT l.id, l.status, l.kind, l.amount_minor::text AS amount_minor, l.payable_at, l.held, u.id IS NOT NULL AS updated,
              (l.status = ANY($4::text[]) ${spec.refuse ? `AND NOT (${spec.refuse.sql})` : ''}) AS eligible,
              ${readBack.commissionRows ? 'u.row' : 'NULL::json AS row'}
         FROM locked l LEFT JOIN updated u ON u.id = l.id`,
      params,
    );
    const byId = new Map(locked.map((row) => [row.id, row]));
    const changed = locked.filter((row) => row.updated);
    // Eligible as read but changed by a concurrent request before the update (e.g. paid): its state now, read afresh.
    const overtaken = locked.filter((row) => row.eligible && !row.updated).map((row) => row.id);
    if (overtaken.length > 0) {
      const now = await tx.query<{ id: string; status: CommissionStatus }>(
        `SELECT id, status FROM commission WHERE program_id = $1 AND id = ANY($2::uuid[])`,
        [tx.programId, overtaken],
      );
      for (const { id, status } of now) byId.set(id, { ...byId.get(id)!, status, eligible: false });
    }
    const results = ids.map((id) => {
      const row = byId.get(id);
      let result: Commission | Refusal;
      if (!row) result = notFoundResult(NotFoundEntity.COMMISSION, id, `Commission "${id}" was not found`);
      else if (row.updated) {
        result = row.row ? entityFromJson(tx.manager, Commission, row.row) : Object.assign(new Commission(), { id, status: spec.to });
      } else if (!spec.from.includes(row.status) || (!row.eligible && !spec.refuse)) {
        result = errorResult(InvalidCommissionStateError, `Cannot ${spec.action} a ${row.status} commission`, {
          currentStatus: row.status,
        });
      } else result = spec.refuse!.error(row);
      return { id, result };
    });
    return { results, succeeded: changed.length };
  });
}

const isRefusal = (result: Commission | Refusal): result is Refusal => !(result instanceof Commission);

function item(id: string, result: Commission | Refusal) {
  return Object.assign(new CommissionActionItem(), { commissionId: id, result });
}

/**
 * Moves the selected commissions from one of `from` to `to`, reporting per commission.
 * - By ids (at most 1,000): one transaction; one item per id, in the order given.
 * - By filter (any number): the matching commissions in id order, 1,000 at a time, each batch
 *   its own transaction (so locks stay short and a large action makes progress; running it again
 *   carries on, since done commissions no longer match). Every success and failure is counted;
 *   the items list the failures only, the first 1,000 of them, and `failureCounts` counts all of
 *   them by error code.
 */
async function transition(
  ctx: RequestContext,
  selection: CommissionSelection,
  spec: TransitionSpec,
  readBack: ActionReadBack,
): Promise<CommissionActionPayload> {
  const statuses = { byDefault: spec.from, allowed: spec.from };
  const byIds = checkCommissionSelection(selection, statuses, MAX_IDS_PER_ACTION);
  if (byIds) {
    const outcome = await transitionBatch(ctx, byIds, spec, readBack);
    const failures = outcome.results.filter((r) => isRefusal(r.result));
    return Object.assign(new CommissionActionPayload(), {
      items: outcome.results.map((r) => item(r.id, r.result)),
      succeeded: outcome.succeeded,
      failed: failures.length,
      unreportedFailures: 0,
      failureCounts: countByCode(failures.map((r) => r.result as Refusal)),
    });
  }
  const matching = commissionSelectionWhere(ctx, selection, statuses, MAX_IDS_PER_ACTION)
    .applyTo(ctx.manager.getRepository(Commission).createQueryBuilder('c'))
    .select('c.id', 'id');
  let after: string | null = null;
  let succeeded = 0;
  const failures: { id: string; result: Refusal }[] = [];
  const counts = new Map<ErrorCode, number>();
  for (;;) {
    const page = matching.clone().orderBy('c.id').limit(FILTER_BATCH);
    if (after) page.andWhere('c.id > :after', { after });
    const ids = (await page.getRawMany<{ id: string }>()).map((row) => row.id);
    if (ids.length === 0) break;
    const outcome = await transitionBatch(ctx, ids, spec, readBack);
    succeeded += outcome.succeeded;
    for (const r of outcome.results) {
      if (!isRefusal(r.result)) continue;
      counts.set(r.result.code, (counts.get(r.result.code) ?? 0) + 1);
      if (failures.length < MAX_REPORTED_FAILURES) failures.push({ id: r.id, result: r.result });
    }
    after = ids[ids.length - 1];
    if (ids.length < FILTER_BATCH) break;
  }
  const failed = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return Object.assign(new CommissionActionPayload(), {
    items: failures.map((f) => item(f.id, f.result)),
    succeeded,
    failed,
    unreportedFailures: failed - failures.length,
    failureCounts: [...counts].map(([code, count]) => Object.assign(new CommissionFailureCount(), { code, count })),
  });
}

function countByCode(refusals: Refusal[]): CommissionFailureCount[] {
  const counts = new Map<ErrorCode, number>();
  for (const refusal of refusals) counts.set(refusal.code, (counts.get(refusal.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => Object.assign(new CommissionFailureCount(), { code, count }));
}

/** Commissions a filter-wide action handles per transaction. */
const FILTER_BATCH = 1_000;

export function approveCommissions(ctx: RequestContext, selection: CommissionSelection, readBack: ActionReadBack = ALL_FIELDS) {
  return transition(
    ctx,
    selection,
    {
      action: 'approve',
      from: [CommissionStatus.PENDING],
      to: CommissionStatus.APPROVED,
      // Only sale commissions are held; manual rewards and clawbacks never are.
      refuse: {
        sql: `l.kind = 'SALE' AND l.held`,
        error: (row) =>
          errorResult(HoldingPeriodActiveError, `The holding period lasts until ${row.payable_at.toISOString()}`, {
            payableAt: row.payable_at,
          }),
      },
      set: 'approved_at = now()',
    },
    readBack,
  );
}

export function cancelCommissions(
  ctx: RequestContext,
  selection: CommissionSelection,
  reason: string,
  readBack: ActionReadBack = ALL_FIELDS,
) {
  // The partner reads this: a reason of only spaces says nothing, like an empty one.
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw new BadInputError('Give a reason for the cancellation: the partner sees it', { field: 'reason' });
  return transition(
    ctx,
    selection,
    {
      action: 'cancel',
      from: [CommissionStatus.PENDING, CommissionStatus.APPROVED],
      to: CommissionStatus.CANCELLED,
      set: 'cancel_reason = $text, cancelled_at = now(), approved_at = NULL',
      text: trimmed,
    },
    readBack,
  );
}

export function reinstateCommissions(ctx: RequestContext, selection: CommissionSelection, readBack: ActionReadBack = ALL_FIELDS) {
  return transition(
    ctx,
    selection,
    {
      action: 'reinstate',
      from: [CommissionStatus.CANCELLED],
      to: CommissionStatus.PENDING,
      // Refunds keep a cancelled commission's amount current, so reinstating re-runs it on the sale.
      refuse: {
        sql: 'l.amount_minor = 0',
        error: () => errorResult(SaleFullyRefundedError, 'The sale was fully refunded: nothing is left to reinstate'),
      },
      set: 'cancel_reason = NULL, cancelled_at = NULL',
    },
    readBack,
  );
}
