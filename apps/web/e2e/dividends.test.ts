// Browser journey of 天台's 和盈 dividends (Debian's Chromium against the real platform on a fresh
// in-memory database, fixed date 2026-11-23, the demo's three filed households and its unpaid 2026
// round): 天台's clerk opens 和盈持股分红 from the menu, pays the round — 3 households, 3,000 元, in
// 状塘村 — and the round then shows 已全部发放 with no pay button; paying again through the API is
// refused. The list page on a 390 px phone neither scrolls sideways nor cuts text.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, startJourney } from './harness.js';
import { layoutProblems } from './layout.js';

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(4);
}, 300_000);
afterAll(async () => j?.close());

describe('和盈 dividends in the browser', () => {
  it('pays a round once: 3 households, then 已全部发放; the list fits a phone', async () => {
    const page = await j.signedIn('clerk_tiantai');
    await page.getByTestId('nav-group-talent-work').click();
    await page.getByTestId('nav-dividends').click();
    await page.getByTestId('households').waitFor();
    expect(await page.getByTestId('households').innerText()).toContain('王*明');
    await page.getByRole('tab', { name: '年度分红' }).click();
    await page.getByTestId('pay-2026').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('pay-result').innerText()).toContain('2026 年度分红已发放 3 户，合计 3,000 元');
    await page.getByTestId('paid-2026').waitFor();
    expect(await page.getByTestId('pay-2026').count()).toBe(0);
    expect(await page.getByTestId('round-total-2026').innerText()).toBe('3,000 元');
    await page.locator('[data-testid="rounds"] .ant-table-row-expand-icon').first().click();
    await expect.poll(() => page.getByTestId('rounds').innerText()).toContain('状塘村（合成）');

    const clerk = await j.h.login('clerk_tiantai');
    const round = (await clerk.req('GET', '/api/v1/dividends/rounds')).json<Array<{ id: number; paidHouseholds: number }>>()[0]!;
    expect(round.paidHouseholds).toBe(3);
    const again = await clerk.req('POST', `/api/v1/dividends/rounds/${round.id}/pay`, {}, { 'idempotency-key': 'browser-pay-again-1' });
    expect(again.statusCode).toBe(409);

    const phone = await j.signedIn('clerk_tiantai', PHONE);
    await phone.goto(`${j.base}/dividends`);
    await phone.getByTestId('households').waitFor();
    expect(await layoutProblems(phone)).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  }, 60_000);
});
