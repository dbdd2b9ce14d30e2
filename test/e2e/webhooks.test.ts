import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { startTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { WebhookWorker } from '../../server/src/webhooks/webhook.worker';
import { httpSender } from '../../server/src/webhooks/webhook-sender';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';

const [ADMIN, VIEWER] = DEMO_LOGINS;

/** The page fits the phone's width: nothing makes it scroll sideways. */
async function expectFitsWidth(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

/** Create an endpoint on a phone → secret shown once → send a test event to a loopback receiver → see it in the delivery log. */
describe('webhooks in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp({ webhookAllowPrivate: true });
    await seedDemo(app.dataSource);
    receiver = await new WebhookReceiver().start();
    browser = await launchBrowser();
    page = browser.page;
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await app?.close();
  });

  it('an admin adds an endpoint, copies its secret once, sends a test event and sees it delivered', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await settle(page, 'Overview');
    await openPage(page, 'Webhooks', 'Webhooks');
    await page.getByText('No endpoints yet').waitFor();
    await expectFitsWidth(page, 'webhooks');
    await checkPage(page, 'phone-merchant-webhooks-empty');

    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const form = page.getByRole('form', { name: 'New webhook endpoint' });
    await form.getByLabel('Receiver URL').fill(receiver.url);
    await form.getByLabel('Description (optional)').fill('Accounting sync');
    await form.getByRole('checkbox', { name: /^Sale recorded/ }).check();
    await form.getByRole('checkbox', { name: /^Commission approved/ }).check();
    await expectFitsWidth(page, 'new endpoint form');
    await checkPage(page, 'phone-merchant-webhooks-new');
    await form.getByRole('button', { name: 'Add endpoint' }).click();

    const secretBox = page.getByTestId('webhook-secret');
    const secret = (await secretBox.textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await expectFitsWidth(page, 'secret shown');
    await checkPage(page, 'phone-merchant-webhooks-secret');
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await secretBox.waitFor({ state: 'detached' });
    // Shown once: neither the page nor a reload shows it again.
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await settle(page, 'Webhooks');
    expect(await page.content()).not.toContain(secret);

    const endpoints = page.getByRole('table', { name: 'Webhook endpoints' });
    await endpoints.getByText('Accounting sync').waitFor();
    await endpoints.getByText('Enabled').waitFor();
    await endpoints.getByRole('link', { name: receiver.url }).click();
    await settle(page, 'Webhook endpoint');
    await page.getByText('Nothing sent to this endpoint yet.').waitFor();

    await page.getByRole('button', { name: 'Send test event' }).click();
    await page.getByText('Test event queued').waitFor();
    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    await deliveries.getByText('Waiting', { exact: true }).waitFor();
    // The worker (run here, instead of in the background) delivers it to the loopback receiver.
    const worker = new WebhookWorker(app.dataSource, { sender: httpSender({ allowPrivate: true }) });
    await worker.runOnce();
    expect(receiver.received).toHaveLength(1);
    const ping = new Webhook(secret).verify(receiver.received[0].body, receiver.received[0].headers) as { type: string };
    expect(ping.type).toBe('webhook.test');

    await page.getByRole('button', { name: 'Refresh' }).click();
    await deliveries.getByText('Delivered', { exact: true }).waitFor();
    await deliveries.getByText('Test event').waitFor();
    await deliveries.getByText('200 OK').waitFor();
    // No raw codes or timestamps: statuses in words, times formatted.
    const logText = (await deliveries.textContent()) ?? '';
    expect(logText).not.toMatch(/SUCCEEDED|webhook\.test|\d{4}-\d{2}-\d{2}T/);
    await expectFitsWidth(page, 'delivery log');
    await checkPage(page, 'phone-merchant-webhook-endpoint');

    // Disabling asks first, and says so.
    await page.getByRole('button', { name: 'Disable', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Disable endpoint' }).or(page.getByRole('dialog', { name: 'Disable endpoint' }));
    await dialog.getByRole('button', { name: 'Disable', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Enable', exact: true }).waitFor();
    await page
      .getByRole('status')
      .getByText(/Disabled by hand on/)
      .waitFor();

    // Enabled again; a replay of the last day (the demo's sales and approvals) says what it queued.
    await page.getByRole('button', { name: 'Enable', exact: true }).click();
    await page.getByRole('button', { name: 'Disable', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Replay events' }).click();
    await page
      .getByRole('status')
      .getByText(/events? queued, oldest first|No events to send again/)
      .waitFor();

    await page.setViewportSize({ width: 1440, height: 900 });
    await checkPage(page, 'desktop-merchant-webhook-endpoint');
  });

  it('a viewer is told admins manage webhooks', async () => {
    await signOut(page);
    await signIn(page, app.url, VIEWER.email, VIEWER.password);
    await settle(page, 'Overview');
    await openPage(page, 'Webhooks', 'Webhooks');
    await page.getByText("Webhooks are managed by the program's admins.").waitFor();
    await expect(page.getByRole('button', { name: 'Add endpoint' }).count()).resolves.toBe(0);
  });
});
