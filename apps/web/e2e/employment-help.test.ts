// Browser journey of 就业帮扶 (Debian's Chromium against the real platform on a fresh in-memory database,
// fixed date 2026-11-23): 温岭's community helper, on a 390 px phone, opens a person assigned to them
// from 我的帮扶对象, logs a phone contact and records the person employed; the file's status and log
// show it, and nothing on the page runs off the screen. Then 温岭's clerk sees the figures at 1280 px.
// Sharing this file's platform (no second start-up): 领导联系服务高层次人才 — the city leader, on a phone,
// logs a 座谈 with a problem raised from 我联系的人才; the demo talent answers the year's survey once.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PHONE, chooseOption, startJourney } from './harness';
import { layoutProblems } from './layout';

vi.setConfig({ testTimeout: 60_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(10);
}, 180_000);
afterAll(async () => j?.close());

describe('a helper’s one-to-one case to employment', () => {
  it('opens the case, logs a contact and records employment; the clerk’s figures count it', async () => {
    const helper = await j.signedIn('helper_wenling', PHONE);
    await helper.waitForURL((u) => u.pathname === '/employment-help/mine');
    const list = helper.getByTestId('my-cases');
    await list.getByRole('button', { name: '王丽娟（合成）' }).click();
    const pane = helper.getByTestId('help-case');
    await pane.waitFor();
    expect(await pane.innerText()).toContain('就业困难人员');

    const contact = helper.getByTestId('contact-form');
    await contact.getByLabel('联系日期').fill('2026-11-22');
    await contact.getByText('电话联系').click();
    await contact.getByLabel('帮扶内容').fill('电话推荐温岭泵业机电有限公司仓储物流专员岗位，约定面试');
    await helper.getByTestId('contact-submit').click();
    await helper.getByTestId('contact-log').getByText('约定面试').first().waitFor();

    const outcome = helper.getByTestId('outcome-form');
    await outcome.getByText('实现就业').click();
    await outcome.getByLabel('结果日期').fill('2026-11-23');
    await outcome.getByLabel('就业单位').fill('温岭泵业机电有限公司（合成）');
    await helper.getByTestId('outcome-submit').click();
    await helper.getByTestId('case-status').getByText('已就业').waitFor();
    expect(await helper.getByTestId('case-timeline').innerText()).toContain('2026-11-23 实现就业：温岭泵业机电有限公司（合成）');
    expect(await layoutProblems(helper)).toEqual([]);

    const clerk = await j.signedIn('clerk_wenling');
    await clerk.goto(`${j.base}/employment-help`);
    await clerk.getByRole('tab', { name: '帮扶统计' }).click();
    const figures = clerk.getByTestId('help-figures');
    await figures.getByText('2026 年合计').waitFor();
    // Served: the same two persons (王丽娟 had a contact already); contacts 3 + 1; helped 3; employed: the demo's one and this one.
    expect(await figures.locator('tr', { hasText: '2026 年合计' }).innerText()).toMatch(/温岭市\s+2026 年合计\s+2\s+4\s+3\s+2/);
    expect(j.pageErrors).toEqual([]);
  });
});

describe('a leader’s contact and a talent’s survey', () => {
  it('logs a contact with a problem on a phone, and answers the survey once', async () => {
    const leader = await j.signedIn('leader', PHONE);
    await leader.goto(`${j.base}/leader-contact/mine`);
    await leader.getByTestId('lc-talents').getByRole('button', { name: '林思远' }).click();
    const form = leader.getByTestId('lc-contact-form');
    await form.getByLabel('联系日期').fill('2026-11-23');
    await form.getByText('座谈').click();
    await form.getByLabel('联系内容').fill('人才座谈会上了解研发用房需求');
    await form.getByRole('button', { name: '添加反映的问题' }).click();
    await chooseOption(leader, form.getByLabel('问题1类别'), '政策兑现');
    await form.getByLabel('问题1描述').fill('研发用房租金补助如何申请');
    await leader.getByTestId('lc-contact-submit').click();
    await leader.getByTestId('lc-contact-log').getByText('研发用房租金补助如何申请').waitFor();
    expect(await leader.getByTestId('lc-contact-log').innerText()).toContain('2026-11-23 座谈');
    expect(await layoutProblems(leader)).toEqual([]);

    const talent = await j.signedIn('talent');
    await talent.goto(`${j.base}/talent/survey`);
    const survey = talent.getByTestId('survey-form');
    for (const q of ['总体满意度', '人才政策兑现', '人才服务', '创新创业和生活环境']) await survey.locator(`[aria-label="${q}"]`).getByText('很满意').click();
    await survey.getByLabel('意见建议').fill('希望增加人才公寓房源');
    await talent.getByTestId('survey-submit').click();
    await talent.getByText('您已填写 2026 年的满意度调查').waitFor();
    expect(j.pageErrors).toEqual([]);
  });
});
