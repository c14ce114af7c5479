// Near misses: what-if answers come from the unmet comparisons of benefits not granted.
import { describe, expect, it } from 'vitest';
import type { CalcResult, Fact, RuleResult } from '../api';
import { gained, whatIfs } from './nearMiss';

const facts = new Map<string, Fact>([
  ['person.serviceAgreementYears', { name: 'person.serviceAgreementYears', type: 'int', label: '服务协议年限' }],
  ['person.fullTime', { name: 'person.fullTime', type: 'bool', label: '全职在当地工作' }],
]);
const rule = (over: Partial<RuleResult>): RuleResult => ({
  policy: 'quzhou-2020', rule: 'art20.3', name: '购房补助（第(3)项）', kind: 'cash', clause: { doc: 'd', article: 20, item: 3, cite: '衢委发〔2020〕7号第20条第(3)项' },
  text: '', beneficiary: 'person', status: 'undetermined', ...over,
});
const base = (over: Partial<CalcResult>): CalcResult => ({
  format: 'rencai.result/1', asOf: '2023-01-01', policies: [], entitlements: [], inKind: [], obligations: [], undetermined: [], notEligible: [], missingFacts: [], awaitingData: [], totals: { grantedFen: 0, upToFen: 0, dueFen: 0 }, ...over,
});

const undetermined = rule({
  explanation: {
    eligibility: {
      kind: 'cond.any', label: '签订三年以上服务协议或自主创业', children: [
        { kind: 'cond.cmp', label: '签订三年以上服务协议', met: false, text: '签订三年以上服务协议：服务协议年限 1 年 ≥ 三年 3 年', children: [
          { kind: 'fact', fact: 'person.serviceAgreementYears', value: 1, display: '1 年' },
          { kind: 'param', value: 3, display: '3 年' },
        ] },
        { kind: 'fact', fact: 'person.fullTime', value: false, met: false },
      ],
    },
  },
});

describe('near misses', () => {
  it('proposes the threshold of an unmet "≥" comparison and "是" for an answered "否"', () => {
    const r = base({ undetermined: [undetermined] });
    expect(whatIfs(r, { 'person.serviceAgreementYears': '1', 'person.fullTime': 'false' }, facts)).toEqual([
      { fact: 'person.serviceAgreementYears', value: '3', label: '签订三年以上服务协议' },
      { fact: 'person.fullTime', value: 'true', label: '全职在当地工作' },
    ]);
  });

  it('does not guess about facts the user has not given', () => {
    expect(whatIfs(base({ undetermined: [undetermined] }), {}, facts)).toEqual([]);
  });

  it('reports only benefits the what-if adds, with the API amount text', () => {
    const granted = rule({ status: 'granted', amountText: '930,000 元', amountFen: 93000000 });
    const allowance = rule({ rule: 'art19.7', status: 'granted', amountText: '20,000 元/年' });
    const w = { fact: 'person.serviceAgreementYears', value: '3', label: '签订三年以上服务协议' };
    const out = gained(base({ entitlements: [allowance] }), base({ entitlements: [allowance, granted] }), w);
    expect(out).toEqual([{ ...w, rule: 'art20.3', name: '购房补助（第(3)项）', amountText: '930,000 元', cite: '衢委发〔2020〕7号第20条第(3)项', status: 'granted' }]);
  });
});
