// The calculator's URL state and its translation into the API request.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../api';
import { answersFromParams, answersToParams, errorsByFact, requestFor } from './state';

const facts: Fact[] = [
  { name: 'region', type: 'enum', label: '地区' },
  { name: 'person.qualifications', type: 'quals', label: '资格' },
  { name: 'person.fullTime', type: 'bool', label: '全职' },
  { name: 'person.serviceAgreementYears', type: 'int', label: '协议年限' },
  { name: 'person.purchase.price', type: 'money', label: '房价' },
  { name: 'person.purchase.date', type: 'date', label: '购房日期' },
];
const byName = new Map(facts.map((f) => [f.name, f]));

describe('calculator state', () => {
  it('round-trips through the URL and ignores unknown keys', () => {
    const params = new URLSearchParams('region=kecheng&person.qualifications=phd_fulltime&evil=1&person.fullTime=true&date=2023-01-01');
    const answers = answersFromParams(params, new Set(byName.keys()));
    expect(answers).toEqual({ region: 'kecheng', 'person.qualifications': 'phd_fulltime', 'person.fullTime': 'true', date: '2023-01-01' });
    expect(answersFromParams(answersToParams(answers), new Set(byName.keys()))).toEqual(answers);
  });

  it('builds the nested profile with typed values, leaving blanks unknown', () => {
    const req = requestFor(
      { region: 'kecheng', 'person.qualifications': 'phd_fulltime,senior_title', 'person.fullTime': 'false', 'person.serviceAgreementYears': '5', 'person.purchase.price': '1200000.50', 'person.purchase.date': ' ', date: '2023-01-01' },
      byName,
    );
    expect(req).toEqual({
      date: '2023-01-01',
      whyNot: true,
      profile: { region: 'kecheng', person: { qualifications: ['phd_fulltime', 'senior_title'], fullTime: false, serviceAgreementYears: 5, purchase: { price: '1200000.50' } } },
    });
  });

  it('sends "none of these" as an empty list and malformed numbers as typed, for the API to judge', () => {
    const req = requestFor({ 'person.qualifications': '', 'person.serviceAgreementYears': 'abc' }, byName);
    expect(req.profile).toEqual({ person: { qualifications: [], serviceAgreementYears: 'abc' } });
  });

  it('maps API error paths to the facts they belong to', () => {
    const m = errorsByFact(
      [
        { path: 'profile.person.purchase.price', message: '金额应为最多两位小数的数字（元），收到：12.345' },
        { path: 'profile.person.qualifications[0]', message: '未知的资格' },
        { path: 'date', message: '日期格式应为 YYYY-MM-DD 的有效日期' },
        { path: 'profile.person.fulTime', message: '未知字段' },
      ],
      byName.keys(),
    );
    expect(m.get('person.purchase.price')).toContain('两位小数');
    expect(m.get('person.qualifications')).toBe('未知的资格');
    expect(m.get('date')).toContain('YYYY-MM-DD');
    expect(m.get('')).toBe('未知字段');
  });
});
