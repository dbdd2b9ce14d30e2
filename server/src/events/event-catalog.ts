/**
 * Every audited action and the event type it publishes, in one place. An audit entry and its
 * event are written by the same statement (audit.service.ts), so the event feed and webhooks see
 * exactly the changes the audit log records. Adding an audit action means adding it here (the
 * AuditAction type makes the compiler insist).
 */
export const EVENT_TYPE_OF_ACTION = {
  'sale.record': 'sale.recorded',
  'sale.recordManual': 'sale.recorded',
  'sale.refund': 'sale.refunded',
  'commission.approve': 'commission.approved',
  'commission.autoApprove': 'commission.approved',
  'commission.cancel': 'commission.cancelled',
  'commission.reinstate': 'commission.reinstated',
  'commission.refundAdjust': 'commission.adjusted',
  'commission.clawback': 'clawback.created',
  'commission.pay': 'commission.paid',
  'commission.paymentVoided': 'commission.paymentVoided',
  'reward.create': 'reward.created',
  'payment.record': 'payment.created',
  'payment.void': 'payment.voided',
  'partner.create': 'partner.created',
  'partner.update': 'partner.updated',
  'partner.endSessions': 'partner.sessionsEnded',
  'partner.paypalEmail': 'partner.updated',
  'partner.apply': 'partner.applied',
  'partner.approveApplication': 'partner.statusChanged',
  'partner.declineApplication': 'partner.statusChanged',
  'partner.payoutMethod': 'partner.updated',
  'product.create': 'product.created',
  'product.update': 'product.updated',
  'program.settings': 'program.settingsChanged',
  'program.applicationSettings': 'program.settingsChanged',
  'program.signUp': 'program.created',
  'apiKey.create': 'apiKey.created',
  'apiKey.revoke': 'apiKey.revoked',
  'email.queue': 'email.queued',
  'email.resend': 'email.resent',
  'export.download': 'export.downloaded',
  'webhookEndpoint.create': 'webhookEndpoint.created',
  'webhookEndpoint.update': 'webhookEndpoint.updated',
  'webhookEndpoint.delete': 'webhookEndpoint.deleted',
  'webhookEndpoint.rotateSecret': 'webhookEndpoint.secretRotated',
  'webhookDelivery.redeliver': 'webhookDelivery.redelivered',
  'webhookEndpoint.autoDisable': 'webhookEndpoint.autoDisabled',
  'webhookEndpoint.replay': 'webhookEndpoint.replayed',
  'webhookEndpoint.test': 'webhook.test',
  'account.changePassword': 'account.passwordChanged',
  'account.resetPassword': 'account.passwordReset',
  'account.verifyEmail': 'account.emailVerified',
  'account.requestEmailChange': 'account.emailChangeRequested',
  'account.confirmEmailChange': 'account.emailChanged',
  'account.cancelEmailChange': 'account.emailChangeCancelled',
  'account.switchProgram': 'account.programSwitched',
  'account.enableTwoFactor': 'account.twoFactorEnabled',
  'account.disableTwoFactor': 'account.twoFactorDisabled',
  'account.regenerateRecoveryCodes': 'account.recoveryCodesRegenerated',
  'team.invite': 'team.memberInvited',
  'team.revokeInvitation': 'team.invitationRevoked',
  'team.acceptInvitation': 'team.memberJoined',
  'team.changeRole': 'team.roleChanged',
  'team.remove': 'team.memberRemoved',
} as const;

export type AuditAction = keyof typeof EVENT_TYPE_OF_ACTION;
/** A partner update that changes the partner's status publishes this instead of partner.updated. */
const PARTNER_STATUS_CHANGED = 'partner.statusChanged';

export type EventType = (typeof EVENT_TYPE_OF_ACTION)[AuditAction] | typeof PARTNER_STATUS_CHANGED;

/** Every event type, sorted: what `events(types:)` and webhook endpoints accept. */
export const EVENT_TYPES: readonly EventType[] = [
  ...new Set<EventType>([...Object.values(EVENT_TYPE_OF_ACTION), PARTNER_STATUS_CHANGED]),
].sort();

const KNOWN = new Set<string>(EVENT_TYPES);

/**
 * The ping `sendWebhookTestEvent` sends to one endpoint: in the feed like every event, but never
 * subscribed to (it goes only to the endpoint it was sent to).
 */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** The types a webhook endpoint may subscribe to: every type but the test ping. */
export const SUBSCRIBABLE_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter((type) => type !== WEBHOOK_TEST_EVENT);

export function isEventType(value: string): value is EventType {
  return KNOWN.has(value);
}

/** The event type of an audit action (the partner update that changes status says so). */
export function eventTypeOf(action: AuditAction, changes: Record<string, unknown> = {}): EventType {
  if (action === 'partner.update' && (changes.after as Record<string, unknown> | undefined)?.status !== undefined) {
    return PARTNER_STATUS_CHANGED;
  }
  return EVENT_TYPE_OF_ACTION[action];
}
