// The HTTP API end to end through Fastify's inject: every route, exact amounts, Chinese 400s,
// 404s and 500s without stack traces, and the OpenAPI document.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { CalculationResult, Entitlement } from '@rencai/engine';
import type { PolicyDetail, PolicySummary } from '@rencai/services';
import { buildApp } from './app.js';
import { SAMPLE_REQUEST } from './schemas.js';

interface ErrorBody {
  error: string;
  errors: Array<{ path: string; message: string }>;
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(async () => app.close());

const phdTeacher = SAMPLE_REQUEST.profile;
const post = (body: unknown) => app.inject({ method: 'POST', url: '/api/v1/calculate', payload: body as object });
const calc = async (body: unknown) => (await post(body)).json<CalculationResult>();
const errorsOf = async (body: unknown) => {
  const res = await post(body);
  expect(res.statusCode).toBe(400);
  const b = res.json<ErrorBody>();
  expect(b.error).toBe('输入有误');
  expect(res.body).not.toMatch(/\bat .*:\d+:\d+/);
  return b.errors;
};
const rule = (list: Entitlement[], id: string) => list.find((e) => e.rule === id);

describe('POST /api/v1/calculate', () => {
  it('computes a PhD teacher’s housing subsidy (60 ㎡ × 15,000 元/㎡ × 120%) and allowance exactly, with clause and explanation', async () => {
    const res = await post(SAMPLE_REQUEST);
    expect(res.statusCode).toBe(200);
    const r = res.json<CalculationResult>();
    const housing = rule(r.entitlements, 'art20.5')!;
    expect(housing.amountFen).toBe(108_000_000);
    expect(housing.amountYuan).toBe('1080000.00');
    expect(housing.amountText).toBe('1,080,000 元');
    expect(housing.clause.cite).toBe('衢委发〔2020〕7号第20条第(5)项');
    expect(housing.text).toContain('按相同层次人才补助标准的 120% 执行');
    expect(housing.schedule?.instalments).toEqual([{ date: '2021-06-30', year: 2021, amountFen: 108_000_000, due: true }]);
    const trace = JSON.stringify(housing.explanation.amount);
    expect(trace).toContain('60 ㎡ × 购房所在半年度市区新建商品住宅均价 15,000 元/㎡ = 900,000 元');
    expect(trace).toContain('900,000 元 × 120%');
    expect(trace).toContain('"example":true'); // the shipped example price is marked as such
    const allowance = rule(r.entitlements, 'art19.7')!;
    expect(allowance.amountFen).toBe(2_000_000);
    expect(allowance.dueFen).toBe(2_000_000); // arrival 2021-03-01: one completed year (due 2022-03-01) by 2023-01-01
    expect(r.inKind.map((e) => e.rule)).toContain('art23.talent_card');
    expect(r.policies).toEqual([expect.objectContaining({ id: 'quzhou-2020', version: expect.stringMatching(/^[0-9a-f]{16}$/) })]);
    expect(r.totals).toEqual({ grantedFen: 108_000_000 + 2_000_000, upToFen: 0, dueFen: 108_000_000 + 2_000_000 });
  });

  it('applies a reform to this request only, as a list of settings or as an object', async () => {
    // 80 ㎡ × 120% × 15,000 元/㎡ = 1,440,000 元, capped at the actual price of 1,200,000 元.
    const listed = await calc({ ...SAMPLE_REQUEST, set: ['art20.purchase.area.3=80'] });
    expect(rule(listed.entitlements, 'art20.5')?.amountFen).toBe(120_000_000);
    expect(listed.reform).toEqual({ 'art20.purchase.area.3': [{ value: 80 }] });
    // 60 ㎡ × 120% × 12,000 元/㎡ (money in yuan, dated) = 864,000 元.
    const priced = await calc({ ...SAMPLE_REQUEST, set: { 'housing_price.urban_new_home_avg': [{ value: 12000, from: '2021-01-01' }] } });
    expect(rule(priced.entitlements, 'art20.5')?.amountFen).toBe(86_400_000);
    const baseline = await calc(SAMPLE_REQUEST);
    expect(rule(baseline.entitlements, 'art20.5')?.amountFen).toBe(108_000_000);
  });

  it('lists the facts still needed for a partial profile, with their questions, never reading them as no', async () => {
    const r = await calc({ profile: { region: 'kecheng', person: { qualifications: ['phd_fulltime'] } }, date: '2023-01-01' });
    expect(r.entitlements).toEqual([]);
    const fullTime = r.missingFacts.find((m) => m.fact === 'person.fullTime');
    expect(fullTime?.label).toBe('全职在当地工作');
    expect(fullTime?.question).toBeTruthy();
    expect(rule(r.undetermined, 'art19.7')?.missing).toContain('person.fullTime');
  });

  it('explains why not when asked', async () => {
    const r = await calc({ ...SAMPLE_REQUEST, profile: { ...phdTeacher, person: { ...phdTeacher.person, purchase: { ...phdTeacher.person.purchase, isFirst: false } } }, whyNot: true });
    expect(rule(r.notEligible ?? [], 'art20.5')?.reason).toBe('不是首次购房');
  });

  it('selects the package by region, or the one named, and rejects an unknown one listing the known ids', async () => {
    const jiaojiang = await calc({ profile: { region: 'jiaojiang' }, date: '2023-01-01' });
    expect(jiaojiang.policies.map((p) => p.id)).toEqual(['jiaojiang-2021']);
    const named = await calc({ profile: { region: 'jiaojiang' }, date: '2023-01-01', policy: 'quzhou-2020' });
    expect(named.policies.map((p) => p.id)).toEqual(['quzhou-2020']);
    const errors = await errorsOf({ profile: phdTeacher, policy: 'quzhou-1999' });
    expect(errors).toEqual([{ path: 'policy', message: expect.stringContaining('quzhou-2020、jiaojiang-2021、qujiang-2018') }]);
  });

  it('answers 400 naming every bad field in Chinese: impossible dates, unknown qualifications with the closest names', async () => {
    const errors = await errorsOf({ date: '2023-02-30', profile: { region: 'kecheng', person: { qualifications: ['博士'], arrivalDate: '2021-02-30' } } });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['profile.person.qualifications[0]', 'profile.person.arrivalDate', 'date']));
    expect(errors.find((e) => e.path === 'profile.person.qualifications[0]')?.message).toMatch(/未知的资格「博士」，最接近的目录名称：.*全日制博士研究生/);
    expect(errors.find((e) => e.path === 'profile.person.arrivalDate')?.message).toContain('2021-02-30');
    expect(errors.find((e) => e.path === 'date')?.message).toContain('YYYY-MM-DD');
  });

  it('rejects unknown fields, wrong types and missing fields by schema, in Chinese', async () => {
    const errors = await errorsOf({ profile: { region: 'nowhere', persn: {}, person: { fullTime: 'yes', arrivalDate: '2021-3-1', qualifications: [7] } } });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'profile.persn', message: '未知字段（是否指：person？）' },
        { path: 'profile.person.fullTime', message: '应为布尔值（true/false）' },
        { path: 'profile.person.arrivalDate', message: '应为日期（YYYY-MM-DD）' },
        { path: 'profile.person.qualifications[0]', message: '应为资格代码或名称，或 {code, obtained} 对象' },
        { path: 'profile.region', message: expect.stringContaining('kecheng（柯城区）') },
      ]),
    );
    expect(await errorsOf({ date: '2023-01-01' })).toEqual([{ path: 'profile', message: '缺少必填字段' }]);
    expect(await errorsOf({ profile: { enterprise: { experts: [{ salary: true }] } } })).toEqual([{ path: 'profile.enterprise.experts[0].salary', message: '应为金额（元，数字或文本，最多两位小数）' }]);
  });

  it('rejects an unknown parameter in a reform with the closest names, and a parameter of another package', async () => {
    const errors = await errorsOf({ profile: phdTeacher, set: ['art20.purchase.area.9=80'] });
    expect(errors).toEqual([{ path: 'set[0]', message: expect.stringContaining('art20.purchase.area.3') }]);
    expect(errors[0]!.message).toMatch(/^未知参数：art20\.purchase\.area\.9/);
    const other = await errorsOf({ profile: { region: 'jiaojiang' }, set: { 'art20.purchase.area.3': 80 } });
    expect(other[0]!.message).toContain('属于政策包 quzhou-2020');
    const value = await errorsOf({ profile: phdTeacher, set: ['art20.purchase.area.3=很多'] });
    expect(value).toEqual([{ path: 'set[0]', message: expect.stringContaining('应为数值') }]);
  });

  it('answers 400 for a body that is not JSON, without a stack trace', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/calculate', headers: { 'content-type': 'application/json' }, payload: '{bad' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts/);
    expect(res.json<ErrorBody>().error).toBe('请求体不是有效的 JSON');
  });
});

describe('policies, catalogue, vocabulary and documentation', () => {
  it('lists policy packages with version and in-force dates', async () => {
    const res = await app.inject('/api/v1/policies');
    expect(res.statusCode).toBe(200);
    const quzhou = res.json<PolicySummary[]>().find((p) => p.id === 'quzhou-2020');
    expect(quzhou).toMatchObject({ docNumber: '衢委发〔2020〕7号', effectiveFrom: '2020-04-22', version: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(quzhou?.exampleParameters).toContain('housing_price.urban_new_home_avg');
  });

  it('shows a package with clause texts, rules with citations and interpretations, and dated, referenced parameters', async () => {
    const d = (await app.inject('/api/v1/policies/quzhou-2020')).json<PolicyDetail>();
    expect(d.source).toBeTruthy();
    expect(d.clauses.find((c) => c.cite === '衢委发〔2020〕7号第20条第(5)项')?.text).toContain('120%');
    const housing = d.rules.find((r) => r.id === 'art20.5');
    expect(housing?.clause.cite).toBe('衢委发〔2020〕7号第20条第(5)项');
    expect(housing?.interpretations.length).toBeGreaterThan(0);
    expect(d.rules.find((r) => r.id === 'art20.rent')?.payer.code).toBe('conditional');
    const area = d.parameters.find((p) => p.path === 'art20.purchase.area.3');
    expect(area?.values[0]).toMatchObject({ from: '2020-04-22', value: 60 });
    expect(area?.values[0]?.reference.text).toContain('按 60 平方米给予补助');
    const price = d.parameters.find((p) => p.path === 'housing_price.urban_new_home_avg');
    expect(price?.values.every((v) => v.example)).toBe(true);
    expect(price?.values.find((v) => v.from === '2021-01-01')).toMatchObject({ value: 1_500_000, yuan: '15000.00' });
  });

  it('answers 404 in Chinese for an unknown package, listing the known ones', async () => {
    const res = await app.inject('/api/v1/policies/nowhere-1999');
    expect(res.statusCode).toBe(404);
    expect(res.json<ErrorBody>().error).toBe('未知的政策包，可选：quzhou-2020、jiaojiang-2021、qujiang-2018');
  });

  it('searches the qualification catalogue by name, alias or code', async () => {
    const codes = async (q: string) => (await app.inject(`/api/v1/qualifications?q=${encodeURIComponent(q)}`)).json<Array<{ code: string }>>().map((x) => x.code);
    expect(await codes('杰青')).toEqual(expect.arrayContaining(['nsfc_young_completed', 'nsfc_young_awardee']));
    expect(await codes('PHD_FULL')).toEqual(['phd_fulltime']);
    expect(await codes('全日制博士')).toContain('phd_fulltime');
    const all = (await app.inject('/api/v1/qualifications')).json<unknown[]>();
    expect(all.length).toBeGreaterThan(20);
  });

  it('serves the profile vocabulary', async () => {
    const facts = (await app.inject('/api/v1/facts')).json<Array<{ name: string; question?: string }>>();
    expect(facts.find((f) => f.name === 'person.arrivalDate')?.question).toContain('到岗');
  });

  it('serves the OpenAPI document, with the profile schema and an example, and its docs page', async () => {
    const doc = (await app.inject('/openapi.json')).json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/calculate', '/api/v1/policies', '/api/v1/policies/{id}', '/api/v1/qualifications', '/api/v1/facts']));
    const calculate = JSON.stringify(doc.paths['/api/v1/calculate']);
    expect(calculate).toContain('arrivalDate');
    expect(calculate).toContain('全职来当地工作（到岗）日期');
    expect(calculate).toContain('"example"');
    const page = await app.inject('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('answers the health check', async () => {
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('answers 404 in Chinese for an unknown route', async () => {
    const res = await app.inject('/api/v1/nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json<ErrorBody>().error).toContain('未找到');
  });
});

describe('unexpected errors', () => {
  it('answer 500 with a Chinese message and no stack or internal detail', async () => {
    const local = await buildApp();
    local.get('/boom', async () => {
      throw new Error('secret internal detail');
    });
    const res = await local.inject('/boom');
    await local.close();
    expect(res.statusCode).toBe(500);
    expect(res.json<ErrorBody>().error).toContain('服务器内部错误');
    expect(res.body).not.toContain('secret internal detail');
    expect(res.body).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
