// The condition check: a number, date or text where a yes/no condition is expected is reported with
// where it sits; yes/no facts, comparisons, variables holding conditions and nested logic pass.

import { describe, expect, it } from 'vitest';
import { add, all, any, asOf, c, count, gte, not, v, when, type Expr } from './ast.js';
import { ConditionChecker } from './check.js';
import { evaluate, type Scope } from './evaluate.js';
import { Params } from './params.js';
import type { FactDef } from './facts.js';

const fact = (name: string, label?: string): Expr => ({ k: 'fact', name, label });
const facts: FactDef[] = [
  { name: 'person.fullTime', type: 'bool', label: '全职' },
  { name: 'person.years', type: 'int', label: '服务年限' },
  { name: 'enterprise.experts', type: 'list', label: '专家', fields: [{ name: 'qualified', type: 'bool', label: '经认定' }, { name: 'salary', type: 'money', label: '年薪' }] },
];
const vars = {
  isFull: { label: '全职', expr: fact('person.fullTime') },
  yearsLeft: { label: '剩余年限', expr: add(fact('person.years'), c(1)) },
  viaVar: { label: '转引', expr: v('yearsLeft') },
};
const checker = () => new ConditionChecker({ vars }, facts);

describe('conditions hold yes/no values', () => {
  it('accepts yes/no facts, comparisons, conditions held in variables and nested logic', () => {
    const ok = all([fact('person.fullTime'), v('isFull'), not(any([gte(fact('person.years'), c(3)), c(false)])), when(v('isFull'), c(true), c(false))]);
    expect(checker().problems('r.eligible', ok, true)).toEqual([]);
    expect(checker().problems('r.amount', count('enterprise.experts', fact('enterprise.experts[].qualified')), false)).toEqual([]);
  });

  it('reports numbers, dates and money in condition places, naming where', () => {
    const p = checker().problems('r.eligible', all([c(0, 'count'), fact('person.years', '服务年限'), v('viaVar'), not(asOf()), when(add(c(1), c(2)), c(true), c(false))]), true);
    expect(p).toHaveLength(5);
    expect(p[0]).toMatch(/^r\.eligible：“全部满足”的各项应为“是\/否”条件/);
    expect(p[1]).toContain('服务年限');
    expect(p.join('\n')).toMatch(/“不”的对象/);
    expect(p.join('\n')).toMatch(/“如果”的条件/);
    expect(checker().problems('r.eligible', fact('person.years'), true)).toHaveLength(1);
    expect(checker().problems('r.amount', count('enterprise.experts', fact('enterprise.experts[].salary')), false)[0]).toMatch(/计数的筛选条件/);
  });

  it('says nothing of what it cannot tell (unknown facts, parameters), and a number is the case the interpreter reads differently', () => {
    expect(checker().problems('r.eligible', all([fact('person.unlisted'), { k: 'param', path: 'x' }]), true)).toEqual([]);
    // Why the check exists: the traced interpreter counts 0 as neither true nor false inside `all`
    // (so the condition passes), while the columnar kernel stores true/false as 1/0 (0 fails it).
    const s: Scope = { facts: new Map(), cache: new Map(), params: new Params([]), asOf: 0, vars: {} };
    expect(evaluate(all([c(0)]), s).v).toBe(true);
  });
});
