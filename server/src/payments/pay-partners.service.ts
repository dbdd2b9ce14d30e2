import { createHash } from 'node:crypto';
import {
  CommissionStatus,
  ExactMoney,
  MAX_STORED_AMOUNT,
  MinorUnits,
  PaymentMethod,
  amountFromJson,
  amountToJson,
  isCurrencyCode,
  minorUnits,
  sumByCurrency,
  sumMinorUnits,
} from '@partnerbook/shared';
import { In } from 'typeorm';
import { RequestContext } from '../common/request-context';
import { BadInputError, NotFoundResult, errorResult } from '../common/errors';
import { isUuid } from '../common/ids';
import { recordAudit } from '../audit/audit.service';
import { Payment } from './payment.entity';
import {
  BalanceChangedError,
  IdempotencyKeyReusedError,
  MissingPaypalEmailError,
  NotEligibleError,
  PaymentTooLargeError,
} from './payment.errors';
import { MAX_PARTNERS_PER_PAYMENT_REQUEST, PayPartnersInput } from './payment.inputs';
import { PayDecidedBy, PayPartnerItem, PayPartnersPayload, PaymentRecorded } from './payment.types';
import { listPendingPaymentRows } from './pending-payments.service';
import { ThresholdMap, applicableThreshold, decidePayment } from './payout-rules';

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
    method: input.method,
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
    const bad = request.partnerIds.find((id) => !isUuid(id));
    if (bad) throw new BadInputError(`"${bad}" is not a partner id`);
  }
  if (request.currency && !isCurrencyCode(request.currency)) throw new BadInputError(`"${request.currency}" is not a currency code`);
  if (!input.idempotencyKey || input.idempotencyKey.length > 200) throw new BadInputError('idempotencyKey must be 1 to 200 characters');
  const seen = new Set<string>();
  for (const e of request.expected) {
    if (!isUuid(e.partnerId)) throw new BadInputError(`"${e.partnerId}" is not a partner id`);
    const key = `${e.partnerId}:${e.currency}`;
    if (seen.has(key)) throw new BadInputError(`Two expected balances for partner ${e.partnerId} in ${e.currency}`);
    seen.add(key);
  }
}

/** The pay targets, resolved once: explicit partners in every currency they hold a balance in, or all eligible balances. */
async function resolveTargets(tx: RequestContext, request: NormalisedPayRequest): Promise<PayTarget[]> {
  const currency = request.currency ?? undefined;
  if (request.allEligible) {
    const rows = await listPendingPaymentRows(tx, { currency, eligibleOnly: !request.allowBelowThreshold });
    return rows.filter((row) => BigInt(row.balance) > 0n).map((row) => ({ partnerId: row.partnerId, currency: row.currency }));
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

async function readItem(ctx: RequestContext, key: string, target: PayTarget): Promise<ItemOutcome | null> {
  const [row] = await ctx.query<{ result: ItemOutcome }>(
    `SELECT result FROM pay_request_item WHERE program_id = $1 AND idempotency_key = $2 AND partner_id = $3 AND currency = $4`,
    [ctx.programId, key, target.partnerId, target.currency],
  );
  return row?.result ?? null;
}

/**
 * Decides and (when due) pays one partner-currency balance, in one transaction: the partner's
 * APPROVED commissions of that currency are locked in id order, summed (clawbacks net in), and
 * exactly those rows become PAID pointing at the new payment. The decision is stored under the
 * request key in the same transaction, so it is taken once per key whatever the retries.
 */
/** A target's decision and whether this call took it (false: an earlier or concurrent call with the same key did). */
interface Decided {
  outcome: ItemOutcome;
  decidedNow: boolean;
}

async function payOne(ctx: RequestContext, key: string, request: NormalisedPayRequest, target: PayTarget): Promise<Decided> {
  try {
    return await ctx.transaction(async (tx) => {
      // Requests with one key deciding the same partner-currency queue here, so the later one
      // reads the first one's decision instead of paying commissions approved in between.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `pay:${tx.programId}:${key}:${target.partnerId}:${target.currency}`,
      ]);
      const decided = await readItem(tx, key, target);
      if (decided) return { outcome: decided, decidedNow: false };
      let outcome: ItemOutcome;
      let paymentId: string | null = null;
      if (target.missing) outcome = { kind: 'NOT_FOUND' };
      else {
        const [partner] = await tx.query<{
          paypal_email: string | null;
          partner_thresholds: ThresholdMap;
          program_thresholds: ThresholdMap;
        }>(
          `SELECT p.paypal_email, p.pay_thresholds AS partner_thresholds, pr.pay_thresholds AS program_thresholds
             FROM partner p JOIN program pr ON pr.id = p.program_id WHERE p.id = $1 AND p.program_id = $2`,
          [target.partnerId, tx.programId],
        );
        const locked = await tx.query<{ id: string; amount_minor: string }>(
          `SELECT id, amount_minor FROM commission
            WHERE program_id = $1 AND partner_id = $2 AND currency = $3 AND status = 'APPROVED'
            ORDER BY id FOR UPDATE`,
          [tx.programId, target.partnerId, target.currency],
        );
        // Exact at any size: 911 commissions of 10^13 already pass 2^53.
        const balance = sumMinorUnits(locked.map((row) => minorUnits(row.amount_minor)));
        const threshold = applicableThreshold(partner.partner_thresholds, partner.program_thresholds, target.currency);
        const expected = request.expected.find((e) => e.partnerId === target.partnerId && e.currency === target.currency);
        const decision = decidePayment({
          balance,
          threshold,
          expectedBalance: expected?.amount,
          allowBelowThreshold: request.allowBelowThreshold,
          paypal: request.method === PaymentMethod.PAYPAL,
          paypalEmail: partner.paypal_email,
        });
        if (decision.pay) {
          paymentId = await recordPayment(
            tx,
            key,
            request,
            target,
            locked.map((row) => row.id),
            balance,
          );
          outcome = { kind: 'PAID', paymentId };
        } else if (decision.reason === 'BALANCE_CHANGED')
          outcome = { kind: 'BALANCE_CHANGED', expected: amountToJson(expected!.amount), actual: amountToJson(balance) };
        else if (decision.reason === 'MISSING_PAYPAL_EMAIL') outcome = { kind: 'MISSING_PAYPAL_EMAIL' };
        else if (decision.reason === 'TOO_LARGE') outcome = { kind: 'TOO_LARGE', balance: amountToJson(balance) };
        else outcome = { kind: 'NOT_ELIGIBLE', balance: amountToJson(balance), threshold };
      }
      const stored = await tx.query(
        `INSERT INTO pay_request_item (program_id, idempotency_key, partner_id, currency, result, payment_id)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT DO NOTHING RETURNING 1`,
        [tx.programId, key, target.partnerId, target.currency, JSON.stringify(outcome), paymentId],
      );
      if (stored.length === 0) throw new DecidedElsewhere();
      return { outcome, decidedNow: true };
    });
  } catch (error) {
    if (!(error instanceof DecidedElsewhere)) throw error;
    return { outcome: (await readItem(ctx, key, target))!, decidedNow: false };
  }
}

async function recordPayment(
  tx: RequestContext,
  key: string,
  request: NormalisedPayRequest,
  target: PayTarget,
  commissionIds: string[],
  amount: MinorUnits,
): Promise<string> {
  const actor = tx.authenticatedActor;
  const actorId = actor.kind === 'API_KEY' ? actor.apiKeyId : actor.kind === 'SYSTEM' ? null : actor.accountId;
  const [payment] = await tx.query<{ id: string }>(
    `INSERT INTO payment (program_id, partner_id, currency, amount_minor, commission_count, method, reference, note,
                          idempotency_key, actor_kind, actor_id, actor_label)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      tx.programId,
      target.partnerId,
      target.currency,
      String(amount),
      commissionIds.length,
      request.method,
      request.reference,
      request.note,
      key,
      actor.kind,
      actorId,
      actor.label,
    ],
  );
  const updated = await tx.query<{ id: string }>(
    `UPDATE commission SET status = 'PAID', payment_id = $2, paid_at = now(), updated_at = now()
      WHERE id = ANY($1::uuid[]) AND status = 'APPROVED' RETURNING id`,
    [commissionIds, payment.id],
  );
  // The rows are locked, so this cannot differ; if it ever did, the transaction must not commit.
  if (updated.length !== commissionIds.length) {
    throw new Error(`payment ${payment.id}: ${updated.length} of ${commissionIds.length} locked commissions were updated`);
  }
  await recordAudit(tx, [
    {
      action: 'payment.record',
      entityType: 'Payment',
      entityId: payment.id,
      changes: {
        partnerId: target.partnerId,
        amount: { amount: amountToJson(amount), currency: target.currency },
        method: request.method,
        reference: request.reference,
        idempotencyKey: key,
        commissionIds,
      },
    },
    ...commissionIds.map((id) => ({
      action: 'commission.pay' as const,
      entityType: 'Commission',
      entityId: id,
      changes: { status: { from: CommissionStatus.APPROVED, to: CommissionStatus.PAID }, paymentId: payment.id },
    })),
  ]);
  return payment.id;
}

function requestHash(request: NormalisedPayRequest): string {
  // The partners' order only orders the answer; the same set is the same request.
  const canonical = { ...request, partnerIds: request.partnerIds ? [...request.partnerIds].sort() : null };
  // Amounts beyond 2^53 are bigints: hashed as their digits (one representation per value).
  return createHash('sha256')
    .update(JSON.stringify(canonical, (_key, value: unknown) => (typeof value === 'bigint' ? amountToJson(value) : value)))
    .digest('hex');
}

/**
 * The answer: every item says whether this call decided it (and so paid it, for a payment) or an
 * earlier call with the same key did; the summary counts and sums both. `decidedNow` holds the
 * keys of the targets this call decided.
 */
async function toPayload(ctx: RequestContext, items: StoredItem[], decidedNow: ReadonlySet<string>): Promise<PayPartnersPayload> {
  const paymentIds = items.flatMap((item) => (item.outcome.kind === 'PAID' ? [item.outcome.paymentId] : []));
  const payments = new Map(
    (paymentIds.length ? await ctx.manager.getRepository(Payment).findBy({ id: In(paymentIds), programId: ctx.programId }) : []).map(
      (p) => [p.id, p],
    ),
  );
  const money = (amount: JsonAmount, currency: string): ExactMoney => ({ amount: amountFromJson(amount), currency });
  const results = items.map((item) => {
    const o = item.outcome;
    let result: PayPartnerItem['result'];
    switch (o.kind) {
      case 'PAID':
        result = Object.assign(new PaymentRecorded(), { payment: payments.get(o.paymentId)! });
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
        result = errorResult(NotFoundResult, `Partner "${item.partnerId}" was not found`);
        break;
    }
    const decidedBy = decidedNow.has(targetKey(item)) ? PayDecidedBy.THIS_CALL : PayDecidedBy.EARLIER_CALL;
    return Object.assign(new PayPartnerItem(), { partnerId: item.partnerId, currency: item.currency, result, decidedBy });
  });
  const paidBy = (by: PayDecidedBy) =>
    results.flatMap((r) => (r.decidedBy === by && r.result instanceof PaymentRecorded ? [r.result.payment] : []));
  const paidNow = paidBy(PayDecidedBy.THIS_CALL);
  const paidEarlier = paidBy(PayDecidedBy.EARLIER_CALL);
  const paid = [...paidNow, ...paidEarlier];
  return Object.assign(new PayPartnersPayload(), {
    items: results,
    paidCount: paid.length,
    paidNowCount: paidNow.length,
    paidEarlierCount: paidEarlier.length,
    failedCount: results.length - paid.length,
    paidTotals: sumByCurrency(paid.map((p) => p.amount)),
    paidNowTotals: sumByCurrency(paidNow.map((p) => p.amount)),
    paidEarlierTotals: sumByCurrency(paidEarlier.map((p) => p.amount)),
    // Only a call that decided nothing is a replay: a retry that pays partners the first attempt never reached is not.
    replayed: decidedNow.size === 0,
  });
}

/**
 * Pays the selected partners: one payment per partner and currency, each in its own transaction
 * (one partner's failure never undoes another's payment). Exactly once per idempotency key: the
 * targets are fixed by the first request, each target's decision is stored with its payment, and
 * a retry (after a crash, a timeout, or concurrently) completes the missing targets and answers
 * the stored decisions for the rest.
 */
export async function payPartners(ctx: RequestContext, input: PayPartnersInput): Promise<PayPartnersPayload | IdempotencyKeyReusedError> {
  const request = normalise(input);
  validate(input, request);
  const key = input.idempotencyKey;
  const claim = await claimRequest(ctx, key, requestHash(request), request);
  if (claim.reused) {
    return errorResult(IdempotencyKeyReusedError, `The idempotency key "${key}" was already used for a different pay request`, {
      idempotencyKey: key,
    });
  }
  if (claim.response) return toPayload(ctx, claim.response, new Set());
  const items: StoredItem[] = [];
  const decidedNow = new Set<string>();
  for (const target of claim.targets) {
    const decided = await payOne(ctx, key, request, target);
    items.push({ ...target, outcome: decided.outcome });
    if (decided.decidedNow) decidedNow.add(targetKey(target));
  }
  await ctx.query(
    `UPDATE pay_request SET response = $3::jsonb, completed_at = now()
      WHERE program_id = $1 AND idempotency_key = $2 AND response IS NULL`,
    [ctx.programId, key, JSON.stringify(items)],
  );
  return toPayload(ctx, items, decidedNow);
}
