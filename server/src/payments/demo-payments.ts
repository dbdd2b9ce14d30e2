import { PaymentMethod } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { Partner } from '../partners/partner.entity';
import { refundSale } from '../sales/refund.service';
import { payPartners } from './pay-partners.service';

/**
 * Demo payouts: Alice (PayPal) and Carol (bank transfer) are paid their USD balances, then part of
 * one of Alice's paid sales is refunded, so the demo shows PAID commissions, payments and a
 * clawback netting against Alice's next payout. Bob and Carol's EUR stay in pending payments.
 */
export async function seedDemoPayments(ctx: RequestContext, partners: { alice: Partner; carol: Partner }): Promise<void> {
  await payPartners(ctx, {
    selection: { partnerIds: [partners.alice.id] },
    currency: 'USD',
    method: PaymentMethod.PAYPAL,
    reference: 'PAYPAL-BATCH-0001',
    note: 'Thanks for a great season!',
    idempotencyKey: 'demo-payout-alice',
    allowBelowThreshold: false,
  });
  await payPartners(ctx, {
    selection: { partnerIds: [partners.carol.id] },
    currency: 'USD',
    method: PaymentMethod.BANK_TRANSFER,
    reference: 'WIRE-2025-114',
    idempotencyKey: 'demo-payout-carol',
    allowBelowThreshold: false,
  });
  const [paidSale] = await ctx.query<{ id: string }>(`SELECT s.id FROM sale s WHERE s.program_id = $1 AND s.external_id = 'order-1001'`, [
    ctx.programId,
  ]);
  if (paidSale) {
    await refundSale(ctx, { saleId: paidSale.id, refundExternalId: 'refund-1001-a', amount: { amount: 15_000, currency: 'USD' } });
  }
}
