import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';
import { linkFromOutbox, newestEmail } from './outbox';

const [ADMIN] = DEMO_LOGINS;
const PASSWORD = 'lantern velvet orbit cactus';

/** Apply on the public page on a phone → the admin approves (and declines another) → the welcome link → sign in. */
describe('partner applications in the browser', () => {
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

  it('the admin opens the application page in the settings', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await openPage(page, 'Settings', 'Program settings');
    const form = page.getByRole('form', { name: 'Application page' });
    await form.getByLabel('Take applications on a public page').check();
    await form.getByLabel('Page address').fill('acme-partners');
    await form.getByLabel('Introduction shown above the form').fill('Write about the outdoors? Earn 10 % on every sale.');
    await form.getByRole('button', { name: 'Add a question' }).click();
    await form.getByLabel('Question 1', { exact: true }).fill('Your website or channel');
    await form.getByLabel('Required', { exact: true }).check();
    await form.getByRole('button', { name: 'Save application page' }).click();
    await page.getByText('Application page saved: it takes applications').waitFor();
    await form.getByRole('button', { name: /^Copy the link/ }).waitFor();
    await checkPage(page, 'applications-settings-1440');
    await signOut(page);
  });

  it('a visitor applies on a phone and is told to watch their inbox', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/join/acme-partners`);
    await page.getByRole('heading', { level: 1, name: 'Become a partner of Acme Outdoor' }).waitFor();
    await page.getByText('Earn 10 % on every sale').waitFor();
    await checkPage(page, 'applications-join-390');
    // Nothing can be sent while a required answer is missing.
    await page.getByLabel('Your name').fill('Paula Peak');
    await page.getByLabel('Email').fill('paula.peak@example.test');
    expect(await page.getByRole('button', { name: 'Send application' }).isDisabled()).toBe(true);
    await page.getByLabel('Your website or channel').fill('https://paula-peaks.example\nand a YouTube channel');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByRole('status').getByText('Watch your inbox').waitFor();
    // The page is as wide as the phone: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await checkPage(page, 'applications-join-sent-390');
    expect((await newestEmail(app, 'paula.peak@example.test'))?.body).toMatch(/Thank you for applying/);

    await page.goto(`${app.url}/join/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Applications closed' }).waitFor();
    await page.getByText('There is no application form at this address').waitFor();
  });

  it('the admin approves one application and declines another with a reason; the approved partner signs in', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/join/acme-partners`);
    await page.getByLabel('Your name').fill('Sid Spam');
    await page.getByLabel('Email').fill('sid@example.test');
    await page.getByLabel('Your website or channel').fill('buy-followers.example');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByRole('status').getByText('Watch your inbox').waitFor();

    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await openPage(page, 'Applications', 'Applications');
    const paula = page.getByRole('article', { name: 'Paula Peak' });
    await paula.getByText('https://paula-peaks.example').waitFor();
    await checkPage(page, 'applications-review-390');

    await page.getByRole('button', { name: 'Decline Sid Spam' }).click();
    const dialog = page.getByRole('dialog', { name: 'Decline Sid Spam' });
    await dialog.getByLabel('Reason', { exact: true }).fill('  We only work with content creators.  ');
    await checkPage(page, 'applications-decline-dialog-390');
    await dialog.getByRole('button', { name: 'Decline and email the reason' }).click();
    await page.getByText('Sid Spam declined').waitFor();
    expect((await newestEmail(app, 'sid@example.test'))?.body).toContain('We only work with content creators.');

    await paula.getByRole('button', { name: 'Approve Paula Peak' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Paula Peak approved').waitFor();
    await page.getByText('No applications waiting for review.').waitFor();
    await checkPage(page, 'applications-approved-390');
    await signOut(page);

    await page.goto(await linkFromOutbox(app, 'paula.peak@example.test', 'set-password', false));
    await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Repeat it').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('status').getByText('Your password is set').waitFor();
    await signIn(page, app.url, 'paula.peak@example.test', PASSWORD);
    await settle(page, 'Earnings');
  });
});
