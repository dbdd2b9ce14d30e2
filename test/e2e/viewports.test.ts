import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, type Browser } from './browser';

const [ADMIN, VIEWER, ALICE] = DEMO_LOGINS;
const PHONE = { width: 390, height: 844, name: 'phone' } as const;
const DESKTOP = { width: 1440, height: 900, name: 'desktop' } as const;
type Viewport = typeof PHONE | typeof DESKTOP;

/** [navigation link, page heading, screenshot name, a key action or figure that must be reachable] */
type MainPage = [string, string, string, (page: Page) => ReturnType<Page['getByRole']>];
const MERCHANT_PAGES: MainPage[] = [
  ['Overview', 'Overview', 'overview', (p) => p.getByRole('table', { name: /totals/i }).first()],
  ['Pending commissions', 'Pending commissions', 'pending-commissions', (p) => p.getByRole('button', { name: 'Approve' })],
  ['All commissions', 'All commissions', 'all-commissions', (p) => p.getByRole('table', { name: 'All commissions' })],
  ['Pending payments', 'Pending payments', 'pending-payments', (p) => p.getByRole('button', { name: 'Pay…' })],
  ['Commission history', 'Commission history', 'commission-history', (p) => p.getByRole('table', { name: 'Commission history' })],
  ['Payments', 'Payments', 'payments', (p) => p.getByRole('table').first()],
  ['Partners', 'Partners', 'partners', (p) => p.getByRole('link', { name: 'Alice Outdoors Blog' })],
  ['Applications', 'Applications', 'applications', (p) => p.getByRole('combobox', { name: 'Show' })],
  ['Review rewards', 'Review rewards', 'review-rewards', (p) => p.getByRole('heading', { level: 1 })],
  ['Sales', 'Sales', 'sales', (p) => p.getByRole('button', { name: 'Record a sale manually' })],
  ['Customers', 'Customers', 'customers', (p) => p.getByRole('table', { name: 'Customers' })],
  ['Email outbox', 'Email outbox', 'email-outbox', (p) => p.getByRole('heading', { level: 1 })],
  ['Settings', 'Program settings', 'settings', (p) => p.getByRole('button', { name: 'Save settings' })],
  ['Products', 'Products', 'products', (p) => p.getByRole('table', { name: 'Products' })],
  ['API keys', 'API keys', 'api-keys', (p) => p.getByRole('button', { name: 'Create key' })],
  ['Webhooks', 'Webhooks', 'webhooks', (p) => p.getByRole('button', { name: 'Add endpoint' })],
  ['Team', 'Team', 'team', (p) => p.getByRole('button', { name: 'Send invitation' })],
  ['Audit log', 'Audit log', 'audit-log', (p) => p.getByRole('list', { name: 'Audit log' })],
  ['Your account', 'Your account', 'account', (p) => p.getByRole('button', { name: 'Change password' })],
];
const PARTNER_PAGES: MainPage[] = [
  ['Earnings', 'Earnings', 'earnings', (p) => p.getByTestId('sales-total')],
  ['Reward history', 'Reward history', 'reward-history', (p) => p.getByRole('table', { name: 'Reward history' })],
  ['Payments received', 'Payments received', 'payments', (p) => p.getByRole('heading', { level: 1 })],
  ['Messages', 'Messages', 'messages', (p) => p.getByRole('heading', { level: 1 })],
  ['Profile', 'Profile', 'profile', (p) => p.getByRole('button', { name: /save/i }).first()],
  ['Your account', 'Your account', 'account', (p) => p.getByRole('button', { name: 'Change password' })],
];

interface LayoutReport {
  scrollWidth: number;
  innerWidth: number;
  /** Controls outside any sideways-scrolling box that stick out of the screen. */
  offscreen: string[];
  /** Buttons, menu entries and fields outside tables smaller than 44×44 px. */
  smallTargets: string[];
  /** Where the page gets too wide: elements sticking out whose parent does not. */
  tooWide: string[];
}

/** Measures the page as laid out: document overflow, controls out of reach, touch target sizes. */
async function layoutOf(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only, .skip-link');
    };
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea')].filter(visible);
    const offscreen = controls
      .filter((el) => !el.closest('.p-datatable-table-container, .table-scroll, .p-toast'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < -1 || r.right > window.innerWidth + 1;
      })
      .map(describe);
    const smallTargets = controls
      .filter(
        (el) =>
          (el.tagName !== 'A' || !!el.closest('nav')) &&
          !el.closest('table, .p-toast') &&
          !['checkbox', 'radio', 'hidden'].includes((el as HTMLInputElement).type),
      )
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.height < 43.5 || r.width < 43.5;
      })
      .map((el) => `${describe(el)} ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > window.innerWidth + 1;
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((el) => visible(el) && sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement)))
      .slice(0, 8)
      .map((el) => `${describe(el)}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth, offscreen, smallTargets, tooWide };
  });
}

async function expectFits(page: Page, viewport: Viewport, where: string, keyElement: ReturnType<Page['getByRole']>) {
  const layout = await layoutOf(page);
  expect(
    layout.scrollWidth,
    `${where}: page wider than the ${viewport.width} px screen because of ${layout.tooWide.join(', ')}`,
  ).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.offscreen, `${where}: controls out of reach`).toEqual([]);
  if (viewport === PHONE) expect(layout.smallTargets, `${where}: touch targets under 44 px`).toEqual([]);
  // The page's key action or figure is there and, scrolled to, fully on screen.
  await keyElement.scrollIntoViewIfNeeded();
  const box = await keyElement.boundingBox();
  expect(box, `${where}: key element shown`).not.toBeNull();
  expect(box!.x, `${where}: key element starts on screen`).toBeGreaterThanOrEqual(0);
  expect(Math.min(box!.x + box!.width, viewport.width), `${where}: key element starts on screen`).toBeGreaterThan(box!.x);
}

/** After a navigation, focus is on the new page's heading (and a screen reader hears its name). */
async function expectFocusOnHeading(page: Page, heading: string) {
  await page.waitForFunction(
    (text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.trim() === text,
    heading,
  );
  await expect(page.getByTestId('route-announcer').textContent()).resolves.toBe(`${heading} page`);
}

async function visitAll(page: Page, viewport: Viewport, role: string, pages: MainPage[], axe: boolean, theme = '') {
  for (const [link, heading, name, key] of pages) {
    const before = page.url();
    await openPage(page, link, heading);
    if (page.url() !== before) await expectFocusOnHeading(page, heading);
    await expectFits(page, viewport, `${role} ${name} at ${viewport.name}`, key(page));
    if (axe) await checkPage(page, `${viewport.name}${theme ? `-${theme}` : ''}-${role}-${name}`);
  }
}

describe('every page of every role on a phone (390×844) and a desktop (1440×900)', () => {
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

  /** Each role starts signed out at its viewport size, whatever the previous test left behind. */
  async function start(viewport: Viewport, login: { email: string; password: string }, home: string) {
    await page.setViewportSize(viewport);
    await page.goto(`${app.url}/login`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.url, login.email, login.password);
    await settle(page, home);
  }

  for (const viewport of [PHONE, DESKTOP]) {
    it(`merchant admin at ${viewport.name} size`, async () => {
      await start(viewport, ADMIN, 'Overview');
      const nav = page.getByRole('navigation', { name: 'Main' });
      if (viewport === PHONE) {
        // The navigation is one menu button until opened; Escape closes it again.
        await expect(nav.getByRole('link', { name: 'Sales', exact: true }).isVisible()).resolves.toBe(false);
        const menu = nav.getByRole('button', { name: 'Menu' });
        await menu.click();
        await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
        await expectFits(page, viewport, 'open menu', nav.getByRole('link', { name: 'Audit log' }));
        await page.keyboard.press('Escape');
        await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
        await page.waitForFunction(() => document.activeElement?.textContent?.includes('Menu'));
        // Choosing the page already shown closes the menu too (no route change to close it).
        await menu.click();
        await nav.getByRole('link', { name: 'Overview', exact: true }).click();
        await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      } else {
        await expect(nav.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
      }
      await visitAll(page, viewport, 'merchant', MERCHANT_PAGES, true);

      // Detail pages, reached from their lists.
      await openPage(page, 'Partners', 'Partners');
      await page.getByRole('link', { name: 'Alice Outdoors Blog' }).click();
      await settle(page, 'Alice Outdoors Blog');
      await expectFocusOnHeading(page, 'Alice Outdoors Blog');
      await expectFits(page, viewport, `partner detail at ${viewport.name}`, page.getByRole('button', { name: 'Manual reward' }));
      await checkPage(page, `${viewport.name}-merchant-partner-detail`);

      await openPage(page, 'Sales', 'Sales');
      const saleLink = page.getByRole('table', { name: 'Sales' }).getByRole('link').first();
      const orderId = (await saleLink.textContent())!.trim();
      const saleHeading = `Sale ${orderId}`;
      await saleLink.click();
      await settle(page, saleHeading);
      await expectFits(page, viewport, `sale detail at ${viewport.name}`, page.getByRole('heading', { level: 1 }));
      await checkPage(page, `${viewport.name}-merchant-sale-detail`);

      // The global search in the top bar: names and emails match in part, an order id exactly.
      const searchBox = page.getByRole('searchbox', { name: 'Search orders, partners and customers' });
      await searchBox.fill('  alice\n');
      await page.keyboard.press('Enter');
      await settle(page, 'Search');
      expect(new URL(page.url()).searchParams.get('q')).toBe('alice');
      await expectFits(page, viewport, `search at ${viewport.name}`, page.getByRole('link', { name: 'Alice Outdoors Blog' }));
      await checkPage(page, `${viewport.name}-merchant-search`);
      await searchBox.fill(orderId);
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: `Order ${orderId}`, exact: true }).click();
      await settle(page, saleHeading);
      await page.goBack();
      await settle(page, 'Search');
      await expect(page.getByRole('searchbox', { name: /order id, partner name/i }).inputValue()).resolves.toBe(orderId);
      await page.getByRole('searchbox', { name: /order id, partner name/i }).fill('no such thing anywhere');
      await page.getByRole('button', { name: 'Search', exact: true }).last().click();
      await page.getByText('Nothing matches “no such thing anywhere”.').waitFor();

      // A dialog fits the screen and its buttons are reachable.
      await openPage(page, 'Sales', 'Sales');
      await page.getByRole('button', { name: 'Record a sale manually' }).click();
      const dialog = page.getByRole('dialog', { name: 'Record a sale manually' });
      await dialog.waitFor();
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await expectFits(page, viewport, `sale dialog at ${viewport.name}`, dialog.getByRole('button', { name: /record sale/i }).first());
      await checkPage(page, `${viewport.name}-merchant-sale-dialog`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // The pay confirmation, grouped by method with who cannot be paid, fits the screen too.
      await openPage(page, 'Pending payments', 'Pending payments');
      await page.getByRole('button', { name: 'Select all eligible' }).click();
      await page.getByRole('button', { name: 'Pay…' }).click();
      const pay = page.getByRole('dialog', { name: 'Pay partners' });
      await pay.getByTestId('pay-totals').waitFor();
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const payBox = (await pay.boundingBox())!;
      expect(payBox.x).toBeGreaterThanOrEqual(0);
      expect(payBox.x + payBox.width).toBeLessThanOrEqual(viewport.width);
      await expectFits(page, viewport, `pay dialog at ${viewport.name}`, pay.getByRole('button', { name: /Confirm payment/ }));
      await expectFits(page, viewport, `pay dialog at ${viewport.name}`, pay.getByLabel('Pay below the threshold'));
      await checkPage(page, `${viewport.name}-merchant-pay-dialog`);
      await page.keyboard.press('Escape');
      await pay.waitFor({ state: 'hidden' });
    });

    it(`merchant viewer at ${viewport.name} size`, async () => {
      await start(viewport, VIEWER, 'Overview');
      const readOnly = MERCHANT_PAGES.map(([link, heading, name]): MainPage => [
        link,
        heading,
        name,
        (p) => p.getByRole('heading', { level: 1 }),
      ]);
      // The admin run checked accessibility of the same pages; the viewer's differ only by missing actions.
      await visitAll(page, viewport, 'viewer', readOnly, false);
    });

    it(`partner at ${viewport.name} size`, async () => {
      await start(viewport, ALICE, 'Earnings');
      await visitAll(page, viewport, 'partner', PARTNER_PAGES, true);
    });
  }

  it('dark theme (following the system) on a phone: every partner and merchant page fits and passes axe', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await start(PHONE, ALICE, 'Earnings');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(11, 17, 32)');
      await visitAll(page, PHONE, 'partner', PARTNER_PAGES, true, 'dark');
      await start(PHONE, ADMIN, 'Overview');
      await visitAll(page, PHONE, 'merchant', MERCHANT_PAGES, true, 'dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('sign-in page at both sizes', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.goto(`${app.url}/login`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await expectFits(page, viewport, `sign-in at ${viewport.name}`, page.getByRole('button', { name: 'Sign in' }));
      await checkPage(page, `${viewport.name}-sign-in`);
    }
  });

  it('serves the portal precompressed (brotli, gzip, as accepted) with immutable caching of hashed assets', async () => {
    const get = (url: string, acceptEncoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer; status: number }>((resolve, reject) => {
        http
          .get(url, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks), status: response.statusCode! }));
          })
          .on('error', reject);
      });
    const index = await get(`${app.url}/login`);
    const assets = [...index.body.toString().matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets) {
      const plain = await get(`${app.url}${asset}`);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      const br = await get(`${app.url}${asset}`, 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(br.headers['content-type']).toMatch(asset.endsWith('.js') ? /javascript/ : /text\/css/);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers['x-content-type-options']).toBe('nosniff');
      expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(plain.body.length);

      const gz = await get(`${app.url}${asset}`, 'gzip;q=1, br;q=0');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    }
    // Pages themselves are never cached (each carries its own CSP nonce), and unknown assets are 404s.
    expect(index.headers['cache-control']).toBe('no-store');
    // The small entry stylesheet is inlined (no render-blocking request) under this response's CSP nonce.
    const html = index.body.toString();
    const nonce = /<meta name="csp-nonce" content="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).not.toContain('%CSP_NONCE%');
    expect(String(index.headers['content-security-policy'])).toContain(`'nonce-${nonce}'`);
    expect((await get(`${app.url}/assets/nothing-here.js`, 'br')).status).toBe(404);
    expect((await get(`${app.url}/assets/..%2f..%2fpackage.json`, 'br')).status).not.toBe(200);
  });
});
