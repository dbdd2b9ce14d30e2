import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMajorUnits } from '@partnerbook/shared';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, type Browser } from './browser';
import { apiAs, money, tokenFor } from './api';

const [ADMIN] = DEMO_LOGINS;
const DAY = 86_400_000;

describe('merchant admin in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let api: ReturnType<typeof apiAs>;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp();
    await seedDemo(app.dataSource);
    api = apiAs(app, await tokenFor(app, ADMIN.email, ADMIN.password));
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function commissionsOfSales(externalIds: string[]) {
    const data = await api(`{ commissions(page: { first: 100 }) { nodes { id status cancelReason sale { externalId } } } }`);
    return data.commissions.nodes.filter((c: any) => externalIds.includes(c.sale?.externalId));
  }

  it('signs in and the session survives a reload', async () => {
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await settle(page, 'Overview');
    await page.reload();
    await settle(page, 'Overview');
    await expect(page.getByTestId('who').textContent()).resolves.toContain('Ada Admin (admin)');
  });

  it('approves and cancels from a bulk selection, with per-item results', async () => {
    const old = new Date(Date.now() - 30 * DAY).toISOString();
    const sales = [1, 2, 3, 4].map((n) => ({
      externalId: `e2e-${n}`,
      customerExternalId: `cust-e2e-${n}`,
      productSku: 'TENT-2P',
      partnerKey: 'carol',
      amount: { amount: 10_000, currency: 'USD' },
      occurredAt: old,
    }));
    await api(`mutation($sales: [SaleInput!]!) { recordSales(sales: $sales) { results { externalId } } }`, { sales });

    await openPage(page, 'Pending commissions', 'Pending commissions');
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Carol Camping Club (carol)' });
    await expect.poll(() => page.getByTestId('row-checkbox').count()).toBe(4);
    await page.getByLabel('Select commission e2e-1 of Carol Camping Club').check();
    await page.getByLabel('Select commission e2e-2 of Carol Camping Club').check();
    await expect(page.getByTestId('selection-summary').textContent()).resolves.toBe('2 selected');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.getByTestId('bulk-results').textContent()).toContain('Approve: 2 succeeded, 0 failed.');
    await expect.poll(() => page.getByTestId('row-checkbox').count()).toBe(2);

    // Someone else cancels e2e-3 meanwhile: the bulk cancel reports it instead of skipping it.
    const [third] = await commissionsOfSales(['e2e-3']);
    await api(`mutation($input: CancelCommissionsInput!) { cancelCommissions(input: $input) { succeeded } }`, {
      input: { reason: 'Cancelled elsewhere', selection: { ids: [third.id] } },
    });
    await page.getByRole('button', { name: 'Select page' }).click();
    await expect(page.getByTestId('selection-summary').textContent()).resolves.toBe('2 selected');
    await page.getByRole('button', { name: 'Cancel…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel commissions' });
    await dialog.getByLabel('Reason').fill('Order returned before shipping');
    await dialog.getByRole('button', { name: 'Cancel commissions' }).click();
    await expect.poll(() => page.getByTestId('bulk-results').textContent()).toContain('Cancel: 1 succeeded, 1 failed.');
    await expect(page.getByTestId('result-failed').textContent()).resolves.toContain('It is cancelled now');
    await checkPage(page, 'merchant-bulk-results');

    // All matching: the two demo commissions still inside the holding period fail, and say why.
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'All partners' });
    await expect.poll(() => page.getByTestId('row-checkbox').count()).toBe(2);
    await page.getByRole('button', { name: 'Select all matching' }).click();
    await expect(page.getByTestId('selection-summary').textContent()).resolves.toBe('All 2 matching');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.getByTestId('bulk-results').textContent()).toContain('Approve: 0 succeeded, 2 failed.');
    const held = await page.getByTestId('result-failed').first().textContent();
    expect(held).toContain('Still in its holding period: it can be approved from');
    expect(held).not.toMatch(/HOLDING_PERIOD|T\d\d:\d\d/);

    const after = await commissionsOfSales(['e2e-1', 'e2e-2', 'e2e-3', 'e2e-4']);
    const byOrder = Object.fromEntries(after.map((c: any) => [c.sale.externalId, c]));
    expect([byOrder['e2e-1'].status, byOrder['e2e-2'].status, byOrder['e2e-3'].status, byOrder['e2e-4'].status]).toEqual([
      'APPROVED',
      'APPROVED',
      'CANCELLED',
      'CANCELLED',
    ]);
    expect(byOrder['e2e-4'].cancelReason).toBe('Order returned before shipping');
    expect(byOrder['e2e-3'].cancelReason).toBe('Cancelled elsewhere');
  });

  it('exports the pending commissions as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all matching (CSV)' }).click();
    const file = await (await download).path();
    const text = fs.readFileSync(file, 'utf8');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const pending = await api(`{ pendingCommissions(page: { first: 100 }) { totalCount nodes { id } } }`);
    expect(rows).toHaveLength(pending.pendingCommissions.totalCount);
    expect(new Set(rows.map((r) => Object.values(r)[0]))).toEqual(new Set(pending.pendingCommissions.nodes.map((c: any) => c.id)));
  });

  it('creates a manual reward for a partner found by partner key, with a customer', async () => {
    await api(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, {
      input: { name: 'Dora Explorer', email: 'dora@partners.test', partnerKey: 'dx-2026', paypalEmail: 'dora-pp@partners.test' },
    });
    await openPage(page, 'Partners', 'Partners');
    await page.getByLabel('Search by name, email or partner key').fill('dx-2026');
    await expect.poll(() => page.getByRole('table', { name: 'Partners' }).locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: 'Dora Explorer' }).click();
    await settle(page, 'Dora Explorer');
    await page.getByRole('button', { name: 'Manual reward' }).click();
    const drawer = page.getByRole('form', { name: 'Manual reward' });
    await drawer.getByLabel('Description').fill('Backfilled referral bonus');
    await drawer.getByLabel('Amount', { exact: true }).fill('12.34');
    await drawer.getByLabel('Find a customer (optional)').fill('Dana');
    await expect.poll(() => drawer.locator('#reward-customer option').count()).toBe(2);
    await drawer.getByLabel('Customer', { exact: true }).selectOption({ label: 'Dana Hiker (cust-001, dana@example.test)' });
    await checkPage(page, 'merchant-manual-reward-drawer');
    await drawer.getByRole('button', { name: 'Create reward' }).click();
    await page.getByText('Reward created').waitFor();
    await expect.poll(() => page.getByTestId('balance-APPROVED-USD').textContent()).toContain('$12.34');
    await expect
      .poll(() => page.getByTestId('partner-reward').first().textContent())
      .toContain('Backfilled referral bonus · $12.34 · APPROVED');

    const { rewards, customers } = await api(
      `{ rewards(page: { first: 5 }) { nodes { description amount { amount currency } status customerId partner { partnerKey } } } customers(filter: { search: "cust-001" }) { nodes { id } } }`,
    );
    expect(rewards.nodes[0]).toEqual({
      description: 'Backfilled referral bonus',
      amount: { amount: 1234, currency: 'USD' },
      status: 'APPROVED',
      customerId: customers.nodes[0].id,
      partner: { partnerKey: 'dx-2026' },
    });
  });

  it('downloads the PayPal file and the pending payments CSV, checked against the API', async () => {
    // A partner with a PayPal email above the USD threshold (the demo may have paid the others already).
    const { partners } = await api(`{ partners(filter: { search: "dx-2026" }) { nodes { id } } }`);
    await api(`mutation($input: CreateManualRewardInput!) { createManualReward(input: $input) { id } }`, {
      input: { partnerId: partners.nodes[0].id, description: 'Launch campaign', amount: { amount: 7_500, currency: 'USD' } },
    });
    await openPage(page, 'Pending payments', 'Pending payments');
    await page.getByLabel('Currency', { exact: true }).selectOption('USD');
    await page.waitForLoadState('networkidle');
    const { pendingPayments } = await api(
      `{ pendingPayments(filter: { currency: "USD" }, page: { first: 100 }) { totalCount nodes { partnerId balance { amount currency } eligible paypalEmail } } }`,
    );
    const payable = pendingPayments.nodes.filter((r: any) => r.eligible && r.paypalEmail);
    expect(payable.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Preview PayPal files' }).click();
    const plan = page.getByTestId('paypal-plan');
    await expect.poll(() => plan.locator('tbody tr').first().textContent()).toContain(`${payable.length}`);
    await expect(plan.textContent()).resolves.toContain('Left out');
    await checkPage(page, 'merchant-paypal-plan');

    const paypal = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PayPal file' }).click();
    const paypalDownload = await paypal;
    expect(paypalDownload.suggestedFilename()).toMatch(/\.csv$/);
    const paypalText = fs.readFileSync(await paypalDownload.path(), 'utf8');
    const lines = parse(paypalText) as string[][];
    // PayPal's format: no header; recipient, amount in major units, currency, unique id, note, wallet.
    expect(lines.map((l) => [l[0], l[1], l[2], l[5]]).sort()).toEqual(
      payable.map((r: any) => [r.paypalEmail, formatMajorUnits(r.balance.amount, 'USD'), 'USD', 'PAYPAL']).sort(),
    );
    for (const line of lines) {
      expect(line).toHaveLength(6);
      expect(line[3].length).toBeLessThanOrEqual(30);
      expect(line[3]).not.toMatch(/\s/);
      expect(line[4].length).toBeLessThanOrEqual(400);
    }
    await page.getByTestId('paypal-report').waitFor();

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csvRows = parse(fs.readFileSync(await (await csv).path(), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csvRows).toHaveLength(pendingPayments.totalCount);
  });

  it('pays every eligible partner by their own method after a confirmation grouped by method, listing who cannot be paid and why', async () => {
    // Mixed methods: one eligible partner by bank transfer, one by other means, one with none at all.
    const eligible = await api(
      `{ pendingPayments(filter: { eligibleOnly: true }, page: { first: 100 }) { nodes { partnerId partner { name } } } }`,
    );
    const others = eligible.pendingPayments.nodes.filter((n: any) => !n.partner.name.startsWith('Alice'));
    expect(others.length).toBeGreaterThanOrEqual(2);
    const SET = `mutation($input: SetPartnerPayoutMethodInput!) { setPartnerPayoutMethod(input: $input) { changed } }`;
    await api(SET, {
      input: {
        partnerId: others[0].partnerId,
        method: 'BANK_TRANSFER',
        bankTransfer: { accountHolder: 'E2E Holder', iban: 'DE89 3704 0044 0532 0130 00' },
      },
    });
    await api(SET, { input: { partnerId: others[1].partnerId, method: 'OTHER', instructions: 'Cheque to the office' } });
    if (others[2]) await app.dataSource.query(`UPDATE partner SET payout_method = NULL WHERE id = $1`, [others[2].partnerId]);
    const { payPreview: preview } = await api(
      `{ payPreview(input: { selection: { allEligible: true } }) { payableCount blockedCount totals { amount currency } groups { method items { partnerId } } blocked { partnerName reason } } }`,
    );
    expect(preview.groups.map((g: any) => g.method)).toEqual(expect.arrayContaining(['BANK_TRANSFER', 'OTHER']));

    await page.getByLabel('Currency', { exact: true }).selectOption('');
    await page.waitForLoadState('networkidle');
    // A PayPal preview open before paying is stale afterwards: it goes away.
    await page.getByRole('button', { name: 'Preview PayPal files' }).click();
    await page.getByTestId('paypal-plan').waitFor();
    await page.getByRole('button', { name: 'Select all eligible' }).click();
    await page.getByRole('button', { name: 'Pay…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pay partners' });
    await dialog.getByTestId('pay-totals').waitFor();
    // A payout to details changed in the last 48 hours (just now, by the admin) is flagged in the confirmation.
    await dialog
      .getByTestId('payout-details-warning')
      .getByText(new RegExp(`${others[0].partner.name}: changed .* by your team`))
      .waitFor();
    await dialog.getByTestId('pay-group-BANK_TRANSFER').waitFor();
    await dialog.getByTestId('pay-group-OTHER').waitFor();
    const totalsText = await dialog.getByTestId('pay-totals').textContent();
    for (const t of preview.totals) expect(totalsText).toContain(money(t));
    if (preview.blockedCount > 0) {
      const blockedText = await dialog.getByTestId('pay-blocked').textContent();
      for (const b of preview.blocked) expect(blockedText).toContain(b.partnerName);
      expect(blockedText).not.toMatch(/NO_PAYOUT_METHOD|MISSING_PAYPAL_EMAIL/);
    }
    await dialog.getByLabel('Reference (optional)').fill('E2E-BATCH-1');
    await checkPage(page, 'merchant-pay-confirmation');
    await dialog.getByRole('button', { name: /Confirm payment/ }).click();
    await expect
      .poll(() => page.getByTestId('bulk-results').textContent())
      .toContain(`${preview.payableCount} succeeded, ${preview.blockedCount} failed.`);
    await expect(page.getByTestId('paypal-plan').count()).resolves.toBe(0);

    const after = await api(
      `{ payments(filter: { voided: false }, page: { first: 100 }) { totalCount nodes { reference method amount { amount currency } partnerId } } pendingPayments(filter: { eligibleOnly: true }) { totalCount } }`,
    );
    const batch = after.payments.nodes.filter((p: any) => p.reference === 'E2E-BATCH-1');
    expect(batch).toHaveLength(preview.payableCount);
    const methodOf = new Map(preview.groups.flatMap((g: any) => g.items.map((i: any) => [i.partnerId, g.method])));
    expect(batch.every((p: any) => p.method === methodOf.get(p.partnerId))).toBe(true);
    expect(new Set(batch.map((p: any) => p.method)).size).toBeGreaterThan(1);
    // Who could not be paid is still there to pay once they have a method.
    expect(after.pendingPayments.totalCount).toBe(preview.blockedCount);
  });

  it('emails partners about payments: an explicit audience counted before sending, placeholders by click, a preview as one recipient gets it', async () => {
    const { pendingPaymentEmailAudience: expected } = await api(
      `{ pendingPaymentEmailAudience(input: { eligibleOnly: false }) { count skippedNothingDue sample { name } } }`,
    );
    await page.getByRole('button', { name: 'Email partners…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Email partners' });
    await expect.poll(() => dialog.getByTestId('email-recipients').textContent()).toContain(`${expected.count} partner`);
    await dialog.getByLabel('Subject').fill('Your upcoming payment');
    await dialog.getByLabel('Message').fill('Due: ');
    await dialog.getByRole('button', { name: '{{payment.amount}}' }).click();
    await expect(dialog.getByLabel('Message').inputValue()).resolves.toBe('Due: {{payment.amount}}');
    if (expected.count > 0) {
      await dialog.getByRole('button', { name: 'Preview' }).click();
      const preview = dialog.getByTestId('email-preview');
      await expect.poll(() => preview.textContent()).toContain('will receive it');
      expect(await preview.textContent()).not.toContain('{{payment.amount}}');
    }
    await checkPage(page, 'merchant-email-payments');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('refunds a paid sale and shows the clawback it caused', async () => {
    const { commissionHistory } = await api(
      `{ commissionHistory(page: { first: 100 }) { nodes { id kind amount { amount currency } sale { id externalId refunded { amount currency } } } } }`,
    );
    const paid = commissionHistory.nodes.find((c: any) => c.kind === 'SALE' && c.sale && c.sale.refunded.amount === 0);
    expect(paid).toBeTruthy();

    await openPage(page, 'Sales', 'Sales');
    await page.getByLabel('Order id').fill(paid.sale.externalId);
    await expect.poll(() => page.getByRole('table', { name: 'Sales' }).locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('link', { name: paid.sale.externalId }).click();
    await settle(page, `Sale ${paid.sale.externalId}`);
    await page.getByRole('button', { name: 'Full amount' }).click();
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    // Asked first: cancelling changes nothing, accepting records it.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
    await expect(page.getByTestId('refund-result').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Record refund' }).click();
    const result = page.getByTestId('refund-result');
    await expect.poll(() => result.textContent()).toContain('Refund recorded.');
    await expect(page.getByTestId('clawback').first().textContent()).resolves.toContain(
      money({ amount: -paid.amount.amount, currency: paid.amount.currency }),
    );
    await page.getByTestId('clawback-summary').waitFor();
    await checkPage(page, 'merchant-sale-refund-clawback');

    const { sale } = await api(
      `query($id: UUID!) { sale(id: $id) { commissions { kind status amount { amount currency } clawbackOfId } } }`,
      {
        id: paid.sale.id,
      },
    );
    const clawback = sale.commissions.find((c: any) => c.kind === 'CLAWBACK');
    expect(clawback).toMatchObject({
      status: 'APPROVED',
      clawbackOfId: paid.id,
      amount: { amount: -paid.amount.amount, currency: paid.amount.currency },
    });
  });

  it('reinstates a cancelled commission from its sale', async () => {
    await openPage(page, 'Sales', 'Sales');
    await page.getByLabel('Order id').fill('e2e-4');
    await expect.poll(() => page.getByRole('table', { name: 'Sales' }).locator('tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('link', { name: 'e2e-4' }).click();
    await settle(page, 'Sale e2e-4');
    await page.getByRole('button', { name: 'Reinstate cancelled commissions' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reinstate' }).click();
    await expect.poll(() => page.getByTestId('bulk-results').textContent()).toContain('Reinstate: 1 succeeded, 0 failed.');
    const [reinstated] = await commissionsOfSales(['e2e-4']);
    expect(reinstated.status).toBe('PENDING');
  });

  it('emails the partners of selected commissions and shows the outbox', async () => {
    await openPage(page, 'Pending commissions', 'Pending commissions');
    await page.getByLabel('Select commission e2e-4 of Carol Camping Club').check();
    await page.getByRole('button', { name: 'Email partners…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Email partners' });
    // The audience is counted before sending, and the message previewed as its recipient will get it.
    await expect.poll(() => dialog.getByTestId('email-recipients').textContent()).toContain('— 1 partner');
    await expect(dialog.getByLabel('Preview as').inputValue()).resolves.toBeTruthy();
    await dialog.getByLabel('Subject').fill('Your reinstated commission');
    await dialog.getByLabel('Message').fill('Hello {{partner.name}}: ');
    await dialog.getByRole('button', { name: '{{sales}}' }).click();
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByTestId('email-preview');
    await expect.poll(() => preview.textContent()).toContain('carol@partners.test will receive it');
    expect(await preview.textContent()).toContain('e2e-4');
    expect(await preview.textContent()).not.toContain('{{');
    await dialog.getByRole('button', { name: 'Queue emails' }).click();
    await page.getByText('Emails queued').waitFor();
    await openPage(page, 'Email outbox', 'Email outbox');
    await page.getByRole('cell', { name: 'Your reinstated commission' }).waitFor();
    const { emailOutbox } = await api(`{ emailOutbox(filter: { topic: COMMISSIONS }) { nodes { subject recipient } } }`);
    expect(emailOutbox.nodes).toContainEqual({ subject: 'Your reinstated commission', recipient: 'carol@partners.test' });
  });

  it('voids a payment', async () => {
    await openPage(page, 'Payments', 'Payments');
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Dora Explorer' });
    await expect.poll(() => page.getByTestId('payment-amount').count()).toBe(1);
    await page.getByRole('button', { name: /^Void payment of/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Void payment' });
    await dialog.getByLabel('Reason').fill('Bank transfer bounced');
    await dialog.getByRole('button', { name: 'Void payment' }).click();
    await page.getByRole('table', { name: 'Payments' }).getByText('Bank transfer bounced').waitFor();
    const { payments } = await api(`{ payments(filter: { voided: true }) { nodes { voidReason partner { partnerKey } } } }`);
    expect(payments.nodes).toEqual([{ voidReason: 'Bank transfer bounced', partner: { partnerKey: 'dx-2026' } }]);
  });

  it('every main page: screenshot and no serious accessibility violation', async () => {
    const pages: [string, string, string][] = [
      ['Overview', 'Overview', 'merchant-overview'],
      ['Pending commissions', 'Pending commissions', 'merchant-pending-commissions'],
      ['Pending payments', 'Pending payments', 'merchant-pending-payments'],
      ['Commission history', 'Commission history', 'merchant-commission-history'],
      ['Payments', 'Payments', 'merchant-payments'],
      ['Partners', 'Partners', 'merchant-partners'],
      ['Review rewards', 'Review rewards', 'merchant-review-rewards'],
      ['Sales', 'Sales', 'merchant-sales'],
      ['Email outbox', 'Email outbox', 'merchant-email-outbox'],
      ['Settings', 'Program settings', 'merchant-settings'],
      ['API keys', 'API keys', 'merchant-api-keys'],
      ['Audit log', 'Audit log', 'merchant-audit-log'],
    ];
    for (const [link, heading, name] of pages) {
      await openPage(page, link, heading);
      await checkPage(page, name);
    }
    await openPage(page, 'Partners', 'Partners');
    await page.getByRole('link', { name: 'Alice Outdoors Blog' }).click();
    await settle(page, 'Alice Outdoors Blog');
    await checkPage(page, 'merchant-partner-detail');
  });
});
