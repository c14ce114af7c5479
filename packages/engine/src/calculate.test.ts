// Calculation over a small package written here: dated rule versions, schedules, reforms applied to
// a copy, why-not reasons and the ranking of missing facts.

import { describe, expect, it } from 'vitest';
import { all, c, gte, min, type Expr } from './ast.js';
import { calculate } from './calculate.js';
import { parseDay } from './dates.js';
import type { FactDef } from './facts.js';
import { Params } from './params.js';
import type { PolicyPackage, RuleDef } from './policy.js';
import { upperBound } from './summary.js';

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

  it('bounds what an undetermined amount could be: a tier table by the tiers still possible, an unknown price by the rest of a minimum', () => {
    const params = new Params([
      { path: 'tbl.1', description: '一档', unit: 'fen', values: [{ from: day('2020-01-01'), value: 500_00, reference: ref }] },
      { path: 'tbl.2', description: '二档', unit: 'fen', values: [{ from: day('2020-01-01'), value: 100_00, reference: ref }, { from: day('2022-01-01'), value: 300_00, reference: ref }] },
    ]);
    const scope = { facts: facts({ tier: 2 }), params, asOf: day('2021-06-01'), vars: {}, cache: new Map() };
    // Known key: that entry (its largest dated value when read at an unknown date).
    expect(upperBound({ k: 'param', path: 'tbl', key: f('tier') }, scope)).toBe(100_00);
    expect(upperBound({ k: 'param', path: 'tbl', key: f('tier'), at: f('day', 'date') }, scope)).toBe(300_00);
    // Unknown key: the whole table; an unknown money fact alone is unbounded, under a minimum it is not.
    expect(upperBound({ k: 'param', path: 'tbl', key: f('other') }, scope)).toBe(500_00);
    expect(upperBound(f('price', 'fen'), scope)).toBeUndefined();
    expect(upperBound(min([{ k: 'param', path: 'tbl', key: f('tier') }, f('price', 'fen')]), scope)).toBe(100_00);
    // A condition not known: the larger branch.
    expect(upperBound({ k: 'if', c: f('flag'), t: c(7_00, 'fen'), e: c(9_00, 'fen') }, scope)).toBe(9_00);
  });

  it('ranks a question by the money it could decide, and reports a known amount whose start date is missing as granted', () => {
    const open = calculate([pkg], facts({ region: 'r1', 'person.arrivalDate': day('2020-03-01') }), { asOf: day('2021-06-01') });
    expect(open.missingFacts[0]).toMatchObject({ fact: 'person.fullTime', stakeFen: 3 * 100_00, stakeText: '可能影响 300 元' });
    expect(open.undetermined[0]!.stakeFen).toBe(3 * 100_00);
    // A rule whose conditions do not read the arrival date: full-time and no date is granted, the date a follow-up.
    const noDate = calculate([{ ...pkg, rules: [{ ...pkg.rules[0]!, eligible: { k: 'fact', name: 'person.fullTime' } }] }], facts({ region: 'r1', 'person.fullTime': true }), { asOf: day('2021-06-01') });
    expect(noDate.entitlements[0]).toMatchObject({ status: 'granted', amountFen: 100_00, totalFen: 3 * 100_00, dueFen: 0, dateMissing: ['person.arrivalDate'] });
    expect(noDate.missingFacts).toEqual([expect.objectContaining({ fact: 'person.arrivalDate', dateOnly: true, stakeText: '决定发放时间' })]);
  });

  it('shows nothing due once a fixed-term benefit’s last year is over', () => {
    const during = calculate([pkg], person, { asOf: day('2023-02-28') }).entitlements[0]!;
    expect(during.amountFen).toBe(200_00);
    const after = calculate([pkg], person, { asOf: day('2023-03-01') }).entitlements[0]!;
    expect(after.amountFen).toBe(0);
    expect(after.amountText).toBe('已期满（3 年合计 600 元）'); // the 2022 version: 3 × 200 元
    expect(after.dueFen).toBe(600_00);
  });

  it('gives each person the entitlement of their own facts, however many earlier persons shared some of them', () => {
    // Read only through a derived variable (the amount), the payer's condition and a qualification set:
    // persons repeating an earlier person's values get that entitlement again, any other value its own.
    const viaVar: PolicyPackage = {
      ...pkg,
      vars: { bonus: { label: '加计', unit: 'fen', expr: { k: 'if', c: { k: 'has', set: 'person.quals', code: 'phd' }, t: c(50_00, 'fen'), e: c(0, 'fen') } } },
      rules: [
        {
          ...base,
          id: 'art1.v1',
          eligible: { k: 'fact', name: 'person.fullTime' },
          payer: { when: { k: 'fact', name: 'person.cityFunded' }, then: { code: 'city_finance', name: '市财政' }, otherwise: { code: 'district_finance', name: '县财政' } },
          amount: { k: 'arith', op: '+', a: { k: 'param', path: 'amount' }, b: { k: 'var', name: 'bonus' } },
        },
      ],
    };
    const run = (o: Record<string, unknown>, factDefs?: FactDef[]) =>
      calculate([viaVar], facts({ region: 'r1', 'person.fullTime': true, 'person.arrivalDate': day('2020-03-01'), 'person.cityFunded': true, 'person.quals': new Map([['phd', undefined]]), ...o }), { asOf: day('2021-06-01'), factDefs });
    const first = run({});
    for (let i = 0; i < 3; i++) {
      const again = run({ 'person.unread': i });
      expect(again).toEqual(first);
      expect(again.entitlements[0]).not.toBe(first.entitlements[0]);
      expect(run({ 'person.quals': new Map([['master', undefined]]) }).entitlements[0]!.amountFen).toBe(100_00);
      expect(run({ 'person.cityFunded': false }).entitlements[0]!.payer.code).toBe('district_finance');
      expect(run({ 'person.arrivalDate': day('2020-05-01') }).entitlements[0]!.schedule!.instalments[0]!.date).toBe('2020-05-01');
      expect(run({ 'person.fullTime': undefined }).undetermined[0]!.missing).toEqual(['person.fullTime']);
    }
    expect(first.entitlements[0]!.amountFen).toBe(150_00);
    // Other fact definitions, other labels: a date still missing is named by the vocabulary given.
    const defs: FactDef[] = [{ name: 'person.arrivalDate', type: 'date', label: '到岗日期' }];
    expect(run({ 'person.arrivalDate': undefined }).entitlements[0]!.schedule!.description).toContain('person.arrivalDate');
    expect(run({ 'person.arrivalDate': undefined }, defs).entitlements[0]!.schedule!.description).toContain('到岗日期');
  });

  it('does not apply the policy before it takes effect', () => {
    const early = calculate([pkg], person, { asOf: day('2019-12-31'), whyNot: true });
    expect(early.entitlements).toEqual([]);
    expect(early.notEligible![0]!.reason).toContain('早于政策施行日');
  });
});
