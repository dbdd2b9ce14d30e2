import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { approve, PAY, sell } from '../support/payments';

/**
 * Every export endpoint and every email/export GraphQL operation × every kind of caller:
 * who may call it, and that what comes back is only the caller's own program (and, for
 * partners, only their own data).
 */
type Actor = 'anonymous' | 'partnerA' | 'partnerB' | 'admin' | 'viewer' | 'otherAdmin' | 'apiRead' | 'apiWrite';
const ACTORS: Actor[] = ['anonymous', 'partnerA', 'partnerB', 'admin', 'viewer', 'otherAdmin', 'apiRead', 'apiWrite'];
const READERS: Actor[] = ['admin', 'viewer', 'otherAdmin', 'apiRead', 'apiWrite'];
const WRITERS: Actor[] = ['admin', 'otherAdmin', 'apiWrite'];
const PARTNERS: Actor[] = ['partnerA', 'partnerB'];

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;
let tokens: Record<Actor, string | null>;
const commissionIds: string[] = [];
let messageIdOfA: string;

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  other = await createProgramFixture(app);
  tokens = { anonymous: null, ...fx.tokens, otherAdmin: other.tokens.admin };
  commissionIds.push(...(await sell(app, fx, fx.partnerA.partnerKey, 100_000)));
  commissionIds.push(...(await sell(app, fx, fx.partnerB.partnerKey, 100_000)));
  await approve(app, fx.tokens.admin, [commissionIds[0]]);
  await app.gql(
    PAY,
    { input: { selection: { partnerIds: [fx.partnerA.id] }, method: 'PAYPAL', idempotencyKey: 'auth-pay' } },
    fx.tokens.admin,
  );
  const [a2] = await sell(app, fx, fx.partnerA.partnerKey, 100_000);
  await approve(app, fx.tokens.admin, [a2]);
  await sell(app, fx, fx.partnerA.partnerKey, 100_000);
  await sell(app, other, other.partnerA.partnerKey, 70_000);
  const queued = await app.gql(
    `mutation($i: EmailPartnersInput!) { emailPartners(input: $i) { ... on EmailsQueued { messages { id partnerId } } } }`,
    { i: { partnerIds: [fx.partnerA.id, fx.partnerB.id], email: { subject: 's {{partner.name}}', body: 'b' } } },
    fx.tokens.admin,
  );
  messageIdOfA = queued.data.emailPartners.messages.find((m: any) => m.partnerId === fx.partnerA.id).id;
  await app.dataSource.query(`UPDATE email_message SET status = 'SENT', sent_at = now()`);
});
afterAll(async () => app?.close());

async function get(path: string, actor: Actor) {
  const token = tokens[actor];
  const response = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  return { status: response.status, text };
}

const partnerOf = (actor: Actor) => (actor === 'partnerA' ? fx.partnerA.id : actor === 'partnerB' ? fx.partnerB.id : null);

describe('export endpoints × callers', () => {
  const endpoints: { path: string; who: Actor[]; partnerColumn: string }[] = [
    { path: '/exports/pending-commissions.csv', who: [...READERS, ...PARTNERS], partnerColumn: 'partner_id' },
    { path: '/exports/commission-history.csv', who: [...READERS, ...PARTNERS], partnerColumn: 'partner_id' },
    { path: '/exports/payments.csv', who: [...READERS, ...PARTNERS], partnerColumn: 'partner_id' },
    { path: '/exports/pending-payments.csv', who: READERS, partnerColumn: 'partner_id' },
  ];
  for (const { path, who, partnerColumn } of endpoints) {
    it(path, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const actor of ACTORS) {
        const { status, text } = await get(path, actor);
        outcomes.push(`${actor}: ${status}`);
        expected.push(`${actor}: ${who.includes(actor) ? 200 : actor === 'anonymous' ? 401 : 403}`);
        if (status !== 200) continue;
        const rows = parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
        const owners = new Set(rows.map((r) => r[partnerColumn]));
        if (actor === 'otherAdmin') {
          expect(
            [...owners].every((id) => id === other.partnerA.id || id === other.partnerB.id),
            `${path} ${actor}`,
          ).toBe(true);
        } else if (partnerOf(actor)) {
          expect(
            [...owners].every((id) => id === partnerOf(actor)),
            `${path} ${actor}`,
          ).toBe(true);
        } else {
          expect(rows.length, `${path} ${actor}`).toBeGreaterThan(0);
          expect(
            [...owners].every((id) => id === fx.partnerA.id || id === fx.partnerB.id),
            `${path} ${actor}`,
          ).toBe(true);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('/exports/paypal-payouts', async () => {
    const outcomes = await Promise.all(ACTORS.map(async (actor) => `${actor}: ${(await get('/exports/paypal-payouts', actor)).status}`));
    // 422 for the other program: nothing of its own to pay, and our partners are not its to pay.
    expect(outcomes).toEqual(
      ACTORS.map((a) => `${a}: ${a === 'anonymous' ? 401 : PARTNERS.includes(a) ? 403 : a === 'otherAdmin' ? 422 : 200}`),
    );
  });
});

describe('email and export GraphQL operations × callers', () => {
  const operations: { name: string; who: Actor[]; query: () => string; variables: () => Record<string, unknown> }[] = [
    { name: 'emailPlaceholders', who: READERS, query: () => `{ emailPlaceholders(topic: COMMISSIONS) { name } }`, variables: () => ({}) },
    { name: 'emailOutbox', who: READERS, query: () => `{ emailOutbox { totalCount nodes { id partnerId } } }`, variables: () => ({}) },
    { name: 'myMessages', who: PARTNERS, query: () => `{ myMessages { totalCount nodes { id partnerId } } }`, variables: () => ({}) },
    {
      name: 'paypalPayoutPlan',
      who: READERS,
      query: () => `{ paypalPayoutPlan { files { currency rows } excludedCount excluded { partnerId } } }`,
      variables: () => ({}),
    },
    {
      name: 'emailCommissionPartners',
      who: WRITERS,
      query: () =>
        `mutation($i: EmailCommissionPartnersInput!) { emailCommissionPartners(input: $i) { __typename ... on EmailsQueued { messages { partnerId } } ... on ErrorResult { code } } }`,
      variables: () => ({ i: { selection: { ids: commissionIds }, email: { subject: 's', body: '{{sales}}' } } }),
    },
    {
      name: 'emailPendingPaymentPartners',
      who: WRITERS,
      query: () =>
        `mutation($i: EmailPendingPaymentPartnersInput!) { emailPendingPaymentPartners(input: $i) { __typename ... on EmailsQueued { messages { partnerId } } ... on ErrorResult { code } } }`,
      variables: () => ({ i: { eligibleOnly: false, email: { subject: 's', body: '{{payment.amount}}' } } }),
    },
    {
      name: 'emailPartners',
      who: WRITERS,
      query: () =>
        `mutation($i: EmailPartnersInput!) { emailPartners(input: $i) { __typename ... on EmailsQueued { messages { partnerId } } ... on ErrorResult { code } } }`,
      variables: () => ({ i: { partnerIds: [fx.partnerA.id], email: { subject: 's', body: 'b' } } }),
    },
    {
      name: 'resendEmail',
      who: WRITERS,
      query: () => `mutation($id: UUID!) { resendEmail(id: $id) { __typename ... on ErrorResult { code } } }`,
      variables: () => ({ id: messageIdOfA }),
    },
  ];

  for (const op of operations) {
    it(op.name, async () => {
      for (const actor of ACTORS) {
        const response = await app.gql(op.query(), op.variables(), tokens[actor]);
        const code = response.errors?.[0]?.extensions?.code;
        if (!op.who.includes(actor)) {
          expect(code, `${op.name} ${actor}`).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(response.data?.[op.name] ?? null).toBeNull();
          continue;
        }
        const data = response.data?.[op.name];
        if (actor === 'otherAdmin') {
          // Allowed, but nothing of the first program is reachable from the other one.
          if (op.name === 'emailPartners' || op.name === 'resendEmail') expect(code, op.name).toBe('NOT_FOUND');
          else expect(response.errors, op.name).toBeUndefined();
          if (op.name === 'emailCommissionPartners' || op.name === 'emailPendingPaymentPartners') expect(data.code).toBe('NO_RECIPIENTS');
          if (op.name === 'emailOutbox') expect(data.totalCount).toBe(0);
          if (op.name === 'paypalPayoutPlan') expect(data.files).toEqual([]);
          continue;
        }
        expect(response.errors, `${op.name} ${actor}: ${JSON.stringify(response.errors)}`).toBeUndefined();
        if (op.name === 'myMessages') {
          expect(data.totalCount).toBe(1);
          expect(data.nodes[0].partnerId).toBe(partnerOf(actor));
        }
        if (op.name === 'emailOutbox')
          expect(data.nodes.every((n: any) => [fx.partnerA.id, fx.partnerB.id].includes(n.partnerId))).toBe(true);
        if (op.name === 'emailCommissionPartners')
          expect(data.messages.map((m: any) => m.partnerId).sort()).toEqual([fx.partnerA.id, fx.partnerB.id].sort());
        if (op.name === 'resendEmail') expect(data.code).toBe('EMAIL_NOT_RESENDABLE');
      }
    });
  }
});
