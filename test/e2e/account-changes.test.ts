import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { queryRows, startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';
import { newestEmail } from './outbox';

const [ADMIN, VIEWER, ALICE] = DEMO_LOGINS;

/**
 * Withdrawing pending email changes and changing a team member's email in the browser (issue 12):
 * a partner withdraws their own change, a merchant withdraws a partner's, and an admin changes a
 * viewer's sign-in email from the Team page and withdraws it.
 */
describe('email change withdrawal and team member email in the browser', () => {
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

  async function liveChangeLinks(recipient: string): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      app,
      `SELECT count(*)::int AS n FROM account_token WHERE purpose = 'EMAIL_CHANGE' AND new_email = $1 AND used_at IS NULL`,
      [recipient],
    );
    return n;
  }

  it('a partner withdraws their own pending change: the waiting address goes and its link is dead', async () => {
    const next = 'alice.typo@partners.test';
    await signIn(page, app.url, ALICE.email, ALICE.password);
    await openPage(page, 'Your account', 'Your account');
    await page.getByRole('button', { name: 'Change sign-in email…' }).click();
    await page.getByLabel('New email').fill(next);
    await page.getByLabel('Your password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Send confirmation link' }).click();
    await page.getByTestId('pending-email').getByText(next).waitFor();
    expect(await liveChangeLinks(next)).toBe(1);

    await page.getByTestId('cancel-email-change').click();
    await page.getByTestId('email-change-cancelled').waitFor();
    await expect(page.getByTestId('pending-email').count()).resolves.toBe(0);
    expect(await liveChangeLinks(next)).toBe(0);
    await checkPage(page, 'email-change-withdrawn');
    await signOut(page);
  });

  it("a merchant withdraws a partner's pending change, and changes a viewer's email from the Team page", async () => {
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await openPage(page, 'Partners', 'Partners');
    await page.getByRole('link', { name: 'Bob Trail Reviews' }).click();
    await settle(page, 'Bob Trail Reviews');
    await page.getByRole('button', { name: 'Edit name and email…' }).click();
    await page.getByLabel('Email', { exact: true }).fill('bob.typo@partners.test');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('partner-pending-email').getByText('bob.typo@partners.test').waitFor();
    await page.getByTestId('partner-cancel-email-change').click();
    await page.getByText('Email change withdrawn').first().waitFor();
    await page.getByTestId('partner-pending-email').waitFor({ state: 'detached' });
    expect(await liveChangeLinks('bob.typo@partners.test')).toBe(0);

    await openPage(page, 'Team', 'Team');
    const members = page.getByRole('table', { name: 'Team members' });
    await members.getByRole('button', { name: 'Change email of Vic Viewer' }).click();
    await members.getByLabel('New email of Vic Viewer').fill('vic.new@acme.test');
    await members.getByRole('button', { name: 'Send link' }).click();
    await members.getByTestId('member-pending-email').getByText('vic.new@acme.test').waitFor();
    expect(await liveChangeLinks('vic.new@acme.test')).toBe(1);
    expect((await newestEmail(app, VIEWER.email, true))?.subject).toMatch(/sign-in email was requested/);
    await checkPage(page, 'team-member-email-pending');

    await members.getByRole('button', { name: 'Withdraw the email change of Vic Viewer' }).click();
    await members.getByTestId('member-pending-email').waitFor({ state: 'detached' });
    expect(await liveChangeLinks('vic.new@acme.test')).toBe(0);
    await signOut(page);
  });
});
