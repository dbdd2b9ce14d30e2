import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { expectTypename, GraphQLError, queryRows, startTestApp, TestApp } from '../support/test-app';
import type { PaymentMethod } from '../gql/graphql';
import { createProgramFixture, ProgramFixture, recordSales, saleRecorded } from '../support/fixtures';
import { approve, PAY, paymentsOf, REFUND, saleIdOfCommission, sell, VOID } from '../support/payments';

/**
 * Every list and its CSV export share one query: each filter field, alone, in pairs and all
 * together, as the merchant and as a partner, gives the same ids through the GraphQL list and
 * through the export (query string and JSON body), and the same error for a value either refuses.
 */
let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;

type Filter = Record<string, unknown>;
type Role = 'merchant' | 'partner';

interface Outcome {
  ids?: string[];
  error?: { code: unknown; message: string };
}

const token = (role: Role) => (role === 'merchant' ? fx.tokens.admin : fx.tokens.partnerA);

interface Node {
  id?: string;
  partnerId?: string;
  currency?: string;
}

/** A row's identity: its id, or partner and currency for a pending payment. */
const nodeKey = (node: Node) => node.id ?? `${node.partnerId}|${node.currency}`;

interface Connection {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The list's ids over every page. The document is built per list from strings and the filters are
 * any samples, malformed ones included, so it goes through the untyped probe: its answer is the
 * connection under `field`.
 */
async function graphqlIds(query: string, field: string, filter: Filter, role: Role): Promise<Outcome> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await app.gqlUntypedProbe(query, { filter, page: { first: 100, after } }, token(role));
    if (response.errors) return { error: { code: response.errors[0].extensions?.code, message: response.errors[0].message } };
    const connection = (response.data as Record<string, Connection | undefined> | null | undefined)?.[field];
    if (!connection) throw new Error(`no ${field} in ${JSON.stringify(response)}`);
    ids.push(...connection.nodes.map(nodeKey));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { ids: ids.sort() };
}

/** The export's rows by their id (partner and currency for pending payments), by GET with a query string or by POST with a JSON body. */
async function exportIds(path: string, role: Role, query: URLSearchParams | null, body?: unknown): Promise<Outcome> {
  const response = await fetch(`${app.url}/exports/${path}${query && query.size ? `?${query}` : ''}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token(role)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) {
    const error = (JSON.parse(text) as { errors: GraphQLError[] }).errors[0];
    return { error: { code: error.extensions?.code, message: error.message } };
  }
  const rows = parse(text, { record_delimiter: '\r\n', columns: true }) as Record<string, string>[];
  const key = (row: Record<string, string>) => row.commission_id ?? row.payment_id ?? `${row.partner_id}|${row.currency}`;
  return { ids: rows.map(key).sort() };
}

/** A filter as a query string: Money becomes minor units beside `currency`, dates ISO strings. */
function queryString(filter: Filter): URLSearchParams | null {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (Array.isArray(value)) query.set(name, value.join(','));
    else if (value && typeof value === 'object') {
      const money = value as { amount: number; currency: string };
      if (filter.currency !== undefined && filter.currency !== money.currency) return null; // not expressible
      query.set(name, String(money.amount));
      query.set('currency', money.currency);
    } else query.set(name, String(value));
  }
  return query;
}

/** Each field alone (every sample value), every pair of fields (first values), and all fields at once. */
function combinations(samples: Record<string, unknown[]>): Filter[] {
  const fields = Object.keys(samples);
  const filters: Filter[] = [{}];
  for (const field of fields) for (const value of samples[field]) filters.push({ [field]: value });
  for (let i = 0; i < fields.length; i++) {
    for (let j = i + 1; j < fields.length; j++) filters.push({ [fields[i]]: samples[fields[i]][0], [fields[j]]: samples[fields[j]][0] });
  }
  filters.push(Object.fromEntries(fields.map((field) => [field, samples[field][0]])));
  return filters;
}

interface Pair {
  name: string;
  path: string;
  /** The filter samples (set up in beforeAll) and who may use the list. */
  samples: string;
  roles: Role[];
  list: (role: Role) => { query: string; field: string; fixed?: Filter };
  /** How the export takes a JSON body: the filter itself, or under `filter`. */
  body: (filter: Filter) => unknown;
}

const NODES = 'totalCount pageInfo { hasNextPage endCursor } nodes { id }';
const commissionsQuery = (field: string) =>
  `query L($filter: CommissionFilter, $page: PageInput) { ${field}(filter: $filter, page: $page) { ${NODES} } }`;

const PAIRS: Pair[] = [
  {
    name: 'pending commissions',
    path: 'pending-commissions.csv',
    samples: 'commissions',
    roles: ['merchant', 'partner'],
    list: (role) =>
      role === 'merchant'
        ? { query: commissionsQuery('pendingCommissions'), field: 'pendingCommissions' }
        : { query: commissionsQuery('myCommissions'), field: 'myCommissions', fixed: { status: 'PENDING' } },
    body: (filter) => ({ filter }),
  },
  {
    name: 'commission history',
    path: 'commission-history.csv',
    samples: 'history',
    roles: ['merchant', 'partner'],
    list: () => ({
      query: `query L($filter: CommissionHistoryFilter, $page: PageInput) { commissionHistory(filter: $filter, page: $page) { ${NODES} } }`,
      field: 'commissionHistory',
    }),
    body: (filter) => filter,
  },
  {
    name: 'payments',
    path: 'payments.csv',
    samples: 'payments',
    roles: ['merchant', 'partner'],
    list: (role) => {
      const field = role === 'merchant' ? 'payments' : 'myPayments';
      return { query: `query L($filter: PaymentFilter, $page: PageInput) { ${field}(filter: $filter, page: $page) { ${NODES} } }`, field };
    },
    body: (filter) => filter,
  },
  {
    name: 'pending payments',
    path: 'pending-payments.csv',
    samples: 'pendingPayments',
    roles: ['merchant'],
    list: () => ({
      query: `query L($filter: PendingPaymentFilterInput, $page: PageInput) { pendingPayments(filter: $filter, page: $page) {
        totalCount pageInfo { hasNextPage endCursor } nodes { partnerId currency } } }`,
      field: 'pendingPayments',
    }),
    body: (filter) => filter,
  },
];

const samples: Record<string, Record<string, unknown[]>> = {};
const ids: Record<string, string> = {};

async function pay(partnerId: string, currency: string, method: PaymentMethod) {
  const data = await app.gqlData(
    PAY,
    {
      input: {
        selection: { partnerIds: [partnerId] },
        currency,
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served: payments are filtered by it
        method,
        idempotencyKey: `k-${Math.random()}`,
        allowBelowThreshold: true,
      },
    },
    fx.tokens.admin,
  );
  const [payment] = paymentsOf(data);
  if (!payment) throw new Error(JSON.stringify(data));
  return payment.id;
}

const dbTime = async (sql: string, params: unknown[]) => (await queryRows<{ at: Date }>(app, sql, params))[0].at.toISOString();

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app, { payThresholds: { USD: 1, JPY: 1 } });
  other = await createProgramFixture(app);
  const a = fx.partnerA.partnerKey;
  const b = fx.partnerB.partnerKey;

  // Paid history: A in USD (PayPal, then a refund leaves a clawback), B in USD by bank transfer, A in JPY.
  const [paidA1] = await sell(app, fx, a, 100_000);
  const [paidA2] = await sell(app, fx, a, 40_000);
  await approve(app, fx.tokens.admin, [paidA1, paidA2]);
  ids.paymentA = await pay(fx.partnerA.id, 'USD', 'PAYPAL');
  const [paidB] = await sell(app, fx, b, 70_000);
  await approve(app, fx.tokens.admin, [paidB]);
  ids.paymentB = await pay(fx.partnerB.id, 'USD', 'BANK_TRANSFER');
  const [paidJpy] = await sell(app, fx, a, 90_000, 'JPY');
  await approve(app, fx.tokens.admin, [paidJpy]);
  ids.paymentJpy = await pay(fx.partnerA.id, 'JPY', 'OTHER');
  // A voided payment (its commission goes back to APPROVED).
  const [voidedSale] = await sell(app, fx, b, 20_000);
  await approve(app, fx.tokens.admin, [voidedSale]);
  ids.voided = await pay(fx.partnerB.id, 'USD', 'BANK_TRANSFER');
  const voided = await app.gqlData(VOID, { id: ids.voided, reason: 'recorded twice' }, fx.tokens.admin);
  expectTypename(voided.voidPayment, 'Payment');
  const refunded = await app.gqlData(
    REFUND,
    {
      input: {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- saleId is deprecated but still served: the set-up refunds by it as before
        saleId: await saleIdOfCommission(app, paidA1),
        refundExternalId: `r-${Math.random()}`,
        amount: { amount: 100_000, currency: 'USD' },
      },
    },
    fx.tokens.admin,
  );
  expectTypename(refunded.refundSale, 'RefundRecorded');

  // Pending commissions: two products, two currencies, both partners, amounts spread out.
  [ids.pendingA1] = await sell(app, fx, a, 12_000);
  [ids.pendingB1] = await sell(app, fx, b, 55_000);
  [ids.pendingJpy] = await sell(app, fx, b, 30_000, 'JPY');
  const club = await recordSales(app, fx.tokens.admin, [
    {
      externalId: `club-${Math.random()}`,
      customerExternalId: 'cust-club',
      productSku: 'CLUB',
      amount: { amount: 9_000, currency: 'USD' },
      partnerKey: a,
    },
  ]);
  ids.pendingClub = saleRecorded(club[0]).commissions[0].id;
  [ids.pendingA2] = await sell(app, fx, a, 250_000);
  [ids.pendingB2] = await sell(app, fx, b, 8_000);
  await sell(app, other, other.partnerA.partnerKey, 50_000);
  // Approved, unpaid: B in JPY (eligible); with the voided payment's commission (B, USD) and A's clawback (USD, a debt).
  const [approvedJpy] = await sell(app, fx, b, 40_000, 'JPY');
  await approve(app, fx.tokens.admin, [approvedJpy]);
  const [approvedA] = await sell(app, fx, a, 1_000);
  await approve(app, fx.tokens.admin, [approvedA]);

  const commissionCreated = (id: string) => dbTime(`SELECT created_at AS at FROM commission WHERE id = $1`, [id]);
  const commissionPaid = (id: string) => dbTime(`SELECT paid_at AS at FROM commission WHERE id = $1`, [id]);
  const paymentCreated = (id: string) => dbTime(`SELECT created_at AS at FROM payment WHERE id = $1`, [id]);
  const midPending = await commissionCreated(ids.pendingClub);
  const midPaid = await commissionPaid(paidB);
  const midPayment = await paymentCreated(ids.paymentB);
  const midSale = await dbTime(`SELECT s.occurred_at AS at FROM sale s JOIN commission c ON c.sale_id = s.id WHERE c.id = $1`, [
    ids.pendingClub,
  ]);
  const orderIdOfCommission = async (id: string) =>
    (
      await queryRows<{ external_id: string }>(
        app,
        `SELECT s.external_id FROM sale s JOIN commission c ON c.sale_id = s.id WHERE c.id = $1`,
        [id],
      )
    )[0].external_id;

  samples.commissions = {
    partnerId: [fx.partnerA.id, fx.partnerB.id],
    productId: [fx.products.tent.id, fx.products.club.id],
    saleId: [await saleIdOfCommission(app, ids.pendingB1), await saleIdOfCommission(app, paidB)],
    kind: ['SALE', 'CLAWBACK'],
    currency: ['USD', 'JPY'],
    from: [midPending, '2000-01-01T00:00:00.000Z'],
    to: [midPending, '2100-01-01T00:00:00.000Z'],
    minAmount: [
      { amount: 1_000, currency: 'USD' },
      { amount: 2_000, currency: 'JPY' },
    ],
    maxAmount: [
      { amount: 5_000, currency: 'USD' },
      { amount: 2_000, currency: 'JPY' },
    ],
    saleDateFrom: [midSale, '2000-01-01T00:00:00.000Z'],
    saleDateTo: [midSale, '2100-01-01T00:00:00.000Z'],
    // Days of the program's time zone (the fixture's: UTC).
    saleFromDay: [midSale.slice(0, 10), '2000-01-01'],
    saleToDay: [midSale.slice(0, 10), '2100-01-01'],
    fromDay: [midPending.slice(0, 10), '2000-01-01'],
    toDay: [midPending.slice(0, 10), '2100-01-01'],
    orderId: [await orderIdOfCommission(ids.pendingB1), await orderIdOfCommission(ids.pendingClub)],
    readyToApprove: [true, false],
  };
  samples.history = {
    partnerId: [fx.partnerB.id, fx.partnerA.id],
    currency: ['USD', 'JPY'],
    from: [midPaid, '2000-01-01T00:00:00.000Z'],
    to: [midPaid, '2100-01-01T00:00:00.000Z'],
    fromDay: [midPaid.slice(0, 10), '2000-01-01'],
    toDay: [midPaid.slice(0, 10), '2100-01-01'],
  };
  samples.pendingPayments = {
    partnerIds: [[fx.partnerB.id], [fx.partnerA.id, fx.partnerB.id]],
    currency: ['USD', 'JPY'],
    eligibleOnly: [true, false],
  };
  samples.payments = {
    partnerId: [fx.partnerB.id, fx.partnerA.id],
    currency: ['USD', 'JPY'],
    method: ['PAYPAL', 'BANK_TRANSFER', 'OTHER'],
    from: [midPayment, '2000-01-01T00:00:00.000Z'],
    to: [midPayment],
    voided: [true, false],
    fromDay: [midPayment.slice(0, 10), '2000-01-01'],
    toDay: [midPayment.slice(0, 10), '2100-01-01'],
  };
});

afterAll(async () => app?.close());

describe('every list and its export select the same rows', () => {
  for (const pair of PAIRS) {
    for (const role of pair.roles) {
      it(`${pair.name}, as the ${role}: each filter field alone, in pairs and together`, async () => {
        const distinct = new Set<string>();
        let compared = 0;
        for (const filter of combinations(samples[pair.samples])) {
          const { query, field, fixed } = pair.list(role);
          const listed = await graphqlIds(query, field, { ...filter, ...fixed }, role);
          const label = `${pair.name} as ${role} ${JSON.stringify(filter)}`;
          expect(listed.error, `${label}: ${JSON.stringify(listed.error)}`).toBeUndefined();
          expect(await exportIds(pair.path, role, null, pair.body(filter)), `${label} (JSON body)`).toEqual(listed);
          const query_ = queryString(filter);
          if (query_) expect(await exportIds(pair.path, role, query_), `${label} (query string)`).toEqual(listed);
          distinct.add(JSON.stringify(listed.ids));
          compared++;
        }
        // The filters discriminate: the comparisons are over many different selections, not one.
        expect(compared).toBeGreaterThan(10);
        expect(distinct.size).toBeGreaterThanOrEqual(role === 'merchant' ? 4 : 3);
      });
    }
  }

  it('a partner sees only their own, whatever partnerId the filter names, in the list and the export alike', async () => {
    for (const pair of PAIRS.filter((candidate) => candidate.roles.includes('partner'))) {
      const { query, field, fixed } = pair.list('partner');
      const filter = { partnerId: fx.partnerB.id };
      const listed = await graphqlIds(query, field, { ...filter, ...fixed }, 'partner');
      expect(listed.ids!.length, pair.name).toBeGreaterThan(0);
      expect(await exportIds(pair.path, 'partner', queryString(filter))).toEqual(listed);
      const table = pair.name === 'payments' ? 'payment' : 'commission';
      const owners = await queryRows<{ partner_id: string }>(app, `SELECT DISTINCT partner_id FROM ${table} WHERE id = ANY($1::uuid[])`, [
        listed.ids,
      ]);
      expect(owners.map((row) => row.partner_id)).toEqual([fx.partnerA.id]);
    }
  });
});

/**
 * A refusal's code and reason. A value the UUID or CurrencyCode scalar refuses is named by its
 * variable path in GraphQL and by its parameter in the export; the reason after the name is the same.
 */
function refusal(outcome: Outcome): Outcome {
  if (!outcome.error) return outcome;
  const named = /^(Variable "\$\w+" got an invalid value(?: at "[^"]*")?|Parameter "\w+" got an invalid value); /;
  return { error: { ...outcome.error, message: outcome.error.message.replace(named, '<name>; ') } };
}

describe('a value the list refuses, the export refuses with the same code and message', () => {
  const bad: Record<string, Filter[]> = {
    commissions: [
      { partnerId: 'nope' },
      { currency: 'XXX' },
      { currency: 'usd' },
      { from: '1500-01-01T00:00:00.000Z' },
      { saleId: 'x' },
      { productId: '123' },
      { currency: 'USD', minAmount: { amount: 1, currency: 'JPY' } },
      { saleDateTo: '1500-01-01T00:00:00.000Z' },
      { orderId: '   ' },
      { orderId: 'x'.repeat(201) },
    ],
    history: [
      { partnerId: 'nope' },
      { currency: 'XXX' },
      { currency: 'usd' },
      { to: '1500-01-01T00:00:00.000Z' },
      { fromDay: '2026-02-30' },
    ],
    payments: [{ partnerId: 'nope' }, { currency: 'XXX' }, { currency: 'usd' }, { from: '1500-01-01T00:00:00.000Z' }],
    pendingPayments: [{ partnerIds: ['nope'] }, { currency: 'XXX' }],
  };
  // The GraphQL input classes' own rules (class-validator, NUL characters) hold for the exports too.
  for (const name of ['commissions', 'history', 'payments'])
    bad[name].push({ currency: 'XXXX' }, { currency: 'US' }, { currency: 'U\u0000S' });
  for (const pair of PAIRS) {
    it(pair.name, async () => {
      for (const filter of bad[pair.samples]) {
        const { query, field, fixed } = pair.list('merchant');
        const listed = await graphqlIds(query, field, { ...filter, ...fixed }, 'merchant');
        expect(listed.error?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
        expect(refusal(await exportIds(pair.path, 'merchant', null, pair.body(filter))), JSON.stringify(filter)).toEqual(refusal(listed));
      }
    });
  }
});
