// Browser journey of official values (Debian's Chromium against the real platform on a fresh
// in-memory database, fixed date 2026-11-23): the city clerk enters the 2026 first-half new-home
// price with its source (a bad value named under its field first), the administrator — a second
// person — looks at the past decision it would change (amount now → after) and confirms, and a new
// 购房补助 decision uses the confirmed price, no longer marked as an example.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, chooseOption, launchChromium } from './harness';
import { multipart, startHarness, type Client, type Harness } from '../../server/src/platform/harness.js';

vi.setConfig({ testTimeout: 90_000 });

const repo = fileURLToPath(new URL('../../..', import.meta.url));
let h: Harness;
let base = '';
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
let clerkApi: Client;

beforeAll(async () => {
  execFileSync('sh', ['scripts/build-web.sh'], { cwd: repo, stdio: 'inherit' });
  h = await startHarness({ persons: 40 });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const address = h.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
  clerkApi = await h.login('clerk_city');
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await h?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

async function signIn(page: Page, username: string) {
  await page.goto(`${base}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/(workbench|dashboard)/);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

/** Recognised full-time PhDs with no application yet (60 ㎡ under art. 20 item 3). */
async function freePhd(): Promise<number> {
  const rows = await h.p.db
    .selectFrom('persons')
    .innerJoin('recognitions', 'recognitions.person_id', 'persons.id')
    .select(['persons.id', 'recognitions.qualifications'])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('applications').select('applications.id').whereRef('applications.person_id', '=', 'persons.id'))))
    .orderBy('persons.id')
    .execute();
  return rows.find((r) => JSON.stringify(r.qualifications).includes('phd_fulltime'))!.id;
}

/** A 购房补助 application (first home bought on `date`, 3,000,000 元) through joint review; approved when `approve`. */
async function purchaseApplication(date: string, approve: boolean): Promise<number> {
  const personId = await freePhd();
  const person = (await clerkApi.req('GET', `/api/v1/persons/${personId}`)).json<{ employment: Array<Record<string, unknown>> }>();
  const employment = person.employment.map((e) => ({ ...e, fullTime: true, start: '2024-01-01', post: 'other', serviceAgreementYears: 5 }));
  expect((await clerkApi.req('PATCH', `/api/v1/persons/${personId}`, { employment, housing: { hasPurchased: true, purchase: { date, price: '3000000', isFirst: true } }, reason: '补充购房备案' })).statusCode).toBe(200);
  const app = (await clerkApi.req('POST', '/api/v1/applications', { matter: 'housing_purchase', personId })).json<{ id: number; materials: Array<{ code: string; provided: boolean }> }>();
  for (const m of app.materials.filter((x) => !x.provided)) await clerkApi.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF, type: 'application/pdf' }));
  expect((await clerkApi.req('POST', `/api/v1/applications/${app.id}/submit`)).statusCode).toBe(200);
  expect((await clerkApi.req('POST', `/api/v1/applications/${app.id}/accept`)).statusCode).toBe(200);
  for (const c of [clerkApi, await h.login('review_housing'), await h.login('review_finance')]) expect((await c.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
  if (approve) expect((await clerkApi.req('POST', `/api/v1/applications/${app.id}/approve`)).statusCode).toBe(200);
  return app.id;
}

let decided = 0;
let waiting = 0;
let clerk: Page;
let proposal = '';

describe('official values in Chromium', () => {
  it('setting: one 购房补助 decided on the 2026 first-half example price, another waiting for its decision', async () => {
    decided = await purchaseApplication('2026-03-15', true);
    waiting = await purchaseApplication('2026-05-20', false);
    const d = (await clerkApi.req('GET', `/api/v1/applications/${decided}`)).json<{ decision: { computedFen: number } }>();
    expect(d.decision.computedFen).toBe(60 * 1_320_000);
  });

  it('clerk_city enters the 2026 first-half price with its source; a bad value is named under its field', async () => {
    clerk = await newPage();
    await signIn(clerk, 'clerk_city');
    await clerk.getByTestId('nav-group-manage').click();
    await clerk.getByTestId('nav-official-values').click();
    await clerk.waitForURL(/\/official-values$/);
    const row = clerk.getByTestId('ov-param-housing_price.urban_new_home_avg');
    await row.waitFor();
    expect(await row.textContent()).toContain('衢州市区新建商品住宅半年度均价');
    await row.click();
    const values = clerk.getByTestId('ov-values');
    expect(await values.locator('tr', { has: clerk.locator('[data-from="2026-01-01"]') }).textContent()).toContain('示例值');

    await chooseOption(clerk, clerk.getByTestId('ov-from'), '2026年上半年');
    await clerk.getByTestId('ov-value').fill('99');
    await clerk.getByTestId('ov-doc').fill('衢州市住房和城乡建设局 2026 年上半年房地产市场运行情况');
    await clerk.getByTestId('ov-article').fill('二、（一）');
    await clerk.getByTestId('ov-text').fill('2026 年上半年市区新建商品住宅成交均价 12,880 元/平方米');
    await clerk.getByTestId('ov-submit').click();
    await clerk.getByTestId('ov-form').locator('.ant-form-item-explain-error', { hasText: '数值应在 1000–100000 元/平方米 之间' }).waitFor();
    await clerk.getByTestId('ov-value').fill('12880');
    const posted = clerk.waitForResponse((r) => r.url().endsWith('/api/v1/official-values') && r.request().method() === 'POST');
    await clerk.getByTestId('ov-submit').click();
    const res = await posted;
    expect(res.status()).toBe(201);
    proposal = String(((await res.json()) as { id: number }).id);
    const pending = clerk.getByTestId(`ov-proposal-${proposal}`);
    await pending.waitFor();
    expect(await pending.textContent()).toMatch(/2026年上半年：12,880 元\/平方米/);
    expect(await pending.textContent()).toContain('须由录入人以外的另一人确认');
    expect(await clerk.getByTestId(`ov-confirm-${proposal}`).count()).toBe(0);
  });

  it('admin, a second person, sees the decision it changes (before → after) and confirms', async () => {
    const admin = await newPage();
    await signIn(admin, 'admin');
    await admin.goto(`${base}/official-values?path=housing_price.urban_new_home_avg`);
    await admin.getByTestId('ov-pending-all').waitFor();
    const confirm = admin.getByTestId(`ov-confirm-${proposal}`);
    expect(await confirm.isDisabled()).toBe(true); // the affected decisions first
    await admin.getByTestId(`ov-impact-${proposal}`).click();
    const affected = admin.getByTestId(`ov-affected-${proposal}`);
    await affected.locator('tr', { hasText: `#${decided}` }).waitFor();
    const line = await affected.locator('tr', { hasText: `#${decided}` }).textContent();
    expect(line).toContain('购房补助');
    expect(line).toContain('792,000 元 → 772,800 元');
    expect(line).toContain('-19,200 元');
    await confirm.click();
    await admin.getByTestId(`ov-proposal-${proposal}`).waitFor({ state: 'detached' });
    const now = admin.getByTestId('ov-values').locator('tr', { has: admin.locator('[data-from="2026-01-01"]') });
    await expect.poll(async () => (await now.textContent()) ?? '').toContain('官方数值');
    const text = (await now.textContent()) ?? '';
    expect(text).toContain('12,880 元/平方米');
    expect(text).toContain('衢州市住房和城乡建设局 2026 年上半年房地产市场运行情况');
    expect(text).toMatch(/录入：市人才办经办人员（全市）；确认：系统管理员/);
    expect(text).not.toContain('示例值');
    // the half-year before keeps its example value, flagged
    expect(await admin.getByTestId('ov-values').locator('tr', { has: admin.locator('[data-from="2025-07-01"]') }).textContent()).toContain('示例值');
  });

  it('a new 购房补助 decision uses the confirmed price, no longer an example', async () => {
    await clerk.goto(`${base}/workbench/applications/${waiting}`);
    await expect.poll(async () => (await clerk.getByTestId('computed').textContent()) ?? '').toContain('772,800 元');
    // The explanation of the only rule is open already; open it when it is not.
    if (!(await clerk.locator('.ant-collapse-item-active', { hasText: '购房补助' }).count())) await clerk.locator('.ant-collapse-header', { hasText: '购房补助' }).first().click();
    const panel = clerk.locator('.ant-collapse-item-active .explanation').first();
    await expect.poll(async () => (await panel.textContent()) ?? '').toContain('衢州市住房和城乡建设局 2026 年上半年房地产市场运行情况');
    expect(await panel.textContent()).not.toContain('示例值');
    await clerk.getByTestId('approve').click();
    await clerk.getByTestId('dialog-ok').click();
    await expect.poll(async () => (await clerk.getByTestId('approved-amount').textContent().catch(() => '')) ?? '').toBe('772,800 元');
    const d = (await clerkApi.req('GET', `/api/v1/applications/${waiting}`)).json<{ decision: { computedFen: number } }>();
    expect(d.decision.computedFen).toBe(60 * 1_288_000);
    // the earlier decision keeps the amount it was decided on
    expect((await clerkApi.req('GET', `/api/v1/applications/${decided}`)).json<{ decision: { computedFen: number } }>().decision.computedFen).toBe(60 * 1_320_000);
    expect(pageErrors).toEqual([]);
  });
});
