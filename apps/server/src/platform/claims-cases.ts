// Every cash rule claimable, through the platform's real workflow over HTTP: for one case of each
// family that had no matter before (引才计划 matching and the employer's reward, 衢时代双领 startup and
// upgrade, the postdoc living allowance, the star-streamer award, 椒江's settling grant and purchase
// subsidy, 衢江's startup aid and the disciples' award) the application is filed, reviewed by each
// department's own member and decided, and the approved amount equals, to the fen, what the public
// calculator (POST /api/v1/calculate) gives for the same facts and date. A matter is not offered
// — and filing it answers 400 naming `matter` — where its package does not apply. Runs on PGlite
// and (DATABASE_URL) PostgreSQL, inside pay-as-policy.test.ts on its harness (no second demo seeding).

import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '@rencai/platform';
import { idNumber, multipart, ok, PDF, TODAY, uscc, YUAN, type Client, type Harness } from './harness.js';

let h: Harness;
/** Signed-in staff per region: the talent office's clerk, each department's reviewer, a leader (second approver). */
const staff: Record<'quzhou' | 'jiaojiang', Record<string, Client>> = { quzhou: {}, jiaojiang: {} };
async function signIn(harness: Harness): Promise<void> {
  h = harness;
  const q = staff.quzhou;
  q.talent_office = await h.login('clerk_city');
  q.leader = await h.login('leader');
  for (const [dept, user] of Object.entries({ hrss: 'review_hrss', finance: 'review_finance', housing: 'review_housing', science: 'review_science' })) q[dept] = await h.login(user);
  // 商务局 (Quzhou) and 椒江区's own staff: the demo's accounts.
  for (const [username, where, key] of [['review_commerce', 'quzhou', 'commerce'], ['clerk_jiaojiang', 'jiaojiang', 'talent_office'], ['review_jj_hrss', 'jiaojiang', 'hrss'], ['review_jj_housing', 'jiaojiang', 'housing'], ['review_jj_finance', 'jiaojiang', 'finance']] as const) staff[where][key] = await h.login(username);
  // The one the demo has no account for: 椒江区's leader.
  const made: Array<[string, 'clerk' | 'reviewer' | 'leader', string, string | null, 'quzhou' | 'jiaojiang', string]> = [['leader_jj', 'leader', 'jiaojiang', null, 'jiaojiang', 'leader']];
  for (const [username, role, region, department, where, key] of made) {
    await createUser(h.p, { username, password: DEMO_PASSWORD, displayName: username, role, region, department }, null, { demo: true });
    staff[where][key] = await h.login(username);
  }
}


/** Numbers the test's own employers and persons by name. */
let seq = 0;
type Json = Record<string, unknown>;
interface Detail {
  id: number;
  state: string;
  amountFen: number | null;
  subject?: string | null;
  materials: Array<{ code: string; provided: boolean }>;
  reviews: Array<{ department: string }>;
  decision: { computedFen: number; approvedFen: number; pending: boolean } | null;
  openRules: unknown[];
}


type Where = 'quzhou' | 'jiaojiang';
const clerk = (w: Where) => staff[w].talent_office!;

async function newEmployer(w: Where, region: string, facts?: Json): Promise<number> {
  const id = (await ok<{ id: number }>(clerk(w).req('POST', '/api/v1/employers', { uscc: uscc(), name: `测试${++seq}科技有限公司`, region, kind: 'enterprise', keyIndustry: true, sector: 'digital_economy' }), 201)).id;
  if (facts) await ok(clerk(w).req('PATCH', `/api/v1/employers/${id}`, { facts, reason: '项目（主播）评定文件' }));
  return id;
}

/** A person with one current full-time post at `employerId` in `region` from `start`. */
async function newPerson(w: Where, employerId: number, region: string, start: string, extra: Json = {}): Promise<number> {
  const body = { idNumber: idNumber(), name: `测试人${++seq}`, region, employerId, employment: [{ employerId, region, fullTime: true, start, post: 'other' }], ...extra };
  return (await ok<{ id: number }>(clerk(w).req('POST', '/api/v1/persons', body), 201)).id;
}

/** Files, uploads what the registry does not hold, submits, accepts, and has every department agree through its own member. */
async function reviewed(w: Where, matter: string, who: { personId?: number; employerId?: number }, data?: Json): Promise<Detail> {
  const c = clerk(w);
  const app = await ok<Detail>(c.req('POST', '/api/v1/applications', { matter, ...who, ...(data ? { data } : {}) }), 201);
  for (const m of app.materials.filter((x) => !x.provided)) await ok(c.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF })), 201);
  await ok(c.req('POST', `/api/v1/applications/${app.id}/submit`));
  const accepted = await ok<Detail>(c.req('POST', `/api/v1/applications/${app.id}/accept`));
  for (const r of accepted.reviews) await ok(staff[w][r.department]!.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' }));
  return accepted;
}

async function approved(w: Where, matter: string, who: { personId?: number; employerId?: number }, data?: Json): Promise<Detail> {
  const app = await reviewed(w, matter, who, data);
  return ok<Detail>(clerk(w).req('POST', `/api/v1/applications/${app.id}/approve`, {}));
}

async function recognise(w: Where, personId: number, data: Json): Promise<void> {
  expect((await approved(w, 'tier_recognition', { personId }, data)).state).toBe('approved');
}

interface Ent { rule: string; status: string; totalFen?: number; amountFen?: number }
/** The public calculator for the same facts and date: amount per rule (summed over rows), by status. */
async function calculator(profile: Json, rules: string[]): Promise<{ granted: Record<string, number>; upTo: Record<string, number> }> {
  const r = await ok<{ entitlements: Ent[] }>(h.app.inject({ method: 'POST', url: '/api/v1/calculate', payload: { profile, date: TODAY } }) as never);
  const pick = (status: string) => {
    const out: Record<string, number> = {};
    for (const e of r.entitlements.filter((x) => rules.includes(x.rule) && x.status === status)) out[e.rule] = (out[e.rule] ?? 0) + (e.totalFen ?? e.amountFen ?? 0);
    return out;
  };
  return { granted: pick('granted'), upTo: pick('up_to') };
}

/** The cases, on the caller's harness (started in its own beforeAll). */
export function describeClaims(harness: () => Harness): void {
  describe('every cash rule claimable', () => {
    beforeAll(async () => signIn(harness()), 60_000);
    claimCases();
  });
}

function claimCases(): void {
  describe('衢委发〔2020〕7号: the families that had no matter, approved = calculator to the fen', () => {
    it('引才计划: the talent’s 1:1 matching (100万 of a 100万 provincial award) and the employer’s 50万 reward, each once', async () => {
      const emp = await newEmployer('quzhou', 'kecheng');
      const p = await newPerson('quzhou', emp, 'kecheng', '2024-05-01');
      const programme = { level: 'provincial', selfApplied: true, award: '1000000.00', selectedDate: '2025-06-01' };
      await recognise('quzhou', p, { qualifications: ['phd_fulltime', 'provincial_talent_program'], facts: { talentProgram: programme } });
      const profile = { region: 'kecheng', person: { qualifications: ['phd_fulltime', 'provincial_talent_program'], fullTime: true, arrivalDate: '2024-05-01', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true, talentProgram: programme } };
      const calc = await calculator(profile, ['art16.program_matching', 'art16.program_employer']);
      expect(calc.granted).toEqual({ 'art16.program_matching': 1_000_000 * YUAN, 'art16.program_employer': 500_000 * YUAN });

      const matching = await approved('quzhou', 'talent_program_matching', { personId: p });
      expect(matching).toMatchObject({ state: 'scheduled', amountFen: calc.granted['art16.program_matching'] });
      const reward = await approved('quzhou', 'talent_program_employer', { employerId: emp }, { personId: p });
      expect(reward).toMatchObject({ state: 'scheduled', amountFen: calc.granted['art16.program_employer'], subject: expect.stringMatching(new RegExp(`^入选人才：测试人\\d+（人才库编号 ${p}）$`)) });
      // The ledger pays the reward to the enterprise, and the same talent's reward cannot be claimed again.
      const lines = (await ok<{ lines: Array<{ kind: string; amountFen: number; employerId: number | null }> }>(clerk('quzhou').req('GET', `/api/v1/ledger?applicationId=${reward.id}`))).lines.filter((l) => l.kind === 'grant');
      expect(lines.reduce((s, l) => s + l.amountFen, 0)).toBe(500_000 * YUAN);
      const again = await clerk('quzhou').req('POST', '/api/v1/applications', { matter: 'talent_program_employer', employerId: emp, data: { personId: p } });
      expect(again.statusCode).toBe(409);
      // Someone who is not the enterprise's employee: the field is named.
      const other = await newEmployer('quzhou', 'kecheng');
      const wrong = await clerk('quzhou').req('POST', '/api/v1/applications', { matter: 'talent_program_employer', employerId: other, data: { personId: p } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json<{ errors: Array<{ path: string; message: string }> }>().errors).toEqual([{ path: 'data.personId', message: expect.stringContaining('本单位') }]);
    });

    it('衢时代双领: a class-B project’s 400万 startup funding, then its upgrade to A within two years (200万), each claim once per project', async () => {
      const project = { name: '氟硅新材料项目', programme: 'shuangling', class: 'B', settled: true, assessedDate: '2024-09-01', upgradedClass: 'A', upgradeDate: '2026-06-01' };
      const emp = await newEmployer('quzhou', 'kecheng', { projects: [project, { name: '其他项目', programme: 'shuangling', class: 'A', settled: true, assessedDate: '2024-01-01' }] });
      const calc = await calculator({ region: 'kecheng', enterprise: { name: '企业' }, projects: [project] }, ['art16.shuangling_startup', 'art16.shuangling_upgrade']);
      expect(calc.granted).toEqual({ 'art16.shuangling_startup': 4_000_000 * YUAN, 'art16.shuangling_upgrade': 2_000_000 * YUAN });
      const startup = await approved('quzhou', 'shuangling_project', { employerId: emp }, { project: project.name, claim: 'startup' });
      expect(startup).toMatchObject({ state: 'scheduled', amountFen: calc.granted['art16.shuangling_startup'], subject: '人才创业项目：氟硅新材料项目；项目启动资助（A、B、C 类 600、400、200 万元）' });
      const upgrade = await approved('quzhou', 'shuangling_project', { employerId: emp }, { project: project.name, claim: 'upgrade' });
      expect(upgrade).toMatchObject({ state: 'scheduled', amountFen: calc.granted['art16.shuangling_upgrade'] });
      expect((await clerk('quzhou').req('POST', '/api/v1/applications', { matter: 'shuangling_project', employerId: emp, data: { project: project.name, claim: 'startup' } })).statusCode).toBe(409);
      const unknown = await clerk('quzhou').req('POST', '/api/v1/applications', { matter: 'shuangling_project', employerId: emp, data: { project: '不存在的项目', claim: 'bonus' } });
      expect(unknown.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path).sort()).toEqual(['data.claim', 'data.project']);
    });

    it('博士后生活补助: a national-station postdoc since 2025-09-01 gets 20万 for each year begun (two so far)', async () => {
      const emp = await newEmployer('quzhou', 'kecheng');
      const p = await newPerson('quzhou', emp, 'kecheng', '2025-09-01');
      const postdoc = { stationLevel: 'national', startDate: '2025-09-01' };
      await recognise('quzhou', p, { qualifications: ['phd_fulltime'], facts: { postdoc } });
      const calc = await calculator({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: true, arrivalDate: '2025-09-01', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true, postdoc } }, ['art16.postdoc_living']);
      expect(calc.granted).toEqual({ 'art16.postdoc_living': 2 * 200_000 * YUAN });
      expect(await approved('quzhou', 'postdoc_living', { personId: p })).toMatchObject({ state: 'scheduled', amountFen: calc.granted['art16.postdoc_living'] });
    });

    it('“星级”主播: 10万 for one recognised star streamer (not a famous one), claimed per streamer', async () => {
      const streamer = { name: '主播乙', starred: true, recognizedDate: '2025-05-01', famous: false };
      const emp = await newEmployer('quzhou', 'kecheng', { streamers: [streamer, { name: '主播丙', starred: true, recognizedDate: '2025-07-01', famous: false }] });
      const calc = await calculator({ region: 'kecheng', enterprise: { name: '企业', streamers: [streamer] } }, ['art18.star_streamer', 'art18.famous_streamer']);
      expect(calc.granted).toEqual({ 'art18.star_streamer': 100_000 * YUAN });
      const d = await approved('quzhou', 'streamer_award', { employerId: emp }, { streamer: '主播乙' });
      expect(d).toMatchObject({ state: 'scheduled', amountFen: calc.granted['art18.star_streamer'], openRules: [] });
    });
  });

  describe('椒江 and 衢江: their own matters, offered only where their package applies', () => {
    it('椒江: a full-time master’s 5万 settling grant and the purchase subsidy evaluated at its 20万 ceiling (second approver)', async () => {
      const emp = await newEmployer('jiaojiang', 'jiaojiang');
      const p = await newPerson('jiaojiang', emp, 'jiaojiang', '2022-03-01', { housing: { hasPurchased: true, purchase: { date: '2023-04-01', price: '1500000' } } });
      await recognise('jiaojiang', p, { qualifications: ['master_fulltime_other'] });
      const person = { qualifications: ['master_fulltime_other'], fullTime: true, arrivalDate: '2022-03-01', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true, hasPurchased: true, purchase: { date: '2023-04-01', price: '1500000' } };
      const calc = await calculator({ region: 'jiaojiang', person }, ['settle.2', 'purchase.2']);
      expect(calc.granted).toEqual({ 'settle.2': 50_000 * YUAN });
      expect(calc.upTo).toEqual({ 'purchase.2': 200_000 * YUAN });
      expect(await approved('jiaojiang', 'jj_settling_grant', { personId: p })).toMatchObject({ state: 'scheduled', amountFen: calc.granted['settle.2'] });
      const app = await reviewed('jiaojiang', 'jj_housing_purchase', { personId: p });
      await ok(clerk('jiaojiang').req('POST', `/api/v1/applications/${app.id}/approve`, { amountFen: calc.upTo['purchase.2'], reason: '经审核按上限 20 万元补助' }));
      expect(await ok<Detail>(staff.jiaojiang.leader!.req('POST', `/api/v1/applications/${app.id}/confirm-adjustment`))).toMatchObject({ state: 'scheduled', amountFen: calc.upTo['purchase.2'] });
      // A 柯城 talent is not offered 椒江's matters, and filing one is refused naming the field.
      const kecheng = await newPerson('quzhou', await newEmployer('quzhou', 'kecheng'), 'kecheng', '2022-03-01');
      const refused = await clerk('quzhou').req('POST', '/api/v1/applications', { matter: 'jj_settling_grant', personId: kecheng });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ errors: Array<{ path: string; message: string }> }>().errors).toEqual([{ path: 'matter', message: expect.stringContaining('台州市椒江区') }]);
      const talent = await h.login('talent');
      const offered = (await ok<Array<{ code: string }>>(talent.req('GET', '/api/v1/me/matters'))).map((m) => m.code);
      expect(offered).toEqual(expect.arrayContaining(['talent_allowance', 'tier_recognition', 'postdoc_living']));
      expect(offered.filter((c) => c.startsWith('jj_') || c.startsWith('qj_'))).toEqual([]);
    });

    it('衢江: a class-B acupuncture project’s 400万 startup aid and a disciple’s 50万; 衢江 employers are offered it, 柯城 ones are not', async () => {
      const project = { name: '针灸康养项目', programme: 'qujiang_lead_industry', class: 'B', industry: 'acupuncture_health', settled: true, assessedDate: '2025-01-15' };
      const emp = await newEmployer('quzhou', 'qujiang', { projects: [project] });
      const calc = await calculator({ region: 'qujiang', enterprise: { name: '企业' }, projects: [project] }, ['startup']);
      expect(calc.granted).toEqual({ startup: 4_000_000 * YUAN });
      expect(await approved('quzhou', 'qj_startup', { employerId: emp }, { project: project.name })).toMatchObject({ state: 'scheduled', amountFen: calc.granted.startup });

      const p = await newPerson('quzhou', emp, 'qujiang', '2024-04-01');
      const quals = [{ code: 'acupuncture_master_disciple', obtained: '2023-01-01' }];
      await recognise('quzhou', p, { qualifications: quals });
      const calc2 = await calculator({ region: 'qujiang', person: { qualifications: quals, fullTime: true, arrivalDate: '2024-04-01', post: 'other', employerType: 'enterprise', keyIndustryEnterprise: true } }, ['disciple']);
      expect(calc2.granted).toEqual({ disciple: 500_000 * YUAN });
      expect(await approved('quzhou', 'qj_disciple', { personId: p })).toMatchObject({ state: 'scheduled', amountFen: calc2.granted.disciple });

      const kecheng = await newEmployer('quzhou', 'kecheng', { projects: [{ ...project, name: '柯城项目' }] });
      const refused = await clerk('quzhou').req('POST', '/api/v1/applications', { matter: 'qj_startup', employerId: kecheng, data: { project: '柯城项目' } });
      expect(refused.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual(['matter']);
    });
  });
}
