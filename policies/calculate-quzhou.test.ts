// Calculation on the real Quzhou package: why-not reasons, the ranking of missing facts, reforms
// that stay in their own calculation, and the package version every result carries.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BatchEvaluator, calculate, parseDay, parseProfile, type CalculationResult } from '@rencai/engine';
import { factDefs, loadPolicies, policyDir, qualificationIndex, qualifications } from './index.js';
import { loadPackage } from './load.js';
import { build } from './quzhou-2020/rules/index.js';

const quzhou = loadPolicies().find((p) => p.meta.id === 'quzhou-2020')!;
const profile = (o: unknown) => parseProfile(o, factDefs, qualificationIndex());
const run = (facts: ReturnType<typeof profile>, date: string, extra: Partial<Parameters<typeof calculate>[2]> = {}) =>
  calculate([quzhou], facts, { asOf: parseDay(date), factDefs, ...extra });
const reasons = (r: CalculationResult) => Object.fromEntries((r.notEligible ?? []).map((e) => [e.rule, e.reason]));
const amounts = (r: CalculationResult) => Object.fromEntries(r.entitlements.map((e) => [e.rule, e.amountFen]));

/** A full-time PhD in 柯城区 since 2020-06-01 with a five-year agreement, buying a first home. */
const buyer = (purchaseDate: string, extra: Record<string, unknown> = {}) =>
  profile({
    region: 'kecheng',
    person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2020-06-01', serviceAgreementYears: 5, post: 'other', purchase: { date: purchaseDate, price: 2_000_000, isFirst: true }, ...extra },
  });

describe('why not: the first unmet condition of each rule', () => {
  it('a part-time PhD: every benefit for full-time talent gives the full-time reason', () => {
    const r = run(profile({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: false, arrivalDate: '2021-03-01' } }), '2023-06-01', { whyNot: true });
    const why = reasons(r);
    expect(r.entitlements).toEqual([]);
    expect(why['art19.7']).toBe('未全职在衢工作');
    expect(why['art20.3']).toBe('未全职在衢工作');
    expect(why['art19.1']).toBe('未全职在衢工作'); // full-time is checked before the tier
    // a reason is given for every rule not granted
    for (const e of r.notEligible!) expect(e.reason, e.rule).toMatch(/\S/);
  });

  it('a full-time PhD: the allowance of another tier names the tier, the purchase names the five years', () => {
    const r = run(buyer('2025-06-02'), '2025-12-31', { whyNot: true });
    const why = reasons(r);
    expect(amounts(r)).toEqual({ 'art19.7': 2_000_000 });
    expect(why['art19.1']).toBe('人才层次不是第(1)项（就高享受一项）');
    expect(why['art19.8']).toBe('人才层次不是第(8)项（就高享受一项）');
    expect(why['art20.3']).toBe('购房时间距全职来衢已超过5年'); // 2025-06-02 is one day past 满五年之日
    expect(why['art20.rent']).toBe('已购房的不享受租房补助');
    expect(r.notEligible!.find((e) => e.rule === 'art20.3')!.explanation.eligibility.met).toBe(false);
  });

  it('“五年内” includes the day five years on: the same purchase a day earlier is granted', () => {
    const r = run(buyer('2025-06-01'), '2025-12-31', { whyNot: true });
    // 60 ㎡ × 2025 上半年均价 13,600 元/㎡ (an example value) = 816,000 元
    expect(amounts(r)).toEqual({ 'art19.7': 2_000_000, 'art20.3': 81_600_000 });
    expect(reasons(r)['art20.3']).toBeUndefined();
  });

  it('without whyNot, rules that do not apply are left out altogether', () => {
    const r = run(buyer('2025-06-02'), '2025-12-31');
    expect(r.notEligible).toBeUndefined();
    expect(r.entitlements.map((e) => e.rule)).toEqual(['art19.7']);
  });
});

describe('missing facts', () => {
  const phd = profile({ region: 'kecheng', person: { qualifications: ['全日制博士研究生'], arrivalDate: '2021-03-01' } });

  it('are ranked by how many undetermined benefits each would decide, then by name', () => {
    const r = run(phd, '2023-06-01');
    const ranked = r.missingFacts.map((m) => [m.fact, m.unlocks.length] as const);
    expect(ranked[0]).toEqual(['person.fullTime', 6]);
    for (let i = 1; i < ranked.length; i++) {
      const [prev, cur] = [ranked[i - 1]!, ranked[i]!];
      expect(prev[1] > cur[1] || (prev[1] === cur[1] && prev[0] < cur[0]), `${prev} before ${cur}`).toBe(true);
    }
    const fullTime = r.missingFacts[0]!;
    expect(fullTime.label).toBe('全职在当地工作');
    expect(fullTime.question).toBe('您是否全职在当地工作（劳动关系、社保在当地）？');
    expect(fullTime.unlocks.map((u) => u.rule)).toContain('art19.7');
    // every fact asked for decides at least one undetermined benefit
    const undetermined = new Set(r.undetermined.map((e) => e.rule));
    for (const m of r.missingFacts) for (const u of m.unlocks) expect(undetermined.has(u.rule), `${m.fact} → ${u.rule}`).toBe(true);
  });

  it('are not asked where a known fact already decides the benefit', () => {
    const part = run(profile({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: false } }), '2023-06-01');
    const asked = part.missingFacts.map((m) => m.fact);
    // part-time: nothing about arrival, purchase or post is needed for the full-time-only benefits
    for (const f of ['person.arrivalDate', 'person.purchase.date', 'person.post', 'person.fullTime']) expect(asked).not.toContain(f);
    expect(part.undetermined.map((e) => e.rule)).not.toContain('art19.7');
  });

  it('ask nothing about a purchase of a talent who has bought no house, and leave no purchase subsidy open', () => {
    const r = run(profile({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: true, arrivalDate: '2021-03-01', hasPurchased: false } }), '2023-01-01');
    const asked = r.missingFacts.map((m) => m.fact);
    for (const f of ['person.purchase.date', 'person.purchase.isFirst', 'person.purchase.soldDate', 'person.serviceAgreementYears', 'person.selfEmployed']) expect(asked).not.toContain(f);
    expect(r.undetermined.map((e) => e.rule).filter((rule) => /^art20\.([1-5]|refund)$/.test(rule))).toEqual([]);
    // the rent subsidy, for those who have not bought, is what stays to be asked about
    expect(r.undetermined.map((e) => e.rule)).toContain('art20.rent');
  });
});

describe('reforms', () => {
  it('change only the calculation they are given to', () => {
    const person = buyer('2022-03-01');
    const base = run(person, '2023-06-01');
    const reformed = run(person, '2023-06-01', { reform: { 'art19.allowance.7': [{ value: 3_000_000 }] } });
    const after = run(person, '2023-06-01');
    expect(amounts(base)['art19.7']).toBe(2_000_000);
    expect(amounts(reformed)['art19.7']).toBe(3_000_000);
    expect(reformed.reform).toEqual({ 'art19.allowance.7': [{ value: 3_000_000 }] });
    expect(reformed.entitlements.find((e) => e.rule === 'art19.7')!.explanation.amount!.param?.reform).toBe(true);
    expect(amounts(after)['art19.7']).toBe(2_000_000);
    expect(after.reform).toBeUndefined();
    expect(after).toEqual(base);
    expect(quzhou.params.lookup('art19.allowance.7', parseDay('2023-06-01'))?.value).toBe(2_000_000);
  });

  it('that change eligibility do not stay in the screening pass either', () => {
    const late = buyer('2025-06-02');
    const wider = { 'art20.purchase.window_years': [{ value: 6 }] };
    expect(amounts(run(late, '2025-12-31'))['art20.3']).toBeUndefined();
    expect(amounts(run(late, '2025-12-31', { reform: wider }))['art20.3']).toBe(81_600_000);
    expect(amounts(run(late, '2025-12-31'))['art20.3']).toBeUndefined();
  });

  it('of the housing price apply to the half-year they date from', () => {
    const r = run(buyer('2022-03-01'), '2023-06-01', { reform: { 'housing_price.urban_new_home_avg': [{ value: 2_000_000, from: parseDay('2022-01-01') }] } });
    expect(amounts(r)['art20.3']).toBe(120_000_000); // 60 ㎡ × 20,000 元/㎡
    expect(amounts(run(buyer('2022-03-01'), '2023-06-01'))['art20.3']).toBe(94_800_000); // 60 ㎡ × 15,800 元/㎡
  });
});

describe('the package version', () => {
  const names = new Map(qualifications().map((q) => [q.code, q.name]));
  const tmp: string[] = [];
  afterAll(() => {
    for (const t of tmp) rmSync(t, { recursive: true, force: true });
  });

  it('is carried by every result as a 16-hex content hash, stable across loads', () => {
    const r = run(buyer('2022-03-01'), '2023-06-01');
    expect(r.policies).toEqual([{ id: 'quzhou-2020', title: quzhou.meta.title, docNumber: '衢委发〔2020〕7号', version: quzhou.version }]);
    expect(quzhou.version).toMatch(/^[0-9a-f]{16}$/);
    const again = loadPackage(policyDir('quzhou-2020'), build, names);
    expect(again.version).toBe(quzhou.version);
    expect(loadPackage(policyDir('quzhou-2020'), build, names).version).toBe(quzhou.version);
    // a reform is reported beside the version, not folded into it
    expect(run(buyer('2022-03-01'), '2023-06-01', { reform: { 'art19.allowance.7': [{ value: 1 }] } }).policies[0]!.version).toBe(quzhou.version);
  });

  it('changes when a parameter value in the package changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-version-'));
    tmp.push(dir);
    cpSync(policyDir('quzhou-2020'), dir, { recursive: true });
    const file = join(dir, 'parameters', 'art19.yaml');
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('value: 20000,');
    expect(loadPackage(dir, build, names).version).toBe(quzhou.version); // an identical copy: same hash
    writeFileSync(file, yaml.replace('value: 20000,', 'value: 20001,'));
    const changed = loadPackage(dir, build, names);
    expect(changed.version).toMatch(/^[0-9a-f]{16}$/);
    expect(changed.version).not.toBe(quzhou.version);
    expect(changed.params.lookup('art19.allowance.7', parseDay('2023-06-01'))?.value).toBe(2_000_100);
  });
});

describe('a reform across several packages', () => {
  it('applies each path to the package that has it, and rejects a path no package has', () => {
    const all = loadPolicies();
    const facts = profile({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: true, arrivalDate: '2021-06-01' } });
    const reform = { 'art19.allowance.7': [{ value: 3_000_000 }] };
    const r = calculate(all, facts, { asOf: parseDay('2022-06-01'), factDefs, reform });
    expect(amounts(r)['art19.7']).toBe(3_000_000);
    const b = new BatchEvaluator(all, parseDay('2022-06-01'), reform);
    b.add(facts);
    expect(b.result().totalFen).toBe(3_000_000); // one completed allowance year (2021-06-01 → 2022-06-01)
    expect(() => calculate(all, facts, { asOf: parseDay('2022-06-01'), reform: { 'art19.allowance.77': [{ value: 1 }] } })).toThrow(/art19\.allowance\.7/);
  });
});
