// Browser journey of the work list (Debian's Chromium against the real platform on a fresh in-memory
// database, fixed date 2026-11-23): 市农业农村局's reporter fills in the third quarter's 村播 training
// figure with evidence and submits it, the unit's head signs it off, the talent office returns it
// with a reason, the reporter corrects and resubmits, the head signs again, the office accepts — and
// the leaders' view moves the target out of 严重滞后. The leaders' view also fits a 390 px phone.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, startJourney } from './harness';
import { layoutProblems } from './layout';

vi.setConfig({ testTimeout: 90_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(20);
}, 180_000);
afterAll(async () => j?.close());
const signedIn = (username: string, viewport = DESKTOP) => j.signedIn(username, viewport);

const villageStatus = async (page: Page) => {
  await page.goto(`${j.base}/worklist`);
  const row = page.locator('[data-row-key="village_live_trained"]');
  await row.waitFor();
  return row.getByTestId('status-tag').getAttribute('data-status');
};

describe('a quarterly figure from the unit to the leaders’ view', () => {
  let reportUrl = '';

  it('the leader sees 村播人才培训 severely behind before the third quarter is in', async () => {
    const leader = await signedIn('leader');
    expect(await villageStatus(leader)).toBe('severe');
    // The rule is written down next to the statuses.
    await leader.getByTestId('rule').hover();
    await expect.poll(() => leader.locator('.ant-popover').innerText()).toContain('10 个百分点');
  });

  it('the reporter fills in the figure with evidence and submits it to the head', async () => {
    const reporter = await signedIn('unit_agri');
    await reporter.waitForURL(/\/worklist\/reports/);
    await reporter.getByTestId('fill-village_live_trained-2026Q3').click();
    await reporter.getByTestId('fill-value').fill('2650');
    await reporter.getByTestId('fill-narrative').fill('村播学院第三季度培训 2650 人');
    await reporter.getByTestId('fill-save').click();
    await reporter.waitForURL(/\/worklist\/reports\/\d+$/);
    reportUrl = reporter.url();
    const dir = mkdtempSync(join(tmpdir(), 'rencai-wl-'));
    const pdf = join(dir, '培训名单.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await reporter.locator('input[type=file]').setInputFiles(pdf);
    await reporter.getByTestId('report-files').getByText('培训名单.pdf').waitFor();
    await reporter.getByTestId('report-submit').click();
    await expect.poll(() => reporter.getByTestId('report-state').getAttribute('data-state')).toBe('submitted');
  });

  it('the head signs it off; the talent office returns it with a reason', async () => {
    const head = await signedIn('unit_agri_head');
    await head.goto(reportUrl);
    await head.getByTestId('report-sign').click();
    await expect.poll(() => head.getByTestId('report-state').getAttribute('data-state')).toBe('signed');
    const clerk = await signedIn('clerk_city');
    await clerk.goto(reportUrl);
    await clerk.getByTestId('report-return').click();
    await clerk.getByTestId('reason-ok').click();
    await clerk.getByText('请填写理由').waitFor();
    await clerk.getByTestId('reason-input').fill('请按县分列培训人数');
    await clerk.getByTestId('reason-ok').click();
    await expect.poll(() => clerk.getByTestId('report-state').getAttribute('data-state')).toBe('returned');
  });

  it('the reporter corrects and resubmits; the head signs; the office accepts and cannot return it twice', async () => {
    const reporter = await signedIn('unit_agri');
    await reporter.goto(reportUrl);
    await expect.poll(() => reporter.getByTestId('return-reason').innerText()).toContain('请按县分列培训人数');
    await reporter.getByTestId('report-edit').click();
    await reporter.getByTestId('edit-narrative').fill('村播学院第三季度培训 2650 人（柯城 900、衢江 650、其余 1100）');
    await reporter.getByTestId('edit-save').click();
    await expect.poll(() => reporter.locator('main').innerText()).toContain('柯城 900');
    await reporter.getByTestId('report-submit').click();
    await expect.poll(() => reporter.getByTestId('report-state').getAttribute('data-state')).toBe('submitted');
    const head = await signedIn('unit_agri_head');
    await head.goto(reportUrl);
    await head.getByTestId('report-sign').click();
    await expect.poll(() => head.getByTestId('report-state').getAttribute('data-state')).toBe('signed');
    const clerk = await signedIn('clerk_city');
    await clerk.goto(reportUrl);
    expect(await clerk.getByTestId('report-return').count()).toBe(0);
    await clerk.getByTestId('report-accept').click();
    await expect.poll(() => clerk.getByTestId('report-state').getAttribute('data-state')).toBe('accepted');
    const history = await clerk.getByTestId('report-history').innerText();
    expect(history).toContain('请按县分列培训人数');
  });

  it('the leaders’ view moves the target out of 严重滞后, and fits a phone', async () => {
    const leader = await signedIn('leader');
    expect(await villageStatus(leader)).not.toBe('severe');
    const phone = await signedIn('leader', PHONE);
    await phone.goto(`${j.base}/worklist`);
    await phone.getByTestId('wl-targets').waitFor();
    expect(await layoutProblems(phone)).toEqual([]);
    // Every target is there as a card (a list without pages shows all its rows, on a phone too).
    expect(await phone.locator('[data-testid="wl-targets"] [data-row-key]').count()).toBe(24);
    expect(j.pageErrors).toEqual([]);
  });
});
