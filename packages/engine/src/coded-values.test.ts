// Coded values in explanations: a text parameter whose values are codes shows each code's Chinese
// name (its `choices`), and a coded constant compared with a fact or such a parameter is shown by the
// same name — the reader sees "申请（计算）日 = 购房日", never "as_of = purchase".

import { describe, expect, it } from 'vitest';
import { c, cmp, type Expr } from './ast.js';
import { parseDay } from './dates.js';
import { evaluate, type Scope } from './evaluate.js';
import { Params } from './params.js';
import { renderTrace } from './trace.js';

const params = new Params([
  {
    path: 'service_reference',
    description: '“满一年”的判断时点',
    unit: 'text',
    choices: { as_of: '申请（计算）日', purchase: '购房日' },
    values: [{ from: parseDay('2020-04-22'), value: 'as_of', reference: { doc: '测试文件', text: '且满一年的人才' } }],
  },
]);
const scope = (facts: Record<string, string> = {}): Scope => ({
  facts: new Map(Object.entries(facts)),
  params,
  asOf: parseDay('2021-06-01'),
  vars: {},
  cache: new Map(),
  valueLabels: new Map([['employer.kind', new Map([['enterprise', '企业'], ['public_institution', '事业单位']])]]),
});
const lines = (e: Expr, facts?: Record<string, string>) => renderTrace(evaluate(e, scope(facts)).t).join('\n');

describe('coded values in explanations', () => {
  it('shows a text parameter by the name of its code, and the constant it is compared with too', () => {
    const text = lines(cmp('==', { k: 'param', path: 'service_reference' }, c('purchase')));
    expect(text).toContain('“满一年”的判断时点 申请（计算）日 = 购房日');
    expect(text).not.toMatch(/as_of|purchase/);
  });

  it('names the constant a coded fact is compared with, known or not', () => {
    const fact: Expr = { k: 'fact', name: 'employer.kind', label: '用人单位类型' };
    expect(lines(cmp('==', fact, c('enterprise'), { label: '用人单位为企业' }), { 'employer.kind': 'public_institution' })).toContain('用人单位类型 事业单位 = 企业');
    expect(lines(cmp('==', fact, c('enterprise'), { label: '用人单位为企业' }))).toContain('用人单位类型 （待确定） = 企业');
  });

  it('leaves codes it has no name for as they are', () => {
    expect(lines(cmp('==', { k: 'fact', name: 'other', label: '其他' }, c('x1')), { other: 'x1' })).toContain('其他 x1 = x1');
  });
});
