import { formatDateTime } from '../../shared/money';

/**
 * Webhook states and outcomes in words, for the endpoints page and its delivery log: never a raw
 * status code, enum value or timestamp on screen.
 */

const DELIVERY_STATUS: Record<string, { words: string; severity: 'success' | 'warn' | 'danger' | 'info' }> = {
  PENDING: { words: 'Waiting', severity: 'warn' },
  SENDING: { words: 'Sending', severity: 'info' },
  SUCCEEDED: { words: 'Delivered', severity: 'success' },
  DEAD: { words: 'Gave up', severity: 'danger' },
};

export function deliveryStatus(status: string): { words: string; severity: 'success' | 'warn' | 'danger' | 'info' } {
  return DELIVERY_STATUS[status] ?? { words: status.toLowerCase().replace(/_/g, ' '), severity: 'info' };
}

/** "commission.paymentVoided" → "Commission payment voided"; the ping reads "Test event". */
export function eventTypeWords(type: string): string {
  if (type === 'webhook.test') return 'Test event';
  const words = type
    .replace(/\./g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  410: 'Gone',
  413: 'Payload Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The receiver's HTTP answer as people read it ("503 Service Unavailable"), or that it gave none. */
export function responseWords(statusCode: number | null | undefined): string {
  if (statusCode === null || statusCode === undefined) return 'No answer';
  const reason = REASONS[statusCode];
  return reason ? `${statusCode} ${reason}` : `${statusCode}`;
}

/** How long an attempt took: "85 ms", "1.2 s". */
export function latencyWords(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Why an attempt failed, in a sentence (the server's error texts are for logs). */
export function attemptErrorSentence(error: string | null | undefined, statusCode?: number | null): string | null {
  if (!error) return null;
  if (statusCode !== null && statusCode !== undefined) {
    return statusCode >= 300 && statusCode < 400
      ? `The receiver answered ${responseWords(statusCode)}: redirects are not followed, use the final address.`
      : `The receiver answered ${responseWords(statusCode)} instead of a 2xx success.`;
  }
  if (/private, loopback or reserved/.test(error)) return 'The address is private or reserved, so it was not called.';
  if (/within \d+ ms|timed? ?out/i.test(error)) return 'The receiver did not answer within 10 seconds.';
  if (/ECONNREFUSED/.test(error)) return 'The receiver refused the connection: is it running?';
  if (/ENOTFOUND|EAI_AGAIN/.test(error)) return 'The address could not be found (DNS).';
  if (/outcome unknown/.test(error)) return 'Partnerbook stopped before it heard the answer; it was sent again.';
  return 'The receiver could not be reached.';
}

export interface EndpointState {
  enabled: boolean;
  failingSince?: string | null;
  disabledAt?: string | null;
  disabledReason?: string | null;
}

/** The endpoint's state as a short label and, when it needs attention, a sentence saying what to do. */
export function endpointState(endpoint: EndpointState): { label: string; severity: 'success' | 'warn' | 'danger'; detail: string | null } {
  if (endpoint.enabled) {
    return endpoint.failingSince
      ? {
          label: 'Failing',
          severity: 'warn',
          detail: `Every delivery since ${formatDateTime(endpoint.failingSince)} failed. If this goes on for days, Partnerbook disables the endpoint and emails the admins.`,
        }
      : { label: 'Enabled', severity: 'success', detail: null };
  }
  if (endpoint.disabledReason === 'DELIVERIES_FAILING') {
    return {
      label: 'Disabled automatically',
      severity: 'danger',
      detail:
        `Disabled on ${formatDateTime(endpoint.disabledAt)} because every delivery had failed for days. ` +
        'Fix the receiver, send a test event, enable it, then replay the time it missed.',
    };
  }
  return {
    label: 'Disabled',
    severity: 'danger',
    detail: endpoint.disabledAt ? `Disabled by hand on ${formatDateTime(endpoint.disabledAt)}: no events are sent to it.` : null,
  };
}

/** When a waiting delivery is tried again ("—" for any other). */
export function nextRetryWords(delivery: { status: string; attemptCount: number; nextAttemptAt: string }): string {
  if (delivery.status !== 'PENDING') return '—';
  return delivery.attemptCount === 0 ? 'Soon' : formatDateTime(delivery.nextAttemptAt);
}

/** What a replay did, in a sentence. */
export function replaySentence(result: { queued: number; alreadyPending: number } | { limit: number; matching: number }): string {
  if ('limit' in result) {
    return `That range holds more than ${result.limit} events of this endpoint's types: nothing was queued. Choose a shorter range.`;
  }
  const queued =
    result.queued === 0
      ? 'No events to send again in that range'
      : `${result.queued} ${result.queued === 1 ? 'event' : 'events'} queued, oldest first`;
  const pending = result.alreadyPending > 0 ? ` (${result.alreadyPending} already waiting, not queued twice)` : '';
  return `${queued}${pending}.`;
}

/** A datetime-local input's value (local time) as an ISO instant, or null if it is not one. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a datetime-local input's value, in local time, to the minute. */
export function isoToLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
