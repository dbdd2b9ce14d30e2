import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp, errorCode, expectTypename, queryRows } from '../support/test-app';
import { createProgramFixture, ProgramFixture, usd } from '../support/fixtures';
import { PAY, REFUND, approvedSale, saleIdOfCommission, sell } from '../support/payments';
import { graphql } from '../gql';
import type { OverviewInput, OverviewTestSeriesFieldsFragment } from '../gql/graphql';

// The program's and the partner's overview answer the same series.
graphql(`
  fragment OverviewTestSeriesFields on OverviewSeries {
    currency
    points {
      start
      earned {
        amount
        currency
      }
      earnedCount
      clawbacks {
        amount
        currency
      }
      clawbackCount
      payouts {
        amount
        currency
      }
      payoutCount
    }
  }
`);
const PROGRAM_OVERVIEW = graphql(`
  query OverviewProgram($input: OverviewInput!) {
    programOverview(input: $input) {
      from
      to
      bucket
      series {
        ...OverviewTestSeriesFields
      }
      balances {
        status
        count
        total {
          amount
          currency
        }
      }
      amountsDue {
        currency
        balance {
          amount
          currency
        }
        partnerCount
        eligibleBalance {
          amount
          currency
        }
        eligibleCount
      }
    }
  }
`);
const MY_OVERVIEW = graphql(`
  query OverviewMine($input: OverviewInput!) {
    myOverview(input: $input) {
      from
      to
      bucket
      series {
        ...OverviewTestSeriesFields
      }
    }
  }
`);

const DAY = 86_400_000;
const startOfUtcDay = (t: number) => t - (t % DAY);

type Series = OverviewTestSeriesFieldsFragment;
type Point = Series['points'][number];

let app: TestApp;
let fx: ProgramFixture;
let other: ProgramFixture;
const today = startOfUtcDay(Date.now());
const from = new Date(today - 6 * DAY);
const to = new Date(today + DAY);

/** Independent sums straight from the tables for one window [start, end), currency and optionally partner. */
async function sqlWindow(start: Date, end: Date, currency: string, partnerId?: string) {
  const partner = partnerId ? `AND partner_id = '${partnerId}'` : '';
  const [c] = await queryRows<{ earned: number; earned_count: number; clawbacks: number; clawback_count: number }>(
    app,
    // A SALE commission counts on the date of its sale, rewards and clawbacks on the date they were recorded.
    `SELECT coalesce(sum(amount_minor) FILTER (WHERE kind <> 'CLAWBACK'), 0)::int AS earned,
            count(*) FILTER (WHERE kind <> 'CLAWBACK')::int AS earned_count,
            coalesce(sum(amount_minor) FILTER (WHERE kind = 'CLAWBACK'), 0)::int AS clawbacks,
            count(*) FILTER (WHERE kind = 'CLAWBACK')::int AS clawback_count
       FROM (SELECT c.*, CASE WHEN c.kind = 'SALE' THEN s.occurred_at ELSE c.created_at END AS at
               FROM commission c LEFT JOIN sale s ON s.program_id = c.program_id AND s.id = c.sale_id) c
      WHERE program_id = $1 AND currency = $2 AND status <> 'CANCELLED'
        AND at >= $3 AND at < $4 ${partner}`,
    [fx.programId, currency, start, end],
  );
  const [p] = await queryRows<{ payouts: number; payout_count: number }>(
    app,
    `SELECT coalesce(sum(amount_minor), 0)::int AS payouts, count(*)::int AS payout_count
       FROM payment WHERE program_id = $1 AND currency = $2 AND voided_at IS NULL
        AND created_at >= $3 AND created_at < $4 ${partner}`,
    [fx.programId, currency, start, end],
  );
  return { ...c, ...p };
}

function expectPointMatches(point: Point, currency: string, sums: Record<string, number>) {
  for (const money of [point.earned, point.clawbacks, point.payouts]) expect(money.currency).toBe(currency);
  expect({
    earned: point.earned.amount,
    earned_count: point.earnedCount,
    clawbacks: point.clawbacks.amount,
    clawback_count: point.clawbackCount,
    payouts: point.payouts.amount,
    payout_count: point.payoutCount,
  }).toEqual(sums);
}

beforeAll(async () => {
  app = await startTestApp();
  fx = await createProgramFixture(app);
  other = await createProgramFixture(app);
  const a = fx.partnerA.partnerKey;
  const b = fx.partnerB.partnerKey;

  // Partner A: a paid USD sale that is then half refunded (a clawback), a pending EUR sale, a reward.
  const paidIds = await approvedSale(app, fx, a, 100_000);
  const pay = await app.gql(
    PAY,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the per-request method is deprecated but still served
    { input: { method: 'OTHER', idempotencyKey: randomUUID(), selection: { partnerIds: [fx.partnerA.id] } } },
    fx.tokens.admin,
  );
  expect(expectTypename(pay.data?.payPartners, 'PayPartnersPayload').paidCount).toBe(1);
  const refund = await app.gql(
    REFUND,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the older saleId form is still served
    { input: { saleId: await saleIdOfCommission(app, paidIds[0]), amount: usd(50_000), refundExternalId: 'r-1' } },
    fx.tokens.admin,
  );
  expect(expectTypename(refund.data?.refundSale, 'RefundRecorded').clawbacks).toHaveLength(1);
  await sell(app, fx, a, 40_000, 'EUR');
  const reward = await app.gql(
    graphql(`
      mutation OverviewReward($partnerId: UUID!) {
        createManualReward(input: { partnerId: $partnerId, description: "Bonus", amount: { amount: 2500, currency: "USD" } }) {
          id
        }
      }
    `),
    { partnerId: fx.partnerA.id },
    fx.tokens.admin,
  );
  expect(reward.errors).toBeUndefined();

  // Partner B: an approved sale moved three days back, one pending sale, and a cancelled one (never counted as earned).
  const [older] = await approvedSale(app, fx, b, 60_000);
  await queryRows(app, `UPDATE commission SET created_at = created_at - interval '3 days' WHERE id = $1`, [older]);
  await queryRows(app, `UPDATE sale SET occurred_at = occurred_at - interval '3 days' WHERE id = $1`, [
    await saleIdOfCommission(app, older),
  ]);
  await sell(app, fx, b, 30_000);
  const [cancelled] = await sell(app, fx, b, 70_000);
  const cancel = await app.gql(
    graphql(`
      mutation OverviewCancel($ids: [UUID!]!) {
        cancelCommissions(input: { reason: "fraud", selection: { ids: $ids } }) {
          succeeded
        }
      }
    `),
    { ids: [cancelled] },
    fx.tokens.admin,
  );
  expect(cancel.data?.cancelCommissions.succeeded).toBe(1);
  // Outside the range: a commission from 40 days ago.
  const [ancient] = await sell(app, fx, b, 10_000);
  await queryRows(app, `UPDATE commission SET created_at = now() - interval '40 days' WHERE id = $1`, [ancient]);
  await queryRows(app, `UPDATE sale SET occurred_at = now() - interval '40 days' WHERE id = $1`, [await saleIdOfCommission(app, ancient)]);

  // Another program's activity never shows up.
  await approvedSale(app, other, other.partnerA.partnerKey, 999_000);
});

afterAll(async () => {
  await app?.close();
});

describe('programOverview', () => {
  it('gives every day of the range, per currency, equal to the sums in the tables', async () => {
    const response = await app.gql(
      PROGRAM_OVERVIEW,
      { input: { from: from.toISOString(), to: to.toISOString(), bucket: 'DAY' } },
      fx.tokens.viewer,
    );
    expect(response.errors).toBeUndefined();
    const overview = response.data!.programOverview;
    expect(overview.bucket).toBe('DAY');
    const series: Series[] = overview.series;
    expect(series.map((s) => s.currency)).toEqual(['EUR', 'USD']);
    for (const s of series) {
      expect(s.points.map((p) => p.start)).toEqual(Array.from({ length: 7 }, (_, i) => new Date(from.getTime() + i * DAY).toISOString()));
      for (const point of s.points) {
        const start = new Date(point.start);
        expectPointMatches(point, s.currency, await sqlWindow(start, new Date(start.getTime() + DAY), s.currency));
      }
    }
    const usdPoints = series.find((s) => s.currency === 'USD')!.points;
    // Today: A's paid 10 000 (a PAID commission never changes: the refund made a clawback) + reward 2 500 + B's pending 3 000.
    expect(usdPoints[6].earned.amount).toBe(10_000 + 2_500 + 3_000);
    expect(usdPoints[3].earned.amount).toBe(6_000);
    expect(usdPoints[6].clawbacks.amount).toBe(-5_000);
    expect(usdPoints[6].payouts).toEqual(usd(10_000));
    expect(series.find((s) => s.currency === 'EUR')!.points[6].earned).toEqual({ amount: 4_000, currency: 'EUR' });
  });

  it('gives balances per status and currency and the amounts due', async () => {
    const response = await app.gql(PROGRAM_OVERVIEW, { input: { bucket: 'MONTH' } }, fx.tokens.apiRead);
    expect(response.errors).toBeUndefined();
    const { balances, amountsDue } = response.data!.programOverview;
    const expected = await queryRows<{ status: string; currency: string; count: number; total: number }>(
      app,
      `SELECT status, currency, count(*)::int AS count, sum(amount_minor)::int AS total FROM commission WHERE program_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [fx.programId],
    );
    expect(balances).toEqual(expected.map((r) => ({ status: r.status, count: r.count, total: { amount: r.total, currency: r.currency } })));
    const due = await queryRows<{ currency: string; balance: number; partners: number }>(
      app,
      `SELECT currency, sum(amount_minor)::int AS balance, count(DISTINCT partner_id)::int AS partners
         FROM commission WHERE program_id = $1 AND status = 'APPROVED' GROUP BY 1 ORDER BY 1`,
      [fx.programId],
    );
    expect(amountsDue.map((d) => ({ currency: d.currency, balance: d.balance.amount, partners: d.partnerCount }))).toEqual(due);
    // A owes 5 000 back and has a 2 500 reward (a debt: not eligible); B has 6 000 ≥ the 5 000 threshold.
    const usdDue = amountsDue.find((d) => d.currency === 'USD');
    expect(usdDue).toMatchObject({ balance: usd(3_500), partnerCount: 2, eligibleCount: 1, eligibleBalance: usd(6_000) });
  });

  it('buckets weeks and months that add up to the same totals as the days', async () => {
    const range = { from: new Date(today - 70 * DAY).toISOString(), to: to.toISOString() };
    for (const bucket of ['WEEK', 'MONTH'] as const) {
      const response = await app.gql(PROGRAM_OVERVIEW, { input: { ...range, bucket } }, fx.tokens.admin);
      expect(response.errors).toBeUndefined();
      for (const s of response.data!.programOverview.series) {
        const starts = s.points.map((p) => new Date(p.start));
        for (const [i, start] of starts.entries()) {
          if (bucket === 'WEEK') expect(start.getUTCDay()).toBe(1);
          else expect(start.getUTCDate()).toBe(1);
          if (i > 0) expect(start.getTime()).toBeGreaterThan(starts[i - 1].getTime());
        }
        const total = await sqlWindow(new Date(range.from), to, s.currency);
        expect(s.points.reduce((sum, p) => sum + Number(p.earned.amount), 0)).toBe(total.earned);
        expect(s.points.reduce((sum, p) => sum + p.earnedCount, 0)).toBe(total.earned_count);
        expect(s.points.reduce((sum, p) => sum + Number(p.payouts.amount), 0)).toBe(total.payouts);
      }
      // The 40-day-old commission is in the range now.
      const usdSeries = response.data!.programOverview.series.find((s) => s.currency === 'USD')!;
      expect(usdSeries.points.reduce((sum, p) => sum + p.earnedCount, 0)).toBe(5);
    }
  });

  it('never mixes programs', async () => {
    const response = await app.gql(
      PROGRAM_OVERVIEW,
      { input: { from: from.toISOString(), to: to.toISOString(), bucket: 'DAY' } },
      other.tokens.admin,
    );
    const usdSeries: Series = response.data!.programOverview.series.find((s) => s.currency === 'USD')!;
    expect(usdSeries.points.reduce((sum, p) => sum + Number(p.earned.amount), 0)).toBe(99_900);
    expect(response.data!.programOverview.series.map((s) => s.currency)).toEqual(['USD']);
  });

  it('rejects bad ranges with a typed error', async () => {
    const cases: OverviewInput[] = [
      { from: to.toISOString(), to: from.toISOString(), bucket: 'DAY' },
      { from: from.toISOString(), to: from.toISOString(), bucket: 'DAY' },
      { from: new Date(today - 800 * DAY).toISOString(), to: to.toISOString(), bucket: 'DAY' },
      { from: '2000-01-01T00:00:00Z', to: to.toISOString(), bucket: 'MONTH' },
      { from: '1800-01-01T00:00:00Z', to: '1800-02-01T00:00:00Z', bucket: 'DAY' },
    ];
    for (const input of cases) {
      const response = await app.gql(PROGRAM_OVERVIEW, { input }, fx.tokens.admin);
      expect(response.data).toBeNull();
      expect(errorCode(response), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    // Malformed variables (no such bucket, not a date): the untyped path.
    const badBucket = await app.gqlUntypedProbe(PROGRAM_OVERVIEW, { input: { bucket: 'YEAR' } }, fx.tokens.admin);
    expect(badBucket.errors).toBeDefined();
    expect(badBucket.data).toBeUndefined();
    const notADate = await app.gqlUntypedProbe(PROGRAM_OVERVIEW, { input: { from: 'yesterday', bucket: 'DAY' } }, fx.tokens.admin);
    expect(notADate.errors).toBeDefined();
  });

  it('is for the merchant only', async () => {
    const response = await app.gql(PROGRAM_OVERVIEW, { input: { bucket: 'DAY' } }, fx.tokens.partnerA);
    expect(errorCode(response)).toBe('FORBIDDEN');
  });
});

describe('myOverview', () => {
  it('gives a partner only their own series', async () => {
    for (const [token, partner] of [
      [fx.tokens.partnerA, fx.partnerA],
      [fx.tokens.partnerB, fx.partnerB],
    ] as const) {
      const response = await app.gql(MY_OVERVIEW, { input: { from: from.toISOString(), to: to.toISOString(), bucket: 'DAY' } }, token);
      expect(response.errors).toBeUndefined();
      const series = response.data!.myOverview.series;
      for (const s of series) {
        expect(s.points).toHaveLength(7);
        for (const point of s.points) {
          const start = new Date(point.start);
          expectPointMatches(point, s.currency, await sqlWindow(start, new Date(start.getTime() + DAY), s.currency, partner.id));
        }
      }
      if (partner === fx.partnerB) {
        // B has no EUR and was never paid.
        expect(series.map((s) => s.currency)).toEqual(['USD']);
        expect(series[0].points.every((p) => p.payouts.amount === 0 && p.clawbacks.amount === 0)).toBe(true);
        expect(series[0].points[3].earned).toEqual(usd(6_000));
      } else {
        expect(series.map((s) => s.currency)).toEqual(['EUR', 'USD']);
        expect(series[1].points[6].payouts).toEqual(usd(10_000));
      }
    }
  });

  it('takes no partner id and is refused to merchants', async () => {
    // Invalid on purpose (myOverview takes no partner id): the untyped path.
    const withId = await app.gqlUntypedProbe(
      `query { myOverview(input: { bucket: DAY, partnerId: "${fx.partnerB.id}" }) { series { currency } } }`,
      {},
      fx.tokens.partnerA,
    );
    expect(withId.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const merchant = await app.gql(MY_OVERVIEW, { input: { bucket: 'DAY' } }, fx.tokens.admin);
    expect(errorCode(merchant)).toBe('FORBIDDEN');
  });
});
