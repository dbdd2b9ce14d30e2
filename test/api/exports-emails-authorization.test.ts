import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { expectTypename, GraphQLError, startTestApp, TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { resultCode } from '../support/typed-results';
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

const QUEUE = graphql(`
  mutation ExportsEmailsAuthorizationQueue($i: EmailPartnersInput!) {
    emailPartners(input: $i) {
      __typename
      ... on EmailsQueued {
        messages {
          id
          partnerId
        }
      }
    }
  }
`);
const PLACEHOLDERS = graphql(`
  query ExportsEmailsAuthorizationPlaceholders {
    emailPlaceholders(topic: COMMISSIONS) {
      name
    }
  }
`);
const OUTBOX = graphql(`
  query ExportsEmailsAuthorizationOutbox {
    emailOutbox {
      totalCount
      nodes {
        id
        partnerId
      }
    }
  }
`);
const MY_MESSAGES = graphql(`
  query ExportsEmailsAuthorizationMyMessages {
    myMessages {
      totalCount
      nodes {
        id
        partnerId
      }
    }
  }
`);
const PAYPAL_PLAN = graphql(`
  query ExportsEmailsAuthorizationPaypalPlan {
    paypalPayoutPlan {
      files {
        currency
        rows
      }
      excludedCount
      excluded {
        partnerId
      }
    }
  }
`);
const EMAIL_COMMISSION_PARTNERS = graphql(`
  mutation ExportsEmailsAuthorizationEmailCommissionPartners($i: EmailCommissionPartnersInput!) {
    emailCommissionPartners(input: $i) {
      __typename
      ... on EmailsQueued {
        messages {
          partnerId
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const EMAIL_PENDING_PAYMENT_PARTNERS = graphql(`
  mutation ExportsEmailsAuthorizationEmailPendingPaymentPartners($i: EmailPendingPaymentPartnersInput!) {
    emailPendingPaymentPartners(input: $i) {
      __typename
      ... on EmailsQueued {
        messages {
          partnerId
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const EMAIL_PARTNERS = graphql(`
  mutation ExportsEmailsAuthorizationEmailPartners($i: EmailPartnersInput!) {
    emailPartners(input: $i) {
      __typename
      ... on EmailsQueued {
        messages {
          partnerId
        }
      }
      ... on ErrorResult {
        code
      }
    }
  }
`);
const RESEND = graphql(`
  mutation ExportsEmailsAuthorizationResend($id: UUID!) {
    resendEmail(id: $id) {
      __typename
      ... on ErrorResult {
        code
      }
    }
  }
`);

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
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: the set-up pays as before
    { input: { selection: { partnerIds: [fx.partnerA.id] }, method: 'PAYPAL', idempotencyKey: 'auth-pay' } },
    fx.tokens.admin,
  );
  const [a2] = await sell(app, fx, fx.partnerA.partnerKey, 100_000);
  await approve(app, fx.tokens.admin, [a2]);
  await sell(app, fx, fx.partnerA.partnerKey, 100_000);
  await sell(app, other, other.partnerA.partnerKey, 70_000);
  const queued = await app.gqlData(
    QUEUE,
    { i: { partnerIds: [fx.partnerA.id, fx.partnerB.id], email: { subject: 's {{partner.name}}', body: 'b' } } },
    fx.tokens.admin,
  );
  const messageOfA = expectTypename(queued.emailPartners, 'EmailsQueued').messages.find((m) => m.partnerId === fx.partnerA.id);
  if (!messageOfA) throw new Error(`no message to partner A: ${JSON.stringify(queued)}`);
  messageIdOfA = messageOfA.id;
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

/**
 * One email/export operation in the sweep: `send` answers its errors and its root field, typed by the
 * operation's own document, so the expectations below read the field without casts.
 */
interface Operation<F> {
  name: string;
  who: Actor[];
  send: (token: string | null) => Promise<{ errors?: GraphQLError[]; field: F | null | undefined }>;
  /** The error another program's admin gets (allowed, but nothing of the first program is reachable), if any. */
  otherProgramCode?: string;
  otherProgram?: (field: F | null | undefined) => void;
  allowed?: (field: F | null | undefined, actor: Actor) => void;
}

/** The policy test of one operation: every caller, in turn. */
function policyOf<F>(op: Operation<F>): { name: string; run: () => Promise<void> } {
  return {
    name: op.name,
    run: async () => {
      for (const actor of ACTORS) {
        const { errors, field } = await op.send(tokens[actor]);
        const code = errors?.[0]?.extensions?.code;
        if (!op.who.includes(actor)) {
          expect(code, `${op.name} ${actor}`).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(field ?? null).toBeNull();
          continue;
        }
        if (actor === 'otherAdmin') {
          // Allowed, but nothing of the first program is reachable from the other one.
          if (op.otherProgramCode) expect(code, op.name).toBe(op.otherProgramCode);
          else expect(errors, op.name).toBeUndefined();
          op.otherProgram?.(field);
          continue;
        }
        expect(errors, `${op.name} ${actor}: ${JSON.stringify(errors)}`).toBeUndefined();
        op.allowed?.(field, actor);
      }
    },
  };
}

describe('email and export GraphQL operations × callers', () => {
  const operations = [
    policyOf({
      name: 'emailPlaceholders',
      who: READERS,
      send: async (token) => {
        const { errors, data } = await app.gql(PLACEHOLDERS, {}, token);
        return { errors, field: data?.emailPlaceholders };
      },
    }),
    policyOf({
      name: 'emailOutbox',
      who: READERS,
      send: async (token) => {
        const { errors, data } = await app.gql(OUTBOX, {}, token);
        return { errors, field: data?.emailOutbox };
      },
      otherProgram: (outbox) => expect(outbox?.totalCount).toBe(0),
      allowed: (outbox) => expect(outbox?.nodes.every((n) => [fx.partnerA.id, fx.partnerB.id].includes(n.partnerId))).toBe(true),
    }),
    policyOf({
      name: 'myMessages',
      who: PARTNERS,
      send: async (token) => {
        const { errors, data } = await app.gql(MY_MESSAGES, {}, token);
        return { errors, field: data?.myMessages };
      },
      allowed: (messages, actor) => {
        expect(messages?.totalCount).toBe(1);
        expect(messages?.nodes[0].partnerId).toBe(partnerOf(actor));
      },
    }),
    policyOf({
      name: 'paypalPayoutPlan',
      who: READERS,
      send: async (token) => {
        const { errors, data } = await app.gql(PAYPAL_PLAN, {}, token);
        return { errors, field: data?.paypalPayoutPlan };
      },
      otherProgram: (plan) => expect(plan?.files).toEqual([]),
    }),
    policyOf({
      name: 'emailCommissionPartners',
      who: WRITERS,
      send: async (token) => {
        const { errors, data } = await app.gql(
          EMAIL_COMMISSION_PARTNERS,
          { i: { selection: { ids: commissionIds }, email: { subject: 's', body: '{{sales}}' } } },
          token,
        );
        return { errors, field: data?.emailCommissionPartners };
      },
      otherProgram: (result) => expect(resultCode(result)).toBe('NO_RECIPIENTS'),
      allowed: (result) =>
        expect(
          expectTypename(result, 'EmailsQueued')
            .messages.map((m) => m.partnerId)
            .sort(),
        ).toEqual([fx.partnerA.id, fx.partnerB.id].sort()),
    }),
    policyOf({
      name: 'emailPendingPaymentPartners',
      who: WRITERS,
      send: async (token) => {
        const { errors, data } = await app.gql(
          EMAIL_PENDING_PAYMENT_PARTNERS,
          { i: { eligibleOnly: false, email: { subject: 's', body: '{{payment.amount}}' } } },
          token,
        );
        return { errors, field: data?.emailPendingPaymentPartners };
      },
      otherProgram: (result) => expect(resultCode(result)).toBe('NO_RECIPIENTS'),
    }),
    policyOf({
      name: 'emailPartners',
      who: WRITERS,
      send: async (token) => {
        const { errors, data } = await app.gql(
          EMAIL_PARTNERS,
          { i: { partnerIds: [fx.partnerA.id], email: { subject: 's', body: 'b' } } },
          token,
        );
        return { errors, field: data?.emailPartners };
      },
      otherProgramCode: 'NOT_FOUND',
    }),
    policyOf({
      name: 'resendEmail',
      who: WRITERS,
      send: async (token) => {
        const { errors, data } = await app.gql(RESEND, { id: messageIdOfA }, token);
        return { errors, field: data?.resendEmail };
      },
      otherProgramCode: 'NOT_FOUND',
      allowed: (result) => expect(resultCode(result)).toBe('EMAIL_NOT_RESENDABLE'),
    }),
  ];

  for (const op of operations) it(op.name, op.run);
});
