import http from 'node:http';
import { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { AdjustableClock } from '../../server/src/common/clock';
import { WebhookWorker } from '../../server/src/webhooks/webhook.worker';
import { httpSender, WebhookSender } from '../../server/src/webhooks/webhook-sender';
import { DEFAULT_WEBHOOK_RETRY_POLICY, longestDelayMs, WebhookRetryPolicy } from '../../server/src/webhooks/webhook-delivery-rules';
import { PartnerbookWebhook, verifyPartnerbookWebhook } from '../../docs/examples/verify-webhook';
import { errorCode, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture, ProgramFixture, recordSales, usd, saleRecorded } from '../support/fixtures';
import { until } from '../support/wait-for';

/** A real HTTP receiver on loopback: answers `status`, keeps every request. */
interface Received {
  headers: Record<string, string>;
  body: string;
}
class Receiver {
  status = 200;
  received: Received[] = [];
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(this.status, { 'content-type': 'text/plain' });
      res.end(this.status < 300 ? 'ok' : `down for maintenance ${'x'.repeat(5_000)}`);
    });
  });
  url = '';
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

let app: TestApp;
let fx: ProgramFixture;
let receiver: Receiver;
const clock = new AdjustableClock();
const sender = httpSender({ allowPrivate: true });
const worker = (options: { policy?: WebhookRetryPolicy; sender?: WebhookSender } = {}) =>
  new WebhookWorker(app.dataSource, { sender: options.sender ?? sender, clock, random: () => 0.5, policy: options.policy });

const CREATE = graphql(`
  mutation WebhooksCreateEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        eventTypes
        enabled
        description
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhooksDeliveries($endpointId: UUID, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {
      nodes {
        id
        status
        attemptCount
        deliveredAt
        lastStatusCode
        event {
          id
          sequence
          type
        }
        attempts {
          attempt
          outcome
          statusCode
          responseExcerpt
          error
          durationMs
        }
      }
      edges {
        cursor
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const ENDPOINTS = graphql(`
  query WebhooksEndpoints {
    webhookEndpoints {
      id
      url
      eventTypes
      enabled
      description
    }
  }
`);
const ENDPOINT_IDS = graphql(`
  query WebhooksEndpointIds {
    webhookEndpoints {
      id
    }
  }
`);
const DELETE = graphql(`
  mutation WebhooksDeleteEndpoint($id: UUID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);
const EVENTS = graphql(`
  query WebhooksEvents($types: [String!]) {
    events(first: 500, types: $types) {
      nodes {
        id
        sequence
        type
        entityId
      }
    }
  }
`);
const REDELIVER_ID = graphql(`
  mutation WebhooksRedeliverId($id: UUID!) {
    redeliverWebhook(deliveryId: $id) {
      id
    }
  }
`);
const REDELIVER = graphql(`
  mutation WebhooksRedeliver($id: UUID!) {
    redeliverWebhook(deliveryId: $id) {
      id
      status
      event {
        id
      }
    }
  }
`);
const DISABLE = graphql(`
  mutation WebhooksDisable($id: UUID!) {
    updateWebhookEndpoint(input: { id: $id, enabled: false }) {
      enabled
    }
  }
`);
const ENABLE = graphql(`
  mutation WebhooksEnable($id: UUID!) {
    updateWebhookEndpoint(input: { id: $id, enabled: true }) {
      enabled
    }
  }
`);
const APPROVE = graphql(`
  mutation WebhooksApprove($ids: [UUID!]!) {
    approveCommissions(selection: { ids: $ids }) {
      succeeded
    }
  }
`);
const ROTATE = graphql(`
  mutation WebhooksRotate($id: UUID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        previousSecretExpiresAt
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation WebhooksCancel($ids: [UUID!]!) {
    cancelCommissions(input: { selection: { ids: $ids }, reason: "test" }) {
      succeeded
    }
  }
`);
const CANCEL_AGAIN = graphql(`
  mutation WebhooksCancelAgain($ids: [UUID!]!) {
    cancelCommissions(input: { selection: { ids: $ids }, reason: "again" }) {
      succeeded
    }
  }
`);
const UPDATE_TYPES = graphql(`
  mutation WebhooksUpdateTypes($id: UUID!) {
    updateWebhookEndpoint(input: { id: $id, eventTypes: ["commission.cancelled"] }) {
      eventTypes
    }
  }
`);
const REINSTATE = graphql(`
  mutation WebhooksReinstate($ids: [UUID!]!) {
    reinstateCommissions(selection: { ids: $ids }) {
      succeeded
    }
  }
`);

beforeAll(async () => {
  app = await startTestApp({ webhookAllowPrivate: true });
  fx = await createProgramFixture(app);
  receiver = new Receiver();
  await receiver.start();
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

async function createEndpoint(eventTypes: string[], url = receiver.url, token = fx.tokens.apiWrite) {
  return (await app.gqlData(CREATE, { input: { url, eventTypes, description: 'books' } }, token)).createWebhookEndpoint;
}

async function deleteEndpoint(id: string) {
  await app.gqlData(DELETE, { id }, fx.tokens.admin);
}

async function sale(tag: string, count = 1) {
  return recordSales(
    app,
    fx.tokens.admin,
    Array.from({ length: count }, (_, i) => ({
      externalId: `${tag}-${i}`,
      customerExternalId: `${tag}-c`,
      productSku: 'TENT',
      amount: usd(5_000 + i),
      partnerKey: fx.partnerA.partnerKey,
    })),
  );
}

async function deliveries(endpointId: string) {
  return (await app.gqlData(DELIVERIES, { endpointId }, fx.tokens.admin)).webhookDeliveries.nodes;
}

/** Runs passes until nothing is due now. */
async function drain(w: WebhookWorker) {
  for (let i = 0; i < 100; i++) if ((await w.runOnce()).claimed === 0) return;
  throw new Error('the worker never ran dry');
}

function verify(secret: string, request: Received) {
  return new Webhook(secret).verify(request.body, request.headers) as PartnerbookWebhook;
}

describe('webhook endpoints', () => {
  it('are managed by admins and WRITE keys; the secret is shown once; bad URLs and types are refused', async () => {
    const created = await createEndpoint(['sale.recorded']);
    expect(created.secret).toMatch(/^whsec_/);
    for (const token of [fx.tokens.viewer, fx.tokens.apiRead, fx.tokens.partnerA]) {
      const response = await app.gql(CREATE, { input: { url: receiver.url, eventTypes: ['sale.recorded'] } }, token);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const listed = await app.gqlData(ENDPOINTS, {}, fx.tokens.viewer);
    expect(listed.webhookEndpoints).toEqual([
      { ...created.endpoint, url: receiver.url, eventTypes: ['sale.recorded'], enabled: true, description: 'books' },
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    for (const input of [
      { url: 'ftp://example.com/x', eventTypes: ['sale.recorded'] },
      { url: 'https://user:pw@example.com/x', eventTypes: ['sale.recorded'] },
      { url: receiver.url, eventTypes: ['sale.exploded'] },
      { url: receiver.url, eventTypes: [] },
    ]) {
      const response = await app.gql(CREATE, { input }, fx.tokens.admin);
      expect(response.errors?.[0].extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    await deleteEndpoint(created.endpoint.id);
    expect((await app.gqlData(ENDPOINT_IDS, {}, fx.tokens.admin)).webhookEndpoints).toEqual([]);
    const other = await createProgramFixture(app);
    const foreign = await app.gql(DELETE, { id: created.endpoint.id }, other.tokens.admin);
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });
});

describe('webhook delivery', () => {
  it('signs per Standard Webhooks; the webhook-id is the event id and the feed and webhooks agree', async () => {
    const { secret, endpoint } = await createEndpoint(['sale.recorded', 'commission.approved']);
    receiver.received = [];
    receiver.status = 200;
    await sale('signed', 3);
    await drain(worker());
    expect(receiver.received).toHaveLength(3);
    const payloads = receiver.received.map((request) => verify(secret, request));
    expect(payloads.map((p) => p.type)).toEqual(['sale.recorded', 'sale.recorded', 'sale.recorded']);
    expect(() => verify('whsec_' + Buffer.alloc(32, 1).toString('base64'), receiver.received[0])).toThrow();
    const feed = (await app.gqlData(EVENTS, { types: ['sale.recorded'] }, fx.tokens.admin)).events.nodes.slice(-3);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual(feed.map((e) => e.id));
    expect(payloads.map((p) => [p.data.id, p.data.sequence, p.data.entityId])).toEqual(feed.map((e) => [e.id, e.sequence, e.entityId]));
    expect(payloads[0].data.payload).toMatchObject({ externalId: 'signed-0', amount: usd(5_000) });
    // The example in docs/api.md, as a receiver would run it.
    expect(verifyPartnerbookWebhook(receiver.received[0].body, receiver.received[0].headers, secret)).toEqual(payloads[0]);
    expect(
      verifyPartnerbookWebhook(receiver.received[0].body.replace('signed-0', 'forged-0'), receiver.received[0].headers, secret),
    ).toBeNull();
    const list = await deliveries(endpoint.id);
    expect(list.map((d) => d.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(list[0].attempts).toMatchObject([{ attempt: 1, outcome: 'SUCCEEDED', statusCode: 200, responseExcerpt: 'ok', error: null }]);
    await deleteEndpoint(endpoint.id);
  });

  it('a receiver that is down, then back, gets every event in order, with exactly one success each and the same webhook-id', async () => {
    const { secret, endpoint } = await createEndpoint(['sale.recorded']);
    receiver.received = [];
    receiver.status = 503;
    await sale('outage', 4);
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ claimed: 4, retried: 4, succeeded: 0 });
    // Nothing is due again until the backoff has passed.
    expect((await w.runOnce()).claimed).toBe(0);
    const failedIds = receiver.received.map((r) => r.headers['webhook-id']);
    receiver.status = 200;
    receiver.received = [];
    clock.advance(longestDelayMs(DEFAULT_WEBHOOK_RETRY_POLICY));
    await drain(w);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual(failedIds);
    const sequences = receiver.received.map((r) => Number(verify(secret, r).data.sequence));
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    const list = await deliveries(endpoint.id);
    expect(list).toHaveLength(4);
    for (const delivery of list) {
      expect(delivery.status).toBe('SUCCEEDED');
      expect(delivery.attempts.map((a) => [a.outcome, a.statusCode])).toEqual([
        ['RETRY', 503],
        ['SUCCEEDED', 200],
      ]);
      expect(delivery.attempts[0].responseExcerpt?.length).toBeLessThanOrEqual(500);
      expect(delivery.attempts[0].error).toBe('HTTP 503');
    }
    await deleteEndpoint(endpoint.id);
  });

  it('a worker that dies mid-delivery loses nothing: the delivery is sent again, same webhook-id, one success', async () => {
    const { secret, endpoint } = await createEndpoint(['sale.recorded']);
    receiver.received = [];
    receiver.status = 200;
    await sale('crash', 1);
    // Worker A sends, and dies before it hears the answer (its send never settles).
    const dying: WebhookSender = { send: (request) => sender.send(request).then(() => new Promise<never>(() => {})) };
    const a = worker({ sender: dying });
    const [claimed] = await a.claim();
    void a.deliver(claimed);
    await until(() => receiver.received.length === 1, 10, 'the receiver to get the delivery');
    // Its lease holds: nobody else takes the delivery yet.
    const b = worker();
    expect((await b.runOnce()).claimed).toBe(0);
    clock.advance(3 * 60_000);
    expect(await b.runOnce()).toMatchObject({ claimed: 1, succeeded: 1 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1].headers['webhook-id']).toBe(receiver.received[0].headers['webhook-id']);
    expect(verify(secret, receiver.received[1]).data.id).toBe(receiver.received[0].headers['webhook-id']);
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery.status).toBe('SUCCEEDED');
    expect(delivery.attempts.map((x) => x.outcome)).toEqual(['UNKNOWN', 'SUCCEEDED']);
    await deleteEndpoint(endpoint.id);
  });

  it('gives up after the last attempt (DEAD); a redelivery sends the same event again', async () => {
    const { secret, endpoint } = await createEndpoint(['sale.recorded']);
    receiver.received = [];
    receiver.status = 500;
    await sale('dead', 1);
    const policy = { delaysMs: [1_000, 2_000], jitter: 0 };
    const w = worker({ policy });
    for (let i = 0; i < 3; i++) {
      await drain(w);
      clock.advance(2_000);
    }
    let [delivery] = await deliveries(endpoint.id);
    expect(delivery.status).toBe('DEAD');
    expect(delivery.attempts.map((a) => a.outcome)).toEqual(['RETRY', 'RETRY', 'DEAD']);
    expect(
      (await app.gqlData(DELIVERIES, { endpointId: endpoint.id, status: 'DEAD' }, fx.tokens.admin)).webhookDeliveries.nodes,
    ).toHaveLength(1);
    receiver.status = 200;
    const denied = await app.gql(REDELIVER_ID, { id: delivery.id }, fx.tokens.viewer);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const again = (await app.gqlData(REDELIVER, { id: delivery.id }, fx.tokens.admin)).redeliverWebhook;
    expect(again).toMatchObject({ status: 'PENDING', event: { id: delivery.event.id } });
    await drain(w);
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(delivery.event.id);
    expect(verify(secret, receiver.received.at(-1)!).type).toBe('sale.recorded');
    [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ id: again.id, status: 'SUCCEEDED' });
    await deleteEndpoint(endpoint.id);
  });

  it('sends only the types an enabled endpoint asked for; a rotated secret signs beside the old one for a while', async () => {
    const { secret, endpoint } = await createEndpoint(['commission.approved']);
    receiver.received = [];
    receiver.status = 200;
    const [recorded] = await sale('types', 1);
    await drain(worker());
    expect(receiver.received).toHaveLength(0);
    const ids = [saleRecorded(recorded).commissions[0].id];
    await app.gqlData(DISABLE, { id: endpoint.id }, fx.tokens.admin);
    await app.gqlData(APPROVE, { ids }, fx.tokens.admin);
    expect(await deliveries(endpoint.id)).toEqual([]);
    await app.gqlData(ENABLE, { id: endpoint.id }, fx.tokens.admin);
    const rotated = (await app.gqlData(ROTATE, { id: endpoint.id }, fx.tokens.admin)).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.endpoint.previousSecretExpiresAt).not.toBeNull();
    await app.gqlData(CANCEL, { ids }, fx.tokens.admin);
    await app.gqlData(UPDATE_TYPES, { id: endpoint.id }, fx.tokens.admin);
    await app.gqlData(REINSTATE, { ids }, fx.tokens.admin);
    await app.gqlData(CANCEL_AGAIN, { ids }, fx.tokens.admin);
    await drain(worker());
    expect(receiver.received).toHaveLength(1);
    expect(verify(rotated.secret, receiver.received[0]).type).toBe('commission.cancelled');
    expect(verify(secret, receiver.received[0]).type).toBe('commission.cancelled');
    await deleteEndpoint(endpoint.id);
  });

  it('refuses loopback and private addresses at delivery time unless allowed, after resolving names', async () => {
    const strict = httpSender({ allowPrivate: false });
    for (const url of [receiver.url, receiver.url.replace('127.0.0.1', 'localhost'), 'http://[::1]:9/x', 'http://169.254.169.254/latest']) {
      await expect(strict.send({ url, headers: {}, body: '{}' }), url).rejects.toThrow(/private, loopback or reserved/);
    }
    receiver.received = [];
    const { endpoint } = await createEndpoint(['sale.recorded'], receiver.url.replace('127.0.0.1', 'localhost'));
    await sale('ssrf', 1);
    await drain(worker({ sender: strict }));
    expect(receiver.received).toHaveLength(0);
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery.status).toBe('PENDING');
    expect(delivery.attempts[0].error).toMatch(/private, loopback or reserved/);
    await deleteEndpoint(endpoint.id);
  });
});
