// Browser tests of the portals' and the workbench's finish (Debian's Chromium against the real
// platform on a fresh in-memory database, fixed date 2026-11-23, browsers set to New York time): times
// in China Standard Time, the history without internal codes, an approved 人才层次认定 with its tiers,
// lists as cards and no sideways scrolling on a phone with a two-line header and every tab in view,
// the employer portal's organisation name, expert form and employment status, the talent page headed
// with the person's name, batch lines and the bank-result report, import template and columns, the
// queue's search and export, and what a review department is asked to check.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, PHONE, chooseOption, launchChromium, startPlatformServer } from './harness';

vi.setConfig({ testTimeout: 90_000 });

let server: Awaited<ReturnType<typeof startPlatformServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
const tmp = mkdtempSync(join(tmpdir(), 'rencai-polish-'));
/** Far from China: any time shown in the browser's own zone would be 12–13 hours off. */
const ZONE = 'America/New_York';

beforeAll(async () => {
  server = await startPlatformServer();
  browser = await launchChromium();
  for (const username of ['talent', 'hr', 'clerk_city', 'review_finance']) {
    const context = await browser.newContext();
    const res = await context.request.post(`${server.base}/api/v1/auth/login`, { data: { username, password: DEMO_PASSWORD } });
    if (!res.ok()) throw new Error(`登录失败：${username}`);
    sessions.set(username, await context.storageState());
    await context.close();
  }
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

/** A signed-in page of `username` in a browser set to New York time. */
async function open(username: string, path: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: ZONE, storageState: sessions.get(username), acceptDownloads: true });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.base + path);
  return page;
}

/** The API as the page's user sees it (session cookie; CSRF header on changes). */
async function call<T>(page: Page, method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, url, body, headers }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(url, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'x-csrf-token': me.csrfToken, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as never };
    },
    { method, url, body, headers },
  );
}

/** An instant in China Standard Time (UTC+8, no daylight saving) as YYYY-MM-DD HH:mm. */
const cst = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const utc = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace('T', ' ');

interface Summary { id: number; matter: string; state: string; applicantName: string; region: string }
interface Event { action: string; label: string; at: string }

/** Lists render as cards: at least one card (unless the list is empty), no table, no element scrolling sideways, the page no wider than the screen. */
async function expectPhoneList(page: Page, container: string, { empty = false } = {}) {
  if (empty) await page.locator(`${container} .card-list`).first().waitFor();
  else await page.locator(`${container} .list-card[data-row-key]`).first().waitFor();
  expect(await page.locator(`${container} .ant-table`).count()).toBe(0);
  const overflow = await page.evaluate(() => {
    const wide: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) wide.push(`page ${document.documentElement.scrollWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const o = getComputedStyle(el).overflowX;
      if ((o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth + 1) wide.push(`${el.className} ${el.scrollWidth}>${el.clientWidth}`);
    }
    return wide;
  });
  expect(overflow).toEqual([]);
}

/**
 * The header: the brand, then the navigation below it — every item in view, wrapped onto a further row
 * when it must, none behind a sideways scroll — and every portal tab in view. Measured once the signed-in
 * navigation is there (while the session is being restored the header shows the public items only).
 */
async function expectPhoneChrome(page: Page) {
  await page.getByTestId('logout').waitFor();
  const rows = await page.evaluate(() => {
    const mid = (e: Element) => {
      const r = e.getBoundingClientRect();
      return (r.top + r.bottom) / 2;
    };
    const nav = document.querySelector<HTMLElement>('.topbar .nav')!;
    const items = [...nav.children].filter((e) => (e as HTMLElement).offsetParent !== null);
    return { brand: mid(document.querySelector('.topbar .brand')!), min: Math.min(...items.map(mid)), right: Math.max(...items.map((e) => e.getBoundingClientRect().right)), hidden: nav.scrollWidth - nav.clientWidth, count: items.length };
  });
  expect(rows.count).toBeGreaterThanOrEqual(6); // 计算器 政策 活动, the home page, a menu or two, 退出, English
  expect(rows.min).toBeGreaterThan(rows.brand + 10); // below the brand
  expect(rows.right).toBeLessThanOrEqual(PHONE.width);
  expect(rows.hidden).toBeLessThanOrEqual(0);
  const tab = page.getByTestId('messages-tab');
  await tab.waitFor();
  const box = (await tab.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  expect(await page.locator('.ant-tabs-nav-operations:visible').count()).toBe(0);
}

/**
 * On a phone the header is not fixed to the top of the screen (its brand and two rows of navigation would
 * keep some 130 px of it, and cover what keyboard focus moves to): scrolled by its own height, a long page
 * has it out of view.
 */
async function expectHeaderScrollsAway(page: Page) {
  const { room, after } = await page.evaluate(() => {
    const height = document.querySelector('.topbar')!.getBoundingClientRect().height;
    const room = document.documentElement.scrollHeight - window.innerHeight - height;
    window.scrollTo(0, height);
    const after = document.querySelector('.topbar')!.getBoundingClientRect().bottom;
    window.scrollTo(0, 0);
    return { room, after };
  });
  expect(room).toBeGreaterThan(0); // a page long enough to tell
  expect(after).toBeLessThanOrEqual(0);
}

describe('portal and workbench finish in Chromium', () => {
  it('shows every time in China Standard Time in a New York browser: history, messages, batches', async () => {
    const talent = await open('talent', '/talent?tab=applications');
    const own = (await call<{ items: Summary[] }>(talent, 'GET', '/api/v1/applications')).body.items[0]!;
    await talent.goto(`${server.base}/talent/applications/${own.id}`);
    await talent.getByTestId('application').waitFor();
    const app = (await call<{ events: Event[] }>(talent, 'GET', `/api/v1/applications/${own.id}`)).body;
    const shown = await talent.getByTestId('event-time').allTextContents();
    expect(shown).toEqual(app.events.map((e) => cst(e.at)));
    expect(shown).not.toEqual(app.events.map((e) => utc(e.at)));
    // The browser's own zone would give yet another time.
    const local = await talent.evaluate((at) => new Date(at).getHours(), app.events[0]!.at);
    expect(Number(shown[0]!.slice(11, 13))).not.toBe(local);

    await talent.goto(`${server.base}/talent?tab=messages`);
    await talent.getByTestId('message-time').first().waitFor();
    const messages = (await call<Array<{ createdAt: string }>>(talent, 'GET', '/api/v1/messages')).body;
    expect((await talent.getByTestId('message-time').allTextContents()).slice(0, 3)).toEqual(messages.slice(0, 3).map((m) => cst(m.createdAt)));

    const clerk = await open('clerk_city', '/workbench?tab=batches');
    const batches = (await call<Array<{ id: number; createdAt: string }>>(clerk, 'GET', '/api/v1/payment-batches')).body;
    const row = clerk.locator(`.batches [data-row-key="${batches[0]!.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(cst(batches[0]!.createdAt));
  });

  it('names steps and departments in Chinese in the history; staff see the codes only as small print', async () => {
    const clerk = await open('clerk_city', '/workbench');
    const paid = (await call<{ items: Summary[] }>(clerk, 'GET', '/api/v1/applications?state=paid')).body.items[0]!;
    await clerk.goto(`${server.base}/workbench/applications/${paid.id}`);
    await clerk.locator('.events').waitFor();
    const labels = (await clerk.locator('.events .event-label').allTextContents()).join('\n');
    expect(labels).toContain('人才办（组织部）：同意');
    expect(labels).toContain('财政局：同意');
    expect(labels).toContain('受理并发起联审');
    expect(labels).not.toMatch(/talent_office|hrss|finance|review\.|[a-z_]{4,}/);
    // What people read, without the codes kept for experts:
    const readable = await clerk.locator('.events').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.event-code').forEach((c) => c.remove());
      return copy.textContent ?? '';
    });
    expect(readable).not.toMatch(/talent_office|finance|review\.approve/);
    expect(await clerk.locator('.events .event-code', { hasText: 'review.approve · finance' }).count()).toBe(1);

    const talent = await open('talent', '/talent');
    const own = (await call<{ items: Summary[] }>(talent, 'GET', '/api/v1/applications')).body.items[0]!;
    await talent.goto(`${server.base}/talent/applications/${own.id}`);
    await talent.locator('.events .event-label').first().waitFor();
    expect(await talent.locator('.events .event-code').count()).toBe(0);
    expect(await talent.locator('.events .event-label').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows an approved 人才层次认定 as its qualifications, tiers and validity, not 0 元 and 暂无数据', async () => {
    const clerk = await open('clerk_city', '/workbench');
    const rec = (await call<{ items: Summary[] }>(clerk, 'GET', '/api/v1/applications?matter=tier_recognition&state=approved')).body.items[0]!;
    const row = clerk.locator(`.app-table tr[data-row-key="${rec.id}"]`);
    await row.waitFor();
    expect(await row.locator('td').last().textContent()).toBe('—'); // no amount in the queue either
    await clerk.goto(`${server.base}/workbench/applications/${rec.id}`);
    const card = clerk.getByTestId('recognition-result');
    await card.waitFor();
    expect(await card.textContent()).toContain('全日制博士研究生');
    expect(await clerk.getByTestId('recognised-tier-19').textContent()).toContain('第七层次人才（第19条第(7)项）');
    expect(await clerk.getByTestId('recognised-tier-20').textContent()).toContain('购房补助第(3)项，补助面积 60 ㎡');
    expect(await clerk.getByTestId('recognition-validity').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} — /);
    expect(await clerk.getByTestId('approved-amount').count()).toBe(0);
    const main = (await clerk.locator('main').textContent()) ?? '';
    expect(main).not.toContain('0 元');
    expect(main).not.toContain('暂无数据');
  });

  it('phone: lists are cards with no sideways scrolling, the header shows every navigation item and scrolls away with the page, and the 消息 tab with its badge is in view', async () => {
    const clerk = await open('clerk_city', '/workbench', PHONE);
    await expectPhoneChrome(clerk); // the longest header: 计算器 政策 活动 工作台 驾驶舱 工作清单, three menus, 退出, English
    await expectPhoneList(clerk, '.app-table');
    await expectHeaderScrollsAway(clerk);
    // The amount on a card is whole (never cut off): the card shows it in full.
    const paid = clerk.locator('.app-table .list-card', { hasText: '已兑付' }).first();
    expect(await paid.textContent()).toMatch(/\d[\d,]* 元/);
    await clerk.goto(`${server.base}/workbench?tab=registry`);
    await expectPhoneList(clerk, '.person-table');
    // Names on one line: a card's heading is a single line high.
    const head = clerk.locator('.person-table .list-card .ant-card-head-title').first();
    expect((await head.boundingBox())!.height).toBeLessThan(30);
    await clerk.goto(`${server.base}/workbench?tab=batches`);
    await expectPhoneList(clerk, '.batches');

    // A card's title is never cut to “核定依据（规则引擎…”.
    const reviewing = (await call<{ items: Summary[] }>(clerk, 'GET', '/api/v1/applications?state=reviewing')).body.items[0]!;
    await clerk.goto(`${server.base}/workbench/applications/${reviewing.id}`);
    await clerk.getByTestId('computed').waitFor();
    const cut = await clerk.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main .ant-card-head-title')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    await clerk.locator('.ant-card-head-title', { hasText: '核定依据（规则引擎逐步解释）' }).waitFor();
    expect(await clerk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The departments' checks read as lines of text, beside a decided opinion too (never one character per line).
    const rec = (await call<{ items: Summary[] }>(clerk, 'GET', '/api/v1/applications?matter=tier_recognition&state=approved')).body.items[0]!;
    await clerk.goto(`${server.base}/workbench/applications/${rec.id}`);
    for (const box of await clerk.locator('[data-dept] .review-point').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))) expect(box).toBeGreaterThan(250);

    const talent = await open('talent', '/talent?tab=applications', PHONE);
    await expectPhoneChrome(talent);
    expect(await talent.getByTestId('messages-tab').locator('.ant-badge').count()).toBe(1);
    await expectPhoneList(talent, '.app-table');
    await talent.getByRole('tab', { name: '兑付' }).click();
    await expectPhoneList(talent, '[data-testid="ledger"]', { empty: true }); // nothing paid to the talent yet
  });

  it('employer portal: 单位名称, an expert form that waits for an explicit yes or no, and each talent’s employment status', async () => {
    const hr = await open('hr', '/employer', PHONE);
    const org = hr.getByTestId('my-org');
    await org.waitFor();
    expect(await org.locator('.ant-descriptions-item-label').first().textContent()).toBe('单位名称');
    expect(await org.textContent()).not.toContain('姓名');

    await hr.getByRole('tab', { name: '本单位人才' }).click();
    await hr.locator('.person-table .list-card[data-row-key]').first().waitFor();
    const staff = (await call<{ items: Array<{ id: number; employment: Array<{ start: string; end?: string; confirmedOn?: string }> }> }>(hr, 'GET', '/api/v1/persons?pageSize=10')).body.items;
    for (const p of staff) {
      const status = (await hr.getByTestId(`status-${p.id}`).textContent()) ?? '';
      expect(status).toContain('在职');
      expect(status).toContain(p.employment[0]!.start);
      expect(await hr.getByTestId(`unconfirmed-${p.id}`).textContent()).toBe('尚未确认');
    }
    const first = staff[0]!.id;
    await hr.getByTestId(`confirm-${first}`).click();
    await hr.getByTestId(`confirmed-${first}`).waitFor();
    expect(await hr.getByTestId(`confirmed-${first}`).textContent()).toBe('2026-11-23'); // the platform's date
    expect(await hr.getByTestId(`confirm-${first}`).count()).toBe(0); // just confirmed: no button
    expect(await hr.getByTestId(`confirm-${staff[1]!.id}`).count()).toBe(1);

    await hr.getByRole('tab', { name: '单位申报' }).click();
    const form = hr.getByTestId('salary-subsidy');
    await form.waitFor();
    expect(await form.locator('.ant-radio-wrapper-checked').count()).toBe(0); // unset, not “yes”
    await chooseOption(hr, form.locator('.expert-select'), '');
    await hr.getByTestId('expert-salary-0').fill('900000');
    let posted = 0;
    hr.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/applications')) posted++;
    });
    await hr.getByTestId('create-salary').click();
    await form.getByText('请选择“是”或“否”').waitFor();
    expect(posted).toBe(0);
    await form.locator('.ant-radio-wrapper', { hasText: '是' }).click();
    await hr.getByTestId('create-salary').click();
    await hr.waitForURL(/\/employer\/applications\/\d+$/);
    const id = Number(/(\d+)$/.exec(hr.url())![1]);
    const created = (await call<{ data: { experts: Array<{ qualified: boolean }> } }>(hr, 'GET', `/api/v1/applications/${id}`)).body;
    expect(created.data.experts[0]!.qualified).toBe(true);
  });

  it('talent page is headed with the person’s name from the registry', async () => {
    const talent = await open('talent', '/talent');
    await talent.getByTestId('my-record').waitFor();
    const me = (await call<{ user: { personId: number; displayName: string } }>(talent, 'GET', '/api/v1/auth/me')).body.user;
    const person = (await call<{ name: string }>(talent, 'GET', `/api/v1/persons/${me.personId}`)).body;
    await expect.poll(async () => talent.getByTestId('talent-name').textContent()).toBe(person.name);
    expect(person.name).not.toBe(me.displayName);
    expect(await talent.locator('main h1').first().textContent()).not.toContain(me.displayName);
  });

  it('workbench: a batch row opens its lines; the bank-result import shows its report (row errors, then the booking)', async () => {
    const clerk = await open('clerk_city', '/workbench?tab=batches');
    // A new batch of a region with due, unpaid lines (the scheduled applications of the demo).
    const scheduled = (await call<{ items: Summary[] }>(clerk, 'GET', '/api/v1/applications?state=scheduled')).body.items;
    let batch: { id: number; items: number } | undefined;
    for (const region of new Set(scheduled.map((a) => a.region))) {
      const r = await call<{ id: number; items: number }>(clerk, 'POST', '/api/v1/payment-batches', { region }, { 'idempotency-key': `polish-${region}` });
      if (r.status === 201) {
        batch = r.body;
        break;
      }
    }
    expect(batch).toBeDefined();
    await clerk.reload();
    const row = clerk.locator(`.batches tr[data-row-key="${batch!.id}"]`);
    await row.locator('td').nth(1).click(); // the row itself opens the batch
    const detail = clerk.getByTestId('batch-detail');
    await detail.waitFor();
    const lines = (await call<{ lines: Array<{ instalmentKey: string; payee: string }> }>(clerk, 'GET', `/api/v1/payment-batches/${batch!.id}`)).body.lines;
    await expect.poll(() => detail.locator('.batch-lines [data-row-key]').count()).toBe(batch!.items);
    expect(await detail.textContent()).toContain(lines[0]!.payee);

    // A result file with a failed line: nothing booked, each row named.
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, `兑付键,结果,银行流水号\n${lines.map((l, i) => `${l.instalmentKey},${i === 0 ? '失败' : '成功'},R${i}`).join('\n')}\n`);
    await detail.locator('input[type=file]').setInputFiles(bad);
    const report = clerk.getByTestId('bank-report');
    await report.getByText('结果文件有误，整批未入账').waitFor();
    expect(await report.locator('tr[data-row-key]').first().textContent()).toContain('第2行');
    expect(await detail.getByTestId('batch-detail-state').textContent()).toBe('待兑付');

    const good = join(tmp, 'good.csv');
    writeFileSync(good, `兑付键,结果,银行流水号\n${lines.map((l, i) => `${l.instalmentKey},成功,R${i}`).join('\n')}\n`);
    await detail.locator('input[type=file]').setInputFiles(good);
    await report.getByText(`已入账 ${batch!.items} 笔，批次已兑付`).waitFor();
    await expect.poll(() => detail.getByTestId('batch-detail-state').textContent()).toBe('已兑付');
    await clerk.getByTestId(`batch-state-${batch!.id}`).getByText('已兑付').waitFor();
  });

  it('workbench: import offers the template and lists the columns; the queue searches by name and exports with the filters', async () => {
    const clerk = await open('clerk_city', '/workbench?tab=import');
    const template = clerk.getByTestId('import-template');
    await template.waitFor();
    expect(await template.getAttribute('href')).toBe('/api/v1/import/persons/template');
    const columns = clerk.getByTestId('import-columns');
    expect(await columns.textContent()).toMatch(/身份证号\*.*姓名\*.*地区\*/);
    await chooseOption(clerk, clerk.getByTestId('import-kind'), '导入单位');
    await expect.poll(() => template.getAttribute('href')).toBe('/api/v1/import/employers/template');
    expect(await columns.textContent()).toMatch(/统一社会信用代码\*.*单位名称\*/);

    await clerk.goto(`${server.base}/workbench?state=submitted`);
    await clerk.locator('.app-table tr[data-row-key]').first().waitFor();
    await clerk.getByTestId('queue-search').locator('input').fill('林思远');
    await clerk.getByTestId('queue-search').locator('input').press('Enter');
    await clerk.waitForURL(/q=/);
    expect(new URL(clerk.url()).searchParams.get('q')).toBe('林思远');
    const expected = (await call<{ items: Summary[]; total: number }>(clerk, 'GET', `/api/v1/applications?state=submitted&q=${encodeURIComponent('林思远')}`)).body;
    expect(expected.total).toBeGreaterThan(0);
    await expect.poll(() => clerk.locator('.app-table tr[data-row-key]').count()).toBe(expected.total);
    for (const t of await clerk.locator('.app-table tr[data-row-key]').allTextContents()) expect(t).toContain('林思远');
    const href = (await clerk.getByTestId('export-queue').getAttribute('href'))!;
    const u = new URL(href, server.base);
    expect(u.pathname).toBe('/api/v1/export/applications');
    expect(Object.fromEntries(u.searchParams)).toEqual({ format: 'xlsx', state: 'submitted', q: '林思远' });
  });

  it('review department: sees what it checks, downloads the materials and reads the rule’s explanation', async () => {
    const reviewer = await open('review_finance', '/workbench');
    const reviewing = (await call<{ items: Summary[] }>(reviewer, 'GET', '/api/v1/applications?state=reviewing')).body.items[0]!;
    const matters = (await call<Array<{ code: string; departments: Array<{ code: string; checks: string }> }>>(reviewer, 'GET', '/api/v1/matters')).body;
    const checks = matters.find((m) => m.code === reviewing.matter)!.departments.find((d) => d.code === 'finance')!.checks;
    await reviewer.goto(`${server.base}/workbench/applications/${reviewing.id}`);
    await reviewer.getByTestId('checks-finance').waitFor();
    expect(await reviewer.getByTestId('checks-finance').textContent()).toBe(checks);
    expect(await reviewer.locator('[data-dept="finance"]').getAttribute('class')).toContain('my-department');
    // Materials: every link downloads the file.
    const links = await reviewer.locator('[data-material] a.file-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(await reviewer.evaluate(async (h) => (await fetch(h)).status, href)).toBe(200);
    // The explanation, open without a click.
    await reviewer.getByTestId('computed').waitFor();
    await reviewer.locator('.ant-collapse-item-active .explanation, .ant-collapse-item-active .rule-detail').first().waitFor();

    // A submitted application is not yet routed to the department: it does not exist for the reviewer…
    const submitted = (await call<{ items: Summary[] }>(await open('clerk_city', '/workbench'), 'GET', '/api/v1/applications?state=submitted')).body.items[0]!;
    expect((await call(reviewer, 'GET', `/api/v1/applications/${submitted.id}`)).status).toBe(404);
    // …while the clerk, before accepting, sees the departments and their checks, and that review starts on acceptance.
    const clerk = await open('clerk_city', `/workbench/applications/${submitted.id}`);
    const points = clerk.getByTestId('review-points');
    await points.waitFor();
    expect(await points.textContent()).toContain('受理后发起联审');
    expect(await points.getByTestId('checks-finance').textContent()).toMatch(/^核对/);
  });

  it('no page raised an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
