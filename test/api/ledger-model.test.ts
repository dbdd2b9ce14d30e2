import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommissionKind, CommissionStatus, PaymentMethod } from '@partnerbook/shared';
import { queryRows, startTestApp, TestApp } from '../support/test-app';
import { createProgramFixture, ProgramFixture } from '../support/fixtures';
import { balanceViolations, ledgerViolations } from '../support/payments';
import { RequestContext } from '../../server/src/common/request-context';
import { recordSales } from '../../server/src/sales/sale.service';
import { refundSale } from '../../server/src/sales/refund.service';
import { approveCommissions, cancelCommissions, reinstateCommissions } from '../../server/src/commissions/commission.service';
import { createManualReward } from '../../server/src/rewards/reward.service';
import { voidPayment } from '../../server/src/payments/payment.service';
import { payPartners } from '../../server/src/payments/pay-partners.service';
import { listPendingPaymentRows } from '../../server/src/payments/pending-payments.service';
import { ErrorResult } from '../../server/src/common/errors';
import { SaleRecorded, RefundRecorded } from '../../server/src/sales/sale.types';
import { RefundExceedsSaleError } from '../../server/src/sales/sale.errors';
import { Payment } from '../../server/src/payments/payment.entity';
import { PaymentNotVoidableError } from '../../server/src/payments/payment.errors';
import { PayPartnersPayload, PaymentRecorded, type PayPartnerItem } from '../../server/src/payments/payment.types';
import type { PayPartnersInput } from '../../server/src/payments/payment.inputs';

/**
 * Model-based test of the whole ledger: random sequences of sales, partial and full refunds,
 * approvals, cancels, reinstates, rewards, payments (and retries of them) and voids run through
 * the service layer on PostgreSQL and, step by step, on a plain in-memory model. After each step
 * the database must equal the model and the ledger invariants must hold.
 */

const THRESHOLDS: Record<string, number> = { USD: 300 };
const RATE_BPS = 1000; // the fixture's tent: 10 %

interface MCommission {
  id: string;
  partnerId: string;
  currency: string;
  kind: CommissionKind;
  status: CommissionStatus;
  amount: number;
  original: number;
  saleId: string | null;
  clawbackOf: string | null;
  paymentId: string | null;
}
interface MSale {
  id: string;
  amount: number;
  refunded: number;
  currency: string;
}
interface MPayment {
  id: string;
  partnerId: string;
  currency: string;
  amount: number;
  commissionIds: string[];
  voided: boolean;
}
interface MPayRequest {
  key: string;
  input: PayPartnersInput;
  result: unknown;
}

/** A service answer narrowed to the class the step expects (the services answer class instances), failing the test on another. */
function expectInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): T {
  if (!(value instanceof type)) throw new Error(`expected ${type.name}, got ${JSON.stringify(value)}`);
  return value;
}

class Model {
  commissions = new Map<string, MCommission>();
  sales: MSale[] = [];
  payments = new Map<string, MPayment>();
  payRequests: MPayRequest[] = [];
  paidSnapshot = new Map<string, string>();
}

/** n / d rounded half away from zero, for n ≥ 0 — written independently of the server's helper. */
function roundedRatio(n: number, d: number): number {
  const q = Math.floor(n / d);
  return 2 * (n - q * d) >= d ? q + 1 : q;
}

type Step =
  | { kind: 'sale'; partner: number; currency: number; amount: number }
  | { kind: 'refund'; sale: number; part: number; full: boolean; ofPaid: boolean }
  | { kind: 'approve'; pick: number; pendingOnly: boolean }
  | { kind: 'cancel'; pick: number }
  | { kind: 'reinstate'; pick: number }
  | { kind: 'reward'; partner: number; currency: number; amount: number }
  | { kind: 'pay'; partner: number | null; currency: number | null; allowBelow: boolean }
  | { kind: 'retryPay'; pick: number }
  | { kind: 'void'; pick: number };

const CURRENCIES = ['USD', 'EUR'];

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sale' as const),
      partner: fc.nat(1),
      currency: fc.nat(1),
      amount: fc.integer({ min: 100, max: 100_000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('refund' as const),
      sale: fc.nat(),
      part: fc.integer({ min: 1, max: 100 }),
      full: fc.boolean(),
      ofPaid: fc.boolean(),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('approve' as const), pick: fc.nat(), pendingOnly: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reinstate' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reward' as const),
      partner: fc.nat(1),
      currency: fc.nat(1),
      amount: fc.integer({ min: 1, max: 5_000 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      partner: fc.option(fc.nat(1), { nil: null }),
      currency: fc.option(fc.nat(1), { nil: null }),
      allowBelow: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retryPay' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('void' as const), pick: fc.nat() }) },
);

let app: TestApp;
let checks = 0;
const seen = { payments: 0, voids: 0, clawbacks: 0, retries: 0, reinstates: 0 };

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

async function runSequence(steps: Step[]) {
  const fx: ProgramFixture = await createProgramFixture(app, { payThresholds: THRESHOLDS });
  const ctx: RequestContext = fx.system;
  const partners = [fx.partnerA, fx.partnerB];
  const model = new Model();
  const saleCommissions = (saleId: string) =>
    [...model.commissions.values()].filter((c) => c.saleId === saleId && c.kind === CommissionKind.SALE);
  const ordered = () => [...model.commissions.values()].sort((a, b) => a.id.localeCompare(b.id));

  for (const step of steps) {
    switch (step.kind) {
      case 'sale': {
        const partner = partners[step.partner];
        const currency = CURRENCIES[step.currency];
        const payload = await recordSales(ctx, [
          {
            externalId: randomUUID(),
            customerExternalId: `cust-${partner.partnerKey}`,
            productSku: 'TENT',
            amount: { amount: step.amount, currency },
            partnerKey: partner.partnerKey,
            occurredAt: new Date(Date.now() - 60_000),
          },
        ]);
        const result = expectInstance(payload.results[0].result, SaleRecorded);
        const saleId = result.sale.id;
        model.sales.push({ id: saleId, amount: step.amount, refunded: 0, currency });
        const expected = roundedRatio(step.amount * RATE_BPS, 10_000);
        expect(result.commissions.map((c) => c.amountMinor)).toEqual([expected]);
        const c = result.commissions[0];
        model.commissions.set(c.id, {
          id: c.id,
          partnerId: partner.id,
          currency,
          kind: CommissionKind.SALE,
          status: CommissionStatus.PENDING,
          amount: expected,
          original: expected,
          saleId,
          clawbackOf: null,
          paymentId: null,
        });
        break;
      }
      case 'refund': {
        if (model.sales.length === 0) break;
        // Half the refunds aim at sales with a paid commission, where clawbacks happen.
        const paidSales = model.sales.filter((s) => saleCommissions(s.id).some((c) => c.status === CommissionStatus.PAID));
        const pool = step.ofPaid && paidSales.length ? paidSales : model.sales;
        const sale = pool[step.sale % pool.length];
        const refundable = sale.amount - sale.refunded;
        const amount = step.full && refundable > 0 ? refundable : Math.max(1, Math.floor((refundable * step.part) / 100));
        const outcome = await refundSale(ctx, {
          saleId: sale.id,
          refundExternalId: randomUUID(),
          amount: { amount, currency: sale.currency },
        });
        if (refundable === 0) {
          expect(expectInstance(outcome, RefundExceedsSaleError).code).toBe('REFUND_EXCEEDS_SALE');
          break;
        }
        const result = expectInstance(outcome, RefundRecorded);
        expect(result.created).toBe(true);
        sale.refunded += amount;
        const newClawbacks = [...result.clawbacks];
        for (const c of saleCommissions(sale.id).sort((a, b) => a.id.localeCompare(b.id))) {
          const target = sale.refunded >= sale.amount ? c.original : roundedRatio(c.original * sale.refunded, sale.amount);
          if (c.status !== CommissionStatus.PAID) {
            const next = c.original - target;
            if (next === c.amount && next !== 0) continue;
            c.amount = next;
            if (next === 0 && c.status !== CommissionStatus.CANCELLED) c.status = CommissionStatus.CANCELLED;
          } else {
            const clawed = [...model.commissions.values()].filter((k) => k.clawbackOf === c.id).reduce((s, k) => s - k.amount, 0);
            const owed = Math.min(target - (c.original - c.amount), c.amount) - clawed;
            if (owed > 0) {
              const found = newClawbacks.find((k) => k.clawbackOfId === c.id);
              expect(found, `clawback for ${c.id}`).toBeDefined();
              const made = found!;
              expect(made.amountMinor).toBe(-owed);
              seen.clawbacks++;
              model.commissions.set(made.id, {
                id: made.id,
                partnerId: c.partnerId,
                currency: c.currency,
                kind: CommissionKind.CLAWBACK,
                status: CommissionStatus.APPROVED,
                amount: -owed,
                original: -owed,
                saleId: sale.id,
                clawbackOf: c.id,
                paymentId: null,
              });
            }
          }
        }
        expect(result.clawbacks.length).toBe([...model.commissions.values()].filter((k) => newClawbacks.some((n) => n.id === k.id)).length);
        break;
      }
      case 'approve':
      case 'cancel':
      case 'reinstate': {
        const everything = ordered();
        const pending = everything.filter((c) => c.status === CommissionStatus.PENDING);
        const all = step.kind === 'approve' && step.pendingOnly && pending.length ? pending : everything;
        if (all.length === 0) break;
        const c = all[step.pick % all.length];
        const payload =
          step.kind === 'approve'
            ? await approveCommissions(ctx, { ids: [c.id] })
            : step.kind === 'cancel'
              ? await cancelCommissions(ctx, { ids: [c.id] }, 'model cancel')
              : await reinstateCommissions(ctx, { ids: [c.id] });
        const from =
          step.kind === 'approve'
            ? [CommissionStatus.PENDING]
            : step.kind === 'cancel'
              ? [CommissionStatus.PENDING, CommissionStatus.APPROVED]
              : [CommissionStatus.CANCELLED];
        const allowed = from.includes(c.status) && !(step.kind === 'reinstate' && c.amount === 0);
        expect(payload.succeeded, `${step.kind} ${c.kind} ${c.status} ${c.amount}`).toBe(allowed ? 1 : 0);
        if (allowed && step.kind === 'reinstate') seen.reinstates++;
        if (allowed)
          c.status =
            step.kind === 'approve'
              ? CommissionStatus.APPROVED
              : step.kind === 'cancel'
                ? CommissionStatus.CANCELLED
                : CommissionStatus.PENDING;
        break;
      }
      case 'reward': {
        const partner = partners[step.partner];
        const currency = CURRENCIES[step.currency];
        const reward = await createManualReward(ctx, {
          partnerId: partner.id,
          description: 'model reward',
          amount: { amount: step.amount, currency },
        });
        model.commissions.set(reward.id, {
          id: reward.id,
          partnerId: partner.id,
          currency,
          kind: CommissionKind.REWARD,
          status: CommissionStatus.APPROVED,
          amount: step.amount,
          original: step.amount,
          saleId: null,
          clawbackOf: null,
          paymentId: null,
        });
        break;
      }
      case 'pay': {
        const input: PayPartnersInput = {
          selection: step.partner === null ? { allEligible: true } : { partnerIds: [partners[step.partner].id] },
          currency: step.currency === null ? undefined : CURRENCIES[step.currency],
          method: PaymentMethod.OTHER,
          idempotencyKey: randomUUID(),
          allowBelowThreshold: step.allowBelow,
        };
        const result = expectInstance(await payPartners(ctx, input), PayPartnersPayload);
        // What the model expects for each partner-currency balance.
        const balances = new Map<string, { partnerId: string; currency: string; ids: string[]; sum: number }>();
        for (const c of ordered()) {
          if (c.status !== CommissionStatus.APPROVED) continue;
          if (input.currency && c.currency !== input.currency) continue;
          if (step.partner !== null && c.partnerId !== partners[step.partner].id) continue;
          const key = `${c.partnerId}:${c.currency}`;
          const entry = balances.get(key) ?? { partnerId: c.partnerId, currency: c.currency, ids: [], sum: 0 };
          entry.ids.push(c.id);
          entry.sum += c.amount;
          balances.set(key, entry);
        }
        const due = [...balances.values()].filter((b) => b.sum > 0 && (step.allowBelow || b.sum >= (THRESHOLDS[b.currency] ?? 0)));
        const paidItems = result.items.filter(
          (i): i is PayPartnerItem & { result: PaymentRecorded } => i.result.constructor.name === 'PaymentRecorded',
        );
        expect(paidItems.map((i) => `${i.partnerId}:${i.currency}`).sort()).toEqual(due.map((b) => `${b.partnerId}:${b.currency}`).sort());
        for (const item of paidItems) {
          const b = balances.get(`${item.partnerId}:${item.currency}`)!;
          const payment = item.result.payment;
          expect(payment.amountMinor).toBe(b.sum);
          seen.payments++;
          model.payments.set(payment.id, {
            id: payment.id,
            partnerId: b.partnerId,
            currency: b.currency,
            amount: b.sum,
            commissionIds: b.ids,
            voided: false,
          });
          for (const id of b.ids) {
            const c = model.commissions.get(id)!;
            c.status = CommissionStatus.PAID;
            c.paymentId = payment.id;
          }
        }
        model.payRequests.push({ key: input.idempotencyKey, input, result: summarise(result) });
        break;
      }
      case 'retryPay': {
        if (model.payRequests.length === 0) break;
        const request = model.payRequests[step.pick % model.payRequests.length];
        const result = expectInstance(await payPartners(ctx, request.input), PayPartnersPayload);
        expect(summarise(result)).toEqual(request.result);
        expect(result.replayed).toBe(true);
        seen.retries++;
        break;
      }
      case 'void': {
        const payments = [...model.payments.values()].sort((a, b) => a.id.localeCompare(b.id));
        if (payments.length === 0) break;
        const payment = payments[step.pick % payments.length];
        const outcome = await voidPayment(ctx, payment.id, 'model void');
        const clawedBack = [...model.commissions.values()].some((k) => k.clawbackOf && payment.commissionIds.includes(k.clawbackOf));
        if (payment.voided || clawedBack) {
          expect(expectInstance(outcome, PaymentNotVoidableError).code).toBe('PAYMENT_NOT_VOIDABLE');
          break;
        }
        expect(expectInstance(outcome, Payment).voidedAt).toBeInstanceOf(Date);
        payment.voided = true;
        seen.voids++;
        for (const id of payment.commissionIds) {
          const c = model.commissions.get(id)!;
          c.status = CommissionStatus.APPROVED;
          c.paymentId = null;
        }
        break;
      }
    }
    await compare(fx, model);
  }
}

/** A pay result with its decisions, not its timestamps. */
function summarise(result: PayPartnersPayload) {
  return result.items.map((i) => ({
    partnerId: i.partnerId,
    currency: i.currency,
    type: i.result.constructor.name,
    paymentId: i.result instanceof PaymentRecorded ? i.result.payment.id : null,
    code: i.result instanceof ErrorResult ? i.result.code : null,
  }));
}

async function compare(fx: ProgramFixture, model: Model) {
  // Every maintained balance (partner_balance) equals the sum and count of its entries, across all
  // programs (one SQL comparison; it names the differing keys).
  expect(await balanceViolations(app)).toEqual([]);
  type Row = {
    id: string;
    partner_id: string;
    currency: string;
    kind: CommissionKind;
    status: CommissionStatus;
    amount: number;
    clawback_of_id: string | null;
    payment_id: string | null;
  };
  const rows = await queryRows<Row>(
    app,
    `SELECT id, partner_id, currency::text, kind, status, amount_minor::int AS amount, clawback_of_id, payment_id FROM commission WHERE program_id = $1 ORDER BY id`,
    [fx.programId],
  );
  const actual = rows.map((r) => ({
    id: r.id,
    partnerId: r.partner_id,
    currency: r.currency,
    kind: r.kind,
    status: r.status,
    amount: r.amount,
    clawbackOf: r.clawback_of_id,
    paymentId: r.payment_id,
  }));
  const expected = [...model.commissions.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, partnerId, currency, kind, status, amount, clawbackOf, paymentId }) => ({
      id,
      partnerId,
      currency,
      kind,
      status,
      amount,
      clawbackOf,
      paymentId,
    }));
  expect(actual).toEqual(expected);

  const payments = await queryRows<{ id: string; amount: number; voided: boolean }>(
    app,
    `SELECT id, amount_minor::int AS amount, voided_at IS NOT NULL AS voided FROM payment WHERE program_id = $1 ORDER BY id`,
    [fx.programId],
  );
  expect(payments).toEqual(
    [...model.payments.values()].sort((a, b) => a.id.localeCompare(b.id)).map((p) => ({ id: p.id, amount: p.amount, voided: p.voided })),
  );

  // Invariants: payments equal their commissions, PAID ⇔ payment, clawbacks bounded, no currency mixing.
  expect(await ledgerViolations(app, fx.programId)).toEqual([]);
  // PAID commissions never change while PAID (only a void brings them back, and then the payment is void).
  for (const c of model.commissions.values()) {
    if (c.status !== CommissionStatus.PAID) continue;
    const snapshot = `${c.amount}:${c.paymentId}`;
    const previous = model.paidSnapshot.get(c.id);
    if (previous && previous.split(':')[1] === c.paymentId) expect(snapshot).toBe(previous);
    model.paidSnapshot.set(c.id, snapshot);
  }
  // No commission is in two valid payments.
  const seen = new Set<string>();
  for (const p of model.payments.values()) {
    if (p.voided) continue;
    for (const id of p.commissionIds) {
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
  }
  // Pending payments balance = sum of approved commissions, per partner and currency.
  const pending = await listPendingPaymentRows(fx.system, {});
  const approved = new Map<string, number>();
  for (const c of model.commissions.values()) {
    if (c.status === CommissionStatus.APPROVED)
      approved.set(`${c.partnerId}:${c.currency}`, (approved.get(`${c.partnerId}:${c.currency}`) ?? 0) + c.amount);
  }
  expect(new Map(pending.map((r) => [`${r.partnerId}:${r.currency}`, r.balance]))).toEqual(approved);
  for (const row of pending) expect(row.eligible).toBe(row.balance > 0 && row.balance >= (THRESHOLDS[row.currency] ?? 0));
  checks++;
}

describe('ledger model', () => {
  it('matches the in-memory model after every step of random operation sequences', async () => {
    const started = Date.now();
    await fc.assert(fc.asyncProperty(fc.array(stepArb, { minLength: 10, maxLength: 40, size: 'max' }), runSequence), { numRuns: 40 });
    console.log(`ledger model: ${checks} steps checked against the model in ${((Date.now() - started) / 1000).toFixed(1)} s`, seen);
    // The sequences must reach the interesting states, or the property proves little.
    expect(seen.payments).toBeGreaterThan(10);
    expect(seen.clawbacks + seen.voids).toBeGreaterThan(2);
  });
});
