// Accessibility in Chromium (GB/T 37668-2019, WCAG 2.0/2.1 A and AA): axe-core over every page state
// the browser tests visit — the calculator empty and with a result, its field errors, the policy
// browser, log-in with its errors, the not-found page, each tab of the talent and employer portals,
// an application as the talent and as the clerk, each workbench tab, the leaders' dashboard with its
// charts, the accounts, official-values, scheduled-jobs and change-password pages — each must have no violation.
// 关怀模式 (elder-friendly mode): the header switch enlarges text, spacing and touch targets, puts the
// calculator and the talent portal in one column, is remembered per user, and stays violation-free.
// Reduced motion (WCAG 2.3.3): with the system setting on, lists and dialogs appear without animation.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, PHONE, countRequests, launchChromium, settled, startPlatformServer } from './harness';
import { layoutProblems } from './layout';
import { axeViolations, describeViolations, failingElements } from './a11y';

vi.setConfig({ testTimeout: 90_000 });

let server: Awaited<ReturnType<typeof startPlatformServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
/** Failing elements per page state, printed at the end (the figures quoted when the suite changes). */
const counts: Record<string, number> = {};

beforeAll(async () => {
  server = await startPlatformServer();
  browser = await launchChromium();
  for (const username of ['talent', 'hr', 'clerk_city', 'leader', 'admin', 'unit_hrss']) {
    const context = await browser.newContext();
    const res = await context.request.post(`${server.base}/api/v1/auth/login`, { data: { username, password: DEMO_PASSWORD } });
    if (!res.ok()) throw new Error(`登录失败：${username}`);
    sessions.set(username, await context.storageState());
    await context.close();
  }
}, 120_000);

afterAll(async () => {
  console.log(`axe failing elements per page state:\n${Object.entries(counts).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`).join('\n')}\n  total ${Object.values(counts).reduce((a, b) => a + b, 0)}`);
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function open(username: string | null, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', reducedMotion: 'reduce', ...(username ? { storageState: sessions.get(username) } : {}) });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  countRequests(page);
  return page;
}

/** Waits until the page has loaded its data and stopped moving (Ant Design's enter animations done). */
async function settle(page: Page, ready: string) {
  await page.locator(ready).first().waitFor();
  await settled(page);
}

/** Checks the page as it is now; every failing element is listed in the failure message. */
async function check(page: Page, state: string) {
  const violations = await axeViolations(page);
  counts[state] = failingElements(violations);
  expect.soft(describeViolations(violations), state).toEqual([]);
}

async function visit(page: Page, path: string, ready: string, state = path) {
  await page.goto(server.base + path);
  await settle(page, ready);
  await check(page, state);
}

const RESULT = '/?region=kecheng&person.qualifications=phd_fulltime&person.fullTime=true&person.arrivalDate=2021-03-01&person.post=teacher&person.serviceAgreementYears=5&person.purchase.date=2021-06-30&person.purchase.price=1200000&person.purchase.isFirst=true&person.purchase.sold=false&date=2023-01-01';

describe('no WCAG 2.1 A/AA violation (axe-core) on any page state', () => {
  it('public pages: calculator (empty, with a result, with a field error), policy browser, log-in, not found', async () => {
    const page = await open(null);
    await visit(page, '/', 'main h1', 'calculator (empty)');
    await visit(page, RESULT, '[data-testid^="amount-"]', 'calculator (result)');
    await visit(page, '/?region=kecheng&person.arrivalDate=2099-13-40', 'main h1', 'calculator (field error)');
    await visit(page, '/policies', 'main h1');
    await visit(page, '/policies/quzhou-2020', 'main h1');
    await visit(page, '/login', '#username');
    await page.getByTestId('login-submit').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await settled(page);
    await check(page, '/login (field errors)');
    await visit(page, '/no/such/page', 'main .ant-result');
  });

  it('talent portal: each tab and an own application', async () => {
    const page = await open('talent');
    await visit(page, '/talent', '[data-testid="my-record"]');
    for (const tab of ['apply', 'applications', 'payments', 'messages']) await visit(page, `/talent?tab=${tab}`, 'main h1');
    const id = await page.evaluate(async () => ((await (await fetch('/api/v1/applications')).json()) as { items: { id: number }[] }).items[0]!.id);
    await visit(page, `/talent/applications/${id}`, '[data-testid="application"]', '/talent/applications/:id');
  });

  it('employer portal: each tab', async () => {
    const page = await open('hr');
    await visit(page, '/employer', 'main h1');
    for (const tab of ['streamers', 'talents', 'applications', 'payments']) await visit(page, `/employer?tab=${tab}`, 'main h1');
  });

  it('workbench: the queue, an application, each tab', async () => {
    const page = await open('clerk_city');
    await visit(page, '/workbench', '.app-table tbody tr.ant-table-row');
    const id = await page.evaluate(async () => ((await (await fetch('/api/v1/applications?state=reviewing')).json()) as { items: { id: number }[] }).items[0]!.id);
    await visit(page, `/workbench/applications/${id}`, '[data-testid="application"]', '/workbench/applications/:id');
    for (const tab of ['registry', 'import', 'proactive', 'batches', 'messages']) await visit(page, `/workbench?tab=${tab}`, 'main h1');
  });

  it('leaders’ dashboard with its charts', async () => {
    const page = await open('leader');
    await visit(page, '/dashboard', 'canvas');
    // Each chart: a picture named by its title and summary, the summary as text, its data as a table.
    const charts = page.locator('[data-kind="chart"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (const chart of await charts.all()) {
      const id = (await chart.getAttribute('data-testid'))!;
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label'), id).toMatch(/：共 \d+ 项，合计 .+；最多的是.+，最少的是.+。$/);
      expect(await page.getByTestId(`${id}-summary`).textContent()).toMatch(/^共 \d+ 项/);
      const table = page.getByTestId(`${id}-data`);
      await table.locator('summary').click();
      expect(await table.locator('tbody tr').count(), id).toBeGreaterThanOrEqual(2);
    }
    await check(page, '/dashboard (data tables open)');
  });

  it('work list: the leaders’ view with a target opened, the briefing, a unit’s duties and a report', async () => {
    const page = await open('leader');
    await visit(page, '/worklist', '[data-testid="wl-targets"] tbody tr');
    await page.getByTestId('open-graduates_attracted').click();
    await page.getByTestId('target-sentence').waitFor();
    await settle(page, '[data-testid="wl-trend"]');
    await check(page, '/worklist (a target opened)');
    await visit(page, '/worklist/briefing', '[data-testid="late-reporters"]');
    const unit = await open('unit_hrss');
    await visit(unit, '/worklist/reports', '[data-testid="duties"]');
    const id = await unit.evaluate(async () => ((await (await fetch('/api/v1/worklist/duties?state=todo')).json()) as { report: { id: number } | null }[]).find((d) => d.report)!.report!.id);
    await visit(unit, `/worklist/reports/${id}`, '[data-testid="report-history"]', '/worklist/reports/:id');
  });

  it('administration: accounts, official values, scheduled jobs, change password', async () => {
    const page = await open('admin');
    await visit(page, '/admin/accounts', 'main h1');
    await visit(page, '/official-values', 'main h1');
    await visit(page, '/admin/jobs', '[data-testid="job-applications.escalate"]');
    await visit(page, '/account/password', 'main h1');
  });
});

/** Computed sizes that 关怀模式 changes. */
const sizes = (page: Page) =>
  page.evaluate(() => {
    const px = (el: Element | null, prop: string) => (el ? parseFloat(getComputedStyle(el).getPropertyValue(prop)) : NaN);
    const grid = document.querySelector('.calc-grid, .portal-grid');
    return {
      body: px(document.body, 'font-size'),
      input: px(document.querySelector('main .ant-select, main .ant-btn'), 'height'),
      columns: grid ? getComputedStyle(grid).gridTemplateColumns.split(' ').length : 0,
      smallest: Math.min(...[...document.querySelectorAll('main *')].filter((e) => (e as HTMLElement).offsetParent && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())).map((e) => px(e, 'font-size'))),
    };
  });

describe('关怀模式 (elder-friendly mode)', () => {
  it('calculator: the header switch enlarges text and controls to one column, is remembered, and stays accessible', async () => {
    const page = await open(null);
    await page.goto(server.base + RESULT);
    await settle(page, '[data-testid^="amount-"]');
    const before = await sizes(page);
    expect(before.columns).toBe(2);
    expect(before.body).toBeLessThan(18);
    await page.getByTestId('care-mode').click();
    await expect.poll(async () => (await sizes(page)).body).toBeGreaterThanOrEqual(18);
    await settled(page); // Ant Design's components take the new sizes with a short transition
    const care = await sizes(page);
    expect(care.columns).toBe(1);
    expect(care.input).toBeGreaterThanOrEqual(44);
    expect(care.smallest).toBeGreaterThanOrEqual(14);
    await page.reload();
    await settle(page, '[data-testid^="amount-"]');
    expect(await page.getByTestId('care-mode').getAttribute('aria-checked')).toBe('true');
    expect((await sizes(page)).body).toBeGreaterThanOrEqual(18);
    expect(await page.locator('[data-testid^="amount-"]').count()).toBeGreaterThan(0);
    await check(page, 'calculator (result, 关怀模式)');
  });

  it('talent portal: one column for the signed-in user only, and the phone layout still fits', async () => {
    const page = await open('talent');
    await page.goto(server.base + '/talent');
    await settle(page, '[data-testid="my-record"]');
    expect((await sizes(page)).columns).toBe(2);
    await page.getByTestId('care-mode').click();
    await expect.poll(async () => (await sizes(page)).columns).toBe(1);
    expect(await page.evaluate(() => [localStorage.getItem('rencai.care.talent'), localStorage.getItem('rencai.care.')])).toEqual(['1', null]);
    await settled(page);
    await check(page, '/talent (关怀模式)');

    const phone = await open(null, PHONE);
    await phone.addInitScript(() => localStorage.setItem('rencai.care.', '1'));
    await phone.goto(server.base + RESULT);
    await settle(phone, '[data-testid^="amount-"]');
    expect((await sizes(phone)).body).toBeGreaterThanOrEqual(18);
    expect(await layoutProblems(phone)).toEqual([]);

    // The signed-in header on a phone: every navigation item (the larger ones wrap) stays on screen.
    const talentPhone = await open('talent', PHONE);
    await talentPhone.addInitScript(() => localStorage.setItem('rencai.care.talent', '1'));
    await talentPhone.goto(server.base + '/talent');
    await settle(talentPhone, '[data-testid="my-record"]');
    const offScreen = await talentPhone.evaluate(() =>
      [...document.querySelectorAll('.topbar .nav > *, .care-switch')].filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().right > window.innerWidth).map((e) => e.textContent),
    );
    expect(offScreen).toEqual([]);
  });
});

describe('减少动态效果 (prefers-reduced-motion)', () => {
  /** Opens the calculator's region list and returns the animation classes its elements were given. */
  async function motionClassesOpeningAList(reducedMotion: 'reduce' | 'no-preference'): Promise<string[]> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', reducedMotion });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { motionSeen: Set<string> }).motionSeen = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const els = r.type === 'attributes' ? [r.target] : [...r.addedNodes];
          for (const e of els) if (e instanceof Element) for (const c of e.classList) if (/-(enter|appear|leave)(-(prepare|start|active))?$/.test(c)) seen.add(c);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.goto(server.base + '/');
    await page.getByTestId('region').click();
    await page.locator('.ant-select-dropdown .ant-select-item-option').first().waitFor(); // a slide, if any, has begun
    return page.evaluate(() => [...(window as unknown as { motionSeen: Set<string> }).motionSeen].sort());
  }

  // The transition runs in the -start and -active stages (rc-motion may mark the list -prepare for one frame).
  const moving = (classes: string[]) => classes.filter((c) => /-(start|active)$/.test(c));

  it('the region list slides open by default and appears at once when the system asks for less motion', async () => {
    expect(moving(await motionClassesOpeningAList('no-preference'))).toContain('ant-slide-up-appear-active');
    expect(moving(await motionClassesOpeningAList('reduce'))).toEqual([]);
  });
});
