import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '@partnerbook/shared';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, type Browser } from './browser';
import { apiAs, tokenFor } from './api';

const [ADMIN] = DEMO_LOGINS;
/**
 * A sale recorded at 11:30 UTC on 14 March 2026 (a fixed instant, never the wall clock): in
 * Pacific/Auckland (UTC+13 then) it happened at 00:30 on 15 March. The program's time zone and
 * locale (de-DE) rule what the portal shows, and filtering for the day shown finds the sale.
 */
const SALE_AT = '2026-03-14T11:30:00.000Z';
const ORDER = 'tz-near-midnight';
const SHOWN_DAY = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Pacific/Auckland' }).format(new Date(SALE_AT));

async function expectNoHorizontalOverflow(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: document ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

const query = (page: Page) => new URL(page.url()).searchParams;
/** Typing is debounced and the machine may be busy: conditions get time, never a fixed sleep. */
const POLL = { timeout: 15_000 };

describe('time, place and lists, in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp();
    await seedDemo(app.dataSource);
    const api = apiAs(app, await tokenFor(app, ADMIN.email, ADMIN.password));
    await api(`mutation($i: ProgramSettingsInput!) { updateProgramSettings(input: $i) { timezone } }`, {
      i: { timezone: 'Pacific/Auckland', locale: 'de-DE' },
    });
    await api(`mutation($sales: [SaleInput!]!) { recordSales(sales: $sales) { results { result { __typename } } } }`, {
      sales: [
        {
          externalId: ORDER,
          customerExternalId: 'cust-tz',
          productSku: 'TENT-2P',
          partnerKey: 'carol',
          amount: { amount: 123_456, currency: 'USD' },
          occurredAt: SALE_AT,
        },
      ],
    });
    browser = await launchBrowser();
    page = browser.page;
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await settle(page, 'Overview');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows a sale on its Auckland date in German, says which time zone, and finds it by that date', async () => {
    expect(SHOWN_DAY).toBe('15.03.2026');
    await openPage(page, 'Sales', 'Sales');
    await expect(page.getByTestId('time-zone-note').textContent()).resolves.toBe('Times in Pacific/Auckland');
    const table = page.getByRole('table', { name: 'Sales' });
    await page.getByLabel('Order id').fill(ORDER);
    await expect.poll(() => table.getByRole('row').count(), POLL).toBe(2);
    const row = table.getByRole('row').nth(1);
    await expect(row.getByTestId('sale-date').textContent()).resolves.toBe(SHOWN_DAY);
    await expect(row.textContent()).resolves.toContain(formatMoney({ amount: 123_456, currency: 'USD' }, 'de-DE'));

    // Filter by the day shown (and only by it): the row is there.
    await page.getByLabel('Order id').fill('');
    await expect.poll(() => query(page).get('order'), POLL).toBeNull();
    await page.getByLabel('Sold from').fill('2026-03-15');
    await page.getByLabel('Sold to').fill('2026-03-15');
    await expect.poll(() => query(page).get('to'), POLL).toBe('2026-03-15');
    // Only the day's sales are left (the header row and theirs: this one alone).
    await expect.poll(() => table.getByRole('row').count(), POLL).toBe(2);
    await expect(table.getByRole('link', { name: ORDER }).count()).resolves.toBe(1);
    for (const shown of await table.getByTestId('sale-date').allTextContents()) expect(shown).toBe(SHOWN_DAY);

    // The UTC day of the sale is not the day it happened in Auckland.
    await page.getByLabel('Sold from').fill('2026-03-14');
    await page.getByLabel('Sold to').fill('2026-03-14');
    await expect.poll(() => query(page).get('to'), POLL).toBe('2026-03-14');
    await settle(page, 'Sales');
    await expect.poll(() => table.getByRole('link', { name: ORDER }).count(), POLL).toBe(0);
  });

  it('keeps filters and sort in the URL through a reload and Back', async () => {
    await page.getByLabel('Sold from').fill('2026-03-15');
    await page.getByLabel('Sold to').fill('2026-03-15');
    await expect.poll(() => query(page).get('from'), POLL).toBe('2026-03-15');
    const table = page.getByRole('table', { name: 'Sales' });
    await table.getByRole('columnheader', { name: 'Amount' }).click();
    await expect.poll(() => query(page).get('sort'), POLL).toBe('amount');
    await page.reload();
    await settle(page, 'Sales');
    await expect(page.getByLabel('Sold from').inputValue()).resolves.toBe('2026-03-15');
    await expect(page.getByLabel('Sold to').inputValue()).resolves.toBe('2026-03-15');
    await expect.poll(() => table.getByRole('link', { name: ORDER }).count(), POLL).toBe(1);
    await expect(table.getByRole('columnheader', { name: 'Amount' }).getAttribute('aria-sort')).resolves.toMatch(/ascending|descending/);

    await openPage(page, 'Partners', 'Partners');
    await page.goBack();
    await settle(page, 'Sales');
    await expect(page.getByLabel('Sold to').inputValue()).resolves.toBe('2026-03-15');
    await expect.poll(() => table.getByRole('link', { name: ORDER }).count(), POLL).toBe(1);
  });

  it('keeps the filters of partners, payments, pending payments and the outbox in the URL; currencies are picked', async () => {
    await openPage(page, 'Partners', 'Partners');
    await page.getByLabel('Status').selectOption('ACTIVE');
    await page.getByRole('table', { name: 'Partners' }).getByRole('columnheader', { name: 'Name' }).click();
    await expect.poll(() => query(page).get('sort'), POLL).toBe('name');
    expect(query(page).get('status')).toBe('active');
    await page.reload();
    await settle(page, 'Partners');
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('ACTIVE');
    const names = await page.getByRole('table', { name: 'Partners' }).getByRole('link').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    // By name, A to Z (the first click on a column sorts ascending).
    for (let i = 1; i < names.length; i++)
      expect(names[i - 1].toLowerCase().localeCompare(names[i].toLowerCase(), 'en')).toBeLessThanOrEqual(0);

    await openPage(page, 'Payments', 'Payments');
    const currencies = await page.locator('#pay-filter-currency option').allTextContents();
    expect(currencies[0]).toBe('All currencies');
    expect(currencies.slice(1).sort()).toEqual(['EUR', 'USD']);
    await page.locator('#pay-filter-currency').selectOption('EUR');
    await expect.poll(() => query(page).get('currency'), POLL).toBe('EUR');
    await page.reload();
    await settle(page, 'Payments');
    await expect(page.locator('#pay-filter-currency').inputValue()).resolves.toBe('EUR');

    await openPage(page, 'Pending payments', 'Pending payments');
    await page.getByLabel('Currency', { exact: true }).selectOption('USD');
    await expect.poll(() => query(page).get('currency'), POLL).toBe('USD');
    await page.reload();
    await settle(page, 'Pending payments');
    await expect(page.getByLabel('Currency', { exact: true }).inputValue()).resolves.toBe('USD');

    await openPage(page, 'Email outbox', 'Email outbox');
    await page.getByLabel('Status').selectOption('SENT');
    await expect.poll(() => query(page).get('status'), POLL).toBe('sent');
    await page.reload();
    await settle(page, 'Email outbox');
    await expect(page.getByLabel('Status').inputValue()).resolves.toBe('SENT');
    await openPage(page, 'Sales', 'Sales');
  });

  it('fits a phone (390 px) with the filters on', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await settle(page, 'Sales');
    await expect.poll(() => page.getByRole('table', { name: 'Sales' }).getByRole('link', { name: ORDER }).count(), POLL).toBe(1);
    await expectNoHorizontalOverflow(page, 'sales (phone)');
    await checkPage(page, 'time-sales-auckland-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
