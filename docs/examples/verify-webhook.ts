// Verifying a Partnerbook webhook in a receiver (docs/api.md). Used as-is by test/api/webhooks.test.ts.
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

export interface PartnerbookWebhook {
  /** The event type, e.g. "commission.approved". */
  type: string;
  /** When the change was made (ISO 8601). */
  timestamp: string;
  data: {
    /** The event id: the same as the webhook-id header. Deduplicate on it. */
    id: string;
    /** Per-program sequence number, a decimal string. */
    sequence: string;
    entityType: string;
    entityId: string;
    actor: { kind: string; label: string };
    payload: Record<string, unknown>;
  };
}

/**
 * Checks the signature over the raw body (exactly the bytes received, before any JSON parsing)
 * and the timestamp (within 5 minutes, against replays); answers the event, or null when the
 * request was not signed by Partnerbook with this endpoint's secret.
 */
export function verifyPartnerbookWebhook(rawBody: string, headers: Record<string, string>, secret: string): PartnerbookWebhook | null {
  try {
    return new Webhook(secret).verify(rawBody, headers) as PartnerbookWebhook;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return null;
    throw error;
  }
}
