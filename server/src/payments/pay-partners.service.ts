import { createHash, randomUUID } from 'node:crypto';
import {
  ExactMoney,
  MAX_STORED_AMOUNT,
  MinorUnits,
  PaymentMethod,
  amountFromJson,
  amountToJson,
  minorUnits,
  sumByCurrency,
} from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundEntity, errorResult, notFoundResult } from '../common/errors';
import { auditCtes, jsonAmountSql } from '../audit/audit.service';
import { eventTypeOf } from '../events/event-catalog';
import { Payment } from './payment.entity';
import {
  BalanceChangedError,
  IdempotencyKeyReusedError,
  MissingPaypalEmailError,
  NoPayoutMethodError,
  NotEligibleError,
  PaymentTooLargeError,
} from './payment.errors';
import { MAX_PARTNERS_PER_PAYMENT_REQUEST, PayPartnersInput } from './payment.inputs';
import { PayDecidedBy, PayPartnerItem, PayPartnersPayload, PaymentRecorded } from './payment.types';
import { listPendingPaymentRows, pendingPaymentsSql } from './pending-payments.service';
import { PayBatchPlan, ThresholdMap, applicableThreshold, decidePayment, payBatches } from './payout-rules';

/** One partner-currency balance a pay request covers; fixed when the request is first received. */
interface PayTarget {
  partnerId: string;
  currency: string;
  /** The partner id is not one of the program's partners. */
  missing?: boolean;
}

/** An amount inside stored JSON: a number while safe, a digit string beyond (amountToJson). */
type JsonAmount = number | string;

/** The decision taken for one target, stored so a retry answers exactly the same. */
type ItemOutcome =
  | { kind: 'PAID'; paymentId: string }
  | { kind: 'NOT_ELIGIBLE'; balance: JsonAmount; threshold: JsonAmount }
  | { kind: 'MISSING_PAYPAL_EMAIL' }
  | { kind: 'NO_PAYOUT_METHOD' }
  | { kind: 'BALANCE_CHANGED'; expected: JsonAmount; actual: JsonAmount }
  | { kind: 'TOO_LARGE'; balance: JsonAmount }
  | { kind: 'NOT_FOUND' };

interface StoredItem extends PayTarget {
  outcome: ItemOutcome;
}

const targetKey = (target: { partnerId: string; currency: string }) => `${target.partnerId}:${target.currency}`;

/** Another request with the same key decided this target first: our transaction is rolled back and theirs is used. */
class DecidedElsewhere extends Error {}

function normalise(input: PayPartnersInput) {
  const partnerIds = input.selection.partnerIds ? [...new Set(input.selection.partnerIds)] : null;
  const expected = (input.expectedBalances ?? [])
    .map((e) => ({ partnerId: e.partnerId, amount: e.balance.amount, currency: e.balance.currency }))
    .sort((a, b) => `${a.partnerId}:${a.currency}`.localeCompare(`${b.partnerId}:${b.currency}`));
  return {
    partnerIds,
    allEligible: Boolean(input.selection.allEligible),
    currency: input.currency ?? null,
    /** Deprecated: one method stated for every partner; null pays each by their own payout method. */
    method: input.method ?? null,
    reference: input.reference?.trim() || null,
    note: input.note?.trim() || null,
    allowBelowThreshold: Boolean(input.allowBelowThreshold),
    expected,
  };
}

type NormalisedPayRequest = ReturnType<typeof normalise>;

function validate(input: PayPartnersInput, request: NormalisedPayRequest) {
  if (Boolean(request.partnerIds) === request.allEligible) {
    throw new BadInputError('Select partners either by partnerIds or with allEligible: true, not both or neither');
  }
  if (request.partnerIds) {
    if (request.partnerIds.length === 0) throw new BadInputError('Select at least one partner');
    if (request.partnerIds.length > MAX_PARTNERS_PER_PAYMENT_REQUEST) {
      throw new BadInputError(`At most ${MAX_PARTNERS_PER_PAYMENT_REQUEST} partners per request`);
    }
  }
  if (!input.idempotencyKey || input.idempotencyKey.length > 200) throw new BadInputError('idempotencyKey must be 1 to 200 characters');
  const seen = new Set<string>();
  for (const e of request.expected) {
    const key = `${e.partnerId}:${e.currency}`;
    if (seen.has(key)) throw new BadInputError(`Two expected balances for partner ${e.partnerId} in ${e.currency}`);
    seen.add(key);
  }
}

/** The pay targets, resolved once: explicit partners in every currency they hold a balance in, or all eligible balances. */
export async function resolveTargets(
  tx: RequestContext,
  request: Pick<NormalisedPayRequest, 'partnerIds' | 'allEligible' | 'currency' | 'allowBelowThreshold'>,
): Promise<PayTarget[]> {
  const currency = request.currency ?? undefined;
  if (request.allEligible) {
    // Who is paid, in the pending-payments list's order; their details are read when each batch is decided.
    const { sql, params } = pendingPaymentsSql(tx, { currency, eligibleOnly: !request.allowBelowThreshold }, false);
    const rows = await tx.query<{ partner_id: string; currency: string }>(
      `SELECT r.partner_id, r.currency FROM (${sql}) r WHERE r.balance > 0 ORDER BY r.partner_name, r.partner_id, r.currency`,
      params,
    );
    return rows.map((row) => ({ partnerId: row.partner_id, currency: row.currency.trim() }));
  }
  const ids = request.partnerIds!;
  const known = new Set(
    (await tx.query<{ id: string }>(`SELECT id FROM partner WHERE program_id = $1 AND id = ANY($2::uuid[])`, [tx.programId, ids])).map(
      (r) => r.id,
    ),
  );
  const rows = await listPendingPaymentRows(tx, { partnerIds: ids, currency });
  const [program] = await tx.query<{ currency: string }>(`SELECT currency::text AS currency FROM program WHERE id = $1`, [tx.programId]);
  const targets: PayTarget[] = [];
  for (const id of ids) {
    if (!known.has(id)) {
      targets.push({ partnerId: id, currency: currency ?? program.currency, missing: true });
      continue;
    }
    const own = rows.filter((row) => row.partnerId === id).sort((a, b) => a.currency.localeCompare(b.currency));
    // A partner with nothing approved is still answered (not eligible, balance 0), never silently skipped.
    if (own.length === 0) targets.push({ partnerId: id, currency: currency ?? program.currency });
    for (const row of own) targets.push({ partnerId: id, currency: row.currency });
  }
  return targets;
}

type Claim = { reused: true } | { reused: false; targets: PayTarget[]; response: StoredItem[] | null; firstTime: boolean };

/**
 * Claims the idempotency key: the first request stores its hash and targets; a later one with
 * the same key gets them back (or is refused when its input differs). Concurrent first requests
 * serialise on the primary key: the loser's INSERT waits for the winner's commit and reads its row.
 */
async function claimRequest(ctx: RequestContext, key: string, hash: string, request: NormalisedPayRequest): Promise<Claim> {
  return ctx.transaction(async (tx) => {
    const read = async () =>
      (
        await tx.query<{ request_hash: string; targets: PayTarget[]; response: StoredItem[] | null }>(
          `SELECT request_hash, targets, response FROM pay_request WHERE program_id = $1 AND idempotency_key = $2`,
          [tx.programId, key],
        )
      )[0];
    let row = await read();
    if (!row) {
      const targets = await resolveTargets(tx, request);
      const inserted = await tx.query(
        `INSERT INTO pay_request (program_id, idempotency_key, request_hash, targets, actor_label)
         VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (program_id, idempotency_key) DO NOTHING RETURNING 1`,
        [tx.programId, key, hash, JSON.stringify(targets), tx.authenticatedActor.label],
      );
      if (inserted.length === 1) return { reused: false, targets, response: null, firstTime: true };
      row = await read();
    }
    if (row.request_hash !== hash) return { reused: true };
    return { reused: false, targets: row.targets, response: row.response, firstTime: false };
  });
}

/**
 * Targets in a pay run's first transaction, and in each of the others (see payBatches). 2,000 a
 * transaction: paying 10,001 partners with 1M commissions took 10.0 s in batches of 500 and 9.4 s
 * in batches of 2,000 (fewer commits, each a WAL flush, and fewer round trips); at that size one
 * batch's write statement held its 20,000 commissions' locks for up to 1.7 s (EXPLAIN ANALYZE).
 */
export const PAY_BATCH_PLAN: PayBatchPlan = { first: 16, max: 2000 };

/** A target's decision and whether this call took it (false: an earlier or concurrent call with the same key did). */
interface Decided {
  outcome: ItemOutcome;
  decidedNow: boolean;
}

/**
 * One target of a batch: its decision if one is stored under the key; else (for a partner of the
 * program) its APPROVED commissions as locked (id order), their exact sum and the partner's settings.
 */
interface BatchRow {
  partner_id: string;
  currency: string;
  stored: ItemOutcome | null;
  found: boolean;
  balance: string;
  commission_ids: string[];
  paypal_email: string | null;
  payout_method: PaymentMethod | null;
  partner_thresholds: ThresholdMap | null;
  program_thresholds: ThresholdMap | null;
}

/** The payment a target is due, once decided. */
interface Due {
  target: PayTarget;
  amount: MinorUnits;
  commissionIds: string[];
  paymentId: string;
  method: PaymentMethod;
}

/**
 * Decides (and when due, pays) one batch of targets in one transaction, with a fixed number of
 * statements whatever its size:
 * 1. the pay request's row locked, so a concurrent request with the same key (same targets, same
 *    batches) queues here and then reads this one's decisions (never paying commissions approved
 *    in between);
 * 2. the decisions already stored under the key (an earlier, cut attempt) — answered as they were;
 * 3. the remaining targets' APPROVED commissions locked in id order (one order for every batch, so
 *    batches of different keys never deadlock on each other) and summed in SQL (numeric: exact at
 *    any size), with each partner's PayPal address and thresholds; each target decided by
 *    `decidePayment`;
 * 4. one statement: the payments (one multi-row INSERT), exactly the locked commissions PAID
 *    (one UPDATE … FROM unnest), every decision stored (the idempotency record a retry resumes
 *    from) and the audit: one `payment.record` per payment listing its commissions, one
 *    `commission.pay` per commission (what the event feed and webhooks publish), with their events.
 * Per-target refusals (below threshold, no PayPal address…) are decisions, not errors: they are
 * stored and answered, and the batch's other payments commit.
 */
async function payBatch(ctx: RequestContext, key: string, request: NormalisedPayRequest, batch: PayTarget[]): Promise<Decided[]> {
  for (;;) {
    try {
      return await ctx.transaction((tx) => decideBatch(tx, key, request, batch));
    } catch (error) {
      // A concurrent same-key request stored a decision this one took too: this transaction rolled
      // back (nothing of it was paid); the next attempt reads that request's decisions.
      if (!(error instanceof DecidedElsewhere)) throw error;
    }
  }
}

async function decideBatch(tx: RequestContext, key: string, request: NormalisedPayRequest, batch: PayTarget[]): Promise<Decided[]> {
  // Requests with the key queue here, batch by batch (one row lock, whatever the batch's size):
  // the later one then reads the first one's decisions instead of paying commissions approved in
  // between. Its own statement, so the decisions read next are those committed while it waited.
  await tx.query(`SELECT 1 FROM pay_request WHERE program_id = $1 AND idempotency_key = $2 FOR NO KEY UPDATE`, [tx.programId, key]);
  // One statement: the decisions already stored under the key for the batch's targets, and for
  // every other target its APPROVED commissions locked and summed.
  const rows = await tx.query<BatchRow>(
    `WITH t AS (
       SELECT * FROM unnest($3::uuid[], $4::text[], $5::boolean[]) AS t(partner_id, currency, missing)
     ), stored AS (
       SELECT i.partner_id, i.currency::text AS currency, i.result FROM pay_request_item i
         JOIN t ON t.partner_id = i.partner_id AND t.currency = i.currency
        WHERE i.program_id = $1 AND i.idempotency_key = $2
     ), open AS (
       SELECT t.partner_id, t.currency FROM t
        WHERE NOT t.missing AND NOT EXISTS (SELECT 1 FROM stored s WHERE s.partner_id = t.partner_id AND s.currency = t.currency)
     ), locked AS (
       SELECT c.id, c.partner_id, c.currency::text AS currency, c.amount_minor
         FROM commission c JOIN open o ON o.partner_id = c.partner_id AND o.currency = c.currency
        WHERE c.program_id = $1 AND c.status = 'APPROVED'
        ORDER BY c.id FOR UPDATE OF c
     ), sums AS (
       SELECT partner_id, currency, sum(amount_minor) AS balance, array_agg(id ORDER BY id) AS commission_ids
         FROM locked GROUP BY partner_id, currency
     )
     SELECT t.partner_id, t.currency, st.result AS stored, p.id IS NOT NULL AS found,
            coalesce(s.balance, 0)::text AS balance, coalesce(s.commission_ids, '{}') AS commission_ids,
            p.paypal_email, p.payout_method, p.pay_thresholds AS partner_thresholds, pr.pay_thresholds AS program_thresholds
       FROM t
       LEFT JOIN stored st ON st.partner_id = t.partner_id AND st.currency = t.currency
       LEFT JOIN partner p ON NOT t.missing AND p.id = t.partner_id AND p.program_id = $1
       LEFT JOIN program pr ON pr.id = p.program_id
       LEFT JOIN sums s ON s.partner_id = t.partner_id AND s.currency = t.currency`,
    [tx.programId, key, batch.map((t) => t.partnerId), batch.map((t) => t.currency), batch.map((t) => Boolean(t.missing))],
  );
  const byKey = new Map(rows.map((row) => [targetKey({ partnerId: row.partner_id, currency: row.currency }), row]));
  const stored = new Map<string, ItemOutcome>();
  for (const [k, row] of byKey) if (row.stored) stored.set(k, row.stored);
  const open = batch.filter((t) => !stored.has(targetKey(t)));
  const expected = new Map(request.expected.map((e) => [targetKey(e), e.amount]));
  const outcomes = new Map<string, ItemOutcome>();
  const due: Due[] = [];
  for (const target of open) {
    const row = byKey.get(targetKey(target));
    if (target.missing || !row?.found) {
      outcomes.set(targetKey(target), { kind: 'NOT_FOUND' });
      continue;
    }
    // Summed by PostgreSQL as numeric: exact at any size (911 commissions of 10^13 already pass 2^53).
    const balance = minorUnits(row.balance);
    const threshold = applicableThreshold(row.partner_thresholds, row.program_thresholds, target.currency);
    const expectedBalance = expected.get(targetKey(target));
    const decision = decidePayment({
      balance,
      threshold,
      expectedBalance,
      allowBelowThreshold: request.allowBelowThreshold,
      payoutMethod: row.payout_method,
      paypalEmail: row.paypal_email,
      methodOverride: request.method,
    });
    if (decision.pay)
      due.push({ target, amount: balance, commissionIds: row.commission_ids, paymentId: randomUUID(), method: decision.method });
    else if (decision.reason === 'BALANCE_CHANGED')
      outcomes.set(targetKey(target), { kind: 'BALANCE_CHANGED', expected: amountToJson(expectedBalance!), actual: amountToJson(balance) });
    else if (decision.reason === 'MISSING_PAYPAL_EMAIL') outcomes.set(targetKey(target), { kind: 'MISSING_PAYPAL_EMAIL' });
    else if (decision.reason === 'NO_PAYOUT_METHOD') outcomes.set(targetKey(target), { kind: 'NO_PAYOUT_METHOD' });
    else if (decision.reason === 'TOO_LARGE') outcomes.set(targetKey(target), { kind: 'TOO_LARGE', balance: amountToJson(balance) });
    else outcomes.set(targetKey(target), { kind: 'NOT_ELIGIBLE', balance: amountToJson(balance), threshold });
  }
  // Payment ids are drawn here, so every decision is known before the one write statement.
  for (const d of due) outcomes.set(targetKey(d.target), { kind: 'PAID', paymentId: d.paymentId });
  if (open.length > 0)
    await writeBatch(
      tx,
      key,
      request,
      due,
      open.map((t) => ({ target: t, outcome: outcomes.get(targetKey(t))! })),
    );
  return batch.map((t) => {
    const earlier = stored.get(targetKey(t));
    return earlier ? { outcome: earlier, decidedNow: false } : { outcome: outcomes.get(targetKey(t))!, decidedNow: true };
  });
}

/**
 * The batch's writes, in one statement: its payments, exactly their locked commissions PAID and
 * pointing at them, every decision stored, and the audit — one `payment.record` per payment listing
 * its commissions, one `commission.pay` per commission (what the event feed and webhooks publish),
 * in that order — with their events (auditCtes). The audit rows are built by PostgreSQL from the
 * same arrays as the writes, so 100k paid commissions are not also shipped as 100k JSON records.
 */
async function writeBatch(
  tx: RequestContext,
  key: string,
  request: NormalisedPayRequest,
  due: Due[],
  decisions: { target: PayTarget; outcome: ItemOutcome }[],
): Promise<void> {
  const actor = tx.authenticatedActor;
  const actorId = actor.kind === 'API_KEY' ? actor.apiKeyId : actor.kind === 'SYSTEM' ? null : actor.accountId;
  const params: unknown[] = [
    tx.programId,
    due.map((d) => d.paymentId),
    due.map((d) => d.target.partnerId),
    due.map((d) => d.target.currency),
    due.map((d) => String(d.amount)),
    due.map((d) => d.commissionIds.length),
    due.flatMap((d) => d.commissionIds),
    due.flatMap((d) => d.commissionIds.map(() => d.paymentId)),
    JSON.stringify(
      decisions.map(({ target, outcome }) => ({
        partner_id: target.partnerId,
        currency: target.currency,
        result: outcome,
        payment_id: outcome.kind === 'PAID' ? outcome.paymentId : null,
      })),
    ),
    due.map((d) => d.method),
    request.reference,
    request.note,
    key,
    actor.kind,
    actorId,
    actor.label,
    eventTypeOf('payment.record'),
    eventTypeOf('commission.pay'),
  ];
  const audit = auditCtes(tx, params, 'audit_source');
  const [result] = await tx.query<{ paid: number; moved: number; decided: number }>(
    `WITH d AS (
       SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::bigint[], $6::int[], $10::text[])
                WITH ORDINALITY AS d(id, partner_id, currency, amount, n, method, ord)
     ), m AS (
       SELECT * FROM unnest($7::uuid[], $8::uuid[]) WITH ORDINALITY AS m(id, payment_id, ord)
     ), paid AS (
       INSERT INTO payment (id, program_id, partner_id, currency, amount_minor, commission_count, method, reference, note,
                            idempotency_key, actor_kind, actor_id, actor_label)
       SELECT d.id, $1, d.partner_id, d.currency, d.amount, d.n, d.method, $11, $12, $13, $14, $15, $16 FROM d ORDER BY d.ord
       RETURNING 1
     ), moved AS (
       UPDATE commission c SET status = 'PAID', payment_id = m.payment_id, paid_at = now(), updated_at = now()
         FROM m
        -- "= ANY" makes the rows found by primary key, a probe per id; joined to m alone, the planner
        -- hashed every APPROVED commission of the program once per batch (a cost that grew with the table).
        WHERE c.program_id = $1 AND c.id = ANY ($7::uuid[]) AND c.id = m.id AND c.status = 'APPROVED'
       RETURNING 1
     ), decided AS (
       INSERT INTO pay_request_item (program_id, idempotency_key, partner_id, currency, result, payment_id)
       SELECT $1, $13, i.partner_id, i.currency, i.result, i.payment_id
         FROM jsonb_to_recordset($9::jsonb) AS i(partner_id uuid, currency text, result jsonb, payment_id uuid)
       ON CONFLICT DO NOTHING RETURNING 1
     ), listed AS (
       SELECT m.payment_id, jsonb_agg(m.id ORDER BY m.ord) AS ids FROM m GROUP BY m.payment_id
     ), audit_source AS (
       SELECT row_number() OVER (ORDER BY a.payment_ord, a.item_ord)::int AS ord, a.action, a.event_type, a.entity_type, a.entity_id, a.changes
         FROM (
           SELECT d.ord AS payment_ord, 0::bigint AS item_ord, 'payment.record'::text AS action, $17::text AS event_type,
                  'Payment'::text AS entity_type, d.id::text AS entity_id,
                  jsonb_build_object(
                    'partnerId', d.partner_id,
                    'amount', jsonb_build_object('amount', ${jsonAmountSql('d.amount')}, 'currency', d.currency),
                    'method', d.method, 'reference', $11::text, 'idempotencyKey', $13::text,
                    'commissionIds', coalesce(l.ids, '[]'::jsonb)) AS changes
             FROM d LEFT JOIN listed l ON l.payment_id = d.id
           UNION ALL
           SELECT d.ord, m.ord, 'commission.pay', $18::text, 'Commission', m.id::text,
                  jsonb_build_object('status', jsonb_build_object('from', 'APPROVED', 'to', 'PAID'), 'paymentId', m.payment_id)
             FROM m JOIN d ON d.id = m.payment_id
         ) a
     ), ${audit}
     SELECT (SELECT count(*) FROM paid)::int AS paid, (SELECT count(*) FROM moved)::int AS moved, (SELECT count(*) FROM decided)::int AS decided`,
    params,
  );
  // Another request with the key decided one of these targets first: roll back, answer its decisions.
  if (result.decided !== decisions.length) throw new DecidedElsewhere();
  const expectedMoves = due.reduce((n, d) => n + d.commissionIds.length, 0);
  // The rows are locked, so this cannot differ; if it ever did, the transaction must not commit.
  if (result.moved !== expectedMoves || result.paid !== due.length) {
    throw new Error(
      `pay batch: ${result.moved} of ${expectedMoves} locked commissions were updated for ${result.paid} of ${due.length} payments`,
    );
  }
}

function requestHash(request: NormalisedPayRequest): string {
  // The partners' order only orders the answer; the same set is the same request.
  const canonical = { ...request, partnerIds: request.partnerIds ? [...request.partnerIds].sort() : null };
  // Amounts beyond 2^53 are bigints: hashed as their digits (one representation per value).
  return createHash('sha256')
    .update(JSON.stringify(canonical, (_key, value: unknown) => (typeof value === 'bigint' ? amountToJson(value) : value)))
    .digest('hex');
}

/** What the caller of payPartners asked to read back (pay-read-back.ts). */
export interface PayReadBack {
  /**
   * A payment's fields or the amounts paid were asked for: the payments are read back. When not, the
   * answer's PaymentRecorded items carry no payment and its totals are left out (neither was selected).
   */
  payments: boolean;
}

const READ_PAYMENTS: PayReadBack = { payments: true };

/**
 * The answer: every item says whether this call decided it (and so paid it, for a payment) or an
 * earlier call with the same key did; the summary counts and sums both. `decidedNow` holds the
 * keys of the targets this call decided.
 */
async function toPayload(
  ctx: RequestContext,
  items: StoredItem[],
  decidedNow: ReadonlySet<string>,
  readBack: PayReadBack,
): Promise<PayPartnersPayload> {
  const paymentIds = items.flatMap((item) => (item.outcome.kind === 'PAID' ? [item.outcome.paymentId] : []));
  const payments = new Map(
    (paymentIds.length && readBack.payments
      ? await ctx.manager
          .getRepository(Payment)
          .createQueryBuilder('p')
          .where('p.program_id = :programId AND p.id = ANY(:ids)', { programId: ctx.programId, ids: paymentIds })
          .getMany()
      : []
    ).map((p) => [p.id, p]),
  );
  const money = (amount: JsonAmount, currency: string): ExactMoney => ({ amount: amountFromJson(amount), currency });
  const results = items.map((item) => {
    const o = item.outcome;
    let result: PayPartnerItem['result'];
    switch (o.kind) {
      case 'PAID':
        result = Object.assign(new PaymentRecorded(), readBack.payments ? { payment: payments.get(o.paymentId)! } : {});
        break;
      case 'NOT_ELIGIBLE':
        result = errorResult(
          NotEligibleError,
          BigInt(o.balance) <= 0n
            ? `The approved balance (${o.balance} ${item.currency} minor units) is not above zero: nothing is paid`
            : `The approved balance (${o.balance}) is below the threshold (${o.threshold} ${item.currency} minor units)`,
          { balance: money(o.balance, item.currency), threshold: money(o.threshold, item.currency) },
        );
        break;
      case 'MISSING_PAYPAL_EMAIL':
        result = errorResult(MissingPaypalEmailError, 'The partner has no PayPal email: pay another way or ask them to set it');
        break;
      case 'NO_PAYOUT_METHOD':
        result = errorResult(NoPayoutMethodError, 'The partner has no payout method: they or an admin set one, then pay them');
        break;
      case 'BALANCE_CHANGED':
        result = errorResult(
          BalanceChangedError,
          `The approved balance is now ${o.actual}, not the expected ${o.expected} (${item.currency} minor units)`,
          {
            expected: money(o.expected, item.currency),
            actual: money(o.actual, item.currency),
          },
        );
        break;
      case 'TOO_LARGE':
        result = errorResult(
          PaymentTooLargeError,
          `The approved balance (${o.balance} ${item.currency} minor units) is beyond what one payment can record: nothing is paid`,
          { balance: money(o.balance, item.currency), maximum: { amount: MAX_STORED_AMOUNT, currency: item.currency } },
        );
        break;
      case 'NOT_FOUND':
        result = notFoundResult(NotFoundEntity.PARTNER, item.partnerId, `Partner "${item.partnerId}" was not found`);
        break;
    }
    const decidedBy = decidedNow.has(targetKey(item)) ? PayDecidedBy.THIS_CALL : PayDecidedBy.EARLIER_CALL;
    return Object.assign(new PayPartnerItem(), { partnerId: item.partnerId, currency: item.currency, result, decidedBy });
  });
  const paidBy = (by: PayDecidedBy) =>
    results.flatMap((r) => (r.decidedBy === by && r.result instanceof PaymentRecorded ? [r.result] : []));
  const paidNow = paidBy(PayDecidedBy.THIS_CALL);
  const paidEarlier = paidBy(PayDecidedBy.EARLIER_CALL);
  const paid = [...paidNow, ...paidEarlier];
  return Object.assign(new PayPartnersPayload(), {
    items: results,
    paidCount: paid.length,
    paidNowCount: paidNow.length,
    paidEarlierCount: paidEarlier.length,
    failedCount: results.length - paid.length,
    ...(readBack.payments && {
      paidTotals: sumByCurrency(paid.map((p) => p.payment.amount)),
      paidNowTotals: sumByCurrency(paidNow.map((p) => p.payment.amount)),
      paidEarlierTotals: sumByCurrency(paidEarlier.map((p) => p.payment.amount)),
    }),
    // Only a call that decided nothing is a replay: a retry that pays partners the first attempt never reached is not.
    replayed: decidedNow.size === 0,
  });
}

/**
 * Pays the selected partners: one payment per partner and currency, in batches of targets of one
 * transaction each (payBatch; a refusal for one partner never undoes another's payment). Exactly once per idempotency key: the
 * targets are fixed by the first request, each target's decision is stored with its payment, and
 * a retry (after a crash, a timeout, or concurrently) completes the missing targets and answers
 * the stored decisions for the rest.
 */
export async function payPartners(
  ctx: RequestContext,
  input: PayPartnersInput,
  readBack: PayReadBack = READ_PAYMENTS,
): Promise<PayPartnersPayload | IdempotencyKeyReusedError> {
  const request = normalise(input);
  validate(input, request);
  const key = input.idempotencyKey;
  const claim = await claimRequest(ctx, key, requestHash(request), request);
  if (claim.reused) {
    return errorResult(IdempotencyKeyReusedError, `The idempotency key "${key}" was already used for a different pay request`, {
      idempotencyKey: key,
    });
  }
  // The whole answer, as requests completed before 2026-11-30 stored it.
  if (claim.response) return toPayload(ctx, claim.response, new Set(), readBack);
  const items: StoredItem[] = [];
  const decidedNow = new Set<string>();
  for (const batch of payBatches(claim.targets, PAY_BATCH_PLAN)) {
    const decided = await payBatch(ctx, key, request, batch);
    batch.forEach((target, i) => {
      items.push({ ...target, outcome: decided[i].outcome });
      if (decided[i].decidedNow) decidedNow.add(targetKey(target));
    });
  }
  // Every decision is stored (pay_request_item): a later call with the key answers from them, batch
  // by batch. The whole answer is no longer stored beside them (10,001 items: 35–40 ms of a run).
  await ctx.query(`UPDATE pay_request SET completed_at = now() WHERE program_id = $1 AND idempotency_key = $2 AND completed_at IS NULL`, [
    ctx.programId,
    key,
  ]);
  return toPayload(ctx, items, decidedNow, readBack);
}
