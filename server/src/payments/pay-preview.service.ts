import { ExactMoney, MinorUnits, PayBlockReason, PaymentMethod, sumByCurrency } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { BadInputError } from '../common/errors';
import { RECENT_PAYOUT_CHANGE_HOURS } from '../partners/partner.service';
import { MAX_PARTNERS_PER_PAYMENT_REQUEST, PayPreviewInput } from './payment.inputs';
import { PayPreview, PayPreviewGroup, PayPreviewItem } from './payment.types';
import { resolveTargets } from './pay-partners.service';
import { listPendingPaymentRows } from './pending-payments.service';
import { decidePayment } from './payout-rules';

/** The order groups are shown in. */
const METHOD_ORDER = [PaymentMethod.PAYPAL, PaymentMethod.BANK_TRANSFER, PaymentMethod.OTHER];

/**
 * What `payPartners` with the same selection would do now, without paying: each partner-currency
 * balance it would pay, grouped by the method it would be recorded with, and those it would not
 * pay with the typed reason. Decided by the same `decidePayment` over the same targets
 * (`resolveTargets`) and the same sums as the pay run, so the totals are exactly what a run
 * records; the portal sends the previewed balances as `expectedBalances`, so a balance that moves
 * in between is refused (BALANCE_CHANGED) rather than paid at another amount.
 */
export async function previewPayment(ctx: RequestContext, input: PayPreviewInput): Promise<PayPreview> {
  const partnerIds = input.selection.partnerIds ? [...new Set(input.selection.partnerIds)] : null;
  const allEligible = Boolean(input.selection.allEligible);
  if (Boolean(partnerIds) === allEligible) {
    throw new BadInputError('Select partners either by partnerIds or with allEligible: true, not both or neither');
  }
  if (partnerIds) {
    if (partnerIds.length === 0) throw new BadInputError('Select at least one partner');
    if (partnerIds.length > MAX_PARTNERS_PER_PAYMENT_REQUEST) {
      throw new BadInputError(`At most ${MAX_PARTNERS_PER_PAYMENT_REQUEST} partners per request`);
    }
  }
  const currency = input.currency ?? null;
  const allowBelowThreshold = Boolean(input.allowBelowThreshold);
  const methodOverride = input.method ?? null;
  // One snapshot for the targets, the balances and the partners.
  return ctx.transaction(async (tx) => {
    const targets = await resolveTargets(tx, { partnerIds, allEligible, currency, allowBelowThreshold });
    const ids = [...new Set(targets.filter((t) => !t.missing).map((t) => t.partnerId))];
    const rows = ids.length ? await listPendingPaymentRows(tx, { partnerIds: ids, currency: currency ?? undefined }) : [];
    const partners = new Map(
      (ids.length
        ? await tx.query<{ id: string; name: string; payout_method: PaymentMethod | null; paypal_email: string | null; recent: boolean }>(
            `SELECT id, name, payout_method, paypal_email,
                    coalesce(payout_details_changed_at > now() - make_interval(hours => $3), false) AS recent
               FROM partner WHERE program_id = $1 AND id = ANY($2::uuid[])`,
            [tx.programId, ids, RECENT_PAYOUT_CHANGE_HOURS],
          )
        : []
      ).map((p) => [p.id, p]),
    );
    const byKey = new Map(rows.map((r) => [`${r.partnerId}:${r.currency}`, r]));
    const payable: PayPreviewItem[] = [];
    const blocked: PayPreviewItem[] = [];
    for (const target of targets) {
      const partner = partners.get(target.partnerId);
      const row = byKey.get(`${target.partnerId}:${target.currency}`);
      const balance: MinorUnits = row?.balance ?? 0;
      const threshold = row?.threshold ?? 0;
      const item = Object.assign(new PayPreviewItem(), {
        partnerId: target.partnerId,
        partnerName: partner?.name ?? null,
        currency: target.currency,
        balance: { amount: balance, currency: target.currency },
        threshold: { amount: threshold, currency: target.currency },
        commissionCount: row?.commissionCount ?? 0,
        payoutMethod: partner?.payout_method ?? null,
        paypalEmail: partner?.paypal_email ?? null,
        payoutDetailsChangedRecently: Boolean(partner?.recent),
        method: null as PaymentMethod | null,
        reason: null as PayBlockReason | null,
      });
      if (target.missing || !partner) {
        blocked.push(Object.assign(item, { reason: PayBlockReason.NOT_FOUND }));
        continue;
      }
      const decision = decidePayment({
        balance,
        threshold,
        allowBelowThreshold,
        payoutMethod: partner.payout_method,
        paypalEmail: partner.paypal_email,
        methodOverride,
      });
      if (decision.pay) payable.push(Object.assign(item, { method: decision.method }));
      // A preview compares no expected balance, so BALANCE_CHANGED cannot be decided here.
      else if (decision.reason !== 'BALANCE_CHANGED') blocked.push(Object.assign(item, { reason: PayBlockReason[decision.reason] }));
    }
    const totals = (items: PayPreviewItem[]): ExactMoney[] => sumByCurrency(items.map((i) => i.balance));
    const groups = METHOD_ORDER.flatMap((method) => {
      const items = payable.filter((i) => i.method === method);
      return items.length
        ? [
            Object.assign(new PayPreviewGroup(), {
              method,
              items,
              partnerCount: new Set(items.map((i) => i.partnerId)).size,
              totals: totals(items),
            }),
          ]
        : [];
    });
    return Object.assign(new PayPreview(), {
      groups,
      blocked,
      payableCount: payable.length,
      blockedCount: blocked.length,
      totals: totals(payable),
    });
  });
}
