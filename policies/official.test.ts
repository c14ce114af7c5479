// Official values over the shipped packages: the declared list matches the packages, a confirmed
// value replaces the example for its half-year (and only that one) and is what calculations use,
// the package version changes with it, dated values split the value they fall in, a preview runs
// with its own values without touching anyone else's, and a proposed value is checked field by field.

import { afterEach, describe, expect, it } from 'vitest';
import { calculate, parseDay, parseProfile, type TraceNode, type PolicyPackage } from '@rencai/engine';
import { factDefs, loadPolicies, OFFICIAL_PARAMETERS, qualificationIndex, setOfficialValues, shippedPolicies, checkOfficialValue, withOfficialValues, officialValues, type OfficialValue } from './index.js';

const quzhou = (): PolicyPackage => loadPolicies().find((p) => p.meta.id === 'quzhou-2020')!;
const buyer = (date: string) =>
  parseProfile({ region: 'kecheng', person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2023-06-01', serviceAgreementYears: 5, post: 'other', purchase: { date, price: 3_000_000, isFirst: true } } }, factDefs, qualificationIndex());
const purchase = (date: string) => calculate([quzhou()], buyer(date), { asOf: parseDay('2026-11-23'), factDefs }).entitlements.find((e) => e.rule === 'art20.3')!;

const ref = { doc: '衢州市住房和城乡建设局 2026 年上半年房地产市场统计公报', article: '二', text: '2026 年上半年市区新建商品住宅成交均价 12,880 元/平方米' };
const price2026h1: OfficialValue = { id: 1, policy: 'quzhou-2020', path: 'housing_price.urban_new_home_avg', from: parseDay('2026-01-01'), value: 1_288_000, reference: ref };

/** Every parameter node of an explanation tree. */
function params(n: TraceNode | undefined, out: NonNullable<TraceNode['param']>[] = []) {
  if (!n) return out;
  if (n.param) out.push(n.param);
  for (const c of n.children ?? []) params(c, out);
  return out;
}

afterEach(() => setOfficialValues([]));

describe('the declared list', () => {
  it('names parameters that exist, with units that fit the kind of value', () => {
    for (const d of OFFICIAL_PARAMETERS) {
      const def = shippedPolicies().find((p) => p.meta.id === d.policy)?.params.def(d.path);
      expect(def, d.path).toBeDefined();
      if (d.choices) expect(def!.unit, d.path).toBe('text');
      else expect(['fen', 'fen_per_m2'], d.path).toContain(def!.unit);
      if (d.kind === 'half_year') expect(def!.periodic, d.path).toBe('half_year');
    }
    // house prices, the four wage classes, the nine counties' classes and the 满一年 judgement point
    expect(OFFICIAL_PARAMETERS.length).toBe(1 + 4 + 9 + 1);
  });
});

describe('official values over the packages', () => {
  it('a 2026 first-half price replaces that half-year’s example value: the amount, the explanation and the version follow it', () => {
    const shipped = quzhou().version;
    const before = purchase('2026-03-15');
    expect(before.amountFen).toBe(60 * 1_320_000); // 60 ㎡ × the example 13,200 元
    expect(params(before.explanation.amount).find((p) => p.path === 'housing_price.urban_new_home_avg')!.example).toBe(true);

    setOfficialValues([price2026h1], 1);
    const after = purchase('2026-03-15');
    expect(after.amountFen).toBe(60 * 1_288_000);
    const used = params(after.explanation.amount).find((p) => p.path === 'housing_price.urban_new_home_avg')!;
    expect(used.example).toBeUndefined();
    expect(used.reference.doc).toBe(ref.doc);
    expect(quzhou().version).not.toBe(shipped);
    // the other half-years keep their (flagged) example values
    expect(purchase('2025-09-01').amountFen).toBe(60 * 1_340_000);
    expect(quzhou().params.lookup('housing_price.urban_new_home_avg', parseDay('2025-09-01'))!.entry.example).toBe(true);
    // the other packages are untouched
    const others = (ps: PolicyPackage[]) => ps.filter((p) => p.meta.id !== 'quzhou-2020').map((p) => p.version);
    expect(others(loadPolicies())).toEqual(others(shippedPolicies()));
    // no official values: the shipped packages again, with their versions
    setOfficialValues([]);
    expect(quzhou().version).toBe(shipped);
  });

  it('the same values give the same version; another value another one', () => {
    setOfficialValues([price2026h1], 1);
    const v1 = quzhou().version;
    setOfficialValues([{ ...price2026h1 }], 2);
    expect(quzhou().version).toBe(v1);
    setOfficialValues([{ ...price2026h1, value: 1_300_000, id: 2 }], 3);
    expect(quzhou().version).not.toBe(v1);
  });

  it('a dated value applies from its date to the next value; one inside a value with an end date splits it', () => {
    const wage: OfficialValue = { id: 3, policy: 'quzhou-2020', path: 'minimum_wage.monthly.class2', from: parseDay('2025-01-01'), value: 230_000, reference: { doc: '浙江省人民政府关于调整最低工资标准的通知', article: '一', text: '第二档 2300 元' } };
    const class4: OfficialValue = { id: 4, policy: 'quzhou-2020', path: 'minimum_wage.monthly.class4', from: parseDay('2019-01-01'), value: 155_000, reference: { doc: '示意文件', article: '一', text: '第四档 1550 元' } };
    setOfficialValues([wage, class4], 1);
    const at = (path: string, d: string) => quzhou().params.lookup(path, parseDay(d))?.value;
    expect(at('minimum_wage.monthly.class2', '2024-12-31')).toBe(207_000);
    expect(at('minimum_wage.monthly.class2', '2025-01-01')).toBe(230_000);
    expect(at('minimum_wage.monthly.class4', '2018-12-31')).toBe(150_000);
    expect(at('minimum_wage.monthly.class4', '2019-01-01')).toBe(155_000);
    expect(at('minimum_wage.monthly.class4', '2021-07-31')).toBe(155_000);
    expect(at('minimum_wage.monthly.class4', '2021-08-01')).toBeUndefined(); // the class ended then, and still does
  });

  it('a preview runs with its own values; everyone else keeps the values in force', async () => {
    const shipped = quzhou().version;
    const inside = withOfficialValues([price2026h1], async () => {
      await new Promise((r) => setTimeout(r, 5));
      return { amount: purchase('2026-03-15').amountFen, version: quzhou().version };
    });
    // while the preview waits, this (other) call chain still sees the shipped packages
    expect(quzhou().version).toBe(shipped);
    expect(officialValues().values).toEqual([]);
    expect(await inside).toEqual({ amount: 60 * 1_288_000, version: expect.not.stringMatching(shipped) });
    expect(purchase('2026-03-15').amountFen).toBe(60 * 1_320_000);
  });
});

describe('checking a proposed value', () => {
  const today = parseDay('2026-11-23');
  const check = (input: Record<string, unknown>) => checkOfficialValue(input, shippedPolicies(), today);
  const errors = (input: Record<string, unknown>) => {
    const r = check(input);
    return r.ok ? {} : Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
  };
  const good = { path: 'housing_price.urban_new_home_avg', from: '2026-01-01', value: '12880', source: { doc: ref.doc, article: '二', text: ref.text } };

  it('accepts a well-formed value, money in yuan becoming fen', () => {
    const r = check(good);
    expect(r.ok && r.value).toEqual({ policy: 'quzhou-2020', path: good.path, from: parseDay('2026-01-01'), value: 1_288_000, reference: { doc: ref.doc, article: '二', text: ref.text } });
    const url = check({ ...good, source: { doc: '统计公报', url: 'https://zjj.qz.gov.cn/art/2026/7/10/1.html', text: '均价 12,880 元' } });
    expect(url.ok && url.value.reference).toEqual({ doc: '统计公报', text: '均价 12,880 元', source: 'https://zjj.qz.gov.cn/art/2026/7/10/1.html' });
  });

  it('names each bad field in Chinese, without repeating the input', () => {
    const e = errors({ path: 'housing_price.urban_new_home_av<script>', from: '2026-02-01', value: 'x' });
    expect(e.path).toMatch(/不是可由经办人员录入官方数值的参数（是否指：housing_price.urban_new_home_avg？）/);
    expect(e.path).not.toContain('<script>');
    expect(e.source).toMatch(/请填写出处/);
    expect(errors({ ...good, from: '2026-02-01' }).from).toMatch(/1 月 1 日（上半年）或 7 月 1 日（下半年）/);
    expect(errors({ ...good, from: '2026-02-30' }).from).toMatch(/YYYY-MM-DD/);
    expect(errors({ ...good, from: '2019-07-01' }).from).toMatch(/不能早于 2020-01-01/);
    expect(errors({ ...good, from: '2027-01-01' }).from).toMatch(/尚未开始/);
    expect(errors({ ...good, value: '800' }).value).toMatch(/1000–100000 元\/平方米/);
    expect(errors({ ...good, value: '12880.555' }).value).toMatch(/最多两位小数/);
    expect(errors({ ...good, value: true }).value).toMatch(/金额/);
    expect(errors({ ...good, source: { doc: '', text: '' } })).toEqual({ 'source.doc': expect.stringMatching(/文号/), 'source.text': expect.stringMatching(/原文/), 'source.article': expect.stringMatching(/网址/) });
    expect(errors({ ...good, source: { ...good.source, url: 'javascript:alert(1)' } })['source.url']).toMatch(/https/);
    expect(errors({ ...good, policy: 'jiaojiang-2021' }).policy).toMatch(/quzhou-2020/);
  });

  it('text parameters take one of their choices; a county’s class must exist on the date', () => {
    const src = { doc: '浙江省最低工资标准适用地区', article: '附件', text: '柯城区适用第一档' };
    const r = check({ path: 'minimum_wage.area_class.kecheng', from: '2021-08-01', value: 'class1', source: src });
    expect(r.ok && r.value.value).toBe('class1');
    expect(errors({ path: 'minimum_wage.area_class.kecheng', from: '2021-08-01', value: 'class9', source: src }).value).toMatch(/class1（第一档）/);
    expect(errors({ path: 'minimum_wage.area_class.kecheng', from: '2022-01-01', value: 'class4', source: src }).value).toMatch(/2022-01-01 起没有第四档/);
    expect(errors({ path: 'minimum_wage.monthly.class4', from: '2022-01-01', value: 1600, source: src }).from).toMatch(/2021-08-01 起取消/);
    const point = check({ path: 'art20.purchase.service_reference', from: '2026-01-01', value: '按购房日判断（购房时须已满一年）', source: src });
    expect(point.ok && point.value.value).toBe('purchase');
  });
});
