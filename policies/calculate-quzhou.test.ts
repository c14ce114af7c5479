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

  it('are ranked by the money answering could decide (可能影响 X 元), then by how many benefits, then in the order the rules ask them', () => {
    const r = run(phd, '2023-06-01');
    const ranked = r.missingFacts.filter((m) => !m.dateOnly);
    expect(ranked[0]!.fact).toBe('person.fullTime');
    // Where each fact is first asked: the undetermined benefits in the policy's order, each one's missing facts in the order its conditions read them.
    const firstAsked = new Map<string, number>();
    for (const e of r.undetermined) for (const f of e.missing ?? []) if (!firstAsked.has(f)) firstAsked.set(f, firstAsked.size);
    for (let i = 1; i < ranked.length; i++) {
      const [prev, cur] = [ranked[i - 1]!, ranked[i]!];
      const order = prev.stakeFen > cur.stakeFen || (prev.stakeFen === cur.stakeFen && (prev.unlocks.length > cur.unlocks.length || (prev.unlocks.length === cur.unlocks.length && firstAsked.get(prev.fact)! < firstAsked.get(cur.fact)!)));
      expect(order, `${prev.fact} ${prev.stakeFen} before ${cur.fact} ${cur.stakeFen}`).toBe(true);
    }
    const fullTime = r.missingFacts[0]!;
    expect(fullTime.label).toBe('全职在当地工作');
    expect(fullTime.question).toBe('您是否全职在当地工作（劳动关系、社保在当地）？');
    expect(fullTime.unlocks.map((u) => u.rule)).toContain('art19.7');
    expect(fullTime.stakeText).toMatch(/^可能影响 [\d,]+ 元/);
    // every fact asked for decides at least one undetermined benefit
    const undetermined = new Set(r.undetermined.map((e) => e.rule));
    for (const m of r.missingFacts) for (const u of m.unlocks) expect(undetermined.has(u.rule), `${m.fact} → ${u.rule}`).toBe(true);
  });

  it('weigh each question by the most it could decide: the rent subsidy’s three years, a tier’s allowance, not the whole table', () => {
    // A master's graduate who has not bought: the rent subsidy (three years × 2,070 × 12 × 60% = 44,712 元 in 柯城区) turns on the apartment answer.
    const master = run(profile({ region: 'kecheng', person: { qualifications: ['master_fulltime_other'], fullTime: true, arrivalDate: '2023-03-01', hasPurchased: false } }), '2023-06-01');
    const apartment = master.missingFacts.find((m) => m.fact === 'person.talentApartment')!;
    expect(apartment.stakeFen).toBe(3 * 1_490_400);
    expect(apartment.stakeText).toBe('可能影响 44,712 元');
    expect(master.undetermined.find((e) => e.rule === 'art20.rent')!.stakeFen).toBe(3 * 1_490_400);
    // An associate professor whose industry is not known: item 8 (10,000 元 a year), not item 1's 500,000.
    const assoc = run(profile({ region: 'kecheng', person: { qualifications: ['senior_title_associate'], fullTime: true, arrivalDate: '2021-03-01', professionalPost: true, hasPurchased: false } }), '2023-06-01');
    const industry = assoc.missingFacts.find((m) => m.fact === 'person.keyIndustryEnterprise')!;
    expect(industry.stakeFen).toBe(1_000_000);
    expect(industry.stakeText).toBe('可能影响 10,000 元/年');
  });

  it('report a benefit whose amount is known and only its payment date missing as granted, the date a follow-up question', () => {
    const r = run(profile({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: true, hasPurchased: false } }), '2023-06-01');
    const allowance = r.entitlements.find((e) => e.rule === 'art19.7')!;
    expect(allowance).toMatchObject({ status: 'granted', amountFen: 2_000_000, dueFen: 0, dateMissing: ['person.arrivalDate'] });
    expect(allowance.schedule!.description).toBe('发放时间待定（需提供全职来当地工作（到岗）日期）');
    expect(allowance.summary).toBe('您具有全日制博士研究生资格，全职在衢工作，可享受第七层次人才津贴 20,000 元/年（衢委发〔2020〕7号第19条第(7)项），发放时间待定（需提供全职来当地工作（到岗）日期）。');
    expect(r.undetermined.map((e) => e.rule)).not.toContain('art19.7');
    const last = r.missingFacts[r.missingFacts.length - 1]!;
    expect(last).toMatchObject({ fact: 'person.arrivalDate', dateOnly: true, stakeText: '决定发放时间' });
  });

  it('summarise each benefit in one plain sentence: why, how much, when, the clause', () => {
    const r = run(profile({ region: 'kecheng', person: { qualifications: ['phd_fulltime'], fullTime: true, arrivalDate: '2021-06-01', hasPurchased: false } }), '2023-06-01');
    expect(r.entitlements.find((e) => e.rule === 'art19.7')!.summary).toBe(
      '您具有全日制博士研究生资格，全职在衢工作，每年可享受第七层次人才津贴 20,000 元（衢委发〔2020〕7号第19条第(7)项），自 2022-06-01 起每年发放一次，截至计算日已到期 40,000 元。',
    );
    expect(r.inKind.find((e) => e.rule === 'art20.apartment')!.summary).toContain('暂未购房，可享受人才公寓');
    const house = run(buyer('2022-03-01'), '2023-06-01').entitlements.find((e) => e.rule === 'art20.3')!;
    expect(house.summary).toMatch(/^您具有全日制博士研究生资格，.*可享受购房补助（第\(3\)项） 948,000 元（按示例值计算，正式金额待官方公布）（衢委发〔2020〕7号第20条第\(3\)项），一次性发放（2022-03-01），截至计算日已到期 948,000 元。$/);
    expect(house.arithmetic).toBe('按层次面积计算：补助面积 60 ㎡ × 购房所在半年度市区新建商品住宅均价 15,800 元/㎡ = 948,000 元');
    expect(house.example).toBe(true);
    // A teacher: the arithmetic is the 120 % line that gave the amount, not the plain line it was compared with.
    const teacher = run(buyer('2022-03-01', { post: 'teacher' }), '2023-06-01').entitlements.find((e) => e.rule === 'art20.5')!;
    expect(teacher.amountFen).toBe(113_760_000);
    expect(teacher.arithmetic).toContain('120%');
    expect(teacher.arithmetic).toMatch(/= 1,137,600 元$/);
    for (const e of [...r.entitlements, ...r.inKind]) expect(e.summary).not.toMatch(/[a-z_]{3,}|\d\.\d/);
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

  it('ask whether a project was upgraded before the upgrade’s date, and close the upgrade for a project that was not', () => {
    const project = { name: '甲项目', programme: 'shuangling', class: 'B', settled: true, assessedDate: '2024-09-01' };
    const open = run(profile({ region: 'kecheng', projects: [project] }), '2026-11-30');
    const asked = open.missingFacts.map((m) => m.fact);
    // The same money at stake: the question that can close the other comes first.
    expect(asked.indexOf('projects[].upgradedClass')).toBeGreaterThanOrEqual(0);
    expect(asked.indexOf('projects[].upgradedClass')).toBeLessThan(asked.indexOf('projects[].upgradeDate'));
    expect(open.missingFacts.find((m) => m.fact === 'projects[].upgradedClass')!.question).toBe('项目评定后是否升档？升档后为哪一类？');
    const not = run(profile({ region: 'kecheng', projects: [{ ...project, upgradedClass: 'none' }] }), '2026-11-30', { whyNot: true });
    expect(not.missingFacts.map((m) => m.fact)).not.toContain('projects[].upgradeDate');
    expect(not.undetermined.map((e) => e.rule)).not.toContain('art16.shuangling_upgrade');
    expect(not.notEligible?.find((e) => e.rule === 'art16.shuangling_upgrade')?.reason).toBe('项目未升档');
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
