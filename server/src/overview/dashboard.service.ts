import { minorUnits } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { pendingPaymentsSql } from '../payments/pending-payments.service';
import { HoldingRelease, NeedsAttention, NextPayment, PayBlocker, ReadyToApprove, UnpayablePartner } from './dashboard.types';

const UNPAYABLE_SHOWN = 20;

/** Why a balance would not be paid now, in SQL over a pending-payments row `r` and its partner `p`. */
const BLOCKERS = `array_remove(ARRAY[
    -- As the pay run decides (NO_PAYOUT_METHOD, MISSING_PAYPAL_EMAIL): no method, or PayPal without an address.
    CASE WHEN (p.payout_method IS NULL OR (p.payout_method = 'PAYPAL' AND p.paypal_email IS NULL)) THEN 'NO_PAYOUT_DETAILS' END,
    CASE WHEN r.balance < 0 THEN 'NEGATIVE_BALANCE' WHEN r.balance < r.threshold THEN 'BELOW_THRESHOLD' END], NULL)`;

interface AttentionRow {
  ready: { currency: string; count: number; total: string }[];
  unpayable: { partner_id: string; partner_name: string; currency: string; balance: string; threshold: string; reasons: PayBlocker[] }[];
  unpayable_count: string;
  failed_emails: string;
}

/**
 * The merchant's "needs attention" list in one statement: PENDING commissions past their holding
 * period (commission_due_idx), approved balances above zero that would not be paid and why (the
 * pending-payments relation), and emails that failed for good (email_message_failed_idx).
 */
export async function needsAttention(ctx: RequestContext): Promise<NeedsAttention> {
  const { sql, params } = pendingPaymentsSql(ctx, {}, false);
  const [row] = await ctx.query<AttentionRow>(
    `WITH u AS MATERIALIZED (
       SELECT r.partner_id, r.partner_name, r.currency, r.balance, r.threshold, ${BLOCKERS} AS reasons
         FROM (${sql}) r JOIN partner p ON p.program_id = $1 AND p.id = r.partner_id
        WHERE r.balance > 0)
     SELECT (SELECT coalesce(json_agg(json_build_object('currency', d.currency, 'count', d.count, 'total', d.total::text)
                                      ORDER BY d.currency), '[]')
               FROM (SELECT c.currency::text AS currency, count(*) AS count, sum(c.amount_minor) AS total
                       FROM commission c
                      WHERE c.program_id = $1 AND c.status = 'PENDING' AND c.kind = 'SALE' AND c.payable_at <= now()
                      GROUP BY c.currency) d) AS ready,
            (SELECT coalesce(json_agg(json_build_object('partner_id', x.partner_id, 'partner_name', x.partner_name,
                       'currency', x.currency, 'balance', x.balance::text, 'threshold', x.threshold::text, 'reasons', x.reasons)
                       ORDER BY x.balance DESC, x.partner_name, x.partner_id), '[]')
               FROM (SELECT * FROM u WHERE cardinality(u.reasons) > 0
                      ORDER BY u.balance DESC, u.partner_name, u.partner_id LIMIT ${UNPAYABLE_SHOWN}) x) AS unpayable,
            (SELECT count(*) FROM u WHERE cardinality(u.reasons) > 0) AS unpayable_count,
            (SELECT count(*) FROM email_message e WHERE e.program_id = $1 AND e.status = 'FAILED') AS failed_emails`,
    params,
  );
  return Object.assign(new NeedsAttention(), {
    readyToApprove: row.ready.map((d) => {
      const currency = d.currency.trim();
      return Object.assign(new ReadyToApprove(), { currency, count: Number(d.count), total: { amount: minorUnits(d.total), currency } });
    }),
    unpayable: row.unpayable.map((u) => {
      const currency = u.currency.trim();
      return Object.assign(new UnpayablePartner(), {
        partnerId: u.partner_id,
        partnerName: u.partner_name,
        balance: { amount: minorUnits(u.balance), currency },
        threshold: { amount: minorUnits(u.threshold), currency },
        reasons: u.reasons,
      });
    }),
    unpayableCount: Number(row.unpayable_count),
    failedEmailCount: Number(row.failed_emails),
  });
}

interface NextPaymentRow {
  currency: string;
  balance: string;
  clawbacks: string;
  threshold: string;
  holding: string;
  holding_count: string;
  awaiting: string;
  no_payout_details: boolean;
  releases: { day: string; at: string; amount: string; count: number }[];
}

/**
 * The signed-in partner's next payment per currency in which they have anything unpaid, in one
 * statement over their PENDING and APPROVED commissions (commission_partner_idx): the approved
 * balance against their threshold, clawbacks in it, what is still held and when it clears (days
 * in the program's time zone), what waits for approval. "Now" is the database's, as for approving.
 */
export async function myNextPayment(ctx: RequestContext): Promise<NextPayment[]> {
  const rows = await ctx.query<NextPaymentRow>(
    `WITH open AS (
       SELECT c.currency::text AS currency, c.kind, c.status, c.amount_minor, c.payable_at
         FROM commission c
        WHERE c.program_id = $1 AND c.partner_id = $2 AND c.status IN ('PENDING', 'APPROVED'))
     SELECT o.currency,
            coalesce(sum(o.amount_minor) FILTER (WHERE o.status = 'APPROVED'), 0) AS balance,
            coalesce(sum(o.amount_minor) FILTER (WHERE o.status = 'APPROVED' AND o.kind = 'CLAWBACK'), 0) AS clawbacks,
            coalesce(sum(o.amount_minor) FILTER (WHERE o.status = 'PENDING' AND o.payable_at > now()), 0) AS holding,
            count(*) FILTER (WHERE o.status = 'PENDING' AND o.payable_at > now()) AS holding_count,
            coalesce(sum(o.amount_minor) FILTER (WHERE o.status = 'PENDING' AND o.payable_at <= now()), 0) AS awaiting,
            min(t.threshold) AS threshold, bool_or((p.payout_method IS NULL OR (p.payout_method = 'PAYPAL' AND p.paypal_email IS NULL))) AS no_payout_details,
            (SELECT coalesce(json_agg(json_build_object('day', h.day, 'at', h.at, 'amount', h.amount::text, 'count', h.count)
                                      ORDER BY h.at), '[]')
               FROM (SELECT to_char(x.payable_at AT TIME ZONE pr.timezone, 'YYYY-MM-DD') AS day, min(x.payable_at) AS at,
                            sum(x.amount_minor) AS amount, count(*) AS count
                       FROM open x
                      WHERE x.currency = o.currency AND x.status = 'PENDING' AND x.payable_at > now()
                      GROUP BY 1 ORDER BY 2 LIMIT 5) h) AS releases
       FROM open o
       JOIN partner p ON p.program_id = $1 AND p.id = $2
       JOIN program pr ON pr.id = $1
       CROSS JOIN LATERAL (SELECT coalesce((p.pay_thresholds ->> o.currency)::bigint,
                                           (pr.pay_thresholds ->> o.currency)::bigint, 0) AS threshold) t
      GROUP BY o.currency, pr.timezone ORDER BY o.currency`,
    [ctx.programId, ctx.partnerId],
  );
  return rows.map((row) => {
    const currency = row.currency.trim();
    const money = (value: string) => ({ amount: minorUnits(value), currency });
    const balance = BigInt(row.balance);
    const threshold = BigInt(row.threshold);
    const blockers: PayBlocker[] = [];
    if (row.no_payout_details) blockers.push(PayBlocker.NO_PAYOUT_DETAILS);
    if (balance < 0n) blockers.push(PayBlocker.NEGATIVE_BALANCE);
    else if (balance === 0n || balance < threshold) blockers.push(PayBlocker.BELOW_THRESHOLD);
    return Object.assign(new NextPayment(), {
      currency,
      balance: money(row.balance),
      threshold: money(row.threshold),
      eligible: blockers.length === 0,
      blockers,
      clawbacks: money(row.clawbacks),
      holding: money(row.holding),
      holdingCount: Number(row.holding_count),
      awaitingApproval: money(row.awaiting),
      releases: row.releases.map((h) =>
        Object.assign(new HoldingRelease(), { day: h.day, at: new Date(h.at), amount: money(h.amount), count: Number(h.count) }),
      ),
    });
  });
}
