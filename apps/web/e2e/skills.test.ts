// Browser journey of skills assessment (Debian's Chromium against the real platform on a fresh
// in-memory database, fixed date 2026-11-23), the issue's "Done when": 开化's clerk at 1280 px adds
// an item to 开化根雕制作's question bank (its answer shown to them), opens a session of the
// standard, adds a candidate, records a score and issues the certificate, whose number and QR
// appear; anyone checks that number on the public page on a 390 px phone: 有效, the holder masked.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkDigit } from '@rencai/domain';
import { PHONE, chooseOption, openPage, startJourney } from './harness';
import { layoutProblems } from './layout';

vi.setConfig({ testTimeout: 60_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(10);
}, 180_000);
afterAll(async () => j?.close());

describe('question bank → session → score → certificate', () => {
  it('goes from the bank to a checked certificate', async () => {
    const page = await j.signedIn('clerk_kaihua');
    await page.getByTestId('nav-group-talent-work').click();
    await page.getByTestId('nav-skills').click();
    await page.getByTestId('open-standard-KH-GD').click();
    const detail = page.getByTestId('standard-detail');
    await detail.getByRole('tab', { name: /题库/ }).click();
    await chooseOption(page, detail.getByLabel('题型'), '判断题');
    await detail.getByLabel('题目').fill('根雕打磨时应佩戴防尘口罩（测试）');
    await chooseOption(page, detail.getByLabel('答案'), '对');
    await detail.getByTestId('add-item').click();
    await expect.poll(() => detail.getByTestId('item-bank').textContent()).toContain('根雕打磨时应佩戴防尘口罩（测试）');
    expect(await detail.getByTestId('item-bank').textContent()).toContain('判断题');

    await page.getByRole('tab', { name: '考核与证书' }).click();
    const form = page.getByTestId('session-form');
    await chooseOption(page, form.getByLabel('考核规范'), '开化根雕制作（第 1 版）');
    await form.getByLabel('考核地点').fill('开化县根雕小镇（测试）');
    await form.getByTestId('create-session').click();
    const session = page.getByTestId('session-detail');
    await expect.poll(() => session.textContent()).toContain('开化县根雕小镇（测试）');
    const body = '33082419910304051';
    await session.getByLabel('考生姓名').fill('程晓东');
    await session.getByLabel('身份证号').fill(body + checkDigit(body));
    await session.getByTestId('add-candidate').click();
    await expect.poll(() => session.getByTestId('candidate-list').textContent()).toContain('待评分');
    const score = session.getByLabel('程晓东的成绩');
    await score.fill('120');
    await session.locator('[data-testid^="save-score-"]').click();
    await expect.poll(() => session.getByTestId('session-error').textContent()).toContain('成绩不能高于满分（100 分）');
    await score.fill('88');
    await session.locator('[data-testid^="save-score-"]').click();
    await expect.poll(() => session.getByTestId('candidate-list').textContent()).toContain('合格（88 分）');
    await session.getByLabel('程晓东的证书编号').fill('KH-GD-2026-900001');
    await session.locator('[data-testid^="certify-"]').click();
    await expect.poll(() => session.getByTestId('certificate-number').textContent()).toBe('KH-GD-2026-900001');
    await session.getByTestId('certificate-qr').waitFor();

    const { page: phone, errors } = await openPage(j.browser, `${j.base}/skills/check?number=`, PHONE);
    await phone.getByLabel('证书编号').fill('KH-GD-2026-900001');
    await phone.getByTestId('check-certificate').click();
    await expect.poll(() => phone.getByTestId('check-status').textContent()).toBe('有效');
    expect(await phone.getByTestId('check-holder').textContent()).toBe('程**');
    expect(await layoutProblems(phone)).toEqual([]);
    expect([...errors, ...j.pageErrors]).toEqual([]);
  });
});
