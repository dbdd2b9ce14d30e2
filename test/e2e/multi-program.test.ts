import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { queryRows, startTestApp, type TestApp } from '../support/test-app';
import { graphql } from '../gql';
import { createProgramFixture } from '../support/fixtures';
import { DEMO_LOGINS, seedDemo } from '../../server/src/seed/demo-seed';
import { assertPortalBuilt, checkPage, launchBrowser, signIn, signOut, type Browser } from './browser';
import { tokenFor } from './api';

const [ADMIN, , ALICE] = DEMO_LOGINS;

/** One person, many programs (issue 12): a partner of two programs switches between them in the app shell, on a phone. */
describe('program switcher in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let demoProgram: string;
  let otherProgram: string;

  beforeAll(async () => {
    assertPortalBuilt();
    app = await startTestApp();
    await seedDemo(app.dataSource);
    browser = await launchBrowser();
    page = browser.page;
    [{ id: demoProgram }] = await queryRows<{ id: string }>(app, `SELECT id FROM program`);
    // A second program whose admin invites the demo partner's address: a membership of her login.
    const other = await createProgramFixture(app, { name: 'Trail Gear Co' });
    otherProgram = other.programId;
    const invited = await app.gqlData(
      graphql(`
        mutation MultiProgramE2eInvite($input: CreatePartnerInput!) {
          createPartner(input: $input) {
            id
          }
        }
      `),
      { input: { name: 'Alice at Trail Gear', email: ALICE.email, partnerKey: 'alice-trail' } },
      other.tokens.admin,
    );
    expect(invited.createPartner.id).toBeTruthy();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const switcher = () => page.getByLabel('Program', { exact: true });
  /** The program the portal's stored session is signed in to, as the server says. */
  async function programOfPage(): Promise<string> {
    const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('partnerbook.session') ?? '{}') as { token: string }).token);
    const answer = await app.gqlData(
      graphql(`
        query MultiProgramE2eMe {
          me {
            program {
              id
            }
          }
        }
      `),
      {},
      token,
    );
    return answer.me.program.id;
  }
  /** Chooses the program in the switcher and waits for the portal to come back signed in to it. */
  async function choose(programId: string, accounts: Map<string, string>) {
    await switcher().selectOption(accounts.get(programId)!);
    await page.waitForFunction(
      (id) =>
        (JSON.parse(localStorage.getItem('partnerbook.session') ?? '{}') as { viewer?: { program?: { id: string } } }).viewer?.program
          ?.id === id,
      programId,
    );
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await switcher().waitFor();
    expect(await programOfPage()).toBe(programId);
  }

  it('is hidden for a person in one program', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, app.url, ADMIN.email, ADMIN.password);
    await page.getByTestId('who').waitFor();
    // The switcher asks the server once the shell is up; with one program it stays away.
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('program-switcher').count()).toBe(0);
    await signOut(page);
  });

  it('lets a partner of two programs switch between them at 390 px, each showing its own partnership', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { myPrograms: programs } = await app.gqlData(
      graphql(`
        query MultiProgramE2ePrograms {
          myPrograms {
            accountId
            program {
              id
            }
          }
        }
      `),
      {},
      await tokenFor(app, ALICE.email, ALICE.password),
    );
    const accounts = new Map(programs.map((m) => [m.program.id, m.accountId]));
    expect([...accounts.keys()].sort()).toEqual([demoProgram, otherProgram].sort());

    await signIn(page, app.url, ALICE.email, ALICE.password);
    await switcher().waitFor();
    const options = (await switcher().locator('option').allTextContents()).map((text) => text.trim());
    expect(options).toHaveLength(2);
    expect(options).toContain('Trail Gear Co (partner)');
    const box = await switcher().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await checkPage(page, 'program-switcher-390');

    const startedIn = await programOfPage();
    const elsewhere = startedIn === otherProgram ? demoProgram : otherProgram;
    await choose(elsewhere, accounts);
    await choose(startedIn, accounts);
    await choose(otherProgram, accounts);
    // The shell shows the partnership of the program switched to.
    await page.getByTestId('who').getByText('Alice at Trail Gear').waitFor();
    await choose(demoProgram, accounts);
    expect(await page.getByTestId('who').textContent()).not.toContain('Trail Gear');
  });
});
