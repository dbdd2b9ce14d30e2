import { eventMarks, resetEvents } from '../harness/event-marks';
import { randomUUID } from 'node:crypto';
import { BenchContext, Scenario } from '../harness/scenario';
import { duration, median } from '../harness/stats';

const FULL_SIZE_PARTNERS = 10_001;

/**
 * Pay: every partner holds an approved balance above the threshold (10,001 eligible partners at
 * --scale 1; one approved commission each at 100k, ten at 1M). Partnerbook pays them all with one
 * `payPartners(allEligible)` call. The baseline makes the same writes set-based in one transaction:
 * the pay request and one stored decision per partner-currency, one payment per balance, every
 * approved commission PAID and linked, an audit row per payment and per commission.
 */
const PAY = `mutation Pay($input: PayPartnersInput!) {
  payPartners(input: $input) { __typename ... on PayPartnersPayload { paidCount failedCount } ... on ErrorResult { code message } }
}`;

let key = '';
let auditMark = '0';
let eventMark = '[]';

/** Puts every commission the run paid back to APPROVED and removes its payments, decisions, audit and events. */
async function unpay(bench: BenchContext) {
  const client = await bench.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `UPDATE commission SET status = 'APPROVED', payment_id = NULL, paid_at = NULL
        WHERE payment_id IN (SELECT id FROM payment WHERE program_id = $1 AND idempotency_key = $2)`,
      [bench.program.programId, key],
    );
    await client.query(`DELETE FROM pay_request_item WHERE program_id = $1 AND idempotency_key = $2`, [bench.program.programId, key]);
    await client.query(`DELETE FROM payment WHERE program_id = $1 AND idempotency_key = $2`, [bench.program.programId, key]);
    await client.query(`DELETE FROM pay_request WHERE program_id = $1 AND idempotency_key = $2`, [bench.program.programId, key]);
    await client.query(`DELETE FROM audit_entry WHERE id > $1`, [auditMark]);
    await resetEvents(client, eventMark);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await bench.pool.query('VACUUM (ANALYZE) commission, payment');
}

async function begin(bench: BenchContext) {
  key = `bench-pay-${bench.tag()}-${randomUUID()}`;
  auditMark = (await bench.pool.query(`SELECT coalesce(max(id), 0)::text AS mark FROM audit_entry`)).rows[0].mark;
  eventMark = await eventMarks(bench.pool);
}

export const pay: Scenario = {
  name: 'pay',
  title: '`payPartners`, every partner eligible, one call',
  unit: 'partners',
  goal: {
    ratio: 0.5,
    text: 'and < 10 s at 10,001 partners',
    check(partnerbook) {
      // The time bound is for a merchant of 10,001 partners: only judged at --scale full or larger.
      const atFullSize = partnerbook.filter((m) => m.units >= FULL_SIZE_PARTNERS);
      if (atFullSize.length === 0) return null;
      const ms = median(atFullSize.map((m) => m.ms));
      return ms < 10_000 ? null : `median ${duration(ms)}, not < 10 s`;
    },
  },
  measures: {
    partnerbook:
      '`payPartners(input: { selection: { allEligible: true }, method: BANK_TRANSFER, idempotencyKey })` over HTTP, asking `paidCount failedCount`.',
    baseline:
      'one transaction: the pay request row, then one statement of data-modifying CTEs (balances of APPROVED commissions by partner and currency, ' +
      'thresholds, INSERT payments, UPDATE commissions to PAID, INSERT decisions, INSERT audit per payment and per commission).',
  },

  async run(bench) {
    await begin(bench);
    const started = performance.now();
    const data = await bench.server.graphql(
      PAY,
      { input: { selection: { allEligible: true }, method: 'BANK_TRANSFER', idempotencyKey: key } },
      bench.program.adminToken,
    );
    const ms = performance.now() - started;
    const answer = data.payPartners;
    if (answer.__typename !== 'PayPartnersPayload' || answer.failedCount !== 0 || answer.paidCount !== bench.program.partners.length) {
      throw new Error(`payPartners: unexpected answer ${JSON.stringify(answer)}`);
    }
    return { units: answer.paidCount, ms };
  },

  async baseline(bench) {
    await begin(bench);
    const { programId } = bench.program;
    const client = await bench.pool.connect();
    const started = performance.now();
    let paid = 0;
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO pay_request (program_id, idempotency_key, request_hash, targets, actor_label) VALUES ($1, $2, 'baseline', '[]', 'bench')`,
        [programId, key],
      );
      const { rows } = await client.query(
        `WITH balance AS (
           SELECT c.partner_id, c.currency, sum(c.amount_minor) AS amount, count(*) AS n
             FROM commission c WHERE c.program_id = $1 AND c.status = 'APPROVED' GROUP BY c.partner_id, c.currency
         ), due AS (
           SELECT b.* FROM balance b JOIN partner p ON p.id = b.partner_id JOIN program pr ON pr.id = p.program_id
            WHERE b.amount > 0
              AND b.amount >= coalesce((p.pay_thresholds ->> b.currency::text)::bigint, (pr.pay_thresholds ->> b.currency::text)::bigint, 0)
         ), paid AS (
           INSERT INTO payment (program_id, partner_id, currency, amount_minor, commission_count, method, idempotency_key, actor_kind, actor_label)
           SELECT $1, partner_id, currency, amount, n, 'BANK_TRANSFER', $2, 'SYSTEM', 'bench' FROM due
           RETURNING id, partner_id, currency, amount_minor
         ), moved AS (
           UPDATE commission c SET status = 'PAID', payment_id = paid.id, paid_at = now(), updated_at = now()
             FROM paid WHERE c.program_id = $1 AND c.partner_id = paid.partner_id AND c.currency = paid.currency AND c.status = 'APPROVED'
           RETURNING c.id, c.payment_id
         ), decided AS (
           INSERT INTO pay_request_item (program_id, idempotency_key, partner_id, currency, result, payment_id)
           SELECT $1, $2, partner_id, currency, jsonb_build_object('kind', 'PAID', 'paymentId', id), id FROM paid
         ), audit_payments AS (
           INSERT INTO audit_entry (program_id, actor_kind, actor_label, action, entity_type, entity_id, changes)
           SELECT $1, 'SYSTEM', 'bench', 'payment.record', 'Payment', paid.id::text,
                  jsonb_build_object('partnerId', paid.partner_id, 'amount', paid.amount_minor, 'commissionIds', m.ids)
             FROM paid JOIN (SELECT payment_id, jsonb_agg(id) AS ids FROM moved GROUP BY payment_id) m ON m.payment_id = paid.id
         ), audit_commissions AS (
           INSERT INTO audit_entry (program_id, actor_kind, actor_label, action, entity_type, entity_id, changes)
           SELECT $1, 'SYSTEM', 'bench', 'commission.pay', 'Commission', id::text,
                  jsonb_build_object('status', jsonb_build_object('from', 'APPROVED', 'to', 'PAID'), 'paymentId', payment_id)
             FROM moved
         )
         SELECT count(*)::int AS paid FROM paid`,
        [programId, key],
      );
      await client.query('COMMIT');
      paid = rows[0].paid;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    const ms = performance.now() - started;
    if (paid !== bench.program.partners.length) throw new Error(`baseline paid ${paid} partners, not ${bench.program.partners.length}`);
    return { units: paid, ms };
  },

  reset: (bench) => unpay(bench),
};
