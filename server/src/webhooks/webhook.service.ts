import { recordAudit } from '../audit/audit.service';
import { BadInputError, errorResult, NotFoundError } from '../common/errors';
import { connectionOf, decodeCursor, encodeCursor, resolveForwardPaging } from '../common/paging';
import { RequestContext } from '../common/request-context';
import { SUBSCRIBABLE_EVENT_TYPES, WEBHOOK_TEST_EVENT } from '../events/event-catalog';
import { eventFromRow, validateEventTypes } from '../events/event.service';
import { WebhookUrlPolicy, webhookUrlProblem } from './webhook-address-rules';
import { newWebhookSecret } from './webhook-delivery-rules';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from './webhook.inputs';
import {
  ReplayRangeTooLargeError,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEndpoint,
  WebhookEndpointCreated,
  WebhookReplayQueued,
  WebhookSecretRotated,
} from './webhook.types';

/** Endpoints per program: each costs a delivery per event. */
export const MAX_ENDPOINTS_PER_PROGRAM = 20;
/** After a rotation the previous secret signs too, for this long, so receivers can switch over. */
export const SECRET_OVERLAP_HOURS = 24;
/** The most events one replay queues: a longer range is refused (ReplayRangeTooLargeError). */
export const MAX_REPLAY_EVENTS = 1_000;

const ENDPOINT_COLUMNS = `id, url, description, event_types, enabled, previous_secret_expires_at, failing_since, disabled_at, disabled_reason,
  created_at, updated_at`;

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  event_types: string[];
  enabled: boolean;
  previous_secret_expires_at: Date | null;
  failing_since: Date | null;
  disabled_at: Date | null;
  disabled_reason: WebhookDisabledReason | null;
  created_at: Date;
  updated_at: Date;
}

function endpointFromRow(row: EndpointRow): WebhookEndpoint {
  return Object.assign(new WebhookEndpoint(), {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    enabled: row.enabled,
    previousSecretExpiresAt: row.previous_secret_expires_at,
    failingSince: row.failing_since,
    disabledAt: row.disabled_at,
    disabledReason: row.disabled_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function checkUrl(url: string, policy: WebhookUrlPolicy): string {
  const trimmed = url.trim();
  const problem = webhookUrlProblem(trimmed, policy);
  if (problem) throw new BadInputError(problem, { field: 'url' });
  return trimmed;
}

function checkTypes(types: string[]): string[] {
  const checked = validateEventTypes(types, 'eventTypes')!;
  if (checked.includes(WEBHOOK_TEST_EVENT)) {
    throw new BadInputError(`eventTypes: ${WEBHOOK_TEST_EVENT} is sent only by sendWebhookTestEvent, to the endpoint it names`, {
      field: 'eventTypes',
    });
  }
  return checked;
}

/** The event types an endpoint may subscribe to, sorted. */
export function webhookEventTypes(): string[] {
  return [...SUBSCRIBABLE_EVENT_TYPES];
}

export async function listWebhookEndpoints(ctx: RequestContext): Promise<WebhookEndpoint[]> {
  const rows = await ctx.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint WHERE program_id = $1 ORDER BY created_at, id`,
    [ctx.programId],
  );
  return rows.map(endpointFromRow);
}

export async function createWebhookEndpoint(
  ctx: RequestContext,
  policy: WebhookUrlPolicy,
  input: CreateWebhookEndpointInput,
): Promise<WebhookEndpointCreated> {
  const url = checkUrl(input.url, policy);
  const eventTypes = checkTypes(input.eventTypes);
  const secret = newWebhookSecret();
  return ctx.transaction(async (tx) => {
    // One creation at a time per program, so the limit holds under concurrency.
    await tx.query(`SELECT 1 FROM program WHERE id = $1 FOR UPDATE`, [tx.programId]);
    const [{ count }] = await tx.query<{ count: number }>(`SELECT count(*)::int AS count FROM webhook_endpoint WHERE program_id = $1`, [
      tx.programId,
    ]);
    if (count >= MAX_ENDPOINTS_PER_PROGRAM) {
      throw new BadInputError(`A program has at most ${MAX_ENDPOINTS_PER_PROGRAM} webhook endpoints; delete one first`);
    }
    const [row] = await tx.query<EndpointRow>(
      `INSERT INTO webhook_endpoint (program_id, url, description, event_types, enabled, secret, disabled_at, disabled_reason)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN NOT $5 THEN now() END, CASE WHEN NOT $5 THEN 'MANUAL' END) RETURNING ${ENDPOINT_COLUMNS}`,
      [tx.programId, url, input.description.trim(), eventTypes, input.enabled, secret],
    );
    await recordAudit(tx, [
      {
        action: 'webhookEndpoint.create',
        entityType: 'WebhookEndpoint',
        entityId: row.id,
        changes: { url, eventTypes, enabled: input.enabled },
      },
    ]);
    return Object.assign(new WebhookEndpointCreated(), { endpoint: endpointFromRow(row), secret });
  });
}

async function lockEndpoint(tx: RequestContext, id: string): Promise<EndpointRow> {
  const [row] = await tx.query<EndpointRow>(
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint WHERE id = $1 AND program_id = $2 FOR UPDATE`,
    [id, tx.programId],
  );
  if (!row) throw new NotFoundError('WebhookEndpoint', id);
  return row;
}

export async function updateWebhookEndpoint(
  ctx: RequestContext,
  policy: WebhookUrlPolicy,
  input: UpdateWebhookEndpointInput,
): Promise<WebhookEndpoint> {
  const url = input.url !== undefined && input.url !== null ? checkUrl(input.url, policy) : undefined;
  const eventTypes = input.eventTypes ? checkTypes(input.eventTypes) : undefined;
  return ctx.transaction(async (tx) => {
    const current = await lockEndpoint(tx, input.id);
    const next = {
      url: url ?? current.url,
      description: input.description?.trim() ?? current.description,
      event_types: eventTypes ?? current.event_types,
      enabled: input.enabled ?? current.enabled,
    };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of Object.keys(next) as (keyof typeof next)[]) {
      if (JSON.stringify(next[key]) === JSON.stringify(current[key])) continue;
      before[key] = current[key];
      after[key] = next[key];
    }
    if (Object.keys(after).length === 0) return endpointFromRow(current);
    // Enabling clears why it was disabled and the failure streak (the receiver gets a fresh period);
    // disabling by hand says so.
    const [row] = await tx.query<EndpointRow>(
      `UPDATE webhook_endpoint SET url = $2, description = $3, event_types = $4, enabled = $5, updated_at = now(),
              failing_since = CASE WHEN $5 AND NOT enabled THEN NULL ELSE failing_since END,
              disabled_at = CASE WHEN $5 THEN NULL WHEN enabled THEN now() ELSE disabled_at END,
              disabled_reason = CASE WHEN $5 THEN NULL WHEN enabled THEN 'MANUAL' ELSE disabled_reason END
        WHERE program_id = $6 AND id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
      [current.id, next.url, next.description, next.event_types, next.enabled, tx.programId],
    );
    await recordAudit(tx, [
      { action: 'webhookEndpoint.update', entityType: 'WebhookEndpoint', entityId: row.id, changes: { before, after } },
    ]);
    return endpointFromRow(row);
  });
}

export async function deleteWebhookEndpoint(ctx: RequestContext, id: string): Promise<string> {
  return ctx.transaction(async (tx) => {
    const current = await lockEndpoint(tx, id);
    await tx.query(`DELETE FROM webhook_endpoint WHERE program_id = $2 AND id = $1`, [current.id, tx.programId]);
    await recordAudit(tx, [
      { action: 'webhookEndpoint.delete', entityType: 'WebhookEndpoint', entityId: current.id, changes: { url: current.url } },
    ]);
    return current.id;
  });
}

/** A new secret; the previous one keeps signing (beside it) for SECRET_OVERLAP_HOURS. */
export async function rotateWebhookSecret(ctx: RequestContext, id: string): Promise<WebhookSecretRotated> {
  const secret = newWebhookSecret();
  return ctx.transaction(async (tx) => {
    const current = await lockEndpoint(tx, id);
    const [row] = await tx.query<EndpointRow>(
      `UPDATE webhook_endpoint
          SET previous_secret = secret, secret = $2, updated_at = now(),
              previous_secret_expires_at = now() + make_interval(hours => $3)
        WHERE program_id = $4 AND id = $1 RETURNING ${ENDPOINT_COLUMNS}`,
      [current.id, secret, SECRET_OVERLAP_HOURS, tx.programId],
    );
    await recordAudit(tx, [
      {
        action: 'webhookEndpoint.rotateSecret',
        entityType: 'WebhookEndpoint',
        entityId: row.id,
        changes: { previousSecretExpiresAt: row.previous_secret_expires_at },
      },
    ]);
    return Object.assign(new WebhookSecretRotated(), { endpoint: endpointFromRow(row), secret });
  });
}

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  delivered_at: Date | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  event: Parameters<typeof eventFromRow>[0];
  attempt_log: {
    attempt: number;
    started_at: string;
    finished_at: string | null;
    outcome: string | null;
    status_code: number | null;
    duration_ms: number | null;
    response_excerpt: string | null;
    error: string | null;
  }[];
}

const DELIVERY_SELECT = `
  SELECT d.id, d.endpoint_id, d.status, d.attempts, d.next_attempt_at, d.delivered_at, d.last_status_code, d.last_error, d.created_at,
         json_build_object('id', e.id, 'seq', e.seq::text, 'type', e.type, 'entity_type', e.entity_type, 'entity_id', e.entity_id,
                           'actor_kind', e.actor_kind, 'actor_label', e.actor_label, 'occurred_at', e.occurred_at, 'payload', e.payload) AS event,
         coalesce((SELECT json_agg(json_build_object('attempt', a.attempt, 'started_at', a.started_at, 'finished_at', a.finished_at,
                                                     'outcome', a.outcome, 'status_code', a.status_code, 'duration_ms', a.duration_ms,
                                                     'response_excerpt', a.response_excerpt, 'error', a.error) ORDER BY a.attempt)
                     FROM webhook_attempt a WHERE a.program_id = d.program_id AND a.delivery_id = d.id), '[]') AS attempt_log
    FROM webhook_delivery d JOIN event e ON e.program_id = d.program_id AND e.id = d.event_id`;

function deliveryFromRow(row: DeliveryRow): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: row.id,
    endpointId: row.endpoint_id,
    event: eventFromRow({ ...row.event, occurred_at: new Date(row.event.occurred_at) }),
    status: row.status,
    attemptCount: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    deliveredAt: row.delivered_at,
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    createdAt: row.created_at,
    attempts: row.attempt_log.map((a) => ({
      attempt: a.attempt,
      startedAt: new Date(a.started_at),
      finishedAt: a.finished_at ? new Date(a.finished_at) : null,
      outcome: a.outcome,
      statusCode: a.status_code,
      durationMs: a.duration_ms,
      responseExcerpt: a.response_excerpt,
      error: a.error,
    })),
  });
}

/** Deliveries of the program (or of one endpoint), newest first. */
export async function listWebhookDeliveries(
  ctx: RequestContext,
  args: { endpointId?: string | null; status?: WebhookDeliveryStatus | null; first: number; after?: string | null },
): Promise<WebhookDeliveryConnection> {
  const { size: first, cursor } = resolveForwardPaging({ first: args.first, after: args.after });
  const endpointId = args.endpointId ?? null;
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await ctx.query<DeliveryRow>(
    `${DELIVERY_SELECT}
      WHERE d.program_id = $1 AND ($2::uuid IS NULL OR d.endpoint_id = $2) AND ($3::text IS NULL OR d.status = $3)
        AND ($4::uuid IS NULL OR (d.created_at, d.id) < (SELECT k.created_at, k.id FROM webhook_delivery k WHERE k.id = $4 AND k.program_id = $1))
      ORDER BY d.created_at DESC, d.id DESC LIMIT $5`,
    [ctx.programId, endpointId, args.status ?? null, after, first + 1],
  );
  const nodes = rows.slice(0, first).map(deliveryFromRow);
  const { edges, pageInfo } = connectionOf(nodes, (node) => encodeCursor(node.id), {
    hasNextPage: rows.length > first,
    hasPreviousPage: false,
    totalCount: 0,
  });
  return Object.assign(new WebhookDeliveryConnection(), { nodes, edges, pageInfo });
}

/**
 * Sends a delivery's event to its endpoint again, as a new delivery due at once. The event id
 * (the webhook-id header) is the same, so a receiver that already has it can drop the copy.
 */
export async function redeliverWebhook(ctx: RequestContext, deliveryId: string): Promise<WebhookDelivery> {
  return ctx.transaction(async (tx) => {
    const [created] = await tx.query<{ id: string }>(
      `INSERT INTO webhook_delivery (program_id, endpoint_id, event_id, event_seq)
       SELECT program_id, endpoint_id, event_id, event_seq FROM webhook_delivery WHERE id = $1 AND program_id = $2
       RETURNING id`,
      [deliveryId, tx.programId],
    );
    if (!created) throw new NotFoundError('WebhookDelivery', deliveryId);
    await recordAudit(tx, [
      { action: 'webhookDelivery.redeliver', entityType: 'WebhookDelivery', entityId: created.id, changes: { redeliveryOf: deliveryId } },
    ]);
    const [row] = await tx.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.program_id = $2 AND d.id = $1`, [created.id, tx.programId]);
    return deliveryFromRow(row);
  });
}

/** A delivery as the API shows it, by id, in the caller's transaction. */
async function deliveryById(tx: RequestContext, id: string): Promise<WebhookDelivery> {
  const [row] = await tx.query<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.program_id = $2 AND d.id = $1`, [id, tx.programId]);
  return deliveryFromRow(row);
}

/**
 * Sends a `webhook.test` ping to one endpoint: an event like any other (in the feed, signed, retried,
 * in the delivery log), delivered to this endpoint only — even while it is disabled, so a fixed
 * receiver can be checked before the endpoint is enabled again.
 */
export async function sendWebhookTestEvent(ctx: RequestContext, endpointId: string): Promise<WebhookDelivery> {
  return ctx.transaction(async (tx) => {
    const endpoint = await lockEndpoint(tx, endpointId);
    // The audit entry writes the event; no endpoint subscribes to webhook.test, so the one delivery is this one.
    await recordAudit(tx, [
      {
        action: 'webhookEndpoint.test',
        entityType: 'WebhookEndpoint',
        entityId: endpoint.id,
        changes: { message: 'A test event from Partnerbook: your endpoint receives and verifies webhooks.', endpointId: endpoint.id },
      },
    ]);
    const [created] = await tx.query<{ id: string }>(
      `INSERT INTO webhook_delivery (program_id, endpoint_id, event_id, event_seq)
       SELECT e.program_id, $2, e.id, e.seq FROM event e
        WHERE e.program_id = $1 AND e.type = $3 AND e.entity_id = $4
        ORDER BY e.seq DESC LIMIT 1
       RETURNING id`,
      [tx.programId, endpoint.id, WEBHOOK_TEST_EVENT, endpoint.id],
    );
    return deliveryById(tx, created.id);
  });
}

/**
 * Queues a fresh delivery to the endpoint of every event of its types that occurred in [from, to),
 * oldest first (the worker sends one endpoint's deliveries in sequence order). An event whose
 * delivery to this endpoint is still waiting is left out, so a second click does not double the
 * queue. More than MAX_REPLAY_EVENTS matching events: nothing is queued (ReplayRangeTooLargeError).
 */
export async function replayWebhookEvents(
  ctx: RequestContext,
  args: { endpointId: string; from: Date; to: Date },
): Promise<WebhookReplayQueued | ReplayRangeTooLargeError> {
  const { from, to } = args;
  if (!(from instanceof Date) || Number.isNaN(from.getTime())) throw new BadInputError('from must be a date and time', { field: 'from' });
  if (!(to instanceof Date) || Number.isNaN(to.getTime())) throw new BadInputError('to must be a date and time', { field: 'to' });
  if (to.getTime() <= from.getTime()) throw new BadInputError('to must be after from', { field: 'to' });
  return ctx.transaction(async (tx) => {
    const endpoint = await lockEndpoint(tx, args.endpointId);
    const [{ matching }] = await tx.query<{ matching: number }>(
      `SELECT count(*)::int AS matching FROM (
         SELECT 1 FROM event e
          WHERE e.program_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.type = ANY ($4::text[])
          LIMIT $5) m`,
      [tx.programId, from, to, endpoint.event_types, MAX_REPLAY_EVENTS + 1],
    );
    if (matching > MAX_REPLAY_EVENTS) {
      return errorResult(
        ReplayRangeTooLargeError,
        `The range holds more than ${MAX_REPLAY_EVENTS} events of this endpoint's types: replay shorter ranges`,
        { limit: MAX_REPLAY_EVENTS, matching },
      );
    }
    const queued = await tx.query<{ id: string }>(
      `INSERT INTO webhook_delivery (program_id, endpoint_id, event_id, event_seq)
       SELECT e.program_id, $6::uuid, e.id, e.seq FROM event e
        WHERE e.program_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.type = ANY ($4::text[])
          AND NOT EXISTS (SELECT 1 FROM webhook_delivery w
                           WHERE w.program_id = e.program_id AND w.event_id = e.id AND w.endpoint_id = $6::uuid
                             AND w.status IN ('PENDING', 'SENDING'))
        ORDER BY e.seq LIMIT $5
       RETURNING id`,
      [tx.programId, from, to, endpoint.event_types, MAX_REPLAY_EVENTS, endpoint.id],
    );
    await recordAudit(tx, [
      {
        action: 'webhookEndpoint.replay',
        entityType: 'WebhookEndpoint',
        entityId: endpoint.id,
        changes: { from: from.toISOString(), to: to.toISOString(), queued: queued.length, alreadyPending: matching - queued.length },
      },
    ]);
    return Object.assign(new WebhookReplayQueued(), { queued: queued.length, alreadyPending: matching - queued.length });
  });
}
