import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';
import { linkFromOutbox, newestEmail } from './outbox';
import { graphql } from '../gql';

const [ADMIN, , ALICE, BOB] = DEMO_LOGINS;

/**
 * Confirmed email change (issue 12) in the browser: a partner asks for a new sign-in email on a
 * phone, opens the link from the real outbox message, and signs in with the new address (the old
 * one no longer works); a merchant changing a partner's email sees the address waiting for confirmation.
 */
describe('email change in the browser', () => {
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

  it('a partner changes their sign-in email on a phone, confirms from the email, and signs in with the new address only', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const next = 'alice.new@partners.test';
    await signIn(page, app.url, ALICE.email, ALICE.password);
    await openPage(page, 'Your account', 'Your account');
    await page.getByRole('button', { name: 'Change sign-in email…' }).click();
    await page.getByLabel('New email').fill(next);
    await page.getByLabel('Your password').fill('not the password');
    await page.getByRole('button', { name: 'Send confirmation link' }).click();
    await page.getByRole('alert').getByText('Your password is not right').waitFor();

    await page.getByLabel('Your password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Send confirmation link' }).click();
    await page.getByTestId('email-change-sent').getByText('Link sent').waitFor();
    await page.getByTestId('pending-email').getByText(next).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkPage(page, 'email-change-requested-390');

    // The old address was told.
    expect((await newestEmail(app, ALICE.email, true))?.subject).toMatch(/sign-in email was requested/);

    await page.goto(await linkFromOutbox(app, next, 'confirm-email-change'));
    await page.getByTestId('email-change-confirmed').getByText(next).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkPage(page, 'email-change-confirmed-390');

    // This browser's session opened the link and stays; sign out and in again with the new address.
    await page.getByRole('link', { name: 'Continue to Partnerbook' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await signOut(page);
    await page.getByLabel('Email').fill(ALICE.email);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await signIn(page, app.url, next, ALICE.password);
    await openPage(page, 'Your account', 'Your account');
    await expect(page.getByTestId('sign-in-email').textContent()).resolves.toBe(next);
    // This page has "Sign out everywhere else" too.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });

  it("a merchant changing a partner's email sees the address waiting for the partner's confirmation", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await openPage(page, 'Partners', 'Partners');
    await page.getByRole('link', { name: 'Bob Trail Reviews' }).click();
    await settle(page, 'Bob Trail Reviews');
    await page.getByRole('button', { name: 'Edit name and email…' }).click();
    await page.getByLabel('Email', { exact: true }).fill('bob.new@partners.test');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('A confirmation link was sent to bob.new@partners.test').waitFor();
    await page.getByTestId('partner-pending-email').getByText('bob.new@partners.test').waitFor();
    // Until Bob opens the link, his email and sign-in stay.
    const login = await app.gqlData(
      graphql(`
        mutation EmailChangeE2eLogin($input: LoginInput!) {
          login(input: $input) {
            __typename
          }
        }
      `),
      { input: { email: BOB.email, password: BOB.password } },
    );
    expect(login.login.__typename).toBe('AuthSession');
    await checkPage(page, 'email-change-merchant-pending');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
