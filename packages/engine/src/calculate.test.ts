// Calculation over a small package written here: dated rule versions, schedules, reforms applied to
// a copy, why-not reasons and the ranking of missing facts.

import { describe, expect, it } from 'vitest';
import { all, c, gte, type Expr } from './ast.js';
import { calculate } from './calculate.js';
import { parseDay } from './dates.js';
import { Params } from './params.js';
import type { PolicyPackage, RuleDef } from './policy.js';

const f = (name: string, unit?: 'date' | 'fen'): Expr => ({ k: 'fact', name, ...(unit ? { unit } : {}) });
const ref = { doc: '测试文件', text: '原文' };
const day = parseDay;

const base: Omit<RuleDef, 'id' | 'amount'> = {
  benefit: 'allowance',
  name: '津贴',
  clause: { doc: '测试文件', article: 1, item: 1, cite: '测试文件第1条第(1)项' },
  text: '全职人才每年给予津贴。',
  kind: 'cash',
  beneficiary: 'person',
  payer: { code: 'shared', name: '按现行财政体制分担' },
  eligible: all([{ k: 'fact', name: 'person.fullTime', unmet: '未全职工作' }, gte(f('person.arrivalDate', 'date'), c(day('2020-01-01'), 'date'), { unmet: '到岗早于 2020 年' })]),
  schedule: { kind: 'yearly', start: f('person.arrivalDate', 'date'), years: c(3) },
};

const pkg: PolicyPackage = {
  meta: { id: 'test', title: '测试政策', docNumber: '测试文件', issuer: '测试', issued: '2020', effectiveFrom: day('2020-01-01'), sourcePath: '-', jurisdiction: ['r1'], jurisdictionLabel: '测试地区' },
  params: new Params([{ path: 'amount', description: '津贴标准', unit: 'fen', values: [{ from: day('2020-01-01'), value: 100_00, reference: ref }] }]),
  vars: {},
  clauses: [],
  version: 'test',
  rules: [
    // Two dated versions of the same rule: the second (from 2022) doubles the amount.
    { ...base, id: 'art1.v1', validTo: day('2021-12-31'), amount: { k: 'param', path: 'amount' } },
    { ...base, id: 'art1.v2', validFrom: day('2022-01-01'), amount: { k: 'arith', op: '*', a: { k: 'param', path: 'amount' }, b: c(2) } },
  ],
};

const facts = (o: Record<string, unknown>) => new Map(Object.entries(o)) as never;
const person = facts({ region: 'r1', 'person.fullTime': true, 'person.arrivalDate': day('2020-03-01') });

describe('calculate', () => {
  it('picks the rule version in force at the as-of date and lists the yearly instalments', () => {
    const r2021 = calculate([pkg], person, { asOf: day('2021-06-01') });
    expect(r2021.entitlements.map((e) => [e.rule, e.amountFen])).toEqual([['art1.v1', 100_00]]);
    expect(r2021.entitlements[0]!.schedule!.instalments.map((i) => [i.date, i.due])).toEqual([
      ['2020-03-01', true],
      ['2021-03-01', true],
      ['2022-03-01', false],
    ]);
    expect(r2021.totals.dueFen).toBe(200_00);
    const r2022 = calculate([pkg], person, { asOf: day('2022-06-01') });
    expect(r2022.entitlements.map((e) => [e.rule, e.amountFen])).toEqual([['art1.v2', 200_00]]);
  });

  it('applies a reform to that calculation only', () => {
    const reformed = calculate([pkg], person, { asOf: day('2021-06-01'), reform: { amount: [{ value: 500_00 }] } });
    expect(reformed.entitlements[0]!.amountFen).toBe(500_00);
    expect(calculate([pkg], person, { asOf: day('2021-06-01') }).entitlements[0]!.amountFen).toBe(100_00);
    expect(pkg.params.lookup('amount', day('2021-06-01'))?.value).toBe(100_00);
  });

  it('gives the first unmet condition as the reason, and never reads a missing fact as no', () => {
    const no = calculate([pkg], facts({ region: 'r1', 'person.fullTime': false, 'person.arrivalDate': day('2020-03-01') }), { asOf: day('2021-06-01'), whyNot: true });
    expect(no.notEligible!.map((e) => e.reason)).toEqual(['未全职工作']);
    const outside = calculate([pkg], facts({ region: 'elsewhere', 'person.fullTime': true }), { asOf: day('2021-06-01'), whyNot: true });
    expect(outside.notEligible![0]!.reason).toBe('工作地不在测试地区');
    const partial = calculate([pkg], facts({ region: 'r1' }), { asOf: day('2021-06-01') });
    expect(partial.entitlements).toEqual([]);
    expect(partial.undetermined[0]!.missing!.sort()).toEqual(['person.arrivalDate', 'person.fullTime']);
    expect(partial.missingFacts.map((m) => m.fact).sort()).toEqual(['person.arrivalDate', 'person.fullTime']);
  });

  it('does not apply the policy before it takes effect', () => {
    const early = calculate([pkg], person, { asOf: day('2019-12-31'), whyNot: true });
    expect(early.entitlements).toEqual([]);
    expect(early.notEligible![0]!.reason).toContain('早于政策施行日');
  });
});
