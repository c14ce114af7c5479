// Checks on every policy package, in the spirit of OpenFisca's reference checks: every dated value
// has a reference with the original text, no parameter has gaps or overlaps, every rule cites its
// clause with the original sentence, every parameter and variable a rule reads exists, every
// condition is a yes/no value, and the values that are only examples are flagged as such.

import { describe, expect, it } from 'vitest';
import { checkParamDef, children, ConditionChecker, formatDay, packageTrees, type Expr } from '@rencai/engine';
import { factDefs, loadPolicies } from './index.js';

type ParamNode = Extract<Expr, { k: 'param' }>;

function walk(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  for (const ch of children(e)) walk(ch, visit);
}

const packages = loadPolicies();

it('loads the packages rencai ships', () => {
  expect(packages.map((p) => p.meta.id)).toEqual(['quzhou-2020', 'jiaojiang-2021', 'qujiang-2018']);
});

describe.each(packages.map((p) => [p.meta.id, p] as const))('%s', (_id, pkg) => {
  it('has a reference document and the original text on every dated value', () => {
    const missing = pkg.params.list().flatMap((def) =>
      def.values.filter((v) => !v.reference?.doc?.trim() || !v.reference?.text?.trim()).map((v) => `${def.path} @ ${formatDay(v.from)}`),
    );
    expect(missing).toEqual([]);
    expect(pkg.params.list().length).toBeGreaterThan(0);
  });

  it('has no parameter with gaps, overlaps, misplaced half-years or values of the wrong type', () => {
    expect(pkg.params.list().flatMap(checkParamDef)).toEqual([]);
  });

  it('cites a clause and carries the original sentence on every rule', () => {
    const problems: string[] = [];
    for (const r of pkg.rules) {
      if (!r.clause.doc.trim() || !r.clause.cite.includes(r.clause.doc)) problems.push(`${r.id}: 出处 ${r.clause.cite}`);
      if (r.clause.article === undefined || String(r.clause.article).trim() === '') problems.push(`${r.id}: 缺少条号`);
      if (!r.text.trim()) problems.push(`${r.id}: 缺少原文`);
      if (!r.name.trim()) problems.push(`${r.id}: 缺少名称`);
    }
    expect(problems).toEqual([]);
    expect(new Set(pkg.rules.map((r) => r.id)).size).toBe(pkg.rules.length);
    // every clause the package lists carries its sentence
    for (const cl of pkg.clauses) expect(cl.text.trim(), cl.cite).not.toBe('');
  });

  it('reads only parameters that exist (keyed tables: a path with entries under it)', () => {
    const paths = pkg.params.paths();
    const problems: string[] = [];
    let seen = 0;
    for (const [where, tree] of packageTrees(pkg)) {
      walk(tree, (e) => {
        if (e.k !== 'param') return;
        seen++;
        const node = e as ParamNode;
        if (node.key) {
          if (!paths.some((p) => p.startsWith(`${node.path}.`))) problems.push(`${where}: 参数表 ${node.path}.* 不存在`);
          if (pkg.params.has(node.path)) problems.push(`${where}: ${node.path} 是单个参数，不是参数表`);
        } else if (!pkg.params.has(node.path)) problems.push(`${where}: 参数 ${node.path} 不存在`);
      });
    }
    expect(problems).toEqual([]);
    expect(seen).toBeGreaterThan(0);
  });

  it('reads only derived variables that are defined', () => {
    const problems: string[] = [];
    for (const [where, tree] of packageTrees(pkg)) walk(tree, (e) => void (e.k === 'var' && !pkg.vars[e.name] && problems.push(`${where}: 变量 ${e.name} 未定义`)));
    expect(problems).toEqual([]);
  });

  it('uses a yes/no condition wherever one is expected (eligibility, payers, all/any/not, if, count, tier entries)', () => {
    expect(new ConditionChecker(pkg, factDefs).packageProblems(pkg)).toEqual([]);
  });

  it('flags every value not taken from an official source as an example, and says so in its reference', () => {
    const examples = pkg.params.list().flatMap((def) => def.values.filter((v) => v.example).map((v) => ({ path: def.path, from: formatDay(v.from), ref: v.reference })));
    for (const x of examples) {
      // an example says where the real figure will come from, or that it is an example
      expect(`${x.ref.text}${x.ref.source ?? ''}`, `${x.path} @ ${x.from}`).toMatch(/示例|待|核对/);
    }
    // the other direction: a value described as an example or from the housing department is flagged
    for (const def of pkg.params.list())
      for (const v of def.values)
        if (v.reference.doc.includes('房管部门') || v.reference.text.includes('示例值')) expect(v.example, `${def.path} @ ${formatDay(v.from)}`).toBe(true);
  });
});

describe('example values of 衢委发〔2020〕7号', () => {
  const quzhou = packages.find((p) => p.meta.id === 'quzhou-2020')!;
  const examplePaths = [...new Set(quzhou.params.list().flatMap((def) => (def.values.some((v) => v.example) ? [def.path] : [])))];

  it('are listed: the housing prices, the minimum wages and the local parameters the texts leave open (教育券, 双领 staged money), nothing else', () => {
    expect(examplePaths.filter((p) => !p.startsWith('minimum_wage.'))).toEqual([
      'housing_price.urban_new_home_avg',
      'local.shuangling.landing_percent',
      'local.shuangling.agreed_term_years',
      'local.shuangling.clawback_percent',
      'local.education_voucher.amount',
      'local.education_voucher.valid_days',
    ]);
    expect(examplePaths.filter((p) => p.startsWith('minimum_wage.')).length).toBeGreaterThan(0);
  });

  it('every half-year housing price is an example until the official figure is entered', () => {
    const prices = quzhou.params.def('housing_price.urban_new_home_avg')!;
    expect(prices.periodic).toBe('half_year');
    expect(prices.values.length).toBeGreaterThan(0);
    expect(prices.values.filter((v) => v.example !== true).map((v) => formatDay(v.from))).toEqual([]);
  });

  it('no value of the policy’s own articles is an example', () => {
    const own = quzhou.params.list().filter((def) => def.path.startsWith('art'));
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((def) => def.values.some((v) => v.example)).map((d) => d.path)).toEqual([]);
  });
});
