// Browser journey of events (Debian's Chromium against the real platform on a fresh in-memory
// database), the "Done when": a graduate not in the registry opens the demo's 柯城区 专场招聘
// on a 390 px phone, sees its posts, registers with name, ID number, phone, school, major and year and
// gets the check-in QR; 柯城区's clerk at 1280 px opens the event, pastes the graduate's code and
// checks them in — a second scan answers 已签到 — and the list shows the check-in.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkDigit } from '@rencai/domain';
import { PHONE, openPage, startJourney } from './harness';
import { layoutProblems } from './layout';

vi.setConfig({ testTimeout: 60_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(10);
}, 180_000);
afterAll(async () => j?.close());

describe('a graduate registers for an event and checks in', () => {
  it('registers on the phone and is checked in by the clerk with their code', async () => {
    const { page: phone, errors } = await openPage(j.browser, `${j.base}/activities`, PHONE);
    await phone.getByRole('link', { name: '柯城区化工新材料产业专场招聘会（合成）' }).click();
    await expect.poll(() => phone.getByTestId('public-post').count()).toBeGreaterThan(0);
    await phone.getByTestId('register').click();
    const form = phone.getByTestId('register-form');
    const body = '33080220040215062';
    await form.getByLabel('姓名').fill('赵晓雨');
    await form.getByLabel('身份证号').fill(body + checkDigit(body));
    await form.getByLabel('手机号').fill('13900001111');
    await form.getByLabel('学校').fill('浙江工业大学');
    await form.getByLabel('专业').fill('化学工程与工艺');
    await form.getByLabel('毕业年份').fill('2026');
    await form.getByTestId('register-submit').click();
    await expect.poll(() => phone.getByTestId('registered').textContent()).toContain('报名成功：赵晓雨');
    await phone.getByTestId('checkin-qr').waitFor();
    const token = (await phone.getByTestId('checkin-code').getAttribute('data-token'))!;
    expect(await layoutProblems(phone)).toEqual([]);

    const page = await j.signedIn('clerk_kecheng');
    await page.getByTestId('nav-group-talent-work').click();
    await page.getByTestId('nav-events').click();
    await page.getByTestId('events-table').getByRole('button', { name: '柯城区化工新材料产业专场招聘会（合成）' }).click();
    const panel = page.getByTestId('event-panel');
    await panel.getByLabel('签到码或身份证号').fill(token);
    await panel.getByTestId('checkin-submit').click();
    await expect.poll(() => panel.getByTestId('checkin-result').textContent()).toMatch(/^赵晓雨（330802\*+\d{3}[\dX]）：签到成功/);
    await expect.poll(() => panel.getByTestId('registrations').textContent()).toContain('扫码签到');
    await panel.getByLabel('签到码或身份证号').fill(token);
    await panel.getByTestId('checkin-submit').click();
    await expect.poll(() => panel.getByTestId('checkin-result').textContent()).toContain('已签到（');
    expect([...errors, ...j.pageErrors]).toEqual([]);
  });
});
