// Browser journey of the enterprise services (Debian's Chromium against the real platform on a fresh
// in-memory database, fixed date 2026-11-23): an enterprise registers itself from the sign-in page;
// the city's clerk verifies it in the queue; the enterprise signs in, on a 390 px phone, raises a
// housing problem and sees it sent to 住建局 with its deadline in working days. Then 人岗匹配: the demo
// enterprise asks to contact a masked candidate, the talent agrees on a phone, the name shows.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
    await ctx.close();
  });
});

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
