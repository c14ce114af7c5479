// Leaders' contact with high-level talents (领导联系服务高层次人才) through the API, against PGlite in memory
// or (DATABASE_URL) a real PostgreSQL server: a leader sees only the talents assigned to them (another
// leader, or a talent, gets 404); a person outside art. 19's tiers is refused with the reason; a
// contact dated before the assignment is refused on its field; a problem raised about a talent of a
// verified enterprise goes into the problem pool, one about another talent into this module's list;
// coverage counts; service teams count what they solved; the survey is answered once a year and its
// results hide counties with fewer than 5 answers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigit } from '@rencai/domain';
import * as P from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let clerk: Client, leader: Client, kaihuaLeader: Client, talent: Client, talentJj: Client, kechengClerk: Client;

beforeAll(async () => {
  h = await startHarness({ persons: 20 });
  await P.createUser(h.p, { username: 'leader_kaihua', password: P.DEMO_PASSWORD, displayName: '开化县领导（测试）', role: 'leader', region: 'kaihua' }, null, { demo: true });
  [clerk, leader, kaihuaLeader, talent, talentJj, kechengClerk] = (await Promise.all(['clerk_city', 'leader', 'leader_kaihua', 'talent', 'talent_jiaojiang', 'clerk_kecheng'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

type Errors = { error: string; errors: Array<{ path: string; message: string }> };
const errs = (body: string) => (JSON.parse(body) as Errors).errors;

describe('assignments and scoping', () => {
  it('shows a leader their own talents only; another leader and a talent get 404', async () => {
    const mine = (await leader.req('GET', '/api/v1/leader-contact/talents')).json<P.AssignedTalentView[]>();
    expect(mine.map((t) => t.personId)).toContain(talent.user.personId);
    expect(mine.every((t) => t.leaderId === leader.user.userId)).toBe(true);
    expect(mine[0]!.idNumberMasked).toMatch(/\*/);
    const id = talent.user.personId!;
    expect((await kaihuaLeader.req('GET', '/api/v1/leader-contact/talents')).json()).toEqual([]);
    expect((await kaihuaLeader.req('GET', `/api/v1/leader-contact/talents/${id}`)).statusCode).toBe(404);
    expect((await kaihuaLeader.req('POST', `/api/v1/leader-contact/talents/${id}/contacts`, { contactedOn: '2026-11-20', way: 'phone', content: '电话' }, { 'idempotency-key': 'test-foreign-1' })).statusCode).toBe(404);
    expect((await talent.req('GET', '/api/v1/leader-contact/talents')).statusCode).toBe(404);
    expect((await leader.req('GET', `/api/v1/leader-contact/talents/${id}`)).json()).toMatchObject({ personId: id, regionName: '柯城区' });
  });

  it('refuses a person outside art. 19 tiers with the reason, and a leader not overseeing the county', async () => {
    const recognised = (await h.p.db.selectFrom('recognitions').select('person_id').execute()).map((r) => r.person_id);
    const plain = (await h.p.db.selectFrom('persons').select('id').where('region', '=', 'kecheng').where('id', 'not in', recognised).executeTakeFirstOrThrow()).id;
    const res = await clerk.req('POST', '/api/v1/leader-contact/assignments', { personId: plain, leaderId: leader.user.userId });
    expect(res.statusCode).toBe(400);
    expect(errs(res.body)).toEqual([{ path: 'personId', message: expect.stringContaining('不属于高层次人才（第19条所列层次）') }]);
    const wrong = await clerk.req('POST', '/api/v1/leader-contact/assignments', { personId: talent.user.personId, leaderId: kaihuaLeader.user.userId });
    expect(errs(wrong.body)).toEqual([{ path: 'leaderId', message: '所选账号不是分管柯城区的领导' }]);
    // 柯城区's clerk cannot reach a person of 开化县 at all.
    const kaihuaPerson = (await h.p.db.selectFrom('persons').select('id').where('region', '=', 'kaihua').executeTakeFirstOrThrow()).id;
    expect((await kechengClerk.req('POST', '/api/v1/leader-contact/assignments', { personId: kaihuaPerson, leaderId: leader.user.userId })).statusCode).toBe(404);
  });
});

describe('contacts and problems', () => {
  let poolTalent: number;
  beforeAll(async () => {
    // A PhD employed by the verified demo enterprise, recognised, assigned today.
    const ent = (await clerk.req('GET', '/api/v1/enterprises')).json<P.EnterpriseView[]>().find((e) => e.state === 'verified' && e.region === 'kecheng' && e.employerId)!;
    const body = '33080219880606321';
    const made = await clerk.req('POST', '/api/v1/persons', { idNumber: body + checkDigit(body), name: '周博文', region: 'kecheng', employerId: ent.employerId, education: [{ degree: 'phd', fullTime: true }], employment: [{ employerId: ent.employerId, region: 'kecheng', fullTime: true, start: '2024-01-01', post: 'other' }], housing: { hasPurchased: false } });
    expect(made.statusCode, made.body).toBe(201);
    poolTalent = made.json<{ id: number }>().id;
    await P.recordRecognition(h.p.db, { personId: poolTalent, qualifications: [{ code: 'phd_fulltime' }], basis: '测试：学历认定', validFrom: '2024-01-01', recognisedBy: clerk.user.userId });
    const res = await clerk.req('POST', '/api/v1/leader-contact/assignments', { personId: poolTalent, leaderId: leader.user.userId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ assignedOn: '2026-11-23', leaderId: leader.user.userId });
  });

  it('refuses a contact dated before the assignment or in the future, by field, saving nothing', async () => {
    const before = await h.p.db.selectFrom('leader_contacts').select('id').execute();
    const early = await leader.req('POST', `/api/v1/leader-contact/talents/${poolTalent}/contacts`, { contactedOn: '2026-11-01', way: 'visit', content: '走访' }, { 'idempotency-key': 'test-early-1' });
    expect(early.statusCode).toBe(400);
    expect(errs(early.body)).toEqual([{ path: 'contactedOn', message: '联系日期不能早于安排联系的日期（2026-11-23）' }]);
    const bad = await leader.req('POST', `/api/v1/leader-contact/talents/${poolTalent}/contacts`, { contactedOn: '2026-11-24', way: 'fax', content: '', problems: [{ category: 'x', description: '短' }] }, { 'idempotency-key': 'test-bad-1' });
    expect(errs(bad.body).map((e) => e.path).sort()).toEqual(['contactedOn', 'content', 'problems[0].category', 'problems[0].description', 'way']);
    expect(await h.p.db.selectFrom('leader_contacts').select('id').execute()).toEqual(before);
  });

  it('puts a problem of a verified enterprise’s talent into the pool, another talent’s into its own list; once per request id', async () => {
    // The work list's item 14.1 shows the contacts the platform records, beside its milestones.
    const recorded = async () => (await leader.req('GET', '/api/v1/worklist/items')).json<{ items: Array<{ itemNo: string; records: Array<{ id: string; total: number }> }> }>().items.find((i) => i.itemNo === '14.1')!.records.find((r) => r.id === 'leader_contacts')!.total;
    const recordedBefore = await recorded();
    const send = () => leader.req('POST', `/api/v1/leader-contact/talents/${poolTalent}/contacts`, { contactedOn: '2026-11-23', way: 'forum', content: '企业人才座谈', problems: [{ category: 'housing', description: '新引进博士租房困难，希望增加人才公寓' }] }, { 'idempotency-key': 'test-pool-1' });
    const res = await send();
    expect(res.statusCode, res.body).toBe(200);
    const k = res.json<P.LeaderContactView>();
    expect(k.problems).toMatchObject([{ where: 'pool', stateLabel: '已转企业问题池办理', categoryLabel: '住房' }]);
    const pool = await h.p.db.selectFrom('enterprise_problems').selectAll().where('id', '=', k.problems[0]!.poolProblemId!).executeTakeFirstOrThrow();
    expect(pool).toMatchObject({ category: 'housing', state: 'assigned', description: '新引进博士租房困难，希望增加人才公寓' });
    expect((await send()).json<P.LeaderContactView>().id).toBe(k.id);
    expect(await h.p.db.selectFrom('leader_contacts').select('id').where('person_id', '=', poolTalent).execute()).toHaveLength(1);

    const own = await leader.req('POST', `/api/v1/leader-contact/talents/${talent.user.personId}/contacts`, { contactedOn: '2026-11-22', way: 'phone', content: '电话了解情况', problems: [{ category: 'policy', description: '安家补贴何时到账，请协调' }] }, { 'idempotency-key': 'test-own-1' });
    expect(own.json<P.LeaderContactView>().problems).toMatchObject([{ where: 'own', state: 'open', stateLabel: '待解决', poolProblemId: null }]);
    expect((await recorded()) - recordedBefore).toBe(2);
    const audit = await h.p.db.selectFrom('audit_log').select('action').where('action', '=', 'leader_contact.record').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('lets a clerk solve an own-list problem by a team, and counts it for the team; a pool problem cannot be solved here', async () => {
    const problems = (await clerk.req('GET', '/api/v1/leader-contact/problems?state=open')).json<P.ContactProblemView[]>();
    const target = problems.find((x) => x.description === '安家补贴何时到账，请协调')!;
    const team = (await clerk.req('GET', '/api/v1/leader-contact/teams')).json<P.TeamView[]>().find((t) => t.region === 'kecheng')!;
    const res = await clerk.req('POST', `/api/v1/leader-contact/problems/${target.id}/solve`, { answer: '已协调财政局，本月发放', teamId: team.id });
    expect(res.json()).toMatchObject({ state: 'solved', stateLabel: '已解决', solvedOn: '2026-11-23', teamId: team.id });
    const after = (await clerk.req('GET', '/api/v1/leader-contact/teams')).json<P.TeamView[]>().find((t) => t.id === team.id)!;
    expect(after.ownSolved).toBe(team.ownSolved + 1);
    const poolOne = (await clerk.req('GET', '/api/v1/leader-contact/problems')).json<P.ContactProblemView[]>().find((x) => x.where === 'pool')!;
    expect((await clerk.req('POST', `/api/v1/leader-contact/problems/${poolOne.id}/solve`, { answer: '答复' })).statusCode).toBe(409);
    // Link the pool problem to the team: counted there; a second link refused.
    const linked = await clerk.req('POST', `/api/v1/leader-contact/teams/${team.id}/pool-problems`, { problemId: poolOne.poolProblemId });
    expect(linked.json<P.TeamView>().poolProblems).toBe(team.poolProblems + 1);
    expect((await clerk.req('POST', `/api/v1/leader-contact/teams/${team.id}/pool-problems`, { problemId: poolOne.poolProblemId })).statusCode).toBe(409);
  });

  it('counts coverage by county and leader for the year', async () => {
    const cov = (await clerk.req('GET', '/api/v1/leader-contact/coverage?year=2026')).json<{ byCounty: P.LeaderCoverageRow[]; byLeader: P.LeaderCoverageRow[]; total: P.LeaderCoverageRow }>();
    const kc = cov.byCounty.find((r) => r.key === 'kecheng')!;
    const active = await h.p.db.selectFrom('leader_assignments').select('person_id').where('region', '=', 'kecheng').where('ended_on', 'is', null).execute();
    expect(kc.assigned).toBe(active.length);
    expect(kc.contacted).toBe(active.length); // every assigned talent of the demo and the test was contacted
    expect(kc.share).toBe(100);
    expect(kc.quarters[3]).toBe(active.length);
    expect(cov.byLeader.map((r) => r.label)).toEqual(['市领导（驾驶舱）']);
    await expect(P.leaderContacts(h.p.db, '2026-11-22', '2026-11-23')).resolves.toEqual([{ on: '2026-11-22', region: 'kecheng' }, { on: '2026-11-23', region: 'kecheng' }]);
  });
});

describe('satisfaction survey', () => {
  it('is answered once per year by a talent; a second answer is refused on the year', async () => {
    expect((await talentJj.req('GET', '/api/v1/leader-contact/surveys/mine')).json()).toMatchObject({ answered: false, survey: { year: 2026 } });
    const bad = await talentJj.req('POST', '/api/v1/leader-contact/surveys/answers', { year: 2026, overall: 'great', items: { policy_cash: 'satisfied' } });
    expect(errs(bad.body).map((e) => e.path).sort()).toEqual(['items.environment', 'items.services', 'overall']);
    const answer = { year: 2026, overall: 'satisfied', items: { policy_cash: 'satisfied', services: 'very_satisfied', environment: 'basic' }, comment: '' };
    expect((await talentJj.req('POST', '/api/v1/leader-contact/surveys/answers', answer)).statusCode).toBe(200);
    const again = await talentJj.req('POST', '/api/v1/leader-contact/surveys/answers', answer);
    expect(again.statusCode).toBe(409);
    expect(errs(again.body)).toEqual([{ path: 'year', message: '2026 年的满意度调查每人只能填写一次，您已填写' }]);
    expect((await talentJj.req('GET', '/api/v1/leader-contact/surveys/mine')).json()).toMatchObject({ answered: true });
    expect((await clerk.req('POST', '/api/v1/leader-contact/surveys', { year: 2026 })).statusCode).toBe(409);
  });

  it('shows results by county with 样本不足 below 5 answers and never who answered', async () => {
    // Every talent of 柯城区 answers: the demo talent through the page's API, the others (and the test's PhD) through the service.
    const answer = { year: 2026, overall: 'unsatisfied', items: { policy_cash: 'unsatisfied', services: 'satisfied', environment: 'basic' }, comment: '测试意见' };
    expect((await talent.req('POST', '/api/v1/leader-contact/surveys/answers', answer)).statusCode).toBe(200);
    const answered = (await h.p.db.selectFrom('satisfaction_answers').select('respondent_person_id').execute()).map((a) => a.respondent_person_id);
    for (const x of await h.p.db.selectFrom('persons').select('id').where('region', '=', 'kecheng').where('id', 'not in', answered).execute())
      await P.answerSurvey(h.p, { userId: clerk.user.userId, username: 'x', displayName: 'x', role: 'talent', region: 'kecheng', department: null, personId: x.id, employerId: null }, { ...answer, overall: 'very_satisfied' });
    const r = (await clerk.req('GET', '/api/v1/leader-contact/surveys/2026/results')).json<{ rows: P.ResultRow[]; total: P.ResultRow }>();
    const answers = await h.p.db.selectFrom('satisfaction_answers').select(['region', 'overall']).execute();
    let shown = 0;
    let hidden = 0;
    for (const row of r.rows) {
      const mine = answers.filter((a) => a.region === row.region);
      const good = mine.filter((a) => a.overall === 'very_satisfied' || a.overall === 'satisfied').length;
      expect(row.responses).toBe(mine.length);
      if (mine.length >= 5) {
        shown += 1;
        expect(row).toMatchObject({ insufficient: false, share: Math.round((good / mine.length) * 1000) / 10 });
        expect(row.comments).toContain('测试意见');
      } else {
        hidden += 1;
        expect(row).toMatchObject({ insufficient: true, share: null, comments: [], items: [{ share: null }, { share: null }, { share: null }] });
      }
    }
    expect([shown > 0, hidden > 0]).toEqual([true, true]);
    // The total is hidden when the hidden counties together hold fewer than 5 (it would give them away).
    const hiddenAnswers = r.rows.filter((x) => x.insufficient).reduce((n, x) => n + x.responses, 0);
    expect(r.total.insufficient).toBe(hiddenAnswers < 5);
    expect(r.total.share === null).toBe(hiddenAnswers < 5);
    // 椒江's answer is outside the city clerk's regions.
    expect(r.rows.some((x) => x.region === 'jiaojiang')).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/personId|respondent/);
    expect((await talent.req('GET', '/api/v1/leader-contact/surveys/2026/results')).statusCode).toBe(404);
  });
});
