// Browser tests of the leaders' dashboard (Debian's Chromium against the platform on a fresh in-memory
// database, fixed date 2026-11-23, demo data): the open overdue application counted as the queue
// shows it, the on-time rate said to be of decided applications, single values as figures rather
// than one-bar charts, the date range (in the URL, Chinese errors), the Excel export, and 390 px.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, PHONE, launchChromium, startPlatformServer } from './harness';
import { layoutProblems } from './layout';

vi.setConfig({ testTimeout: 90_000 });

let server: Awaited<ReturnType<typeof startPlatformServer>>;
let browser: Browser;
let session: Awaited<ReturnType<BrowserContext['storageState']>>;
const tmp = mkdtempSync(join(tmpdir(), 'rencai-dash-'));

beforeAll(async () => {
  server = await startPlatformServer();
  browser = await launchChromium();
  // Sign in once (the log-in route is rate-limited) and reuse the session.
  const context = await browser.newContext();
  const res = await context.request.post(`${server.base}/api/v1/auth/login`, { data: { username: 'leader', password: DEMO_PASSWORD } });
  expect(res.ok()).toBe(true);
  session = await context.storageState();
  await context.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true, storageState: session });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.base + path);
  await page.getByTestId('dashboard').waitFor();
  return { page, errors };
}

const settled = (page: Page) => page.locator('[data-testid="chart-ontime"][data-rendered="true"]').waitFor();

describe('leaders’ dashboard', () => {
  it('counts the overdue application the queue shows and bases the on-time rate on decided ones', async () => {
    const { page, errors } = await open('/dashboard');
    await settled(page);
    const queue = await (await page.request.get(`${server.base}/api/v1/applications?overdue=true`)).json() as { total: number };
    expect(queue.total).toBeGreaterThan(0);
    expect(await page.getByTestId('overdue').innerText()).toContain(`${queue.total}`);
    expect(await page.getByTestId('overdue-count').innerText()).toBe(`${queue.total} 件`);
    const rate = await page.getByTestId('on-time').innerText();
    expect(rate).toContain('按已办结件计算');
    expect(await page.getByTestId('ontime-count').innerText()).toMatch(/^\d+ 件$/);
    expect(await page.getByTestId('late-count').innerText()).toMatch(/^\d+ 件$/);
    // The figure leads to the queue's overdue list.
    await page.getByTestId('view-overdue').click();
    await page.waitForURL(/\/workbench\?overdue=true$/);
    await page.locator('.app-table tr.ant-table-row').first().waitFor();
    expect(await page.locator('.app-table tr.ant-table-row').count()).toBe(queue.total);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws a chart only for several values and shows a single value as a figure', async () => {
    const { page } = await open('/dashboard');
    await settled(page);
    // The demo grants come from one clause and one payer: figures, not a one-bar chart or a one-slice donut.
    for (const id of ['chart-clause', 'chart-payer']) {
      const el = page.getByTestId(id);
      expect(await el.getAttribute('data-kind')).toBe('figure');
      expect(await el.locator('canvas').count()).toBe(0);
      expect(await el.innerText()).toMatch(/\d[\d,]* 元/);
    }
    expect(await page.getByTestId('chart-clause').innerText()).toContain('衢委发〔2020〕7号第19条第(7)项');
    for (const id of ['chart-region', 'chart-degree', 'chart-state']) expect(await page.getByTestId(id).getAttribute('data-kind')).toBe('chart');
    await page.context().close();
  });

  it('filters by a date range kept in the URL, and refuses a bad date in Chinese', async () => {
    const { page } = await open('/dashboard');
    await settled(page);
    // Only the overdue demo application was submitted before November (six weeks before 2026-11-23).
    const to = page.getByTestId('range-to');
    await to.click();
    await page.keyboard.type('2026-11-01');
    await page.keyboard.press('Enter');
    await page.waitForURL(/to=2026-11-01/);
    await expect.poll(() => page.getByTestId('chart-state').getAttribute('data-kind')).toBe('figure');
    expect(await page.getByTestId('chart-state').innerText()).toContain('已提交（待受理）');
    expect(await page.getByTestId('overdue-count').innerText()).toBe('1 件');
    expect(await page.getByTestId('on-time').innerText()).toContain('—');
    // A shared link restores the range; a reversed or impossible date gets the API's Chinese reason.
    await page.getByTestId('range-clear').click();
    await page.waitForURL(/\/dashboard$/);
    await page.goto(`${server.base}/dashboard?from=2026-02-30`);
    await page.getByTestId('load-error').waitFor();
    expect(await page.getByTestId('load-error').innerText()).toContain('开始日期应为有效日期，格式 YYYY-MM-DD');
    await page.context().close();
  });

  it('exports the dashboard’s tables for the range as Excel', async () => {
    const { page } = await open('/dashboard?from=2026-11-02');
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    expect(download.suggestedFilename()).toBe('dashboard_2026-11-02.xlsx');
    const file = join(tmp, 'dashboard.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toContain('申报件按状态');
    const overview = wb.getWorksheet('概览')!;
    expect(overview.getCell('B2').value).toBe('2026-11-02 起');
    expect(String(overview.getCell('A3').value)).toContain('北京时间');
    await page.context().close();
  });

  it('fits a 390 px phone: no sideways scrolling, no text cut off, the range and export on screen', async () => {
    const { page } = await open('/dashboard', PHONE);
    await settled(page);
    // Once the charts have taken their size.
    await expect.poll(() => layoutProblems(page)).toEqual([]);
    for (const id of ['range-from', 'range-to', 'export', 'overdue', 'chart-ontime']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(PHONE.width);
    }
    // The date picker's calendar fits too.
    await page.getByTestId('range-from').click();
    const panel = page.locator('.ant-picker-dropdown:visible .ant-picker-panel');
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });
});
