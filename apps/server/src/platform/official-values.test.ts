// Official values through the API, against PGlite in memory or (DATABASE_URL) a real PostgreSQL
// server: who may enter and confirm them, Chinese errors naming each bad field, a second official
// who has seen the decisions the value would change, the public calculator and new decisions using
// the confirmed value (no longer an example), old receipts reproducing with their own versions, a
// correction superseding without overwriting, rejections, audit, the database's own guards, and
// the values surviving a restart.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '@rencai/engine';
import { createPlatform, keepOfficialValuesCurrent, loadOfficialValues, syncOfficialValues } from '@rencai/platform';
import { loadPolicies, officialValues, setOfficialValues } from '@rencai/policies';
import { calculateRequest } from '@rencai/services';
import { verifyAudit } from '@rencai/store';
import { startHarness, multipart, TODAY, type Client, type Harness } from './harness.js';

let h: Harness;
let admin: Client, cityClerk: Client, kechengClerk: Client, kaihuaClerk: Client, talent: Client, leader: Client, housing: Client, finance: Client;
beforeAll(async () => {
  h = await startHarness({ persons: 40 });
  [admin, cityClerk, kechengClerk, kaihuaClerk, talent, leader, housing, finance] = (await Promise.all(['admin', 'clerk_city', 'clerk_kecheng', 'clerk_kaihua', 'talent', 'leader', 'review_housing', 'review_finance'].map((u) => h.login(u)))) as [Client, Client, Client, Client, Client, Client, Client, Client];
}, 120_000);
afterAll(async () => h?.close());

const PRICE = 'housing_price.urban_new_home_avg';
const SOURCE = { doc: '衢州市住房和城乡建设局 2026 年上半年房地产市场运行情况', article: '二、（一）', text: '2026 年上半年市区新建商品住宅成交均价 12,880 元/平方米' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const errorsOf = (res: { body: string; json: () => unknown }) => {
  expect(res.body).not.toMatch(/\bat .*:\d+:\d+/);
  return res.json() as { error: string; errors: Array<{ path: string; message: string }> };
};

/** Recognised full-time PhDs with no application yet (60 ㎡ under art. 20 item 3). */
async function freePhds(n: number): Promise<Array<{ id: number }>> {
  const rows = await h.p.db
    .selectFrom('persons')
    .innerJoin('recognitions', 'recognitions.person_id', 'persons.id')
    .select(['persons.id', 'recognitions.qualifications'])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('applications').select('applications.id').whereRef('applications.person_id', '=', 'persons.id'))))
    .orderBy('persons.id')
    .execute();
  return rows.filter((r) => JSON.stringify(r.qualifications).includes('phd_fulltime')).slice(0, n);
}

/** The person bought a first home on `date` (3,000,000 元); full-time since 2024-01-01 with a 5-year agreement, not a teacher or doctor. */
async function buys(personId: number, date: string) {
  const person = (await cityClerk.req('GET', `/api/v1/persons/${personId}`)).json<{ employment: Array<Record<string, unknown>> }>();
  const employment = person.employment.map((e) => ({ ...e, fullTime: true, start: '2024-01-01', post: 'other', serviceAgreementYears: 5 }));
  const res = await cityClerk.req('PATCH', `/api/v1/persons/${personId}`, { employment, housing: { hasPurchased: true, purchase: { date, price: '3000000', isFirst: true } }, reason: '补充购房备案' });
  expect(res.statusCode, res.body).toBe(200);
}

/** A 购房补助 application taken through joint review to a decision; returns its number. */
async function decidePurchase(personId: number): Promise<number> {
  const created = await cityClerk.req('POST', '/api/v1/applications', { matter: 'housing_purchase', personId });
  expect(created.statusCode, created.body).toBe(201);
  const app = created.json<{ id: number; materials: Array<{ code: string; provided: boolean }> }>();
  for (const m of app.materials.filter((x) => !x.provided)) expect((await cityClerk.req('POST', `/api/v1/applications/${app.id}/files`, multipart({ material: m.code }, { name: `${m.code}.pdf`, content: PDF, type: 'application/pdf' }))).statusCode).toBe(201);
  expect((await cityClerk.req('POST', `/api/v1/applications/${app.id}/submit`)).statusCode).toBe(200);
  expect((await cityClerk.req('POST', `/api/v1/applications/${app.id}/accept`)).statusCode).toBe(200);
  for (const c of [cityClerk, housing, finance]) expect((await c.req('POST', `/api/v1/applications/${app.id}/reviews`, { decision: 'approve' })).statusCode).toBe(200);
  const approved = await cityClerk.req('POST', `/api/v1/applications/${app.id}/approve`);
  expect(approved.statusCode, approved.body).toBe(200);
  return app.id;
}

const decisionOf = async (id: number) => (await cityClerk.req('GET', `/api/v1/applications/${id}`)).json<{ decision: { computedFen: number; policies: Array<{ id: string; version: string }>; entitlements: Array<{ explanation?: unknown }> } }>().decision;

/** The public calculator for a PhD who bought on `date`: the purchase subsidy and the price parameter it read. */
const phdWhoBought = (date: string) => ({ date: TODAY, profile: { region: 'kecheng', person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2024-01-01', serviceAgreementYears: 5, post: 'other', purchase: { date, price: 3_000_000, isFirst: true } } } });

/** The same calculation in this process without a request (so without the check before requests). */
const purchaseSubsidyHere = (date: string) => calculateRequest(phdWhoBought(date)).entitlements.find((x) => x.rule === 'art20.3')!.amountFen;

async function calculator(date: string) {
  const res = await h.app.inject({ method: 'POST', url: '/api/v1/calculate', payload: phdWhoBought(date) });
  expect(res.statusCode).toBe(200);
  const body = res.json<{ entitlements: Array<{ rule: string; amountFen: number; explanation: unknown }>; policies: Array<{ id: string; version: string }> }>();
  const e = body.entitlements.find((x) => x.rule === 'art20.3')!;
  const found: Array<{ path: string; example?: boolean; reference: { doc: string } }> = [];
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object') return;
    const o = n as { param?: (typeof found)[number]; children?: unknown[]; eligibility?: unknown; amount?: unknown };
    if (o.param) found.push(o.param);
    for (const c of [...(o.children ?? []), o.eligibility, o.amount]) walk(c);
  };
  walk(e.explanation);
  return { amountFen: e.amountFen, price: found.find((p) => p.path === PRICE)!, version: body.policies.find((p) => p.id === 'quzhou-2020')!.version };
}

let oldDecision = 0;
let oldVersion = '';
let proposalId = 0;
let token = '';

describe('official values', () => {
  it('before: a decision on the 2026 first-half example price (60 ㎡ × 13,200 元)', async () => {
    const [a] = await freePhds(1);
    await buys(a!.id, '2026-03-15');
    oldDecision = await decidePurchase(a!.id);
    const d = await decisionOf(oldDecision);
    expect(d.computedFen).toBe(60 * 1_320_000);
    oldVersion = d.policies.find((p) => p.id === 'quzhou-2020')!.version;
    const calc = await calculator('2026-03-15');
    expect(calc).toMatchObject({ amountFen: 60 * 1_320_000, price: { example: true }, version: oldVersion });
  });

  it('lists the settable parameters with Chinese labels, their dated values, sources and example flags', async () => {
    const list = (await cityClerk.req('GET', '/api/v1/official-values')).json<Array<{ path: string; label: string; kind: string; why: string; mayPropose: boolean; values: Array<{ from: string; example?: boolean; reference: { doc: string } }>; choices?: unknown[] }>>();
    expect(list.map((x) => x.path)).toEqual(expect.arrayContaining([PRICE, 'minimum_wage.monthly.class2', 'minimum_wage.area_class.kaihua', 'art20.purchase.service_reference']));
    const price = list.find((x) => x.path === PRICE)!;
    expect(price).toMatchObject({ label: '衢州市区新建商品住宅半年度均价', kind: 'half_year', mayPropose: true });
    expect(price.why).toMatch(/市房管部门/);
    expect(price.values.find((v) => v.from === '2026-01-01')).toMatchObject({ example: true, reference: { doc: '衢州市房管部门半年度统计' } });
    expect(list.find((x) => x.path === 'minimum_wage.area_class.kaihua')!.label).toBe('开化县适用的最低工资档次');
    expect((await leader.req('GET', '/api/v1/official-values')).json<Array<{ mayPropose: boolean }>>()[0]!.mayPropose).toBe(false);
  });

  it('only city-wide talent-office clerks and administrators enter values; staff only see them', async () => {
    const body = { path: PRICE, from: '2026-01-01', value: '12880', source: SOURCE };
    expect((await talent.req('GET', '/api/v1/official-values')).statusCode).toBe(403);
    for (const c of [talent, housing, leader]) expect((await c.req('POST', '/api/v1/official-values', body)).statusCode).toBe(403);
    const county = await kechengClerk.req('POST', '/api/v1/official-values', body);
    expect(county.statusCode).toBe(403);
    expect(errorsOf(county).error).toMatch(/市级人才办经办人员/);
    // refused before the input is looked at: a county clerk's bad input is still a 403
    expect((await kechengClerk.req('POST', '/api/v1/official-values', { path: 'nope' })).statusCode).toBe(403);
  });

  it('names each bad field in Chinese (never a 500, never the input echoed back)', async () => {
    const bad = await cityClerk.req('POST', '/api/v1/official-values', { path: 'housing_price.urban_new_home_avgg', from: '2026-02-01', value: '12880', source: { doc: '<b>x</b>' } });
    expect(bad.statusCode).toBe(400);
    const e = errorsOf(bad);
    expect(e.error).toBe('输入有误');
    expect(Object.fromEntries(e.errors.map((x) => [x.path, x.message]))).toEqual({
      path: expect.stringMatching(/不是可由经办人员录入官方数值的参数（是否指：housing_price.urban_new_home_avg？）/),
      'source.text': expect.stringMatching(/原文/),
      'source.article': expect.stringMatching(/条款.*网址/),
    });
    expect(bad.body).not.toContain('avgg');
    const fields = async (body: Record<string, unknown>) => Object.fromEntries(errorsOf(await cityClerk.req('POST', '/api/v1/official-values', body)).errors.map((x) => [x.path, x.message]));
    expect((await fields({ path: PRICE, from: '2026-02-01', value: '12880', source: SOURCE })).from).toMatch(/1 月 1 日（上半年）或 7 月 1 日（下半年）/);
    expect((await fields({ path: PRICE, from: '2026-01-01', value: '99', source: SOURCE })).value).toMatch(/1000–100000 元\/平方米/);
    expect((await fields({ path: PRICE, from: '2026-01-01', value: '12880' })).source).toMatch(/请填写出处/);
    expect((await fields({ path: 'minimum_wage.area_class.kaihua', from: '2026-01-01', value: 'class7', source: SOURCE })).value).toMatch(/class1（第一档）/);
    expect((await fields({ path: 'minimum_wage.monthly.class2', from: '2026-13-01', value: 2500, source: SOURCE })).from).toMatch(/YYYY-MM-DD/);
    for (const body of [[], { path: 7, from: null, value: {}, source: [] }]) {
      const r = await cityClerk.req('POST', '/api/v1/official-values', body);
      expect(r.statusCode).toBe(400);
    }
  });

  it('a proposal is not in force; one open proposal per parameter and date', async () => {
    const res = await cityClerk.req('POST', '/api/v1/official-values', { path: PRICE, from: '2026-01-01', value: '12880', source: SOURCE });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json<{ id: number; state: string; display: string; value: number; proposedByMe: boolean }>();
    expect(p).toMatchObject({ state: 'proposed', value: 1_288_000, display: '12,880 元/平方米', proposedByMe: true });
    proposalId = p.id;
    const again = await admin.req('POST', '/api/v1/official-values', { path: PRICE, from: '2026-01-01', value: '12900', source: SOURCE });
    expect(again.statusCode).toBe(409);
    expect(errorsOf(again).error).toContain(`#${proposalId}`);
    expect(await calculator('2026-03-15')).toMatchObject({ amountFen: 60 * 1_320_000, price: { example: true }, version: oldVersion });
    const pending = (await leader.req('GET', '/api/v1/official-values')).json<Array<{ path: string; pending: Array<{ id: number; proposedBy: string }> }>>().find((x) => x.path === PRICE)!.pending;
    expect(pending).toEqual([expect.objectContaining({ id: proposalId, proposedBy: '市人才办经办人员（全市）' })]);
  });

  it('shows the confirming official the decisions the value would change, before → after', async () => {
    const res = await admin.req('GET', `/api/v1/official-values/${proposalId}/impact`);
    expect(res.statusCode, res.body).toBe(200);
    const impact = res.json<{ affected: Array<{ applicationId: number; matterName: string; decidedFen: number; beforeFen: number; afterFen: number; differenceFen: number }>; token: string }>();
    // the 2026 first-half purchase changes; the allowance decisions of the demo data do not
    expect(impact.affected).toEqual([{ applicationId: oldDecision, matter: 'housing_purchase', matterName: '购房补助', region: expect.any(String), regionName: expect.any(String), decidedFen: 60 * 1_320_000, beforeFen: 60 * 1_320_000, afterFen: 60 * 1_288_000, differenceFen: -60 * 32_000 }]);
    token = impact.token;
    expect((await talent.req('GET', `/api/v1/official-values/${proposalId}/impact`)).statusCode).toBe(403);
    expect((await admin.req('GET', '/api/v1/official-values/99999/impact')).statusCode).toBe(404);
  });

  it('a second person confirms, with the list they saw; not the proposer, not a county clerk', async () => {
    const own = await cityClerk.req('POST', `/api/v1/official-values/${proposalId}/confirm`, { impactToken: token });
    expect(own.statusCode).toBe(403);
    expect(errorsOf(own).error).toMatch(/另一人/);
    expect((await kechengClerk.req('POST', `/api/v1/official-values/${proposalId}/confirm`, { impactToken: token })).statusCode).toBe(403);
    expect((await housing.req('POST', `/api/v1/official-values/${proposalId}/confirm`, { impactToken: token })).statusCode).toBe(403);
    const blind = await admin.req('POST', `/api/v1/official-values/${proposalId}/confirm`, {});
    expect(blind.statusCode).toBe(400);
    expect(errorsOf(blind).errors[0]!.path).toBe('impactToken');
    expect((await admin.req('POST', `/api/v1/official-values/${proposalId}/confirm`, { impactToken: 'stale' })).statusCode).toBe(409);
    const ok = await admin.req('POST', `/api/v1/official-values/${proposalId}/confirm`, { impactToken: token });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ record: { state: 'confirmed', decidedBy: '系统管理员', generation: 1 }, affected: [{ applicationId: oldDecision }] });
    expect((await admin.req('POST', `/api/v1/official-values/${proposalId}/confirm`, { impactToken: token })).statusCode).toBe(409);
    const msgs = (await cityClerk.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>();
    expect(msgs[0]!.text).toMatch(/已由系统管理员确认.*影响历史核定 1 件/);
  });

  it('from then on the public calculator uses it, no longer as an example, under a new package version', async () => {
    const calc = await calculator('2026-03-15');
    expect(calc.amountFen).toBe(60 * 1_288_000);
    expect(calc.price.example).toBeUndefined();
    expect(calc.price.reference.doc).toBe(SOURCE.doc);
    expect(calc.version).not.toBe(oldVersion);
    // other half-years keep their flagged example values
    expect(await calculator('2025-09-01')).toMatchObject({ amountFen: 60 * 1_340_000, price: { example: true } });
    const detail = (await h.app.inject({ method: 'GET', url: '/api/v1/policies/quzhou-2020' })).json<{ version: string; parameters: Array<{ path: string; values: Array<{ from: string; value: number; example?: boolean; reference: { doc: string } }> }> }>();
    expect(detail.version).toBe(calc.version);
    const values = detail.parameters.find((x) => x.path === PRICE)!.values;
    expect(values.find((v) => v.from === '2026-01-01')).toEqual(expect.objectContaining({ value: 1_288_000, reference: expect.objectContaining({ doc: SOURCE.doc }) }));
    expect(values.find((v) => v.from === '2026-01-01')!.example).toBeUndefined();
    const list = (await leader.req('GET', '/api/v1/official-values')).json<Array<{ path: string; values: Array<{ from: string; official?: { confirmedBy: string; proposedBy: string } }> }>>();
    expect(list.find((x) => x.path === PRICE)!.values.find((v) => v.from === '2026-01-01')!.official).toMatchObject({ proposedBy: '市人才办经办人员（全市）', confirmedBy: '系统管理员' });
  });

  it('a new decision uses it; the old receipt still reproduces with its own version', async () => {
    const [b] = await freePhds(1);
    await buys(b!.id, '2026-05-20');
    const newDecision = await decidePurchase(b!.id);
    const d = await decisionOf(newDecision);
    expect(d.computedFen).toBe(60 * 1_288_000);
    const newVersion = d.policies.find((p) => p.id === 'quzhou-2020')!.version;
    expect(newVersion).not.toBe(oldVersion);
    // the preview of the old application now gives the new amount, its receipt keeps the old one
    expect((await cityClerk.req('GET', `/api/v1/applications/${oldDecision}/computation`)).json<{ computedFen: number }>().computedFen).toBe(60 * 1_288_000);
    expect((await decisionOf(oldDecision)).computedFen).toBe(60 * 1_320_000);
    const old = (await cityClerk.req('GET', `/api/v1/applications/${oldDecision}/decision/reproduce`)).json();
    expect(old).toMatchObject({ reproduced: true, generation: 0, officialValues: [], decidedFen: 60 * 1_320_000, reproducedFen: 60 * 1_320_000 });
    const fresh = (await cityClerk.req('GET', `/api/v1/applications/${newDecision}/decision/reproduce`)).json();
    expect(fresh).toMatchObject({ reproduced: true, generation: 1, officialValues: [proposalId], reproducedFen: 60 * 1_288_000 });
    // outside the caller's regions: 404, as for a missing one
    const region = (await h.p.db.selectFrom('applications').select('region').where('id', '=', newDecision).executeTakeFirstOrThrow()).region;
    expect((await kaihuaClerk.req('GET', `/api/v1/applications/${newDecision}/decision/reproduce`)).statusCode).toBe(region === 'kaihua' ? 200 : 404);
    expect((await talent.req('GET', `/api/v1/applications/${newDecision}/decision/reproduce`)).statusCode).toBe(403);
  });

  it('a correction supersedes the value without overwriting it; receipts of both generations reproduce', async () => {
    const corr = await admin.req('POST', '/api/v1/official-values', { path: PRICE, from: '2026-01-01', value: '12900.50', source: { ...SOURCE, url: 'https://zjj.qz.gov.cn/2026/h1-correction.html', text: '更正：均价 12,900.50 元/平方米' } });
    expect(corr.statusCode, corr.body).toBe(201);
    const id = corr.json<{ id: number }>().id;
    const impact = (await cityClerk.req('GET', `/api/v1/official-values/${id}/impact`)).json<{ affected: Array<{ applicationId: number; beforeFen: number; afterFen: number }>; token: string }>();
    expect(impact.affected.length).toBe(2); // both 2026 first-half decisions
    for (const a of impact.affected) expect(a).toMatchObject({ beforeFen: 60 * 1_288_000, afterFen: 60 * 1_290_050 });
    expect((await cityClerk.req('POST', `/api/v1/official-values/${id}/confirm`, { impactToken: impact.token })).statusCode).toBe(200);
    const history = (await leader.req('GET', `/api/v1/official-values/history?path=${PRICE}`)).json<Array<{ id: number; state: string; value: number; supersededBy: number | null }>>();
    expect(history.map((x) => [x.id, x.state, x.value, x.supersededBy])).toEqual([
      [id, 'confirmed', 1_290_050, null],
      [proposalId, 'superseded', 1_288_000, id],
    ]);
    expect((await calculator('2026-03-15')).amountFen).toBe(60 * 1_290_050);
    const decided = await h.p.db.selectFrom('decisions').select('application_id').where('application_id', '!=', oldDecision).orderBy('application_id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect((await cityClerk.req('GET', `/api/v1/applications/${decided.application_id}/decision/reproduce`)).json()).toMatchObject({ reproduced: true, generation: 1 });
    expect((await cityClerk.req('GET', `/api/v1/applications/${oldDecision}/decision/reproduce`)).json()).toMatchObject({ reproduced: true, generation: 0 });
  });

  it('a second person rejects with a reason; the proposer is told', async () => {
    const res = await cityClerk.req('POST', '/api/v1/official-values', { path: 'minimum_wage.monthly.class2', from: '2026-01-01', value: 2500, source: { doc: '浙江省人民政府关于调整最低工资标准的通知', article: '一', text: '第二档 2500 元' } });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: number }>().id;
    expect((await cityClerk.req('POST', `/api/v1/official-values/${id}/reject`, { reason: '撤回' })).statusCode).toBe(403);
    expect(errorsOf(await leader.req('POST', `/api/v1/official-values/${id}/reject`, {})).errors[0]!.path).toBe('reason');
    const done = await leader.req('POST', `/api/v1/official-values/${id}/reject`, { reason: '文件尚未正式印发' });
    expect(done.json()).toMatchObject({ state: 'rejected', rejectReason: '文件尚未正式印发', decidedBy: '市领导（驾驶舱）' });
    expect((await leader.req('GET', `/api/v1/official-values/${id}/impact`)).statusCode).toBe(409);
    expect((await cityClerk.req('GET', '/api/v1/messages')).json<Array<{ text: string }>>()[0]!.text).toMatch(/已被市领导（驾驶舱）退回：文件尚未正式印发/);
    expect(loadPolicies()[0]!.params.lookup('minimum_wage.monthly.class2', parseDay('2026-01-01'))!.value).toBe(207_000);
  });

  it('audits every step; the database refuses to change or delete a value and a second confirmation by the proposer', async () => {
    const actions = (await h.p.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity', '=', 'official_value').orderBy('seq').execute()).map((r) => r.action);
    expect(actions).toEqual(['official_value.propose', 'official_value.confirm', 'official_value.propose', 'official_value.confirm', 'official_value.propose', 'official_value.reject']);
    expect((await verifyAudit(h.p.db)).ok).toBe(true);
    await expect(h.p.db.updateTable('official_values').set({ value: '1' }).where('id', '=', proposalId).execute()).rejects.toMatchObject({ code: 'RC008' });
    await expect(h.p.db.deleteFrom('official_values').where('id', '=', proposalId).execute()).rejects.toMatchObject({ code: 'RC008' });
    await expect(h.p.db.updateTable('official_values').set({ state: 'confirmed' }).where('id', '=', proposalId).execute()).rejects.toMatchObject({ code: 'RC008' });
    const row = await h.p.db.insertInto('official_values').values({ policy: 'quzhou-2020', path: PRICE, from_day: '2025-07-01', value: '1', reference: '{}', proposed_by: 1 }).returning('id').executeTakeFirstOrThrow();
    await expect(h.p.db.updateTable('official_values').set({ state: 'confirmed', decided_by: 1, decided_at: new Date(), generation: 99 }).where('id', '=', row.id).execute()).rejects.toMatchObject({ code: '23514' });
  });

  it('a process that is behind catches up cheaply, and before its next request once its last check is a second old; a restart loads the confirmed values', async () => {
    const live = officialValues();
    setOfficialValues([], 0); // as another process that has not seen the confirmations
    expect(purchaseSubsidyHere('2026-03-15')).toBe(60 * 1_320_000);
    await syncOfficialValues(h.p);
    expect(officialValues().generation).toBe(live.generation);
    expect(purchaseSubsidyHere('2026-03-15')).toBe(60 * 1_290_050);
    // the check before requests: not again while the last one is recent, then it reloads
    setOfficialValues([], 0);
    await keepOfficialValuesCurrent(h.p, Number.POSITIVE_INFINITY);
    expect(officialValues().generation).toBe(0);
    await keepOfficialValuesCurrent(h.p, 0);
    expect(officialValues().generation).toBe(live.generation);
    expect((await calculator('2026-03-15')).amountFen).toBe(60 * 1_290_050);
    setOfficialValues([], 0);
    const again = await createPlatform({ database: h.p.database, dataDir: 'memory', vault: h.p.vault, today: h.p.today });
    expect((await calculator('2026-03-15')).amountFen).toBe(60 * 1_290_050);
    expect(await loadOfficialValues(again)).toBe(2);
  });

  it('two confirmations at once: one goes through, the other is asked to look again (each generation once)', async () => {
    const ids: number[] = [];
    for (const cls of ['class1', 'class3']) {
      const r = await cityClerk.req('POST', '/api/v1/official-values', { path: `minimum_wage.monthly.${cls}`, from: '2026-01-01', value: 2600, source: { doc: '浙江省人民政府关于调整最低工资标准的通知（测试）', article: '一', text: '调整后的月最低工资标准' } });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json<{ id: number }>().id);
    }
    const tokens = await Promise.all(ids.map(async (id) => (await leader.req('GET', `/api/v1/official-values/${id}/impact`)).json<{ token: string }>().token));
    const codes = (await Promise.all(ids.map((id, i) => leader.req('POST', `/api/v1/official-values/${id}/confirm`, { impactToken: tokens[i] })))).map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const generations = (await h.p.db.selectFrom('official_values').select('generation').where('generation', 'is not', null).orderBy('generation').execute()).map((r) => r.generation);
    expect(generations).toEqual([1, 2, 3]);
  });
});
