import { minorUnits } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { PeriodComparison, TopPartner } from './overview.types';

/**
 * Everything a partner earned a program in [$2, $3): one row per referred sale and partner (its
 * revenue net of refunds, counted once per partner it pays, and that partner's commission on it),
 * plus rewards given in the range. Sales by their own date (sale_program_occurred_id_idx), rewards by
 * when they were given (commission_program_created_idx).
 */
const ACTIVITY = `
  SELECT c.partner_id, s.currency::text AS currency, s.occurred_at AS at, s.amount_minor - s.refunded_minor AS revenue, 1 AS sales,
         CASE WHEN c.status <> 'CANCELLED' THEN c.amount_minor ELSE 0 END AS commission
    FROM sale s JOIN commission c ON c.program_id = $1 AND c.sale_id = s.id AND c.kind = 'SALE'
   WHERE s.program_id = $1 AND s.occurred_at >= $2::timestamptz AND s.occurred_at < $3::timestamptz
  UNION ALL
  SELECT c.partner_id, c.currency::text, c.created_at, 0, 0, c.amount_minor
    FROM commission c
   WHERE c.program_id = $1 AND c.kind = 'REWARD' AND c.status <> 'CANCELLED'
     AND c.created_at >= $2::timestamptz AND c.created_at < $3::timestamptz`;

/**
 * Revenue, commissions and sales per currency for [from, to) and for the period of equal length
 * just before it, in one statement over both periods. Revenue counts each referred sale once
 * (a sale split between two partners is one sale), commissions every partner's share.
 */
export async function periodComparison(ctx: RequestContext, from: Date, to: Date): Promise<PeriodComparison[]> {
  const previousFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
  if (previousFrom.getTime() < 0) throw new BadInputError('The previous period would start before 1970', { field: 'input' });
  const rows = await ctx.query<{
    currency: string;
    revenue: string;
    previous_revenue: string;
    commissions: string;
    previous_commissions: string;
    sales: string;
    previous_sales: string;
  }>(
    `WITH sales AS (
       SELECT s.currency::text AS currency, s.occurred_at >= $4::timestamptz AS current, s.amount_minor - s.refunded_minor AS revenue
         FROM sale s
        WHERE s.program_id = $1 AND s.occurred_at >= $2::timestamptz AND s.occurred_at < $3::timestamptz
          AND EXISTS (SELECT 1 FROM commission c WHERE c.program_id = $1 AND c.sale_id = s.id AND c.kind = 'SALE')),
     earned AS (
       SELECT a.currency, a.at >= $4::timestamptz AS current, a.commission FROM (${ACTIVITY}) a)
     SELECT currency,
            coalesce(sum(revenue) FILTER (WHERE current), 0) AS revenue,
            coalesce(sum(revenue) FILTER (WHERE NOT current), 0) AS previous_revenue,
            coalesce(sum(commission) FILTER (WHERE current), 0) AS commissions,
            coalesce(sum(commission) FILTER (WHERE NOT current), 0) AS previous_commissions,
            count(*) FILTER (WHERE current AND sale) AS sales,
            count(*) FILTER (WHERE NOT current AND sale) AS previous_sales
       FROM (SELECT currency, current, revenue, 0 AS commission, true AS sale FROM sales
             UNION ALL SELECT currency, current, 0, commission, false FROM earned) t
      GROUP BY currency ORDER BY currency`,
    [ctx.programId, previousFrom.toISOString(), to.toISOString(), from.toISOString()],
  );
  return rows.map((row) => {
    const currency = row.currency.trim();
    const money = (value: string) => ({ amount: minorUnits(value), currency });
    return Object.assign(new PeriodComparison(), {
      currency,
      previousFrom,
      revenue: money(row.revenue),
      previousRevenue: money(row.previous_revenue),
      commissions: money(row.commissions),
      previousCommissions: money(row.previous_commissions),
      salesCount: Number(row.sales),
      previousSalesCount: Number(row.previous_sales),
    });
  });
}

export type TopRanking = 'revenue' | 'commission';

/**
 * The partners who brought the most revenue, or earned the most commission, in [from, to): the
 * first `limit` per currency (amounts of different currencies are never compared), then by name.
 */
export async function topPartners(ctx: RequestContext, from: Date, to: Date, ranking: TopRanking, limit: number): Promise<TopPartner[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new BadInputError('limit must be between 1 and 50', { field: 'limit' });
  const order = ranking === 'revenue' ? 'revenue' : 'commission';
  const rows = await ctx.query<{
    partner_id: string;
    partner_name: string;
    currency: string;
    revenue: string;
    commission: string;
    sales: string;
  }>(
    `WITH per AS (
       SELECT a.partner_id, a.currency, sum(a.revenue) AS revenue, sum(a.commission) AS commission, sum(a.sales) AS sales
         FROM (${ACTIVITY}) a GROUP BY a.partner_id, a.currency),
     ranked AS (
       SELECT per.*, p.name AS partner_name,
              row_number() OVER (PARTITION BY per.currency ORDER BY per.${order} DESC, p.name, per.partner_id) AS rank
         FROM per JOIN partner p ON p.program_id = $1 AND p.id = per.partner_id
        WHERE per.${order} > 0)
     SELECT partner_id, partner_name, currency, revenue, commission, sales FROM ranked
      WHERE rank <= $4 ORDER BY currency, rank`,
    [ctx.programId, from.toISOString(), to.toISOString(), limit],
  );
  return rows.map((row) => {
    const currency = row.currency.trim();
    return Object.assign(new TopPartner(), {
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      currency,
      revenue: { amount: minorUnits(row.revenue), currency },
      commissions: { amount: minorUnits(row.commission), currency },
      salesCount: Number(row.sales),
    });
  });
}
