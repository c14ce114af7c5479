// The 乡土人才 three-level database through the API, against PGlite in memory or (DATABASE_URL) a
// real PostgreSQL server: a talent at each level with township and village codes; a village not
// under the township, a township outside the county and other bad input refused by field; training
// recorded once per course and day; counts by level and speciality; item 9.3's 村播 figures read
// from the records; other counties' clerks and other roles answered 404; a full read
// of the ID number audited.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDigit } from '@rencai/domain';
import type * as P from '@rencai/platform';
import { villageAnchorsEntered, villageLiveTrainings } from '@rencai/platform';
import { ok, startHarness, type Client, type Harness } from './harness.js';

let h: Harness;
let kaihua: Client, kecheng: Client, city: Client, leader: Client, talent: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 5 });
  [kaihua, kecheng, city, leader, talent] = (await Promise.all(['clerk_kaihua', 'clerk_kecheng', 'clerk_city', 'leader', 'talent'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const idOf = (seq: number) => `33082419800101${String(seq).padStart(3, '0')}` + checkDigit(`33082419800101${String(seq).padStart(3, '0')}`);
type Errors = { errors: Array<{ path: string; message: string }> };
const person = (over: Record<string, unknown> = {}) => ({ name: '测试乡土人才', idNumber: idOf(701), region: 'kaihua', level: 'village', townshipCode: '330824102', townshipName: '齐溪镇', villageCode: '330824102203', villageName: '测试村', speciality: 'village_live', enteredOn: '2026-09-01', ...over });
const count = async () => Number((await h.p.db.selectFrom('rural_talents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('the three-level database', () => {
  let t: P.RuralTalentView;
  it('records a village-level talent under its township and county, masked', async () => {
    t = await ok<P.RuralTalentView>(kaihua.req('POST', '/api/v1/rural-talents', person()));
    expect(t).toMatchObject({ regionName: '开化县', levelLabel: '村级', townshipCode: '330824102', villageCode: '330824102203', specialityLabel: '村播', trainings: 0 });
    expect(t.idNumber).toMatch(/^330824\*{8}/);
  });

  it('refuses a village not under the township, a township outside the county and other bad input, by field', async () => {
    const n = await count();
    const cases: Array<[Record<string, unknown>, string[], string]> = [
      [person({ idNumber: idOf(702), villageCode: '330824101203' }), ['villageCode'], '该村（社区）不属于所填乡镇（街道）齐溪镇：村代码前 9 位应为 330824102'],
      [person({ idNumber: idOf(702), townshipCode: '330802102', villageCode: '330802102203' }), ['townshipCode'], '该乡镇（街道）代码不属于开化县（应以 330824 开头）'],
      [person({ idNumber: idOf(702), villageCode: '', villageName: '' }), ['villageCode'], '村级乡土人才请填写所在村（社区）代码'],
      [person({ idNumber: idOf(702), level: 'city', speciality: '唱歌', enteredOn: '2026-12-01' }), ['level', 'speciality', 'enteredOn'], '层级应为 县级、乡（镇）级、村级 之一'],
      [person({ idNumber: idOf(702), region: 'kecheng', townshipCode: '', villageCode: '', level: 'county' }), ['region'], '只能登记本人管辖县（市、区）的乡土人才'],
    ];
    for (const [body, paths, first] of cases) {
      const res = await kaihua.req('POST', '/api/v1/rural-talents', body);
      expect(res.statusCode, res.body).toBe(400);
      const errs = res.json<Errors>().errors;
      expect(errs.map((e) => e.path)).toEqual(paths);
      expect(errs[0]!.message).toBe(first);
    }
    expect((await kaihua.req('POST', '/api/v1/rural-talents', person())).statusCode).toBe(409);
    expect(await count()).toBe(n);
  });

  it('records training once per course and day, refusing bad hours', async () => {
    const a = await ok<P.RuralTalentView>(kaihua.req('POST', `/api/v1/rural-talents/${t.id}/trainings`, { course: '村播学院直播培训', trainedOn: '2026-10-10', hours: 16 }));
    expect(a).toMatchObject({ trainings: 1, trainingHours: 16 });
    expect(a.trainingList![0]).toMatchObject({ specialityLabel: '村播', trainedOn: '2026-10-10', hours: 16 });
    await ok(kaihua.req('POST', `/api/v1/rural-talents/${t.id}/trainings`, { course: '村播学院直播进阶', trainedOn: '2025-06-01', hours: 8 }));
    expect((await kaihua.req('POST', `/api/v1/rural-talents/${t.id}/trainings`, { course: '村播学院直播培训', trainedOn: '2026-10-10', hours: 16 })).statusCode).toBe(409);
    expect((await kaihua.req('POST', `/api/v1/rural-talents/${t.id}/trainings`, { course: '村播', trainedOn: '2026-10-11', hours: 0.5 })).json<Errors>().errors.map((e) => e.path)).toEqual(['hours']);
  });

  it('answers 404 to another county’s clerk and to other roles; audits a full read', async () => {
    expect((await kecheng.req('GET', `/api/v1/rural-talents/${t.id}`)).statusCode).toBe(404);
    expect((await kecheng.req('POST', `/api/v1/rural-talents/${t.id}/trainings`, { course: '村播学院直播培训', trainedOn: '2026-10-12', hours: 4 })).statusCode).toBe(404);
    expect((await kecheng.req('GET', '/api/v1/rural-talents')).json()).toEqual([]);
    expect((await talent.req('GET', '/api/v1/rural-talents')).statusCode).toBe(404);
    expect((await talent.req('GET', `/api/v1/rural-talents/${t.id}`)).statusCode).toBe(404);
    expect((await city.req('GET', `/api/v1/rural-talents/${t.id}`)).statusCode).toBe(200);
    expect((await leader.req('POST', `/api/v1/rural-talents/${t.id}/reveal`, { purpose: '核实' })).statusCode).toBe(403);
    expect((await ok<{ value: string }>(kaihua.req('POST', `/api/v1/rural-talents/${t.id}/reveal`, { purpose: '核实身份' }))).value).toBe(idOf(701));
    expect(await h.p.db.selectFrom('audit_log').select('seq').where('action', '=', 'rural_talent.reveal').where('entity_id', '=', String(t.id)).execute()).toHaveLength(1);
  });
});

describe('counts and the work list', () => {
  it('counts talents by level and speciality and training by year (the demo’s three and the test’s one)', async () => {
    const c = await ok<P.RuralCounts>(kaihua.req('GET', '/api/v1/rural-talents/counts'));
    expect(c.total).toBe(4);
    expect(c.byLevel.map((l) => [l.levelLabel, l.total])).toEqual([['县级', 1], ['乡（镇）级', 1], ['村级', 2]]);
    expect(c.byLevel[2]!.bySpeciality).toEqual({ village_live: 2 });
    expect(c.bySpeciality.find((s) => s.label === '村播')!.total).toBe(2);
    expect(c.trainingByYear).toEqual([
      { year: '2026', personTimes: 3, hours: 56, villageLivePersonTimes: 2, villageAnchors: 2 },
      { year: '2025', personTimes: 1, hours: 8, villageLivePersonTimes: 1, villageAnchors: 0 },
    ]);
    expect(c.note).toContain('下限');
    expect((await kecheng.req('GET', '/api/v1/rural-talents/counts')).json<P.RuralCounts>().total).toBe(0);
  });

  it('gives item 9.3’s 村播 training person-times and 乡村主播 by day and county', async () => {
    const trained = await villageLiveTrainings(h.p.db, '2026-01-01', '2026-12-31');
    expect(trained).toEqual(expect.arrayContaining([{ on: '2026-10-10', region: 'kaihua' }, { on: '2026-06-08', region: 'kaihua' }]));
    expect(trained).toHaveLength(2);
    expect(await villageAnchorsEntered(h.p.db, '2026-01-01', '2026-12-31')).toHaveLength(2);
    expect(await villageAnchorsEntered(h.p.db, '2025-01-01', '2025-12-31')).toHaveLength(0);
  });
});
