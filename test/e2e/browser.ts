import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const repoRoot = path.resolve(__dirname, '..', '..');
/**
 * Screenshots go to test-results/ (ignored by git) so a local run leaves the committed ones alone;
 * `UPDATE_SCREENSHOTS=1` refreshes the committed set in docs/screenshots/.
 */
export const screenshotDir =
  process.env.UPDATE_SCREENSHOTS === '1' ? path.join(repoRoot, 'docs', 'screenshots') : path.join(repoRoot, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The e2e suite tests the built portal; say so plainly instead of failing on a blank page. */
export function assertPortalBuilt(): void {
  const index = path.join(repoRoot, 'portal', 'dist', 'index.html');
  if (!fs.existsSync(index)) {
    throw new Error(`portal/dist is missing (${index}): run \`npm run build\` before the e2e tests (npm test does it).`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Debian chromium not found at ${CHROMIUM}: run \`node scripts/setup.mjs --browser\` (npm test does it).`);
  }
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's headless chromium in a throwaway profile. */
export async function launchBrowser(): Promise<Browser> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerbook-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 960 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The server's Content-Security-Policy is on for every page: anything it blocks fails the test.
  const cspViolations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation(v: string): void }).__reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  // Every document the portal serves carries the security headers.
  const documentsWithoutHeaders: string[] = [];
  let documents = 0;
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'document' || !response.url().startsWith('http://127.0.0.1')) return;
    documents++;
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    const complete =
      /script-src 'self'(;|$)/.test(csp) &&
      /frame-ancestors 'none'/.test(csp) &&
      headers['x-content-type-options'] === 'nosniff' &&
      headers['referrer-policy'] === 'no-referrer' &&
      headers['x-frame-options'] === 'DENY';
    if (!complete) documentsWithoutHeaders.push(`${response.url()}: ${JSON.stringify(headers)}`);
  });
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(documentsWithoutHeaders, 'pages served without the security headers').toEqual([]);
      expect(documents, 'pages loaded').toBeGreaterThan(0);
    },
  };
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  // Exact: "Sign out everywhere else" on the account page shares its first words.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

/** Opens a page of the portal through its own navigation and waits until loading is over. */
export async function openPage(page: Page, linkName: string, heading: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name: linkName, exact: true });
  // On a phone the navigation is a menu: open it first.
  if (!(await link.isVisible())) await nav.getByRole('button', { name: 'Menu' }).click();
  await link.click();
  await settle(page, heading);
}

export async function settle(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.query-state .loading'));
  await page.waitForLoadState('networkidle');
}

const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page: returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the test harness, not added as an inline <script>: the page's CSP (rightly) forbids those.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
    ).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
}

/** Screenshot (see screenshotDir) and the accessibility check, for one main page. */
export async function checkPage(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  // A toast from the last action fades out by itself within seconds; checked while fading, its text
  // fails the contrast rule. Every toast has a life, so wait until none is left.
  await page.waitForFunction(() => !document.querySelector('.p-toast-message'), undefined, { timeout: 30_000 });
  // Colours are only final once enter transitions (dialogs) are over.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  const violations = await seriousViolations(page);
  expect(violations, `axe serious/critical violations on ${name}`).toEqual([]);
}
