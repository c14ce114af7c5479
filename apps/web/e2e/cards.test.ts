// Browser journey of the talent card (Debian's Chromium against the real platform on a fresh in-memory
// database, fixed date 2026-11-23): the demo talent opens 我的人才码 and copies the live code; the
// hospital's verifier, on a 390 px phone, pastes it, sees 有效 with only 林*远 and the level, and
// records a 医疗绿色通道 use; the talent sees the use; a clerk revokes the talent's recognition from
// the registry; after the verifier refreshes the status list the same code is 已吊销. Then an in-kind
// service: the talent's education voucher (教育券) is redeemed once at a school on a phone.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, startJourney } from './harness';
import { layoutProblems } from './layout';
import { axeViolations, describeViolations } from './a11y';

vi.setConfig({ testTimeout: 90_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(20);
}, 180_000);
afterAll(async () => j?.close());
const signedIn = (username: string, viewport = DESKTOP) => j.signedIn(username, viewport);

describe('a talent shows the card, a partner verifies it, a revoked recognition ends it', () => {
  let talent: Page;
  let partner: Page;
  let code = '';

  it('the talent opens 我的人才码: level, validity and a QR code', async () => {
    talent = await signedIn('talent');
    await talent.goto(`${j.base}/talent?tab=card`);
    await talent.getByTestId('card-qr').first().waitFor();
    expect(await talent.getByTestId('card-level').innerText()).toBe('人才普通卡');
    expect(await talent.getByTestId('card-status').innerText()).toBe('有效');
    code = (await talent.getByTestId('card-code').innerText()).trim();
    expect(code.split('.')).toHaveLength(3);
    expect(describeViolations(await axeViolations(talent))).toEqual([]);
  });

  it('the hospital’s verifier, on a phone, pastes the code: 有效, 林*远, and records the use', async () => {
    partner = await signedIn('partner_hospital', PHONE);
    await partner.waitForURL(/\/cards\/verify/);
    await partner.getByTestId('partner-name').waitFor();
    await partner.getByTestId('service-medical_green_channel').click();
    await partner.getByTestId('code-input').fill(code);
    await partner.getByTestId('verify').click();
    await partner.getByTestId('verify-status').waitFor();
    expect(await partner.getByTestId('verify-status').innerText()).toBe('有效');
    expect(await partner.getByTestId('verify-name').innerText()).toBe('林*远 · 人才普通卡');
    // Nothing else about the person on the page.
    expect(await partner.locator('main, #root').first().innerText()).not.toContain('林思远');
    await partner.getByTestId('record-use').click();
    await partner.getByTestId('use-recorded').waitFor();
    expect(await partner.getByTestId('use-recorded').innerText()).toContain('医疗绿色通道');
    expect(await layoutProblems(partner)).toEqual([]);
    expect(describeViolations(await axeViolations(partner))).toEqual([]);
  });

  it('the talent sees the use', async () => {
    await talent.reload();
    await talent.getByTestId('card-uses').waitFor();
    await expect.poll(async () => (await talent.getByTestId('card-uses').locator('.ant-list-item').count())).toBeGreaterThanOrEqual(3);
    expect(await talent.getByTestId('card-uses').locator('.ant-list-item').first().innerText()).toContain('医疗绿色通道 · 衢州市人民医院（合成）');
  });

  it('a clerk revokes the talent’s recognition; after the list refreshes the same code is 已吊销', async () => {
    const clerk = await signedIn('clerk_city');
    await clerk.goto(`${j.base}/workbench?tab=registry`);
    const search = clerk.getByTestId('registry-search').locator('input');
    await search.waitFor();
    await search.fill('林思远');
    await search.press('Enter');
    const row = clerk.locator('.person-table tr.ant-table-row', { hasText: '林思远' });
    await row.first().waitFor();
    await row.first().locator('[data-testid^="recognitions-"]').click();
    const modal = clerk.locator('.ant-modal:visible');
    // The button only opens the reason field (clicking it again changes nothing): on a loaded machine a
    // click during the dialog's opening animation can be lost, so it is clicked until the field shows.
    const reason = clerk.getByTestId('revoke-reason');
    await expect
      .poll(async () => {
        if (!(await reason.isVisible())) await modal.locator('[data-testid^="revoke-"]').first().click();
        return reason.isVisible();
      }, { timeout: 30_000, interval: 500 })
      .toBe(true);
    await reason.fill('核查发现已离职（演示）');
    await clerk.getByTestId('revoke-confirm').click();
    await modal.getByText('撤销理由：核查发现已离职（演示）').waitFor();
    // The office counts the uses: three at the hospital this month.
    await clerk.goto(`${j.base}/workbench?tab=card-uses`);
    await clerk.getByTestId('card-use-stats').locator('tr.ant-table-row').first().waitFor();
    expect(await clerk.getByTestId('card-use-stats').locator('tr.ant-table-row').first().innerText()).toMatch(/医疗绿色通道\s+衢州市人民医院（合成）\s+柯城区\s+3/);

    await partner.getByTestId('verify-refresh').click();
    await expect.poll(() => partner.getByTestId('verify-status').innerText()).toBe('已吊销');
    expect(await partner.getByTestId('record-use').count()).toBe(0);
    await talent.reload();
    await talent.getByTestId('card-ended').waitFor();
    expect(await talent.getByTestId('card-ended').innerText()).toContain('已吊销');
  });

  // In-kind services (module inkind), on the same server: an education voucher is shown to the talent,
  // redeemed once at a school on a phone (typed again: refused), and listed as used in the office.
  it('the talent’s education voucher is redeemed once at a school; the office sees it used', async () => {
    const phone = await j.signedIn('talent', PHONE);
    await phone.goto(`${j.base}/talent?tab=services`);
    await phone.getByTestId('my-services').waitFor();
    const codeEl = phone.locator('[data-testid^="voucher-code-"]').first();
    const code = (await codeEl.innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{12}$/);
    expect(await layoutProblems(phone)).toEqual([]);

    const school = await j.signedIn('partner_school', PHONE);
    await school.goto(`${j.base}/services/partner`);
    await school.getByTestId('voucher-code').fill(code);
    await school.getByTestId('redeem-button').click();
    expect(await school.getByTestId('redeem-status').innerText()).toBe('已核销');
    expect(await school.getByTestId('redeem').innerText()).toContain('林*远');
    // Typed again (a new request): refused, in Chinese.
    await school.getByTestId('voucher-code').fill('');
    await school.getByTestId('voucher-code').fill(code);
    await school.getByTestId('redeem-button').click();
    expect(await school.getByTestId('action-error').innerText()).toContain('已使用，不能重复使用');
    expect(await layoutProblems(school)).toEqual([]);

    const clerk = await j.signedIn('clerk_city', DESKTOP);
    await clerk.goto(`${j.base}/services`);
    await clerk.getByRole('tab', { name: '教育券' }).click();
    await clerk.getByText('已使用').first().waitFor();
  });

  it('no page raised an uncaught error', () => {
    expect(j.pageErrors).toEqual([]);
  });
});
