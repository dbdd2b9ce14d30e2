import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, type Browser } from './browser';
import { apiAs, tokenFor } from './api';

const [ADMIN, VIEWER] = DEMO_LOGINS;
const ACTION_BUTTONS = [
  'Approve',
  'Cancel…',
  'Email partners…',
  'Pay…',
  'Manual reward',
  'Record a sale manually',
  'Refund',
  'Full amount',
  'Reinstate cancelled commissions',
  'Email partner…',
  'Sign out everywhere…',
  'Create key',
  'Revoke',
  'Save settings',
  'Add a currency',
  'Void…',
  'Resend',
];

describe('merchant viewer (read only) in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: ReturnType<typeof apiAs>;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp();
    await seedDemo(app.dataSource);
    admin = apiAs(app, await tokenFor(app, ADMIN.email, ADMIN.password));
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function expectNoActions(where: string) {
    for (const name of ACTION_BUTTONS) {
      const count = await page.getByRole('button', { name, exact: true }).count();
      expect(count, `"${name}" button on ${where}`).toBe(0);
    }
    // Inputs of the settings form are shown but disabled.
    const enabledSettingsInputs = await page
      .locator(
        'form[aria-label="Program settings"] input:enabled, form[aria-label="Program settings"] select:enabled, form[aria-label="Application page"] input:enabled, form[aria-label="Application page"] textarea:enabled',
      )
      .count();
    expect(enabledSettingsInputs, `editable settings on ${where}`).toBe(0);
  }

  it('sees every page without any action control', async () => {
    await signIn(page, app.url, VIEWER.email, VIEWER.password);
    await settle(page, 'Overview');
    await expect(page.getByTestId('who').textContent()).resolves.toContain('viewer, read only');
    const pages: [string, string][] = [
      ['Overview', 'Overview'],
      ['Pending commissions', 'Pending commissions'],
      ['Pending payments', 'Pending payments'],
      ['Commission history', 'Commission history'],
      ['Payments', 'Payments'],
      ['Partners', 'Partners'],
      ['Applications', 'Applications'],
      ['Review rewards', 'Review rewards'],
      ['Sales', 'Sales'],
      ['Email outbox', 'Email outbox'],
      ['Settings', 'Program settings'],
      ['API keys', 'API keys'],
      ['Audit log', 'Audit log'],
    ];
    for (const [link, heading] of pages) {
      await openPage(page, link, heading);
      await expectNoActions(heading);
    }
    await openPage(page, 'Pending commissions', 'Pending commissions');
    await checkPage(page, 'viewer-pending-commissions');
    await openPage(page, 'Partners', 'Partners');
    await page.getByRole('link', { name: 'Alice Outdoors Blog' }).click();
    await settle(page, 'Alice Outdoors Blog');
    await expectNoActions('partner detail');
    await checkPage(page, 'viewer-partner-detail');
    await openPage(page, 'Sales', 'Sales');
    await page.getByRole('link', { name: 'order-1001' }).click();
    await settle(page, 'Sale order-1001');
    await expectNoActions('sale detail');
  });

  it('a forced mutation is refused and changes nothing', async () => {
    const { pendingCommissions } = await admin(`{ pendingCommissions { nodes { id } } }`);
    const ids = pendingCommissions.nodes.map((c: any) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    // The viewer's own session token, taken from the signed-in page, calling the API directly.
    const forced = await page.evaluate(async (commissionIds) => {
      const token = JSON.parse(localStorage.getItem('partnerbook.session')!).token;
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation($s: CommissionSelection!) { approveCommissions(selection: $s) { succeeded } }',
          variables: { s: { ids: commissionIds } },
        }),
      });
      return response.json();
    }, ids);
    expect(forced.data).toBeNull();
    expect(forced.errors[0].extensions.code).toBe('FORBIDDEN');
    const after = await admin(`{ pendingCommissions { nodes { id } } }`);
    expect(after.pendingCommissions.nodes.map((c: any) => c.id).sort()).toEqual([...ids].sort());
  });
});
