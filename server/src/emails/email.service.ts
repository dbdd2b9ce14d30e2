import { randomUUID } from 'node:crypto';
import { CommissionStatus, ExactMoney, compareMinorUnits, formatMajorUnits, minorUnits, sumByCurrency } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, ForbiddenError, NotFoundError, errorResult } from '../common/errors';
import { scopeWhere } from '../common/scope';
import { Paging, paginate } from '../common/paging';
import { recordAudit } from '../audit/audit.service';
import { CommissionSelection, MAX_IDS_PER_ACTION } from '../commissions/commission.inputs';
import { commissionSelectionWhere } from '../commissions/commission-query';
import { listPendingPaymentRows } from '../payments/pending-payments.service';
import { EmailAttempt, EmailMessage, EmailStatus, EmailTopic } from './email-message.entity';
import { compileEmail, EmailTemplateError, PLACEHOLDER_DOCS, PLACEHOLDERS, renderTemplate } from './email-templates';
import { EmailNotResendableError, InvalidEmailTemplateError, NoRecipientsError } from './email.errors';
import { EmailAudienceMember, EmailAudienceSummary, EmailPlaceholder, EmailPreview, EmailsQueued } from './email.types';
import {
  CommissionEmailPreviewInput,
  ComposeEmailInput,
  EmailCommissionPartnersInput,
  EmailOutboxFilter,
  EmailPartnersInput,
  EmailPendingPaymentPartnersInput,
  MAX_PARTNERS_PER_EMAIL,
  PartnersEmailPreviewInput,
  PendingPaymentAudienceInput,
  PendingPaymentEmailPreviewInput,
} from './email.inputs';

/** The most commissions one "email the partners behind these commissions" request may cover. */
export const MAX_COMMISSIONS_PER_EMAIL = 10_000;

interface PartnerRow {
  id: string;
  name: string;
  email: string;
  partner_key: string;
}

type Amount = ExactMoney;

const formatAmount = (m: Amount) => `${formatMajorUnits(m.amount, m.currency)} ${m.currency}`;
const formatAmounts = (items: Amount[], fallback: string) => (items.length ? sumByCurrency(items).map(formatAmount).join(', ') : fallback);

/** Values any email can use: the partner, the program and the partner's approved, unpaid balance. */
async function commonValues(tx: RequestContext, partnerIds: string[]) {
  // One after the other: a transaction's queries share one connection.
  const partners = await tx.query<PartnerRow>(
    `SELECT id, name, email, partner_key FROM partner WHERE program_id = $1 AND id = ANY($2::uuid[])`,
    [tx.programId, partnerIds],
  );
  const balances = await tx.query<{ partner_id: string; currency: string; total: string }>(
    `SELECT partner_id, currency::text AS currency, sum(amount_minor) AS total FROM commission
      WHERE program_id = $1 AND partner_id = ANY($2::uuid[]) AND status = 'APPROVED' GROUP BY 1, 2 ORDER BY 2`,
    [tx.programId, partnerIds],
  );
  const [program] = await tx.query<{ name: string; currency: string }>(
    `SELECT name, currency::text AS currency FROM program WHERE id = $1`,
    [tx.programId],
  );
  const balanceOf = new Map<string, Amount[]>();
  for (const row of balances) {
    const list = balanceOf.get(row.partner_id) ?? [];
    list.push({ amount: minorUnits(row.total), currency: row.currency.trim() });
    balanceOf.set(row.partner_id, list);
  }
  const zero = formatAmount({ amount: 0, currency: program.currency.trim() });
  return new Map(
    partners.map((p) => [
      p.id,
      {
        email: p.email,
        values: {
          'partner.name': p.name,
          'partner.email': p.email,
          'partner.key': p.partner_key,
          'program.name': program.name,
          balance: formatAmounts(balanceOf.get(p.id) ?? [], zero),
        },
      },
    ]),
  );
}

type CompiledEmail = ReturnType<typeof compileEmail>;

/** One message per partner, personalised: what is stored in the outbox, and what a preview shows. */
async function renderMessages(
  tx: RequestContext,
  compiled: CompiledEmail,
  partnerIds: string[],
  extra: Map<string, Record<string, string>>,
) {
  const common = await commonValues(tx, partnerIds);
  return partnerIds
    .filter((id) => common.has(id))
    .map((partnerId) => {
      const { email, values } = common.get(partnerId)!;
      const all = { ...values, ...extra.get(partnerId) };
      return {
        partner_id: partnerId,
        recipient: email,
        subject: renderTemplate(compiled.subject, all),
        body: renderTemplate(compiled.body, all),
      };
    });
}

/**
 * Personalises one composed email per partner and stores the messages in the outbox, in the
 * caller's transaction: the request and its messages commit (or vanish) together.
 */
async function queueEmails(
  ctx: RequestContext,
  topic: EmailTopic,
  compose: ComposeEmailInput,
  collect: (tx: RequestContext) => Promise<{ partnerIds: string[]; extra: Map<string, Record<string, string>> }>,
): Promise<EmailsQueued | InvalidEmailTemplateError | NoRecipientsError> {
  let compiled: ReturnType<typeof compileEmail>;
  try {
    compiled = compileEmail(compose.subject, compose.body, topic);
  } catch (error) {
    if (!(error instanceof EmailTemplateError)) throw error;
    return errorResult(InvalidEmailTemplateError, error.message, { problems: error.problems });
  }
  return ctx.transaction(async (tx) => {
    const { partnerIds, extra } = await collect(tx);
    if (partnerIds.length === 0) return errorResult(NoRecipientsError, 'The selection names no partner to write to');
    if (partnerIds.length > MAX_PARTNERS_PER_EMAIL) throw new BadInputError(`At most ${MAX_PARTNERS_PER_EMAIL} partners per email`);
    const batchId = randomUUID();
    const messages = await renderMessages(tx, compiled, partnerIds, extra);
    if (messages.length === 0) return errorResult(NoRecipientsError, 'The selection names no partner to write to');
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO email_message (program_id, batch_id, topic, partner_id, recipient, subject, body, created_by)
       SELECT $1, $2, $3, m.partner_id, m.recipient, m.subject, m.body, $4
         FROM jsonb_to_recordset($5::jsonb) AS m(partner_id uuid, recipient text, subject text, body text)
       RETURNING id`,
      [tx.programId, batchId, topic, tx.authenticatedActor.label, JSON.stringify(messages)],
    );
    await recordAudit(tx, [
      {
        action: 'email.queue',
        entityType: 'EmailBatch',
        entityId: batchId,
        changes: { topic, subject: compose.subject, messages: inserted.length, placeholders: compiled.placeholders },
      },
    ]);
    const stored = await tx.manager
      .getRepository(EmailMessage)
      .createQueryBuilder('m')
      .where('m.batch_id = :batchId', { batchId })
      .orderBy('m.recipient')
      .addOrderBy('m.id')
      .getMany();
    return Object.assign(new EmailsQueued(), { batchId, queued: stored.length, messages: stored });
  });
}

interface SelectedCommission {
  partner_id: string;
  kind: string;
  currency: string;
  amount_minor: string;
  created_at: Date;
  description: string | null;
  sale_external_id: string | null;
  sale_amount_minor: string | null;
  product_name: string | null;
}

function saleLine(row: SelectedCommission): string {
  const date = row.created_at.toISOString().slice(0, 10);
  const currency = row.currency.trim();
  const commission = formatAmount({ amount: minorUnits(row.amount_minor), currency });
  if (row.kind === 'REWARD') return `- ${date}  reward${row.description ? ` "${row.description}"` : ''}: ${commission}`;
  const sale = row.sale_amount_minor === null ? '' : ` of ${formatAmount({ amount: minorUnits(row.sale_amount_minor), currency })}`;
  const what = row.kind === 'CLAWBACK' ? 'clawback on sale' : 'sale';
  return `- ${date}  ${what} ${row.sale_external_id ?? ''}${row.product_name ? ` (${row.product_name})` : ''}${sale}: commission ${commission}`;
}

/** The partners behind the selected commissions (PENDING ones when selected by filter), with their commission values. */
async function commissionAudience(tx: RequestContext, selection: CommissionSelection) {
  const where = commissionSelectionWhere(tx, selection, { byDefault: [CommissionStatus.PENDING] }, MAX_IDS_PER_ACTION).positional(
    tx.dataSource,
  );
  const rows = await tx.query<SelectedCommission>(
    `SELECT c.partner_id, c.kind, c.currency, c.amount_minor, c.created_at, c.description,
            s.external_id AS sale_external_id, s.amount_minor AS sale_amount_minor, p.name AS product_name
       FROM commission c LEFT JOIN sale s ON s.program_id = c.program_id AND s.id = c.sale_id
       LEFT JOIN product p ON p.program_id = s.program_id AND p.id = s.product_id
      WHERE ${where.sql} ORDER BY c.partner_id, c.created_at, c.id LIMIT ${MAX_COMMISSIONS_PER_EMAIL + 1}`,
    where.params,
  );
  if (rows.length > MAX_COMMISSIONS_PER_EMAIL) {
    throw new BadInputError(`The selection covers more than ${MAX_COMMISSIONS_PER_EMAIL} commissions; narrow it down`);
  }
  const byPartner = new Map<string, SelectedCommission[]>();
  for (const row of rows) byPartner.set(row.partner_id, [...(byPartner.get(row.partner_id) ?? []), row]);
  const extra = new Map(
    [...byPartner].map(([partnerId, list]) => [
      partnerId,
      {
        sales: list.map(saleLine).join('\n'),
        'commissions.count': String(list.length),
        'commissions.total': formatAmounts(
          list.map((r) => ({ amount: minorUnits(r.amount_minor), currency: r.currency.trim() })),
          '0',
        ),
      },
    ]),
  );
  return { partnerIds: [...byPartner.keys()], extra };
}

/** Emails the partners behind the selected commissions (PENDING ones when selected by filter). */
export function emailCommissionPartners(ctx: RequestContext, input: EmailCommissionPartnersInput) {
  return queueEmails(ctx, EmailTopic.COMMISSIONS, input.email, (tx) => commissionAudience(tx, input.selection));
}

/** How many partners emailCommissionPartners would write to for this selection, and the first of them by name. */
export async function commissionEmailAudience(ctx: RequestContext, selection: CommissionSelection): Promise<EmailAudienceSummary> {
  return audienceSummary(ctx, (await commissionAudience(ctx, selection)).partnerIds, 0);
}

/** The email to the partners behind some commissions as one of them will receive it; sends nothing. */
export function previewCommissionPartnersEmail(ctx: RequestContext, input: CommissionEmailPreviewInput) {
  return previewEmail(ctx, EmailTopic.COMMISSIONS, input.email, input.partnerId, (tx) => commissionAudience(tx, input.selection));
}

/**
 * The partners an email about pending payments goes to, with their payment values: the selected
 * partners (or all with a pending payment), one currency or all. Balances of zero or less are
 * nothing due: such rows are left out, and a partner with nothing due in any currency is not
 * written to (counted in skippedNothingDue) unless includeNothingDue says so explicitly.
 */
async function pendingPaymentAudience(tx: RequestContext, input: PendingPaymentAudienceInput) {
  const rows = await listPendingPaymentRows(tx, {
    partnerIds: input.partnerIds ? [...new Set(input.partnerIds)] : undefined,
    currency: input.currency,
    eligibleOnly: input.eligibleOnly,
  });
  const byPartner = new Map<string, typeof rows>();
  const names = new Map<string, string>();
  for (const row of rows) {
    names.set(row.partnerId, row.partnerName);
    if (!input.includeNothingDue && compareMinorUnits(row.balance, 0) <= 0) continue;
    byPartner.set(row.partnerId, [...(byPartner.get(row.partnerId) ?? []), row]);
  }
  const skippedNothingDue = [...names.keys()].filter((id) => !byPartner.has(id)).length;
  const extra = new Map(
    [...byPartner].map(([partnerId, list]) => [
      partnerId,
      {
        'payment.amount': formatAmounts(
          list.map((r) => ({ amount: r.balance, currency: r.currency })),
          '0',
        ),
        'commissions.count': String(list.reduce((n, r) => n + r.commissionCount, 0)),
      },
    ]),
  );
  const partnerIds = [...byPartner.keys()];
  return { partnerIds, extra, skippedNothingDue, names };
}

/** Emails the partners of the selected pending payments about what they are due (never those with nothing due, unless chosen). */
export function emailPendingPaymentPartners(ctx: RequestContext, input: EmailPendingPaymentPartnersInput) {
  if (ctx.isPartner) throw new ForbiddenError('Partners cannot email partners');
  // The input is an audience (PendingPaymentAudienceInput) with the email.
  return queueEmails(ctx, EmailTopic.PENDING_PAYMENTS, input.email, (tx) => pendingPaymentAudience(tx, input));
}

/** An audience summary: the count, and the first 50 recipients by name (each can be previewed). */
async function audienceSummary(tx: RequestContext, partnerIds: string[], skippedNothingDue: number, knownNames?: Map<string, string>) {
  const names =
    knownNames ??
    new Map(
      (
        await tx.query<{ id: string; name: string }>(`SELECT id, name FROM partner WHERE program_id = $1 AND id = ANY($2::uuid[])`, [
          tx.programId,
          partnerIds,
        ])
      ).map((row) => [row.id, row.name]),
    );
  const sample = [...partnerIds]
    .sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '') || a.localeCompare(b))
    .slice(0, 50)
    .map((partnerId) => Object.assign(new EmailAudienceMember(), { partnerId, name: names.get(partnerId) ?? '' }));
  return Object.assign(new EmailAudienceSummary(), { count: partnerIds.length, skippedNothingDue, sample });
}

/** How many partners an email about pending payments would go to, and how many are left out for having nothing due. */
export async function pendingPaymentEmailAudience(ctx: RequestContext, input: PendingPaymentAudienceInput): Promise<EmailAudienceSummary> {
  const { partnerIds, skippedNothingDue, names } = await pendingPaymentAudience(ctx, input);
  return audienceSummary(ctx, partnerIds, skippedNothingDue, names);
}

/**
 * One email as one recipient of its audience will receive it, rendered by the sending code (the
 * same template checks, values and placeholders); `partnerId` picks the recipient, else the first
 * by name. Sends and stores nothing.
 */
async function previewEmail(
  ctx: RequestContext,
  topic: EmailTopic,
  compose: ComposeEmailInput,
  partnerId: string | undefined,
  collect: (tx: RequestContext) => Promise<{ partnerIds: string[]; extra: Map<string, Record<string, string>> }>,
): Promise<EmailPreview | InvalidEmailTemplateError | NoRecipientsError> {
  let compiled: CompiledEmail;
  try {
    compiled = compileEmail(compose.subject, compose.body, topic);
  } catch (error) {
    if (!(error instanceof EmailTemplateError)) throw error;
    return errorResult(InvalidEmailTemplateError, error.message, { problems: error.problems });
  }
  return ctx.transaction(async (tx) => {
    const { partnerIds, extra } = await collect(tx);
    const chosen = partnerId ?? (await audienceSummary(tx, partnerIds, 0)).sample[0]?.partnerId;
    if (!chosen || !partnerIds.includes(chosen)) {
      return errorResult(
        NoRecipientsError,
        partnerId ? 'This partner is not among the recipients' : 'The selection names no partner to write to',
      );
    }
    const [message] = await renderMessages(tx, compiled, [chosen], extra);
    return Object.assign(new EmailPreview(), {
      partnerId: chosen,
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
    });
  });
}

/** The email about pending payments as one recipient of the audience will receive it, rendered by the sending code. */
export function previewPendingPaymentEmail(ctx: RequestContext, input: PendingPaymentEmailPreviewInput) {
  return previewEmail(ctx, EmailTopic.PENDING_PAYMENTS, input.email, input.partnerId, (tx) => pendingPaymentAudience(tx, input.audience));
}

/** The named partners of the program (NOT_FOUND names the first unknown one). */
async function namedPartners(tx: RequestContext, partnerIds: string[]) {
  const ids = [...new Set(partnerIds)];
  const found = await tx.query<{ id: string }>(`SELECT id FROM partner WHERE program_id = $1 AND id = ANY($2::uuid[]) ORDER BY id`, [
    tx.programId,
    ids,
  ]);
  if (found.length !== ids.length) {
    const known = new Set(found.map((r) => r.id));
    const missing = ids.find((id) => !known.has(id))!;
    throw new NotFoundError('Partner', missing);
  }
  return { partnerIds: ids, extra: new Map<string, Record<string, string>>() };
}

/** Emails the named partners of the program. */
export function emailPartners(ctx: RequestContext, input: EmailPartnersInput) {
  return queueEmails(ctx, EmailTopic.PARTNERS, input.email, (tx) => namedPartners(tx, input.partnerIds));
}

/** The email to named partners as one of them will receive it; sends nothing. */
export function previewPartnersEmail(ctx: RequestContext, input: PartnersEmailPreviewInput) {
  return previewEmail(ctx, EmailTopic.PARTNERS, input.email, input.partnerId, (tx) => namedPartners(tx, input.partnerIds));
}

export function listPlaceholders(topic: EmailTopic): EmailPlaceholder[] {
  return PLACEHOLDERS[topic].map((name) => Object.assign(new EmailPlaceholder(), { name, description: PLACEHOLDER_DOCS[name] }));
}

/** The program's outbox, newest first. */
export function listOutbox(ctx: RequestContext, filter: EmailOutboxFilter, page: Paging) {
  const query = scopeWhere(ctx, 'm', filter)
    .applyTo(ctx.manager.getRepository(EmailMessage).createQueryBuilder('m'))
    // Account emails (password resets, invitations) carry live links for one person only.
    .andWhere(`m.topic <> 'ACCOUNT'`);
  if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
  if (filter.topic) query.andWhere('m.topic = :topic', { topic: filter.topic });
  if (filter.batchId) query.andWhere('m.batch_id = :batchId', { batchId: filter.batchId });
  return paginate(query, page, { alias: 'm', table: 'email_message' });
}

/** The signed-in partner's messages that were delivered to them. */
export function listMyMessages(ctx: RequestContext, page: Paging) {
  if (!ctx.isPartner) throw new ForbiddenError('Only partners have their own partner view');
  const query = scopeWhere(ctx, 'm')
    .applyTo(ctx.manager.getRepository(EmailMessage).createQueryBuilder('m'))
    .andWhere('m.status = :sent', { sent: EmailStatus.SENT });
  return paginate(query, page, { alias: 'm', table: 'email_message' });
}

/** Puts a FAILED message back in the outbox with a fresh set of attempts. */
export async function resendEmail(ctx: RequestContext, id: string): Promise<EmailMessage | EmailNotResendableError> {
  return ctx.transaction(async (tx) => {
    const [current] = await tx.query<{ status: EmailStatus }>(
      `SELECT status FROM email_message WHERE id = $1 AND program_id = $2 AND topic <> 'ACCOUNT' FOR UPDATE`,
      [id, tx.programId],
    );
    if (!current) throw new NotFoundError('EmailMessage', id);
    if (current.status !== EmailStatus.FAILED) {
      return errorResult(EmailNotResendableError, `Only FAILED messages can be resent; this one is ${current.status}`);
    }
    await tx.query(
      `UPDATE email_message SET status = 'PENDING', attempts = 0, next_attempt_at = now(), locked_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'FAILED'`,
      [id],
    );
    await recordAudit(tx, [
      { action: 'email.resend', entityType: 'EmailMessage', entityId: id, changes: { status: { from: 'FAILED', to: 'PENDING' } } },
    ]);
    return (await tx.manager.getRepository(EmailMessage).findOneBy({ id }))!;
  });
}

/** Every delivery attempt of a message, oldest first (merchants only). */
export function listAttempts(ctx: RequestContext, message: EmailMessage): Promise<EmailAttempt[]> {
  if (ctx.isPartner || message.programId !== ctx.programId) return Promise.resolve([]);
  return ctx.manager
    .getRepository(EmailAttempt)
    .find({ where: { programId: message.programId, messageId: message.id }, order: { id: 'ASC' } });
}

/** Why the last attempt failed; merchants only (SMTP errors say nothing a partner needs). */
export function lastErrorFor(ctx: RequestContext, message: EmailMessage): string | null {
  return ctx.isPartner ? null : message.lastError;
}
