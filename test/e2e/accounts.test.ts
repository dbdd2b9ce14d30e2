import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, signIn, signOut, type Browser } from './browser';
import { apiAs, tokenFor } from './api';

const [ADMIN] = DEMO_LOGINS;
const FIRST = 'lantern velvet orbit cactus';
const SECOND = 'marmalade glacier tuxedo fjord';

/** Invite a partner → open the link from the outbox message → set password → sign in; forgot password → reset → old session gone. */
describe('accounts in the browser', () => {
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

  /** The newest account email to the address, with its link pointed at this test's server. */
  async function linkFromOutbox(recipient: string, path: string): Promise<string> {
    const [message] = await app.dataSource.query(
      `SELECT body FROM email_message WHERE topic = 'ACCOUNT' AND recipient = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [recipient],
    );
    const match = new RegExp(`/${path}#token=[A-Za-z0-9_-]+`).exec(message?.body ?? '');
    if (!match) throw new Error(`no ${path} link in the outbox for ${recipient}`);
    return `${app.url}${match[0]}`;
  }

  async function choosePassword(link: string, password: string, heading: string) {
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Repeat it').fill(password);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('status').getByText('Your password is set').waitFor();
  }

  it('an invited partner sets their password from the welcome email and signs in; later resets it, ending the old session', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const admin = apiAs(app, await tokenFor(app, ADMIN.email, ADMIN.password));
    const email = 'new.partner@example.test';
    await admin(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, {
      input: { name: 'Nora New', email, partnerKey: 'nora-new' },
    });

    // A weak password is refused with advice, and the link still works.
    await page.goto(await linkFromOutbox(email, 'set-password'));
    await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    await page.getByLabel('New password').fill('password1234');
    await page.getByLabel('Repeat it').fill('password1234');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('alert').waitFor();
    await checkPage(page, 'accounts-set-password-390');
    await choosePassword(await linkFromOutbox(email, 'set-password'), FIRST, 'Choose your password');

    await signIn(page, app.url, email, FIRST);
    const oldSession = await tokenFor(app, email, FIRST);
    expect((await app.gql(`{ me { kind } }`, {}, oldSession)).data.me.kind).toBe('PARTNER');
    await signOut(page);

    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('status').getByText('If that address has a login').waitFor();
    await checkPage(page, 'accounts-forgot-password-390');

    await choosePassword(await linkFromOutbox(email, 'reset-password'), SECOND, 'Choose a new password');
    expect((await app.gql(`{ me { kind } }`, {}, oldSession)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await signIn(page, app.url, email, SECOND);
    await signOut(page);
  });

  it('an invited team member accepts with name and password and signs in as a viewer', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const admin = apiAs(app, await tokenFor(app, ADMIN.email, ADMIN.password));
    const email = 'new.viewer@example.test';
    await admin(`mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { __typename } }`, {
      input: { email, role: 'VIEWER' },
    });
    await page.goto(await linkFromOutbox(email, 'accept-invitation'));
    await page.getByRole('heading', { level: 1, name: 'Join the team' }).waitFor();
    await page.getByText('as a viewer').waitFor();
    await page.getByLabel('Your name').fill('Vic Viewer');
    await page.getByLabel('Password').fill(FIRST);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('status').getByText('Welcome aboard').waitFor();
    await checkPage(page, 'accounts-accept-invitation-390');
    await signIn(page, app.url, email, FIRST);
    const me = await apiAs(app, await tokenFor(app, email, FIRST))(`{ me { merchantRole displayName } }`);
    expect(me).toEqual({ me: { merchantRole: 'VIEWER', displayName: 'Vic Viewer' } });
  });
});
