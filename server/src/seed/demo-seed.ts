import { DataSource } from 'typeorm';
import { ApiKeyScope, Attribution, CommissionRuleType, CommissionStatus, MerchantRole } from '@partnerbook/shared';
import { RequestContext } from '../common/request-context';
import { Program } from '../programs/program.entity';
import { createAccount } from '../auth/auth.service';
import { createPartner } from '../partners/partner.service';
import { createProduct } from '../products/product.service';
import { trackReferral } from '../customers/customer.service';
import { recordManualSale, recordSales } from '../sales/sale.service';
import { refundSale } from '../sales/refund.service';
import { approveCommissions, cancelCommissions, listCommissions } from '../commissions/commission.service';
import { createManualReward } from '../rewards/reward.service';
import { ReferralEvent } from '@partnerbook/shared';
import { demoExtras } from './demo-extras';
import { DEMO_LOGINS } from './demo-logins';

export { DEMO_LOGINS };

const DAY = 86_400_000;

/**
 * A demo program with something on every screen: two currencies, every commission state,
 * FIRST/LAST/BOTH attribution, a partial and a full refund, a clawback and a manual reward.
 * Idempotent: does nothing when a program exists.
 */
export async function seedDemo(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM program`);
  if (count > 0) return false;
  const programRepo = dataSource.getRepository(Program);
  const program = await programRepo.save(
    programRepo.create({
      name: 'Acme Outdoor',
      currency: 'USD',
      defaultAttribution: Attribution.LAST,
      payThresholdMap: { USD: 5_000, EUR: 5_000 },
      holdingPeriodDays: 14,
      autoApprove: false,
    }),
  );
  const system = RequestContext.system(dataSource, program.id);
  const [admin] = DEMO_LOGINS;
  await createAccount(system, {
    programId: program.id,
    email: admin.email,
    displayName: 'Ada Admin',
    password: admin.password,
    merchantRole: MerchantRole.ADMIN,
  });
  await createAccount(system, {
    programId: program.id,
    email: DEMO_LOGINS[1].email,
    displayName: 'Vic Viewer',
    password: DEMO_LOGINS[1].password,
    merchantRole: MerchantRole.VIEWER,
  });
  const alice = await createPartner(system, {
    name: 'Alice Outdoors Blog',
    email: DEMO_LOGINS[2].email,
    partnerKey: 'alice',
    paypalEmail: 'alice-paypal@partners.test',
    password: DEMO_LOGINS[2].password,
  });
  const bob = await createPartner(system, {
    name: 'Bob Trail Reviews',
    email: DEMO_LOGINS[3].email,
    partnerKey: 'bob',
    paypalEmail: null,
    password: DEMO_LOGINS[3].password,
  });
  const carol = await createPartner(system, {
    name: 'Carol Camping Club',
    email: 'carol@partners.test',
    partnerKey: 'carol',
    paypalEmail: 'carol-paypal@partners.test',
    commissionOverride: { type: CommissionRuleType.PERCENT, rateBps: 2000 },
  });
  await createProduct(system, {
    sku: 'TENT-2P',
    name: 'Two-person tent',
    commissionable: true,
    rule: { type: CommissionRuleType.PERCENT, rateBps: 1000 },
  });
  await createProduct(system, {
    sku: 'PACK-40',
    name: '40 L backpack',
    commissionable: true,
    rule: { type: CommissionRuleType.PERCENT, rateBps: 1250 },
    attribution: Attribution.BOTH,
  });
  await createProduct(system, {
    sku: 'CLUB',
    name: 'Members club (monthly)',
    commissionable: true,
    rule: { type: CommissionRuleType.FLAT, flatAmount: { amount: 500, currency: 'USD' } },
    attribution: Attribution.FIRST,
  });
  await createProduct(system, {
    sku: 'GIFT-CARD',
    name: 'Gift card',
    commissionable: false,
    rule: { type: CommissionRuleType.PERCENT, rateBps: 0 },
  });

  const old = (days: number) => new Date(Date.now() - days * DAY);
  await trackReferral(system, {
    customerExternalId: 'cust-001',
    partnerKey: 'alice',
    event: ReferralEvent.OPT_IN,
    customerName: 'Dana Hiker',
    customerEmail: 'dana@example.test',
  });
  await trackReferral(system, {
    customerExternalId: 'cust-002',
    partnerKey: 'bob',
    event: ReferralEvent.CLICK,
    customerName: 'Eli Camper',
  });
  await trackReferral(system, {
    customerExternalId: 'cust-003',
    partnerKey: 'alice',
    event: ReferralEvent.OPT_IN,
    customerName: 'Fay Climber',
  });
  await trackReferral(system, { customerExternalId: 'cust-003', partnerKey: 'bob', event: ReferralEvent.OPT_IN });
  const sales = [
    {
      externalId: 'order-1001',
      customerExternalId: 'cust-001',
      productSku: 'TENT-2P',
      amount: { amount: 45_000, currency: 'USD' },
      occurredAt: old(40),
    },
    {
      externalId: 'order-1002',
      customerExternalId: 'cust-001',
      productSku: 'PACK-40',
      amount: { amount: 18_999, currency: 'USD' },
      occurredAt: old(35),
    },
    {
      externalId: 'order-1003',
      customerExternalId: 'cust-002',
      productSku: 'TENT-2P',
      amount: { amount: 39_900, currency: 'EUR' },
      occurredAt: old(30),
    },
    {
      externalId: 'order-1004',
      customerExternalId: 'cust-003',
      productSku: 'PACK-40',
      amount: { amount: 21_000, currency: 'EUR' },
      occurredAt: old(25),
    },
    {
      externalId: 'order-1005',
      customerExternalId: 'cust-003',
      productSku: 'CLUB',
      amount: { amount: 2_000, currency: 'USD' },
      occurredAt: old(20),
    },
    {
      externalId: 'order-1006',
      customerExternalId: 'cust-002',
      productSku: 'GIFT-CARD',
      amount: { amount: 5_000, currency: 'EUR' },
      occurredAt: old(18),
    },
    {
      externalId: 'order-1007',
      customerExternalId: 'cust-004',
      productSku: 'TENT-2P',
      amount: { amount: 52_000, currency: 'USD' },
      occurredAt: old(16),
      partnerKey: 'carol',
    },
    {
      externalId: 'order-1008',
      customerExternalId: 'cust-001',
      productSku: 'TENT-2P',
      amount: { amount: 30_000, currency: 'USD' },
      occurredAt: old(3),
    },
    {
      externalId: 'order-1009',
      customerExternalId: 'cust-005',
      productSku: 'TENT-2P',
      amount: { amount: 27_500, currency: 'EUR' },
      occurredAt: old(2),
      partnerKey: 'bob',
    },
  ];
  await recordSales(system, sales);
  await recordManualSale(system, {
    partnerId: bob.id,
    externalId: 'order-0950',
    customerExternalId: 'cust-006',
    customerName: 'Gus Backfill',
    productSku: 'CLUB',
    amount: { amount: 2_000, currency: 'USD' },
    occurredAt: old(60),
  });

  const pendingOlderThanHolding = await listCommissions(system, { status: CommissionStatus.PENDING, to: new Date() }, { first: 100 });
  const approvable = pendingOlderThanHolding.nodes.filter((c) => c.payableAt.getTime() <= Date.now());
  await approveCommissions(system, { ids: approvable.map((c) => c.id) });
  const order1004 = (await dataSource.query<{ id: string }[]>(`SELECT id FROM sale WHERE external_id = 'order-1004'`))[0].id;
  const order1002 = (await dataSource.query<{ id: string }[]>(`SELECT id FROM sale WHERE external_id = 'order-1002'`))[0].id;
  const order1003 = (await dataSource.query<{ id: string }[]>(`SELECT id FROM sale WHERE external_id = 'order-1003'`))[0].id;
  await refundSale(system, { saleId: order1002, refundExternalId: 'refund-1002-a', amount: { amount: 6_000, currency: 'USD' } });
  await refundSale(system, { saleId: order1004, refundExternalId: 'refund-1004', amount: { amount: 21_000, currency: 'EUR' } });
  const bobsEur = await listCommissions(system, { partnerId: bob.id, saleId: order1003 }, { first: 10 });
  await cancelCommissions(system, { ids: bobsEur.nodes.map((c) => c.id) }, 'Order flagged as fraudulent by the payment provider');
  await createManualReward(system, {
    partnerId: alice.id,
    description: 'Spring campaign bonus',
    amount: { amount: 2_500, currency: 'USD' },
  });
  await createManualReward(system, { partnerId: carol.id, description: 'Launch video', amount: { amount: 10_000, currency: 'EUR' } });
  await demoExtras(system, { alice, bob, carol, apiKeyScope: ApiKeyScope.READ });
  // Demo only: date each sale commission when its (backdated) sale happened, so charts over time have a shape.
  await dataSource.query(
    `UPDATE commission c SET created_at = s.occurred_at FROM sale s WHERE c.sale_id = s.id AND c.kind = 'SALE' AND c.program_id = $1`,
    [program.id],
  );
  // The demo's published logins count as confirmed: nobody can click a link sent to these made-up addresses.
  await dataSource.query(
    `UPDATE login SET email_verified_at = created_at WHERE id IN (SELECT login_id FROM account WHERE program_id = $1)`,
    [program.id],
  );
  return true;
}
