import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { DataSource } from 'typeorm';
import { logger as rootLogger, Logger } from '../logger';
import { Clock, systemClock } from '../common/clock';
import { DEFAULT_RETRY_POLICY, describeError, outcomeOfFailure, retryDelayMs, RetryPolicy } from './email-delivery-rules';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/** Where messages go: an SMTP server, or .eml files when none is configured. */
export interface MailTransport {
  readonly description: string;
  send(mail: OutgoingMail): Promise<{ providerMessageId: string }>;
  close(): void;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  // One connection per message (no pool): a server that went away is noticed on the next message.
  const transporter = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
  const { hostname, port } = new URL(smtpUrl);
  return {
    description: `SMTP ${hostname}:${port || 25}`,
    send: async (mail) => {
      const info = await transporter.sendMail(mail);
      return { providerMessageId: String(info.response ?? info.messageId) };
    },
    close: () => transporter.close(),
  };
}

/** Writes each message as an .eml file: the out-of-the-box default, so emails work without a mail server. */
export function fileTransport(directory: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `files in ${directory}`,
    send: async (mail) => {
      const info = await transporter.sendMail(mail);
      // Messages hold partners' personal data: readable by the server's own user only.
      await fs.promises.mkdir(directory, { recursive: true, mode: 0o700 });
      const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.messageId.replace(/[<>@]/g, '')}.eml`);
      await fs.promises.writeFile(file, info.message as Buffer, { mode: 0o600 });
      return { providerMessageId: file };
    },
    close: () => transporter.close(),
  };
}

export function createMailTransport(config: { smtpUrl?: string; mailDir: string }): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : fileTransport(config.mailDir);
}

export interface EmailWorkerOptions {
  transport: MailTransport;
  from: string;
  policy?: RetryPolicy;
  /** Messages claimed per pass. */
  batchSize?: number;
  /**
   * How long a claim lasts. A worker that dies mid-send leaves its messages SENDING; once the
   * lease has run out any worker claims them again, so a restart loses nothing.
   */
  leaseMs?: number;
  pollIntervalMs?: number;
  logger?: Logger;
  /** Due times and leases are read from this clock (tests move it forward instead of sleeping). */
  clock?: Clock;
}

/** TypeORM answers UPDATE … RETURNING with [rows, count]. */
function rowsOf<T>(raw: unknown): T[] {
  return (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number' ? raw[0] : raw) as T[];
}

export interface ClaimedMessage {
  programId: string;
  id: string;
  recipient: string;
  subject: string;
  body: string;
  /** This pass's claim: every later write checks it, so a worker whose lease ran out changes nothing. */
  claimId: string;
}

export interface PassResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  /** Claimed messages given back to the outbox untried (stopping, or the database failed). */
  handedBack: number;
  /** The pass stopped early because the database could not record a step. */
  interrupted: boolean;
}

export type DeliveryOutcome = 'SENT' | 'RETRY' | 'FAILED' | 'LOST';

/** Pauses before recording an outcome again when the database refused it. */
const RECORD_RETRY_DELAYS_MS = [100, 500];

/** The database could not record a step of a delivery; `sendStarted` says whether the message may have gone out. */
class RecordingFailed extends Error {
  constructor(
    readonly cause: unknown,
    readonly sendStarted: boolean,
  ) {
    super(`the email outbox could not be updated: ${(cause as Error)?.message ?? cause}`);
  }
}

const MAYBE_SENT =
  'outcome unknown: the worker handed the message to the mail server but could not record the result (it stopped, or the database failed); it may have been delivered';

/**
 * Delivers the outbox, at least once, with duplicates kept to what cannot be avoided:
 *
 * - A pass claims due messages with `FOR UPDATE SKIP LOCKED` (several workers never take the
 *   same message) under a lease and a claim id that every later write checks.
 * - Before a message is handed to the mail server its attempt is recorded as started; a message
 *   whose attempt never started was certainly not sent. After sending, the outcome is recorded:
 *   SENT, back to PENDING after an exponential backoff, or FAILED with the last error.
 * - When the database cannot record a step (after two short retries), the pass stops at once
 *   and hands the rest of the batch back untried: nothing more is sent while nothing can be
 *   recorded. If even that fails, the rest comes back when the lease runs out — still "never
 *   started", so still sent once.
 * - A message claimed again with a started but unfinished attempt ("maybe sent": its worker died
 *   or lost the database between sending and recording) has that attempt closed as UNKNOWN and is
 *   sent again with the same Message-ID, so a receiving system can drop the copy. Only that one
 *   message per interrupted worker can arrive twice.
 */
export class EmailWorker {
  private readonly policy: RetryPolicy;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private looping = false;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: EmailWorkerOptions,
  ) {
    this.policy = options.policy ?? DEFAULT_RETRY_POLICY;
    this.batchSize = options.batchSize ?? 50;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 2_000;
    this.logger = (options.logger ?? rootLogger).child({ component: 'email-worker' });
    this.clock = options.clock ?? systemClock;
  }

  /** True while the delivery loop runs (readiness). */
  get running(): boolean {
    return this.looping;
  }

  /** Claims up to `limit` due messages for this pass; closes the attempts of any that may have been sent already. */
  async claim(limit = this.batchSize): Promise<ClaimedMessage[]> {
    const claimId = randomUUID();
    const { claimed, maybeSent } = await this.dataSource.transaction(async (manager) => {
      const claimed: Omit<ClaimedMessage, 'claimId'>[] = rowsOf(
        await manager.query(
          `WITH due AS (
           SELECT program_id, id FROM email_message
            WHERE (status = 'PENDING' AND next_attempt_at <= $3) OR (status = 'SENDING' AND locked_until < $3)
            ORDER BY next_attempt_at, id
            LIMIT $1
            FOR UPDATE SKIP LOCKED)
         UPDATE email_message m
            SET status = 'SENDING', claim_id = $4, updated_at = now(),
                locked_until = $3::timestamptz + make_interval(secs => $2::double precision / 1000)
           FROM due WHERE m.program_id = due.program_id AND m.id = due.id
         RETURNING m.program_id AS "programId", m.id, m.recipient, m.subject, m.body`,
          [limit, this.leaseMs, this.clock.now(), claimId],
        ),
      );
      if (claimed.length === 0) return { claimed, maybeSent: [] as string[] };
      const maybeSent: { message_id: string }[] = rowsOf(
        await manager.query(
          `UPDATE email_attempt a SET finished_at = now(), outcome = 'UNKNOWN', error = $2
             FROM unnest($3::uuid[], $1::uuid[]) AS k(program_id, message_id)
            WHERE a.program_id = k.program_id AND a.message_id = k.message_id AND a.finished_at IS NULL
          RETURNING a.message_id`,
          [claimed.map((m) => m.id), MAYBE_SENT, claimed.map((m) => m.programId)],
        ),
      );
      return { claimed, maybeSent: maybeSent.map((row) => row.message_id) };
    });
    for (const messageId of maybeSent) {
      this.logger.warn(
        { messageId },
        'email may have been delivered already (its worker lost track of it); sending it again with the same Message-ID',
      );
    }
    return claimed.sort((a, b) => a.recipient.localeCompare(b.recipient) || a.id.localeCompare(b.id)).map((m) => ({ ...m, claimId }));
  }

  /** Runs a database step, retrying briefly: a blip of a second should not cost a resend. */
  private async record<T>(step: () => Promise<T>, sendStarted: boolean): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await step();
      } catch (error) {
        if (attempt >= RECORD_RETRY_DELAYS_MS.length) throw new RecordingFailed(error, sendStarted);
        await new Promise((resolve) => setTimeout(resolve, RECORD_RETRY_DELAYS_MS[attempt]));
      }
    }
  }

  /** Records that a send starts (attempt row, attempts + 1) if the claim still holds; null when it was lost. */
  private async startAttempt(message: ClaimedMessage): Promise<{ attemptId: string; attempt: number } | null> {
    const rows: { id: string; attempt: number }[] = await this.dataSource.query(
      `WITH started AS (
         UPDATE email_message SET attempts = attempts + 1, updated_at = now()
          WHERE program_id = $3 AND id = $1 AND claim_id = $2 AND status = 'SENDING'
         RETURNING program_id, id, attempts)
       INSERT INTO email_attempt (program_id, message_id, attempt) SELECT program_id, id, attempts FROM started RETURNING id, attempt`,
      [message.id, message.claimId, message.programId],
    );
    return rows.length === 1 ? { attemptId: rows[0].id, attempt: rows[0].attempt } : null;
  }

  private async settle(
    message: ClaimedMessage,
    attemptId: string,
    attempt: number,
    outcome: 'SENT' | 'RETRY' | 'FAILED',
    detail: string,
  ): Promise<void> {
    const delayMs = outcome === 'RETRY' ? retryDelayMs(attempt, this.policy) : 0;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE email_message
            SET status = CASE $3::text WHEN 'SENT' THEN 'SENT' WHEN 'RETRY' THEN 'PENDING' ELSE 'FAILED' END,
                sent_at = CASE WHEN $3::text = 'SENT' THEN now() END,
                provider_message_id = CASE WHEN $3::text = 'SENT' THEN $4 ELSE provider_message_id END,
                last_error = CASE WHEN $3::text = 'SENT' THEN last_error ELSE $4 END,
                next_attempt_at = $6::timestamptz + make_interval(secs => $5::double precision / 1000),
                locked_until = NULL, claim_id = NULL, updated_at = now()
          WHERE program_id = $7 AND id = $1 AND claim_id = $2 AND status = 'SENDING'`,
        [message.id, message.claimId, outcome, detail, delayMs, this.clock.now(), message.programId],
      );
      await manager.query(
        `UPDATE email_attempt SET finished_at = now(), outcome = $2, error = $3 WHERE program_id = $4 AND id = $1 AND finished_at IS NULL`,
        [attemptId, outcome, outcome === 'SENT' ? null : detail, message.programId],
      );
    });
  }

  /**
   * Delivers one claimed message and records the outcome. 'LOST': the claim ran out and another
   * worker has the message, so nothing was sent. Throws RecordingFailed when the database cannot
   * record a step.
   */
  async deliver(message: ClaimedMessage): Promise<DeliveryOutcome> {
    const started = await this.record(() => this.startAttempt(message), false);
    if (!started) return 'LOST';
    let providerMessageId: string;
    try {
      ({ providerMessageId } = await this.options.transport.send({
        from: this.options.from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
        // Stable across retries, so a receiver can drop a duplicate of a message it already has.
        messageId: `<${message.id}@partnerbook>`,
      }));
    } catch (error) {
      const outcome = outcomeOfFailure(started.attempt, error as { responseCode?: number }, this.policy);
      const detail = describeError(error);
      this.logger.warn({ messageId: message.id, attempt: started.attempt, outcome, error: detail }, 'email delivery failed');
      await this.record(() => this.settle(message, started.attemptId, started.attempt, outcome, detail), true);
      return outcome;
    }
    // Delivered: a database failure from here on is not a delivery failure (that would resend it or mark it FAILED).
    await this.record(() => this.settle(message, started.attemptId, started.attempt, 'SENT', providerMessageId), true);
    return 'SENT';
  }

  /** Gives claimed messages that were never tried back to the outbox, due at once. */
  private async handBack(messages: ClaimedMessage[]): Promise<number> {
    if (messages.length === 0) return 0;
    const released = rowsOf(
      await this.dataSource.query(
        `UPDATE email_message m SET status = 'PENDING', claim_id = NULL, locked_until = NULL, updated_at = now()
           FROM unnest($3::uuid[], $1::uuid[]) AS k(program_id, id)
          WHERE m.program_id = k.program_id AND m.id = k.id AND m.claim_id = $2 AND m.status = 'SENDING'
        RETURNING m.id`,
        [messages.map((m) => m.id), messages[0].claimId, messages.map((m) => m.programId)],
      ),
    );
    return released.length;
  }

  /** One pass: claim what is due and deliver it, one message after the other. */
  async runOnce(): Promise<PassResult> {
    const claimed = await this.claim();
    const result: PassResult = { claimed: claimed.length, sent: 0, retried: 0, failed: 0, handedBack: 0, interrupted: false };
    for (const [index, message] of claimed.entries()) {
      if (this.stopping) {
        // Shutting down: do not make the process wait for the rest of the batch.
        result.handedBack = await this.handBack(claimed.slice(index));
        break;
      }
      let outcome: DeliveryOutcome;
      try {
        outcome = await this.deliver(message);
      } catch (error) {
        if (!(error instanceof RecordingFailed)) throw error;
        result.interrupted = true;
        const rest = claimed.slice(error.sendStarted ? index + 1 : index);
        this.logger.error(
          { err: error.cause, messageId: message.id, maybeSent: error.sendStarted, untried: rest.length },
          error.sendStarted
            ? 'email sent (or tried) but its outcome could not be recorded: stopping this batch; the message is checked again when its lease runs out'
            : 'the email outbox cannot be updated: stopping this batch before sending anything more',
        );
        try {
          result.handedBack = await this.handBack(rest);
        } catch (handBackError) {
          this.logger.error(
            { err: handBackError, untried: rest.length },
            'could not hand the rest of the batch back; it is taken again when its lease runs out (never tried, so sent once)',
          );
        }
        break;
      }
      if (outcome === 'SENT') result.sent++;
      else if (outcome === 'RETRY') result.retried++;
      else if (outcome === 'FAILED') result.failed++;
    }
    return result;
  }

  /** Runs passes until stopped; idles `pollIntervalMs` when nothing was due or the database failed. */
  start(): void {
    if (this.looping) return;
    this.looping = true;
    this.logger.info({ transport: this.options.transport.description }, 'email worker started');
    this.loop = (async () => {
      while (this.looping) {
        let busy = false;
        try {
          const pass = await this.runOnce();
          busy = pass.claimed > 0 && !pass.interrupted;
        } catch (error) {
          this.logger.error({ err: error }, 'email worker pass failed');
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

  /** Finishes the message in hand and stops; the rest of the batch goes back to the outbox for the next start. */
  async stop(): Promise<void> {
    this.looping = false;
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.options.transport.close();
  }
}

export function startEmailWorker(dataSource: DataSource, config: { smtpUrl?: string; mailDir: string; mailFrom: string }): EmailWorker {
  const worker = new EmailWorker(dataSource, { transport: createMailTransport(config), from: config.mailFrom });
  worker.start();
  return worker;
}
