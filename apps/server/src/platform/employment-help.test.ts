// Help for key employment groups (就业帮扶, 温岭) through the API, against PGlite in memory or
// (DATABASE_URL) a real PostgreSQL server: a file refused by field (a community outside the county
// named) with nothing saved, one file per ID number, masked by default and revealed to a clerk with an
// audit entry; a helper outside the person's community, or another county's clerk, gets 404; a
// reassignment ends the earlier helper and keeps it; outcomes dated before the file or employed without
// an employer are refused; job matching shows its reasons; the figures count by county and month.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigit } from '@rencai/domain';
import * as P from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let clerk: Client, helper: Client, other: Client, kecheng: Client, leader: Client;
let otherId: number;
const EAST = { code: '331081001001', name: '太平街道东门社区（合成）' };
const FAR = { code: '331081005002', name: '横峰街道某社区（合成）' };

beforeAll(async () => {
  h = await startHarness({ persons: 10 });
  // A second helper of 温岭, at first serving another community only.
  otherId = await P.createUser(h.p, { username: 'helper_wenling_2', password: P.DEMO_PASSWORD, displayName: '温岭市帮扶工作人员乙', role: 'helper', region: 'wenling' }, null, { demo: true });
  [clerk, helper, other, kecheng, leader] = (await Promise.all(['clerk_wenling', 'helper_wenling', 'helper_wenling_2', 'clerk_kecheng', 'leader'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
  expect((await clerk.req('PUT', `/api/v1/employment-help/helpers/${otherId}/communities`, { communities: [FAR] })).statusCode).toBe(200);
}, 120_000);
afterAll(async () => h?.close());

type Errors = { error: string; errors: Array<{ path: string; message: string }> };
const idNo = (birth: string, seq: string) => `331081${birth}${seq}${checkDigit(`331081${birth}${seq}`)}`;
const file = (over: Record<string, unknown> = {}) => ({ name: '测试人员', idNumber: idNo('19950505', '777'), group: 'graduate', communityCode: EAST.code, communityName: EAST.name, degree: 'college', major: '机械设计制造及其自动化', skills: '数控车床', wishes: '本地制造业', registeredOn: '2026-09-01', ...over });
const persons = async () => Number((await h.p.db.selectFrom('employment_help_persons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const paths = (body: string) => (JSON.parse(body) as Errors).errors.map((e) => e.path).sort();

describe('figures (the demo as seeded)', () => {
  it('count served, contacts, helped and employed by county and month, scoped to the caller', async () => {
    const f = (await clerk.req('GET', '/api/v1/employment-help/figures?year=2026')).json<P.HelpFigures>();
    // Demo: three assigned on 09-27, 10-12 and 10-27; contacts on 11-03, 11-11 (the same person) and 11-18; one employed 11-16.
    expect(f.rows).toEqual([
      { region: 'wenling', regionName: '温岭市', month: '2026-09', served: 0, contacts: 0, helped: 1, employed: 0 },
      { region: 'wenling', regionName: '温岭市', month: '2026-10', served: 0, contacts: 0, helped: 2, employed: 0 },
      { region: 'wenling', regionName: '温岭市', month: '2026-11', served: 2, contacts: 3, helped: 0, employed: 1 },
    ]);
    expect(f.totals).toEqual([{ region: 'wenling', regionName: '温岭市', month: '', served: 2, contacts: 3, helped: 3, employed: 1 }]);
    expect((await kecheng.req('GET', '/api/v1/employment-help/figures?year=2026')).json<P.HelpFigures>().rows).toEqual([]);
    expect((await helper.req('GET', '/api/v1/employment-help/figures')).statusCode).toBe(404);
  });
});

describe('opening a file', () => {
  it('refuses bad input field by field — a community outside the county named — and saves nothing', async () => {
    const before = await persons();
    const res = await clerk.req('POST', '/api/v1/employment-help/persons', file({ name: '', idNumber: '33108119950505777', group: 'retired', communityCode: '331002001001', registeredOn: '2026-12-01' }));
    expect(res.statusCode).toBe(400);
    expect(paths(res.body)).toEqual(['communityCode', 'group', 'idNumber', 'name', 'registeredOn']);
    expect((JSON.parse(res.body) as Errors).errors.find((e) => e.path === 'communityCode')!.message).toBe('社区（村）代码 331002001001 不在温岭市范围内（应以 331081 开头）');
    // A helper opens files only in their own communities.
    const mine = await other.req('POST', '/api/v1/employment-help/persons', file());
    expect(mine.statusCode).toBe(400);
    expect(JSON.parse(mine.body)).toMatchObject({ errors: [{ path: 'communityCode', message: '只能在本人负责的社区（村）建档' }] });
    expect(await persons()).toBe(before);
  });

  let id: number;
  it('keeps the ID number encrypted and masked, one file per number; the full number to a clerk, audited', async () => {
    const res = await clerk.req('POST', '/api/v1/employment-help/persons', file());
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<P.HelpPersonView>();
    id = v.id;
    expect(v).toMatchObject({ name: '测试人员', groupName: '未就业高校毕业生', regionName: '温岭市', communityName: EAST.name, statusName: '帮扶中', helperId: null });
    expect(v.idNumber).not.toContain('19950505');
    const row = await h.p.db.selectFrom('employment_help_persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.id_enc).not.toContain('19950505');
    const again = await clerk.req('POST', '/api/v1/employment-help/persons', file({ name: '另一人' }));
    expect(again.statusCode).toBe(409);
    expect(paths(again.body)).toEqual(['idNumber']);
    expect((await helper.req('POST', `/api/v1/employment-help/persons/${id}/reveal`, { purpose: '核对身份' })).statusCode).toBe(403);
    expect(paths((await clerk.req('POST', `/api/v1/employment-help/persons/${id}/reveal`, {})).body)).toEqual(['purpose']);
    const full = await clerk.req('POST', `/api/v1/employment-help/persons/${id}/reveal`, { purpose: '核对身份' });
    expect(full.json()).toEqual({ idNumber: idNo('19950505', '777') });
    const audit = await h.p.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'employment_help.reveal').execute();
    expect(audit).toEqual([{ action: 'employment_help.reveal', actor_id: clerk.user.userId }]);
  });

  it('is 404 to a helper outside its community and to another county’s clerk; the community’s helper sees it', async () => {
    for (const [method, url, body] of [['GET', `/api/v1/employment-help/persons/${id}`], ['GET', `/api/v1/employment-help/persons/${id}/matches`], ['POST', `/api/v1/employment-help/persons/${id}/contacts`, { contactedOn: '2026-11-01', way: 'phone', content: '联系' }], ['POST', `/api/v1/employment-help/persons/${id}/outcomes`, { kind: 'training', outcomeOn: '2026-11-01' }], ['PATCH', `/api/v1/employment-help/persons/${id}`, { skills: '焊工' }]] as const) {
      expect((await other.req(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
      expect((await kecheng.req(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await other.req('GET', '/api/v1/employment-help/persons')).json<P.HelpPersonView[]>().map((x) => x.id)).not.toContain(id);
    expect((await helper.req('GET', `/api/v1/employment-help/persons/${id}`)).statusCode).toBe(200);
    // A helper sees nothing of other modules' regional data.
    for (const url of ['/api/v1/persons', '/api/v1/applications', '/api/v1/enterprises', '/api/v1/visits', '/api/v1/enterprise-demands']) {
      const res = await helper.req('GET', url);
      const body = res.statusCode === 200 ? (res.json<{ items?: unknown[] } | unknown[]>()) : [];
      expect(Array.isArray(body) ? body : (body.items ?? []), url).toEqual([]);
    }
    expect((await helper.req('PATCH', `/api/v1/employment-help/persons/${id}`, { skills: '数控车床、焊工' })).json<P.HelpPersonView>().skills).toBe('数控车床、焊工');
  });

  it('reassignment ends the earlier helper and keeps it in the history; one active helper at a time', async () => {
    const assign = (helperId: number, c = clerk) => c.req('POST', `/api/v1/employment-help/persons/${id}/assign`, { helperId });
    expect((await assign(helper.user.userId)).statusCode).toBe(200);
    expect((await assign(helper.user.userId)).statusCode).toBe(409);
    // The second helper does not serve this community yet.
    const refused = await assign(otherId);
    expect(refused.statusCode).toBe(400);
    expect(paths(refused.body)).toEqual(['helperId']);
    expect((await assign(otherId, helper)).statusCode).toBe(403);
    expect((await assign(otherId, leader)).statusCode).toBe(404); // a Quzhou leader does not see 温岭
    await clerk.req('PUT', `/api/v1/employment-help/helpers/${otherId}/communities`, { communities: [FAR, EAST] });
    const res = await assign(otherId);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json<P.HelpCaseView>();
    expect(v.helperId).toBe(otherId);
    expect(v.assignments.map((a) => [a.helperId, a.assignedOn, a.endedOn])).toEqual([
      [helper.user.userId, '2026-11-23', '2026-11-23'],
      [otherId, '2026-11-23', null],
    ]);
    expect((await other.req('GET', '/api/v1/employment-help/persons?mine=1')).json<P.HelpPersonView[]>().map((x) => x.id)).toEqual([id]);
    expect((await helper.req('GET', '/api/v1/employment-help/persons?mine=1')).json<P.HelpPersonView[]>().map((x) => x.id)).not.toContain(id);
    const active = await h.p.db.selectFrom('employment_help_assignments').select('id').where('person_id', '=', id).where('ended_on', 'is', null).execute();
    expect(active).toHaveLength(1);
  });

  it('logs contacts within the file’s days and records outcomes by the rules', async () => {
    const contact = (b: Record<string, unknown>) => other.req('POST', `/api/v1/employment-help/persons/${id}/contacts`, b);
    const bad = await contact({ contactedOn: '2026-08-31', way: 'fax', content: '' });
    expect(paths(bad.body)).toEqual(['contactedOn', 'content', 'way']);
    expect((await contact({ contactedOn: '2026-11-24', way: 'phone', content: '回访' })).statusCode).toBe(400);
    expect((await contact({ contactedOn: '2026-10-05', way: 'visit', content: '上门了解求职意愿，推荐装配岗位' })).statusCode).toBe(200);
    const outcome = (b: Record<string, unknown>) => other.req('POST', `/api/v1/employment-help/persons/${id}/outcomes`, b);
    const early = await outcome({ kind: 'employed', outcomeOn: '2026-08-20', employer: '温岭泵业机电有限公司（合成）' });
    expect(early.statusCode).toBe(400);
    expect(JSON.parse(early.body)).toMatchObject({ errors: [{ path: 'outcomeOn', message: '结果日期不能早于建档日期（2026-09-01）' }] });
    expect(JSON.parse((await outcome({ kind: 'employed', outcomeOn: '2026-11-20' })).body)).toMatchObject({ errors: [{ path: 'employer', message: '实现就业须填写就业单位' }] });
    expect(paths((await outcome({ kind: 'closed', outcomeOn: '2026-11-20' })).body)).toEqual(['detail']);
    expect(paths((await outcome({ kind: 'training', outcomeOn: '2026-11-20', loanFen: 100 })).body)).toEqual(['loanFen']);
    expect((await h.p.db.selectFrom('employment_help_outcomes').select('id').where('person_id', '=', id).execute()).length).toBe(0);
    const ok = await outcome({ kind: 'employed', outcomeOn: '2026-11-20', employer: '温岭泵业机电有限公司（合成）' });
    expect(ok.statusCode, ok.body).toBe(200);
    const v = ok.json<P.HelpCaseView>();
    expect(v).toMatchObject({ status: 'employed', statusName: '已就业', contactCount: 1, lastContactOn: '2026-10-05' });
    expect(v.timeline.map((t) => t.on)).toEqual(['2026-09-01', '2026-11-20', '2026-11-23', '2026-11-23']);
    expect((await outcome({ kind: 'employed', outcomeOn: '2026-11-20', employer: '温岭泵业机电有限公司（合成）' })).statusCode).toBe(409);
    // Closed: nothing more is logged.
    expect((await outcome({ kind: 'closed', outcomeOn: '2026-11-22', detail: '稳定就业满三个月' })).statusCode).toBe(200);
    expect((await contact({ contactedOn: '2026-11-22', way: 'phone', content: '回访' })).statusCode).toBe(409);
  });

  it('counts the new contact in October and the employment in November', async () => {
    const f = (await clerk.req('GET', '/api/v1/employment-help/figures?year=2026')).json<P.HelpFigures>();
    expect(f.rows).toEqual([
      { region: 'wenling', regionName: '温岭市', month: '2026-09', served: 0, contacts: 0, helped: 1, employed: 0 },
      { region: 'wenling', regionName: '温岭市', month: '2026-10', served: 1, contacts: 1, helped: 2, employed: 0 },
      { region: 'wenling', regionName: '温岭市', month: '2026-11', served: 2, contacts: 3, helped: 1, employed: 2 },
    ]);
    expect(f.totals[0]).toMatchObject({ served: 3, contacts: 4, helped: 4, employed: 2 });
  });
});

describe('job matching', () => {
  it('lists the open demands of the city the person meets, with degree, major and county reasons', async () => {
    const list = (await helper.req('GET', '/api/v1/employment-help/persons?mine=1')).json<P.HelpPersonView[]>();
    const chen = list.find((x) => x.name.startsWith('陈晓东'))!;
    const m = (await helper.req('GET', `/api/v1/employment-help/persons/${chen.id}/matches`)).json<P.JobMatch[]>();
    expect(m.map((x) => [x.post, x.score])).toEqual([['水泵装配技术员', 3], ['仓储物流专员', 3]]);
    expect(m[0]!.reasons.map((r) => r.text)).toEqual(['学历符合（要求大专，本人大专）', '专业相符（要求机械设计制造及其自动化，本人机械设计制造及其自动化）', '同在温岭市']);
    // 柯城's demands (衢州) are not offered to a 温岭 person; a master's post is above a 大专.
    expect(m.every((x) => x.region === 'wenling')).toBe(true);
    const wang = list.find((x) => x.name.startsWith('王丽娟'))!;
    const w = (await helper.req('GET', `/api/v1/employment-help/persons/${wang.id}/matches`)).json<P.JobMatch[]>();
    expect(w.map((x) => x.post)).toEqual(['仓储物流专员']);
  });
});
