import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';
import { apiAs, money, tokenFor } from './api';
import { linkFromOutbox } from './outbox';

const [ADMIN, VIEWER] = DEMO_LOGINS;

/** The overview from the API, customers and reinstate, creating partners and products: merchant flows in the browser. */
describe('overview, customers, partners and products in the browser', () => {
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
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await settle(page, 'Overview');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function expectOverviewMatchesApi(bucket: 'DAY' | 'WEEK' | 'MONTH', days: number) {
    const { programOverview } = await api(
      `query($input: OverviewInput!) { programOverview(input: $input) {
        balances { status count total { amount currency } }
        amountsDue { currency eligibleBalance { amount currency } eligibleCount partnerCount }
        series { currency points { earned { amount currency } clawbacks { amount currency } payouts { amount currency } } } } }`,
      // The page's period ends when it was opened; every demo record is well inside both ends.
      { input: { bucket, from: new Date(Date.now() - days * 86_400_000).toISOString() } },
    );
    for (const line of programOverview.balances) {
      const row = await page.getByTestId(`balance-${line.status}-${line.total.currency}`).textContent();
      expect(row).toContain(money(line.total));
      expect(row).toContain(String(line.count));
    }
    await expect(page.locator('[data-testid^="balance-"]').count()).resolves.toBe(programOverview.balances.length);
    expect(programOverview.amountsDue.length).toBeGreaterThan(0);
    for (const due of programOverview.amountsDue) {
      const card = await page.getByTestId(`due-${due.currency}`).textContent();
      expect(card).toContain(money(due.eligibleBalance));
      expect(card).toContain(`${due.eligibleCount} of ${due.partnerCount} partners eligible`);
    }
    expect(programOverview.series.length).toBeGreaterThan(0);
    for (const s of programOverview.series) {
      const sum = (pick: (p: any) => { amount: number }) => ({
        amount: s.points.reduce((t: number, p: any) => t + pick(p).amount, 0),
        currency: s.currency,
      });
      const row = page.getByTestId('overview-totals').locator(`tr[data-currency="${s.currency}"]`);
      await expect(row.getByTestId('total-earned').textContent()).resolves.toBe(money(sum((p) => p.earned)));
      await expect(row.getByTestId('total-clawbacks').textContent()).resolves.toBe(money(sum((p) => p.clawbacks)));
      await expect(row.getByTestId('total-payouts').textContent()).resolves.toBe(money(sum((p) => p.payouts)));
    }
    await expect(page.getByTestId('overview-totals').locator('tbody tr').count()).resolves.toBe(programOverview.series.length);
  }

  it('overview shows the program-wide numbers of the API, by month and by day', async () => {
    await openPage(page, 'Overview', 'Overview');
    await expect(page.getByText(/first \d+ partners|latest 100/).count()).resolves.toBe(0);
    // A new period is a new request: wait for its answer to be shown.
    const choose = async (key: string) => {
      const answered = page.waitForResponse((r) => r.url().includes('/graphql') && !!r.request().postData()?.includes('MerchantOverview'));
      await page.getByTestId('period-picker').selectOption(key);
      await answered;
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => !document.querySelector('.query-state .loading'));
    };
    await choose('12M');
    await expectOverviewMatchesApi('MONTH', 365);
    await choose('7D');
    await page.locator('figcaption', { hasText: 'Revenue from partners and commissions, USD' }).waitFor();
    await expectOverviewMatchesApi('DAY', 7);
    await checkPage(page, 'merchant-overview-by-day');
  });

  it('reinstates cancelled commissions from the customer page, with per-item results', async () => {
    const { commissions } = await api(
      `{ commissions(filter: { status: CANCELLED }, page: { first: 100 }) { nodes { id amount { amount currency } cancelReason sale { id externalId customer { id externalId name } } } } }`,
    );
    const fraud = commissions.nodes.filter((c: any) => c.cancelReason?.includes('fraudulent') && c.sale);
    expect(fraud.length).toBeGreaterThan(0);
    const customer = fraud[0].sale.customer;
    const { customer: detail, sales } = await api(
      `query($id: UUID!) { customer(id: $id) { firstReferrer { name } lastReferrer { name } }
        sales(filter: { customerId: $id }, page: { first: 20 }) { nodes { commissions { id status } } } }`,
      { id: customer.id },
    );
    const cancelledIds = sales.nodes.flatMap((s: any) => s.commissions.filter((c: any) => c.status === 'CANCELLED').map((c: any) => c.id));

    await openPage(page, 'Customers', 'Customers');
    await checkPage(page, 'merchant-customers');
    await page.getByLabel('Search by your customer id, name or email').fill(customer.externalId);
    await expect.poll(() => page.getByTestId('customer-link').count()).toBe(1);
    await page.getByTestId('customer-link').click();
    await settle(page, `Customer ${customer.name ?? customer.externalId}`);
    await expect(page.getByTestId('first-referrer').textContent()).resolves.toContain(detail.firstReferrer?.name ?? '—');
    await expect(page.getByTestId('last-referrer').textContent()).resolves.toContain(detail.lastReferrer?.name ?? '—');
    await checkPage(page, 'merchant-customer-detail');

    await page.getByTestId('reinstate-all').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reinstate' }).click();
    await expect
      .poll(() => page.getByTestId('bulk-results').textContent())
      .toContain(`Reinstate: ${cancelledIds.length} succeeded, 0 failed.`);
    await expect(page.getByTestId('result-ok').count()).resolves.toBe(cancelledIds.length);
    await expect(page.getByTestId('result-ok').first().textContent()).resolves.toContain('now pending');
    const after = await api(`{ commissions(page: { first: 100 }) { nodes { id status } } }`);
    for (const id of cancelledIds) expect(after.commissions.nodes.find((c: any) => c.id === id)?.status).toBe('PENDING');
    await expect.poll(() => page.getByTestId('reinstate-all').count()).toBe(0);
    await checkPage(page, 'merchant-customer-reinstated');

    // The sale page links back to its customer.
    await page.getByRole('link', { name: `Sale ${fraud[0].sale.externalId}` }).click();
    await settle(page, `Sale ${fraud[0].sale.externalId}`);
    await page.getByTestId('sale-customer-link').click();
    await settle(page, `Customer ${customer.name ?? customer.externalId}`);
  });

  it('creates a partner who can then sign in', async () => {
    await openPage(page, 'Partners', 'Partners');
    await page.getByTestId('new-partner').click();
    const dialog = page.getByRole('dialog', { name: 'New partner' });
    await dialog.getByLabel('Name').fill('Dana Hikes');
    await dialog.getByLabel('Email', { exact: true }).fill('dana@partners.test');
    await dialog.getByLabel('Partner key').fill('x');
    await expect(dialog.getByRole('alert').first().textContent()).resolves.toContain('partner key');
    await expect(dialog.getByRole('button', { name: 'Create partner' }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('Partner key').fill('dana');
    await dialog.getByLabel('PayPal email (optional)').fill('dana-pp@partners.test');
    await checkPage(page, 'merchant-new-partner');
    await dialog.getByRole('button', { name: 'Create partner' }).click();
    await settle(page, 'Dana Hikes');
    await page.getByText('Partner Dana Hikes created').waitFor();
    const { partners } = await api(`{ partners(filter: { search: "dana" }) { nodes { id name email partnerKey paypalEmail status } } }`);
    expect(partners.nodes).toEqual([
      expect.objectContaining({
        name: 'Dana Hikes',
        email: 'dana@partners.test',
        partnerKey: 'dana',
        paypalEmail: 'dana-pp@partners.test',
        status: 'ACTIVE',
      }),
    ]);
    // Nobody typed her password: she chooses it from the welcome email, then signs in.
    const token = new URL(await linkFromOutbox(app, 'dana@partners.test', 'set-password')).hash.slice('#token='.length);
    const chosen = await app.gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename } }`, {
      input: { token, newPassword: 'dana hikes a lot' },
    });
    expect(chosen.data.resetPassword.__typename).toBe('PasswordChanged');
    expect(await tokenFor(app, 'dana@partners.test', 'dana hikes a lot')).toBeTruthy();

    // A duplicate partner key is refused with the API's message, nothing created.
    await openPage(page, 'Partners', 'Partners');
    await page.getByTestId('new-partner').click();
    await dialog.getByLabel('Name').fill('Dana Again');
    await dialog.getByLabel('Email', { exact: true }).fill('dana2@partners.test');
    await dialog.getByLabel('Partner key').fill('dana');
    await dialog.getByRole('button', { name: 'Create partner' }).click();
    await expect.poll(() => dialog.getByRole('alert').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    const again = await api(`{ partners(filter: { search: "dana" }) { totalCount } }`);
    expect(again.partners.totalCount).toBe(1);

    // Suspend, and a threshold override.
    await page.getByRole('link', { name: 'Dana Hikes' }).click();
    await settle(page, 'Dana Hikes');
    await page.getByRole('button', { name: 'Set a threshold override…' }).click();
    await page.getByRole('textbox', { name: 'Pay threshold override' }).fill('75.50');
    await page.getByRole('button', { name: 'Set override' }).click();
    await expect.poll(() => page.getByTestId('threshold-overrides').textContent()).toContain(money({ amount: 7550, currency: 'USD' }));
    await page.getByRole('button', { name: 'Suspend partner' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Suspend' }).click();
    await page.getByText('Dana Hikes suspended').waitFor();
    await page.getByRole('button', { name: 'Reactivate partner' }).waitFor();
    const { partner } = await api(`query($id: UUID!) { partner(id: $id) { status payThresholdOverrides { amount currency } } }`, {
      id: partners.nodes[0].id,
    });
    expect(partner).toEqual({ status: 'SUSPENDED', payThresholdOverrides: [{ amount: 7550, currency: 'USD' }] });
  });

  it('creates and edits a product: a percentage as basis points, a flat amount in minor units', async () => {
    await openPage(page, 'Products', 'Products');
    await page.getByTestId('new-product').click();
    const dialog = page.getByRole('dialog', { name: 'New product' });
    await dialog.getByLabel('SKU').fill('STOVE');
    await dialog.getByLabel('Name').fill('Camping stove');
    await dialog.getByLabel('Rate (%)').fill('12.345');
    await expect(dialog.getByRole('alert').first().textContent()).resolves.toContain('two decimals');
    await dialog.getByLabel('Rate (%)').fill('12.5');
    await dialog.getByLabel('Pays which referrer').selectOption('BOTH');
    await checkPage(page, 'merchant-new-product');
    await dialog.getByRole('button', { name: 'Create product' }).click();
    await expect.poll(() => page.getByTestId('rule-STOVE').textContent()).toBe('12.5 %');
    let { products } = await api(
      `{ products { sku name commissionable attribution rule { type rateBps flatAmount { amount currency } } } }`,
    );
    expect(products.find((p: any) => p.sku === 'STOVE')).toEqual({
      sku: 'STOVE',
      name: 'Camping stove',
      commissionable: true,
      attribution: 'BOTH',
      rule: { type: 'PERCENT', rateBps: 1250, flatAmount: null },
    });

    await page.getByRole('button', { name: 'Edit product STOVE' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit product STOVE' });
    await expect(edit.getByLabel('Rate (%)').inputValue()).resolves.toBe('12.5');
    await edit.getByLabel('Commission rule').selectOption('FLAT');
    await edit.getByLabel('Amount per sale').fill('7.25');
    await edit.getByLabel('Pays which referrer').selectOption('');
    await edit.getByRole('button', { name: 'Save product' }).click();
    await expect.poll(() => page.getByTestId('rule-STOVE').textContent()).toBe(`${money({ amount: 725, currency: 'USD' })} per sale`);
    ({ products } = await api(`{ products { sku attribution rule { type rateBps flatAmount { amount currency } } } }`));
    expect(products.find((p: any) => p.sku === 'STOVE')).toEqual({
      sku: 'STOVE',
      attribution: null,
      rule: { type: 'FLAT', rateBps: null, flatAmount: { amount: 725, currency: 'USD' } },
    });
    await checkPage(page, 'merchant-products');
  });

  it('records a sale by hand and says so; the same order id again records nothing and says why', async () => {
    const fill = async () => {
      await openPage(page, 'Sales', 'Sales');
      await page.getByRole('button', { name: 'Record a sale manually' }).click();
      const dialog = page.getByRole('dialog', { name: 'Record a sale manually' });
      await dialog.getByLabel('Partner').selectOption({ index: 1 });
      await dialog.getByLabel('Product').selectOption({ index: 1 });
      await dialog.getByLabel('Customer id (yours)').fill('manual-cust-1');
      await dialog.getByLabel('Order id (yours)').fill('manual-order-1');
      await dialog.getByLabel('Amount paid').fill('120.00');
      await dialog.getByRole('button', { name: 'Record sale' }).click();
      return dialog;
    };
    await fill();
    await settle(page, 'Sale manual-order-1');
    await page.getByText('Sale manual-order-1 recorded').waitFor();
    const dialog = await fill();
    await dialog.getByRole('alert').getByText('A sale with order id manual-order-1 exists already').waitFor();
    await page.keyboard.press('Escape');
    const { sales } = await api(`{ sales(filter: { externalId: "manual-order-1" }) { totalCount } }`);
    expect(sales.totalCount).toBe(1);
  });

  it('a viewer sees customers, products and partners without any action control', async () => {
    await signOut(page);
    await signIn(page, app.url, VIEWER.email, VIEWER.password);
    await settle(page, 'Overview');
    await openPage(page, 'Partners', 'Partners');
    await expect(page.getByTestId('new-partner').count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Dana Hikes' }).click();
    await settle(page, 'Dana Hikes');
    await expect(page.getByRole('button', { name: /Suspend partner|Reactivate partner|threshold override/ }).count()).resolves.toBe(0);
    await openPage(page, 'Products', 'Products');
    await expect(page.getByTestId('new-product').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Edit product/ }).count()).resolves.toBe(0);
    await openPage(page, 'Customers', 'Customers');
    await page.getByTestId('customer-link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Customer / }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('button', { name: /Reinstate/ }).count()).resolves.toBe(0);
  });
});
