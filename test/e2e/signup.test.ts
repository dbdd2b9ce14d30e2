import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { queryRows, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { assertPortalBuilt, checkPage, launchBrowser, settle, type Browser } from './browser';
import { linkFromOutbox } from './outbox';

const PASSWORD = 'lantern velvet orbit cactus';

const SIGN_UP = graphql(`
  mutation SignupE2eSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
    }
  }
`);

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
    const [program] = await queryRows<{ name: string; currency: string; timezone: string }>(
      app,
      `SELECT name, currency, timezone FROM program`,
    );
    expect(program).toEqual({ name: 'Fay’s Shop', currency: 'EUR', timezone: 'Europe/Berlin' });

    await page.goto(await linkFromOutbox(app, 'fay@shop.test', 'verify-email'));
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

/**
 * Once a program exists (SIGNUP=open), the form always answers "check your inbox": the program
 * starts from the emailed link, for a new address at once, for an address with a login with its password.
 */
describe('starting a later program through the emailed link', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp({ signup: 'open' });
    browser = await launchBrowser();
    page = browser.page;
    // The first program of the empty database (started at once), whose admin signs up again below.
    const first = await app.gqlData(SIGN_UP, {
      input: {
        name: 'Olga Owner',
        email: 'olga@shop.test',
        password: PASSWORD,
        programName: 'First Shop',
        currency: 'USD',
        timezone: 'UTC',
      },
    });
    expect(first.signUp.__typename).toBe('SignedUp');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function fillSignUp(input: { name: string; email: string; password: string; programName: string }) {
    await page.goto(`${app.url}/signup`);
    await page.getByRole('heading', { level: 1, name: 'Start a program' }).waitFor();
    await page.getByLabel('Your name').fill(input.name);
    await page.getByLabel('Email').fill(input.email);
    await page.getByLabel('Password').fill(input.password);
    await page.getByLabel('Program name').fill(input.programName);
    await page.getByRole('button', { name: 'Start the program' }).click();
    await page.getByRole('status', { name: 'Check your inbox' }).getByText(input.email).waitFor();
  }

  const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('a new address: check your inbox, then the link starts the program signed in; the link works once', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await fillSignUp({ name: 'Nina New', email: 'nina@shop.test', password: PASSWORD, programName: 'Nina’s Shop' });
    expect(await noSideways()).toBe(true);
    await checkPage(page, 'signup-check-inbox-390');
    await expect(queryRows(app, `SELECT name FROM program WHERE name = 'Nina’s Shop'`)).resolves.toEqual([]);

    const link = await linkFromOutbox(app, 'nina@shop.test', 'confirm-signup');
    await page.goto(link);
    await page.getByText('Start Nina’s Shop with nina@shop.test as its admin.').waitFor();
    await expect(page.getByLabel('Your Partnerbook password').count()).resolves.toBe(0);
    expect(await noSideways()).toBe(true);
    await checkPage(page, 'signup-confirm-390');
    await page.getByRole('button', { name: 'Start the program' }).click();
    await settle(page, 'Overview');
    // Confirmed by the link: no banner asks for it.
    await expect(page.getByRole('region', { name: 'Confirm your email' }).count()).resolves.toBe(0);

    // The link again: spent.
    await page.goto(link);
    await page.getByRole('alert').getByText('not valid any more').waitFor();
    expect(await noSideways()).toBe(true);
    await checkPage(page, 'signup-confirm-used-390');
  });

  it('an address with a login: the same answer, and the link asks for its password before adding the program', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => localStorage.clear());
    await fillSignUp({ name: 'Olga Again', email: 'olga@shop.test', password: 'some other long password', programName: 'Second Shop' });

    await page.goto(await linkFromOutbox(app, 'olga@shop.test', 'confirm-signup'));
    await page.getByLabel('Your Partnerbook password').fill('some other long password');
    await page.getByRole('button', { name: 'Start the program' }).click();
    await page.getByRole('alert').getByText('The password is wrong').waitFor();
    expect(await noSideways()).toBe(true);
    await checkPage(page, 'signup-confirm-password-390');
    await page.getByLabel('Your Partnerbook password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Start the program' }).click();
    await settle(page, 'Overview');
    const programs = await queryRows<{ name: string }>(
      app,
      `SELECT p.name FROM program p JOIN account a ON a.program_id = p.id JOIN login l ON l.id = a.login_id
        WHERE l.email = 'olga@shop.test' ORDER BY p.name`,
    );
    expect(programs).toEqual([{ name: 'First Shop' }, { name: 'Second Shop' }]);
  });
});
