// The web app and the API docs page under the server's Content-Security-Policy, in Chromium: every
// main page (calculator, policy browser, log-in, each role's portal, the leader's dashboard with its
// charts, /docs) renders with the policy in force and reports no violation — listened to both as
// `securitypolicyviolation` events and as console messages. A deliberate inline script shows that a
// violation would be caught.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, countRequests, launchChromium, settled, startPlatformServer } from './harness';

vi.setConfig({ testTimeout: 90_000 });

let server: Awaited<ReturnType<typeof startPlatformServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startPlatformServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  /** Violations seen so far: "directive blocked-uri" from events, and console messages about the policy. */
  violations: string[];
  errors: string[];
}

/** A fresh context whose pages record every CSP violation from the first script on. */
async function watchedPage(): Promise<Watched> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  countRequests(page);
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, violations, errors };
}

/** Opens a page, checks the policy header is on it, waits until it has settled, returns all violations. */
async function visit(w: Watched, path: string, ready: string): Promise<string[]> {
  const res = await w.page.goto(server.base + path);
  expect(res?.headers()['content-security-policy'], path).toContain("script-src 'self'");
  await w.page.locator(ready).first().waitFor();
  await settled(w.page);
  const events = await w.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return [...events, ...w.violations];
}

async function signIn(w: Watched, username: string, home: RegExp) {
  await w.page.goto(`${server.base}/login`);
  await w.page.locator('#username').fill(username);
  await w.page.locator('#password').fill(DEMO_PASSWORD);
  await w.page.getByTestId('login-submit').click();
  await w.page.waitForURL(home);
}

describe('Content-Security-Policy in Chromium', () => {
  it('catches a violation when there is one (an inline script is blocked and reported)', async () => {
    const w = await watchedPage();
    await visit(w, '/', 'main');
    await w.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
    });
    await w.page.waitForFunction(() => (window as unknown as { __csp: string[] }).__csp.length > 0);
    expect(await w.page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    expect(await w.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([expect.stringMatching(/^script-src/)]);
  });

  it('the public pages: calculator with a result, policy browser, a policy, log-in — no violation', async () => {
    const w = await watchedPage();
    expect(await visit(w, '/?region=kecheng&person.qualifications=phd_fulltime&person.fullTime=true&person.arrivalDate=2021-03-01&date=2023-01-01', '[data-testid^="amount-"]')).toEqual([]);
    expect(await visit(w, '/policies', 'main')).toEqual([]);
    expect(await visit(w, '/policies/quzhou-2020', 'main')).toEqual([]);
    expect(await visit(w, '/login', '#username')).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('the API docs page renders its operations — no violation', async () => {
    const w = await watchedPage();
    expect(await visit(w, '/docs/', '.swagger-ui .opblock')).toEqual([]);
    // With this many operations Swagger UI draws only those near the screen: scroll to the end, gathering them.
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      for (const t of await w.page.locator('.swagger-ui .opblock-summary-path').allTextContents()) seen.add(t);
      const end = await w.page.evaluate(() => {
        window.scrollBy(0, 600);
        return window.scrollY + window.innerHeight >= document.body.scrollHeight;
      });
      if (end) break;
      await w.page.waitForTimeout(30);
    }
    for (const t of await w.page.locator('.swagger-ui .opblock-summary-path').allTextContents()) seen.add(t);
    expect(seen.size).toBeGreaterThan(100);
    expect(seen.has('/api/v1/calculate') && seen.has('/api/v1/enterprise-problems')).toBe(true);
    expect(w.errors).toEqual([]);
  });

  for (const [username, path, ready] of [
    ['talent', '/talent', '[data-testid="my-record"]'],
    ['hr', '/employer', 'main'],
    ['clerk_kecheng', '/workbench', '.app-table tbody tr.ant-table-row'],
    ['leader', '/dashboard', 'canvas'],
  ] as const) {
    it(`${username}: ${path} — no violation`, async () => {
      const w = await watchedPage();
      await signIn(w, username, new RegExp(`${path}$`));
      expect(await visit(w, path, ready)).toEqual([]);
      expect(w.errors).toEqual([]);
    });
  }
});
