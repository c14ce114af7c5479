// The benefits whose amount or conditions read an example value, with the parameters' labels.
import { describe, expect, it } from 'vitest';
import type { CalcResult, ExplNode, RuleResult } from '../api';
import { exampleUses } from './examples';

const rule = (id: string, amount: ExplNode): RuleResult =>
  ({ policy: 'p', rule: id, name: `待遇${id}`, kind: 'cash', clause: { doc: 'd', article: 1, cite: 'c' }, text: '', beneficiary: 'person', status: 'granted', explanation: { amount } }) as RuleResult;
const result = (entitlements: RuleResult[]): CalcResult =>
  ({ format: 'rencai.result/1', asOf: '2023-01-01', policies: [], entitlements, inKind: [], obligations: [], undetermined: [], missingFacts: [], awaitingData: [], totals: { grantedFen: 0, upToFen: 0, dueFen: 0 } }) as CalcResult;

describe('exampleUses', () => {
  it('finds example parameters anywhere in a benefit’s explanation, each label once', () => {
    const price: ExplNode = { kind: 'param', label: '购房所在半年度市区新建商品住宅均价', display: '15,000 元/㎡', param: { path: 'housing_price.urban_new_home_avg', example: true } };
    const area: ExplNode = { kind: 'param', label: '补助面积', display: '60 ㎡', param: { path: 'art20.purchase.area.3' } };
    const withExample = rule('a', { kind: 'calc.min', children: [{ kind: 'calc.arith', children: [area, price] }, { kind: 'calc.arith', children: [price] }] });
    const without = rule('b', { kind: 'calc.arith', children: [area] });
    const uses = exampleUses(result([withExample, without]));
    expect(uses.map((u) => u.rule.rule)).toEqual(['a']);
    expect(uses[0]!.params).toEqual(['购房所在半年度市区新建商品住宅均价']);
  });

  it('finds none in a result without example values', () => {
    expect(exampleUses(result([rule('b', { kind: 'fact', display: '是' })]))).toEqual([]);
  });
});
