import { describe, expect, it } from 'vitest';
import {
  attemptErrorSentence,
  deliveryStatus,
  endpointState,
  eventTypeWords,
  isoToLocalInput,
  latencyWords,
  localInputToIso,
  nextRetryWords,
  replaySentence,
  responseWords,
} from './webhook-words';

describe('webhook words', () => {
  it('says statuses, event types, answers and latencies in words', () => {
    expect(deliveryStatus('SUCCEEDED').words).toBe('Delivered');
    expect(deliveryStatus('DEAD')).toEqual({ words: 'Gave up', severity: 'danger' });
    expect(deliveryStatus('NEW_ONE').words).toBe('new one');
    expect(eventTypeWords('commission.paymentVoided')).toBe('Commission payment voided');
    expect(eventTypeWords('sale.recorded')).toBe('Sale recorded');
    expect(eventTypeWords('webhook.test')).toBe('Test event');
    expect(responseWords(503)).toBe('503 Service Unavailable');
    expect(responseWords(299)).toBe('299');
    expect(responseWords(null)).toBe('No answer');
    expect(latencyWords(85)).toBe('85 ms');
    expect(latencyWords(1234)).toBe('1.2 s');
    expect(latencyWords(null)).toBe('—');
  });

  it('explains failed attempts without the raw error', () => {
    expect(attemptErrorSentence(null)).toBeNull();
    expect(attemptErrorSentence('HTTP 500', 500)).toBe('The receiver answered 500 Internal Server Error instead of a 2xx success.');
    expect(attemptErrorSentence('HTTP 302', 302)).toMatch(/redirects are not followed/);
    expect(attemptErrorSentence('localhost resolves to a private, loopback or reserved address')).toMatch(/private or reserved/);
    expect(attemptErrorSentence('no complete answer within 10000 ms')).toMatch(/within 10 seconds/);
    expect(attemptErrorSentence('connect ECONNREFUSED 127.0.0.1:9')).toMatch(/refused the connection/);
    expect(attemptErrorSentence('something odd')).toBe('The receiver could not be reached.');
  });

  it('describes the endpoint state, with what to do when it was disabled automatically', () => {
    expect(endpointState({ enabled: true })).toEqual({ label: 'Enabled', severity: 'success', detail: null });
    expect(endpointState({ enabled: true, failingSince: '2026-01-02T10:00:00Z' })).toMatchObject({ label: 'Failing' });
    const auto = endpointState({ enabled: false, disabledReason: 'DELIVERIES_FAILING', disabledAt: '2026-01-07T10:00:00Z' });
    expect(auto.label).toBe('Disabled automatically');
    expect(auto.detail).toMatch(/Jan 7, 2026/);
    expect(auto.detail).not.toMatch(/DELIVERIES_FAILING|T10:00/);
    expect(endpointState({ enabled: false, disabledReason: 'MANUAL', disabledAt: '2026-01-07T10:00:00Z' }).label).toBe('Disabled');
  });

  it('says when a delivery is retried and what a replay did', () => {
    expect(nextRetryWords({ status: 'SUCCEEDED', attemptCount: 1, nextAttemptAt: '2026-01-01T00:00:00Z' })).toBe('—');
    expect(nextRetryWords({ status: 'PENDING', attemptCount: 0, nextAttemptAt: '2026-01-01T00:00:00Z' })).toBe('Soon');
    expect(nextRetryWords({ status: 'PENDING', attemptCount: 2, nextAttemptAt: '2026-01-01T12:00:00Z' })).toMatch(/2026/);
    expect(replaySentence({ queued: 3, alreadyPending: 0 })).toBe('3 events queued, oldest first.');
    expect(replaySentence({ queued: 1, alreadyPending: 2 })).toBe('1 event queued, oldest first (2 already waiting, not queued twice).');
    expect(replaySentence({ queued: 0, alreadyPending: 0 })).toBe('No events to send again in that range.');
    expect(replaySentence({ limit: 1000, matching: 1001 })).toMatch(/more than 1000 events/);
  });

  it('converts datetime-local values both ways', () => {
    const local = isoToLocalInput(new Date(2026, 0, 2, 3, 4));
    expect(local).toBe('2026-01-02T03:04');
    expect(localInputToIso(local)).toBe(new Date(2026, 0, 2, 3, 4).toISOString());
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('yesterday')).toBeNull();
  });
});
