import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { assertPortalBuilt, checkPage, launchBrowser, settle, type Browser } from './browser';

const PASSWORD = 'lantern velvet orbit cactus';

/** A fresh install (no program, no seed): the installer starts the program from the sign-in page on a phone. */
describe('starting a program in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp({ signup: 'first' });
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs up, confirms the address from the emailed link, and the offer is gone for everyone else', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/login`);
    await page.getByRole('link', { name: 'Start a program' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start a program' }).waitFor();
    await page.getByLabel('Your name').fill('Fay Founder');
    await page.getByLabel('Email').fill('fay@shop.test');
    await page.getByLabel('Password').fill('password1234');
    await page.getByLabel('Program name').fill('Fay’s Shop');
    await page.getByLabel('Main currency').selectOption('EUR');
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByRole('button', { name: 'Start the program' }).click();
    await page
      .getByRole('alert')
      .getByText(/password/i)
      .first()
      .waitFor();
    await checkPage(page, 'signup-390');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Start the program' }).click();

    await settle(page, 'Overview');
    const banner = page.getByRole('region', { name: 'Confirm your email' });
    await banner.getByText('fay@shop.test').waitFor();
    await checkPage(page, 'signup-overview-unconfirmed-390');
    const [program] = await app.dataSource.query(`SELECT name, currency, timezone FROM program`);
    expect(program).toEqual({ name: 'Fay’s Shop', currency: 'EUR', timezone: 'Europe/Berlin' });

    const [message] = await app.dataSource.query(`SELECT body FROM email_message WHERE recipient = 'fay@shop.test' AND topic = 'ACCOUNT'`);
    const path = /\/verify-email#token=[A-Za-z0-9_-]+/.exec(message.body)![0];
    await page.goto(`${app.url}${path}`);
    await page.getByRole('status').getByText('fay@shop.test is confirmed').waitFor();
    await checkPage(page, 'signup-verified-390');
    await page.getByRole('link', { name: 'Continue to Partnerbook' }).click();
    await settle(page, 'Overview');
    await expect(banner.count()).resolves.toBe(0);

    // The one program exists: a visitor's sign-in page no longer offers to start one.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${app.url}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('link', { name: 'Start a program' }).count()).resolves.toBe(0);
    await page.goto(`${app.url}/signup`);
    await page.getByRole('alert').getByText('does not take new programs').waitFor();
  });
});
