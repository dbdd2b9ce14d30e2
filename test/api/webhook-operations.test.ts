import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { AdjustableClock } from '../../server/src/common/clock';
import { DEFAULT_AUTO_DISABLE_AFTER_MS, WebhookWorker } from '../../server/src/webhooks/webhook.worker';
import { httpSender } from '../../server/src/webhooks/webhook-sender';
import { MAX_REPLAY_EVENTS } from '../../server/src/webhooks/webhook.service';
import { errorCode, queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture, recordSales, saleRecorded, usd } from '../support/fixtures';
import { graphql } from '../gql';
import { PartnerbookWebhook } from '../../docs/examples/verify-webhook';
import { ReceivedWebhook, WebhookReceiver } from '../support/webhook-receiver';

/**
 * Issue 13, webhooks: endpoints that keep failing are disabled (with an email to the admins), a
 * time range can be replayed, and a test ping can be sent — all against a real loopback receiver,
 * signatures checked with `standardwebhooks`.
 */
let app: TestApp;
let fx: ProgramFixture;
let receiver: WebhookReceiver;
const clock = new AdjustableClock();
const worker = () => new WebhookWorker(app.dataSource, { sender: httpSender({ allowPrivate: true }), clock, random: () => 0.5 });

const DAY = 24 * 60 * 60_000;
// The endpoint's fields, spread into the documents below (codegen adds the fragment to each).
graphql(`
  fragment WebhookOperationsEndpointFields on WebhookEndpoint {
    id
    enabled
    failingSince
    disabledAt
    disabledReason
  }
`);
const CREATE = graphql(`
  mutation WebhookOperationsCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookOperationsEndpointFields
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation WebhookOperationsUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      ...WebhookOperationsEndpointFields
    }
  }
`);
const ENDPOINTS = graphql(`
  query WebhookOperationsEndpoints {
    webhookEndpoints {
      ...WebhookOperationsEndpointFields
    }
  }
`);
const REPLAY = graphql(`
  mutation WebhookOperationsReplay($id: UUID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    replayWebhookEvents(endpointId: $id, from: $from, to: $to) {
      __typename
      ... on WebhookReplayQueued {
        queued
        alreadyPending
      }
      ... on ReplayRangeTooLargeError {
        code
        message
        limit
        matching
      }
    }
  }
`);
const TEST_EVENT = graphql(`
  mutation WebhookOperationsTestEvent($id: UUID!) {
    sendWebhookTestEvent(endpointId: $id) {
      id
      status
      endpointId
      event {
        id
        type
        sequence
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhookOperationsDeliveries($endpointId: UUID) {
    webhookDeliveries(endpointId: $endpointId, first: 100) {
      nodes {
        id
        status
        event {
          id
          type
          sequence
        }
        attempts {
          outcome
          statusCode
        }
      }
    }
  }
`);
const DELETE = graphql(`
  mutation WebhookOperationsDelete($id: UUID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);
const APPROVE = graphql(`
  mutation WebhookOperationsApprove($ids: [UUID!]!) {
    approveCommissions(selection: { ids: $ids }) {
      succeeded
    }
  }
`);
const CREATE_PARTNER = graphql(`
  mutation WebhookOperationsCreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      id
    }
  }
`);
const TEST_EVENTS_FEED = graphql(`
  query WebhookOperationsTestEventsFeed {
    events(first: 500, types: ["webhook.test"]) {
      nodes {
        id
      }
    }
  }
`);
const EVENT_TYPES = graphql(`
  query WebhookOperationsEventTypes {
    webhookEventTypes
  }
`);

beforeAll(async () => {
  app = await startTestApp({ webhookAllowPrivate: true });
  fx = await createProgramFixture(app);
  receiver = await new WebhookReceiver().start();
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

async function createEndpoint(eventTypes: string[], token = fx.tokens.admin) {
  return (await app.gqlData(CREATE, { input: { url: receiver.url, eventTypes, description: 'books' } }, token)).createWebhookEndpoint;
}

/** The endpoint as webhookEndpoints lists it, failing the test when it is not listed. */
async function endpointOf(id: string, token = fx.tokens.admin) {
  const list = (await app.gqlData(ENDPOINTS, {}, token)).webhookEndpoints;
  const endpoint = list.find((e) => e.id === id);
  if (!endpoint) throw new Error(`endpoint ${id} is not listed: ${JSON.stringify(list)}`);
  return endpoint;
}

/** A timestamp as the DateTimeISO variables take it (what JSON.stringify makes of a Date). */
const iso = (date: Date) => date.toISOString();

async function sales(tag: string, count: number, program = fx) {
  const results: Awaited<ReturnType<typeof recordSales>> = [];
  for (let start = 0; start < count; start += 500) {
    results.push(
      ...(await recordSales(
        app,
        program.tokens.admin,
        Array.from({ length: Math.min(500, count - start) }, (_, i) => ({
          externalId: `${tag}-${start + i}`,
          customerExternalId: `${tag}-c`,
          productSku: 'TENT',
          amount: usd(5_000 + i),
          partnerKey: program.partnerA.partnerKey,
        })),
      )),
    );
  }
  return results;
}

async function drain(w: WebhookWorker) {
  for (let i = 0; i < 100; i++) if ((await w.runOnce()).claimed === 0) return;
  throw new Error('the worker never ran dry');
}

function verify(secret: string, request: ReceivedWebhook) {
  return new Webhook(secret).verify(request.body, request.headers) as PartnerbookWebhook;
}

async function remove(id: string) {
  await app.gqlData(DELETE, { id }, fx.tokens.admin);
}

describe('auto-disable', () => {
  it('disables an endpoint whose deliveries failed for 5 days, audits it and emails the admins; enabling clears it', async () => {
    const { endpoint } = await createEndpoint(['sale.recorded']);
    const w = worker();
    receiver.status = 500;
    receiver.received = [];
    await sales('streak', 1);
    await drain(w);
    const failing = await endpointOf(endpoint.id);
    expect(failing).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null });
    expect(failing.failingSince).not.toBeNull();

    // A success ends the streak; the next failure starts a new one.
    receiver.status = 200;
    await sales('streak-ok', 1);
    clock.advance(10_000);
    await drain(w);
    expect((await endpointOf(endpoint.id)).failingSince).toBeNull();
    receiver.status = 500;
    await sales('streak-again', 1);
    await drain(w);
    const streakStart = new Date((await endpointOf(endpoint.id)).failingSince ?? NaN).getTime();

    // Four days of failures: still enabled, nobody emailed.
    clock.advance(4 * DAY);
    await drain(w);
    expect(await endpointOf(endpoint.id)).toMatchObject({ enabled: true, disabledReason: null });
    const mails = () =>
      queryRows<{ recipient: string; subject: string; body: string }>(
        app,
        `SELECT recipient, subject, body FROM email_message WHERE program_id = $1 AND subject LIKE '%webhook%'`,
        [fx.programId],
      );
    expect(await mails()).toEqual([]);

    // Past five days: the next failed attempt disables it.
    clock.advance(DAY);
    await drain(w);
    const disabled = await endpointOf(endpoint.id, fx.tokens.viewer);
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'DELIVERIES_FAILING' });
    expect(new Date(disabled.disabledAt ?? NaN).getTime() - streakStart).toBeGreaterThanOrEqual(DEFAULT_AUTO_DISABLE_AFTER_MS);
    const audit = await queryRows<{ actor_kind: string; changes: unknown }>(
      app,
      `SELECT actor_kind, changes FROM audit_entry WHERE program_id = $1 AND action = 'webhookEndpoint.autoDisable' AND entity_id = $2`,
      [fx.programId, endpoint.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_kind: 'SYSTEM', changes: { reason: 'DELIVERIES_FAILING', after: { enabled: false } } });
    const sent = await mails();
    expect(sent.map((m) => m.recipient)).toEqual([expect.stringMatching(/^admin-/)]);
    expect(sent[0].body).toContain(receiver.url);

    // Disabled: nothing more is attempted, and nothing new is queued.
    const attempts = receiver.received.length;
    clock.advance(DAY);
    await sales('while-off', 1);
    await drain(w);
    expect(receiver.received).toHaveLength(attempts);
    // Another failure does not disable (or email) twice.
    expect(await mails()).toHaveLength(1);

    // Enabling clears the reason and the streak; the waiting deliveries go out.
    receiver.status = 200;
    const enabled = (await app.gqlData(UPDATE, { input: { id: endpoint.id, enabled: true } }, fx.tokens.admin)).updateWebhookEndpoint;
    expect(enabled).toEqual({ id: endpoint.id, enabled: true, failingSince: null, disabledAt: null, disabledReason: null });
    clock.advance(DAY);
    await drain(w);
    const log = (await app.gqlData(DELIVERIES, { endpointId: endpoint.id }, fx.tokens.admin)).webhookDeliveries.nodes;
    expect(log.map((d) => d.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    // Disabling by hand says so.
    const off = (await app.gqlData(UPDATE, { input: { id: endpoint.id, enabled: false } }, fx.tokens.admin)).updateWebhookEndpoint;
    expect(off).toMatchObject({ enabled: false, disabledReason: 'MANUAL' });
    expect(off.disabledAt).not.toBeNull();
    await remove(endpoint.id);
  });
});

describe('replay', () => {
  it('delivers exactly the events of the range and types, in order, signed; a second click queues nothing more', async () => {
    receiver.status = 200;
    const { secret, endpoint } = await createEndpoint(['sale.recorded', 'commission.approved']);
    const before = await sales('replay-before', 2);
    const inRange = await sales('replay-in', 3);
    await app.gqlData(APPROVE, { ids: inRange.map((r) => saleRecorded(r).commissions[0].id) }, fx.tokens.admin);
    await app.gqlData(
      CREATE_PARTNER,
      { input: { name: 'Not subscribed', email: 'replay-partner@test.dev', partnerKey: 'replay-partner' } },
      fx.tokens.admin,
    );
    const after = await sales('replay-after', 2);
    const w = worker();
    await drain(w);
    receiver.received = [];

    const events = async (ids: string[]) =>
      app.dataSource.query<{ id: string; seq: number; type: string; occurred_at: Date }[]>(
        `SELECT e.id, e.seq::int AS seq, e.type, e.occurred_at FROM event e WHERE e.program_id = $1 AND e.entity_id = ANY($2) ORDER BY e.seq`,
        [fx.programId, ids],
      );
    const [lastBefore] = (await events(before.map((r) => saleRecorded(r).sale.id))).slice(-1);
    const [firstIn] = await events(inRange.map((r) => saleRecorded(r).sale.id));
    const [firstAfter] = await events(after.map((r) => saleRecorded(r).sale.id));
    // The API speaks milliseconds: the range starts at the first event in it, and ends at the first after it.
    const from = new Date(firstIn.occurred_at.getTime());
    const to = new Date(firstAfter.occurred_at.getTime());
    expect(lastBefore.occurred_at.getTime()).toBeLessThan(from.getTime());
    const expected = (
      await queryRows<{ id: string; seq: number; type: string }>(
        app,
        `SELECT id, seq::int AS seq, type FROM event
          WHERE program_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND type IN ('sale.recorded', 'commission.approved') ORDER BY seq`,
        [fx.programId, from, to],
      )
    ).map((e) => e.id);
    expect(expected).toHaveLength(6);

    const range = { id: endpoint.id, from: iso(from), to: iso(to) };
    const denied = await app.gql(REPLAY, range, fx.tokens.viewer);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect((await app.gqlData(REPLAY, range, fx.tokens.apiWrite)).replayWebhookEvents).toEqual({
      __typename: 'WebhookReplayQueued',
      queued: 6,
      alreadyPending: 0,
    });
    // A double click: every matching event is already waiting.
    expect((await app.gqlData(REPLAY, range, fx.tokens.admin)).replayWebhookEvents).toEqual({
      __typename: 'WebhookReplayQueued',
      queued: 0,
      alreadyPending: 6,
    });
    await drain(w);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual(expected);
    const payloads = receiver.received.map((r) => verify(secret, r));
    expect(payloads.map((p) => p.type)).toEqual([
      ...new Array<string>(3).fill('sale.recorded'),
      ...new Array<string>(3).fill('commission.approved'),
    ]);
    const sequences = payloads.map((p) => Number(p.data.sequence));
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));

    // Once delivered, the same range can be replayed again.
    expect((await app.gqlData(REPLAY, range, fx.tokens.admin)).replayWebhookEvents).toMatchObject({ queued: 6 });
    await app.gqlData(DELETE, { id: endpoint.id }, fx.tokens.admin);

    const backwards = await app.gql(REPLAY, { id: endpoint.id, from: iso(to), to: iso(from) }, fx.tokens.admin);
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    const foreign = await app.gql(REPLAY, range, (await createProgramFixture(app)).tokens.admin);
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it(`refuses a range of more than ${MAX_REPLAY_EVENTS} events, queuing nothing`, async () => {
    const big = await createProgramFixture(app);
    const from = new Date();
    const recorded = await sales('replay-big', MAX_REPLAY_EVENTS + 1, big);
    expect(recorded.filter((r) => r.result.__typename === 'SaleRecorded')).toHaveLength(MAX_REPLAY_EVENTS + 1);
    const endpoint = (await createEndpoint(['sale.recorded'], big.tokens.admin)).endpoint;
    const to = new Date(Date.now() + 60_000);
    const result = (await app.gqlData(REPLAY, { id: endpoint.id, from: iso(from), to: iso(to) }, big.tokens.admin)).replayWebhookEvents;
    expect(result).toMatchObject({
      __typename: 'ReplayRangeTooLargeError',
      code: 'REPLAY_RANGE_TOO_LARGE',
      limit: MAX_REPLAY_EVENTS,
      matching: MAX_REPLAY_EVENTS + 1,
    });
    const [{ count }] = await queryRows<{ count: number }>(
      app,
      `SELECT count(*)::int AS count FROM webhook_delivery WHERE program_id = $1`,
      [big.programId],
    );
    expect(count).toBe(0);
  });
});

describe('test event', () => {
  it('sends a signed webhook.test ping to that endpoint only, even while disabled, through the delivery log', async () => {
    receiver.status = 200;
    receiver.received = [];
    const { secret, endpoint } = await createEndpoint(['sale.recorded']);
    const other = await createEndpoint(['sale.recorded']);
    const w = worker();
    const denied = await app.gql(TEST_EVENT, { id: endpoint.id }, fx.tokens.apiRead);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const delivery = (await app.gqlData(TEST_EVENT, { id: endpoint.id }, fx.tokens.apiWrite)).sendWebhookTestEvent;
    expect(delivery).toMatchObject({ status: 'PENDING', endpointId: endpoint.id, event: { type: 'webhook.test' } });
    await drain(w);
    expect(receiver.received).toHaveLength(1);
    const ping = verify(secret, receiver.received[0]);
    expect(ping).toMatchObject({ type: 'webhook.test', data: { id: delivery.event.id, entityId: endpoint.id } });
    expect(receiver.received[0].headers['webhook-id']).toBe(delivery.event.id);
    expect((await app.gqlData(DELIVERIES, { endpointId: endpoint.id }, fx.tokens.admin)).webhookDeliveries.nodes).toMatchObject([
      { id: delivery.id, status: 'SUCCEEDED', attempts: [{ outcome: 'SUCCEEDED', statusCode: 200 }] },
    ]);
    expect((await app.gqlData(DELIVERIES, { endpointId: other.endpoint.id }, fx.tokens.admin)).webhookDeliveries.nodes).toEqual([]);
    // In the feed like any event.
    const feed = (await app.gqlData(TEST_EVENTS_FEED, {}, fx.tokens.admin)).events.nodes;
    expect(feed.map((e) => e.id)).toContain(delivery.event.id);

    // Disabled: the ping still goes out (to check a fixed receiver before enabling it again).
    await app.gqlData(UPDATE, { input: { id: endpoint.id, enabled: false } }, fx.tokens.admin);
    await app.gqlData(TEST_EVENT, { id: endpoint.id }, fx.tokens.admin);
    await drain(w);
    expect(receiver.received).toHaveLength(2);
    expect(verify(secret, receiver.received[1]).type).toBe('webhook.test');

    // Nobody subscribes to the ping; the types offered say so.
    const refused = await app.gql(UPDATE, { input: { id: endpoint.id, eventTypes: ['webhook.test'] } }, fx.tokens.admin);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const types = (await app.gqlData(EVENT_TYPES, {}, fx.tokens.viewer)).webhookEventTypes;
    expect(types).toContain('sale.recorded');
    expect(types).not.toContain('webhook.test');
    expect([...types].sort()).toEqual(types);
    const missing = await app.gql(TEST_EVENT, { id: '00000000-0000-4000-8000-000000000000' }, fx.tokens.admin);
    expect(errorCode(missing)).toBe('NOT_FOUND');
    await remove(endpoint.id);
    await remove(other.endpoint.id);
  });
});
