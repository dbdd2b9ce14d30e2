import { CommissionStatus } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { BalanceLine } from '../partners/partner.types';
import { PendingPaymentTotal } from '../payments/payment.types';
import { pendingPaymentTotals } from '../payments/pending-payments.service';
import { OverviewInput } from './overview.inputs';
import { OverviewPoint, OverviewSeries, PartnerOverview, ProgramOverview } from './overview.types';
import { resolveRange } from './overview-rules';

interface SeriesRow {
  currency: string;
  start: Date;
  earned: string;
  earned_count: string;
  clawbacks: string;
  clawback_count: string;
  payouts: string;
  payout_count: string;
}

function checkedRange(input: OverviewInput) {
  const range = resolveRange(input, new Date());
  if (!range.ok) throw new BadInputError(range.message, { field: 'input' });
  return range;
}

/**
 * Commissions earned, clawbacks and payouts per bucket and currency, bucketed in SQL: every bucket
 * of [from, to) appears (generate_series) for every currency with activity in the range.
 * `partnerId` restricts it to one partner.
 */
async function timeSeries(ctx: RequestContext, input: OverviewInput, partnerId: string | null): Promise<PartnerOverview> {
  const { from, to } = checkedRange(input);
  const params: unknown[] = [ctx.programId, input.bucket.toLowerCase(), from.toISOString(), to.toISOString()];
  let commissionPartner = '';
  let paymentPartner = '';
  if (partnerId) {
    params.push(partnerId);
    commissionPartner = `AND c.partner_id = $5`;
    paymentPartner = `AND p.partner_id = $5`;
  }
  const rows = await ctx.query<SeriesRow>(
    `WITH buckets AS (
       SELECT b FROM generate_series(date_trunc($2, $3::timestamptz AT TIME ZONE 'UTC'),
                                     date_trunc($2, ($4::timestamptz - interval '1 microsecond') AT TIME ZONE 'UTC'),
                                     ('1 ' || $2)::interval) b
     ), commissions AS (
       SELECT date_trunc($2, c.created_at AT TIME ZONE 'UTC') AS b, c.currency::text AS currency,
              sum(c.amount_minor) FILTER (WHERE c.kind IN ('SALE', 'REWARD')) AS earned,
              count(*) FILTER (WHERE c.kind IN ('SALE', 'REWARD')) AS earned_count,
              sum(c.amount_minor) FILTER (WHERE c.kind = 'CLAWBACK') AS clawbacks,
              count(*) FILTER (WHERE c.kind = 'CLAWBACK') AS clawback_count
         FROM commission c
        WHERE c.program_id = $1 AND c.created_at >= $3::timestamptz AND c.created_at < $4::timestamptz
          AND c.status <> 'CANCELLED' ${commissionPartner}
        GROUP BY 1, 2
     ), payouts AS (
       SELECT date_trunc($2, p.created_at AT TIME ZONE 'UTC') AS b, p.currency::text AS currency,
              sum(p.amount_minor) AS payouts, count(*) AS payout_count
         FROM payment p
        WHERE p.program_id = $1 AND p.created_at >= $3::timestamptz AND p.created_at < $4::timestamptz
          AND p.voided_at IS NULL ${paymentPartner}
        GROUP BY 1, 2
     ), currencies AS (
       SELECT currency FROM commissions UNION SELECT currency FROM payouts
     )
     SELECT k.currency, bk.b AT TIME ZONE 'UTC' AS start,
            coalesce(c.earned, 0) AS earned, coalesce(c.earned_count, 0) AS earned_count,
            coalesce(c.clawbacks, 0) AS clawbacks, coalesce(c.clawback_count, 0) AS clawback_count,
            coalesce(p.payouts, 0) AS payouts, coalesce(p.payout_count, 0) AS payout_count
       FROM currencies k
      CROSS JOIN buckets bk
       LEFT JOIN commissions c ON c.b = bk.b AND c.currency = k.currency
       LEFT JOIN payouts p ON p.b = bk.b AND p.currency = k.currency
      ORDER BY k.currency, bk.b`,
    params,
  );
  const byCurrency = new Map<string, OverviewSeries>();
  for (const row of rows) {
    const currency = row.currency.trim();
    let series = byCurrency.get(currency);
    if (!series) {
      series = Object.assign(new OverviewSeries(), { currency, points: [] });
      byCurrency.set(currency, series);
    }
    series.points.push(
      Object.assign(new OverviewPoint(), {
        start: new Date(row.start),
        earned: { amount: Number(row.earned), currency },
        earnedCount: Number(row.earned_count),
        clawbacks: { amount: Number(row.clawbacks), currency },
        clawbackCount: Number(row.clawback_count),
        payouts: { amount: Number(row.payouts), currency },
        payoutCount: Number(row.payout_count),
      }),
    );
  }
  return Object.assign(new PartnerOverview(), { from, to, bucket: input.bucket, series: [...byCurrency.values()] });
}

async function programBalances(ctx: RequestContext): Promise<BalanceLine[]> {
  const rows = await ctx.query<{ status: CommissionStatus; currency: string; count: string; total: string }>(
    `SELECT status, currency::text AS currency, count(*) AS count, sum(amount_minor) AS total
       FROM commission WHERE program_id = $1
      GROUP BY status, currency ORDER BY status, currency`,
    [ctx.programId],
  );
  return rows.map((row) =>
    Object.assign(new BalanceLine(), {
      status: row.status,
      count: Number(row.count),
      total: { amount: Number(row.total), currency: row.currency.trim() },
    }),
  );
}

export async function programOverview(ctx: RequestContext, input: OverviewInput): Promise<ProgramOverview> {
  const series = await timeSeries(ctx, input, null);
  const [balances, due] = [await programBalances(ctx), await pendingPaymentTotals(ctx, {})];
  const amountsDue = due.map((t) =>
    Object.assign(new PendingPaymentTotal(), {
      currency: t.currency,
      balance: { amount: t.balance, currency: t.currency },
      partnerCount: t.partnerCount,
      eligibleBalance: { amount: t.eligibleBalance, currency: t.currency },
      eligibleCount: t.eligibleCount,
    }),
  );
  return Object.assign(new ProgramOverview(), series, { balances, amountsDue });
}

/** The partner's own series; the partner comes from the session, never from an argument. */
export function myOverview(ctx: RequestContext, input: OverviewInput): Promise<PartnerOverview> {
  return timeSeries(ctx, input, ctx.partnerId);
}
