// Dated parameters: as-of lookups, half-year values, reforms applied to copies, the checks on a
// parameter's values, and the CLI's PATH=VALUE[@DATE] settings.

import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './dates.js';
import { checkParamDef, closest, mergeReform, ParamError, Params, parseSetting, suggest, type ParamDef } from './params.js';

const ref = { doc: '测试文件', text: '原文' };
const day = parseDay;
const defs: ParamDef[] = [
  {
    path: 'wage.class1',
    description: '月最低工资',
    unit: 'fen',
    values: [
      { from: day('2017-12-01'), value: 201_000, reference: ref },
      { from: day('2021-08-01'), value: 228_000, reference: ref },
    ],
  },
  { path: 'wage.class2', description: '月最低工资（二档）', unit: 'fen', values: [{ from: day('2017-12-01'), value: 180_000, reference: ref }] },
  { path: 'old', description: '已停用', unit: 'fen', values: [{ from: day('2017-12-01'), to: day('2021-07-31'), value: 150_000, reference: ref }] },
  {
    path: 'gap',
    description: '中间停用一段',
    unit: 'count',
    values: [
      { from: day('2020-01-01'), to: day('2020-12-31'), value: 1, reference: ref },
      { from: day('2022-01-01'), value: 2, reference: ref },
    ],
  },
  {
    path: 'price',
    description: '半年度均价',
    unit: 'fen_per_m2',
    periodic: 'half_year',
    values: [
      // given out of order on purpose: the constructor sorts
      { from: day('2022-01-01'), value: 1_600_000, reference: ref },
      { from: day('2021-01-01'), value: 1_500_000, reference: ref },
      // 2021 下半年 missing
    ],
  },
  { path: 'mode', description: '判断时点', unit: 'text', values: [{ from: day('2020-04-22'), value: 'as_of', reference: ref }] },
  { path: 'flag', description: '开关', unit: 'bool', values: [{ from: day('2020-04-22'), value: false, reference: ref }] },
  { path: 'pct', description: '比例', unit: 'percent', values: [{ from: day('2020-04-22'), value: 60, reference: ref }] },
];
const params = new Params(defs);
const at = (p: string, date: string, ps = params) => ps.lookup(p, day(date))?.value;

describe('as-of lookups', () => {
  it('has no value before the first one takes effect', () => {
    expect(at('wage.class1', '2017-11-30')).toBeUndefined();
    expect(at('wage.class1', '2017-12-01')).toBe(201_000);
  });

  it('switches to the new value on the day of the change', () => {
    expect(at('wage.class1', '2021-07-31')).toBe(201_000);
    expect(at('wage.class1', '2021-08-01')).toBe(228_000);
    expect(at('wage.class1', '2030-01-01')).toBe(228_000);
    const hit = params.lookup('wage.class1', day('2021-08-01'))!;
    expect([hit.path, formatDay(hit.entry.from), hit.def.description]).toEqual(['wage.class1', '2021-08-01', '月最低工资']);
  });

  it('ends a value on its `to` date (inclusive) and leaves gaps empty', () => {
    expect(at('old', '2021-07-31')).toBe(150_000);
    expect(at('old', '2021-08-01')).toBeUndefined();
    expect(at('gap', '2020-12-31')).toBe(1);
    expect(at('gap', '2021-06-01')).toBeUndefined();
    expect(at('gap', '2022-01-01')).toBe(2);
  });

  it('never carries a half-year value into a half-year that has none', () => {
    expect(at('price', '2020-12-31')).toBeUndefined();
    expect(at('price', '2021-01-01')).toBe(1_500_000);
    expect(at('price', '2021-06-30')).toBe(1_500_000);
    expect(at('price', '2021-07-01')).toBeUndefined(); // not the previous half-year's value
    expect(at('price', '2021-12-31')).toBeUndefined();
    expect(at('price', '2022-01-01')).toBe(1_600_000);
    expect(at('price', '2022-06-30')).toBe(1_600_000);
    expect(at('price', '2022-07-01')).toBeUndefined(); // nor the last one's, after the last half-year
  });

  it('refuses unknown paths and duplicate definitions', () => {
    expect(() => params.lookup('wage.class9', day('2021-01-01'))).toThrow(ParamError);
    expect(() => params.lookup('wage.class9', day('2021-01-01'))).toThrow('未知参数：wage.class9');
    expect(() => new Params([defs[0]!, defs[0]!])).toThrow('参数重复定义：wage.class1');
    expect(params.has('wage.class1')).toBe(true);
    expect(params.has('wage')).toBe(false);
    expect(params.paths()).toEqual(defs.map((x) => x.path));
  });
});

describe('reforms', () => {
  it('rejects an unknown parameter, suggesting the closest paths', () => {
    expect(() => params.withReform({ 'wage.clas1': [{ value: 1 }] })).toThrow(ParamError);
    expect(() => params.withReform({ 'wage.clas1': [{ value: 1 }] })).toThrow('改革方案中的参数不存在：wage.clas1（是否指：wage.class1');
  });

  it('checks the value against the unit', () => {
    expect(() => params.withReform({ 'wage.class1': [{ value: 'abc' }] })).toThrow('参数 wage.class1 应为数值，收到：abc');
    expect(() => params.withReform({ 'wage.class1': [{ value: 1.5 }] })).toThrow('参数 wage.class1 的金额必须精确到分');
    expect(() => params.withReform({ mode: [{ value: 3 }] })).toThrow('参数 mode 应为文本');
    expect(() => params.withReform({ flag: [{ value: 'true' }] })).toThrow('参数 flag 应为 true/false');
  });

  it('applies from its date on and drops the later baseline values', () => {
    const r = params.withReform({ 'wage.class1': [{ value: 250_000, from: day('2019-01-01') }] });
    expect(at('wage.class1', '2018-12-31', r)).toBe(201_000);
    expect(at('wage.class1', '2019-01-01', r)).toBe(250_000);
    expect(at('wage.class1', '2021-08-01', r)).toBe(250_000); // the 2021 baseline value is gone
    const hit = r.lookup('wage.class1', day('2019-01-01'))!;
    expect(hit.entry.reform).toBe(true);
    expect(hit.entry.reference).toEqual({ doc: '改革方案（参数调整）', text: '自 2019-01-01 起取值 250000' });
  });

  it('cuts a baseline value’s `to` date short at the reform date', () => {
    const r = params.withReform({ old: [{ value: 1, from: day('2020-01-01'), note: '测试调整' }] });
    const before = r.lookup('old', day('2019-12-31'))!;
    expect(before.value).toBe(150_000);
    expect(formatDay(before.entry.to!)).toBe('2019-12-31');
    expect(at('old', '2020-01-01', r)).toBe(1);
    expect(at('old', '2025-01-01', r)).toBe(1);
    expect(r.lookup('old', day('2020-01-01'))!.entry.reference.text).toBe('测试调整');
  });

  it('without a date, replaces the parameter from its first value on', () => {
    const r = params.withReform({ 'wage.class1': [{ value: 1 }] });
    expect(at('wage.class1', '2017-12-01', r)).toBe(1);
    expect(at('wage.class1', '2017-11-30', r)).toBeUndefined();
    expect(at('wage.class1', '2022-01-01', r)).toBe(1);
  });

  it('applies several dated values of one reform in order', () => {
    const r = params.withReform({
      'wage.class1': [
        { value: 1, from: day('2022-01-01') },
        { value: 2, from: day('2023-01-01') },
      ],
    });
    expect([at('wage.class1', '2021-12-31', r), at('wage.class1', '2022-06-01', r), at('wage.class1', '2023-06-01', r)]).toEqual([228_000, 1, 2]);
  });

  it('leaves the baseline untouched, and two reforms do not leak into each other', () => {
    const a = params.withReform({ 'wage.class1': [{ value: 1, from: day('2020-01-01') }] });
    const b = params.withReform({ 'wage.class2': [{ value: 2, from: day('2020-01-01') }] });
    expect([at('wage.class1', '2022-01-01', a), at('wage.class2', '2022-01-01', a)]).toEqual([1, 180_000]);
    expect([at('wage.class1', '2022-01-01', b), at('wage.class2', '2022-01-01', b)]).toEqual([228_000, 2]);
    expect([at('wage.class1', '2022-01-01'), at('wage.class2', '2022-01-01')]).toEqual([228_000, 180_000]);
    expect(params.def('wage.class1')!.values.map((v) => v.value)).toEqual([201_000, 228_000]);
    expect(params.def('old')!.values[0]!.to).toBe(day('2021-07-31'));
    expect(params.lookup('wage.class1', day('2022-01-01'))!.entry.reform).toBeUndefined();
    // a reform of a reform keeps both changes
    const ab = a.withReform({ 'wage.class2': [{ value: 3, from: day('2020-01-01') }] });
    expect([at('wage.class1', '2022-01-01', ab), at('wage.class2', '2022-01-01', ab), at('wage.class2', '2022-01-01', a)]).toEqual([1, 3, 180_000]);
  });

  it('merges --set entries per path, ordered by date', () => {
    const r = mergeReform([
      ['a', { value: 2, from: 20 }],
      ['b', { value: 9 }],
      ['a', { value: 1, from: 10 }],
    ]);
    expect(r).toEqual({ a: [{ value: 1, from: 10 }, { value: 2, from: 20 }], b: [{ value: 9 }] });
  });

  // Found while writing these tests (see the report): a reform of a half-year parameter sets one
  // half-year and silently empties every later half-year instead of keeping (or replacing) them.
  it('a dated reform of a half-year parameter replaces that half-year only and keeps the others', () => {
    const r = params.withReform({ price: [{ value: 1_700_000, from: day('2021-08-15') }] });
    expect(r.lookup('price', day('2021-07-01'))?.value).toBe(1_700_000); // enters the missing 2021 下半年
    expect(r.lookup('price', day('2021-06-30'))?.value).toBe(1_500_000);
    expect(r.lookup('price', day('2022-03-01'))?.value).toBe(1_600_000);
    const all = params.withReform({ price: [{ value: 1_000_000 }] });
    expect(all.lookup('price', day('2021-01-01'))?.value).toBe(1_000_000);
    expect(all.lookup('price', day('2022-01-01'))?.value).toBe(1_000_000);
    expect(all.lookup('price', day('2021-07-01'))).toBeUndefined(); // still not entered
  });
  // withReform applies a path's values in the order given: an earlier date listed after a later
  // one erases the later value (mergeReform sorts, direct API callers do not).
  it('a reform whose dated values are listed out of order applies each from its own date', () => {
    const r = params.withReform({ 'wage.class1': [{ value: 300_000, from: day('2023-01-01') }, { value: 250_000, from: day('2022-01-01') }] });
    expect(r.lookup('wage.class1', day('2022-06-01'))?.value).toBe(250_000);
    expect(r.lookup('wage.class1', day('2023-06-01'))?.value).toBe(300_000);
  });
});

describe('checkParamDef', () => {
  const base = (values: ParamDef['values'], extra: Partial<ParamDef> = {}): ParamDef => ({ path: 'x', description: 'x', unit: 'fen', values, ...extra });

  it('passes a sound parameter', () => {
    expect(defs.filter((x) => x.path !== 'gap').flatMap(checkParamDef)).toEqual(['price @ 2021-01-01: 与下一个半年度之间有缺口']);
    expect(checkParamDef(base([{ from: 100, to: 199, value: 1, reference: ref }, { from: 200, value: 2, reference: ref }]))).toEqual([]);
  });

  it('reports a value without its reference document or original text', () => {
    expect(checkParamDef(base([{ from: day('2021-01-01'), value: 1, reference: { doc: '测试', text: '' } }]))).toEqual(['x @ 2021-01-01: 缺少出处（doc 与原文 text）']);
    expect(checkParamDef(base([{ from: day('2021-01-01'), value: 1, reference: { doc: '测试', text: '  ' } }]))).toEqual(['x @ 2021-01-01: 缺少出处（doc 与原文 text）']);
    expect(checkParamDef(base([{ from: day('2021-01-01'), value: 1, reference: { doc: '', text: '原文' } }]))).toEqual(['x @ 2021-01-01: 缺少出处（doc 与原文 text）']);
    expect(checkParamDef(base([{ from: day('2021-01-01'), value: 1, reference: undefined as never }]))).toEqual(['x @ 2021-01-01: 缺少出处（doc 与原文 text）']);
  });

  it('reports two values on the same date as an overlap', () => {
    expect(
      checkParamDef(
        base([
          { from: day('2021-01-01'), value: 1, reference: ref },
          { from: day('2021-01-01'), value: 2, reference: ref },
        ]),
      ),
    ).toEqual(['x @ 2021-01-01: 同一日期有两个取值（重叠）']);
  });

  it('reports a `to` date that runs into the next value, and a gap before it', () => {
    expect(
      checkParamDef(
        base([
          { from: day('2020-01-01'), to: day('2021-01-01'), value: 1, reference: ref },
          { from: day('2021-01-01'), value: 2, reference: ref },
        ]),
      ),
    ).toEqual(['x @ 2020-01-01: 与 2021-01-01 起的取值重叠']);
    expect(
      checkParamDef(
        base([
          { from: day('2020-01-01'), to: day('2020-12-30'), value: 1, reference: ref },
          { from: day('2021-01-01'), value: 2, reference: ref },
        ]),
      ),
    ).toEqual(['x @ 2020-01-01: 与 2021-01-01 起的取值之间有缺口']);
    expect(checkParamDef(base([{ from: day('2021-01-01'), to: day('2020-12-31'), value: 1, reference: ref }]))).toEqual(['x @ 2021-01-01: 截止日期早于起始日期']);
  });

  it('reports half-year values that start mid-half or leave a half-year out', () => {
    const half = (values: ParamDef['values']) => base(values, { unit: 'fen_per_m2', periodic: 'half_year' });
    expect(checkParamDef(half([{ from: day('2021-02-01'), value: 1, reference: ref }]))).toEqual(['x @ 2021-02-01: 半年度数值必须从 1 月 1 日或 7 月 1 日开始']);
    expect(
      checkParamDef(
        half([
          { from: day('2021-01-01'), value: 1, reference: ref },
          { from: day('2022-01-01'), value: 2, reference: ref },
        ]),
      ),
    ).toEqual(['x @ 2021-01-01: 与下一个半年度之间有缺口']);
    expect(
      checkParamDef(
        half([
          { from: day('2021-01-01'), value: 1, reference: ref },
          { from: day('2021-07-01'), value: 2, reference: ref },
        ]),
      ),
    ).toEqual([]);
  });

  it('reports an empty parameter and values of the wrong type', () => {
    expect(checkParamDef(base([]))).toEqual(['x: 没有任何取值']);
    const then = { from: day('2022-01-01'), value: 2, reference: ref };
    expect(checkParamDef(base([{ from: day('2021-01-01'), value: '3', reference: ref }, then]))).toEqual(['x @ 2021-01-01: 参数 x 应为数值，收到：3']);
    expect(checkParamDef(base([{ from: day('2021-01-01'), value: 0.5, reference: ref }, then]))).toEqual(['x @ 2021-01-01: 参数 x 的金额必须精确到分']);
  });

  // Found while writing these tests (see the report): the type check sits after the early return
  // for the last value, so the last (or only) value of a parameter is never type-checked.
  it('checks the type of the last (or only) value', () => {
    expect(checkParamDef(base([{ from: day('2021-01-01'), value: '3', reference: ref }]))).toEqual(['x @ 2021-01-01: 参数 x 应为数值，收到：3']);
  });
});

describe('settings PATH=VALUE[@DATE]', () => {
  it('reads yuan exactly into fen, with an optional date', () => {
    expect(parseSetting('wage.class1=2500.5@2023-01-01', params)).toEqual(['wage.class1', { value: 250_050, from: day('2023-01-01') }]);
    expect(parseSetting(' wage.class1 = 0.1 ', params)).toEqual(['wage.class1', { value: 10, from: undefined }]);
    expect(parseSetting('price=15000', params)).toEqual(['price', { value: 1_500_000, from: undefined }]);
  });

  it('reads percentages, text and booleans by the parameter’s unit', () => {
    expect(parseSetting('pct=70', params)[1].value).toBe(70);
    expect(parseSetting('mode=purchase', params)[1].value).toBe('purchase');
    expect(parseSetting('flag=true', params)[1].value).toBe(true);
    expect(parseSetting('flag=false', params)[1].value).toBe(false);
  });

  it('explains what is wrong', () => {
    expect(() => parseSetting('wage.class1=2500.555', params)).toThrow(/金额/);
    expect(() => parseSetting('wage.class1=abc', params)).toThrow('参数 wage.class1 应为数值，收到：abc');
    expect(() => parseSetting('wage.class1=', params)).toThrow('应为数值');
    expect(() => parseSetting('wage.clas1=1', params)).toThrow('未知参数：wage.clas1（是否指：wage.class1');
    expect(() => parseSetting('wage.class1', params)).toThrow('参数调整格式应为 路径=值[@YYYY-MM-DD]');
    expect(() => parseSetting('wage.class1=1@2023-02-30', params)).toThrow(/YYYY-MM-DD/);
  });

  // Found while writing these tests (see the report): anything but "true" silently reads as false.
  it('rejects a boolean setting other than true/false (or 是/否)', () => {
    for (const bad of ['yes', 'TRUE', '1']) expect(() => parseSetting(`flag=${bad}`, params)).toThrow('参数 flag 应为 true 或 false');
    expect(parseSetting('flag=是', params)[1].value).toBe(true);
  });
  // Found while writing these tests (see the report): pct=2.5 is accepted, and ratio() then throws a RangeError.
  it('accepts a fractional percentage setting such as pct=2.5 (computed exactly, see money tests)', () => {
    expect(parseSetting('pct=2.5', params)[1].value).toBe(2.5);
  });
});

describe('suggestions', () => {
  it('ranks names containing the input first, then by shared run and edit distance', () => {
    expect(closest('class1', ['wage.class1', 'wage.class2', 'other'])).toEqual(['wage.class1', 'wage.class2']);
    expect(closest('全日制博士', ['全日制博士研究生', '全日制硕士研究生', '技师'])).toEqual(['全日制博士研究生', '全日制硕士研究生']);
    expect(suggest('zzz', ['abc', 'def'])).toBe('');
    expect(suggest('wage.clas1', ['wage.class1'])).toBe('（是否指：wage.class1？）');
  });
});
