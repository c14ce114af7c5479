// Checks on every policy package, in the spirit of OpenFisca's reference checks: every dated value
// has a reference with the original text, no parameter has gaps or overlaps, every rule cites its
// clause with the original sentence, and every parameter a rule reads exists.

import { describe, expect, it } from 'vitest';
import { checkParamDef, children, type Expr } from '@rencai/engine';
import { loadPolicies } from './index.js';
import { stale } from '../scripts/gen-types.js';

function paramNodes(e: Expr, out: Array<Extract<Expr, { k: 'param' }>> = []): typeof out {
  if (e.k === 'param') out.push(e);
  for (const ch of children(e)) paramNodes(ch, out);
  return out;
}

describe.each(loadPolicies().map((p) => [p.meta.id, p] as const))('%s', (_id, pkg) => {
  it('has a reference with the original text on every dated value, and no gaps or overlaps', () => {
    const problems = pkg.params.list().flatMap(checkParamDef);
    expect(problems).toEqual([]);
  });

  it('cites a clause and carries the original sentence on every rule', () => {
    for (const r of pkg.rules) {
      expect(r.clause.cite, r.id).toContain(r.clause.doc);
      expect(r.text.length, `${r.id} original sentence`).toBeGreaterThan(10);
      expect(r.name.trim(), r.id).not.toBe('');
    }
    expect(new Set(pkg.rules.map((r) => r.id)).size).toBe(pkg.rules.length);
  });

  it('reads only parameters that exist', () => {
    const exprs: Expr[] = [
      ...pkg.rules.flatMap((r) => [r.eligible, ...(r.amount ? [r.amount] : []), ...(r.schedule ? [r.schedule.kind === 'once' ? r.schedule.date : r.schedule.start] : [])]),
      ...Object.values(pkg.vars).map((v) => v.expr),
    ];
    const paths = pkg.params.paths();
    for (const node of exprs.flatMap((e) => paramNodes(e))) {
      if (node.key) expect(paths.some((p) => p.startsWith(`${node.path}.`)), `keyed table ${node.path}`).toBe(true);
      else expect(pkg.params.has(node.path), node.path).toBe(true);
    }
  });

  it('flags every value not taken from an official source as an example', () => {
    for (const def of pkg.params.list()) {
      for (const v of def.values) {
        if (v.reference.doc.includes('房管部门') || v.reference.text.includes('示例值')) expect(v.example, `${def.path}`).toBe(true);
      }
    }
  });
});

describe('parameter checks catch what they should', () => {
  it('reports a value without its original text, a duplicate date and a gap', () => {
    const ref = { doc: '测试', text: '原文' };
    const problems = checkParamDef({
      path: 'x',
      description: 'x',
      unit: 'fen',
      values: [
        { from: 100, to: 150, value: 1, reference: ref },
        { from: 160, value: 2, reference: { doc: '测试', text: '' } },
        { from: 160, value: 3, reference: ref },
      ],
    });
    expect(problems.some((p) => p.includes('缺少出处'))).toBe(true);
    expect(problems.some((p) => p.includes('重叠'))).toBe(true);
    expect(problems.some((p) => p.includes('缺口'))).toBe(true);
  });
});

describe('generated types', () => {
  it('are up to date with the YAML sources (npm run gen)', () => {
    expect(stale()).toEqual([]);
  });
});
