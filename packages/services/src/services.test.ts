// The use cases on their own: request checking (every error at once, with paths), reforms in both
// forms, population files (JSON lines and CSV, from text or a path), policy listings.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay } from '@rencai/engine';
import { calculateRequest, InputError, policyDetail, policySummary, populationRows, runBatch, searchQualifications, todayInChina, type CalculateInput } from './index.js';

const profile = {
  region: 'kecheng',
  person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2021-03-01', post: 'teacher', serviceAgreementYears: 5, purchase: { date: '2021-06-30', price: 1200000, isFirst: true, sold: false } },
};

function inputErrors(input: CalculateInput) {
  try {
    calculateRequest(input);
  } catch (e) {
    if (e instanceof InputError) return e.errors;
    throw e;
  }
  throw new Error('expected an input error');
}
const housing = (input: CalculateInput) => calculateRequest(input).entitlements.find((e) => e.rule === 'art20.5')?.amountFen;

describe('calculateRequest', () => {
  it('defaults the date to today in China (UTC+8)', () => {
    expect(formatDay(todayInChina(new Date('2023-06-30T16:30:00Z')))).toBe('2023-07-01');
    expect(formatDay(todayInChina(new Date('2023-06-30T15:59:00Z')))).toBe('2023-06-30');
    expect(calculateRequest({ profile }).asOf).toBe(formatDay(todayInChina()));
  });

  it('reports every problem of a request together, each under its field path', () => {
    const errors = inputErrors({ profile: { region: 'kecheng', person: { fullTime: 'yes', purchase: { price: '12.345' } } }, date: '2023-02-29', policy: 'nope', set: ['x'] });
    expect(errors.map((e) => e.path)).toEqual(['profile.person.fullTime', 'profile.person.purchase.price', 'date', 'policy']);
    expect(errors.find((e) => e.path === 'profile.person.purchase.price')?.message).toContain('两位小数');
    expect(inputErrors({ profile: [] })).toEqual([{ path: 'profile', message: '档案应为 JSON 对象' }]);
    expect(inputErrors({} as CalculateInput)).toEqual([{ path: 'profile', message: '缺少档案（profile）' }]);
  });

  it('refuses a profile that contradicts itself, naming both fields, instead of computing it', () => {
    const noHouse = inputErrors({ profile: { ...profile, person: { ...profile.person, hasPurchased: false } }, date: '2023-01-01' });
    expect(noHouse.map((e) => e.path)).toEqual(['profile.person.hasPurchased', 'profile.person.purchase.date']);
    expect(noHouse[0]!.message).toContain('购房日期');
    expect(noHouse[1]!.message).toContain('已在当地购房');
    const soldFirst = inputErrors({ profile: { ...profile, person: { ...profile.person, purchase: { ...profile.person.purchase, sold: true, soldDate: '2021-05-01' } } }, date: '2023-01-01' });
    expect(soldFirst.map((e) => e.path)).toEqual(['profile.person.purchase.soldDate', 'profile.person.purchase.date']);
    expect(soldFirst[0]!.message).toContain('2021-05-01');
    const early = inputErrors({ profile, date: '2020-12-31' });
    expect(early.map((e) => e.path)).toEqual(['profile.person.arrivalDate', 'date']);
    // The same answers without the contradiction compute.
    expect(housing({ profile, date: '2023-01-01' })).toBe(108_000_000);
    expect(() => calculateRequest({ profile: { region: 'kecheng', person: { hasPurchased: false, fullTime: true } }, date: '2023-01-01' })).not.toThrow();
  });

  it('applies reforms given as settings, as scalars or as dated objects (money in yuan)', () => {
    const base = { profile, date: '2023-01-01' };
    expect(housing(base)).toBe(108_000_000);
    expect(housing({ ...base, set: 'art20.purchase.area.3=50' })).toBe(90_000_000); // 50 × 15,000 × 120%
    expect(housing({ ...base, set: { 'art20.purchase.area.3': 50 } })).toBe(90_000_000);
    expect(housing({ ...base, set: { 'housing_price.urban_new_home_avg': { value: '12000.50', from: '2021-03-01' } } })).toBe(86_403_600);
    // A reform dated after the purchase leaves it alone.
    expect(housing({ ...base, set: { 'art20.purchase.area.3': [{ value: 50, from: '2022-01-01' }] } })).toBe(108_000_000);
  });

  it('rejects reform values of the wrong kind, under the path they came from', () => {
    const errors = inputErrors({ profile, set: { 'art20.purchase.area.3': [{ value: true }, { value: 70, from: '2021-13-01' }], 'art20.purchase.area.33': 1 } });
    expect(errors).toEqual([
      { path: 'set.art20.purchase.area.3[0].value', message: '应为数值' },
      { path: 'set.art20.purchase.area.3[1].from', message: expect.stringContaining('YYYY-MM-DD') },
      { path: 'set.art20.purchase.area.33', message: expect.stringContaining('art20.purchase.area.3') },
    ]);
    expect(inputErrors({ profile, set: 5 as unknown as string[] })[0]?.path).toBe('set');
  });
});

describe('population files', () => {
  it('reads CSV cells by the fact type: booleans, integers, qualifications with dates, empty = absent', () => {
    const csv = 'region,person.fullTime,person.serviceAgreementYears,person.qualifications,person.post\r\nkecheng,否,3,"全日制博士研究生|new115_l1@2021-05-01",\r\n';
    expect(populationRows(csv, 'csv')).toEqual([
      { row: 2, profile: { region: 'kecheng', person: { fullTime: false, serviceAgreementYears: 3, qualifications: ['全日制博士研究生', { code: 'new115_l1', obtained: '2021-05-01' }] } } },
    ]);
  });

  it('skips bad rows with their line numbers and reasons; a bad header is an input error', () => {
    const jsonl = `${JSON.stringify(profile)}\n\n{"region": }\n[1]\n${JSON.stringify({ ...profile, region: 'kaihua' })}\n`;
    const r = runBatch({ text: jsonl }, 'jsonl', { date: '2023-01-01' });
    expect(r.persons).toBe(2);
    expect(r.rows).toBe(4);
    expect(r.rejected).toEqual([
      { row: 3, errors: [{ path: '(行)', message: expect.stringContaining('不是有效的 JSON') }] },
      { row: 4, errors: [{ path: '(行)', message: '档案应为 JSON 对象' }] },
    ]);
    expect(r.byCounty.kaihua?.fen).toBe(108_000_000 + 2_000_000); // one completed allowance year by 2023-01-01
    expect(() => runBatch('region,person.qualifications,enterprise.experts\nkecheng,,\n', 'csv')).toThrow(InputError);
    const csv = runBatch('region,person.fullTime\nkecheng,true,extra\nkecheng,是\n', 'csv', { date: '2023-01-01' });
    expect(csv.rejected).toEqual([{ row: 2, errors: [{ path: '(行)', message: '该行有 3 列，多于表头的 2 列' }] }]);
  });

  it('reads a file by path, the format from its name, and reports a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-services-'));
    const path = join(dir, 'people.jsonl');
    writeFileSync(path, JSON.stringify(profile));
    const r = runBatch(path, undefined, { date: '2023-01-01', set: ['art20.purchase.area.3=50'] });
    expect(r).toMatchObject({ format: 'jsonl', file: path, persons: 1 });
    expect(r.byBenefit.housing_purchase_subsidy?.fen).toBe(90_000_000);
    expect(() => runBatch({ path: join(dir, 'missing.csv') })).toThrow(/无法读取文件/);
  });
});

describe('policies and catalogue', () => {
  it('summarises and details packages, with money values also in yuan', () => {
    expect(policySummary().map((p) => p.id)).toEqual(['quzhou-2020', 'jiaojiang-2021', 'qujiang-2018']);
    const allowance = policyDetail('quzhou-2020').parameters.find((p) => p.path === 'art19.allowance.7');
    expect(allowance?.values[0]).toMatchObject({ value: 2_000_000, yuan: '20000.00', reference: { doc: '衢委发〔2020〕7号' } });
    expect(() => policyDetail('x')).toThrow(/可选：quzhou-2020/);
  });

  it('searches qualifications ignoring case and spaces', () => {
    expect(searchQualifications(' PHD_fulltime ').map((q) => q.code)).toEqual(['phd_fulltime']);
    expect(searchQualifications('').length).toBeGreaterThan(20);
  });
});
