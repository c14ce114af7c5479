// The untraced path: compiles an expression tree once into nested closures that compute only
// values (same three-valued semantics as the traced interpreter, `undefined` = unknown). Used for
// whole populations, where tracing every node would cost more than the arithmetic itself.

import type { CmpOp, Expr } from './ast.js';
import { addYears, type Day } from './dates.js';
import { isQualSet, type FactStore, type Row } from './facts.js';
import { mulRatioHalfUp } from './money.js';
import type { Params } from './params.js';
import type { Value } from './units.js';
import { EvalError, NO_TIER, type VarDef } from './evaluate.js';

export interface FastScope {
  facts: FactStore;
  member?: Row;
  instalment?: Day;
  /** Per-person cache of derived variables, reset by the caller for each person. */
  cache: Map<string, Value | undefined>;
}

export type Compiled = (s: FastScope) => Value | undefined;

export interface CompileEnv {
  params: Params;
  asOf: Day;
  vars: Readonly<Record<string, VarDef>>;
}

const CMP: Record<CmpOp, (a: Value, b: Value) => boolean> = {
  '>=': (a, b) => a >= b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

function factReader(name: string): (s: FastScope) => unknown {
  const i = name.indexOf('[].');
  if (i >= 0) {
    const field = name.slice(i + 3);
    return (s) => s.member?.get(field);
  }
  return (s) => s.facts.get(name);
}

export function compile(e: Expr, env: CompileEnv, varFns = new Map<string, Compiled>()): Compiled {
  const rec = (x: Expr) => compile(x, env, varFns);
  switch (e.k) {
    case 'const': {
      const v = e.v;
      return () => v;
    }
    case 'asOf': {
      const d = env.asOf;
      return () => d;
    }
    case 'instalment': {
      const d = env.asOf;
      return (s) => s.instalment ?? d;
    }
    case 'fact': {
      const read = factReader(e.name);
      return (s) => read(s) as Value | undefined;
    }
    case 'param': {
      const key = e.key ? rec(e.key) : undefined;
      const at = e.at ? rec(e.at) : undefined;
      const base = e.path;
      const params = env.params;
      if (!key && !at) {
        const v = params.lookup(base, env.asOf)?.value; // constant for the whole batch at the as-of date
        return (s) => (s.instalment === undefined ? v : params.lookup(base, s.instalment)?.value);
      }
      return (s) => {
        let path = base;
        if (key) {
          const k = key(s);
          if (k === undefined) return undefined;
          path = `${base}.${String(k)}`;
          if (!params.has(path)) return undefined;
        }
        const day = at ? at(s) : (s.instalment ?? env.asOf);
        if (day === undefined) return undefined;
        return params.lookup(path, day as number)?.value;
      };
    }
    case 'var': {
      const name = e.name;
      const def = env.vars[name];
      if (!def) throw new EvalError(`未定义的中间变量：${name}`);
      let fn = varFns.get(name);
      if (!fn) {
        const slot: { f?: Compiled } = {};
        varFns.set(name, (s) => slot.f!(s));
        fn = compile(def.expr, env, varFns);
        slot.f = fn;
        varFns.set(name, fn);
      }
      const f = fn;
      return (s) => {
        if (s.cache.has(name)) return s.cache.get(name);
        const v = f(s);
        s.cache.set(name, v);
        return v;
      };
    }
    case 'not': {
      const a = rec(e.a);
      return (s) => {
        const v = a(s);
        return v === undefined ? undefined : !v;
      };
    }
    case 'all': {
      const xs = e.xs.map(rec);
      return (s) => {
        let unknown = false;
        for (const x of xs) {
          const v = x(s);
          if (v === false) return false;
          if (v === undefined) unknown = true;
        }
        return unknown ? undefined : true;
      };
    }
    case 'any': {
      const xs = e.xs.map(rec);
      return (s) => {
        let unknown = false;
        for (const x of xs) {
          const v = x(s);
          if (v === true) return true;
          if (v === undefined) unknown = true;
        }
        return unknown ? undefined : false;
      };
    }
    case 'cmp': {
      const a = rec(e.a);
      const b = rec(e.b);
      const op = CMP[e.op];
      return (s) => {
        const x = a(s);
        if (x === undefined) return undefined;
        const y = b(s);
        return y === undefined ? undefined : op(x, y);
      };
    }
    case 'in': {
      const a = rec(e.a);
      const set = new Set(e.values);
      return (s) => {
        const v = a(s);
        return v === undefined ? undefined : set.has(v);
      };
    }
    case 'known': {
      const a = rec(e.a);
      return (s) => a(s) !== undefined;
    }
    case 'has': {
      const read = factReader(e.set);
      const code = e.code;
      return (s) => {
        const set = read(s);
        if (set === undefined) return undefined;
        if (!isQualSet(set as never)) throw new EvalError(`事实 ${e.set} 不是资格集合`);
        return (set as Map<string, unknown>).has(code);
      };
    }
    case 'obtained': {
      const read = factReader(e.set);
      const code = e.code;
      return (s) => (read(s) as Map<string, Day | undefined> | undefined)?.get(code);
    }
    case 'bestTier': {
      const cands = tierCandidates(e, rec);
      return (s) => {
        const c = cands(s);
        return c === undefined || c.pending < c.best ? undefined : c.best;
      };
    }
    case 'tierIn': {
      const target = e.of.k === 'var' ? env.vars[e.of.name]?.expr : e.of;
      if (!target || target.k !== 'bestTier') throw new EvalError('tierIn 只能用于最高层次（bestTier）');
      const cands = tierCandidates(target, rec);
      const { lo, hi } = e;
      const slot = e.of.k === 'var' ? `tier:${e.of.name}` : undefined;
      return (s) => {
        // Several rules ask about the same tier: work its candidates out once per person.
        let c: TierCandidates | undefined;
        if (slot && s.cache.has(slot)) c = s.cache.get(slot) as unknown as TierCandidates | undefined;
        else {
          c = cands(s);
          if (slot) s.cache.set(slot, c as unknown as Value);
        }
        if (c === undefined) return undefined;
        const bestIn = c.best >= lo && c.best <= hi;
        if (c.pending >= c.best) return bestIn;
        if (c.pendingUnbounded) return undefined;
        // Still-possible tiers: the established best and every pending tier below it.
        let allIn = bestIn;
        let anyIn = bestIn;
        for (const p of c.pendingTiers) {
          if (p >= c.best) continue;
          const inside = p >= lo && p <= hi;
          allIn &&= inside;
          anyIn ||= inside;
        }
        return allIn ? true : anyIn ? undefined : false;
      };
    }
    case 'arith': {
      const a = rec(e.a);
      const b = rec(e.b);
      const op = e.op;
      return (s) => {
        const x = a(s);
        const y = b(s);
        if (x === undefined || y === undefined) return undefined;
        const r = op === '+' ? (x as number) + (y as number) : op === '-' ? (x as number) - (y as number) : (x as number) * (y as number);
        if (!Number.isSafeInteger(r) && Number.isInteger(x) && Number.isInteger(y)) throw new EvalError('金额超出可精确计算的范围');
        return r;
      };
    }
    case 'min':
    case 'max': {
      const xs = e.xs.map(rec);
      const isMin = e.k === 'min';
      return (s) => {
        let acc = isMin ? Infinity : -Infinity;
        for (const x of xs) {
          const v = x(s);
          if (v === undefined) return undefined;
          acc = isMin ? Math.min(acc, v as number) : Math.max(acc, v as number);
        }
        return acc;
      };
    }
    case 'ratio': {
      const a = rec(e.a);
      const n = rec(e.num);
      const den = e.den;
      return (s) => {
        const x = a(s);
        const y = n(s);
        if (x === undefined || y === undefined) return undefined;
        const p = (x as number) * (y as number);
        // Exact when both factors are integers and the product is small; otherwise exact BigInt arithmetic.
        if (Number.isInteger(y) && Number.isInteger(p) && p >= 0 && p <= 2 ** 51) return Math.floor((2 * p + den) / (2 * den));
        return mulRatioHalfUp(x as number, y as number, den);
      };
    }
    case 'if': {
      const c = rec(e.c);
      const t = rec(e.t);
      const f = rec(e.e);
      return (s) => {
        const v = c(s);
        if (v === true) return t(s);
        if (v === false) return f(s);
        const a = t(s);
        return a !== undefined && a === f(s) ? a : undefined;
      };
    }
    case 'addYears': {
      const d = rec(e.d);
      const n = rec(e.n);
      return (s) => {
        const x = d(s);
        const y = n(s);
        return x === undefined || y === undefined ? undefined : addYears(x as number, y as number);
      };
    }
    case 'sum':
    case 'count': {
      const read = factReader(e.list);
      const body = rec(e.k === 'sum' ? e.body : e.where);
      const isSum = e.k === 'sum';
      return (s) => {
        const list = read(s) as readonly Row[] | undefined;
        if (list === undefined) return undefined;
        let acc = 0;
        for (const row of list) {
          const v = body({ facts: s.facts, member: row, instalment: s.instalment, cache: new Map() });
          if (v === undefined) return undefined;
          acc += isSum ? (v as number) : v === true ? 1 : 0;
        }
        return acc;
      };
    }
  }
}

interface TierCandidates {
  best: number;
  /** Lowest tier whose condition is still unknown (NO_TIER when none). */
  pending: number;
  pendingTiers: number[];
  /** An extra source (a recognised tier…) is unknown: any tier remains possible. */
  pendingUnbounded: boolean;
}

function tierCandidates(e: Extract<Expr, { k: 'bestTier' }>, rec: (x: Expr) => Compiled): (s: FastScope) => TierCandidates | undefined {
  const read = factReader(e.set);
  const extras = (e.extra ?? []).map(rec);
  const byCode = new Map<string, Array<{ tier: number; when?: Compiled }>>();
  for (const en of e.entries) {
    const list = byCode.get(en.code) ?? [];
    list.push({ tier: en.tier, when: en.when ? rec(en.when) : undefined });
    byCode.set(en.code, list);
  }
  return (s) => {
    const set = read(s) as Map<string, unknown> | undefined;
    if (set === undefined) return undefined;
    let best = NO_TIER;
    let pending = NO_TIER;
    let pendingUnbounded = false;
    const pendingTiers: number[] = [];
    for (const x of extras) {
      const v = x(s);
      if (v === undefined) {
        pendingUnbounded = true;
        pending = -Infinity;
      } else if ((v as number) < best) best = v as number;
    }
    // Walk the person's own qualifications (a handful), not the whole catalogue.
    for (const code of set.keys()) {
      const list = byCode.get(code);
      if (!list) continue;
      for (const en of list) {
        const w = en.when ? en.when(s) : true;
        if (w === true) {
          if (en.tier < best) best = en.tier;
        } else if (w === undefined) {
          pendingTiers.push(en.tier);
          if (en.tier < pending) pending = en.tier;
        }
      }
    }
    return { best, pending, pendingTiers, pendingUnbounded };
  };
}
