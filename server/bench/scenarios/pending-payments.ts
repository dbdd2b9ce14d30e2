import { Scenario } from '../harness/scenario';
import { duration, median } from '../harness/stats';

/**
 * Pending payments: the merchant's page — first 25 partner balances and the totals per currency —
 * requested one at a time (latency, not throughput under load). The baseline is one SQL statement
 * computing the balances once and deriving both the page and the totals from them.
 */
// 40, not 10: ten requests (about 0.2 s at 100k) moved the ratio by ±0.1 between runs of the same code.
const REQUESTS = 40;

const PENDING_PAYMENTS = `query PendingPayments($filter: PendingPaymentFilterInput!, $page: PageInput!) {
  pendingPayments(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    totals { currency partnerCount eligibleCount balance { amount currency } eligibleBalance { amount currency } }
    nodes { partnerId currency balance { amount currency } threshold { amount currency } eligible commissionCount paypalEmail partner { id name partnerKey } }
  }
}`;

const ONE_PASS = `
  WITH balance AS (
    SELECT c.partner_id, c.currency::text AS currency, sum(c.amount_minor) AS balance, count(*) AS commission_count
      FROM commission c WHERE c.program_id = $1 AND c.status = 'APPROVED' GROUP BY c.partner_id, c.currency
  ), row AS (
    SELECT p.id AS partner_id, p.name, p.partner_key, p.paypal_email, b.currency, b.balance, b.commission_count, t.threshold,
           (b.balance >= t.threshold AND b.balance > 0) AS eligible
      FROM balance b JOIN partner p ON p.program_id = $1 AND p.id = b.partner_id JOIN program pr ON pr.id = p.program_id
     CROSS JOIN LATERAL (SELECT coalesce((p.pay_thresholds ->> b.currency)::bigint, (pr.pay_thresholds ->> b.currency)::bigint, 0) AS threshold) t
  )
  SELECT (SELECT json_agg(x) FROM (SELECT * FROM row ORDER BY name, partner_id, currency LIMIT 26) x) AS page,
         (SELECT json_agg(t) FROM (SELECT currency, sum(balance) AS balance, count(*) AS partner_count,
                                          coalesce(sum(balance) FILTER (WHERE eligible), 0) AS eligible_balance,
                                          count(*) FILTER (WHERE eligible) AS eligible_count
                                     FROM row GROUP BY currency ORDER BY currency) t) AS totals`;

export const pendingPayments: Scenario = {
  name: 'pending-payments',
  title: '`pendingPayments` first page + totals',
  unit: 'requests',
  goal: { ratio: 0.9, text: 'cost independent of non-approved rows' },
  measures: {
    partnerbook: "the portal's `PendingPayments` query (first 25 rows, totals, each row's partner) over HTTP, one request at a time.",
    baseline:
      'one SQL statement over `pg`: the balances of APPROVED commissions computed once, the first page (26 rows) and the totals derived from them.',
  },

  async run(bench) {
    const requests = bench.scaled(REQUESTS, 3);
    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < requests; i++) {
      const begun = performance.now();
      const data = await bench.server.graphql(PENDING_PAYMENTS, { filter: {}, page: { first: 25 } }, bench.program.adminToken);
      latencies.push(performance.now() - begun);
      if (data.pendingPayments.nodes.length === 0) throw new Error('pendingPayments answered no rows');
    }
    return { units: requests, ms: performance.now() - started, details: { 'median latency': duration(median(latencies)) } };
  },

  async baseline(bench) {
    const requests = bench.scaled(REQUESTS, 3);
    const latencies: number[] = [];
    const client = await bench.pool.connect();
    const started = performance.now();
    try {
      for (let i = 0; i < requests; i++) {
        const begun = performance.now();
        const { rows } = await client.query(ONE_PASS, [bench.program.programId]);
        JSON.stringify(rows[0]);
        latencies.push(performance.now() - begun);
      }
    } finally {
      client.release();
    }
    return { units: requests, ms: performance.now() - started, details: { 'median latency': duration(median(latencies)) } };
  },
};
