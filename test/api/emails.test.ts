import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectTypename, queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { approve } from '../support/payments';
import { graphql } from '../gql';
import type { CommissionSelection, ComposeEmailInput, EmailOutboxFilter, EmailPendingPaymentPartnersInput } from '../gql/graphql';
import { SmtpInbox } from '../support/smtp-inbox';
import { createPartner } from '../../server/src/partners/partner.service';
import { EmailWorker, fileTransport, smtpTransport } from '../../server/src/emails/email.worker';
import { AdjustableClock } from '../../server/src/common/clock';

let app: TestApp;
let fx: ProgramFixture;
const inbox = new SmtpInbox();
const FROM = 'Partnerbook Test <payouts@merchant.test>';
// Retry delays and leases are minutes long, as in production; the tests move the workers' clock
// forward instead of sleeping, so no assertion depends on how fast a loaded machine runs.
const POLICY = { maxAttempts: 6, baseDelayMs: 60_000, maxDelayMs: 600_000 };
const LEASE_MS = 5 * 60_000;
const clock = new AdjustableClock();

const newWorker = (options: Partial<ConstructorParameters<typeof EmailWorker>[1]> = {}) =>
  new EmailWorker(app.dataSource, {
    transport: smtpTransport(inbox.url),
    from: FROM,
    policy: POLICY,
    leaseMs: LEASE_MS,
    clock,
    ...options,
  });

/** Runs passes until nothing is PENDING or SENDING, moving the clock past any retry delay or lease in between. */
async function drain(worker: EmailWorker, maxPasses = 30) {
  for (let pass = 0; pass < maxPasses; pass++) {
    await worker.runOnce();
    const [{ open }] = await queryRows<{ open: number }>(
      app,
      `SELECT count(*)::int AS open FROM email_message WHERE status IN ('PENDING', 'SENDING')`,
    );
    if (open === 0) return;
    clock.advance(Math.max(POLICY.maxDelayMs, LEASE_MS) + 1_000);
  }
  throw new Error(`messages still open after ${maxPasses} passes`);
}

graphql(`
  fragment EmailsBatchFields on EmailBatchResult {
    __typename
    ... on EmailsQueued {
      batchId
      queued
      messages {
        id
        partnerId
        recipient
        subject
        body
        status
      }
    }
    ... on InvalidEmailTemplateError {
      code
      message
      problems {
        field
        placeholder
        reason
      }
    }
    ... on ErrorResult {
      code
      message
    }
  }
`);

graphql(`
  fragment EmailsMessageFields on EmailMessage {
    id
    partnerId
    recipient
    subject
    body
    status
    attempts
    lastError
    sentAt
    attemptLog {
      attempt
      outcome
      error
      finishedAt
    }
  }
`);

const EMAIL_COMMISSION_PARTNERS = graphql(`
  mutation EmailsEmailCommissionPartners($input: EmailCommissionPartnersInput!) {
    emailCommissionPartners(input: $input) {
      ...EmailsBatchFields
    }
  }
`);

const EMAIL_PARTNERS = graphql(`
  mutation EmailsEmailPartners($input: EmailPartnersInput!) {
    emailPartners(input: $input) {
      ...EmailsBatchFields
    }
  }
`);

const EMAIL_PENDING_PAYMENT_PARTNERS = graphql(`
  mutation EmailsEmailPendingPaymentPartners($input: EmailPendingPaymentPartnersInput!) {
    emailPendingPaymentPartners(input: $input) {
      ...EmailsBatchFields
    }
  }
`);

const OUTBOX = graphql(`
  query EmailsOutbox($filter: EmailOutboxFilter) {
    emailOutbox(filter: $filter, page: { first: 100 }) {
      totalCount
      nodes {
        ...EmailsMessageFields
      }
    }
  }
`);

const OUTBOX_COUNT = graphql(`
  query EmailsOutboxCount {
    emailOutbox {
      totalCount
    }
  }
`);

const MY_MESSAGES = graphql(`
  query EmailsMyMessages {
    myMessages(page: { first: 100 }) {
      totalCount
      nodes {
        ...EmailsMessageFields
      }
    }
  }
`);

const RESEND = graphql(`
  mutation EmailsResend($id: UUID!) {
    resendEmail(id: $id) {
      __typename
      ... on EmailMessage {
        status
        attempts
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);

const AUDIT = graphql(`
  query EmailsAudit($action: String!) {
    auditLog(filter: { action: $action }) {
      nodes {
        entityId
        changes
      }
    }
  }
`);

async function emailCommissionPartners(selection: CommissionSelection, email: ComposeEmailInput, token = fx.tokens.admin) {
  return (await app.gqlData(EMAIL_COMMISSION_PARTNERS, { input: { selection, email } }, token)).emailCommissionPartners;
}

async function emailPartners(partnerIds: string[], email: ComposeEmailInput, token = fx.tokens.admin) {
  return expectTypename((await app.gqlData(EMAIL_PARTNERS, { input: { partnerIds, email } }, token)).emailPartners, 'EmailsQueued');
}

async function emailPendingPaymentPartners(input: EmailPendingPaymentPartnersInput, token: string) {
  return (await app.gqlData(EMAIL_PENDING_PAYMENT_PARTNERS, { input }, token)).emailPendingPaymentPartners;
}

async function outbox(filter: EmailOutboxFilter = {}, token = fx.tokens.viewer) {
  return (await app.gqlData(OUTBOX, { filter }, token)).emailOutbox;
}

async function auditEntityIds(action: string) {
  return (await app.gqlData(AUDIT, { action }, fx.tokens.admin)).auditLog.nodes.map((n) => n.entityId);
}

let commissionA: string;
let commissionB: string;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  await inbox.start();
  const results = await recordSales(app, fx.tokens.admin, [
    { externalId: 'order-1', customerExternalId: 'c1', productSku: 'TENT', amount: usd(100_000), partnerKey: fx.partnerA.partnerKey },
    { externalId: 'order-2', customerExternalId: 'c2', productSku: 'TENT', amount: usd(25_050), partnerKey: fx.partnerB.partnerKey },
  ]);
  commissionA = saleRecorded(results[0]).commissions[0].id;
  commissionB = saleRecorded(results[1]).commissions[0].id;
});

afterAll(async () => {
  await inbox.stop();
  await app?.close();
});

describe('emails to partners', () => {
  it('sends one personalised message to each partner behind the selected pending commissions', async () => {
    const before = inbox.received.length;
    // gqlData fails the test on any error.
    const answer = await emailCommissionPartners(
      { ids: [commissionA, commissionB] },
      {
        subject: 'Your sales at {{program.name}}, {{partner.name}}',
        body: 'Hello {{partner.name}} ({{partner.key}}),\n\nNew commissions:\n{{sales}}\nTotal: {{commissions.total}} over {{commissions.count}}\nApproved balance: {{balance}}',
      },
    );
    const result = expectTypename(answer, 'EmailsQueued');
    expect(result.queued).toBe(2);
    expect(result.messages.every((m) => m.status === 'PENDING')).toBe(true);

    // Queued with the request and audited; nothing is delivered until the worker runs.
    expect(await auditEntityIds('email.queue')).toContain(result.batchId);
    expect(inbox.received.length).toBe(before);

    const worker = newWorker();
    expect(await worker.runOnce()).toMatchObject({ claimed: 2, sent: 2 });
    const got = inbox.received.slice(before);
    expect(got.map((m) => m.to[0]).sort()).toEqual([fx.partnerA.email, fx.partnerB.email].sort());
    const toA = got.find((m) => m.to[0] === fx.partnerA.email)!;
    const toB = got.find((m) => m.to[0] === fx.partnerB.email)!;
    expect(toA.from).toBe('payouts@merchant.test');
    expect(toA.subject).toBe(`Your sales at ${await programName()}, ${fx.partnerA.name}`);
    expect(toA.text).toContain(`Hello ${fx.partnerA.name} (${fx.partnerA.partnerKey}),`);
    expect(toA.text).toMatch(/- \d{4}-\d{2}-\d{2} {2}sale order-1 \(Tent\) of 1000\.00 USD: commission 100\.00 USD/);
    expect(toA.text).toContain('Total: 100.00 USD over 1');
    expect(toA.text).toContain('Approved balance: 0.00 USD');
    expect(toA.text).not.toContain('order-2');
    expect(toB.text).toContain('sale order-2 (Tent) of 250.50 USD: commission 25.05 USD');
    expect(toB.text).not.toContain('order-1');
    expect(toA.messageId).toBe(`<${result.messages.find((m) => m.recipient === fx.partnerA.email)!.id}@partnerbook>`);

    const { nodes } = await outbox({ batchId: result.batchId });
    expect(nodes.map((n) => n.status)).toEqual(['SENT', 'SENT']);
    expect(nodes.every((n) => n.attempts === 1 && n.sentAt && n.attemptLog.length === 1 && n.attemptLog[0].outcome === 'SENT')).toBe(true);
  });

  it('selects by filter (PENDING of one partner) like the pending commissions list', async () => {
    const result = expectTypename(
      await emailCommissionPartners({ filter: { partnerId: fx.partnerB.id } }, { subject: 'Hi {{partner.name}}', body: '{{sales}}' }),
      'EmailsQueued',
    );
    expect(result.queued).toBe(1);
    expect(result.messages[0].recipient).toBe(fx.partnerB.email);
    expect(result.messages[0].body).toContain('order-2');
    await drain(newWorker());
  });

  it('refuses unknown placeholders with a typed error and queues nothing', async () => {
    const before = (await outbox()).totalCount;
    const result = expectTypename(
      await emailCommissionPartners(
        { ids: [commissionA] },
        { subject: 'Hi {{partner.nmae}}', body: 'Paid {{payment.amount}} {{ balance }' },
      ),
      'InvalidEmailTemplateError',
    );
    expect(result.code).toBe('INVALID_EMAIL_TEMPLATE');
    expect(result.problems).toEqual([
      { field: 'subject', placeholder: 'partner.nmae', reason: 'UNKNOWN_PLACEHOLDER' },
      { field: 'body', placeholder: 'payment.amount', reason: 'NOT_AVAILABLE' },
      expect.objectContaining({ field: 'body', reason: 'MALFORMED' }),
    ]);
    expect((await outbox()).totalCount).toBe(before);
    const none = await emailCommissionPartners({ filter: { partnerId: fx.partnerA.id, currency: 'EUR' } }, { subject: 's', body: 'b' });
    expect(expectTypename(none, 'NoRecipientsError').code).toBe('NO_RECIPIENTS');
  });

  it('emails the partners of pending payments about what they are due', async () => {
    const approved = await approve(app, fx.tokens.admin, [commissionA, commissionB]);
    expect(approved.succeeded).toBe(2);
    const answer = await emailPendingPaymentPartners(
      {
        email: {
          subject: 'Payment on its way, {{partner.name}}',
          body: 'We will pay you {{payment.amount}} for {{commissions.count}} commission(s).',
        },
      },
      fx.tokens.apiWrite,
    );
    const result = expectTypename(answer, 'EmailsQueued');
    // B's 25.05 USD is below the 50.00 USD threshold: only A is eligible.
    expect(result.queued).toBe(1);
    expect(result.messages[0].recipient).toBe(fx.partnerA.email);
    const before = inbox.received.length;
    await drain(newWorker());
    const mail = inbox.received.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe(`Payment on its way, ${fx.partnerA.name}`);
    expect(mail[0].text).toBe('We will pay you 100.00 USD for 1 commission(s).');
    const all = await emailPendingPaymentPartners(
      { eligibleOnly: false, partnerIds: [fx.partnerB.id], email: { subject: 's', body: '{{balance}} / {{payment.amount}}' } },
      fx.tokens.admin,
    );
    expect(expectTypename(all, 'EmailsQueued').messages[0].body).toBe('25.05 USD / 25.05 USD');
    await drain(newWorker());
  });

  it('shows partners only the messages delivered to them; merchants see the outbox', async () => {
    const a = (await app.gqlData(MY_MESSAGES, {}, fx.tokens.partnerA)).myMessages;
    const b = (await app.gqlData(MY_MESSAGES, {}, fx.tokens.partnerB)).myMessages;
    expect(a.totalCount).toBeGreaterThan(0);
    expect(a.nodes.every((m) => m.partnerId === fx.partnerA.id && m.recipient === fx.partnerA.email && m.status === 'SENT')).toBe(true);
    expect(b.nodes.every((m) => m.partnerId === fx.partnerB.id)).toBe(true);
    expect(a.nodes.every((m) => m.lastError === null && m.attemptLog.length === 0)).toBe(true);
    const all = await outbox();
    expect(all.totalCount).toBe(a.totalCount + b.totalCount);
    const forbidden = await app.gql(OUTBOX_COUNT, {}, fx.tokens.partnerA);
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    // Another program sees none of it.
    const other = await createProgramFixture(app);
    expect((await outbox({}, other.tokens.admin)).totalCount).toBe(0);
  });

  it('delivers every message once the SMTP server is back after it stopped mid-batch', async () => {
    const partners = [];
    for (let i = 0; i < 7; i++) {
      partners.push(
        await createPartner(fx.system, {
          name: `Batch ${i}`,
          email: `batch-${i}-${fx.programId.slice(0, 8)}@test.dev`,
          partnerKey: `batch-${i}`,
        }),
      );
    }
    const queued = await emailPartners(
      partners.map((p) => p.id),
      { subject: 'News for {{partner.name}}', body: 'Hi {{partner.name}}, balance {{balance}}' },
    );
    expect(queued.queued).toBe(7);
    const before = inbox.received.length;
    inbox.onReceived = () => {
      if (inbox.received.length - before === 3) void inbox.stop();
    };
    const worker = newWorker();
    const first = await worker.runOnce();
    inbox.onReceived = undefined;
    expect(first).toMatchObject({ claimed: 7, sent: 3, retried: 4, failed: 0 });
    const waiting = (await outbox({ batchId: queued.batchId })).nodes.filter((m) => m.status === 'PENDING');
    expect(waiting).toHaveLength(4);
    expect(waiting.every((m) => m.attempts === 1 && /ECONNREFUSED|ESOCKET|ECONNECTION/.test(m.lastError ?? ''))).toBe(true);

    // Not due before the backoff has passed…
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });
    // …then, still down: the next due pass fails again (backoff grows), nothing is lost or marked FAILED.
    clock.advance(POLICY.maxDelayMs);
    expect(await worker.runOnce()).toMatchObject({ claimed: 4, retried: 4 });

    await inbox.start();
    await drain(worker);
    const got = inbox.received.slice(before);
    expect(got.map((m) => m.to[0]).sort()).toEqual(partners.map((p) => p.email).sort());
    expect(new Set(got.map((m) => m.messageId)).size).toBe(7);
    const settled = (await outbox({ batchId: queued.batchId })).nodes;
    expect(settled.every((m) => m.status === 'SENT')).toBe(true);
    const retried = settled.filter((m) => m.attempts === 3);
    expect(retried).toHaveLength(4);
    expect(retried[0].attemptLog.map((a) => a.outcome)).toEqual(['RETRY', 'RETRY', 'SENT']);
  });

  it('ends a permanently refused message FAILED with its error; resend delivers it', async () => {
    const bouncer = await createPartner(fx.system, {
      name: 'Bouncer',
      email: `bounce-${fx.programId.slice(0, 8)}@test.dev`,
      partnerKey: 'bouncer',
    });
    inbox.rejects = (address) => address.startsWith('bounce-');
    const queued = await emailPartners([bouncer.id], { subject: 'Hello {{partner.name}}', body: 'x' });
    expect(await newWorker().runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    let [message] = (await outbox({ batchId: queued.batchId })).nodes;
    expect(message).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(message.lastError).toMatch(/550/);
    expect(message.attemptLog).toEqual([expect.objectContaining({ attempt: 1, outcome: 'FAILED' })]);
    expect(message.attemptLog[0].error).toMatch(/No such user/);
    expect((await outbox({ status: 'FAILED' })).nodes.map((m) => m.id)).toContain(message.id);

    expect(errorCode(await app.gql(RESEND, { id: message.id }, fx.tokens.viewer))).toBe('FORBIDDEN');
    inbox.rejects = () => false;
    expect((await app.gqlData(RESEND, { id: message.id }, fx.tokens.admin)).resendEmail).toEqual({
      __typename: 'EmailMessage',
      status: 'PENDING',
      attempts: 0,
    });
    const before = inbox.received.length;
    await drain(newWorker());
    [message] = (await outbox({ batchId: queued.batchId })).nodes;
    expect(message.status).toBe('SENT');
    expect(message.attemptLog.map((a) => a.outcome)).toEqual(['FAILED', 'SENT']);
    expect(inbox.received.slice(before).map((m) => m.to[0])).toEqual([bouncer.email]);
    // Only FAILED messages go back; a sent one is reported, not resent.
    expect((await app.gqlData(RESEND, { id: message.id }, fx.tokens.admin)).resendEmail).toEqual({
      __typename: 'EmailNotResendableError',
      code: 'EMAIL_NOT_RESENDABLE',
    });
    expect(await auditEntityIds('email.resend')).toContain(message.id);
  });

  it('gives up after the last retry with the last error', async () => {
    const queued = await emailPartners([fx.partnerA.id], { subject: 's', body: 'b' });
    await inbox.stop();
    try {
      const worker = newWorker({ policy: { maxAttempts: 2, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      clock.advance(60_000);
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    } finally {
      await inbox.start();
    }
    const [message] = (await outbox({ batchId: queued.batchId })).nodes;
    expect(message).toMatchObject({ status: 'FAILED', attempts: 2 });
    expect(message.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
  });

  it('loses nothing when a worker dies after claiming: another worker takes over after the lease, and the dead one sends nothing', async () => {
    const queued = await emailPartners([fx.partnerA.id, fx.partnerB.id], { subject: 'Restart {{partner.name}}', body: 'b' });
    const dying = newWorker();
    const claimed = await dying.claim();
    expect(claimed).toHaveLength(2);
    // The claimed messages are invisible to other workers while the lease lasts…
    const other = newWorker();
    expect((await other.runOnce()).claimed).toBe(0);
    expect((await outbox({ batchId: queued.batchId })).nodes.map((m) => m.status)).toEqual(['SENDING', 'SENDING']);
    clock.advance(LEASE_MS + 1_000);
    // …and a fresh worker (a restarted process) delivers them once it has run out.
    const before = inbox.received.length;
    const restarted = newWorker();
    expect(await restarted.runOnce()).toMatchObject({ claimed: 2, sent: 2 });
    expect(
      inbox.received
        .slice(before)
        .map((m) => m.subject)
        .sort(),
    ).toEqual([`Restart ${fx.partnerA.name}`, `Restart ${fx.partnerB.name}`].sort());
    const nodes = (await outbox({ batchId: queued.batchId })).nodes;
    // The dead worker never started a send, so nothing of it counts or shows as an attempt.
    expect(nodes.every((m) => m.status === 'SENT' && m.attempts === 1)).toBe(true);
    expect(nodes[0].attemptLog.map((a) => a.outcome)).toEqual(['SENT']);
    // Waking up late, the dead worker finds its claim gone: it sends nothing and overwrites nothing.
    expect(await dying.deliver(claimed[0])).toBe('LOST');
    expect(inbox.received.length - before).toBe(2);
    expect((await outbox({ batchId: queued.batchId })).nodes.every((m) => m.status === 'SENT' && m.attempts === 1)).toBe(true);
  });

  it('a database failure recording a delivered message is not a delivery failure: retried, never resent', async () => {
    const queued = await emailPartners([fx.partnerA.id], { subject: 'Recorded {{partner.name}}', body: 'b' });
    const [message] = queued.messages;
    const before = inbox.received.length;
    await failSentUpdates(message.id, 1, async () => {
      expect(await newWorker().runOnce()).toMatchObject({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    });
    expect(inbox.received.length - before).toBe(1);
    const [settled] = (await outbox({ batchId: queued.batchId })).nodes;
    expect(settled).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(settled.attemptLog.map((a) => a.outcome)).toEqual(['SENT']);
  });

  it('a delivered message the database keeps refusing to record stays SENDING until its lease runs out', async () => {
    const queued = await emailPartners([fx.partnerB.id], { subject: 'Unrecorded {{partner.name}}', body: 'b' });
    const [message] = queued.messages;
    const before = inbox.received.length;
    await failSentUpdates(message.id, 1_000, async () => {
      // Sent, but not recorded: the pass stops instead of going on sending what it cannot record.
      expect(await newWorker().runOnce()).toMatchObject({ claimed: 1, sent: 0, retried: 0, failed: 0, interrupted: true });
      const [stuck] = (await outbox({ batchId: queued.batchId })).nodes;
      // Neither queued for a resend nor FAILED: the delivery succeeded.
      expect(stuck).toMatchObject({ status: 'SENDING', attempts: 1, lastError: null });
      expect(stuck.attemptLog.map((a) => a.outcome)).toEqual([null]);
    });
    clock.advance(LEASE_MS + 1_000);
    await drain(newWorker());
    const [settled] = (await outbox({ batchId: queued.batchId })).nodes;
    expect(settled).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(settled.attemptLog.map((a) => a.outcome)).toEqual(['UNKNOWN', 'SENT']);
    // Taken again after the lease (at least once), with the same Message-ID for the receiver to drop.
    const got = inbox.received.slice(before);
    expect(got).toHaveLength(2);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(1);
  });

  it('two workers at once never take the same message (FOR UPDATE SKIP LOCKED)', async () => {
    const batches = [];
    for (let i = 0; i < 5; i++)
      batches.push(await emailPartners([fx.partnerA.id, fx.partnerB.id], { subject: `Race ${i} {{partner.name}}`, body: 'b' }));
    const before = inbox.received.length;
    const [one, two] = await Promise.all([newWorker({ batchSize: 4 }).runOnce(), newWorker({ batchSize: 4 }).runOnce()]);
    expect(one.claimed + two.claimed).toBe(8);
    await drain(newWorker());
    const got = inbox.received.slice(before);
    expect(got).toHaveLength(10);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(10);
    for (const batch of batches) {
      const nodes = (await outbox({ batchId: batch.batchId })).nodes;
      expect(nodes.every((m) => m.status === 'SENT' && m.attempts === 1 && m.attemptLog.length === 1)).toBe(true);
    }
  });

  it('a stopping worker finishes the message in hand and hands the rest back untried', async () => {
    const queued = await emailPartners(
      [
        fx.partnerA.id,
        fx.partnerB.id,
        ...(
          await queryRows<{ id: string }>(app, `SELECT id FROM partner WHERE program_id = $1 AND partner_key LIKE 'batch-%' LIMIT 3`, [
            fx.programId,
          ])
        ).map((r) => r.id),
      ],
      { subject: 'Stop {{partner.name}}', body: 'b' },
    );
    expect(queued.queued).toBe(5);
    const worker = newWorker();
    const before = inbox.received.length;
    let stopped: Promise<void> | undefined;
    inbox.onReceived = () => {
      stopped ??= worker.stop();
    };
    const pass = await worker.runOnce();
    inbox.onReceived = undefined;
    await stopped;
    expect(pass).toMatchObject({ claimed: 5, sent: 1 });
    expect(inbox.received.length - before).toBe(1);
    const waiting = (await outbox({ batchId: queued.batchId })).nodes.filter((m) => m.status !== 'SENT');
    expect(waiting).toHaveLength(4);
    expect(waiting.every((m) => m.status === 'PENDING' && m.attempts === 0 && m.attemptLog.length === 0)).toBe(true);
    await drain(newWorker());
    expect(inbox.received.length - before).toBe(5);
  });

  it('writes .eml files when no SMTP server is configured', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pb-mail-'));
    const queued = await emailPartners([fx.partnerA.id], { subject: 'Local {{partner.name}}', body: 'Balance {{balance}}' });
    const mailDir = path.join(dir, 'mail');
    await drain(new EmailWorker(app.dataSource, { transport: fileTransport(mailDir), from: FROM, clock }));
    const files = fs.readdirSync(mailDir);
    expect(files).toHaveLength(1);
    // Partners' personal data: the folder and the files are the server user's alone.
    expect(fs.statSync(mailDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(mailDir, files[0])).mode & 0o777).toBe(0o600);
    const raw = fs.readFileSync(path.join(mailDir, files[0]), 'utf8');
    expect(raw).toContain(`To: ${fx.partnerA.email}`);
    expect(raw).toContain(`Subject: Local ${fx.partnerA.name}`);
    expect(raw).toContain('Balance 100.00 USD');
    expect((await outbox({ batchId: queued.batchId })).nodes[0].status).toBe('SENT');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** Makes the database refuse to mark one message SENT, the first `times` times, while `run` runs. */
async function failSentUpdates(messageId: string, times: number, run: () => Promise<void>) {
  await app.dataSource.query(`CREATE SEQUENCE test_fail_sent_seq`);
  await app.dataSource.query(`
    CREATE FUNCTION test_fail_sent() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF nextval('test_fail_sent_seq') <= TG_ARGV[0]::int THEN RAISE EXCEPTION 'recording SENT refused by the test'; END IF;
      RETURN NEW;
    END $$`);
  await app.dataSource.query(`
    CREATE TRIGGER test_fail_sent BEFORE UPDATE ON email_message FOR EACH ROW
      WHEN (NEW.status = 'SENT' AND OLD.status <> 'SENT' AND NEW.id = '${messageId}') EXECUTE FUNCTION test_fail_sent(${times})`);
  try {
    await run();
  } finally {
    await app.dataSource.query(`DROP TRIGGER test_fail_sent ON email_message`);
    await app.dataSource.query(`DROP FUNCTION test_fail_sent()`);
    await app.dataSource.query(`DROP SEQUENCE test_fail_sent_seq`);
  }
}

async function programName(): Promise<string> {
  const [row] = await queryRows<{ name: string }>(app, `SELECT name FROM program WHERE id = $1`, [fx.programId]);
  return row.name;
}
