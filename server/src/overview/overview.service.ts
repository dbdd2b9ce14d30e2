import { CommissionStatus, minorUnits } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { BalanceLine } from '../partners/partner.types';
import { PendingPaymentTotal } from '../payments/payment.types';
import { pendingPaymentTotals } from '../payments/pending-payments.service';
import { OverviewInput } from './overview.inputs';
import { OverviewPoint, OverviewSeries, PartnerOverview, ProgramOverview } from './overview.types';
import { resolveRange } from './overview-rules';

/** One bucket of one currency with activity, as the series statement returns it. */
export interface SeriesRow {
  currency: string;
  start: Date | string;
  revenue: string;
  sales_count: string;
  earned: string;
  earned_count: string;
  clawbacks: string;
  clawback_count: string;
  payouts: string;
  payout_count: string;
}

/** One bucket of the range: its start as an instant and its first local day. */
export interface BucketStart {
  start: Date;
  day: string;
}

function checkedRange(input: OverviewInput) {
  const range = resolveRange(input, new Date());
  if (!range.ok) throw new BadInputError(range.message, { field: 'input' });
  return range;
}

/** The program's time zone as a CTE (`tz`), so every statement cuts days where the program's users do. */
const TZ = `tz AS (SELECT timezone AS name FROM program WHERE id = $1)`;

/**
 * The series statement: revenue from referred sales, commissions earned, clawbacks and payouts per
 * bucket and currency, for the buckets with any activity only ($1 program, $2 bucket 'day' | 'week'
 * | 'month', $3 from, $4 to and, for one partner's series, $5 the partner). Buckets are local days,
 * weeks and months of the program's time zone. A SALE commission counts on the date of its sale
 * (as its revenue does); rewards and clawbacks on the date they were recorded; payments on theirs.
 * The program's series starts from its sales in the range (sale_program_occurred_id_idx); a partner's
 * from their own SALE commissions (commission_partner_idx), then their sales by key.
 * Empty buckets are filled in by `seriesFromRows` from `bucketsSql`.
 */
export function seriesSql(forPartner: boolean): string {
  const sales = forPartner
    ? `SELECT s.occurred_at, s.currency::text AS currency, s.amount_minor - s.refunded_minor AS revenue,
              CASE WHEN c.status <> 'CANCELLED' THEN c.amount_minor ELSE 0 END AS earned,
              CASE WHEN c.status <> 'CANCELLED' THEN 1 ELSE 0 END AS earned_count
         FROM commission c JOIN sale s ON s.program_id = $1 AND s.id = c.sale_id
        WHERE c.program_id = $1 AND c.partner_id = $5 AND c.kind = 'SALE'
          AND s.occurred_at >= $3::timestamptz AND s.occurred_at < $4::timestamptz`
    : `SELECT s.occurred_at, s.currency::text AS currency, s.amount_minor - s.refunded_minor AS revenue, k.earned, k.earned_count
         FROM sale s
         CROSS JOIN LATERAL (SELECT coalesce(sum(c.amount_minor) FILTER (WHERE c.status <> 'CANCELLED'), 0) AS earned,
                                    count(*) FILTER (WHERE c.status <> 'CANCELLED') AS earned_count, count(*) AS referred
                               FROM commission c WHERE c.program_id = $1 AND c.sale_id = s.id AND c.kind = 'SALE') k
        WHERE s.program_id = $1 AND s.occurred_at >= $3::timestamptz AND s.occurred_at < $4::timestamptz AND k.referred > 0`;
  const commissionPartner = forPartner ? 'AND c.partner_id = $5' : '';
  const paymentPartner = forPartner ? 'AND p.partner_id = $5' : '';
  return `WITH ${TZ}
     SELECT b AT TIME ZONE (SELECT name FROM tz) AS start, currency,
            sum(revenue) AS revenue, sum(sales_count) AS sales_count,
            sum(earned) AS earned, sum(earned_count) AS earned_count, sum(clawbacks) AS clawbacks,
            sum(clawback_count) AS clawback_count, sum(payouts) AS payouts, sum(payout_count) AS payout_count
       FROM (
         SELECT date_trunc($2, r.occurred_at AT TIME ZONE (SELECT name FROM tz)) AS b, r.currency,
                sum(r.revenue) AS revenue, count(*) AS sales_count, sum(r.earned) AS earned, sum(r.earned_count) AS earned_count,
                0 AS clawbacks, 0 AS clawback_count, 0 AS payouts, 0 AS payout_count
           FROM (${sales}) r
          GROUP BY 1, 2
         UNION ALL
         SELECT date_trunc($2, c.created_at AT TIME ZONE (SELECT name FROM tz)), c.currency::text, 0, 0,
                coalesce(sum(c.amount_minor) FILTER (WHERE c.kind = 'REWARD'), 0),
                count(*) FILTER (WHERE c.kind = 'REWARD'),
                coalesce(sum(c.amount_minor) FILTER (WHERE c.kind = 'CLAWBACK'), 0),
                count(*) FILTER (WHERE c.kind = 'CLAWBACK'), 0, 0
           FROM commission c
          WHERE c.program_id = $1 AND c.created_at >= $3::timestamptz AND c.created_at < $4::timestamptz
            AND c.kind <> 'SALE' AND c.status <> 'CANCELLED' ${commissionPartner}
          GROUP BY 1, 2
         UNION ALL
         SELECT date_trunc($2, p.created_at AT TIME ZONE (SELECT name FROM tz)), p.currency::text, 0, 0, 0, 0, 0, 0,
                sum(p.amount_minor), count(*)
           FROM payment p
          WHERE p.program_id = $1 AND p.created_at >= $3::timestamptz AND p.created_at < $4::timestamptz
            AND p.voided_at IS NULL ${paymentPartner}
          GROUP BY 1, 2
       ) activity
      GROUP BY b, currency`;
}

const SERIES_SQL = { program: seriesSql(false), partner: seriesSql(true) };

/**
 * Every bucket of [$3, $4) in the program's time zone ($1 program, $2 bucket): local midnights as
 * instants (DST and half-hour zones included), with the local day for labels. A few hundred rows
 * at most (resolveRange caps the count).
 */
export const BUCKETS_SQL = `WITH ${TZ}
  SELECT g AT TIME ZONE (SELECT name FROM tz) AS start, to_char(g, 'YYYY-MM-DD') AS day, (SELECT name FROM tz) AS timezone
    FROM generate_series(date_trunc($2, $3::timestamptz AT TIME ZONE (SELECT name FROM tz)),
                         date_trunc($2, ($4::timestamptz - interval '1 microsecond') AT TIME ZONE (SELECT name FROM tz)),
                         ('1 ' || $2)::interval) g
   ORDER BY g`;

/**
 * Every bucket for every currency with activity in the range (currencies in alphabetical order),
 * zeros where nothing happened.
 */
export function seriesFromRows(rows: SeriesRow[], buckets: BucketStart[]): OverviewSeries[] {
  const active = new Map<string, Map<number, SeriesRow>>();
  for (const row of rows) {
    const currency = row.currency.trim();
    if (!active.has(currency)) active.set(currency, new Map());
    active.get(currency)!.set(new Date(row.start).getTime(), row);
  }
  return [...active.keys()].sort().map((currency) => {
    const byStart = active.get(currency)!;
    const points = buckets.map(({ start, day }) => {
      const row = byStart.get(new Date(start).getTime());
      const money = (value: string | undefined) => ({ amount: minorUnits(value ?? 0), currency });
      return Object.assign(new OverviewPoint(), {
        start: new Date(start),
        day,
        revenue: money(row?.revenue),
        salesCount: Number(row?.sales_count ?? 0),
        earned: money(row?.earned),
        earnedCount: Number(row?.earned_count ?? 0),
        clawbacks: money(row?.clawbacks),
        clawbackCount: Number(row?.clawback_count ?? 0),
        payouts: money(row?.payouts),
        payoutCount: Number(row?.payout_count ?? 0),
      });
    });
    return Object.assign(new OverviewSeries(), { currency, points });
  });
}

/** Activity per bucket and currency; `partnerId` restricts it to one partner. */
async function timeSeries(ctx: RequestContext, input: OverviewInput, partnerId: string | null): Promise<PartnerOverview> {
  const { from, to } = checkedRange(input);
  const params: unknown[] = [ctx.programId, input.bucket.toLowerCase(), from.toISOString(), to.toISOString()];
  const [rows, buckets] = await Promise.all([
    ctx.query<SeriesRow>(partnerId ? SERIES_SQL.partner : SERIES_SQL.program, partnerId ? [...params, partnerId] : params),
    ctx.query<BucketStart & { timezone: string }>(BUCKETS_SQL, params),
  ]);
  return Object.assign(new PartnerOverview(), {
    from,
    to,
    bucket: input.bucket,
    timezone: buckets[0]?.timezone ?? 'UTC',
    series: seriesFromRows(rows, buckets),
  });
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
  // Three independent statements, side by side (one after the other in a heavy request: RequestContext.statementGate).
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
