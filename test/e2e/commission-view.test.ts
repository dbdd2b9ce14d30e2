import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectTypename, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, type Browser } from './browser';
import { tokenFor } from './api';

const [ADMIN] = DEMO_LOGINS;
const DAY = 86_400_000;
const VIEWPORTS = [
  { width: 390, height: 844, name: 'phone' },
  { width: 1440, height: 900, name: 'desktop' },
] as const;

/** The document never scrolls sideways (wide tables scroll inside their own box). */
async function expectNoHorizontalOverflow(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: document ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

describe('all commissions and the audit log, in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp();
    await seedDemo(app.dataSource);
    const token = await tokenFor(app, ADMIN.email, ADMIN.password);
    browser = await launchBrowser();
    page = browser.page;
    // Two orders of Carol's, both cancelled through the API: one to reinstate per viewport.
    const sales = VIEWPORTS.map((viewport) => ({
      externalId: `cv-${viewport.name}`,
      customerExternalId: `cust-cv-${viewport.name}`,
      productSku: 'TENT-2P',
      partnerKey: 'carol',
      amount: { amount: 20_000, currency: 'USD' },
      occurredAt: new Date(Date.now() - 3 * DAY).toISOString(),
    }));
    const recorded = await app.gqlData(
      graphql(`
        mutation CommissionViewRecord($sales: [SaleInput!]!) {
          recordSales(sales: $sales) {
            results {
              result {
                __typename
                ... on SaleRecorded {
                  commissions {
                    id
                  }
                }
              }
            }
          }
        }
      `),
      { sales },
      token,
    );
    const ids = recorded.recordSales.results.map((r) => expectTypename(r.result, 'SaleRecorded').commissions[0].id);
    await app.gqlData(
      graphql(`
        mutation CommissionViewCancel($i: CancelCommissionsInput!) {
          cancelCommissions(input: $i) {
            succeeded
          }
        }
      `),
      { i: { selection: { ids }, reason: 'Order disputed' } },
      token,
    );
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await settle(page, 'Overview');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`reinstates a cancelled commission with confirmation, naming partner and order (${viewport.name})`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openPage(page, 'All commissions', 'All commissions');
      await page.getByLabel('Status').selectOption({ label: 'Cancelled' });
      await page.getByLabel('Order id').fill(`cv-${viewport.name}`);
      // The filters live in the URL: a reload keeps them.
      await expect.poll(() => new URL(page.url()).searchParams.get('order')).toBe(`cv-${viewport.name}`);
      expect(new URL(page.url()).searchParams.get('status')).toBe('cancelled');
      await page.reload();
      await settle(page, 'All commissions');
      await expect(page.getByLabel('Status').inputValue()).resolves.toBe('CANCELLED');
      const table = page.getByRole('table', { name: 'All commissions' });
      await expect.poll(() => table.getByRole('row').count()).toBe(2);
      const row = table.getByRole('row').nth(1);
      await expect(row.textContent()).resolves.toMatch(/Carol Camping Club.*cv-.*Cancelled.*Order disputed/s);
      await expect(row.getByRole('link', { name: `cv-${viewport.name}` }).getAttribute('href')).resolves.toMatch(/^\/merchant\/sales\//);
      await expectNoHorizontalOverflow(page, `all commissions (${viewport.name})`);
      await checkPage(page, `commission-view-all-${viewport.name}`);

      await row.getByRole('button', { name: /Reinstate/ }).click();
      const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
      await expect(dialog.textContent()).resolves.toContain(`Carol Camping Club’s commission on order cv-${viewport.name}`);
      await expectNoHorizontalOverflow(page, `reinstate confirmation (${viewport.name})`);
      await dialog.getByRole('button', { name: 'Reinstate' }).click();
      const toast = page.locator('.p-toast-message').filter({ hasText: 'Reinstated' });
      await toast.waitFor();
      await expect(toast.textContent()).resolves.toContain(`Carol Camping Club’s commission on order cv-${viewport.name}`);
      // No raw id in what the person reads.
      expect(await toast.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      // No longer cancelled: gone from this filter.
      await page.getByText('No commission matches these filters.').waitFor();
      await page.getByLabel('Status').selectOption({ label: 'Any status' });
      await expect.poll(async () => (await table.textContent()) ?? '').toMatch(/Pending/);
      await expect(table.textContent()).resolves.toContain('in holding period until');
    });
  }

  for (const viewport of VIEWPORTS) {
    it(`the audit log reads as sentences with linked objects (${viewport.name})`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await openPage(page, 'Audit log', 'Audit log');
      await page.getByLabel('Who').selectOption({ label: 'Ada Admin' });
      await page.getByLabel('What').selectOption({ label: 'Commission: reinstate' });
      await expect.poll(() => page.getByTestId('audit-entry').count()).toBe(2);
      const entry = page.getByTestId('audit-entry').filter({ hasText: `cv-${viewport.name}` });
      await expect(entry.locator('.sentence').textContent()).resolves.toMatch(
        new RegExp(`^\\s*Ada Admin reinstated the commission of Carol Camping Club on sale cv-${viewport.name}\\.\\s*$`),
      );
      await expect(entry.getByRole('link', { name: 'Carol Camping Club' }).getAttribute('href')).resolves.toMatch(
        /^\/merchant\/partners\//,
      );
      // The raw data stays behind "Details".
      await expect(entry.locator('pre').isVisible()).resolves.toBe(false);
      expect(new URL(page.url()).searchParams.get('action')).toBe('commission.reinstate');

      await page.getByLabel('What').selectOption({ label: 'Sale: record' });
      await page.getByLabel('Who').selectOption({ label: 'Ada Admin' });
      await expect
        .poll(async () => (await page.getByTestId('audit-entry').first().textContent()) ?? '')
        .toMatch(/Ada Admin recorded 2 sales/);
      await expectNoHorizontalOverflow(page, `audit log (${viewport.name})`);
      await checkPage(page, `commission-view-audit-${viewport.name}`);
    });
  }
});
