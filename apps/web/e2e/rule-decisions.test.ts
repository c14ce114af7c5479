// Browser test (Debian's Chromium against the real platform, fresh in-memory database, fixed date
// 2026-11-23) of paying rule by rule: the workbench's application view shows each decision rule by
// rule and the open rules with the facts they miss and where those are recorded; the clerk decides
// an open rule once its fact is recorded; the registry's fact form records a post's yes/no
// explicitly; the talent's award form asks yes/no without a default.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkDigit, usccCheckChar } from '@rencai/domain';
import { DEMO_PASSWORD, DESKTOP, chooseOption, launchChromium } from './harness';
import { multipart, startHarness, type Client, type Harness } from '../../server/src/platform/harness.js';

vi.setConfig({ testTimeout: 90_000 });

let h: Harness;
let base = '';
let browser: Browser;
let clerkApi: Client;
const members: Record<string, Client> = {};
const pageErrors: string[] = [];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

beforeAll(async () => {
  execFileSync('sh', ['scripts/build-web.sh'], { cwd: fileURLToPath(new URL('../../..', import.meta.url)), stdio: 'inherit' });
  h = await startHarness({ persons: 20 });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const address = h.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
  clerkApi = await h.login('clerk_city');
  members.talent_office = clerkApi;
  members.hrss = await h.login('review_hrss');
  members.finance = await h.login('review_finance');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  expect(pageErrors).toEqual([]);
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

async function signIn(page: Page, username: string, home: RegExp, next?: string) {
  await page.goto(`${base}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(home);
}

async function api<T>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

async function run(matter: string, personId: number, data: Record<string, unknown>, approve = true): Promise<number> {
  const app = await api<{ id: number; materials: Array<{ code: string; provided: boolean }> }>(clerkApi.req('POST', '/api/v1/applications', { matter, personId, data }), 201);
  for (const m of app.materials.filter((x) => !x.provided)) await api(clerkApi.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: 'e.pdf', content: PDF })), 201);
  await api(clerkApi.req('POST', `/api/v1/applications/${app.id}/submit`));
  const accepted = await api<{ reviews: Array<{ department: string }> }>(clerkApi.req('POST', `/api/v1/applications/${app.id}/accept`));
  for (const r of accepted.reviews) await api(members[r.department]!.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
  if (approve) await api(clerkApi.req('POST', `/api/v1/applications/${app.id}/approve`));
  return app.id;
}

let personId = 0;
let employerId = 0;

describe('paying rule by rule in the browser', () => {
  it('clerk_city sees each rule decided, the open rule with the fact it misses and where, and decides it once recorded', async () => {
    const ucode = `913308${String(990_001).padStart(11, '0')}`.slice(0, 17);
    employerId = (await api<{ id: number }>(clerkApi.req('POST', '/api/v1/employers', { uscc: ucode + usccCheckChar(ucode), name: '浏览器测试科技有限公司', region: 'kecheng', kind: 'enterprise', sector: 'digital_economy' }), 201)).id;
    const idBody = '33080219850315777';
    personId = (await api<{ id: number }>(clerkApi.req('POST', '/api/v1/persons', { idNumber: idBody + checkDigit(idBody), name: '逐条测试', region: 'kecheng', employerId, employment: [{ employerId, region: 'kecheng', fullTime: true, start: '2021-01-01', post: 'other' }] }), 201)).id;
    await run('tier_recognition', personId, { qualifications: [{ code: 'new115_l1' }, { code: 'city_top_talent', obtained: '2022-03-01' }] });
    const appId = await run('talent_award', personId, { cultureAward: { level: 'none' }, matchingAwards: [] });

    const page = await newPage();
    await signIn(page, 'clerk_city', /\/workbench/, `/workbench/applications/${appId}`);
    const card = page.getByTestId('rule-decisions');
    await card.waitFor();
    await expect.poll(() => card.locator('[data-rule="art18.top_talent"]').getAttribute('data-status')).toBe('granted');
    expect(await card.locator('[data-rule="art18.top_talent"]').textContent()).toContain('50,000 元');
    expect(await card.locator('[data-rule="art18.social_worker"]').getAttribute('data-status')).toBe('not_eligible');
    const open = page.getByTestId('open-rules');
    expect(await open.textContent()).toContain('市“新115人才工程”第一层次的取得日期');
    expect(await open.textContent()).toContain('记录于：人才层次认定');

    // Still missing: the API's refusal is shown in the dialog.
    await page.getByTestId('decide-open').click();
    await page.getByTestId('open-ok').click();
    await expect.poll(async () => (await page.getByTestId('open-error').textContent()) ?? '').toContain('取得日期');
    await page.keyboard.press('Escape');

    await run('tier_recognition', personId, { qualifications: [{ code: 'new115_l1', obtained: '2021-05-01' }] });
    await page.reload();
    await page.getByTestId('decide-open').click();
    await page.getByTestId('open-ok').click();
    await page.getByTestId('decision-2').waitFor();
    expect(await page.locator('[data-testid="decision-2"] [data-rule="art18.new115"]').getAttribute('data-status')).toBe('granted');
    expect(await page.getByTestId('open-rules').count()).toBe(0);
    expect(await page.getByTestId('approved-amount').textContent()).toBe('100,000 元');
  });

  it('clerk_city records a post’s yes/no in the registry’s fact form (none preselected)', async () => {
    const page = await newPage();
    await signIn(page, 'clerk_city', /\/workbench/, '/workbench?tab=registry');
    await page.getByTestId('registry-search').locator('input').fill('逐条测试');
    await page.getByTestId('registry-search').locator('input').press('Enter');
    await page.getByTestId(`facts-${personId}`).click();
    const form = page.getByTestId('person-facts');
    await form.waitFor();
    const shortage = form.getByTestId('fact-shortageFrontlinePost');
    expect(await shortage.locator('input[value="unknown"]').isChecked()).toBe(true);
    await shortage.getByText('是', { exact: true }).click();
    await form.getByTestId('fact-selfEmployed').getByText('否', { exact: true }).click();
    await form.getByTestId('facts-save').click();
    await form.waitFor({ state: 'detached' });
    const person = await api<{ employment: Array<Record<string, unknown>> }>(clerkApi.req('GET', `/api/v1/persons/${personId}`));
    expect(person.employment[0]).toMatchObject({ shortageFrontlinePost: true, selfEmployed: false });
    expect(person.employment[0]).not.toHaveProperty('professionalPost');
  });

  it('the talent’s award form asks whether there is a culture award and awards to match, with no default', async () => {
    const page = await newPage();
    await signIn(page, 'talent', /\/talent/, '/talent?tab=apply');
    await page.getByTestId('apply-talent_award').click();
    const form = page.getByTestId('award-form');
    await form.waitFor();
    expect(await form.getByTestId('has-matching').locator('input[value="unknown"]').isChecked()).toBe(true);
    await form.getByTestId('create-award').click();
    await form.getByText('请选择是或否').waitFor();
    await chooseOption(page, form.getByTestId('culture-level'), '未获得文化类权威奖项');
    await form.getByTestId('has-matching').getByText('否', { exact: true }).click();
    await form.getByTestId('create-award').click();
    await page.waitForURL(/\/talent\/applications\/\d+$/);
    const id = Number(/(\d+)$/.exec(page.url())![1]);
    const app = await api<{ data: unknown; matter: string }>(clerkApi.req('GET', `/api/v1/applications/${id}`));
    expect(app).toMatchObject({ matter: 'talent_award', data: { cultureAward: { level: 'none' }, matchingAwards: [] } });
  });
});
