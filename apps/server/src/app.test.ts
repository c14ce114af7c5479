// The HTTP API end to end through Fastify's inject: every route, exact amounts, Chinese 400s.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp();
});
afterAll(async () => app.close());

const phdTeacher = {
  region: 'kecheng',
  person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2021-03-01', post: 'teacher', serviceAgreementYears: 5, purchase: { date: '2021-06-30', price: 1200000, isFirst: true, sold: false } },
};

const post = (body: unknown) => app.inject({ method: 'POST', url: '/api/v1/calculate', payload: body as object });

describe('POST /api/v1/calculate', () => {
  it('computes a PhD teacher’s housing subsidy and allowance exactly, with clause and explanation', async () => {
    const res = await post({ profile: phdTeacher, date: '2023-01-01' });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    const housing = r.entitlements.find((e: { rule: string }) => e.rule === 'art20.5');
    expect(housing.amountFen).toBe(108_000_000);
    expect(housing.amountYuan).toBe('1080000.00');
    expect(housing.clause.cite).toBe('衢委发〔2020〕7号第20条第(5)项');
    expect(housing.text).toContain('按相同层次人才补助标准的 120% 执行');
    expect(JSON.stringify(housing.explanation.amount)).toContain('60 ㎡ × 购房所在半年度市区新建商品住宅均价 15,000 元/㎡ = 900,000 元');
    const allowance = r.entitlements.find((e: { rule: string }) => e.rule === 'art19.7');
    expect(allowance.amountFen).toBe(2_000_000);
    expect(r.policies[0].version).toMatch(/^[0-9a-f]{16}$/);
    expect(r.totals.grantedFen).toBe(108_000_000 + 2 * 2_000_000);
  });

  it('applies a reform to this request only', async () => {
    // 80 ㎡ × 120% × 15,000 元/㎡ = 1,440,000 元, capped at the actual price of 1,200,000 元.
    const reformed = (await post({ profile: phdTeacher, date: '2023-01-01', set: ['art20.purchase.area.3=80'] })).json();
    expect(reformed.entitlements.find((e: { rule: string }) => e.rule === 'art20.5').amountFen).toBe(120_000_000);
    const baseline = (await post({ profile: phdTeacher, date: '2023-01-01' })).json();
    expect(baseline.entitlements.find((e: { rule: string }) => e.rule === 'art20.5').amountFen).toBe(108_000_000);
  });

  it('lists the facts still needed for a partial profile, never reading them as no', async () => {
    const r = (await post({ profile: { region: 'kecheng', person: { qualifications: ['phd_fulltime'] } }, date: '2023-01-01' })).json();
    expect(r.entitlements).toEqual([]);
    expect(r.missingFacts.map((m: { fact: string }) => m.fact)).toContain('person.fullTime');
    const allowance = r.undetermined.find((e: { rule: string }) => e.rule === 'art19.7');
    expect(allowance.missing).toContain('person.fullTime');
  });

  it('explains why not when asked', async () => {
    const r = (await post({ profile: { ...phdTeacher, person: { ...phdTeacher.person, purchase: { ...phdTeacher.person.purchase, isFirst: false } } }, date: '2023-01-01', whyNot: true })).json();
    expect(r.notEligible.find((e: { rule: string }) => e.rule === 'art20.5').reason).toBe('不是首次购房');
  });

  it('answers 400 naming every bad field in Chinese', async () => {
    const res = await post({ date: '2023-02-30', profile: { region: 'kecheng', person: { qualifications: ['博士'], arrivalDate: '2021-02-30' } } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('输入有误');
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['profile.person.qualifications[0]', 'profile.person.arrivalDate', 'date']));
    const qual = body.errors.find((e: { path: string }) => e.path === 'profile.person.qualifications[0]');
    expect(qual.message).toContain('全日制博士研究生');
  });

  it('rejects unknown fields and wrong types by schema, in Chinese', async () => {
    const res = await post({ profile: { region: 'kecheng', persn: {}, person: { fullTime: 'yes' } } });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as Array<{ path: string; message: string }>;
    expect(errors).toEqual(expect.arrayContaining([{ path: 'profile.persn', message: '未知字段' }]));
    expect(errors.find((e) => e.path === 'profile.person.fullTime')?.message).toMatch(/boolean/);
  });

  it('rejects an unknown parameter in a reform with the closest names', async () => {
    const res = await post({ profile: phdTeacher, set: ['art20.purchase.area.9=80'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'set[0]' });
    expect(res.json().errors[0].message).toContain('art20.purchase.area.1');
  });

  it('answers 400 for a body that is not JSON, without a stack trace', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/calculate', headers: { 'content-type': 'application/json' }, payload: '{bad' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts/);
    expect(res.json().error).toBe('请求体不是有效的 JSON');
  });
});

describe('policies, catalogue and documentation', () => {
  it('lists policy packages', async () => {
    const res = await app.inject('/api/v1/policies');
    expect(res.statusCode).toBe(200);
    expect(res.json().map((p: { id: string }) => p.id)).toContain('quzhou-2020');
  });

  it('shows a package with clause texts, rules and dated, referenced parameters', async () => {
    const d = (await app.inject('/api/v1/policies/quzhou-2020')).json();
    expect(d.docNumber).toBe('衢委发〔2020〕7号');
    expect(d.effectiveFrom).toBe('2020-04-22');
    const area = d.parameters.find((p: { path: string }) => p.path === 'art20.purchase.area.3');
    expect(area.values[0]).toMatchObject({ from: '2020-04-22', value: 60 });
    expect(area.values[0].reference.text).toContain('按 60 平方米给予补助');
    const price = d.parameters.find((p: { path: string }) => p.path === 'housing_price.urban_new_home_avg');
    expect(price.values.every((v: { example?: boolean }) => v.example)).toBe(true);
    expect(d.rules.find((r: { id: string }) => r.id === 'art20.rent').payer.code).toBe('conditional');
  });

  it('answers 404 in Chinese for an unknown package', async () => {
    const res = await app.inject('/api/v1/policies/nowhere-1999');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toContain('未知的政策包');
  });

  it('searches the qualification catalogue by name or alias', async () => {
    const r = (await app.inject('/api/v1/qualifications?q=杰青')).json();
    expect(r.map((q: { code: string }) => q.code)).toEqual(expect.arrayContaining(['nsfc_young_completed', 'nsfc_young_awardee']));
  });

  it('serves the profile vocabulary', async () => {
    const facts = (await app.inject('/api/v1/facts')).json();
    expect(facts.find((f: { name: string }) => f.name === 'person.arrivalDate').question).toContain('到岗');
  });

  it('serves the OpenAPI document and its docs page', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/v1/calculate'].post).toBeDefined();
    expect(JSON.stringify(doc.paths['/api/v1/calculate'])).toContain('arrivalDate');
    const page = await app.inject('/docs/');
    expect(page.statusCode).toBe(200);
  });

  it('answers 404 in Chinese for an unknown route', async () => {
    const res = await app.inject('/api/v1/nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toContain('未找到');
  });
});
