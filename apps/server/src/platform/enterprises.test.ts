// Enterprise services through the API, against PGlite in memory or (DATABASE_URL) a real PostgreSQL
// server: an enterprise registers itself (the GB 32100 check character refused when wrong, the same
// request answered once), a clerk of another county cannot see it, its own county's clerk verifies
// it and it becomes an employer; a problem goes to its department with a deadline in working days,
// is answered, reopened once, answered again and rated; another enterprise and other departments get
// 404; a late problem is escalated once; demands are declared once per post and year and exported
// formula-safe; counts by county; the enterprise code opens the enterprise's page for a cadre of its
// county only, and a tampered, foreign or re-issued (voided) code is refused in words.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { usccCheckChar } from '@rencai/domain';
import { parseDay } from '@rencai/engine';
import * as P from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let clerkCity: Client, clerkKecheng: Client, clerkKaihua: Client, housing: Client, hrss: Client, leader: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 10 });
  [clerkCity, clerkKecheng, clerkKaihua, housing, hrss, leader] = (await Promise.all(['clerk_city', 'clerk_kecheng', 'clerk_kaihua', 'review_housing', 'review_hrss', 'leader'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const code = (org: string) => `91330803${org}${usccCheckChar(`91330803${org}`)}`;
const form = (over: Record<string, unknown> = {}) => ({ creditCode: code('MA2B3C4D5'), name: '衢州合成新材料有限公司', industry: 'C', region: 'qujiang', size: 'medium', contactName: '王经理', contactPhone: '13905700001', username: 'ent_test1', password: 'Qz-enterprise-2026', ...over });
const register = (body: Record<string, unknown>, key: string) => h.app.inject({ method: 'POST', url: '/api/v1/enterprises/register', payload: body, headers: { 'idempotency-key': key } });
const signIn = async (username: string, password: string) => {
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: `10.9.${username.length}.1` });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'rencai_session')!.value;
  const b = res.json<{ csrfToken: string; user: { employerId: number | null; role: string } }>();
  return { user: b.user, req: (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => h.app.inject({ method, url, cookies: { rencai_session: cookie }, headers: { 'x-csrf-token': b.csrfToken, ...headers }, ...(payload ? { payload } : {}) }) };
};
type Ent = Awaited<ReturnType<typeof signIn>>;
let ent: Ent, other: Ent, entId: number;

describe('registration and verification', () => {
  it('refuses a wrong check character and a bad form, naming the fields in Chinese; nothing is saved', async () => {
    const good = code('MA2B3C4D5');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await register(form({ creditCode: wrong, industry: 'Z', contactPhone: '123' }), 'reg-bad-0001');
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ errors: Array<{ path: string; message: string }> }>().errors;
    expect(paths.find((e) => e.path === 'creditCode')?.message).toContain('校验位不正确');
    expect(paths.map((e) => e.path).sort()).toEqual(['contactPhone', 'creditCode', 'industry']);
    expect(await h.p.db.selectFrom('enterprises').select('id').where('region', '=', 'qujiang').execute()).toEqual([]);
    expect(await h.p.db.selectFrom('users').select('id').where('username', '=', 'ent_test1').execute()).toEqual([]);
  });

  it('registers once per request id; the same code again under another request is a 409', async () => {
    const first = await register(form(), 'reg-ent-0001');
    expect(first.statusCode, first.body).toBe(200);
    const again = await register(form({ name: '改了名字也一样' }), 'reg-ent-0001');
    expect(again.json()).toEqual(first.json());
    entId = first.json<P.EnterpriseView>().id;
    expect(first.json<P.EnterpriseView>()).toMatchObject({ state: 'pending', stateLabel: '待核验', industryName: '制造业', regionName: '衢江区', contactPhoneMasked: '139****0001' });
    expect(await h.p.db.selectFrom('users').select('id').where('username', '=', 'ent_test1').execute()).toHaveLength(1);
    const dup = await register(form({ username: 'ent_test9' }), 'reg-ent-0009');
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ error: string }>().error).toContain('已注册');
  });

  it('is verified only by a clerk of its county; then the account is tied to a new employer', async () => {
    ent = await signIn('ent_test1', 'Qz-enterprise-2026');
    expect((await ent.req('GET', '/api/v1/me/enterprise')).json()).toMatchObject({ id: entId, state: 'pending' });
    // Before verification it cannot raise problems.
    expect((await ent.req('POST', '/api/v1/enterprise-problems', { category: 'housing', description: '人才公寓配租进度' }, { 'idempotency-key': 'prob-early-01' })).statusCode).toBe(403);
    expect((await clerkKaihua.req('POST', `/api/v1/enterprises/${entId}/verify`)).statusCode).toBe(404);
    expect((await clerkKecheng.req('GET', `/api/v1/enterprises/${entId}`)).statusCode).toBe(404);
    expect((await clerkKecheng.req('GET', '/api/v1/enterprises?state=pending')).json<Array<{ id: number }>>().map((e) => e.id)).not.toContain(entId);
    expect((await clerkCity.req('GET', '/api/v1/enterprises?state=pending')).json<Array<{ id: number }>>().map((e) => e.id)).toContain(entId);
    const ok = await clerkCity.req('POST', `/api/v1/enterprises/${entId}/verify`);
    expect(ok.statusCode, ok.body).toBe(200);
    const v = ok.json<P.EnterpriseView>();
    expect(v.state).toBe('verified');
    expect((await clerkCity.req('POST', `/api/v1/enterprises/${entId}/verify`)).statusCode).toBe(409);
    // The contact's phone is masked everywhere; the full number only on a stated purpose, audited.
    expect((await clerkCity.req('POST', `/api/v1/enterprises/${entId}/reveal-phone`, {})).statusCode).toBe(400);
    expect((await leader.req('POST', `/api/v1/enterprises/${entId}/reveal-phone`, { purpose: '电话回访' })).statusCode).toBe(403);
    expect((await clerkCity.req('POST', `/api/v1/enterprises/${entId}/reveal-phone`, { purpose: '电话回访' })).json()).toEqual({ value: '13905700001' });
    expect(await h.p.db.selectFrom('audit_log').select('detail').where('action', '=', 'enterprise.reveal').execute()).toHaveLength(1);
    const employer = await h.p.db.selectFrom('employers').selectAll().where('id', '=', v.employerId!).executeTakeFirstOrThrow();
    expect([employer.uscc, employer.region, employer.kind]).toEqual([v.creditCode, 'qujiang', 'enterprise']);
    ent = await signIn('ent_test1', 'Qz-enterprise-2026');
    expect(ent.user).toMatchObject({ role: 'enterprise', employerId: v.employerId });
    // A second enterprise, for scoping; a rejection needs a reason.
    const o = (await register(form({ creditCode: code('MA2B3C4D6'), name: '衢州合成电子有限公司', username: 'ent_test2' }), 'reg-ent-0002')).json<P.EnterpriseView>();
    expect((await clerkCity.req('POST', `/api/v1/enterprises/${o.id}/reject`, {})).statusCode).toBe(400);
    expect((await clerkCity.req('POST', `/api/v1/enterprises/${o.id}/verify`)).statusCode).toBe(200);
    other = await signIn('ent_test2', 'Qz-enterprise-2026');
  });
});

describe('the problem pool', () => {
  let id: number;
  it('sends a problem to its department with the working days promised; only that department and the enterprise see it', async () => {
    const raise = () => ent.req('POST', '/api/v1/enterprise-problems', { category: 'housing', description: '引进的两名博士人才公寓配租进度不明' }, { 'idempotency-key': 'prob-ent-0001' });
    const r = await raise();
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json<P.ProblemView>();
    id = v.id;
    // Monday 2026-11-23 + 10 working days.
    expect(v).toMatchObject({ department: 'housing', departmentName: '住建局', state: 'assigned', raisedOn: '2026-11-23', dueOn: '2026-12-07', workdaysLeft: 10, overdue: false });
    expect((await raise()).json<P.ProblemView>().id).toBe(id);
    // The department that answers is told, once (the repeated request sends nothing more); another department is not.
    const told = async (c: Client) => (await h.p.db.selectFrom('messages').select('text').where('user_id', '=', c.user.userId).where('text', 'like', '%企业问题（住房，衢江区）%').execute()).map((m) => m.text);
    expect(await told(housing)).toEqual(['新问题交住建局办理：企业问题（住房，衢江区）请于 2026-12-07 前答复']);
    expect(await told(hrss)).toEqual([]);
    expect((await other.req('GET', `/api/v1/enterprise-problems/${id}`)).statusCode).toBe(404);
    expect((await other.req('POST', `/api/v1/enterprise-problems/${id}/rate`, { rating: 1 })).statusCode).toBe(404);
    expect((await other.req('GET', '/api/v1/enterprise-problems')).json()).toEqual([]);
    expect((await hrss.req('GET', `/api/v1/enterprise-problems/${id}`)).statusCode).toBe(404);
    expect((await clerkKecheng.req('GET', `/api/v1/enterprise-problems/${id}`)).statusCode).toBe(404);
    expect((await housing.req('GET', '/api/v1/enterprise-problems?region=qujiang')).json<Array<{ id: number }>>().map((x) => x.id)).toEqual([id]);
    for (const [body, path] of [[{ category: '融资', description: '融资难需要协调' }, 'category'], [{ category: 'other', description: '短' }, 'description']] as const) {
      const bad = await ent.req('POST', '/api/v1/enterprise-problems', body, { 'idempotency-key': 'prob-ent-0002' });
      expect([bad.statusCode, bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)]).toEqual([400, [path]]);
    }
  });

  it('is answered, reopened once with a reason, answered again and rated', async () => {
    expect((await ent.req('POST', `/api/v1/enterprise-problems/${id}/answer`, { answer: '自己答复' })).statusCode).toBe(403);
    const a = await housing.req('POST', `/api/v1/enterprise-problems/${id}/answer`, { answer: '已排入12月配租批次' });
    expect(a.json<P.ProblemView>()).toMatchObject({ state: 'answered', onTime: true, answeredOn: '2026-11-23' });
    expect((await ent.req('POST', `/api/v1/enterprise-problems/${id}/reopen`, {})).statusCode).toBe(400);
    const re = await ent.req('POST', `/api/v1/enterprise-problems/${id}/reopen`, { reason: '请明确具体入住时间' });
    expect(re.json<P.ProblemView>()).toMatchObject({ state: 'reopened', reopened: true, dueOn: '2026-12-07' });
    await housing.req('POST', `/api/v1/enterprise-problems/${id}/answer`, { answer: '12月15日前入住' });
    const twice = await ent.req('POST', `/api/v1/enterprise-problems/${id}/reopen`, { reason: '还想再问' });
    expect([twice.statusCode, twice.json<{ error: string }>().error]).toEqual([409, '每个问题只能要求重新办理一次']);
    expect((await ent.req('POST', `/api/v1/enterprise-problems/${id}/rate`, { rating: 6 })).json<{ errors: Array<{ path: string }> }>().errors[0]!.path).toBe('rating');
    const done = await ent.req('POST', `/api/v1/enterprise-problems/${id}/rate`, { rating: 4, note: '满意' });
    const v = done.json<P.ProblemView>();
    expect(v).toMatchObject({ state: 'closed', stateLabel: '已办结', rating: 4 });
    expect(v.history!.map((e) => e.action)).toEqual(['raise', 'answer', 'reopen', 'answer', 'rate']);
  });

  it('escalates a late problem once, to the leaders, and counts it by county', async () => {
    const r = (await ent.req('POST', '/api/v1/enterprise-problems', { category: 'talent', description: '急需招聘化工工艺工程师' }, { 'idempotency-key': 'prob-ent-0003' })).json<P.ProblemView>();
    expect(r.dueOn).toBe('2026-11-30');
    const bad = await clerkCity.req('POST', `/api/v1/enterprise-problems/${r.id}/reassign`, { department: 'nowhere', reason: '分错了' });
    expect(bad.json<{ errors: Array<{ path: string; message: string }> }>().errors[0]).toEqual({ path: 'department', message: '承办部门不存在，请从列表中选择' });
    const later: P.Platform = { ...h.p, today: () => parseDay('2026-12-02') };
    // The demo's own late problem is escalated first, by today's run.
    await P.escalateProblems(h.p);
    expect(await P.escalateProblems(h.p)).toBe(0);
    expect(await P.escalateProblems(later)).toBe(1);
    expect(await P.escalateProblems(later)).toBe(0);
    const v = (await hrss.req('GET', `/api/v1/enterprise-problems/${r.id}`)).json<P.ProblemView>();
    expect(v.escalated).toBe(true);
    expect(v.history!.at(-1)!.label).toBe('超期督办');
    const leaderId = leader.user.userId;
    const told = await h.p.db.selectFrom('messages').select('text').where('user_id', '=', leaderId).where('text', 'like', '督办：企业问题%衢江区%').execute();
    expect(told).toHaveLength(1);
    const city = (await P.resolveSession(h.p, clerkCity.session))!.caller;
    const stats = await P.problemStats(later, city);
    expect(stats.byRegion.find((r) => r.key === 'qujiang')).toEqual({ key: 'qujiang', label: '衢江区', raised: 2, answered: 1, answeredOnTime: 1, overdue: 1, reopened: 1, rated: 1, satisfaction: 4 });
    // Every breakdown adds up to the same total; the late talent problem counts against 人社局 and 人才招引.
    const sum = (rows: P.ProblemStatsRow[]) => rows.reduce((n, r) => n + r.raised, 0);
    for (const rows of [stats.byRegion, stats.byDepartment, stats.byCategory, stats.byMonth]) expect(sum(rows)).toBe(stats.total.raised);
    expect(stats.byMonth.map((m) => m.label)).toContain('2026年11月');
    // Only the day the test's problems were raised: the two 衢江 problems, by department and category.
    const day = await P.problemStats(later, city, { from: '2026-11-23', to: '2026-11-23' });
    expect(day.byRegion.find((r) => r.key === 'qujiang')!.raised).toBe(2);
    expect(day.byDepartment.find((r) => r.key === 'hrss')).toMatchObject({ label: '人力社保局', raised: 1, overdue: 1 });
    expect(day.byCategory.find((r) => r.key === 'talent')).toMatchObject({ label: '人才招引', raised: 1, overdue: 1 });
    expect((await P.problemStats(later, city, { from: '2027-01-01' })).total).toMatchObject({ raised: 0, satisfaction: null });
    // The leaders' dashboard shows the same figures, and the API reads the range like the dashboard's.
    const dash = (await clerkCity.req('GET', '/api/v1/stats/dashboard?from=2026-11-23&to=2026-11-23')).json<{ problems: P.ProblemStats }>();
    expect(dash.problems.byRegion.find((r) => r.key === 'qujiang')!.raised).toBe(2);
    const badRange = await clerkCity.req('GET', '/api/v1/enterprise-problems/stats?from=2026-12-01&to=2026-11-01');
    expect([badRange.statusCode, badRange.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)]).toEqual([400, ['to']]);
  });
});

describe('talent demands', () => {
  const demand = (over: Record<string, unknown> = {}) => ({ post: '化工工艺工程师', headcount: 3, degree: 'master', major: '化学工程与技术', salaryMinFen: 1_200_000, salaryMaxFen: 2_000_000, urgency: 'urgent', deadline: '2027-03-31', ...over });
  it('are declared once per post and year, with the salary range the right way up', async () => {
    const upside = await ent.req('POST', '/api/v1/enterprise-demands', demand({ salaryMinFen: 2_000_000, salaryMaxFen: 1_000_000 }));
    expect(upside.json<{ errors: Array<{ path: string; message: string }> }>().errors).toEqual([{ path: 'salaryMaxFen', message: '月薪上限不能低于下限' }]);
    expect((await ent.req('POST', '/api/v1/enterprise-demands', demand())).statusCode).toBe(200);
    const dup = await ent.req('POST', '/api/v1/enterprise-demands', demand({ headcount: 5 }));
    expect([dup.statusCode, dup.json<{ error: string }>().error]).toEqual([409, '岗位「化工工艺工程师」2027 年的需求已申报，请勿重复申报']);
    expect((await ent.req('POST', '/api/v1/enterprise-demands', demand({ post: '=HYPERLINK("http://x")', degree: 'bachelor' }))).statusCode).toBe(200);
    expect((await other.req('GET', '/api/v1/enterprise-demands')).json()).toEqual([]);
  });

  it('are seen by the office by industry and exported formula-safe', async () => {
    const list = (await clerkCity.req('GET', '/api/v1/enterprise-demands?industry=C&region=qujiang')).json<P.DemandView[]>();
    expect(list.map((d) => d.post).sort()).toEqual(['=HYPERLINK("http://x")', '化工工艺工程师']);
    expect((await clerkCity.req('GET', '/api/v1/enterprise-demands?industry=I&region=qujiang')).json()).toEqual([]);
    expect((await clerkKaihua.req('GET', '/api/v1/enterprise-demands')).json()).toEqual([]);
    expect((await clerkKecheng.req('GET', '/api/v1/enterprise-demands')).json<P.DemandView[]>().every((d) => d.region === 'kecheng')).toBe(true);
    expect((await ent.req('GET', '/api/v1/enterprise-demands/export')).statusCode).toBe(404);
    const res = await clerkCity.req('GET', '/api/v1/enterprise-demands/export?region=qujiang');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('人才需求')!;
    const posts = [2, 3].map((r) => ws.getRow(r).getCell(4).value);
    expect(posts).toContain('\'=HYPERLINK("http://x")');
    expect(ws.getRow(2).getCell(8).value).toBe(12000);
  });
});


describe('the enterprise code', () => {
  it('opens the enterprise page for a cadre of its county; another county 404; a tampered, foreign or voided code refused', async () => {
    const mine = await ent.req('GET', '/api/v1/me/enterprise/code');
    expect(mine.statusCode, mine.body).toBe(200);
    const first = mine.json<P.EnterpriseCode>();
    expect(first).toMatchObject({ version: 1, expired: false });
    expect(Date.parse(first.expiresAt) - Date.parse(first.issuedAt)).toBe(365 * 86_400_000);
    // The token holds the least: the enterprise's id, times, the version — no name, no contact.
    const payload = JSON.parse(Buffer.from(first.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'sub', 'ver']);
    expect(payload.sub).toBe(`enterprise:${entId}`);
    await ent.req('POST', '/api/v1/enterprise-problems', { category: 'talent', description: '急需两名高分子材料工程师' }, { 'idempotency-key': 'prob-code-0001' });
    const scan = (c: Client | Ent, token: string) => c.req('GET', `/api/v1/enterprise-code?c=${encodeURIComponent(token)}`);
    const page = await scan(clerkCity, first.token);
    expect(page.statusCode, page.body).toBe(200);
    const v = page.json<P.EnterpriseServicePage>();
    expect(v.enterprise).toMatchObject({ id: entId, contactPhoneMasked: '139****0001' });
    expect(JSON.stringify(v)).not.toContain('13905700001');
    expect(v.openProblems.map((x) => x.description)).toContain('急需两名高分子材料工程师');
    expect(v.openProblems.every((x) => x.state !== 'closed' && x.enterpriseId === entId)).toBe(true);
    expect(v.demands!.every((d) => d.enterpriseId === entId)).toBe(true);
    // Another county's clerk: like a missing record. The enterprise itself may not scan.
    expect((await scan(clerkKecheng, first.token)).statusCode).toBe(404);
    expect((await scan(other, first.token)).statusCode).toBe(403);
    // One changed character in the payload: the signature fails, in words.
    const [h0, , s0] = first.token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...payload, sub: 'enterprise:1' })).toString('base64url');
    for (const bad of [`${h0}.${forged}.${s0}`, 'abc']) {
      const r = await scan(clerkCity, bad);
      expect(r.statusCode).toBe(400);
      expect(r.json<{ error: string }>().error).toMatch(/^无法打开企业码：/);
    }
    // A talent card's credential is not an enterprise code.
    const card = await P.issueCredential(h.p, { kind: 'talent-card', subject: `enterprise:${entId}`, claims: { ver: 1 }, audience: P.ENTERPRISE_CODE_AUDIENCE });
    expect((await scan(clerkCity, card)).json<{ error: string }>().error).toBe('无法打开企业码：不是企业码');
    // Re-issued: the old code is void, the new one opens; audited.
    const again = await ent.req('POST', '/api/v1/me/enterprise/code/reissue');
    expect(again.json<P.EnterpriseCode>().version).toBe(2);
    const old = await scan(clerkCity, first.token);
    expect([old.statusCode, old.json<{ error: string }>().error]).toEqual([400, '该企业码已作废：企业已重新生成企业码，请扫描企业现在张贴的企业码']);
    expect((await scan(leader, again.json<P.EnterpriseCode>().token)).statusCode).toBe(200);
    expect(await h.p.db.selectFrom('audit_log').select('detail').where('action', '=', 'enterprise.code_reissue').where('entity_id', '=', String(entId)).execute()).toEqual([{ detail: { from: 1, to: 2 } }]);
  });
});
