import { formatMoney, type MoneyValue } from '../../shared/money';
import { statusInWords } from '../../shared/failure-sentences';

/**
 * The audit log as sentences: who did what to which object ("Ann Admin approved 3 commissions",
 * "API key 'billing' recorded sale 1042"), amounts formatted from minor units with their currency,
 * objects as links to their pages. Entries one action wrote together (same actor, action and
 * moment) read as one sentence; their details stay one click away.
 */
export interface AuditEntryView {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actorKind: string;
  actorId?: string | null;
  actorName: string;
  changes: Record<string, unknown>;
  createdAt: string;
  subject: {
    name?: string | null;
    partnerId?: string | null;
    partnerName?: string | null;
    saleId?: string | null;
    orderId?: string | null;
  };
}

/** A piece of a sentence: text, a link to a portal page when `to` is set. */
export interface SentencePart {
  text: string;
  to?: string;
}

export interface AuditRow {
  key: string;
  createdAt: string;
  parts: SentencePart[];
  entries: AuditEntryView[];
}

export function actorInWords(entry: Pick<AuditEntryView, 'actorKind' | 'actorName'>): string {
  switch (entry.actorKind) {
    case 'API_KEY':
      return `API key ‘${entry.actorName}’`;
    case 'PARTNER':
      return `Partner ${entry.actorName}`;
    case 'SYSTEM':
      return 'The system';
    default:
      return entry.actorName;
  }
}

function isMoney(value: unknown): value is MoneyValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as MoneyValue).currency === 'string' &&
    (typeof (value as MoneyValue).amount === 'number' || typeof (value as MoneyValue).amount === 'string')
  );
}

const money = (value: unknown): string | null => (isMoney(value) ? formatMoney(value) : null);

function partnerLink(entry: AuditEntryView): SentencePart {
  const { partnerId, partnerName } = entry.subject;
  return partnerId ? { text: partnerName ?? 'a partner', to: `/merchant/partners/${partnerId}` } : { text: 'a partner no longer on file' };
}

function saleLink(entry: AuditEntryView): SentencePart {
  const { saleId, orderId } = entry.subject;
  const order = orderId ?? (typeof entry.changes.externalId === 'string' ? entry.changes.externalId : null);
  return saleId ? { text: `sale ${order ?? ''}`.trim(), to: `/merchant/sales/${saleId}` } : { text: order ? `sale ${order}` : 'a sale' };
}

/** One commission named: "the commission of <partner> on <sale>" (or its description for a reward). */
function commissionParts(entry: AuditEntryView): SentencePart[] {
  const parts: SentencePart[] = [{ text: 'the commission of ' }, partnerLink(entry)];
  if (entry.subject.saleId) parts.push({ text: ' on ' }, saleLink(entry));
  else if (entry.subject.name) parts.push({ text: ` (“${entry.subject.name}”)` });
  return parts;
}

const COMMISSION_VERBS: Record<string, string> = {
  'commission.approve': 'approved',
  'commission.autoApprove': 'approved automatically',
  'commission.cancel': 'cancelled',
  'commission.reinstate': 'reinstated',
  'commission.refundAdjust': 'adjusted after a refund',
  'commission.clawback': 'created a clawback of',
  'commission.pay': 'marked as paid',
  'commission.paymentVoided': 'unmarked as paid (its payment was voided)',
};

const SIMPLE: Record<string, string> = {
  'program.settings': 'changed the program settings',
  'program.signUp': 'created the program',
  'account.changePassword': 'changed their password',
  'account.resetPassword': 'reset their password',
  'account.verifyEmail': 'verified their email address',
  'account.requestEmailChange': 'asked to change a sign-in email',
  'account.confirmEmailChange': 'confirmed a new sign-in email',
  'team.acceptInvitation': 'joined the team',
  'webhookEndpoint.create': 'added a webhook endpoint',
  'webhookEndpoint.update': 'changed a webhook endpoint',
  'webhookEndpoint.delete': 'removed a webhook endpoint',
  'webhookEndpoint.rotateSecret': 'rotated the secret of a webhook endpoint',
  'webhookDelivery.redeliver': 'sent a webhook again',
  'email.resend': 'queued a failed email again',
};

/** What one entry says after its actor: " approved the commission of <partner> on <sale>". */
export function actionParts(entry: AuditEntryView): SentencePart[] {
  const c = entry.changes ?? {};
  const name = entry.subject.name;
  switch (entry.action) {
    case 'sale.record':
    case 'sale.recordManual': {
      const amount = money(c.amount);
      return [
        { text: entry.action === 'sale.recordManual' ? ' recorded by hand ' : ' recorded ' },
        saleLink(entry),
        ...(amount ? [{ text: ` of ${amount}` }] : []),
      ];
    }
    case 'sale.refund': {
      const amount = money(c.amount);
      return [{ text: ` refunded ${amount ?? 'part'} of ` }, saleLink(entry)];
    }
    case 'commission.clawback': {
      const amount = money(c.amount);
      const parts: SentencePart[] = [{ text: ` created a clawback${amount ? ` of ${amount}` : ''} for ` }, partnerLink(entry)];
      if (entry.subject.saleId) parts.push({ text: ' on ' }, saleLink(entry));
      return parts;
    }
    case 'commission.cancel': {
      const reason = typeof c.reason === 'string' ? ` (“${c.reason}”)` : '';
      return [{ text: ' cancelled ' }, ...commissionParts(entry), { text: reason }];
    }
    case 'reward.create': {
      const amount = money(c.amount);
      const description = typeof c.description === 'string' ? ` (“${c.description}”)` : '';
      return [{ text: ` gave a reward${amount ? ` of ${amount}` : ''} to ` }, partnerLink(entry), { text: description }];
    }
    case 'payment.record': {
      const amount = money(c.amount);
      return [{ text: ` recorded a payment${amount ? ` of ${amount}` : ''} to ` }, partnerLink(entry)];
    }
    case 'payment.void':
      return [
        { text: ' voided a payment to ' },
        partnerLink(entry),
        ...(typeof c.reason === 'string' ? [{ text: ` (“${c.reason}”)` }] : []),
      ];
    case 'partner.create':
      return [{ text: ' added partner ' }, partnerLink(entry)];
    case 'partner.update':
      return [{ text: ' updated partner ' }, partnerLink(entry)];
    case 'partner.endSessions':
      return [{ text: ' signed partner ' }, partnerLink(entry), { text: ' out everywhere' }];
    case 'partner.paypalEmail':
      return [{ text: ' changed the PayPal email of ' }, partnerLink(entry)];
    case 'product.create':
      return [{ text: ' added product ' }, { text: name ?? 'a product', to: '/merchant/settings/products' }];
    case 'product.update':
      return [{ text: ' updated product ' }, { text: name ?? 'a product', to: '/merchant/settings/products' }];
    case 'apiKey.create':
      return [
        { text: ' created API key ' },
        { text: `‘${name ?? (typeof c.name === 'string' ? c.name : '')}’`, to: '/merchant/settings/api-keys' },
      ];
    case 'apiKey.revoke':
      return [
        { text: ' revoked API key ' },
        { text: `‘${name ?? (typeof c.name === 'string' ? c.name : '')}’`, to: '/merchant/settings/api-keys' },
      ];
    case 'email.queue': {
      const count = typeof c.messages === 'number' ? c.messages : null;
      return [
        { text: ` queued ${count === null ? 'emails' : `${count} email${count === 1 ? '' : 's'}`}` },
        { text: ' to partners', to: '/merchant/emails' },
      ];
    }
    case 'export.download':
      return [{ text: ` downloaded an export${typeof c.kind === 'string' ? ` of ${c.kind.replace(/-/g, ' ')}` : ''}` }];
    case 'team.invite':
      return [{ text: ` invited ${typeof c.email === 'string' ? c.email : 'someone'} to the team` }];
    case 'team.revokeInvitation':
      return [{ text: ` withdrew the invitation of ${typeof c.email === 'string' ? c.email : 'someone'}` }];
    case 'team.changeRole': {
      const role = c.role as { to?: string } | undefined;
      return [{ text: ` changed the role of ${name ?? 'a team member'}${role?.to ? ` to ${statusInWords(role.to)}` : ''}` }];
    }
    case 'team.remove':
      return [{ text: ` removed ${name ?? (typeof c.email === 'string' ? c.email : 'a team member')} from the team` }];
    default: {
      const verb = COMMISSION_VERBS[entry.action];
      if (verb) return [{ text: ` ${verb} ` }, ...commissionParts(entry)];
      const simple = SIMPLE[entry.action];
      if (simple) return [{ text: ` ${simple}` }];
      return [
        { text: ` did “${entry.action.replace(/[._]/g, ' ')}” on a ${entry.entityType.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}` },
      ];
    }
  }
}

const PLURAL: Record<string, string> = {
  'commission.approve': 'approved {n} commissions',
  'commission.autoApprove': 'approved {n} commissions automatically',
  'commission.cancel': 'cancelled {n} commissions',
  'commission.reinstate': 'reinstated {n} commissions',
  'commission.refundAdjust': 'adjusted {n} commissions after a refund',
  'commission.pay': 'marked {n} commissions as paid',
  'commission.paymentVoided': 'unmarked {n} commissions as paid (their payment was voided)',
  'sale.record': 'recorded {n} sales',
  'sale.recordManual': 'recorded {n} sales by hand',
  'commission.clawback': 'created {n} clawbacks',
};

const together = (a: AuditEntryView, b: AuditEntryView) =>
  a.action === b.action &&
  a.actorKind === b.actorKind &&
  a.actorName === b.actorName &&
  a.createdAt === b.createdAt &&
  a.entityType === b.entityType;

/** The entries of a page as rows of sentences, consecutive entries of one action grouped. */
export function auditRows(entries: readonly AuditEntryView[]): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const entry of entries) {
    const last = rows[rows.length - 1];
    if (last && PLURAL[entry.action] && together(last.entries[0], entry)) last.entries.push(entry);
    else rows.push({ key: entry.id, createdAt: entry.createdAt, parts: [], entries: [entry] });
  }
  for (const row of rows) {
    const [first] = row.entries;
    const actor: SentencePart = { text: actorInWords(first) };
    row.parts =
      row.entries.length === 1
        ? [actor, ...actionParts(first)]
        : [actor, { text: ` ${PLURAL[first.action].replace('{n}', String(row.entries.length))}` }];
  }
  return rows;
}

/** The raw changes, for the "details": amounts in minor units become formatted money; the rest is indented JSON. */
export function formattedChanges(changes: Record<string, unknown>): string {
  return JSON.stringify(
    changes,
    (_key, value: unknown) => (isMoney(value) && Object.keys(value).length === 2 ? formatMoney(value) : value),
    2,
  );
}
