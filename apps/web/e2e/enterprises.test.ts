// Browser journey of the enterprise services (Debian's Chromium against the real platform on a fresh
// in-memory database, fixed date 2026-11-23): an enterprise registers itself from the sign-in page;
// the city's clerk verifies it in the queue; the enterprise signs in, on a 390 px phone, raises a
// housing problem and sees it sent to 住建局 with its deadline in working days. The problem then goes
// late and is escalated (the scheduled job run as on 2026-12-08), 住建局 answers it, the enterprise
// asks once for it to be handled again, 住建局 answers again and the enterprise rates it; the office's
// statistics and the leaders' dashboard count it. Then the enterprise declares a talent demand, the city's
// clerk compiles the 急需紧缺人才目录 draft from the declarations and publishes it, and the year's demand
// white paper downloads as a Word document that opens with the demand in it. Then 人岗匹配: the demo
// enterprise asks to contact a masked candidate, the talent agrees on a phone, the name shows.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDay } from '@rencai/engine';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import * as P from '@rencai/platform';
import { usccCheckChar } from '@rencai/domain';
import { PHONE, chooseOption, startJourney } from './harness';
import { layoutProblems } from './layout';
import { axeViolations, describeViolations } from './a11y';

vi.setConfig({ testTimeout: 90_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(10);
}, 180_000);
afterAll(async () => j?.close());

const CODE = `91330803MA2WEB001`;
const PASSWORD = 'Qujiang-enterprise-2026';

describe('an enterprise registers, is verified and raises a problem', () => {
  it('registers from the sign-in page, is verified by the clerk, and raises a problem on a phone', async () => {
    const ctx = await j.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    ctx.setDefaultTimeout(30_000);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => j.pageErrors.push(e.message));
    await page.goto(`${j.base}/login`);
    await page.getByTestId('enterprise-register-link').click();
    await page.getByTestId('f-creditCode').fill(CODE + usccCheckChar(CODE));
    await page.getByTestId('f-name').fill('衢江网页测试企业有限公司');
    const choose = (id: string, text: string) => chooseOption(page, page.getByTestId(id), text);
    await choose('f-industry', '制造业');
    await choose('f-region', '衢江区');
    await choose('f-size', '小型');
    await page.getByTestId('f-contactName').fill('李经理');
    await page.getByTestId('f-contactPhone').fill('13905700222');
    await page.getByTestId('f-username').fill('ent_web');
    await page.getByTestId('f-password').fill(PASSWORD);
    await page.getByTestId('register-submit').click();
    await page.getByTestId('register-done').waitFor();

    const clerk = await j.signedIn('clerk_city');
    await clerk.goto(`${j.base}/enterprises`);
    const row = clerk.getByTestId('enterprise-queue').locator('tr', { hasText: '衢江网页测试企业有限公司' });
    await row.getByTestId('verify-enterprise').click();
    await row.waitFor({ state: 'detached' });

    await page.goto(`${j.base}/login`);
    await page.locator('#username').fill('ent_web');
    await page.locator('#password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/enterprise$/);
    expect(await page.getByTestId('enterprise-state').innerText()).toBe('已核验');
    await chooseOption(page, page.getByTestId('raise-category'), '住房');
    await page.getByTestId('raise-description').fill('引进人才的公寓配租时间请告知');
    await page.getByTestId('raise-submit').click();
    // On a phone the list is a stack of cards (one per problem).
    const problem = page.getByTestId('problem-table').locator('[data-row-key]', { hasText: '引进人才的公寓配租时间请告知' });
    await problem.waitFor();
    expect(await problem.innerText()).toContain('2026-12-07');
    expect(await problem.getByTestId('problem-state').innerText()).toBe('待部门答复');
    expect(await problem.innerText()).toContain('住建局');
    await problem.getByTestId('show-history').click();
    await page.getByTestId('problem-history').getByText('交住建局办理，承诺 10 个工作日内答复').waitFor();
    await page.keyboard.press('Escape');
    expect(await layoutProblems(page)).toEqual([]);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    expect(j.pageErrors).toEqual([]);
    ent = page;
  });

  it('goes late and is escalated, is answered, reopened once, answered again and rated; the figures count it', async () => {
    expect(await P.escalateProblems({ ...j.h.p, today: () => parseDay('2026-12-08') })).toBeGreaterThan(0);
    const text = '引进人才的公寓配租时间请告知';
    const housing = await j.signedIn('review_housing');
    await housing.goto(`${j.base}/enterprises`);
    const inPool = (pg: Page) => pg.getByTestId('problem-table').locator('[data-row-key]', { hasText: text });
    await inPool(housing).getByText('已督办').waitFor();
    const act = async (pg: Page, action: string, fill: (pg: Page) => Promise<void>, state: string) => {
      await inPool(pg).getByTestId(`do-${action}`).click();
      await fill(pg);
      await pg.getByTestId('act-submit').click();
      await inPool(pg).getByTestId('problem-state').getByText(state).waitFor();
    };
    await act(housing, 'answer', (pg) => pg.getByTestId('answer-text').fill('已排入 12 月配租批次'), '已答复，待企业评价');
    await ent.reload();
    await act(ent, 'reopen', (pg) => pg.getByTestId('reason-text').fill('请告知具体入住日期'), '企业已要求重新办理');
    expect(await inPool(ent).getByTestId('do-reopen').count()).toBe(0);
    await housing.reload();
    await act(housing, 'answer', (pg) => pg.getByTestId('answer-text').fill('12 月 15 日前入住'), '已答复，待企业评价');
    await ent.reload();
    expect(await inPool(ent).getByTestId('do-reopen').count()).toBe(0);
    await act(ent, 'rate', (pg) => pg.getByTestId('rating').locator('li').nth(3).click(), '已办结');
    // The office's statistics by department and the leaders' dashboard count the answered, reopened and rated problem.
    const clerk = await j.signedIn('clerk_city');
    await clerk.goto(`${j.base}/enterprises`);
    await clerk.getByRole('tab', { name: '问题办理统计' }).click();
    const row = clerk.getByTestId('problem-stats').locator('tr', { hasText: '住建局' });
    const stats = (await (await j.h.login('clerk_city')).req('GET', '/api/v1/enterprise-problems/stats')).json<P.ProblemStats>();
    const h = stats.byDepartment.find((r) => r.key === 'housing')!;
    expect(h.reopened).toBeGreaterThanOrEqual(1);
    const share = `${Math.round((h.answeredOnTime / h.answered) * 1000) / 10}%`;
    expect(await row.locator('td').allInnerTexts()).toEqual(['住建局', String(h.raised), String(h.answered), String(h.answeredOnTime), share, String(h.overdue), String(h.reopened), `${h.satisfaction!.toFixed(1)}（${h.rated} 件评价）`]);
    const leader = await j.signedIn('leader');
    await leader.goto(`${j.base}/dashboard`);
    await leader.getByTestId('dash-problems').waitFor();
    expect(Number((await leader.getByTestId('problems-reopened').innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    expect(j.pageErrors).toEqual([]);
  });
});

describe('an enterprise declares a demand; the office publishes the catalogue and exports the white paper', () => {
  it('declares on a phone, compiles and publishes the draft, downloads the Word white paper that opens', async () => {
    await ent.goto(`${j.base}/enterprise`);
    await ent.getByRole('tab', { name: '我的人才需求' }).click();
    const form = ent.getByTestId('demand-form');
    await form.locator('#post').fill('数据治理工程师');
    await form.locator('#headcount').fill('2');
    await chooseOption(ent, form.locator('.ant-select').nth(0), '硕士研究生');
    await chooseOption(ent, ent.getByTestId('demand-major'), '计算机科学与技术', { search: '计算机科学与技术' });
    await form.locator('#salaryMin').fill('15000');
    await form.locator('#salaryMax').fill('25000');
    await chooseOption(ent, form.locator('.ant-select').nth(2), '紧急');
    await form.locator('#deadline').fill('2026-12-31');
    await form.locator('#deadline').press('Enter');
    await ent.getByTestId('demand-submit').click();
    await ent.getByTestId('demand-table').getByText('数据治理工程师').first().waitFor();

    const clerk = await j.signedIn('clerk_city');
    await clerk.goto(`${j.base}/talent-catalogue`);
    await clerk.getByTestId('catalogue-year').fill('2026');
    await clerk.getByTestId('compile-catalogue').click();
    await clerk.getByText('计算机科学与技术').first().waitFor();
    await clerk.getByTestId('effective-from').fill('2026-12-01');
    await clerk.getByTestId('effective-from').press('Enter');
    await clerk.getByTestId('publish-catalogue').click();
    await clerk.getByTestId('catalogue-versions').locator('tr', { hasText: '已发布' }).first().waitFor();
    await clerk.getByRole('tab', { name: '人才需求白皮书' }).click();
    await clerk.getByTestId('white-paper-year').fill('2026');
    await clerk.getByTestId('white-paper').getByText('2026年度').first().waitFor();
    const [download] = await Promise.all([clerk.waitForEvent('download'), clerk.getByTestId('white-paper-docx').click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('2026年度人才需求白皮书');
    expect(xml).toContain('编制说明');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(j.pageErrors).toEqual([]);
  });
});

let ent: Page;
// 人岗匹配 (the matching module), on the same platform: the demo enterprise at 1280 px asks to contact a
// masked candidate (林思远, 材料科学与工程); the talent on a 390 px phone agrees; the name then shows.
describe('an enterprise meets a talent who opted in', () => {
  it('asks to contact a masked candidate; the talent agrees; the name shows', async () => {
    const ent = await j.signedIn('enterprise');
    await ent.goto(`${j.base}/enterprise`);
    await ent.getByRole('tab', { name: '匹配人才' }).click();
    const row = ent.getByTestId('match-table').locator('tr', { hasText: '材料科学与工程' });
    await row.waitFor();
    const text = await ent.getByTestId('demand-matches').innerText();
    expect(text).toContain('学历符合');
    expect(text).not.toContain('林思远');
    await row.getByTestId('match-ask').click();
    await row.getByTestId('match-status').getByText('待人才答复').waitFor();
    expect(describeViolations(await axeViolations(ent))).toEqual([]);

    const talent = await j.signedIn('talent', PHONE);
    await talent.goto(`${j.base}/talent?tab=matching`);
    const item = talent.getByTestId('matching-requests').locator('.ant-list-item', { hasText: '设备维护技术员' });
    await item.getByTestId('matching-accept').click();
    await talent.locator('.ant-popconfirm .ant-btn-primary').click();
    await item.getByText('已同意联系').waitFor();
    expect(await layoutProblems(talent)).toEqual([]);
    expect(describeViolations(await axeViolations(talent))).toEqual([]);

    await ent.reload();
    await ent.getByRole('tab', { name: '匹配人才' }).click();
    await row.getByTestId('match-reveal').click();
    expect(await ent.getByTestId('match-contact').innerText()).toContain('林思远');
    expect(j.pageErrors).toEqual([]);
  });
});
