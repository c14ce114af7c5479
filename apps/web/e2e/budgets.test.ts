// Budget envelopes (预算额度) in the browser, one short journey: the approval dialog shows the
// region's envelope; an approval beyond it is held with 超出预算额度 and the figures; a leader
// (on a phone) books it with a reason; the 预算额度 page shows the envelope overspent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, startJourney } from './harness.js';
import { idNumber, multipart, ok, PDF, uscc, type Client } from '../../server/src/platform/harness.js';

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(4);
}, 300_000);
afterAll(async () => j?.close());

/** A recognised PhD's first year of allowance (2万 due 2026-06-01, 柯城区), reviewed by every department. */
async function reviewedAllowance(clerk: Client): Promise<number> {
  const members: Record<string, Client> = { talent_office: clerk };
  for (const [d, u] of Object.entries({ hrss: 'review_hrss', finance: 'review_finance', housing: 'review_housing', science: 'review_science', sci_assoc: 'review_assoc' })) members[d] = await j.h.login(u);
  const emp = (await ok<{ id: number }>(clerk.req('POST', '/api/v1/employers', { uscc: uscc(), name: '预算旅程科技有限公司', region: 'kecheng', kind: 'enterprise', keyIndustry: true, sector: 'digital_economy' }), 201)).id;
  const person = (await ok<{ id: number }>(clerk.req('POST', '/api/v1/persons', { idNumber: idNumber(), name: '预算旅程人', region: 'kecheng', employerId: emp, employment: [{ employerId: emp, region: 'kecheng', fullTime: true, start: '2025-06-01', post: 'other' }] }), 201)).id;
  const through = async (matter: string, data?: Record<string, unknown>) => {
    const app = await ok<{ id: number; materials: Array<{ code: string; provided: boolean }> }>(clerk.req('POST', '/api/v1/applications', { matter, personId: person, ...(data ? { data } : {}) }), 201);
    for (const m of app.materials.filter((x) => !x.provided)) await ok(clerk.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF })), 201);
    await ok(clerk.req('POST', `/api/v1/applications/${app.id}/submit`));
    const accepted = await ok<{ id: number; reviews: Array<{ department: string }> }>(clerk.req('POST', `/api/v1/applications/${app.id}/accept`));
    for (const r of accepted.reviews) await ok(members[r.department]!.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
    return accepted.id;
  };
  await ok(clerk.req('POST', `/api/v1/applications/${await through('tier_recognition', { qualifications: ['phd_fulltime'] })}/approve`));
  return through('talent_allowance');
}

describe('budget envelopes in the browser', () => {
  it('shows the envelope when approving, holds an approval beyond it, and a second approver books it with a reason', async () => {
    const clerk = await j.h.login('clerk_city');
    const id = await reviewedAllowance(clerk);
    const comp = await ok<{ entitlements: Array<{ payer: { code: string } }> }>(clerk.req('GET', `/api/v1/applications/${id}/computation`));
    await ok(clerk.req('POST', '/api/v1/budgets', { fund: '旅程测试专项资金', payer: comp.entitlements[0]!.payer.code, region: 'kecheng', year: 2026, amountFen: 1_000_000, source: '合成数据', reason: '浏览器测试' }), 201);

    const page = await j.signedIn('clerk_city');
    await page.goto(`${j.base}/workbench/applications/${id}`);
    await page.getByTestId('approve').click();
    await expect.poll(() => page.getByTestId('budget-note').innerText()).toContain('旅程测试专项资金 · 柯城区 2026 年度');
    await page.getByTestId('dialog-ok').click();
    const excess = await page.getByTestId('budget-excess').innerText();
    expect(excess).toContain('超出预算额度');
    expect(excess).toContain('额度 10,000 元，此前已承诺 0 元，本次 20,000 元，超出 10,000 元');
    expect(await page.getByTestId('application').getAttribute('data-state')).toBe('reviewing');

    const phone = await j.signedIn('leader', PHONE);
    await phone.goto(`${j.base}/workbench/applications/${id}`);
    await phone.getByTestId('confirm-over-budget').click();
    await phone.getByTestId('dialog-ok').click();
    await expect.poll(() => phone.locator('.ant-modal').innerText()).toContain('超额核准须写明理由');
    await phone.getByTestId('dialog-reason').fill('年中追加预算已报批');
    await phone.getByTestId('dialog-ok').click();
    await phone.locator('[data-state="scheduled"]').waitFor();
    expect(await phone.getByTestId('budget-excess').innerText()).toContain('已由第二人复核核准。理由：年中追加预算已报批');

    await phone.getByTestId('nav-group-manage').click();
    await phone.getByTestId('nav-budgets').click();
    await phone.getByTestId('budget-chart').first().waitFor();
    expect(await phone.getByTestId('budgets').innerText()).toContain('超出 10,000 元');
    expect(j.pageErrors).toEqual([]);
  }, 60_000);
});
