import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { errorCode, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, openPage, settle, signIn, signOut, type Browser } from './browser';
import { apiAs, tokenFor } from './api';
import { linkFromOutbox } from './outbox';

const [ADMIN, VIEWER, ALICE] = DEMO_LOGINS;
const FIRST = 'lantern velvet orbit cactus';
const SECOND = 'marmalade glacier tuxedo fjord';

const KIND = graphql(`
  query AccountsE2eKind {
    me {
      kind
    }
  }
`);
const ROLE = graphql(`
  query AccountsE2eRole {
    me {
      merchantRole
      displayName
    }
  }
`);
const LOGIN = graphql(`
  mutation AccountsE2eLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
    }
  }
`);
const INVITATION = graphql(`
  query AccountsE2eInvitation($input: InvitationTokenInput!) {
    teamInvitation(input: $input) {
      __typename
    }
  }
`);

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
    await page.goto(await linkFromOutbox(app, email, 'set-password'));
    await page.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor();
    await page.getByLabel('New password').fill('password1234');
    await page.getByLabel('Repeat it').fill('password1234');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByRole('alert').waitFor();
    await checkPage(page, 'accounts-set-password-390');
    await choosePassword(await linkFromOutbox(app, email, 'set-password'), FIRST, 'Choose your password');

    await signIn(page, app.url, email, FIRST);
    const oldSession = await tokenFor(app, email, FIRST);
    expect((await app.gqlData(KIND, {}, oldSession)).me.kind).toBe('PARTNER');
    await signOut(page);

    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('status').getByText('If that address has a login').waitFor();
    await checkPage(page, 'accounts-forgot-password-390');

    await choosePassword(await linkFromOutbox(app, email, 'reset-password'), SECOND, 'Choose a new password');
    expect(errorCode(await app.gql(KIND, {}, oldSession))).toBe('UNAUTHENTICATED');
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
    await page.goto(await linkFromOutbox(app, email, 'accept-invitation'));
    await page.getByRole('heading', { level: 1, name: 'Join the team' }).waitFor();
    await page.getByText('as a viewer').waitFor();
    await page.getByLabel('Your name').fill('Vic Viewer');
    await page.getByLabel('Password').fill(FIRST);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('status').getByText('Welcome aboard').waitFor();
    await checkPage(page, 'accounts-accept-invitation-390');
    await signIn(page, app.url, email, FIRST);
    const me = await app.gqlData(ROLE, {}, await tokenFor(app, email, FIRST));
    expect(me).toEqual({ me: { merchantRole: 'VIEWER', displayName: 'Vic Viewer' } });
  });
  it('a person changes their password and signs out other sessions from "Your account"', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/login`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.url, ALICE.email, ALICE.password);
    await settle(page, 'Earnings');
    const elsewhere = await tokenFor(app, ALICE.email, ALICE.password);
    const phone = await tokenFor(app, ALICE.email, ALICE.password);
    await openPage(page, 'Your account', 'Your account');

    // Three sessions: this browser (marked) and the two API sign-ins; one is signed out from the list.
    const sessions = page.getByRole('table', { name: 'Sessions' });
    await expect.poll(() => sessions.getByRole('row').count()).toBe(4);
    await sessions.getByText('(this one)').waitFor();
    await sessions
      .getByRole('button', { name: /^Sign out / })
      .first()
      .click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Sign it out' }).click();
    await expect.poll(() => sessions.getByRole('row').count()).toBe(3);
    const ended = await Promise.all([elsewhere, phone].map(async (t) => errorCode(await app.gql(KIND, {}, t))));
    expect(ended.sort()).toEqual(['UNAUTHENTICATED', undefined].sort());
    await checkPage(page, 'accounts-my-account-390');

    // A wrong current password changes nothing; the right one changes it and ends the other session.
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill(FIRST);
    await page.getByLabel('Repeat the new password').fill(FIRST);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').getByText('Your current password is not right.').waitFor();
    await page.getByLabel('Current password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('1 other session signed out.').waitFor();
    await expect.poll(() => sessions.getByRole('row').count()).toBe(2);
    for (const token of [elsewhere, phone]) {
      expect(errorCode(await app.gql(KIND, {}, token))).toBe('UNAUTHENTICATED');
    }
    // This browser stays signed in; the new password works, the old one no more.
    await openPage(page, 'Earnings', 'Earnings');
    await tokenFor(app, ALICE.email, FIRST);
    const old = await app.gqlData(LOGIN, { input: { email: ALICE.email, password: ALICE.password } });
    expect(old.login.__typename).toBe('InvalidCredentialsError');
    await signOut(page);
  });

  it('an admin invites, withdraws, promotes, demotes and removes team members from the Team page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/login`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await settle(page, 'Overview');
    await openPage(page, 'Team', 'Team');
    const members = page.getByRole('table', { name: 'Team members' });
    await members.getByText(VIEWER.email).waitFor();

    await page.getByLabel('Email', { exact: true }).fill('bookkeeper@example.test');
    await page.getByLabel('Role', { exact: true }).selectOption('VIEWER');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const invitations = page.getByRole('table', { name: 'Team invitations' });
    const row = invitations.getByRole('row').filter({ hasText: 'bookkeeper@example.test' });
    await row.getByText('PENDING').waitFor();
    await page.getByRole('button', { name: 'Withdraw the invitation to bookkeeper@example.test' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Withdraw' }).click();
    await row.getByText('REVOKED').waitFor();
    const preview = await app.gqlData(INVITATION, {
      input: { token: new URL(await linkFromOutbox(app, 'bookkeeper@example.test', 'accept-invitation')).hash.slice('#token='.length) },
    });
    expect(preview.teamInvitation.__typename).toBe('InvalidTokenError');

    // Promote the viewer, demote again (with a confirmation), then remove them: their session ends.
    const viewerToken = await tokenFor(app, VIEWER.email, VIEWER.password);
    const viewerRole = members.getByRole('row').filter({ hasText: VIEWER.email }).getByRole('combobox');
    await viewerRole.selectOption('ADMIN');
    await page.getByText(/is now admin/).waitFor();
    expect((await app.gqlData(ROLE, {}, viewerToken)).me.merchantRole).toBe('ADMIN');
    await viewerRole.selectOption('VIEWER');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Make viewer' }).click();
    await page.getByText(/is now viewer/).waitFor();
    expect((await app.gqlData(ROLE, {}, viewerToken)).me.merchantRole).toBe('VIEWER');
    await checkPage(page, 'accounts-team-390');

    const removeButton = members
      .getByRole('row')
      .filter({ hasText: VIEWER.email })
      .getByRole('button', { name: /^Remove / });
    await removeButton.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await members.getByText(VIEWER.email).waitFor({ state: 'detached' });
    expect(errorCode(await app.gql(KIND, {}, viewerToken))).toBe('UNAUTHENTICATED');
    // The admin cannot remove themselves: no button on their own row.
    await expect(members.getByRole('row').filter({ hasText: '(you)' }).getByRole('button').count()).resolves.toBe(0);
    await signOut(page);
  });
});
