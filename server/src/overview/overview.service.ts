import { CommissionStatus, minorUnits } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { BalanceLine } from '../partners/partner.types';
import { PendingPaymentTotal } from '../payments/payment.types';
import { pendingPaymentTotals } from '../payments/pending-payments.service';
import { OverviewInput } from './overview.inputs';
import { OverviewPoint, OverviewSeries, PartnerOverview, ProgramOverview } from './overview.types';
import { OverviewBucket, bucketStart, resolveRange } from './overview-rules';

/** One bucket of one currency with activity, as the series statement returns it. */
export interface SeriesRow {
  currency: string;
  start: Date | string;
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
 * The series statement: commissions earned, clawbacks and payouts per bucket and currency, for
 * the buckets with any activity only ($1 program, $2 bucket 'day' | 'week' | 'month', $3 from,
 * $4 to and, for one partner's series, $5 the partner). Empty buckets are filled in by
 * `seriesFromRows`: a generate_series cross join here made the planner expect millions of rows
 * (and compile the statement with JIT, seconds) for a few dozen.
 */
export function seriesSql(forPartner: boolean): string {
  const commissionPartner = forPartner ? 'AND c.partner_id = $5' : '';
  const paymentPartner = forPartner ? 'AND p.partner_id = $5' : '';
  return `SELECT b AT TIME ZONE 'UTC' AS start, currency,
            sum(earned) AS earned, sum(earned_count) AS earned_count, sum(clawbacks) AS clawbacks,
            sum(clawback_count) AS clawback_count, sum(payouts) AS payouts, sum(payout_count) AS payout_count
       FROM (
         SELECT date_trunc($2, c.created_at AT TIME ZONE 'UTC') AS b, c.currency::text AS currency,
                coalesce(sum(c.amount_minor) FILTER (WHERE c.kind IN ('SALE', 'REWARD')), 0) AS earned,
                count(*) FILTER (WHERE c.kind IN ('SALE', 'REWARD')) AS earned_count,
                coalesce(sum(c.amount_minor) FILTER (WHERE c.kind = 'CLAWBACK'), 0) AS clawbacks,
                count(*) FILTER (WHERE c.kind = 'CLAWBACK') AS clawback_count,
                0 AS payouts, 0 AS payout_count
           FROM commission c
          WHERE c.program_id = $1 AND c.created_at >= $3::timestamptz AND c.created_at < $4::timestamptz
            AND c.status <> 'CANCELLED' ${commissionPartner}
          GROUP BY 1, 2
         UNION ALL
         SELECT date_trunc($2, p.created_at AT TIME ZONE 'UTC'), p.currency::text, 0, 0, 0, 0, sum(p.amount_minor), count(*)
           FROM payment p
          WHERE p.program_id = $1 AND p.created_at >= $3::timestamptz AND p.created_at < $4::timestamptz
            AND p.voided_at IS NULL ${paymentPartner}
          GROUP BY 1, 2
       ) activity
      GROUP BY b, currency`;
}

const SERIES_SQL = { program: seriesSql(false), partner: seriesSql(true) };

/** The start of the bucket after `start`. */
function nextBucket(start: Date, bucket: OverviewBucket): Date {
  if (bucket === OverviewBucket.MONTH) return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return new Date(start.getTime() + (bucket === OverviewBucket.WEEK ? 7 : 1) * 86_400_000);
}

/**
 * Every bucket of [from, to) for every currency with activity in the range (currencies in
 * alphabetical order), zeros where nothing happened.
 */
export function seriesFromRows(rows: SeriesRow[], from: Date, to: Date, bucket: OverviewBucket): OverviewSeries[] {
  const active = new Map<string, Map<number, SeriesRow>>();
  for (const row of rows) {
    const currency = row.currency.trim();
    if (!active.has(currency)) active.set(currency, new Map());
    active.get(currency)!.set(new Date(row.start).getTime(), row);
  }
  const starts: Date[] = [];
  const last = bucketStart(new Date(to.getTime() - 1), bucket).getTime();
  for (let start = bucketStart(from, bucket); start.getTime() <= last; start = nextBucket(start, bucket)) starts.push(start);
  return [...active.keys()].sort().map((currency) => {
    const byStart = active.get(currency)!;
    const points = starts.map((start) => {
      const row = byStart.get(start.getTime());
      return Object.assign(new OverviewPoint(), {
        start,
        earned: { amount: minorUnits(row?.earned ?? 0), currency },
        earnedCount: Number(row?.earned_count ?? 0),
        clawbacks: { amount: minorUnits(row?.clawbacks ?? 0), currency },
        clawbackCount: Number(row?.clawback_count ?? 0),
        payouts: { amount: minorUnits(row?.payouts ?? 0), currency },
        payoutCount: Number(row?.payout_count ?? 0),
      });
    });
    return Object.assign(new OverviewSeries(), { currency, points });
  });
}

/** Commissions earned, clawbacks and payouts per bucket and currency; `partnerId` restricts it to one partner. */
async function timeSeries(ctx: RequestContext, input: OverviewInput, partnerId: string | null): Promise<PartnerOverview> {
  const { from, to } = checkedRange(input);
  const params: unknown[] = [ctx.programId, input.bucket.toLowerCase(), from.toISOString(), to.toISOString()];
  if (partnerId) params.push(partnerId);
  const rows = await ctx.query<SeriesRow>(partnerId ? SERIES_SQL.partner : SERIES_SQL.program, params);
  return Object.assign(new PartnerOverview(), { from, to, bucket: input.bucket, series: seriesFromRows(rows, from, to, input.bucket) });
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
      total: { amount: minorUnits(row.total), currency: row.currency.trim() },
    }),
  );
}

export async function programOverview(ctx: RequestContext, input: OverviewInput): Promise<ProgramOverview> {
  // Three independent statements, side by side.
  const [series, balances, due] = await Promise.all([timeSeries(ctx, input, null), programBalances(ctx), pendingPaymentTotals(ctx, {})]);
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
