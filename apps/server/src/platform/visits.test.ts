// Cadres' visits to enterprises (走访) through the API, against PGlite in memory or (DATABASE_URL) a
// real PostgreSQL server: a visit with two problems found puts both into the pool, linked to the
// visit and sent to their departments; the same request sent again answers the same visit and adds
// nothing; bad input is refused by field with nothing saved; another county's enterprise or visit
// is 404; coverage per county and year counts visited enterprises, 大中型 ones, visits and problems;
// a cadre's own list; the .xlsx export is formula-safe.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import * as P from '@rencai/platform';
import { startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let kecheng: Client, kaihua: Client, city: Client, housing: Client, hrss: Client, enterprise: Client;
let entId: number;
beforeAll(async () => {
  h = await startHarness({ persons: 10 });
  [kecheng, kaihua, city, housing, hrss, enterprise] = (await Promise.all(['clerk_kecheng', 'clerk_kaihua', 'clerk_city', 'review_housing', 'review_hrss', 'enterprise'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client];
  const e = (await kecheng.req('GET', '/api/v1/visits/enterprises')).json<Array<{ id: number; name: string }>>();
  entId = e.find((x) => x.name.startsWith('衢州氟硅新材料'))!.id;
  // The demo enterprise registered on 2026-01-05 (the platform's today is 2026-11-23).
  await h.p.db.updateTable('enterprises').set({ created_at: new Date('2026-01-05T02:00:00Z') }).where('id', '=', entId).execute();
}, 120_000);
afterAll(async () => h?.close());

type Errors = { errors: Array<{ path: string; message: string }> };
const visit = (over: Record<string, unknown> = {}) => ({
  enterpriseId: entId,
  visitedOn: '2026-11-20',
  companions: ['张干事'],
  topics: ['problems', 'policy'],
  notes: '=HYPERLINK("http://x") 企业反映两项诉求',
  problems: [
    { category: 'housing', description: '新引进硕士三名，希望安排人才公寓' },
    { category: 'talent', description: '急需招聘高分子材料工程师两名' },
  ],
  ...over,
});
const count = async (table: 'visits' | 'enterprise_problems') => Number((await h.p.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('recording a visit', () => {
  let v: P.VisitView;
  it('puts the two problems found into the pool, linked to the visit, each sent to its department', async () => {
    const res = await kecheng.req('POST', '/api/v1/visits', visit(), { 'idempotency-key': 'visit-test-0001' });
    expect(res.statusCode, res.body).toBe(200);
    v = res.json<P.VisitView>();
    expect(v).toMatchObject({ enterpriseId: entId, regionName: '柯城区', visitedOn: '2026-11-20', recordedBy: '柯城区人才办经办人员', companions: ['张干事'], topicLabels: ['问题收集', '政策宣讲'] });
    expect(v.problems!.map((x) => [x.categoryLabel, x.departmentName, x.state, x.raisedOn, x.enterpriseId])).toEqual([
      ['住房', '住建局', 'assigned', '2026-11-23', entId],
      ['人才招引', '人力社保局', 'assigned', '2026-11-23', entId],
    ]);
    expect(v.problemIds).toEqual(v.problems!.map((x) => x.id));
    // In the pool: the department sees it, its history names the visit; the enterprise sees its problem and is told.
    const one = (await housing.req('GET', `/api/v1/enterprise-problems/${v.problemIds[0]}`)).json<P.ProblemView>();
    expect(one.history![0]!.reason).toContain('2026-11-20 走访衢州氟硅新材料有限公司（合成）时发现（柯城区人才办经办人员登记）');
    expect((await hrss.req('GET', `/api/v1/enterprise-problems/${v.problemIds[1]}`)).statusCode).toBe(200);
    expect((await hrss.req('GET', `/api/v1/enterprise-problems/${v.problemIds[0]}`)).statusCode).toBe(404);
    expect((await enterprise.req('GET', '/api/v1/enterprise-problems')).json<P.ProblemView[]>().map((x) => x.id)).toEqual(expect.arrayContaining(v.problemIds));
    const told = await h.p.db.selectFrom('messages').select('text').where('user_id', '=', enterprise.user.userId).where('text', 'like', '2026-11-20 走访%').execute();
    expect(told).toHaveLength(2);
    expect(await h.p.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'visit.record').where('entity_id', '=', String(v.id)).execute()).toHaveLength(1);
  });

  it('answers the same visit when the submission is sent again, adding nothing', async () => {
    const [visits, problems] = [await count('visits'), await count('enterprise_problems')];
    const again = await kecheng.req('POST', '/api/v1/visits', visit({ notes: '改了内容也一样' }), { 'idempotency-key': 'visit-test-0001' });
    expect(again.statusCode).toBe(200);
    expect(again.json<P.VisitView>()).toMatchObject({ id: v.id, problemIds: v.problemIds });
    expect([await count('visits'), await count('enterprise_problems')]).toEqual([visits, problems]);
  });

  it('refuses bad input by field, in Chinese, saving nothing', async () => {
    const [visits, problems] = [await count('visits'), await count('enterprise_problems')];
    const cases: Array<[Record<string, unknown>, string[], string]> = [
      [visit({ visitedOn: '2026-11-24' }), ['visitedOn'], '走访日期不能晚于今天（2026-11-23）'],
      [visit({ visitedOn: '2026-01-04' }), ['visitedOn'], '走访日期不能早于该企业在本平台注册的日期（2026-01-05）'],
      [visit({ topics: ['chat'] }), ['topics'], '走访主题只能从：政策宣讲、人才需求、问题收集、项目跟踪、其他 中选择'],
      [visit({ enterpriseId: undefined, topics: [] }), ['enterpriseId', 'topics'], '请选择走访的企业'],
      [visit({ problems: [{ category: 'housing', description: '公寓' }, { category: '融资', description: '融资需要协调对接' }] }), ['problems[0].description', 'problems[1].category'], '请描述问题（5–2000 字）'],
    ];
    for (const [body, paths, first] of cases) {
      const res = await kecheng.req('POST', '/api/v1/visits', body, { 'idempotency-key': `visit-bad-${paths.join('-').replace(/[^a-z0-9]/gi, '')}` });
      expect(res.statusCode, res.body).toBe(400);
      const errs = res.json<Errors>().errors;
      expect(errs.map((e) => e.path)).toEqual(paths);
      expect(errs[0]!.message).toBe(first);
    }
    expect((await kecheng.req('POST', '/api/v1/visits', visit())).json<Errors>().errors[0]!.path).toBe('requestId');
    expect([await count('visits'), await count('enterprise_problems')]).toEqual([visits, problems]);
  });

  it('answers 404 for another county’s enterprise or visit, and to an enterprise', async () => {
    expect((await kaihua.req('POST', '/api/v1/visits', visit(), { 'idempotency-key': 'visit-kaihua-01' })).statusCode).toBe(404);
    expect((await kaihua.req('GET', `/api/v1/visits/${v.id}`)).statusCode).toBe(404);
    expect((await kaihua.req('GET', '/api/v1/visits')).json()).toEqual([]);
    expect((await kaihua.req('GET', '/api/v1/visits/enterprises')).json<Array<{ id: number }>>().map((e) => e.id)).not.toContain(entId);
    expect((await enterprise.req('GET', `/api/v1/visits/${v.id}`)).statusCode).toBe(404);
    expect((await enterprise.req('GET', '/api/v1/visits')).statusCode).toBe(404);
    expect((await city.req('GET', `/api/v1/visits/${v.id}`)).statusCode).toBe(200);
  });
});

describe('coverage and a cadre’s own list', () => {
  it('counts enterprises visited, 大中型 ones, visits and problems per county; lists a cadre’s own visits', async () => {
    // A second visit, by the city's clerk, with no problems; and a visit last year.
    const mine = await city.req('POST', '/api/v1/visits', visit({ problems: [], topics: ['demand'], companions: undefined }), { 'idempotency-key': 'visit-city-0001' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect((await city.req('GET', '/api/v1/visits?mine=1')).json<P.VisitView[]>().map((x) => x.id)).toEqual([mine.json<P.VisitView>().id]);
    const cov = (await kecheng.req('GET', '/api/v1/visits/coverage?year=2026')).json<P.Coverage>();
    // 柯城区: one verified enterprise (medium; the pending one is not counted); the demo's two visits (one problem) and the two here (two problems).
    expect(cov.rows).toEqual([{ region: 'kecheng', regionName: '柯城区', enterprises: 1, visited: 1, share: 100, largeMedium: 1, largeMediumVisited: 1, largeMediumShare: 100, visits: 4, problems: 3 }]);
    expect(cov.note).toContain('规上企业走访覆盖率无法确定');
    const last = (await kecheng.req('GET', '/api/v1/visits/coverage?year=2025')).json<P.Coverage>();
    expect(last.rows[0]).toMatchObject({ enterprises: 1, visited: 0, share: 0, visits: 0 });
    const all = (await city.req('GET', '/api/v1/visits/coverage?year=2026')).json<P.Coverage>();
    expect(all.rows.find((r) => r.region === 'kaihua')).toMatchObject({ enterprises: 0, share: null, visits: 0 });
    expect(all.total).toMatchObject({ visited: 1, visits: 4, problems: 3 });
  });

  it('exports the visits and the coverage formula-safe', async () => {
    const res = await kecheng.req('GET', '/api/v1/visits/export?year=2026');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const notes = wb.getWorksheet('走访记录')!.getColumn(7).values;
    expect(notes).toContain('\'=HYPERLINK("http://x") 企业反映两项诉求');
    expect(wb.getWorksheet('走访覆盖')!.getRow(3).values).toEqual([undefined, '柯城区', 1, 1, '100%', 1, 1, '100%', 4, 3]);
    expect((await enterprise.req('GET', '/api/v1/visits/export')).statusCode).toBe(404);
  });
});
