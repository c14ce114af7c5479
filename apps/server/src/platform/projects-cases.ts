// Projects, teams and platforms through the API, against PGlite in memory or (DATABASE_URL)
// PostgreSQL: the registry (record, change with a reason → versions, scope 404 for another employer
// and another county's clerk, bad input naming the field: a class the policy does not have, an
// upgrade that skips a class or comes after the two-year window, a milestone before the review);
// and the staged 双领 money: class B → the landing instalment (40 %, local parameter) applied for by
// the enterprise, reviewed, approved and paid → upgraded to A within two years → the difference
// paid → an assessment fails → a receivable for what was decided; a second claim for the same
// instalment → 409; amounts equal the calculator's to the fen. Runs on PGlite and (DATABASE_URL)
// PostgreSQL inside pay-as-policy.test.ts on its harness (no second demo seeding).

import { beforeAll, describe, expect, it } from 'vitest';
import * as P from '@rencai/platform';
import { multipart, ok, PDF, TODAY, uscc, YUAN, type Client, type Harness } from './harness.js';

let h: Harness;
let clerk: Client, kaihua: Client, hr: Client, otherHr: Client;
const staff: Record<string, Client> = {};
let employerId: number;

async function signIn(harness: Harness): Promise<void> {
  h = harness;
  clerk = await h.login('clerk_city');
  kaihua = await h.login('clerk_kaihua');
  hr = await h.login('hr');
  employerId = hr.user.employerId!;
  staff.talent_office = clerk;
  for (const [dept, user] of Object.entries({ finance: 'review_finance', science: 'review_science' })) staff[dept] = await h.login(user);
  const other = (await ok<{ id: number }>(clerk.req('POST', '/api/v1/employers', { uscc: uscc(), name: '另一家测试科技有限公司', region: 'kecheng', kind: 'enterprise', keyIndustry: false, sector: 'other' }), 201)).id;
  await P.createUser(h.p, { username: 'hr_other', password: P.DEMO_PASSWORD, displayName: 'hr_other', role: 'employer', region: 'kecheng', employerId: other }, null, { demo: true, mustChangePassword: false });
  otherHr = await h.login('hr_other');
}

/** The cases, on the caller's harness (started in its own beforeAll). */
export function describeProjects(harness: () => Harness): void {
  describe('projects, teams and platforms', () => {
    beforeAll(async () => signIn(harness()), 60_000);
    projectCases();
  });
}

const paths = (body: string) => (JSON.parse(body) as { errors?: Array<{ path: string }> }).errors?.map((e) => e.path).sort() ?? [];
const details = { class: 'B', reviewResult: 'passed', reviewDate: '2024-09-01', landingDate: '2024-10-01', settlementDate: '2024-10-15' };

interface Project { id: number; version: number; regionName: string; milestones: Array<{ date: string; what: string }>; assessments: unknown[] }
interface Money { instalments: Array<{ claim: string; stage: string; amountFen: number; paid: boolean }>; receivables: Array<{ amountFen: number; dueOn: string }> }

/** The enterprise applies; the clerk files the materials, submits, accepts; every department agrees; the clerk approves. */
async function claimApproved(data: Record<string, unknown>): Promise<{ id: number; amountFen: number; state: string; subject: string }> {
  const app = await ok<{ id: number; materials: Array<{ code: string; provided: boolean }> }>(hr.req('POST', '/api/v1/applications', { matter: 'shuangling_project', data }), 201);
  for (const m of app.materials.filter((x) => !x.provided)) await ok(hr.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF })), 201);
  await ok(hr.req('POST', `/api/v1/applications/${app.id}/submit`));
  const accepted = await ok<{ reviews: Array<{ department: string }> }>(clerk.req('POST', `/api/v1/applications/${app.id}/accept`));
  for (const r of accepted.reviews) await ok(staff[r.department]!.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
  return ok(clerk.req('POST', `/api/v1/applications/${app.id}/approve`, {}));
}

async function calculator(project: Record<string, unknown>): Promise<Record<string, number>> {
  const r = await ok<{ entitlements: Array<{ rule: string; status: string; totalFen?: number; amountFen?: number }> }>(h.app.inject({ method: 'POST', url: '/api/v1/calculate', payload: { profile: { region: 'kecheng', enterprise: { name: '企业' }, projects: [project] }, date: TODAY } }) as never);
  return Object.fromEntries(r.entitlements.filter((e) => e.status === 'granted').map((e) => [e.rule, e.totalFen ?? e.amountFen ?? 0]));
}

function projectCases(): void {
  describe('projects registry', () => {
    it('records a 双领 project with a reason, keeps versions, answers 404 outside scope, and refuses bad input naming the field', async () => {
      const bad = await clerk.req('POST', '/api/v1/projects', {
        kind: 'shuangling',
        name: '坏数据项目',
        employerId,
        details: { class: 'D', reviewResult: 'passed', reviewDate: '2024-09-01', landingDate: '2024-08-01' },
      });
      expect(bad.statusCode).toBe(400);
      expect(paths(bad.body)).toEqual(['details.class', 'details.landingDate']);
      expect(bad.body).toContain('只有 A、B、C 三类');
      const skip = await clerk.req('POST', '/api/v1/projects', { kind: 'shuangling', name: '跳档项目', employerId, details: { ...details, class: 'C', upgrade: { class: 'A', date: '2025-06-01' } } });
      expect(paths(skip.body)).toEqual(['details.upgrade.class']);
      const late = await clerk.req('POST', '/api/v1/projects', { kind: 'shuangling', name: '超期项目', employerId, details: { ...details, upgrade: { class: 'A', date: '2026-09-02' } } });
      expect(paths(late.body)).toEqual(['details.upgrade.date']);
      expect(late.body).toContain('已超过评定后 2 年（2026-09-01）');
      const station = await clerk.req('POST', '/api/v1/projects', { kind: 'postdoc_station', name: '博士后工作站', employerId, details: { setUpDate: '2025-03-01' } });
      expect(paths(station.body)).toEqual(['details.level']);

      const made = await ok<Project>(clerk.req('POST', '/api/v1/projects', { kind: 'shuangling', name: '氟硅新材料双领项目', employerId, details, reason: '双领评定文件（测试）' }));
      expect(made.version).toBe(1);
      expect(made.milestones.map((m) => m.what)).toEqual(['评定为B类（评定通过）', '项目落地', '落户衢州']);
      expect((await hr.req('GET', `/api/v1/projects/${made.id}`)).statusCode).toBe(200);
      expect((await otherHr.req('GET', `/api/v1/projects/${made.id}`)).statusCode).toBe(404);
      expect((await otherHr.req('PATCH', `/api/v1/projects/${made.id}`, { name: '改名', reason: '试图修改' })).statusCode).toBe(404);
      const region = (await h.p.db.selectFrom('projects').select('region').where('id', '=', made.id).executeTakeFirstOrThrow()).region;
      if (region !== 'kaihua') expect((await kaihua.req('GET', `/api/v1/projects/${made.id}`)).statusCode).toBe(404);
      expect((await otherHr.req('GET', '/api/v1/projects')).json<unknown[]>()).toHaveLength(0);

      const noReason = await hr.req('PATCH', `/api/v1/projects/${made.id}`, { name: '氟硅新材料双领项目（更名）' });
      expect(paths(noReason.body)).toEqual(['reason']);
      const renamed = await ok<Project>(hr.req('PATCH', `/api/v1/projects/${made.id}`, { name: '氟硅新材料双领项目（更名）', reason: '企业更名通知', version: 1 }));
      expect(renamed.version).toBe(2);
      const versions = await ok<Array<{ version: number; reason: string }>>(clerk.req('GET', `/api/v1/projects/${made.id}/versions`));
      expect(versions.map((v) => [v.version, v.reason])).toEqual([
        [2, '企业更名通知'],
        [1, '双领评定文件（测试）'],
      ]);
      const early = await clerk.req('POST', `/api/v1/projects/${made.id}/assessments`, { year: 2024, outcome: 'pass', assessedOn: '2024-08-01', evidence: '考核文件' });
      expect(paths(early.body)).toEqual(['assessedOn']);
      // Counted by the work list: the landed 双领 project in its county.
      expect((await P.projectStarts(h.p.db, ['shuangling'], '2021-01-01', TODAY)).filter((x) => x.on === '2024-10-01')).toContainEqual({ on: '2024-10-01', region });
    });
  });

  describe('双领 staged money', () => {
    it('class B: landing instalment paid → upgraded to A within two years → difference paid → assessment fails → receivable; amounts = calculator', async () => {
      const made = await ok<Project>(clerk.req('POST', '/api/v1/projects', { kind: 'shuangling', name: '高端装备双领项目', employerId, details, reason: '双领评定文件（测试）' }));
      const facts = { name: '高端装备双领项目', programme: 'shuangling', class: 'B', settled: true, assessedDate: '2024-09-01' };
      const calc = await calculator(facts);
      expect(calc['art16.shuangling_startup']).toBe(4_000_000 * YUAN);

      const second = await hr.req('POST', '/api/v1/applications', { matter: 'shuangling_project', data: { projectId: made.id, claim: 'startup', stage: 'assessment' } });
      expect(second.statusCode).toBe(400);
      expect(paths(second.body)).toEqual(['data.stage']);

      const landing = await claimApproved({ projectId: made.id, claim: 'startup', stage: 'landing' });
      expect(landing).toMatchObject({ state: 'scheduled', amountFen: (calc['art16.shuangling_startup']! * 40) / 100, subject: '人才创业项目：高端装备双领项目；项目启动资助 · 首期（项目落地）' });
      const again = await hr.req('POST', '/api/v1/applications', { matter: 'shuangling_project', data: { projectId: made.id, claim: 'startup', stage: 'landing' } });
      expect(again.statusCode).toBe(409);
      let money = await ok<Money>(hr.req('GET', `/api/v1/projects/${made.id}/money`));
      expect(money.instalments).toMatchObject([{ claim: 'startup', stage: 'landing', amountFen: 1_600_000 * YUAN, paid: false }]);
      const key = (await h.p.db.selectFrom('project_instalments').select('instalment_key').where('project_id', '=', made.id).executeTakeFirstOrThrow()).instalment_key;
      await ok(clerk.req('POST', '/api/v1/ledger/payments', { instalmentKey: key }, { 'idempotency-key': `pay-${key}` }), 201);

      await ok(clerk.req('PATCH', `/api/v1/projects/${made.id}`, { details: { ...details, upgrade: { class: 'A', date: '2026-06-01' } }, reason: '升档评定文件（测试）' }));
      const up = await calculator({ ...facts, upgradedClass: 'A', upgradeDate: '2026-06-01' });
      const upgrade = await claimApproved({ projectId: made.id, claim: 'upgrade' });
      expect(upgrade).toMatchObject({ state: 'scheduled', amountFen: up['art16.shuangling_upgrade'] });
      expect(upgrade.amountFen).toBe(2_000_000 * YUAN);

      await ok(clerk.req('POST', `/api/v1/projects/${made.id}/assessments`, { year: 2025, outcome: 'fail', assessedOn: '2026-03-10', evidence: '2025 年度双领项目考核结果通报（测试）' }));
      const dup = await clerk.req('POST', `/api/v1/projects/${made.id}/assessments`, { year: 2025, outcome: 'pass', assessedOn: '2026-03-11', evidence: '重复记录' });
      expect(dup.statusCode).toBe(409);
      money = await ok<Money>(clerk.req('GET', `/api/v1/projects/${made.id}/money`));
      expect(money.instalments.map((x) => [x.claim, x.amountFen, x.paid])).toEqual([
        ['startup', 1_600_000 * YUAN, true],
        ['upgrade', 2_000_000 * YUAN, false],
      ]);
      expect(money.receivables).toEqual([expect.objectContaining({ amountFen: 3_600_000 * YUAN, dueOn: '2026-03-10' })]);
      const ledger = await ok<{ balance: { refundDueFen: number } }>(clerk.req('GET', `/api/v1/ledger?employerId=${employerId}`));
      expect(ledger.balance.refundDueFen).toBeGreaterThanOrEqual(3_600_000 * YUAN);
      // No further instalment once clawed back.
      const after = await hr.req('POST', '/api/v1/applications', { matter: 'shuangling_project', data: { projectId: made.id, claim: 'contribution' } });
      expect(paths(after.body)).toEqual(['data.claim', 'data.projectId']);
    });

    it('a project leaving before the agreed term (5 years from landing, local parameter) owes back its decided startup funding', async () => {
      const made = await ok<Project>(clerk.req('POST', '/api/v1/projects', { kind: 'shuangling', name: '提前迁离双领项目', employerId, details: { ...details, class: 'C' }, reason: '双领评定文件（测试）' }));
      const landing = await claimApproved({ projectId: made.id, claim: 'startup', stage: 'landing' });
      expect(landing.amountFen).toBe(800_000 * YUAN);
      const early = await clerk.req('POST', `/api/v1/projects/${made.id}/leave`, { leftOn: '2024-08-01', reason: '企业迁出通知' });
      expect(paths(early.body)).toEqual(['leftOn']);
      await ok(clerk.req('POST', `/api/v1/projects/${made.id}/leave`, { leftOn: '2026-10-01', reason: '企业迁出衢州的通知（测试）' }));
      const money = await ok<Money>(clerk.req('GET', `/api/v1/projects/${made.id}/money`));
      expect(money.receivables).toEqual([expect.objectContaining({ amountFen: 800_000 * YUAN, dueOn: '2026-10-01' })]);
    });
  });
}
