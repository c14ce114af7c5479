// The scheduled jobs page in Chromium against the real platform (fresh in-memory database, demo
// accounts): the administrator reaches it from the header, sees each job's Chinese name, schedule,
// last and next run, runs the work list's notices by hand and sees the outcome 成功 with the time it
// ran; a leader sees the same list without the run buttons; a clerk has no link and is refused.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startJourney } from './harness';

vi.setConfig({ testTimeout: 90_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(12);
}, 180_000);
afterAll(async () => j?.close());
const signedIn = (username: string) => j.signedIn(username);

describe('the scheduled jobs page', () => {
  it('lets the administrator see the jobs and run one by hand', async () => {
    const page = await signedIn('admin');
    await page.getByTestId('nav-group-manage').click();
    await page.getByTestId('nav-jobs').click();
    await page.waitForURL(/\/admin\/jobs$/);
    const row = (name: string) => page.getByTestId(`job-${name}`);
    await row('worklist.notices').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('定时任务');
    expect(await row('applications.escalate').textContent()).toContain('申报件超期督办');
    expect(await row('applications.escalate').textContent()).toContain('每个工作日 08:30');
    expect(await row('proactive.screen').textContent()).toContain('每天 02:00');
    expect(await row('worklist.notices').textContent()).toContain('尚未运行');
    expect(await row('worklist.notices').textContent()).toMatch(/\d{4}-\d{2}-\d{2} 08:40/);
    // Internal names are not shown as text.
    expect(await page.locator('main').textContent()).not.toContain('worklist.notices');

    await row('worklist.notices').getByTestId('job-run').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect.poll(() => row('worklist.notices').getByTestId('job-outcome').textContent()).toContain('成功');
    expect(await row('worklist.notices').textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}（手动运行）/);
  });

  it('shows a leader the list without run buttons, and refuses a clerk', async () => {
    const leader = await signedIn('leader');
    await leader.goto(`${j.base}/admin/jobs`);
    await leader.getByTestId('job-worklist.notices').waitFor();
    expect(await leader.getByTestId('job-run').count()).toBe(0);
    expect(await leader.getByTestId('job-worklist.notices').textContent()).toContain('成功');

    const clerk = await signedIn('clerk_city');
    await clerk.getByTestId('nav-group-manage').click();
    await clerk.getByTestId('nav-budgets').waitFor();
    expect(await clerk.getByTestId('nav-jobs').count()).toBe(0);
    await clerk.goto(`${j.base}/admin/jobs`);
    await clerk.locator('.ant-result-403').waitFor();
    expect(j.pageErrors).toEqual([]);
  });
});
