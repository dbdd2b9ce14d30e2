import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';
import { apiAs, money, moneyList, tokenFor } from './api';

const [ADMIN, , ALICE, BOB] = DEMO_LOGINS;

describe('partner in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let asAlice: ReturnType<typeof apiAs>;
  let asBob: ReturnType<typeof apiAs>;
  let aliceToken: string;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp();
    await seedDemo(app.dataSource);
    const admin = apiAs(app, await tokenFor(app, ADMIN.email, ADMIN.password));
    aliceToken = await tokenFor(app, ALICE.email, ALICE.password);
    asAlice = apiAs(app, aliceToken);
    asBob = apiAs(app, await tokenFor(app, BOB.email, BOB.password));
    // Something in every partner view: a payment for Alice and a message to her.
    const { me } = await asAlice(`{ me { partner { id } } }`);
    await admin(`mutation($input: CreateManualRewardInput!) { createManualReward(input: $input) { id } }`, {
      input: { partnerId: me.partner.id, description: 'Video review bonus', amount: { amount: 6_000, currency: 'USD' } },
    });
    await admin(`mutation($input: PayPartnersInput!) { payPartners(input: $input) { __typename } }`, {
      input: { idempotencyKey: 'e2e-partner-pay', method: 'PAYPAL', reference: 'PP-E2E-1', selection: { partnerIds: [me.partner.id] } },
    });
    await admin(`mutation($input: EmailPartnersInput!) { emailPartners(input: $input) { __typename } }`, {
      input: { partnerIds: [me.partner.id], email: { subject: 'Welcome to the summer campaign', body: 'Hello {{partner.name}}, thanks!' } },
    });
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('sees exactly their own numbers, as the API gives them', async () => {
    await signIn(page, app.url, ALICE.email, ALICE.password);
    await settle(page, 'Earnings');
    const { me } = await asAlice(
      `{ me { partner { stats { salesCount salesTotals { amount currency } balances { status count total { amount currency } } } } } }`,
    );
    const stats = me.partner.stats;
    await expect(page.getByTestId('sales-count').textContent()).resolves.toBe(String(stats.salesCount));
    await expect(page.getByTestId('sales-total').textContent()).resolves.toBe(moneyList(stats.salesTotals));
    expect(stats.balances.length).toBeGreaterThan(0);
    for (const line of stats.balances) {
      const row = await page.getByTestId(`balance-${line.status}-${line.total.currency}`).textContent();
      expect(row).toContain(money(line.total));
      expect(row).toContain(String(line.count));
    }
    await expect(page.locator('[data-testid^="balance-"]').count()).resolves.toBe(stats.balances.length);
    await checkPage(page, 'partner-earnings');
  });

  it('reward history lists their commissions, rewards and clawbacks and nothing of another partner', async () => {
    await openPage(page, 'Reward history', 'Reward history');
    const { myCommissions } = await asAlice(
      `{ myCommissions(page: { first: 25 }) { totalCount nodes { amount { amount currency } sale { externalId } } } }`,
    );
    const shown = await page.getByTestId('my-amount').allTextContents();
    expect(shown.sort()).toEqual(myCommissions.nodes.map((c: any) => money(c.amount)).sort());
    const bobs = await asBob(`{ myCommissions(page: { first: 100 }) { nodes { id sale { externalId } } } }`);
    const aliceOrders = new Set(myCommissions.nodes.map((c: any) => c.sale?.externalId));
    const bobOnly = bobs.myCommissions.nodes
      .map((c: any) => c.sale?.externalId)
      .filter((id: string | undefined) => id && !aliceOrders.has(id));
    expect(bobOnly.length).toBeGreaterThan(0);
    const text = await page.locator('main').textContent();
    for (const order of bobOnly) expect(text).not.toContain(order);
    expect(text).not.toContain('Bob Trail Reviews');
    await checkPage(page, 'partner-reward-history');
  });

  it('payments received and messages', async () => {
    await openPage(page, 'Payments received', 'Payments received');
    const { myPayments } = await asAlice(`{ myPayments { nodes { amount { amount currency } } } }`);
    expect(myPayments.nodes.length).toBeGreaterThan(0);
    await expect(page.getByTestId('my-payment-amount').allTextContents()).resolves.toEqual(
      myPayments.nodes.map((p: any) => money(p.amount)),
    );
    await checkPage(page, 'partner-payments');

    await openPage(page, 'Messages', 'Messages');
    const { myMessages } = await asAlice(`{ myMessages { totalCount nodes { subject } } }`);
    for (const m of myMessages.nodes) await page.getByRole('heading', { name: m.subject }).waitFor();
    await checkPage(page, 'partner-messages');
  });

  it('sets how they are paid (bank transfer, checked), then back to PayPal, with their password', async () => {
    await openPage(page, 'Profile', 'Profile');
    await page.getByRole('radio', { name: 'Bank transfer' }).check();
    await page.getByLabel('Account holder').fill('Alice Outdoors Ltd');
    await page.getByRole('textbox', { name: 'IBAN' }).fill('DE00 3704 0044 0532 0130 00');
    await page.getByLabel('Your password (to confirm it is you)').fill(ALICE.password);
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('alert')
      .getByText(/This IBAN is not valid/)
      .waitFor();
    await page.getByRole('textbox', { name: 'IBAN' }).fill('DE89 3704 0044 0532 0130 00');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Payout details saved').waitFor();
    expect((await asAlice(`{ me { partner { payoutMethod bankTransfer { iban } } } }`)).me.partner).toEqual({
      payoutMethod: 'BANK_TRANSFER',
      bankTransfer: { iban: 'DE89370400440532013000' },
    });

    await page.getByRole('radio', { name: 'PayPal' }).check();
    await page.getByRole('textbox', { name: 'PayPal email' }).fill('alice-new@paypal.test');
    await page.getByLabel('Your password (to confirm it is you)').fill('not the password');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').getByText('Your password is not right').waitFor();
    await page.getByLabel('Your password (to confirm it is you)').fill(ALICE.password);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Payout details saved').last().waitFor();
    await checkPage(page, 'partner-profile');
    const { me } = await asAlice(`{ me { partner { paypalEmail payoutMethod } } }`);
    expect(me.partner).toEqual({ paypalEmail: 'alice-new@paypal.test', payoutMethod: 'PAYPAL' });
  });

  it('cannot reach merchant pages or data, however asked', async () => {
    await page.goto(`${app.url}/merchant/partners`);
    await settle(page, 'Earnings');
    const forced = await page.evaluate(async (token) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ partners { nodes { id name } } pendingPayments { nodes { partnerId } } }' }),
      });
      return response.json();
    }, aliceToken);
    expect(forced.data).toBeNull();
    expect(forced.errors[0].extensions.code).toBe('FORBIDDEN');
    const exportResponse = await page.evaluate(
      async (token) => (await fetch('/exports/pending-payments.csv', { headers: { authorization: `Bearer ${token}` } })).status,
      aliceToken,
    );
    expect(exportResponse).toBe(403);
    const browserToken = await page.evaluate(() => JSON.parse(localStorage.getItem('partnerbook.session')!).token as string);
    await signOut(page);
    // Signed out for real: the session's token no longer works and a reload stays on sign-in.
    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const afterLogout = await app.gql(`{ me { label } }`, {}, browserToken);
    expect(afterLogout.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await checkPage(page, 'sign-in');
  });
});
