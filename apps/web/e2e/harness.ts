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
async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`未找到 Chromium（${CHROMIUM}）：请运行 sh scripts/ensure-browser.sh`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const SHARED = Symbol.for('rencai.e2e.chromium');

/**
 * Chromium for one test file, or for a script (`npm run screenshots`: a browser of its own, closed by
 * close()). Under vitest one browser per test process serves every file it runs (the browser pass runs
 * them all in one process, --no-isolate; a launch costs about 0.3 s): each file gets a view of it whose
 * contexts are its own — fresh cookies, storage and cache, as before — and whose close() closes those
 * contexts, not the browser, which ends with the process. A browser that has gone is launched again.
 */
export async function launchChromium(): Promise<Browser> {
  if (!process.env.VITEST) return launch();
  const g = globalThis as { [SHARED]?: Promise<Browser> };
  let shared: Browser;
  try {
    shared = await (g[SHARED] ??= launch());
    if (!shared.isConnected()) shared = await (g[SHARED] = launch());
  } catch (e) {
    g[SHARED] = undefined;
    throw e;
  }
  const mine = new Set<BrowserContext>();
  // The tests' pages ask for reduced motion, as a person can in their system settings (the app then turns
  // Ant Design's animations off): a dialog or list is there at once, not sliding in under the pointer.
  // a11y.test.ts checks both settings.
  const newContext: Browser['newContext'] = async (options) => {
    const context = await shared.newContext({ reducedMotion: 'reduce', ...options });
    mine.add(context);
    context.on('close', () => mine.delete(context));
    return context;
  };
  const own: Partial<Browser> = {
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
    contexts: () => [...mine],
    close: async () => {
      await Promise.all([...mine].map((c) => c.close().catch(() => {})));
    },
  };
  return new Proxy(shared, {
    get: (target, prop) => {
      if (prop in own) return own[prop as keyof Browser];
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
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
 * collected for the test to assert none, and its requests counted (settled()).
 */
export async function openPage(browser: Browser, url: string, viewport = DESKTOP, timeout = 30_000): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  countRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

const requests = new WeakMap<Page, { open: number; started: number }>();

/** Counts the page's requests from now on (call it before the page's first navigation), for settled(). */
export function countRequests(page: Page): void {
  const n = { open: 0, started: 0 };
  requests.set(page, n);
  page.on('request', () => {
    n.open += 1;
    n.started += 1;
  });
  const done = () => {
    n.open -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/**
 * Waits until the page has stopped: no request of it open or newly started (countRequests), no
 * loading spinner or skeleton, and no animation or transition running (endless ones, such as a
 * spinner's, aside) — three checks in a row, each a couple of frames after the last: an answer can
 * start the next request, an element its enter animation on the next frame. What the fixed waits
 * did (networkidle's 500 quiet milliseconds, a sleep for Ant Design's animations), as soon as it is so.
 */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  const n = requests.get(page);
  if (!n) throw new Error('settled(page)：请先对该页面调用 countRequests(page)');
  const deadline = Date.now() + timeout;
  for (let calm = 0; calm < 3; ) {
    const started = n.started;
    const still = await page.evaluate(() => {
      // In the page (this file is also type-checked without the DOM's types: scripts/screenshots.ts).
      type Animation = { playState: string; effect: { getTiming(): { iterations?: number } } | null };
      const w = globalThis as unknown as { requestAnimationFrame(f: () => void): void; document: { querySelector(s: string): unknown; getAnimations(): Animation[] } };
      const quiet = () => !w.document.querySelector('.ant-spin-spinning, .ant-skeleton-active') && w.document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
      return new Promise<boolean>((resolve) => w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve(quiet()))));
    });
    calm = still && n.open === 0 && n.started === started ? calm + 1 : 0;
    if (calm < 3 && Date.now() > deadline) throw new Error(`页面 ${timeout} 毫秒内未静止（仍有请求、加载或动画）：${page.url()}`);
  }
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
