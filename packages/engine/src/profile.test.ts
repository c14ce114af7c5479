// Reading a profile: nested JSON → flat facts, qualifications by code, name or alias, and every
// problem reported at its exact path with a Chinese reason.

import { describe, expect, it } from 'vitest';
import { parseDay } from './dates.js';
import type { FactDef, QualSet, Row } from './facts.js';
import { makeQualificationIndex, parseProfile, ProfileError, type FieldError } from './profile.js';

const defs: FactDef[] = [
  {
    name: 'region',
    type: 'enum',
    label: '地区',
    options: [
      { value: 'kecheng', label: '柯城区' },
      { value: 'qujiang', label: '衢江区' },
    ],
  },
  { name: 'person.arrivalDate', type: 'date', label: '到岗日期' },
  { name: 'person.fullTime', type: 'bool', label: '全职' },
  { name: 'person.serviceAgreementYears', type: 'int', label: '服务协议年限', minimum: 0, maximum: 50 },
  { name: 'person.name', type: 'text', label: '姓名' },
  { name: 'person.purchase.price', type: 'money', label: '房价' },
  { name: 'person.purchase.date', type: 'date', label: '购房日期' },
  { name: 'person.qualifications', type: 'quals', label: '资格' },
  {
    name: 'enterprise.experts',
    type: 'list',
    label: '专家',
    fields: [
      { name: 'name', type: 'text', label: '姓名' },
      { name: 'salary', type: 'money', label: '年薪' },
      { name: 'qualified', type: 'bool', label: '经认定' },
    ],
  },
];
const quals = makeQualificationIndex([
  { code: 'phd_fulltime', name: '全日制博士研究生', aliases: ['全日制博士'] },
  { code: 'master_fulltime_dfc', name: '“双一流”高校全日制硕士研究生', aliases: ['双一流硕士'] },
  { code: 'master_fulltime_other', name: '其他高校全日制硕士研究生' },
  { code: 'technician', name: '技师' },
  { code: 'senior_technician', name: '高级技师' },
]);

const parse = (input: unknown) => parseProfile(input, defs, quals);
function errorsOf(input: unknown): FieldError[] {
  try {
    parse(input);
  } catch (e) {
    if (e instanceof ProfileError) return e.errors;
    throw e;
  }
  throw new Error('expected a ProfileError');
}
const byPath = (input: unknown) => Object.fromEntries(errorsOf(input).map((e) => [e.path, e.message]));
const qualsOf = (input: unknown) => parse({ person: { qualifications: input } }).get('person.qualifications') as QualSet;

describe('reading a profile', () => {
  it('flattens nested JSON to dotted fact names, money to fen, dates to days', () => {
    const f = parse({ region: 'kecheng', person: { fullTime: true, arrivalDate: '2021-03-01', serviceAgreementYears: 5, name: '张三', purchase: { price: '1200000.5', date: '2022-03-01' } } });
    expect(Object.fromEntries(f)).toEqual({
      region: 'kecheng',
      'person.fullTime': true,
      'person.arrivalDate': parseDay('2021-03-01'),
      'person.serviceAgreementYears': 5,
      'person.name': '张三',
      'person.purchase.price': 120_000_050,
      'person.purchase.date': parseDay('2022-03-01'),
    });
  });

  it('leaves absent and null fields unknown', () => {
    const f = parse({ region: null, person: { fullTime: null, purchase: null } });
    expect(f.size).toBe(0);
    expect(parse({}).size).toBe(0);
  });

  it('accepts an option by its value or by its label', () => {
    expect(parse({ region: '衢江区' }).get('region')).toBe('qujiang');
    expect(parse({ region: 'qujiang' }).get('region')).toBe('qujiang');
  });

  it('reads list rows as maps of their fields', () => {
    const rows = parse({ enterprise: { experts: [{ name: '李四', salary: 500000, qualified: true }, {}] } }).get('enterprise.experts') as Row[];
    expect(rows.map((r) => Object.fromEntries(r))).toEqual([{ name: '李四', salary: 50_000_000, qualified: true }, {}]);
  });
});

describe('qualifications', () => {
  it('are accepted by code, official name or alias', () => {
    expect([...qualsOf(['phd_fulltime', '其他高校全日制硕士研究生', '双一流硕士']).keys()]).toEqual(['phd_fulltime', 'master_fulltime_other', 'master_fulltime_dfc']);
  });

  it('ignore spaces and quotation marks in names', () => {
    expect([...qualsOf(['"双一流"高校全日制硕士研究生', '双一流高校全日制硕士研究生', ' 全日制 博士 ']).keys()]).toEqual(['master_fulltime_dfc', 'phd_fulltime']);
  });

  it('take {code, obtained} objects (or {name}), with the date obtained', () => {
    const q = qualsOf([{ code: '技师', obtained: '2021-05-01' }, { name: '高级技师' }, { code: 'phd_fulltime', obtained: null }]);
    expect([...q]).toEqual([
      ['technician', parseDay('2021-05-01')],
      ['senior_technician', undefined],
      ['phd_fulltime', undefined],
    ]);
  });

  it('keep a date given once when the qualification is listed twice', () => {
    expect(qualsOf([{ code: 'technician', obtained: '2021-05-01' }, '技师']).get('technician')).toBe(parseDay('2021-05-01'));
    expect(qualsOf(['技师', { code: 'technician', obtained: '2021-05-01' }]).get('technician')).toBe(parseDay('2021-05-01'));
  });

  it('an empty list is known: no qualifications', () => {
    expect(qualsOf([]).size).toBe(0);
  });
});

describe('errors name the exact field in Chinese', () => {
  it('an unknown field, with the closest known name first', () => {
    const hint = (input: unknown, path: string) => {
      const errors = byPath(input);
      expect(Object.keys(errors)).toEqual([path]);
      return errors[path];
    };
    expect(hint({ persn: {} }, 'persn')).toMatch(/^未知字段（是否指：person[、？]/);
    expect(hint({ person: { fulltime: true } }, 'person.fulltime')).toMatch(/^未知字段（是否指：fullTime[、？]/);
    expect(hint({ person: { purchase: { prise: 1 } } }, 'person.purchase.prise')).toMatch(/^未知字段（是否指：price[、？]/);
    expect(hint({ zzz: 1 }, 'zzz')).toBe('未知字段');
  });

  it('an option that does not exist, listing the options', () => {
    expect(byPath({ region: 'mars' })).toEqual({ region: '取值无效，可选：kecheng（柯城区）、qujiang（衢江区）' });
  });

  it('an impossible or malformed date', () => {
    expect(byPath({ person: { arrivalDate: '2021-02-29' } })).toEqual({ 'person.arrivalDate': '应为有效日期（YYYY-MM-DD），收到："2021-02-29"' });
    expect(byPath({ person: { arrivalDate: '2021/03/01' } })).toEqual({ 'person.arrivalDate': '应为有效日期（YYYY-MM-DD），收到："2021/03/01"' });
    expect(byPath({ person: { arrivalDate: 20210301 } })).toEqual({ 'person.arrivalDate': '应为有效日期（YYYY-MM-DD），收到：20210301' });
  });

  it('negative or over-precise money', () => {
    expect(byPath({ person: { purchase: { price: -5 } } })).toEqual({ 'person.purchase.price': '金额不能为负数' });
    expect(byPath({ person: { purchase: { price: '1.234' } } })).toEqual({ 'person.purchase.price': '金额应为最多两位小数的数字（元），收到：1.234' });
    expect(byPath({ person: { purchase: { price: true } } })).toEqual({ 'person.purchase.price': '应为金额（元，最多两位小数）' });
  });

  it('wrong types and out-of-range integers', () => {
    expect(byPath({ person: { fullTime: 'yes', name: 3, serviceAgreementYears: 2.5 } })).toEqual({
      'person.fullTime': '应为布尔值（true/false）',
      'person.name': '应为文本',
      'person.serviceAgreementYears': '应为整数',
    });
    expect(byPath({ person: { serviceAgreementYears: -1 } })).toEqual({ 'person.serviceAgreementYears': '不能小于 0' });
    expect(byPath({ person: { serviceAgreementYears: 51 } })).toEqual({ 'person.serviceAgreementYears': '不能大于 50' });
    expect(byPath({ person: 5 })).toEqual({ person: '应为对象' });
    expect(byPath({ enterprise: { experts: {} } })).toEqual({ 'enterprise.experts': '应为列表' });
    expect(byPath({ enterprise: { experts: [3] } })).toEqual({ 'enterprise.experts[0]': '应为对象' });
    expect(errorsOf([])).toEqual([{ path: '(profile)', message: '档案应为 JSON 对象' }]);
  });

  it('an unknown qualification, with the closest catalogue names', () => {
    expect(byPath({ person: { qualifications: ['phd_fulltime', '全日制博士生'] } })).toEqual({
      'person.qualifications[1]': '未知的资格「全日制博士生」，最接近的目录名称：全日制博士研究生、其他高校全日制硕士研究生、“双一流”高校全日制硕士研究生',
    });
    expect(byPath({ person: { qualifications: ['宇航员'] } })).toEqual({ 'person.qualifications[0]': '未知的资格「宇航员」' });
    expect(byPath({ person: { qualifications: 'phd_fulltime' } })).toEqual({ 'person.qualifications': '应为资格列表（代码或官方名称，或 {code, obtained} 对象）' });
    expect(byPath({ person: { qualifications: [3, null] } })).toEqual({ 'person.qualifications[0]': '应为资格代码或名称', 'person.qualifications[1]': '应为资格代码或名称' });
    expect(byPath({ person: { qualifications: ['技师', { code: 'technician', obtained: '2021-13-01' }] } })).toEqual({
      'person.qualifications[1].obtained': '应为有效日期（YYYY-MM-DD），收到："2021-13-01"',
    });
  });

  it('a field inside a list row, by its index', () => {
    expect(byPath({ enterprise: { experts: [{ salary: 1 }, { salary: 'abc', nmae: 'x' }] } })).toEqual({
      'enterprise.experts[1].salary': '金额应为最多两位小数的数字（元），收到：abc',
      'enterprise.experts[1].nmae': '未知字段（是否指：name？）',
    });
  });

  it('every problem at once, in one error', () => {
    let err: ProfileError | undefined;
    try {
      parse({ region: 'mars', person: { fullTime: 'yes', arrivalDate: '2021-02-30' } });
    } catch (e) {
      err = e as ProfileError;
    }
    expect(err).toBeInstanceOf(ProfileError);
    expect(err!.errors.map((e) => e.path)).toEqual(['region', 'person.fullTime', 'person.arrivalDate']);
    expect(err!.message).toBe('region：取值无效，可选：kecheng（柯城区）、qujiang（衢江区）；person.fullTime：应为布尔值（true/false）；person.arrivalDate：应为有效日期（YYYY-MM-DD），收到："2021-02-30"');
  });
});
