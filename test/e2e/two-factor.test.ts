import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { AdjustableClock } from '../../server/src/common/clock';
import { queryRows, startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';

const [ADMIN] = DEMO_LOGINS;

/**
 * Two-factor sign-in in the browser (issue 12): an admin sets it up from "Your account" with the
 * key the page shows (the code is computed here from that key, at the app's injected clock), keeps
 * the recovery codes, signs in again with a code and with a recovery code, and requires it of admins.
 */
describe('two-factor sign-in in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const clock = new AdjustableClock();
  /** The key the account page showed at enrolment, as a person types it into an authenticator app. */
  let key = '';

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp({}, { clock });
    await seedDemo(app.dataSource);
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The code an authenticator app shows for `key` one step later than the last (a step is accepted once). */
  function nextCode(key: string): string {
    clock.advance(30_000);
    return new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
      timestamp: clock.now().getTime(),
    });
  }

  async function passwordStep() {
    await page.goto(`${app.url}/login`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('form', { name: 'Two-factor sign-in' }).waitFor();
  }

  it('sets it up from the account page and signs in with a code, then with a recovery code once', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await openPage(page, 'Your account', 'Your account');
    await page.getByLabel('Your password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code to add Partnerbook to your authenticator app' }).waitFor();
    key = (await page.getByTestId('two-factor-key').innerText()).replace(/\s+/g, '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    await checkPage(page, 'two-factor-enrol-390');

    await page.getByLabel('Enter the 6-digit code the app shows').fill('000000');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('alert').getByText('That code is not right').waitFor();
    await page.getByLabel('Enter the 6-digit code the app shows').fill(nextCode(key));
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    const recoveryCodes = (await codes.allInnerTexts()).map((text) => text.trim());
    expect(recoveryCodes).toHaveLength(10);
    await checkPage(page, 'two-factor-recovery-codes-390');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('recovery codes left').waitFor();
    await signOut(page);

    // A code from the app completes the sign-in; a wrong one is refused first.
    await page.setViewportSize({ width: 1440, height: 900 });
    await passwordStep();
    await checkPage(page, 'two-factor-sign-in-1440');
    await page.getByLabel('Authentication code').fill('000000');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('alert').getByText('That code is not right').waitFor();
    await page.getByLabel('Authentication code').fill(nextCode(key));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await signOut(page);

    // A recovery code works once.
    for (const expectation of ['signed in', 'refused'] as const) {
      await passwordStep();
      await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
      await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
      await page.getByRole('button', { name: 'Verify and sign in' }).click();
      if (expectation === 'refused') await page.getByRole('alert').getByText('That code is not right').waitFor();
      else {
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        await signOut(page);
      }
    }
  });

  it('an admin with two-factor sign-in requires it of every admin from the settings page', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await passwordStep();
    await page.getByLabel('Authentication code').fill(nextCode(key));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await openPage(page, 'Settings', 'Program settings');
    await page.getByLabel('Require two-factor sign-in for admins').check();
    await page.getByText('Two-factor sign-in required for admins').first().waitFor();
    await settle(page, 'Program settings');
    await checkPage(page, 'two-factor-settings-1440');
    const [program] = await queryRows<{ required: boolean }>(app, `SELECT require_two_factor_for_admins AS required FROM program`);
    expect(program.required).toBe(true);
  });
});
