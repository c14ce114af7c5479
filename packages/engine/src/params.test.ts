import { describe, expect, it } from 'vitest';
import { parseDay } from './dates.js';
import { Params, parseSetting, type ParamDef } from './params.js';

const ref = { doc: '测试文件', text: '原文' };
const defs: ParamDef[] = [
  {
    path: 'wage.class1',
    description: '月最低工资',
    unit: 'fen',
    values: [
      { from: parseDay('2017-12-01'), value: 201_000, reference: ref },
      { from: parseDay('2021-08-01'), value: 228_000, reference: ref },
    ],
  },
  { path: 'old', description: '已停用', unit: 'fen', values: [{ from: parseDay('2017-12-01'), to: parseDay('2021-07-31'), value: 150_000, reference: ref }] },
  {
    path: 'price',
    description: '半年度均价',
    unit: 'fen_per_m2',
    periodic: 'half_year',
    values: [
      { from: parseDay('2021-01-01'), value: 1_500_000, reference: ref },
      { from: parseDay('2021-07-01'), value: 1_550_000, reference: ref },
    ],
  },
];
const params = new Params(defs);
const at = (p: string, day: string) => params.lookup(p, parseDay(day))?.value;

describe('dated parameters', () => {
  it('looks values up as of a date', () => {
    expect(at('wage.class1', '2017-11-30')).toBeUndefined();
    expect(at('wage.class1', '2021-07-31')).toBe(201_000);
    expect(at('wage.class1', '2021-08-01')).toBe(228_000);
    expect(at('old', '2021-07-31')).toBe(150_000);
    expect(at('old', '2021-08-01')).toBeUndefined();
  });
  it('never carries a half-year value into a half-year that has none', () => {
    expect(at('price', '2021-06-30')).toBe(1_500_000);
    expect(at('price', '2021-07-01')).toBe(1_550_000);
    expect(at('price', '2022-01-01')).toBeUndefined();
  });
  it('applies a reform to a copy, from its date on, and leaves the baseline alone', () => {
    const reformed = params.withReform({ 'wage.class1': [{ value: 250_000, from: parseDay('2023-01-01') }] });
    expect(reformed.lookup('wage.class1', parseDay('2022-12-31'))?.value).toBe(228_000);
    expect(reformed.lookup('wage.class1', parseDay('2023-01-01'))?.value).toBe(250_000);
    expect(reformed.lookup('wage.class1', parseDay('2023-01-01'))?.entry.reform).toBe(true);
    expect(at('wage.class1', '2023-01-01')).toBe(228_000);
    const other = params.withReform({ 'wage.class1': [{ value: 1 }] });
    expect(other.lookup('wage.class1', parseDay('2018-01-01'))?.value).toBe(1);
    expect(reformed.lookup('wage.class1', parseDay('2018-01-01'))?.value).toBe(201_000);
  });
  it('rejects a reform of an unknown parameter, naming the closest ones', () => {
    expect(() => params.withReform({ 'wage.clas1': [{ value: 1 }] })).toThrow(/未知|不存在.*wage\.class1/);
    expect(() => params.withReform({ 'wage.class1': [{ value: 'abc' }] })).toThrow(/数值/);
  });
  it('parses PATH=VALUE[@DATE] settings in yuan exactly', () => {
    expect(parseSetting('wage.class1=2500.5@2023-01-01', params)).toEqual(['wage.class1', { value: 250_050, from: parseDay('2023-01-01') }]);
    expect(() => parseSetting('wage.class1=2500.555', params)).toThrow(/金额/);
    expect(() => parseSetting('nothing=1', params)).toThrow(/未知参数/);
    expect(() => parseSetting('wage.class1', params)).toThrow(/格式/);
  });
});
