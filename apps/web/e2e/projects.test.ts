// Browser journey of the projects registry and the staged 双领 money (Debian's Chromium against the
// real platform on a fresh in-memory database, fixed date 2026-11-23), the "Done when": the
// enterprise (demo `hr`) applies for its class-B project's first startup instalment in its portal
// → joint review, approval and payment through the API → upgraded to A within two years and the
// difference approved (API) → the clerk records a failed assessment on the project's page at
// 1280 px and sees the receivable; the enterprise sees it on a 390 px phone.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { multipart, PDF } from '../../server/src/platform/harness.js';
import { PHONE, startJourney } from './harness';
import { layoutProblems } from './layout';

vi.setConfig({ testTimeout: 60_000 });

let j: Awaited<ReturnType<typeof startJourney>>;
beforeAll(async () => {
  j = await startJourney(10);
}, 180_000);
afterAll(async () => j?.close());

describe('双领 staged money', () => {
  it('class B → first instalment paid → upgraded to A → difference → failed assessment → receivable', async () => {
    const [clerk, hr, finance, science] = await Promise.all([j.h.login('clerk_city'), j.h.login('hr'), j.h.login('review_finance'), j.h.login('review_science')]);
    const dept: Record<string, typeof clerk> = { talent_office: clerk, finance, science };
    const details = { class: 'B', reviewResult: 'passed', reviewDate: '2024-09-01', landingDate: '2024-10-01', settlementDate: '2024-10-15' };
    const made = (await clerk.req('POST', '/api/v1/projects', { kind: 'shuangling', name: '智能装备双领项目（测试）', employerId: hr.user.employerId, details, reason: '双领评定文件（测试）' })).json<{ id: number }>();
    const decide = async (id: number) => {
      for (const m of ['project_assessment', 'settlement_proof']) expect((await hr.req('POST', `/api/v1/applications/${id}/files`, multipart({ material: m }, { name: `${m}.pdf`, content: PDF }))).statusCode).toBe(201);
      expect((await hr.req('POST', `/api/v1/applications/${id}/submit`)).statusCode).toBe(200);
      const accepted = (await clerk.req('POST', `/api/v1/applications/${id}/accept`)).json<{ reviews: Array<{ department: string }> }>();
      for (const r of accepted.reviews) expect((await dept[r.department]!.req('POST', `/api/v1/applications/${id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
      expect((await clerk.req('POST', `/api/v1/applications/${id}/approve`, {})).statusCode).toBe(200);
    };

    // The enterprise claims the landing instalment in its portal.
    const employer = await j.signedIn('hr');
    await employer.goto(`${j.base}/employer?tab=projects`);
    const mine = employer.getByTestId(`my-project-${made.id}`);
    await employer.getByText('智能装备双领项目（测试）（“衢时代双领”项目）').click();
    await mine.getByTestId('claim-select').click();
    await employer.getByText('项目启动资助 · 首期（项目落地）').click();
    await mine.getByTestId('claim-button').click();
    await employer.waitForURL(/\/employer\/applications\/\d+$/);
    const appId = Number(new URL(employer.url()).pathname.split('/').pop());
    await decide(appId);
    const key = (await j.h.p.db.selectFrom('project_instalments').select('instalment_key').where('project_id', '=', made.id).executeTakeFirstOrThrow()).instalment_key;
    expect((await clerk.req('POST', '/api/v1/ledger/payments', { instalmentKey: key }, { 'idempotency-key': `pay-${key}` })).statusCode).toBe(201);

    // Upgraded to A within two years; the difference claimed and approved.
    expect((await clerk.req('PATCH', `/api/v1/projects/${made.id}`, { details: { ...details, upgrade: { class: 'A', date: '2026-06-01' } }, reason: '升档评定文件（测试）' })).statusCode).toBe(200);
    const upgrade = (await hr.req('POST', '/api/v1/applications', { matter: 'shuangling_project', data: { projectId: made.id, claim: 'upgrade' } })).json<{ id: number }>();
    await decide(upgrade.id);

    // The clerk records a failed assessment on the project's page and sees the receivable.
    const office = await j.signedIn('clerk_city');
    await office.getByTestId('nav-group-services').click();
    await office.getByTestId('nav-projects').click();
    await office.getByTestId('projects-office').getByText('智能装备双领项目（测试）').click();
    await office.getByTestId('project-page').waitFor();
    await office.getByTestId('pa-year').fill('2025');
    await office.getByTestId('pa-outcome').click();
    await office.getByTitle('不合格').click();
    await office.getByTestId('pa-date').fill('2026-03-10');
    await office.getByTestId('pa-evidence').fill('2025 年度双领项目考核结果通报（测试）');
    await office.getByTestId('pa-save').click();
    const receivable = office.getByTestId('project-receivable');
    await receivable.waitFor();
    expect(await receivable.innerText()).toContain('3,600,000 元');
    const money = await office.getByTestId('project-money').innerText();
    expect(money).toContain('1,600,000 元');
    expect(money).toContain('已兑付');
    expect(money).toContain('2,000,000 元');
    expect(await office.getByTestId('project-assessments').innerText()).toContain('不合格');
    expect(await layoutProblems(office)).toEqual([]);

    // The enterprise sees it on a phone.
    const phone = await j.signedIn('hr', PHONE);
    await phone.goto(`${j.base}/employer?tab=projects`);
    await phone.getByText('智能装备双领项目（测试）（“衢时代双领”项目）').click();
    await phone.getByTestId(`my-project-${made.id}`).getByTestId('project-receivable').waitFor();
    expect(await layoutProblems(phone)).toEqual([]);
    expect(j.pageErrors).toEqual([]);
  });
});
