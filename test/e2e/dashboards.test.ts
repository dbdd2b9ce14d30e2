import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, type Browser } from './browser';
import { apiAs, tokenFor } from './api';

const [ADMIN, , ALICE] = DEMO_LOGINS;
const VIEWPORTS = [
  { width: 390, height: 844, name: 'phone' },
  { width: 1440, height: 900, name: 'desktop' },
] as const;

/** The document is never wider than the screen, and the element is shown with its left edge on screen. */
async function expectFitsWith(page: Page, where: string, key: ReturnType<Page['getByTestId']>) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: horizontal overflow`).toBeLessThanOrEqual(innerWidth);
  await key.scrollIntoViewIfNeeded();
  const box = await key.boundingBox();
  expect(box, `${where}: key figure shown`).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + Math.min(box!.width, 40)).toBeLessThanOrEqual(innerWidth);
}

describe('dashboards', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp();
    await seedDemo(app.dataSource);
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function start(viewport: (typeof VIEWPORTS)[number], login: { email: string; password: string }, home: string) {
    await page.setViewportSize(viewport);
    await page.goto(`${app.url}/login`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.url, login.email, login.password);
    await settle(page, home);
  }

  for (const viewport of VIEWPORTS) {
    it(`merchant overview at ${viewport.name} size: needs attention, period figures, one chart per currency, top partners`, async () => {
      await start(viewport, ADMIN, 'Overview');
      await expectFitsWith(page, `overview at ${viewport.name}`, page.getByTestId('needs-attention'));
      await expectFitsWith(page, `overview at ${viewport.name}`, page.getByTestId('revenue-USD'));
      await expect(page.getByTestId('revenue-USD').textContent()).resolves.toMatch(/\$[\d,]+\.\d\d/);
      await expectFitsWith(page, `overview at ${viewport.name}`, page.getByTestId('chart-USD'));
      await expect(page.getByRole('img', { name: /Revenue from partners and commissions, USD: bar chart/ }).count()).resolves.toBe(1);
      await expect(page.getByRole('heading', { name: 'Top partners by revenue' }).isVisible()).resolves.toBe(true);
      // The chart's text alternative opens as a table.
      await page.getByTestId('chart-USD').getByText('Show as a table').click();
      await expect(page.getByTestId('chart-USD').getByRole('table').isVisible()).resolves.toBe(true);
      // Another period, still no overflow.
      await page.getByTestId('period-picker').selectOption('12M');
      await settle(page, 'Overview');
      await expectFitsWith(page, `overview (12 months) at ${viewport.name}`, page.getByTestId('chart-USD'));
      await checkPage(page, `${viewport.name}-dashboard-merchant-overview`);
    });

    it(`partner earnings at ${viewport.name} size: next payment, charts, a payment opened to its commissions`, async () => {
      await start(viewport, ALICE, 'Earnings');
      const next = page.getByTestId('next-payment-USD');
      await expectFitsWith(page, `earnings at ${viewport.name}`, next);
      await expect(next.textContent()).resolves.toMatch(/approved|next payment/);
      await expectFitsWith(page, `earnings at ${viewport.name}`, page.getByTestId('chart-USD'));
      const payment = page.getByTestId('recent-payment').first();
      await payment.getByRole('button').click();
      // Each commission it covered, dated: a sale's by the sale, a reward's by when it was given.
      const covered = page.getByTestId('covered-commission').first();
      await covered.waitFor();
      await expect(covered.textContent()).resolves.toMatch(/(Sale of|recorded) [A-Z][a-z]{2} \d{1,2}, \d{4}/);
      await expectFitsWith(page, `earnings with a payment open at ${viewport.name}`, covered);
      await checkPage(page, `${viewport.name}-dashboard-partner-earnings`);
      // The commission list dates a sale's commission by the sale.
      await openPage(page, 'Reward history', 'Reward history');
      await expect(
        page
          .getByTestId('commission-date')
          .filter({ hasText: /^Sale of [A-Z][a-z]{2} \d{1,2}, \d{4}$/ })
          .count(),
      ).resolves.toBeGreaterThan(0);
    });
  }

  it("edits a partner's name, email and commission override from the partner page", async () => {
    await start(VIEWPORTS[1], ADMIN, 'Overview');
    await openPage(page, 'Partners', 'Partners');
    await page.getByRole('link', { name: 'Alice Outdoors Blog' }).click();
    await settle(page, 'Alice Outdoors Blog');
    await expect(page.getByTestId('commission-override').textContent()).resolves.toBe('None: the product rules apply');
    await page.getByRole('button', { name: 'Set an override…' }).click();
    await page.getByRole('textbox', { name: 'Percentage' }).fill('12.5');
    await page.getByRole('button', { name: 'Save override' }).click();
    await page.getByText('Commission override saved').waitFor();
    await page.getByTestId('commission-override').filter({ hasText: '12.5 % of each sale' }).waitFor();

    await page.getByRole('button', { name: 'Edit name and email…' }).click();
    await page.getByLabel('Name').fill('  Alice Outdoors  ');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await settle(page, 'Alice Outdoors');

    const api = apiAs(app, await tokenFor(app, ADMIN.email, ADMIN.password));
    const { partners } = await api<{ partners: { nodes: { name: string; commissionOverride: { type: string; rateBps: number } }[] } }>(
      `query { partners(filter: { search: "Alice" }) { nodes { name commissionOverride { type rateBps } } } }`,
    );
    expect(partners.nodes).toEqual([{ name: 'Alice Outdoors', commissionOverride: { type: 'PERCENT', rateBps: 1250 } }]);

    // Removing it goes back to the product rules.
    await page.getByRole('button', { name: 'Remove override' }).click();
    await page.getByText('Commission override removed').waitFor();
    await page.getByTestId('commission-override').filter({ hasText: 'None: the product rules apply' }).waitFor();
  });
});
