import { describe, expect, it } from 'vitest';
import type { FactDef } from './facts.js';
import { makeQualificationIndex, parseProfile, ProfileError } from './profile.js';

const defs: FactDef[] = [
  { name: 'region', type: 'enum', label: '地区', options: [{ value: 'kecheng', label: '柯城区' }] },
  { name: 'person.arrivalDate', type: 'date', label: '到岗日期' },
  { name: 'person.fullTime', type: 'bool', label: '全职' },
  { name: 'person.purchase.price', type: 'money', label: '房价' },
  { name: 'person.qualifications', type: 'quals', label: '资格' },
  { name: 'enterprise.experts', type: 'list', label: '专家', fields: [{ name: 'salary', type: 'money', label: '年薪' }] },
];
const quals = makeQualificationIndex([
  { code: 'phd_fulltime', name: '全日制博士研究生', aliases: ['全日制博士'] },
  { code: 'technician', name: '技师' },
]);
const errorsOf = (input: unknown) => {
  try {
    parseProfile(input, defs, quals);
  } catch (e) {
    if (e instanceof ProfileError) return e.errors;
    throw e;
  }
  return [];
};

describe('reading a profile', () => {
  it('flattens nested JSON, converts money to fen and accepts codes, names and aliases', () => {
    const f = parseProfile({ region: '柯城区', person: { fullTime: true, purchase: { price: '1200000.5' }, qualifications: ['全日制博士', { code: '技师', obtained: '2021-05-01' }] } }, defs, quals);
    expect(f.get('region')).toBe('kecheng');
    expect(f.get('person.purchase.price')).toBe(120_000_050);
    expect([...(f.get('person.qualifications') as Map<string, unknown>).keys()]).toEqual(['phd_fulltime', 'technician']);
    expect(f.has('person.arrivalDate')).toBe(false); // absent stays unknown
  });
  it('names every bad field in Chinese', () => {
    const errors = errorsOf({
      region: 'mars',
      persn: {},
      person: { arrivalDate: '2021-02-30', fullTime: 'yes', purchase: { price: -5 }, qualifications: ['博士后'] },
      enterprise: { experts: [{ salary: 'abc' }] },
    });
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath.region).toContain('kecheng（柯城区）');
    expect(byPath.persn).toMatch(/未知字段.*person/);
    expect(byPath['person.arrivalDate']).toContain('有效日期');
    expect(byPath['person.fullTime']).toContain('布尔值');
    expect(byPath['person.purchase.price']).toContain('不能为负数');
    expect(byPath['person.qualifications[0]']).toContain('全日制博士研究生');
    expect(byPath['enterprise.experts[0].salary']).toContain('金额');
  });
});
