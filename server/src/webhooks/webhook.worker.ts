import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Webhook } from 'standardwebhooks';
import { Clock, systemClock } from '../common/clock';
import { poolQuery, RequestContext } from '../common/request-context';
import { recordAudit } from '../audit/audit.service';
import { queueAccountEmail } from '../accounts/account-emails';
import { WEBHOOK_TEST_EVENT } from '../events/event-catalog';
import { logger as rootLogger, Logger } from '../logger';
import { DEFAULT_WEBHOOK_RETRY_POLICY, isDelivered, responseExcerpt, retryDelayMs, WebhookRetryPolicy } from './webhook-delivery-rules';
import { httpSender, WebhookSender } from './webhook-sender';

export interface WebhookWorkerOptions {
  sender: WebhookSender;
  policy?: WebhookRetryPolicy;
  /** Deliveries claimed per pass. */
  batchSize?: number;
  /** How long a claim lasts: a worker that dies mid-delivery leaves it SENDING until then, and any worker takes it again after. */
  leaseMs?: number;
  pollIntervalMs?: number;
  logger?: Logger;
  /** Due times and leases (tests move it forward instead of sleeping). Signatures carry the real time. */
  clock?: Clock;
  /** Jitter source (tests may fix it). */
  random?: () => number;
  /** An endpoint whose every attempt has failed for this long is disabled and its program's admins emailed (default 5 days). */
  autoDisableAfterMs?: number;
  /** The portal's address, for the link in that email. */
  publicUrl?: string;
}

export const DEFAULT_AUTO_DISABLE_AFTER_MS = 5 * 24 * 60 * 60_000;

export interface ClaimedDelivery {
  programId: string;
  id: string;
  claimId: string;
  endpointId: string;
  url: string;
  secrets: string[];
  eventId: string;
  body: string;
}

export type WebhookOutcome = 'SUCCEEDED' | 'RETRY' | 'DEAD' | 'LOST';

export interface WebhookPassResult {
  claimed: number;
  succeeded: number;
  retried: number;
  dead: number;
}

const MAYBE_SENT =
  'outcome unknown: the worker stopped or lost the database before it recorded the answer; sent again with the same webhook-id';

/**
 * Delivers webhook_delivery rows at least once, like the email worker: claims due deliveries with
 * FOR UPDATE SKIP LOCKED under a lease and a claim id that every later write checks, records an
 * attempt before sending, then the outcome: SUCCEEDED on 2xx, else PENDING again after a backoff
 * with jitter, or DEAD after the last attempt. A delivery claimed again with an unfinished attempt
 * (its worker died mid-send) has that attempt closed as UNKNOWN and is sent again with the same
 * webhook-id (the event id), so receivers deduplicate on it.
 */
export class WebhookWorker {
  private readonly policy: WebhookRetryPolicy;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly autoDisableAfterMs: number;
  private looping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: WebhookWorkerOptions,
  ) {
    this.policy = options.policy ?? DEFAULT_WEBHOOK_RETRY_POLICY;
    this.batchSize = options.batchSize ?? 20;
    this.leaseMs = options.leaseMs ?? 2 * 60_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.logger = (options.logger ?? rootLogger).child({ component: 'webhook-worker' });
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.autoDisableAfterMs = options.autoDisableAfterMs ?? DEFAULT_AUTO_DISABLE_AFTER_MS;
  }

  get running(): boolean {
    return this.looping;
  }

  /**
   * Claims due deliveries of enabled endpoints, oldest event first, and builds what each sends.
   * Deliveries of one endpoint go out in sequence order within a pass. A test ping goes out even to
   * a disabled endpoint (it was asked for, to check a receiver before enabling it again).
   */
  async claim(limit = this.batchSize): Promise<ClaimedDelivery[]> {
    const claimId = randomUUID();
    const rows = await this.dataSource.transaction(async (manager) => {
      const claimed: {
        program_id: string;
        id: string;
        endpoint_id: string;
        url: string;
        secret: string;
        previous_secret: string | null;
        event_id: string;
        body: string;
      }[] = await manager.query(
        `WITH due AS (
           SELECT d.program_id, d.id FROM webhook_delivery d
             JOIN webhook_endpoint w ON w.program_id = d.program_id AND w.id = d.endpoint_id
            WHERE (w.enabled OR EXISTS (SELECT 1 FROM event t WHERE t.program_id = d.program_id AND t.id = d.event_id AND t.type = $5))
              AND ((d.status = 'PENDING' AND d.next_attempt_at <= $3) OR (d.status = 'SENDING' AND d.locked_until < $3))
            ORDER BY d.next_attempt_at, d.event_seq
            LIMIT $1
            FOR UPDATE OF d SKIP LOCKED
         ), taken AS (
           UPDATE webhook_delivery d
              SET status = 'SENDING', claim_id = $4, updated_at = now(),
                  locked_until = $3::timestamptz + make_interval(secs => $2::double precision / 1000)
             FROM due WHERE d.program_id = due.program_id AND d.id = due.id
           RETURNING d.program_id, d.id, d.endpoint_id, d.event_id
         )
         SELECT t.program_id, t.id, t.endpoint_id, w.url, w.secret,
                CASE WHEN w.previous_secret_expires_at > now() THEN w.previous_secret END AS previous_secret,
                e.id AS event_id,
                json_build_object(
                  'type', e.type,
                  'timestamp', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                  'data', json_build_object('id', e.id, 'sequence', e.seq::text, 'entityType', e.entity_type, 'entityId', e.entity_id,
                                            'actor', json_build_object('kind', e.actor_kind, 'label', e.actor_label), 'payload', e.payload)
                )::text AS body
           FROM taken t JOIN webhook_endpoint w ON w.program_id = t.program_id AND w.id = t.endpoint_id
           JOIN event e ON e.program_id = t.program_id AND e.id = t.event_id
          ORDER BY e.seq`,
        [limit, this.leaseMs, this.clock.now(), claimId, WEBHOOK_TEST_EVENT],
      );
      if (claimed.length > 0) {
        const maybeSent: { delivery_id: string }[] = await manager.query(
          `UPDATE webhook_attempt a SET finished_at = now(), outcome = 'UNKNOWN', error = $2
             FROM unnest($3::uuid[], $1::uuid[]) AS k(program_id, delivery_id)
            WHERE a.program_id = k.program_id AND a.delivery_id = k.delivery_id AND a.finished_at IS NULL RETURNING a.delivery_id`,
          [claimed.map((c) => c.id), MAYBE_SENT, claimed.map((c) => c.program_id)],
        );
        for (const row of Array.isArray(maybeSent[0]) ? (maybeSent[0] as typeof maybeSent) : maybeSent) {
          this.logger.warn(
            { deliveryId: row.delivery_id },
            'webhook may have been delivered already; sending it again with the same webhook-id',
          );
        }
      }
      return claimed;
    });
    return rows.map((row) => ({
      programId: row.program_id,
      id: row.id,
      claimId,
      endpointId: row.endpoint_id,
      url: row.url,
      secrets: row.previous_secret ? [row.secret, row.previous_secret] : [row.secret],
      eventId: row.event_id,
      body: row.body,
    }));
  }

  /** Standard Webhooks headers; with two secrets (a rotation) both signatures, space-separated. */
  private headersFor(delivery: ClaimedDelivery): Record<string, string> {
    // Receivers check the timestamp against their own clock (replay protection): the real time, not the scheduling clock.
    const at = new Date();
    return {
      'webhook-id': delivery.eventId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': delivery.secrets.map((secret) => new Webhook(secret).sign(delivery.eventId, at, delivery.body)).join(' '),
      'user-agent': 'Partnerbook-Webhooks/1',
    };
  }

  private async startAttempt(delivery: ClaimedDelivery): Promise<{ attemptId: string; attempt: number } | null> {
    const rows = await poolQuery<{ id: string; attempt: number }>(
      this.dataSource,
      `WITH started AS (
         UPDATE webhook_delivery SET attempts = attempts + 1, updated_at = now()
          WHERE program_id = $3 AND id = $1 AND claim_id = $2 AND status = 'SENDING'
         RETURNING program_id, id, attempts)
       INSERT INTO webhook_attempt (program_id, delivery_id, attempt) SELECT program_id, id, attempts FROM started RETURNING id::text, attempt`,
      [delivery.id, delivery.claimId, delivery.programId],
    );
    return rows.length === 1 ? { attemptId: rows[0].id, attempt: rows[0].attempt } : null;
  }

  private async settle(
    delivery: ClaimedDelivery,
    attempt: { attemptId: string; attempt: number },
    outcome: 'SUCCEEDED' | 'RETRY' | 'DEAD',
    detail: { statusCode: number | null; excerpt: string | null; error: string | null; durationMs: number; delayMs: number },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE webhook_delivery
            SET status = CASE $3::text WHEN 'RETRY' THEN 'PENDING' ELSE $3::text END,
                delivered_at = CASE WHEN $3::text = 'SUCCEEDED' THEN now() END,
                last_status_code = $4, last_error = $5,
                next_attempt_at = $6::timestamptz + make_interval(secs => $7::double precision / 1000),
                locked_until = NULL, claim_id = NULL, updated_at = now()
          WHERE program_id = $8 AND id = $1 AND claim_id = $2 AND status = 'SENDING'`,
        [delivery.id, delivery.claimId, outcome, detail.statusCode, detail.error, this.clock.now(), detail.delayMs, delivery.programId],
      );
      await manager.query(
        `UPDATE webhook_attempt SET finished_at = now(), outcome = $2, status_code = $3, duration_ms = $4, response_excerpt = $5, error = $6
          WHERE program_id = $7 AND id = $1 AND finished_at IS NULL`,
        [attempt.attemptId, outcome, detail.statusCode, detail.durationMs, detail.excerpt, detail.error, delivery.programId],
      );
      const ctx = new RequestContext(
        this.dataSource,
        { kind: 'SYSTEM', programId: delivery.programId, label: 'webhook worker' },
        manager,
        this.logger,
        undefined,
        true,
      );
      await this.trackEndpoint(ctx, delivery.endpointId, outcome === 'SUCCEEDED');
    });
  }

  /**
   * Keeps the endpoint's failure streak: a success ends it; a failure starts it (at the worker's
   * clock) if none runs. An enabled endpoint whose streak is older than autoDisableAfterMs is
   * disabled (DELIVERIES_FAILING), audited, and its program's admins emailed — once: the update
   * that disables it matches only while it is enabled.
   */
  private async trackEndpoint(ctx: RequestContext, endpointId: string, succeeded: boolean): Promise<void> {
    const now = this.clock.now();
    if (succeeded) {
      await ctx.query(`UPDATE webhook_endpoint SET failing_since = NULL WHERE program_id = $1 AND id = $2 AND failing_since IS NOT NULL`, [
        ctx.programId,
        endpointId,
      ]);
      return;
    }
    await ctx.query(`UPDATE webhook_endpoint SET failing_since = $3 WHERE program_id = $1 AND id = $2 AND failing_since IS NULL`, [
      ctx.programId,
      endpointId,
      now,
    ]);
    const disabled = await ctx.query<{ id: string; url: string; description: string; failing_since: Date }>(
      `UPDATE webhook_endpoint SET enabled = false, disabled_at = $3, disabled_reason = 'DELIVERIES_FAILING', updated_at = now()
        WHERE program_id = $1 AND id = $2 AND enabled AND failing_since <= $4
        RETURNING id, url, description, failing_since`,
      [ctx.programId, endpointId, now, new Date(now.getTime() - this.autoDisableAfterMs)],
    );
    const [endpoint] = disabled;
    if (!endpoint) return;
    this.logger.warn({ endpointId, failingSince: endpoint.failing_since }, 'webhook endpoint disabled: its deliveries kept failing');
    await recordAudit(ctx, [
      {
        action: 'webhookEndpoint.autoDisable',
        entityType: 'WebhookEndpoint',
        entityId: endpoint.id,
        changes: {
          before: { enabled: true },
          after: { enabled: false },
          reason: 'DELIVERIES_FAILING',
          failingSince: endpoint.failing_since,
        },
      },
    ]);
    const [program] = await ctx.query<{ name: string }>(`SELECT name FROM program WHERE id = $1`, [ctx.programId]);
    const admins = await ctx.query<{ id: string; email: string; display_name: string }>(
      `SELECT a.id, l.email, a.display_name FROM account a JOIN login l ON l.id = a.login_id
        WHERE a.program_id = $1 AND a.kind = 'MERCHANT' AND a.merchant_role = 'ADMIN' ORDER BY a.created_at, a.id`,
      [ctx.programId],
    );
    for (const admin of admins) {
      await queueAccountEmail(ctx, {
        programId: ctx.programId,
        accountId: admin.id,
        recipient: admin.email,
        ...endpointDisabledEmail({
          name: admin.display_name,
          programName: program.name,
          url: endpoint.url,
          description: endpoint.description,
          failingSince: new Date(endpoint.failing_since),
          link: this.options.publicUrl ? `${this.options.publicUrl}/merchant/settings/webhooks` : null,
        }),
      });
    }
  }

  /** Sends one claimed delivery and records the outcome; 'LOST' when the claim ran out (another worker has it). */
  async deliver(delivery: ClaimedDelivery): Promise<WebhookOutcome> {
    const started = await this.startAttempt(delivery);
    if (!started) return 'LOST';
    const begin = performance.now();
    let statusCode: number | null = null;
    let excerpt: string | null = null;
    let error: string | null = null;
    try {
      const response = await this.options.sender.send({ url: delivery.url, headers: this.headersFor(delivery), body: delivery.body });
      statusCode = response.statusCode;
      excerpt = responseExcerpt(response.body);
      if (!isDelivered(statusCode)) error = `HTTP ${statusCode}`;
    } catch (cause) {
      error = responseExcerpt(String((cause as Error)?.message ?? cause));
    }
    const durationMs = Math.round(performance.now() - begin);
    const delayMs = error === null ? 0 : retryDelayMs(started.attempt, this.policy, this.random);
    const outcome = error === null ? 'SUCCEEDED' : delayMs === null ? 'DEAD' : 'RETRY';
    if (error !== null) this.logger.warn({ deliveryId: delivery.id, attempt: started.attempt, outcome, error }, 'webhook delivery failed');
    await this.settle(delivery, started, outcome, { statusCode, excerpt, error, durationMs, delayMs: delayMs ?? 0 });
    return outcome;
  }

  /** One pass: claim what is due and deliver it, one after the other. */
  async runOnce(): Promise<WebhookPassResult> {
    const claimed = await this.claim();
    const result: WebhookPassResult = { claimed: claimed.length, succeeded: 0, retried: 0, dead: 0 };
    for (const delivery of claimed) {
      if (!this.looping && this.loop) break; // stopping: the rest is taken again when the lease runs out
      const outcome = await this.deliver(delivery);
      if (outcome === 'SUCCEEDED') result.succeeded++;
      else if (outcome === 'RETRY') result.retried++;
      else if (outcome === 'DEAD') result.dead++;
    }
    return result;
  }

  start(): void {
    if (this.looping) return;
    this.looping = true;
    this.loop = (async () => {
      while (this.looping) {
        let busy = false;
        try {
          busy = (await this.runOnce()).claimed > 0;
        } catch (error) {
          this.logger.error({ err: error }, 'webhook worker pass failed');
        }
        if (!busy && this.looping) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, this.pollIntervalMs);
            this.wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.looping = false;
    this.wake?.();
    await this.loop;
  }
}

export function startWebhookWorker(
  dataSource: DataSource,
  config: { webhookAllowPrivate: boolean; webhookAutoDisableDays: number; publicUrl: string },
): WebhookWorker {
  const worker = new WebhookWorker(dataSource, {
    sender: httpSender({ allowPrivate: config.webhookAllowPrivate }),
    autoDisableAfterMs: config.webhookAutoDisableDays * 24 * 60 * 60_000,
    publicUrl: config.publicUrl,
  });
  worker.start();
  return worker;
}

/** The email to each admin when the worker disables an endpoint. */
export function endpointDisabledEmail(input: {
  name: string;
  programName: string;
  url: string;
  description: string;
  failingSince: Date;
  link: string | null;
}) {
  const since = input.failingSince.toUTCString();
  return {
    subject: `A ${input.programName} webhook endpoint was disabled`,
    body: [
      `Hello ${input.name},`,
      '',
      `Partnerbook stopped sending webhooks to ${input.url}${input.description ? ` (${input.description})` : ''}:`,
      `every delivery to it has failed since ${since}.`,
      'Events keep being recorded. Fix the receiver, send it a test event, enable the endpoint again,',
      'then replay the time it was down from its delivery log so it misses nothing.',
      ...(input.link ? ['', input.link] : []),
    ].join('\n'),
  };
}
