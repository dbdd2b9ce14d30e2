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
      await fs.promises.mkdir(directory, { recursive: true });
      const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.messageId.replace(/[<>@]/g, '')}.eml`);
      await fs.promises.writeFile(file, info.message as Buffer);
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

interface ClaimedMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
  attempt_id: string;
}

export interface PassResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/** Pauses before recording a delivered message as SENT again, when the database refused it. */
const SETTLE_RETRY_DELAYS_MS = [100, 500];

/**
 * Delivers the outbox. Each pass claims due messages with `FOR UPDATE SKIP LOCKED` (several
 * workers never take the same message), records an attempt row per try, sends outside any
 * transaction, then settles the message: SENT, back to PENDING after an exponential backoff,
 * or FAILED with the last error. Settling re-checks the claim, so a worker whose lease ran out
 * cannot overwrite a newer attempt's result.
 */
export class EmailWorker {
  private readonly policy: RetryPolicy;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollIntervalMs: number;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private running = false;
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

  /** Claims up to `limit` due messages and opens an attempt for each. */
  async claim(limit = this.batchSize): Promise<ClaimedMessage[]> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: Omit<ClaimedMessage, 'attempt_id'>[] = rowsOf(
        await manager.query(
          `WITH due AS (
           SELECT id FROM email_message
            WHERE (status = 'PENDING' AND next_attempt_at <= $3) OR (status = 'SENDING' AND locked_until < $3)
            ORDER BY next_attempt_at, id
            LIMIT $1
            FOR UPDATE SKIP LOCKED)
         UPDATE email_message m
            SET status = 'SENDING', attempts = m.attempts + 1, updated_at = now(),
                locked_until = $3::timestamptz + make_interval(secs => $2::double precision / 1000)
           FROM due WHERE m.id = due.id
         RETURNING m.id, m.recipient, m.subject, m.body, m.attempts`,
          [limit, this.leaseMs, this.clock.now()],
        ),
      );
      if (claimed.length === 0) return [];
      const attempts: { id: string; message_id: string }[] = await manager.query(
        `INSERT INTO email_attempt (message_id, attempt)
         SELECT a.message_id, a.attempt FROM jsonb_to_recordset($1::jsonb) AS a(message_id uuid, attempt integer)
         RETURNING id, message_id`,
        [JSON.stringify(claimed.map((m) => ({ message_id: m.id, attempt: m.attempts })))],
      );
      const attemptOf = new Map(attempts.map((a) => [a.message_id, a.id]));
      return claimed
        .sort((a, b) => a.recipient.localeCompare(b.recipient) || a.id.localeCompare(b.id))
        .map((m) => ({ ...m, attempt_id: attemptOf.get(m.id)! }));
    });
  }

  private async settle(message: ClaimedMessage, outcome: 'SENT' | 'RETRY' | 'FAILED', detail: string): Promise<void> {
    const delayMs = outcome === 'RETRY' ? retryDelayMs(message.attempts, this.policy) : 0;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE email_message
            SET status = CASE $3::text WHEN 'SENT' THEN 'SENT' WHEN 'RETRY' THEN 'PENDING' ELSE 'FAILED' END,
                sent_at = CASE WHEN $3::text = 'SENT' THEN now() END,
                provider_message_id = CASE WHEN $3::text = 'SENT' THEN $4 ELSE provider_message_id END,
                last_error = CASE WHEN $3::text = 'SENT' THEN last_error ELSE $4 END,
                next_attempt_at = $6::timestamptz + make_interval(secs => $5::double precision / 1000),
                locked_until = NULL, updated_at = now()
          WHERE id = $1 AND status = 'SENDING' AND attempts = $2`,
        [message.id, message.attempts, outcome, detail, delayMs, this.clock.now()],
      );
      await manager.query(`UPDATE email_attempt SET finished_at = now(), outcome = $2, error = $3 WHERE id = $1`, [
        message.attempt_id,
        outcome,
        outcome === 'SENT' ? null : detail,
      ]);
    });
  }

  /** Delivers one claimed message and records the outcome. */
  async deliver(message: ClaimedMessage): Promise<'SENT' | 'RETRY' | 'FAILED'> {
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
      const outcome = outcomeOfFailure(message.attempts, error as { responseCode?: number }, this.policy);
      const detail = describeError(error);
      this.logger.warn({ messageId: message.id, attempt: message.attempts, outcome, error: detail }, 'email delivery failed');
      await this.settle(message, outcome, detail);
      return outcome;
    }
    // Delivered: a database failure from here on is not a delivery failure (that would resend it or
    // mark it FAILED). Retry the record briefly; if it still fails, the message stays SENDING and
    // is taken again when its lease runs out (the stable Message-ID lets receivers drop the copy).
    for (let attempt = 0; ; attempt++) {
      try {
        await this.settle(message, 'SENT', providerMessageId);
        return 'SENT';
      } catch (error) {
        if (attempt >= SETTLE_RETRY_DELAYS_MS.length) {
          this.logger.error(
            { messageId: message.id, attempt: message.attempts, err: error },
            'email delivered but not recorded as SENT; it is taken again when its lease runs out',
          );
          return 'SENT';
        }
        await new Promise((resolve) => setTimeout(resolve, SETTLE_RETRY_DELAYS_MS[attempt]));
      }
    }
  }

  /** Hands claimed messages that were never tried back to the outbox (on stop), their attempt unrecorded. */
  private async release(messages: ClaimedMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM email_attempt WHERE id = ANY($1::bigint[]) AND finished_at IS NULL`, [
        messages.map((m) => m.attempt_id),
      ]);
      await manager.query(
        `UPDATE email_message m SET status = 'PENDING', attempts = m.attempts - 1, locked_until = NULL, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, attempts integer)
          WHERE m.id = r.id AND m.status = 'SENDING' AND m.attempts = r.attempts`,
        [JSON.stringify(messages.map((m) => ({ id: m.id, attempts: m.attempts })))],
      );
    });
  }

  /** One pass: claim what is due and deliver it, one message after the other. */
  async runOnce(): Promise<PassResult> {
    const claimed = await this.claim();
    const result: PassResult = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
    for (const [index, message] of claimed.entries()) {
      if (this.stopping) {
        // Shutting down: do not make the process wait for the rest of the batch.
        await this.release(claimed.slice(index));
        break;
      }
      const outcome = await this.deliver(message);
      if (outcome === 'SENT') result.sent++;
      else if (outcome === 'RETRY') result.retried++;
      else result.failed++;
    }
    return result;
  }

  /** Runs passes until stopped; idles `pollIntervalMs` when nothing was due. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.logger.info({ transport: this.options.transport.description }, 'email worker started');
    this.loop = (async () => {
      while (this.running) {
        let claimed = 0;
        try {
          claimed = (await this.runOnce()).claimed;
        } catch (error) {
          this.logger.error({ err: error }, 'email worker pass failed');
        }
        if (claimed === 0 && this.running) {
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
    this.running = false;
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
