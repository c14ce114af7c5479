// Static checks on a policy package's expression trees that TypeScript's types cannot make: every
// place that needs a condition — a rule's eligibility, a payer's condition, the operands of
// all / any / not, an if's condition, a count's filter, a tier entry's extra condition — must hold a
// true/false value, never a number, date or text. The traced interpreter reads only true and false
// as decided, while the columnar kernel stores true/false as 1/0: a number in a condition would make
// the explanation and the population pass disagree, so a package that does it is refused by its
// checks (policies/parameters.test.ts) rather than given a meaning.

import { children, type Expr } from './ast.js';
import type { FactDef } from './facts.js';
import type { PolicyPackage } from './policy.js';

/** Every expression tree of a package with where it sits: eligibility, amounts, schedules, payers, variables. */
export function packageTrees(pkg: PolicyPackage): Array<[string, Expr]> {
  const out: Array<[string, Expr]> = [];
  for (const r of pkg.rules) {
    out.push([`${r.id}.eligible`, r.eligible]);
    if (r.amount) out.push([`${r.id}.amount`, r.amount]);
    const s = r.schedule;
    if (s?.kind === 'once') out.push([`${r.id}.schedule.date`, s.date]);
    if (s && s.kind !== 'once') out.push([`${r.id}.schedule.start`, s.start]);
    if (s?.kind === 'yearly' && s.years) out.push([`${r.id}.schedule.years`, s.years]);
    if (!('code' in r.payer)) out.push([`${r.id}.payer`, r.payer.when]);
  }
  for (const [name, def] of Object.entries(pkg.vars)) out.push([`var ${name}`, def.expr]);
  return out;
}

/** What an expression yields, as far as can be told without evaluating it. */
export type ValueKind = 'bool' | 'value' | 'unknown';

const BOOL_KINDS = new Set<Expr['k']>(['not', 'all', 'any', 'cmp', 'has', 'obtained', 'in', 'known', 'tierIn']);
const VALUE_KINDS = new Set<Expr['k']>(['arith', 'min', 'max', 'ratio', 'addYears', 'bestTier', 'sum', 'count', 'asOf', 'instalment']);

/** Fact name (rows as `list[].field`) → whether it is a yes/no fact. */
function factKinds(facts: readonly FactDef[]): Map<string, ValueKind> {
  const out = new Map<string, ValueKind>();
  for (const f of facts) {
    out.set(f.name, f.type === 'bool' ? 'bool' : 'value');
    for (const field of f.fields ?? []) out.set(`${f.name}[].${field.name}`, field.type === 'bool' ? 'bool' : 'value');
  }
  return out;
}

export class ConditionChecker {
  private readonly facts: Map<string, ValueKind>;
  private readonly varKinds = new Map<string, ValueKind>();

  constructor(
    private readonly pkg: Pick<PolicyPackage, 'vars'>,
    facts: readonly FactDef[] = [],
  ) {
    this.facts = factKinds(facts);
  }

  kindOf(e: Expr): ValueKind {
    if (BOOL_KINDS.has(e.k)) return 'bool';
    if (VALUE_KINDS.has(e.k)) return 'value';
    switch (e.k) {
      case 'const':
        return typeof e.v === 'boolean' ? 'bool' : 'value';
      case 'fact':
        return this.facts.get(e.name) ?? 'unknown';
      case 'var': {
        const known = this.varKinds.get(e.name);
        if (known) return known;
        const def = this.pkg.vars[e.name];
        if (!def) return 'unknown';
        this.varKinds.set(e.name, 'unknown'); // a cycle reads as unknown
        const k = this.kindOf(def.expr);
        this.varKinds.set(e.name, k);
        return k;
      }
      case 'if': {
        const t = this.kindOf(e.t);
        return t === this.kindOf(e.e) ? t : 'unknown';
      }
      default:
        return 'unknown'; // parameters: their values are checked by their own definitions
    }
  }

  /** Problems (in Chinese, naming where) with the conditions of one tree; `asCondition` when the tree itself is one. */
  problems(where: string, tree: Expr, asCondition: boolean): string[] {
    const out: string[] = [];
    const need = (e: Expr, role: string) => {
      if (this.kindOf(e) === 'value') out.push(`${where}：${role}应为“是/否”条件，却是一个数值（${e.label ?? e.k}）`);
    };
    if (asCondition) need(tree, '条件');
    const walk = (e: Expr) => {
      switch (e.k) {
        case 'all':
        case 'any':
          for (const x of e.xs) need(x, e.k === 'all' ? '“全部满足”的各项' : '“满足其一”的各项');
          break;
        case 'not':
          need(e.a, '“不”的对象');
          break;
        case 'if':
          need(e.c, '“如果”的条件');
          break;
        case 'count':
          need(e.where, '计数的筛选条件');
          break;
        case 'bestTier':
          for (const t of e.entries) if (t.when) need(t.when, `层次条目 ${t.code} 的附加条件`);
          break;
        default:
          break;
      }
      for (const ch of children(e)) walk(ch);
    };
    walk(tree);
    return out;
  }

  /** Every problem in a package's trees. */
  packageProblems(pkg: PolicyPackage): string[] {
    return packageTrees(pkg).flatMap(([where, tree]) => this.problems(where, tree, where.endsWith('.eligible') || where.endsWith('.payer')));
  }
}
