// The rule language: small typed expression trees built in TypeScript (not strings). One tree
// serves three uses: the traced interpreter (explanations), three-valued evaluation (missing
// facts become questions) and the compiled untraced pass used for whole populations.

import type { Unit, Value } from './units.js';

interface Described {
  /** What the node means, in Chinese ("全职在衢工作"). */
  label?: string;
  /** For a condition: the reason shown when it is not met ("购房时间距全职来衢已超过5年"). */
  unmet?: string;
}

export type Expr =
  | ({ k: 'const'; v: Value; unit?: Unit } & Described)
  | ({ k: 'fact'; name: string; unit?: Unit } & Described)
  | ({ k: 'param'; path: string; key?: Expr; at?: Expr } & Described)
  | ({ k: 'asOf' } & Described)
  | ({ k: 'instalment' } & Described)
  | ({ k: 'var'; name: string } & Described)
  | ({ k: 'not'; a: Expr } & Described)
  | ({ k: 'all'; xs: Expr[] } & Described)
  | ({ k: 'any'; xs: Expr[] } & Described)
  | ({ k: 'cmp'; op: CmpOp; a: Expr; b: Expr } & Described)
  | ({ k: 'arith'; op: '+' | '-' | '*'; a: Expr; b: Expr; unit?: Unit } & Described)
  | ({ k: 'min' | 'max'; xs: Expr[] } & Described)
  | ({ k: 'ratio'; a: Expr; num: Expr; den: number } & Described)
  | ({ k: 'if'; c: Expr; t: Expr; e: Expr } & Described)
  | ({ k: 'addYears'; d: Expr; n: Expr } & Described)
  | ({ k: 'has'; set: string; code: string } & Described)
  | ({ k: 'obtained'; set: string; code: string } & Described)
  | ({ k: 'in'; a: Expr; values: Value[] } & Described)
  | ({ k: 'known'; a: Expr } & Described)
  | ({ k: 'bestTier'; set: string; entries: TierEntry[]; extra?: Expr[] } & Described)
  /** Whether a best tier (a bestTier node, or a var holding one) lies in [lo, hi]: decidable even
   *  while the tier itself is not (e.g. every still-possible tier is outside the range). */
  | ({ k: 'tierIn'; of: Expr; lo: number; hi: number } & Described)
  | ({ k: 'sum'; list: string; body: Expr } & Described)
  | ({ k: 'count'; list: string; where: Expr } & Described);

export type CmpOp = '>=' | '<=' | '>' | '<' | '==' | '!=';

export interface TierEntry {
  code: string;
  /** Official name, shown in explanations. */
  name?: string;
  tier: number;
  /** Extra condition for this qualification to count at this tier (e.g. 技师 in a shortage post). */
  when?: Expr;
}

type Opts = Described;

export const c = (v: Value, unit?: Unit, o: Opts = {}): Expr => ({ k: 'const', v, unit, ...o });
export const asOf = (o: Opts = {}): Expr => ({ k: 'asOf', label: o.label ?? '计算日期', ...o });
export const instalment = (o: Opts = {}): Expr => ({ k: 'instalment', label: o.label ?? '本期起始日', ...o });
export const v = (name: string, o: Opts = {}): Expr => ({ k: 'var', name, ...o });
export const not = (a: Expr, o: Opts = {}): Expr => ({ k: 'not', a, ...o });
export const all = (xs: Expr[], o: Opts = {}): Expr => ({ k: 'all', xs, ...o });
export const any = (xs: Expr[], o: Opts = {}): Expr => ({ k: 'any', xs, ...o });
export const cmp = (op: CmpOp, a: Expr, b: Expr, o: Opts = {}): Expr => ({ k: 'cmp', op, a, b, ...o });
export const gte = (a: Expr, b: Expr, o: Opts = {}): Expr => cmp('>=', a, b, o);
export const lte = (a: Expr, b: Expr, o: Opts = {}): Expr => cmp('<=', a, b, o);
export const eq = (a: Expr, b: Expr, o: Opts = {}): Expr => cmp('==', a, b, o);
export const add = (a: Expr, b: Expr, o: Opts & { unit?: Unit } = {}): Expr => ({ k: 'arith', op: '+', a, b, ...o });
export const sub = (a: Expr, b: Expr, o: Opts & { unit?: Unit } = {}): Expr => ({ k: 'arith', op: '-', a, b, ...o });
export const mul = (a: Expr, b: Expr, o: Opts & { unit?: Unit } = {}): Expr => ({ k: 'arith', op: '*', a, b, ...o });
export const min = (xs: Expr[], o: Opts = {}): Expr => ({ k: 'min', xs, ...o });
export const max = (xs: Expr[], o: Opts = {}): Expr => ({ k: 'max', xs, ...o });
/** `a × num / den`, rounded half up to an integer (fen). */
export const ratio = (a: Expr, num: Expr, den: number, o: Opts = {}): Expr => ({ k: 'ratio', a, num, den, ...o });
export const percentOf = (a: Expr, pct: Expr, o: Opts = {}): Expr => ratio(a, pct, 100, o);
export const when = (cond: Expr, then: Expr, otherwise: Expr, o: Opts = {}): Expr => ({ k: 'if', c: cond, t: then, e: otherwise, ...o });
export const plusYears = (d: Expr, n: Expr, o: Opts = {}): Expr => ({ k: 'addYears', d, n, ...o });
export const isIn = (a: Expr, values: Value[], o: Opts = {}): Expr => ({ k: 'in', a, values, ...o });
export const known = (a: Expr, o: Opts = {}): Expr => ({ k: 'known', a, ...o });
export const sum = (list: string, body: Expr, o: Opts = {}): Expr => ({ k: 'sum', list, body, ...o });
export const tierIn = (of: Expr, lo: number, hi: number, o: Opts = {}): Expr => ({ k: 'tierIn', of, lo, hi, ...o });
export const count = (list: string, where: Expr, o: Opts = {}): Expr => ({ k: 'count', list, where, ...o });

/**
 * Builders whose fact, parameter and qualification names are checked by the compiler: a policy
 * package calls this with its generated name unions, so a typo in a rule does not compile.
 */
export function typedBuilders<F extends string, P extends string, Q extends string>() {
  return {
    fact: (name: F, o: Opts & { unit?: Unit } = {}): Expr => ({ k: 'fact', name, ...o }),
    param: (path: P, o: Opts & { at?: Expr } = {}): Expr => ({ k: 'param', path, ...o }),
    /** A parameter table keyed by a computed value: `${path}.${key}` (e.g. tier → area). */
    paramBy: (path: string, key: Expr, o: Opts & { at?: Expr } = {}): Expr => ({ k: 'param', path, key, ...o }),
    has: (code: Q, o: Opts = {}, set: F = 'person.qualifications' as F): Expr => ({ k: 'has', set, code, ...o }),
    obtained: (code: Q, o: Opts = {}, set: F = 'person.qualifications' as F): Expr => ({ k: 'obtained', set, code, ...o }),
    bestTier: (entries: Array<TierEntry & { code: Q }>, o: Opts & { extra?: Expr[] } = {}, set: F = 'person.qualifications' as F): Expr => ({
      k: 'bestTier',
      set,
      entries,
      ...o,
    }),
  };
}

/** Whether a node of the trees, or of a variable they read (looked up in `vars`, each once), meets
 *  `test`: the one walk through a package's derived variables. */
export function someThrough(exprs: Expr[], vars: Readonly<Record<string, { expr: Expr } | undefined>>, test: (e: Expr) => boolean): boolean {
  const seen = new Set<string>();
  const go = (e: Expr): boolean => {
    if (test(e)) return true;
    if (e.k === 'var' && !seen.has(e.name)) {
      seen.add(e.name);
      const d = vars[e.name];
      if (d && go(d.expr)) return true;
    }
    return children(e).some(go);
  };
  return exprs.some(go);
}

/** Fact names (and list names) a set of trees reads, through the package's variables. */
export function factsRead(exprs: Expr[], vars: Readonly<Record<string, { expr: Expr } | undefined>>): Set<string> {
  const out = new Set<string>();
  someThrough(exprs, vars, (e) => {
    if (e.k === 'fact') out.add(e.name);
    else if (e.k === 'has' || e.k === 'obtained' || e.k === 'bestTier') out.add(e.set);
    else if (e.k === 'sum' || e.k === 'count') out.add(e.list);
    return false;
  });
  return out;
}

/** Every fact name a tree reads (for questions and for the batch's column list). */
export function factsOf(e: Expr, out = new Set<string>()): Set<string> {
  switch (e.k) {
    case 'fact':
      out.add(e.name);
      break;
    case 'has':
    case 'obtained':
    case 'bestTier':
      out.add(e.set);
      if (e.k === 'bestTier') {
        for (const t of e.entries) if (t.when) factsOf(t.when, out);
        for (const x of e.extra ?? []) factsOf(x, out);
      }
      break;
    case 'sum':
      out.add(e.list);
      factsOf(e.body, out);
      break;
    case 'count':
      out.add(e.list);
      factsOf(e.where, out);
      break;
    default:
      for (const ch of children(e)) factsOf(ch, out);
  }
  return out;
}

export function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'not':
    case 'known':
    case 'in':
      return [e.a];
    case 'tierIn':
      return [e.of];
    case 'all':
    case 'any':
    case 'min':
    case 'max':
      return e.xs;
    case 'cmp':
    case 'arith':
      return [e.a, e.b];
    case 'ratio':
      return [e.a, e.num];
    case 'if':
      return [e.c, e.t, e.e];
    case 'addYears':
      return [e.d, e.n];
    case 'param':
      return [...(e.key ? [e.key] : []), ...(e.at ? [e.at] : [])];
    case 'bestTier':
      return [...e.entries.flatMap((t) => (t.when ? [t.when] : [])), ...(e.extra ?? [])];
    case 'sum':
      return [e.body];
    case 'count':
      return [e.where];
    default:
      return [];
  }
}
