// Browser tests of the platform's web app: every demo role signs in (Debian's Chromium against the real
// platform on a fresh in-memory database, fixed date 2026-11-23) and completes its core journey —
// calculator → the talent's submitted 人才津贴 application → clerk accepts → joint review → approval →
// payment batch, its Excel export and the bank's result file → the payment in the talent portal; the
// leader's dashboard, the employer portal, and a county clerk refused another county's application.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, PHONE, chooseOption, launchChromium, startPlatformServer } from './harness';

vi.setConfig({ testTimeout: 90_000 });

let server: Awaited<ReturnType<typeof startPlatformServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'rencai-e2e-'));

beforeAll(async () => {
  server = await startPlatformServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function newPage(viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

/** Signs in through the log-in page and waits for the role's home page. */
async function signIn(page: Page, username: string, home: RegExp, next?: string) {
  await page.goto(`${server.base}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(home);
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';
const stateOf = (page: Page) => page.getByTestId('application').getAttribute('data-state');

let talent: Page;
let clerk: Page;
let appPath = '';
let appId = 0;
let housingPath = '';
let adjustPath = '';

describe('platform journeys in Chromium', () => {
  it('talent: calculator, sign-in, record, tier, entitlements and the submitted 人才津贴 application', async () => {
    talent = await newPage(PHONE);
    await talent.goto(server.base + '/');
    await talent.getByRole('heading', { name: '我能享受哪些人才政策？' }).waitFor();
    await talent.goto(server.base + '/talent');
    await talent.waitForURL(/\/login\?next=/); // a portal asks for log-in first
    await signIn(talent, 'talent', /\/talent$/);
    await talent.getByTestId('my-record').waitFor();
    expect(await talent.getByTestId('my-record').textContent()).toMatch(/林思远.*\*{8}/);
    await talent.getByTestId('my-tier').getByText('第七层次人才').waitFor();
    await talent.getByTestId('amount-art19.7').first().waitFor();
    // 收款账户: none yet; a bad number is named as the user types; a good one comes back masked, and stays so after a reload.
    await talent.getByTestId('my-bank-none').waitFor();
    await talent.getByTestId('my-bank-edit').click();
    await talent.getByTestId('my-bank-bank').fill('中国农业银行衢州分行');
    await talent.getByTestId('my-bank-account').fill('6228-4800');
    await talent.getByTestId('my-bank').locator('.ant-form-item-explain-error').first().waitFor();
    expect(await talent.getByTestId('my-bank').locator('.ant-form-item-explain-error').first().textContent()).toMatch(/银行账号/);
    await talent.getByTestId('my-bank-account').fill('6228 4800 1234 5678 901');
    await talent.getByTestId('my-bank-save').click();
    await expect.poll(async () => (await talent.getByTestId('my-bank-masked').textContent()) ?? '').toBe('6228***********8901');
    expect(await talent.getByTestId('my-bank').textContent()).not.toContain('12345678');
    // Changing it needs a reason (checked as typed); the form sends the version it saw (If-Match).
    await talent.getByTestId('my-bank-edit').click();
    await talent.getByTestId('my-bank-bank').fill('中国农业银行衢州分行');
    await talent.getByTestId('my-bank-account').fill('6228 4800 1234 5678 999');
    await talent.getByTestId('my-bank-save').click();
    await talent.getByTestId('my-bank').locator('.ant-form-item-explain-error', { hasText: '变更收款账户须说明原因' }).waitFor();
    await talent.getByTestId('my-bank-account').fill('6228 4800 1234 5678 901');
    await talent.getByTestId('my-bank-reason').fill('卡号核对后重新登记');
    await talent.getByTestId('my-bank-save').click();
    await talent.getByTestId('my-bank-edit').waitFor();
    expect(await talent.getByTestId('my-bank').locator('.ant-alert-error').count()).toBe(0);
    await talent.reload(); // the session survives a reload (/auth/me)
    await talent.getByTestId('my-record').waitFor();
    await expect.poll(async () => (await talent.getByTestId('my-bank-masked').textContent()) ?? '').toBe('6228***********8901');
    await talent.getByRole('tab', { name: '我的申报' }).click();
    await talent.locator('.app-table a', { hasText: '人才津贴' }).first().click();
    await talent.waitForURL(/\/talent\/applications\/\d+$/);
    appId = Number(/(\d+)$/.exec(talent.url())![1]);
    appPath = `/workbench/applications/${appId}`;
    await talent.getByTestId('application').waitFor();
    expect(await stateOf(talent)).toBe('submitted');
    const text = await mainText(talent);
    expect(text).toContain('已有（免交）');
    expect(text).toContain('办理记录');
  });

  it('talent: applies for 购房补助 — uploads a material to the draft', async () => {
    await talent.goto(server.base + '/talent?tab=apply');
    await talent.getByTestId('apply-housing_purchase').click();
    await talent.waitForURL(/\/talent\/applications\/\d+$/);
    expect(await stateOf(talent)).toBe('draft');
    const pdf = join(tmp, '购房合同.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await talent.locator('[data-material="purchase_contract"] input[type=file]').setInputFiles(pdf);
    await talent.locator('[data-material="purchase_contract"] a', { hasText: '购房合同.pdf' }).waitFor();
    for (const code of await talent.locator('[data-material]').evaluateAll((els) => els.map((e) => e.getAttribute('data-material')!))) {
      const item = talent.locator(`[data-material="${code}"]`);
      if (code === 'purchase_contract' || (await item.locator('input[type=file]').count()) === 0) continue;
      await item.locator('input[type=file]').setInputFiles(pdf);
      await item.locator('a', { hasText: '购房合同.pdf' }).waitFor();
    }
    await talent.getByTestId('submit').click();
    await expect.poll(() => stateOf(talent)).toBe('submitted');
    housingPath = new URL(talent.url()).pathname;
  });

  it('clerk_city: queue by deadline with overdue rows, accepts, and approves for the talent office', async () => {
    clerk = await newPage();
    await signIn(clerk, 'clerk_city', /\/workbench$/);
    await clerk.locator('.app-table tbody tr.ant-table-row').first().waitFor();
    expect(await clerk.locator('.app-table tr.row-overdue').count()).toBeGreaterThan(0);
    await clerk.goto(server.base + appPath);
    await clerk.getByTestId('accept').click();
    await expect.poll(() => stateOf(clerk)).toBe('reviewing');
    await clerk.getByTestId('computed').waitFor(); // the engine's explanation
    expect(await clerk.getByTestId('computed').textContent()).toMatch(/\d/);
    await clerk.getByTestId('related').waitFor(); // the talent's other applications and payments for this benefit
    await clerk.locator('[data-dept="talent_office"]').waitFor();
    await clerk.getByTestId('review-approve').click();
    await clerk.locator('[data-dept="talent_office"]', { hasText: '同意' }).waitFor();
    expect(await clerk.getByTestId('approve').count()).toBe(0); // finance has not decided yet

    // another application already in joint review (demo data): the talent office agrees here too
    await clerk.goto(server.base + '/workbench?state=reviewing');
    const links = clerk.locator('.app-table [data-testid^="open-app-"]');
    await links.first().waitFor();
    const other = (await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('open-app-'.length)))).find((x) => Number(x) !== appId)!;
    adjustPath = `/workbench/applications/${other}`;
    await clerk.goto(server.base + adjustPath);
    await clerk.getByTestId('review-approve').click();
    await clerk.locator('[data-dept="talent_office"]', { hasText: '同意' }).waitFor();
  });

  it('clerk_city returns the 购房补助 application for one material; the talent uploads it and resubmits', async () => {
    const id = /(\d+)$/.exec(housingPath)![1];
    await clerk.goto(`${server.base}/workbench/applications/${id}`);
    await clerk.getByTestId('return').click();
    await clerk.getByTestId('dialog-ok').click();
    await clerk.locator('.ant-modal').getByText('请至少选择一项所缺材料').waitFor();
    await clerk.locator('.ant-modal .ant-checkbox-wrapper', { hasText: '购房合同' }).click();
    await clerk.getByTestId('dialog-reason').fill('合同页不清晰');
    await clerk.getByTestId('dialog-ok').click();
    await expect.poll(() => stateOf(clerk)).toBe('returned');

    await talent.goto(server.base + housingPath);
    await talent.getByTestId('returned').getByText('购房合同').waitFor();
    const png = join(tmp, '合同清晰版.png');
    writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    await talent.locator('[data-material="purchase_contract"] input[type=file]').setInputFiles(png);
    await talent.locator('[data-material="purchase_contract"] a', { hasText: '合同清晰版.png' }).waitFor();
    await talent.getByTestId('submit').click();
    await expect.poll(() => stateOf(talent)).toBe('submitted');
    expect(await talent.locator('.events').textContent()).toContain('合同页不清晰');
  });

  it('clerk_city: registry search with an audited reveal, and an import with its row-error report', async () => {
    await clerk.goto(server.base + '/workbench?tab=registry');
    await clerk.getByTestId('registry-search').locator('input').fill('林思远');
    await clerk.getByTestId('registry-search').locator('input').press('Enter');
    const row = clerk.locator('.person-table tr.ant-table-row', { hasText: '林思远' });
    await row.waitFor();
    expect(await row.textContent()).toContain('********');
    await row.locator('[data-testid^="reveal-"]').click();
    await clerk.locator('.ant-modal .ant-btn-primary').click();
    await clerk.locator('.ant-modal').getByText('请说明查看完整信息的用途').waitFor(); // before any request
    await clerk.getByTestId('reveal-purpose').fill('核对兑付收款人身份');
    await clerk.locator('.ant-modal .ant-btn-primary').click();
    await row.locator('.revealed').waitFor();
    expect(await row.locator('.revealed').textContent()).toMatch(/^\d{17}[\dX]$/);

    await clerk.goto(server.base + '/workbench?tab=import');
    const csv = join(tmp, '人才.csv');
    writeFileSync(csv, '身份证号,姓名,手机号,地区,单位统一社会信用代码,最高学历,全日制,入职日期,岗位,人才资格\n330802198801012011,导入乙,,柯城区,,,,,,\n');
    await clerk.locator('.ant-upload input[type=file]').setInputFiles(csv);
    const report = clerk.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toMatch(/身份证号/);
    expect(await report.locator('tr.ant-table-row').count()).toBeGreaterThan(0);

    await clerk.goto(server.base + '/workbench?tab=proactive');
    await clerk.getByTestId('proactive-scan').click();
    await clerk.getByText(/已筛查人数：\s*\d+/).waitFor();
  });

  it('review_finance: decides for its own department only', async () => {
    const page = await newPage();
    await signIn(page, 'review_finance', new RegExp(`${appPath}$`), appPath);
    await page.locator('[data-dept="finance"]').waitFor();
    await page.getByTestId('review-approve').click();
    await page.locator('[data-dept="finance"]', { hasText: '同意' }).waitFor();
    expect(await page.getByTestId('accept').count()).toBe(0);
    await page.goto(server.base + adjustPath);
    await page.getByTestId('review-approve').click();
    await page.locator('[data-dept="finance"]', { hasText: '同意' }).waitFor();
  });

  it('clerk_city approves a lower amount with a reason; the leader confirms it as second approver', async () => {
    await clerk.goto(server.base + adjustPath);
    await clerk.getByTestId('approve').click();
    await clerk.getByTestId('approve-amount').fill('100');
    await clerk.getByTestId('dialog-ok').click();
    await clerk.locator('.ant-modal').getByText('调整金额须写明理由').waitFor(); // an adjusted amount needs a reason
    await clerk.getByTestId('dialog-reason').fill('按实际在岗月数评定（测试）');
    await clerk.getByTestId('dialog-ok').click();
    await clerk.getByText('金额已调整，待第二人复核').waitFor();
    expect(await stateOf(clerk)).toBe('reviewing');
    expect(await clerk.getByTestId('approved-amount').textContent()).toBe('100 元');

    const leader = await newPage();
    await signIn(leader, 'leader', new RegExp(`${adjustPath}$`), adjustPath);
    await leader.getByTestId('confirm-adjustment').click();
    await expect.poll(() => stateOf(leader)).not.toBe('reviewing');
    await leader.context().close();
  });

  it('clerk_city: approves the rule amount, creates the 柯城区 batch, exports it and imports the bank result', async () => {
    await clerk.goto(server.base + appPath);
    await clerk.getByTestId('approve').click();
    await clerk.getByTestId('approve-amount').fill('12.345');
    await clerk.locator('.ant-modal').getByText('最多两位小数').waitFor(); // checked as the user types
    await clerk.getByTestId('approve-amount').fill('');
    await clerk.getByTestId('dialog-ok').click();
    await expect.poll(() => stateOf(clerk), { timeout: 15_000 }).not.toBe('reviewing');
    await clerk.getByTestId('approved-amount').waitFor();

    await clerk.goto(server.base + '/workbench?tab=batches');
    await chooseOption(clerk, clerk.getByTestId('batch-region'), '柯城区');
    const created = clerk.waitForResponse((r) => r.url().endsWith('/api/v1/payment-batches') && r.request().method() === 'POST');
    await clerk.getByTestId('create-batch').click();
    const batch = (await (await created).json()) as { id: number; items: number };
    expect(batch.items).toBeGreaterThan(0);
    const downloading = clerk.waitForEvent('download');
    await clerk.getByTestId(`export-batch-${batch.id}`).click();
    const file = join(tmp, `batch-${batch.id}.xlsx`);
    await (await downloading).saveAs(file);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const keyCol = header.indexOf('兑付键');
    const resultCol = header.indexOf('结果（成功/失败）');
    const refCol = header.indexOf('银行流水号');
    const accountCol = header.indexOf('收款账号');
    expect(accountCol).toBeGreaterThan(0);
    const accounts: string[] = [];
    let lines = 0;
    ws.eachRow((row, n) => {
      const key = String(row.getCell(keyCol).value ?? '');
      if (n === 1 || !key || key.startsWith('合计')) return;
      accounts.push(String(row.getCell(accountCol).value ?? ''));
      row.getCell(resultCol).value = '成功';
      row.getCell(refCol).value = `BANK${n}`;
      lines++;
    });
    expect(lines).toBe(batch.items);
    // The finance bureau's copy carries the full account the talent registered in the portal.
    expect(accounts).toContain('6228480012345678901');
    const result = join(tmp, `bank-result-${batch.id}.xlsx`);
    writeFileSync(result, Buffer.from(await wb.xlsx.writeBuffer()));
    await clerk.locator(`.batches tr:has([data-testid="bank-result-${batch.id}"]) input[type=file]`).setInputFiles(result);
    await clerk.getByTestId(`batch-state-${batch.id}`).getByText('已兑付').waitFor();
  });

  it('talent: the payment shows in the portal', async () => {
    await talent.goto(server.base + '/talent?tab=payments');
    await talent.getByTestId('ledger').waitFor();
    await expect.poll(async () => (await talent.getByTestId('paid-total').textContent()) ?? '').toMatch(/[1-9][\d,]* 元/);
    expect(await talent.getByTestId('ledger').textContent()).toContain('已兑付');
    await talent.goto(server.base + `/talent/applications/${appId}`);
    await expect.poll(() => stateOf(talent)).toBe('paid');
    // A message at every step, unread until the talent marks them; the marks are kept by the server.
    await talent.goto(server.base + '/talent?tab=messages');
    const head = talent.locator('.messages-head').getByText(/^未读 [1-9]\d*$/);
    await head.waitFor();
    const unread = ((await head.textContent()) ?? '').replace('未读 ', '');
    expect(await talent.locator('.messages .unread').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await talent.getByTestId('messages-tab').locator('.ant-badge').textContent()) ?? '').toBe(unread); // the tab shows the same count
    await talent.getByRole('button', { name: '全部标为已读' }).click();
    await talent.getByText('消息均已读').waitFor();
    expect(await talent.locator('.messages .unread').count()).toBe(0);
    await expect.poll(() => talent.getByTestId('messages-tab').locator('.ant-badge').count()).toBe(0);
    await talent.reload();
    await talent.getByText('消息均已读').waitFor();
    await talent.getByTestId('logout').click();
    await talent.waitForURL(/\/login(\?|$)/);
    await talent.locator('#username').waitFor();
  });

  it('leader: the dashboard with its charts, labelled 合成数据', async () => {
    const page = await newPage();
    await signIn(page, 'leader', /\/dashboard$/);
    await page.getByTestId('synthetic').waitFor();
    // A breakdown with several values is a chart (canvas); a single value is a figure.
    for (const id of ['chart-region', 'chart-degree', 'chart-clause', 'chart-payer', 'chart-money-region', 'chart-year', 'chart-state', 'chart-ontime']) {
      await page.locator(`[data-testid="${id}"][data-rendered="true"]`).waitFor();
    }
    await page.locator('[data-testid="chart-region"] canvas').waitFor();
    expect(await page.getByTestId('on-time').textContent()).toMatch(/%/);
    await page.getByTestId('lang-toggle').click(); // the portals' own strings switch too
    await page.getByRole('heading', { name: /Leaders’ dashboard/ }).waitFor();
    await page.getByTestId('synthetic').getByText('Synthetic data').waitFor();
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: /领导驾驶舱/ }).waitFor();
  });

  it('hr: the employer portal — organisation, talents, applications', async () => {
    const page = await newPage(PHONE);
    await signIn(page, 'hr', /\/employer$/);
    await page.getByTestId('my-org').waitFor();
    expect(await page.getByTestId('my-org').textContent()).toContain('91330802');
    await page.getByRole('tab', { name: '本单位人才' }).click();
    await page.locator('.person-table [data-row-key]').first().waitFor(); // cards on a phone
    // HR confirms a talent's current post: the button gives way to the date of the confirmation.
    const confirm = page.locator('[data-testid^="confirm-"]').first();
    const testId = (await confirm.getAttribute('data-testid'))!;
    await confirm.click();
    await page.getByTestId(testId.replace('confirm-', 'confirmed-')).waitFor();
    await page.getByRole('tab', { name: '单位申报' }).click();
    await page.getByTestId('create-salary').click();
    await page.getByTestId('salary-subsidy').getByText('专家须为人才库中本单位的在职人员').waitFor(); // validated before sending
    // Work-station funding has its own form: the station's facts, checked as typed, then a draft with them.
    // The choices come from the fact catalogue: a postdoc station's level shows the catalogue's label.
    await chooseOption(page, page.getByTestId('station-kind'), '博士后科研工作站');
    await page.getByTestId('work-station').locator('.ant-select-content', { hasText: '省级' }).waitFor();
    await chooseOption(page, page.getByTestId('station-kind'), '院士专家工作站');
    await page.getByTestId('station-established').fill('2025-6-1');
    await page.getByTestId('work-station').getByText('设立日期应为 YYYY-MM-DD').waitFor();
    await page.getByTestId('station-established').fill('2025-06-01');
    await page.getByTestId('create-station').click();
    await page.waitForURL(/\/employer\/applications\/\d+$/);
    await page.getByTestId('application').waitFor();
    expect(await stateOf(page)).toBe('draft');
    expect(await mainText(page)).toContain('院士专家工作站');
    await page.goto(server.base + '/employer?tab=applications');
    await page.getByRole('tab', { name: '兑付' }).click();
    await page.getByTestId('ledger').waitFor();
  });

  it('clerk_kaihua cannot open a 柯城区 application: a Chinese not-found page', async () => {
    const page = await newPage();
    await signIn(page, 'clerk_kaihua', /\/workbench$/);
    await page.goto(server.base + appPath);
    await page.getByTestId('load-error').waitFor();
    expect(await mainText(page)).toContain('未找到该申报件（或无权查看）');
    expect(await page.getByTestId('application').count()).toBe(0);
  });

  it('clerk_city revokes a recognition from the registry: a reason is required, then it shows as revoked', async () => {
    await clerk.goto(server.base + '/workbench?tab=registry');
    const rows = clerk.locator('.person-table tr.ant-table-row');
    await rows.first().waitFor();
    // The first person (not the demo talent) whose record holds a recognition in force.
    let found = false;
    for (let i = 0; i < (await rows.count()) && !found; i++) {
      const row = rows.nth(i);
      if (((await row.textContent()) ?? '').includes('林思远')) continue;
      await row.locator('[data-testid^="recognitions-"]').click();
      const modal = clerk.locator('.ant-modal:visible');
      await modal.locator('.ant-list, .muted').first().waitFor();
      const revoke = modal.locator('[data-testid^="revoke-"]').first();
      if ((await revoke.count()) === 0) {
        await modal.locator('.ant-modal-close').click();
        continue;
      }
      found = true;
      await revoke.click();
      await clerk.getByTestId('revoke-reason').fill('调离');
      await clerk.getByTestId('revoke-confirm').click();
      await modal.locator('.ant-form-item-explain-error', { hasText: '撤销认定须写明理由（至少 4 个字）' }).waitFor(); // checked before sending
      await clerk.getByTestId('revoke-reason').fill('已调离衢州工作');
      await clerk.getByTestId('revoke-date').fill('2099-01-01');
      await clerk.getByTestId('revoke-confirm').click();
      await modal.locator('.ant-form-item-explain-error', { hasText: /不能晚于今天/ }).waitFor(); // the API's message, under the date
      await clerk.getByTestId('revoke-date').fill('');
      await clerk.getByTestId('revoke-confirm').click();
      await modal.getByText('已撤销，自 2026-11-23').waitFor();
      await modal.getByText('撤销理由：已调离衢州工作').waitFor();
    }
    expect(found).toBe(true);
  });

  it('no page raised an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
