// Shared by the browser tests and `npm run screenshots`: the real API server started in-process on
// 127.0.0.1 (port 0) serving the built bundle, and Debian's Chromium driven headless by playwright-core.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { buildApp } from '../../server/src/app.js';

export const CHROMIUM = execFileSync('sh', [fileURLToPath(new URL('../../../scripts/browser-path.sh', import.meta.url))], { encoding: 'utf8' }).trim();
const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** Builds the bundle if a source is newer than it (scripts/build-web.sh), then starts the server. */
export async function startServer(): Promise<{ base: string; close: () => Promise<void> }> {
  execFileSync('sh', ['scripts/build-web.sh'], { cwd: repo, stdio: 'inherit' });
  const app = await buildApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Headless Chromium with a fresh profile (playwright creates and removes a temporary user-data dir). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`未找到 Chromium（${CHROMIUM}）：请运行 sh scripts/ensure-browser.sh`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * The platform (fresh in-memory PGlite, fixed date 2026-11-23, seeded demo accounts) with the web
 * bundle, for the portal tests and screenshots: apps/server/src/platform/harness.ts behind a real port.
 */
export async function startPlatformServer(persons = 40): Promise<{ base: string; close: () => Promise<void> }> {
  execFileSync('sh', ['scripts/build-web.sh'], { cwd: repo, stdio: 'inherit' });
  const { startHarness } = await import('../../server/src/platform/harness.js');
  const h = await startHarness({ persons });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const address = h.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}`, close: () => h.close() };
}

export const DEMO_PASSWORD = 'rencai-demo-2026';

/**
 * Chooses the option labelled `label` in the Ant Design select that `trigger` opens (typing `search`
 * first when given; `close` presses Escape afterwards, for multiple choice). The option list is virtual
 * and animated: on a loaded machine it can re-render or close under the pointer, so a click that does
 * not land is retried with the list opened afresh, for up to 30 seconds.
 */
export async function chooseOption(page: Page, trigger: Locator, label: string, opts: { search?: string; close?: boolean } = {}): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await trigger.click();
    if (opts.search) await page.keyboard.type(opts.search);
    try {
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first().click({ timeout: 10_000 });
      break;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await page.keyboard.press('Escape');
    }
  }
  if (opts.close) await page.keyboard.press('Escape');
  // The list closes with an animation; one still open after that covers what lies under it: close it.
  const open = page.locator('.ant-select-dropdown:visible').first();
  if (!(await open.waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false))) {
    await page.keyboard.press('Escape');
    await open.waitFor({ state: 'hidden' });
  }
}

/**
 * A fresh page at `base + path` (its own context: no shared storage), with the page errors it throws
 * collected for the test to assert none.
 */
export async function openPage(browser: Browser, url: string, viewport = DESKTOP, timeout = 30_000): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** The calculator's worked example: a full-time PhD teacher in 柯城区 who bought a first home for 1.2 million 元. */
export const KECHENG_TEACHER = new URLSearchParams({
  region: 'kecheng',
  'person.qualifications': 'phd_fulltime',
  'person.fullTime': 'true',
  'person.arrivalDate': '2021-03-01',
  'person.post': 'teacher',
  'person.serviceAgreementYears': '5',
  'person.purchase.date': '2021-06-30',
  'person.purchase.price': '1200000',
  'person.purchase.isFirst': 'true',
  'person.purchase.sold': 'false',
  date: '2023-01-01',
});

/**
 * A browser journey on the platform: the bundle built, a fresh in-memory platform (the API tests'
 * harness: fixed date 2026-11-23, demo accounts) on a port, and Chromium. `signedIn` opens a page in a
 * context of its own, signed in through the log-in page; the errors pages throw are collected in
 * `pageErrors` for the test to assert none; `close` ends it all (afterAll).
 */
export async function startJourney(persons = 20) {
  execFileSync('sh', ['scripts/build-web.sh'], { cwd: repo, stdio: 'inherit' });
  const { startHarness } = await import('../../server/src/platform/harness.js');
  const h = await startHarness({ persons });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const address = h.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const signedIn = async (username: string, viewport = DESKTOP): Promise<Page> => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${base}/login`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return page;
  };
  const close = async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close();
    await h.close();
  };
  return { h, base, browser, pageErrors, signedIn, close };
}
