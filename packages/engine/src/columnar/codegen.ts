// Code generator of the columnar fast path: the same rule trees the traced interpreter explains,
// turned into one straight-line JavaScript function (new Function) over typed-array columns, with
// the three-valued semantics of compile.ts (NaN = unknown; booleans 1/0). Parameters are resolved
// for the as-of date before the loop; dated lookups (per instalment or purchase date) become small
// interval tables. Money stays integer fen; a product beyond 2^53 is refused, as compile.ts does.

import { children, someThrough, type CmpOp, type Expr } from '../ast.js';
import { addMonths } from '../dates.js';
import { compare, EvalError, NO_TIER, type VarDef } from '../evaluate.js';
import type { Params, ParamScalar } from '../params.js';
import type { ColumnLayout } from './layout.js';

export interface GenCtx {
  /** Member list in scope (forEach row or sum/count body), and the JS name of its index. */
  list?: string;
  j: string;
  /** JS expression of the instalment day (the as-of date when none). */
  inst: string;
}

interface PkgEnv {
  key: string;
  params: Params;
  vars: Readonly<Record<string, VarDef>>;
}

const OPS: Record<CmpOp, string> = { '>=': '>=', '<=': '<=', '>': '>', '<': '<', '==': '===', '!=': '!==' };
const NUM = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/** `a && b`, `a || b` of JS boolean expressions, folding the literals 'true' and 'false'. */
function and(a: string, b: string): string {
  return a === 'false' || b === 'false' ? 'false' : a === 'true' ? b : b === 'true' ? a : `(${a} && ${b})`;
}
function or(a: string, b: string): string {
  return a === 'true' || b === 'true' ? 'true' : a === 'false' ? b : b === 'false' ? a : `(${a} || ${b})`;
}

/** The OR (AND) of JS boolean expressions, with the tests of one row qualification word (Gen.qualWordsOf)
 *  merged into one: any of its bits, or all of them (single bits only, as bitTest writes them). */
const WORD_TEST = /^\(\((Q[HL]\d+) & (-?\d+)\) !== 0\)$/;
function anyOf(xs: string[]): string {
  return mergeWords(xs, ' || ', false);
}
function allOf(xs: string[]): string {
  return mergeWords(xs, ' && ', true);
}
function mergeWords(xs: string[], op: string, every: boolean): string {
  const masks = new Map<string, number>();
  const rest: string[] = [];
  for (const x of xs) {
    const m = WORD_TEST.exec(x);
    const bit = m ? Number(m[2]) : 0;
    if (m && (!every || (bit & (bit - 1)) === 0)) masks.set(m[1]!, (masks.get(m[1]!) ?? 0) | bit);
    else rest.push(x);
  }
  const merged = [...masks].map(([w, m]) => (every && (m & (m - 1)) !== 0 ? `((${w} & ${m | 0}) === ${m | 0})` : `((${w} & ${m | 0}) !== 0)`));
  return [...merged, ...rest].join(op);
}

export function lit(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '(-Infinity)';
  return n < 0 ? `(${String(n)})` : String(n);
}
const isLit = (s: string) => NUM.test(s) || /^\(-[\d.e+-]+\)$/.test(s);
const litVal = (s: string) => Number(s.replace(/[()]/g, ''));

/**
 * Emits JavaScript for expression trees. Functions for derived variables and tier candidates are
 * emitted once per (package, variable, member list) into `prelude`, each with a one-entry cache
 * keyed by (row, member, instalment day) — the per-person cache of compile.ts.
 */
export class Gen {
  readonly prelude: string[] = [];
  /** Parameter values, read by the code at run time as PV[slot]: the code holds only the dates
   *  between which each value applies, so a reform that changes values (not dates) runs the same
   *  compiled code with another table. */
  readonly paramValues: number[] = [];
  private readonly valueSlots = new Map<string, number>();
  /** The row keys of the one-entry caches: set to -1 at the start of each kernel call (a new block
   *  reuses row numbers). */
  readonly cacheKeys: string[] = [];
  private body: string[] = [];
  private n = 0;
  private readonly fns = new Map<string, string>();
  private readonly paramFns = new Map<string, string>();
  private readonly segFns = new Map<string, string>();
  private readonly depCache = new Map<string, { exact: boolean; asOf: boolean; params: Set<string> }>();

  constructor(
    readonly layout: ColumnLayout,
    /** JS expression of the as-of date (a kernel argument: one kernel serves every year). */
    readonly asOf: string,
  ) {}

  /**
   * The row's qualification words as the screens read them (bitTest, tierQualTest), set once at the
   * start of each row: QH… has the bits of the codes held, QL… those of the codes not held, and
   * both have every bit where the row's set is not known — a screen's "may hold" or "may fail" is
   * then one AND, and several codes of one word one mask. (Int32: `| 0` and `~` keep bit 31 from
   * making a heap number.)
   */
  qualWordNames(): string[] {
    return Array.from({ length: this.layout.qualWords }, (_, w) => [`QH${w}`, `QL${w}`]).flat();
  }
  qualWordsOf(): string {
    const W = this.layout.qualWords;
    const ws = Array.from({ length: W }, (_, w) => w);
    return `if (QK[i] === 0) { ${ws.map((w) => `QH${w} = -1; QL${w} = -1;`).join(' ')} } else { ${ws.map((w) => `const q${w} = Q[i * ${W} + ${w}] | 0; QH${w} = q${w}; QL${w} = ~q${w};`).join(' ')} }`;
  }

  tmp(p = 't'): string {
    return `${p}${this.n++}`;
  }
  emit(...lines: string[]): void {
    this.body.push(...lines);
  }
  /** Runs `fn` with a fresh statement buffer and returns what it emitted. */
  capture(fn: () => string): { code: string[]; value: string } {
    const saved = this.body;
    this.body = [];
    const value = fn();
    const code = this.body;
    this.body = saved;
    return { code, value };
  }
  take(): string[] {
    const b = this.body;
    this.body = [];
    return b;
  }

  /** A value as a JS literal: numbers as themselves, booleans 1/0, strings as codes. */
  scalar(v: ParamScalar): string {
    if (typeof v === 'number') return lit(v);
    if (typeof v === 'boolean') return v ? '1' : '0';
    return lit(this.layout.strings.code(v));
  }

  /** The run-time slot of the k-th dated value of a parameter (numbers as themselves, booleans
   *  1/0, texts as codes, as `scalar`). */
  private value(pkgKey: string, path: string, k: number, v: ParamScalar): string {
    const key = `${pkgKey}|${path}|${k}`;
    let slot = this.valueSlots.get(key);
    if (slot === undefined) {
      slot = this.paramValues.length;
      this.valueSlots.set(key, slot);
      this.paramValues.push(typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : this.layout.strings.code(v));
    }
    return `PV[${slot}]`;
  }

  /** A temp holding `code` (or the literal itself). */
  hold(code: string): string {
    if (isLit(code) || /^[A-Za-z_$][\w$]*$/.test(code)) return code;
    const t = this.tmp();
    this.emit(`const ${t} = ${code};`);
    return t;
  }

  expr(e: Expr, pkg: PkgEnv, ctx: GenCtx): string {
    switch (e.k) {
      case 'const':
        return this.scalar(e.v);
      case 'asOf':
        return this.asOf;
      case 'instalment':
        return ctx.inst;
      case 'fact':
        return this.fact(e.name, ctx);
      case 'param':
        return this.param(e, pkg, ctx);
      case 'var': {
        // A variable that only names a fact or a constant is read in place (no call, no cache).
        const d = pkg.vars[e.name];
        if (d && (d.expr.k === 'fact' || d.expr.k === 'const')) return this.expr(d.expr, pkg, ctx);
        return this.hold(`${this.varFn(e.name, pkg, ctx)}(i, ${ctx.j}, ${ctx.inst})`);
      }
      case 'not': {
        const a = this.hold(this.expr(e.a, pkg, ctx));
        if (isLit(a)) return Number.isNaN(litVal(a)) ? 'NaN' : lit(litVal(a) ? 0 : 1);
        return this.hold(`(${a} !== ${a} ? NaN : 1 - ${a})`);
      }
      case 'all':
      case 'any':
        return this.logic(e.k, e.xs, pkg, ctx);
      case 'cmp': {
        const a = this.hold(this.expr(e.a, pkg, ctx));
        const b = this.hold(this.expr(e.b, pkg, ctx));
        if ((e.op !== '==' && e.op !== '!=') && (this.isStringLit(e.a) || this.isStringLit(e.b)))
          throw new EvalError(`列式路径不支持文本的大小比较 ordering comparison of text`);
        if (isLit(a) && isLit(b)) {
          const x = litVal(a);
          const y = litVal(b);
          if (Number.isNaN(x) || Number.isNaN(y)) return 'NaN';
          return compare(e.op, x, y) ? '1' : '0';
        }
        return this.hold(`(${a} !== ${a} || ${b} !== ${b} ? NaN : ${a} ${OPS[e.op]} ${b} ? 1 : 0)`);
      }
      case 'in': {
        const a = this.hold(this.expr(e.a, pkg, ctx));
        // Texts whose interned codes form one run of consecutive codes: a range test (a text column
        // holds only codes, far below any number).
        const codes = e.values.map((v) => (typeof v === 'string' ? this.layout.strings.code(v) : NaN)).sort((x, y) => x - y);
        const run = codes.length > 2 && codes.every((x, k) => x === x && (k === 0 || x === codes[k - 1]! + 1));
        const tests = run ? `${a} >= ${lit(codes[0]!)} && ${a} <= ${lit(codes[codes.length - 1]!)}` : e.values.map((v) => `${a} === ${this.scalar(v)}`).join(' || ') || 'false';
        return this.hold(`(${a} !== ${a} ? NaN : ${tests} ? 1 : 0)`);
      }
      case 'known': {
        const a = this.hold(this.expr(e.a, pkg, ctx));
        return isLit(a) ? (Number.isNaN(litVal(a)) ? '0' : '1') : `(${a} === ${a} ? 1 : 0)`;
      }
      case 'has': {
        this.checkQualSet(e.set);
        const bit = this.layout.qualBit.get(e.code);
        if (bit === undefined) return '(QK[i] === 0 ? NaN : 0)';
        return this.hold(`(QK[i] === 0 ? NaN : (Q[i * ${this.layout.qualWords} + ${bit >>> 5}] >>> ${bit & 31}) & 1)`);
      }
      case 'obtained': {
        this.checkQualSet(e.set);
        const k = this.layout.obtainedCodes.indexOf(e.code);
        if (k < 0) throw new EvalError(`列式布局未保存资格 ${e.code} 的取得日期（obtainedCodes）`);
        return this.hold(`OB${k}[i]`);
      }
      case 'bestTier': {
        const f = this.tierFn(e, pkg, ctx);
        this.emit(`${f}(i, ${ctx.j}, ${ctx.inst});`);
        return this.hold(`(${f}_k === 0 || ${f}_p < ${f}_b ? NaN : ${f}_b)`);
      }
      case 'tierIn': {
        const { f, range } = this.tierRange(e, pkg, ctx);
        const { lo, hi } = e;
        const r = this.tmp('r');
        this.emit(`${f}(i, ${ctx.j}, ${ctx.inst});`);
        this.emit(`let ${r};`);
        this.emit(`if (${f}_k === 0) ${r} = NaN; else { const bi = ${f}_b >= ${lo} && ${f}_b <= ${hi};`);
        this.emit(`  if (${f}_p >= ${f}_b) ${r} = bi ? 1 : 0; else if (${f}_u === 1) ${r} = NaN;`);
        this.emit(`  else { const pm = ${f}_b > 30 ? ${f}_m : ${f}_m & ((1 << ${f}_b) - 1);`);
        this.emit(`    ${r} = bi && (pm & ~${range}) === 0 ? 1 : bi || (pm & ${range}) !== 0 ? NaN : 0; } }`);
        return r;
      }
      case 'arith': {
        const a = this.hold(this.expr(e.a, pkg, ctx));
        const b = this.hold(this.expr(e.b, pkg, ctx));
        const r = this.tmp('r');
        this.emit(`const ${r} = ${a} ${e.op} ${b};`);
        this.emit(`if (${r} > 9007199254740991 || ${r} < -9007199254740991) inexact();`);
        return r;
      }
      case 'min':
      case 'max': {
        const xs = e.xs.map((x) => this.hold(this.expr(x, pkg, ctx)));
        if (xs.length === 0) return e.k === 'min' ? 'Infinity' : '(-Infinity)';
        return this.hold(`Math.${e.k}(${xs.join(', ')})`);
      }
      case 'ratio': {
        const a = this.hold(this.expr(e.a, pkg, ctx));
        const y = this.hold(this.expr(e.num, pkg, ctx));
        const r = this.tmp('r');
        const p = this.tmp('p');
        this.emit(`let ${r};`);
        this.emit(`if (${a} !== ${a} || ${y} !== ${y}) ${r} = NaN; else { const ${p} = ${a} * ${y};`);
        this.emit(`  ${r} = Number.isInteger(${y}) && Number.isInteger(${p}) && ${p} >= 0 && ${p} <= 2251799813685248 ? Math.floor((2 * ${p} + ${e.den}) / ${2 * e.den}) : ratioHalfUp(${a}, ${y}, ${e.den}); }`);
        return r;
      }
      case 'if': {
        const c = this.hold(this.expr(e.c, pkg, ctx));
        if (isLit(c) && litVal(c) === 1) return this.expr(e.t, pkg, ctx);
        if (isLit(c) && litVal(c) === 0) return this.expr(e.e, pkg, ctx);
        const r = this.tmp('r');
        this.emit(`let ${r};`);
        const t = this.capture(() => this.expr(e.t, pkg, ctx));
        const f = this.capture(() => this.expr(e.e, pkg, ctx));
        if (e.c.k === 'known') {
          // "Is it known?" is 1 or 0, never unknown: two branches.
          this.emit(`if (${c} === 1) { ${t.code.join(' ')} ${r} = ${t.value}; }`, `else { ${f.code.join(' ')} ${r} = ${f.value}; }`);
          return r;
        }
        this.emit(`if (${c} === 1) { ${t.code.join(' ')} ${r} = ${t.value}; }`);
        this.emit(`else if (${c} === 0) { ${f.code.join(' ')} ${r} = ${f.value}; }`);
        // Undetermined condition: the value stands only when both branches agree.
        const t2 = this.capture(() => this.expr(e.t, pkg, ctx));
        const f2 = this.capture(() => this.expr(e.e, pkg, ctx));
        this.emit(`else { ${t2.code.join(' ')} ${f2.code.join(' ')} ${r} = ${t2.value} === ${f2.value} ? ${t2.value} : NaN; }`);
        return r;
      }
      case 'addYears': {
        const d = this.hold(this.expr(e.d, pkg, ctx));
        const n = this.hold(this.expr(e.n, pkg, ctx));
        return this.hold(`(${d} !== ${d} || ${n} !== ${n} ? NaN : addYearsFast(${d}, ${n}))`);
      }
      case 'sum':
      case 'count': {
        if (e.list.includes('[].')) throw new EvalError(`列式路径不支持嵌套列表：${e.list}`);
        const li = this.layout.listIndex.get(e.list);
        const r = this.tmp('r');
        if (li === undefined) return 'NaN';
        const m = this.tmp('m');
        const inner: GenCtx = { list: e.list, j: m, inst: ctx.inst };
        const body = this.capture(() => this.expr(e.k === 'sum' ? e.body : e.where, pkg, inner));
        this.emit(`let ${r} = 0;`);
        this.emit(`if (LN${li}[i] < 0) ${r} = NaN; else for (let ${m} = LS${li}[i], end = ${m} + LN${li}[i]; ${m} < end; ${m}++) {`);
        this.emit(`  ${body.code.join('\n  ')}`);
        this.emit(`  const v = ${body.value}; if (v !== v) { ${r} = NaN; break; }`);
        this.emit(e.k === 'sum' ? `  ${r} += v; }` : `  if (v === 1) ${r}++; }`);
        return r;
      }
    }
  }

  /** The tier function a `tierIn` node reads (its variable's, shared) and the node's tiers as bits. */
  tierRange(e: Extract<Expr, { k: 'tierIn' }>, pkg: PkgEnv, ctx: GenCtx): { f: string; range: number; target: Extract<Expr, { k: 'bestTier' }> } {
    const target = e.of.k === 'var' ? pkg.vars[e.of.name]?.expr : e.of;
    if (!target || target.k !== 'bestTier') throw new EvalError('tierIn 只能用于最高层次（bestTier）');
    const f = e.of.k === 'var' ? this.tierFnForVar(e.of.name, target, pkg, ctx) : this.tierFn(target, pkg, ctx);
    const { lo, hi } = e;
    if (lo < 0 || hi > 30) throw new EvalError(`列式路径的层次范围应在 0–30 之间：${lo}–${hi}`);
    return { f, range: ((2 ** (hi + 1) - 1) & ~(2 ** lo - 1)) >>> 0, target };
  }

  /**
   * A test in place that a row can have a tier in `range` at all: its qualification set is unknown,
   * it holds one of the qualifications listed at a tier in the range (conditional or not), or an
   * extra source may give such a tier (tierMay, with the extras' package `pkg`). Without any, the
   * best tier and every pending one lie outside the range — the tier function need not run. (The
   * honours' layers of art. 18, read for every row, are held by a few rows in a thousand.) Undefined
   * when the tier has extra sources and no `pkg` is given, or one is not a source tierMay can test.
   */
  tierQualTest(target: Extract<Expr, { k: 'bestTier' }>, range: number, pkg?: PkgEnv): string | undefined {
    const may: string[] = [];
    for (const x of target.extra ?? []) {
      const t = pkg && this.tierMay(x, pkg, range);
      if (t === undefined) return undefined;
      if (t !== 'false') may.push(t);
    }
    const L = this.layout;
    const words = new Array<number>(L.qualWords).fill(0);
    for (const en of target.entries) {
      const bit = L.qualBit.get(en.code);
      if (bit === undefined || ((range >>> en.tier) & 1) === 0) continue;
      // A conditional entry whose condition is tested in place counts only where it may hold (an
      // unknown condition leaves the tier pending: it counts).
      if (en.when && pkg && cheap(en.when, pkg.vars)) {
        may.push(`((Q[i * ${L.qualWords} + ${bit >>> 5}] & ${1 << (bit & 31)}) !== 0 && ${this.mayNot(en.when, pkg, 0)})`);
        continue;
      }
      words[bit >>> 5] = (words[bit >>> 5]! | (1 << (bit & 31))) >>> 0;
    }
    // QH… is every bit where the row's set is not known: a held word covers that case.
    const held = words.flatMap((x, w) => (x ? [`(QH${w} & ${x | 0}) !== 0`] : []));
    return `(${[...(held.length ? held : ['QK[i] === 0']), ...may].join(' || ')})`;
  }

  /**
   * A JS boolean expression, without statements, for an extra tier source (at the as-of date): false
   * only where its value is known to be "no tier" or a whole tier from 0 to 30 outside `range` — any
   * other value (unknown, or not such a tier) gives the tier mask every tier, as the tier function
   * does. Constants, facts, parameters without a key or date, variables, and `if` over a condition
   * tested in place (mayNot); undefined otherwise. With the condition unknown, `if` counts as possibly
   * unknown (its value is unknown unless both branches agree).
   */
  private tierMay(e: Expr, pkg: PkgEnv, range: number): string | undefined {
    if (e.k === 'var') {
      const d = this.pureVar(e, pkg);
      return d ? this.tierMay(d, pkg, range) : undefined;
    }
    try {
      if (e.k === 'if') {
        const t = this.tierMay(e.t, pkg, range);
        const f = this.tierMay(e.e, pkg, range);
        if (t === undefined || f === undefined) return undefined;
        const may1 = this.mayNot(e.c, pkg, 0);
        const may0 = this.mayNot(e.c, pkg, 1);
        return or(and(may1, or(may0, t)), and(may0, f));
      }
      if (e.k !== 'const' && e.k !== 'fact' && e.k !== 'param') return undefined;
      const x = this.pure(e, pkg);
      if (isLit(x)) {
        const v = litVal(x);
        return v === NO_TIER || (v >= 0 && v <= 30 && Number.isInteger(v) && ((range >>> v) & 1) === 0) ? 'false' : 'true';
      }
      return `(${x} !== ${x} || (${x} !== ${NO_TIER} && !(${x} >= 0 && ${x} <= 30 && Number.isInteger(${x}) && ((${range} >>> ${x}) & 1) === 0)))`;
    } catch (err) {
      if (err instanceof EvalError) return undefined;
      throw err;
    }
  }

  private isStringLit(e: Expr): boolean {
    return e.k === 'const' && typeof e.v === 'string';
  }

  private checkQualSet(set: string): void {
    if (set !== this.layout.qualSet) throw new EvalError(`列式路径只支持资格集合 ${this.layout.qualSet}，收到：${set}`);
  }

  fact(name: string, ctx: GenCtx): string {
    const i = name.indexOf('[].');
    if (i >= 0) {
      if (!ctx.list) return 'NaN';
      const li = this.layout.listIndex.get(ctx.list);
      const fi = li === undefined ? undefined : this.layout.lists[li]!.fieldIndex.get(name.slice(i + 3));
      return li === undefined || fi === undefined ? 'NaN' : `M${li}_${fi}[${ctx.j}]`;
    }
    const si = this.layout.scalarIndex.get(name);
    if (si === undefined) {
      if (name === this.layout.qualSet || this.layout.listIndex.has(name)) throw new EvalError(`列式路径不能把集合或列表 ${name} 当作数值`);
      return 'NaN';
    }
    return `C${si}[i]`;
  }

  /** A function `d → value` over a parameter's dated values (interval table; NaN outside). */
  private paramAt(params: Params, path: string, pkgKey: string): string {
    const key = `${pkgKey}|${path}`;
    let name = this.paramFns.get(key);
    if (name) return name;
    name = `P${this.paramFns.size}`;
    this.paramFns.set(key, name);
    const def = params.def(path)!;
    const vals = def.values;
    const tests: string[] = [];
    vals.forEach((v, k) => {
      let to: number;
      if (def.periodic === 'half_year') to = addMonths(v.from, 6) - 1;
      else {
        const next = vals[k + 1];
        to = Math.min(v.to ?? Infinity, next ? next.from - 1 : Infinity);
      }
      if (to < v.from) return;
      tests.push(`if (d >= ${v.from}${to === Infinity ? '' : ` && d <= ${to}`}) return ${this.value(pkgKey, path, k, v.value)};`);
    });
    this.prelude.push(`function ${name}(d) { ${tests.join(' ')} return NaN; }`);
    return name;
  }

  private param(e: Extract<Expr, { k: 'param' }>, pkg: PkgEnv, ctx: GenCtx): string {
    const params = pkg.params;
    const day = e.at ? this.hold(this.expr(e.at, pkg, ctx)) : ctx.inst;
    if (!e.key) {
      if (!params.has(e.path)) params.lookup(e.path, 0); // an unknown parameter is an error, as in compile.ts
      if (isLit(day)) {
        const hit = Number.isNaN(litVal(day)) ? undefined : params.lookup(e.path, litVal(day));
        if (!hit) return 'NaN';
        const k = hit.def.values.indexOf(hit.entry);
        return k < 0 ? this.scalar(hit.value) : this.value(pkg.key, e.path, k, hit.value);
      }
      const f = this.paramAt(params, e.path, pkg.key);
      return this.hold(`(${day} !== ${day} ? NaN : ${f}(${day}))`);
    }
    const k = this.hold(this.expr(e.key, pkg, ctx));
    const prefix = `${e.path}.`;
    const cases: string[] = [];
    for (const p of params.paths()) {
      if (!p.startsWith(prefix)) continue;
      const suffix = p.slice(prefix.length);
      const keys = NUM.test(suffix) ? [lit(Number(suffix)), this.scalar(suffix)] : [this.scalar(suffix)];
      const f = this.paramAt(params, p, pkg.key);
      cases.push(`${keys.map((x) => `${k} === ${x}`).join(' || ')} ? ${f}(${day}) :`);
    }
    return this.hold(`(${k} !== ${k} || ${day} !== ${day} ? NaN : ${cases.join(' ')} NaN)`);
  }

  /** What makes a tree's value depend on the instalment day: an `instalment` node (exact), or
   *  parameters looked up at it (then only the segment between their change dates matters). */
  private instDeps(e: Expr, pkg: PkgEnv, out = { exact: false, asOf: false, params: new Set<string>() }, seen = new Set<string>()): { exact: boolean; asOf: boolean; params: Set<string> } {
    if (e.k === 'instalment') out.exact = true;
    if (e.k === 'asOf') out.asOf = true;
    if (e.k === 'param' && !e.at) {
      if (e.key) for (const p of pkg.params.paths()) if (p.startsWith(`${e.path}.`)) out.params.add(p);
      if (!e.key) out.params.add(e.path);
    }
    if (e.k === 'var' && !seen.has(e.name)) {
      seen.add(e.name);
      const d = pkg.vars[e.name];
      if (d) this.instDeps(d.expr, pkg, out, seen);
    }
    for (const ch of children(e)) this.instDeps(ch, pkg, out, seen);
    return out;
  }

  /** Whether a tree's value can depend on the as-of or instalment date (directly, or through a
   *  parameter looked up at it). */
  readsDate(e: Expr, pkg: PkgEnv): boolean {
    const d = this.instDeps(e, pkg);
    return d.exact || d.asOf || d.params.size > 0;
  }

  /** JS expression of the cache key part for the instalment day `inst` of a tree. */
  segKey(e: Expr, pkg: PkgEnv, cacheKey: string, inst = 'inst'): string {
    let deps = this.depCache.get(cacheKey);
    if (!deps) this.depCache.set(cacheKey, (deps = this.instDeps(e, pkg)));
    // A value that reads the as-of date itself is also keyed by it (one kernel call may cover
    // several years for the same row).
    // (By the index of the as-of date in the call, YY, not the date itself: the key stays a small
    // integer, which V8 stores without allocating a number.)
    const withAsOf = (key: string, span: number) => (deps!.asOf ? `(YY * ${span} + ${key})` : key);
    if (deps.exact) return withAsOf(inst, 131072);
    if (deps.params.size === 0) return deps.asOf ? 'YY' : '0';
    const cuts = new Set<number>();
    for (const path of deps.params) {
      const def = pkg.params.def(path);
      if (!def) continue;
      def.values.forEach((v, k) => {
        cuts.add(v.from);
        if (def.periodic === 'half_year') cuts.add(addMonths(v.from, 6));
        else if (v.to !== undefined) cuts.add(v.to + 1);
        const next = def.values[k + 1];
        if (next) cuts.add(next.from);
      });
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    // A few change dates: an inline comparison chain; more: a small function.
    if (sorted.length <= 3) return withAsOf(`(${sorted.map((c, k) => `${inst} < ${c} ? ${k} : `).join('')}${sorted.length})`, 131072);
    const key = sorted.join(',');
    let f = this.segFns.get(key);
    if (!f) {
      f = `S${this.segFns.size}`;
      this.segFns.set(key, f);
      this.prelude.push(`function ${f}(d) { ${sorted.map((c, k) => `if (d < ${c}) return ${k};`).join(' ')} return ${sorted.length}; }`);
    }
    return withAsOf(`${f}(${inst})`, 131072);
  }

  private varFn(name: string, pkg: PkgEnv, ctx: GenCtx): string {
    const def = pkg.vars[name];
    if (!def) throw new EvalError(`未定义的中间变量：${name}`);
    const key = `V|${pkg.key}|${name}|${ctx.list ?? ''}`;
    const have = this.fns.get(key);
    if (have) return have;
    const f = `V${this.fns.size}_${name.replace(/\W/g, '_')}`;
    this.fns.set(key, f);
    const inner: GenCtx = { list: ctx.list, j: 'j', inst: 'inst' };
    const saved = this.take();
    let value: string;
    if (def.expr.k === 'bestTier') {
      // The same candidates as tierIn on this variable: one tier function, computed once.
      const t = this.tierFnForVar(name, def.expr, pkg, ctx);
      this.emit(`${t}(i, j, inst);`);
      value = `(${t}_k === 0 || ${t}_p < ${t}_b ? NaN : ${t}_b)`;
    } else value = this.expr(def.expr, pkg, inner);
    const code = this.take();
    this.body = saved;
    const sg = this.segKey(def.expr, pkg, `var|${pkg.key}|${name}`);
    this.cacheKeys.push(`${f}_i`);
    this.prelude.push(
      `var ${f}_i = -1, ${f}_j = -2, ${f}_d = -1, ${f}_v = NaN;`,
      `function ${f}(i, j, inst) {`,
      `  const sg = ${sg};`,
      `  if (i === ${f}_i && j === ${f}_j && sg === ${f}_d) return ${f}_v;`,
      `  ${code.join('\n  ')}`,
      `  ${f}_i = i; ${f}_j = j; ${f}_d = sg; ${f}_v = ${value}; return ${f}_v;`,
      `}`,
    );
    return f;
  }

  private tierFnForVar(name: string, e: Extract<Expr, { k: 'bestTier' }>, pkg: PkgEnv, ctx: GenCtx): string {
    return this.tierFn(e, pkg, ctx, `T|${pkg.key}|${name}|${ctx.list ?? ''}`);
  }

  /** Candidates of a best tier, in `${f}_b` (best), `_p` (lowest pending), `_m` (pending tiers as
   *  a bit mask), `_u` (an extra source unknown: any tier possible), `_k` (0: set unknown). */
  private tierFn(e: Extract<Expr, { k: 'bestTier' }>, pkg: PkgEnv, ctx: GenCtx, cacheKey?: string): string {
    const key = cacheKey ?? `T|${pkg.key}|node${this.n++}|${ctx.list ?? ''}`;
    const have = this.fns.get(key);
    if (have) return have;
    const f = `T${this.fns.size}`;
    this.fns.set(key, f);
    this.checkQualSet(e.set);
    const L = this.layout;
    const W = L.qualWords;
    const inner: GenCtx = { list: ctx.list, j: 'j', inst: 'inst' };
    const saved = this.take();
    const lines: string[] = [];
    lines.push(`if (QK[i] === 0) { ${f}_k = 0; return; }`, `${f}_k = 1;`, `let best = ${NO_TIER}, pending = ${NO_TIER}, mask = 0, unb = 0;`);
    for (const x of e.extra ?? []) {
      const v = this.expr(x, pkg, inner);
      lines.push(...this.take(), `{ const x = ${v}; if (x !== x) { unb = 1; pending = -1e9; } else if (x < best) best = x; }`);
    }
    const words = Array.from({ length: W }, (_, w) => `q${w}`);
    lines.push(`const ${words.map((q, w) => `${q} = Q[i * ${W} + ${w}]`).join(', ')};`);
    // Unconditional entries: the lowest tier whose mask meets the person's bits.
    const byTier = new Map<number, number[]>();
    const conditional: typeof e.entries = [];
    for (const en of e.entries) {
      if (en.tier < 0 || en.tier > 30 || !Number.isInteger(en.tier)) throw new EvalError(`列式路径的层次应为 0–30 的整数：${en.code} → ${en.tier}`);
      const bit = L.qualBit.get(en.code);
      if (bit === undefined) continue;
      if (en.when) {
        conditional.push(en);
        continue;
      }
      const m = byTier.get(en.tier) ?? new Array<number>(W).fill(0);
      m[bit >>> 5] = (m[bit >>> 5]! | (1 << (bit & 31))) >>> 0;
      byTier.set(en.tier, m);
    }
    const tiers = [...byTier.keys()].sort((a, b) => a - b);
    if (tiers.length) {
      // One value for every row (the tests in order, the first met giving the tier), then one
      // comparison: no comparison sits in a branch only rare rows take, so the optimised code is
      // not thrown away when the first such row arrives (V8 compiles a never-run branch as a
      // deoptimisation).
      const chain = tiers.map((t) => {
        const m = byTier.get(t)!;
        const test = m.map((x, w) => (x ? `(q${w} & ${x}) !== 0` : '')).filter(Boolean).join(' || ');
        return `${test} ? ${t} : `;
      });
      lines.push(`{ const ub = ${chain.join('')}${NO_TIER}; if (ub < best) best = ub; }`);
    }
    for (const en of conditional) {
      const bit = L.qualBit.get(en.code)!;
      const w = this.expr(en.when!, pkg, inner);
      const code = this.take();
      // Only a tier below the best so far can change the result: a pending tier at or above the
      // best is never read (bestTier, tierIn and the screens' masks look at pending tiers below it).
      lines.push(
        `if (${en.tier} < best && ((q${bit >>> 5} >>> ${bit & 31}) & 1) === 1) {`,
        ...code,
        `  const w = ${w}; if (w === 1) best = ${en.tier}; else if (w !== w) { mask |= ${1 << en.tier}; if (${en.tier} < pending) pending = ${en.tier}; }`,
        `}`,
      );
    }
    // A whole tier is stored as a 32-bit integer (a small integer to V8): read from a fact or a
    // parameter it is a double in optimised code, and stored as such it reached comparisons
    // compiled for small integers, whose code was then thrown away.
    lines.push(`if ((best | 0) === best) ${f}_b = best | 0; else ${f}_b = best; ${f}_p = pending; ${f}_m = mask; ${f}_u = unb;`);
    this.body = saved;
    const sg = this.segKey(e, pkg, key);
    this.cacheKeys.push(`${f}_i`);
    this.prelude.push(
      `var ${f}_i = -1, ${f}_j = -2, ${f}_d = -1, ${f}_b = ${NO_TIER}, ${f}_p = ${NO_TIER}, ${f}_m = 0, ${f}_u = 0, ${f}_k = 0;`,
      `function ${f}(i, j, inst) {`,
      `  const sg = ${sg};`,
      `  if (i === ${f}_i && j === ${f}_j && sg === ${f}_d) return;`,
      `  ${f}_i = i; ${f}_j = j; ${f}_d = sg;`,
      `  ${lines.join('\n  ')}`,
      `}`,
    );
    return f;
  }

  /**
   * A JS boolean expression, without statements, that is false exactly where a row-level condition
   * is definitely `v` (as `expr` would compute it: unknown counts as possibly anything). For
   * conditions that read facts, constants and qualifications only (`cheap`): such a screen is
   * tested in place, where a rule or group needs it, instead of being computed into a variable for
   * every row. `mayNot(e, pkg, 0)`: may the condition hold; `mayNot(e, pkg, 1)`: may it fail.
   */
  mayNot(e: Expr, pkg: PkgEnv, v: 0 | 1): string {
    switch (e.k) {
      case 'all':
      case 'any': {
        // `all` is 0 as soon as an operand is 0, `any` is 1 as soon as one is 1 (the absorbing value);
        // otherwise each is the other value only when every operand is known and equal to it.
        if (v === (e.k === 'all' ? 0 : 1)) return e.xs.length ? `(${allOf(e.xs.map((x) => this.mayNot(x, pkg, v)))})` : 'true';
        return e.xs.length ? `(${anyOf(e.xs.map((x) => this.mayBe(x, pkg, v === 0 ? 1 : 0)))})` : 'false';
      }
      case 'not':
        // 1 − a is v exactly when a is 1 − v.
        return this.mayNot(e.a, pkg, v === 0 ? 1 : 0);
      case 'var': {
        const d = this.pureVar(e, pkg);
        if (d) return this.mayNot(d, pkg, v);
        break;
      }
      case 'has':
        return this.bitTest(e, v === 0);
      case 'if': {
        // The first branch where the condition is 1, the second where it is 0, either where it is
        // unknown (unknown when they differ): other than v exactly when a branch it may take may be.
        const may1 = this.mayNot(e.c, pkg, 0);
        const may0 = this.mayNot(e.c, pkg, 1);
        return or(and(may1, this.mayNot(e.t, pkg, v)), and(may0, this.mayNot(e.e, pkg, v)));
      }
      case 'const': {
        const x = this.pure(e, pkg);
        return Number.isNaN(litVal(x)) || litVal(x) !== v ? 'true' : 'false';
      }
      case 'known': {
        // 1 or 0, never unknown.
        const a = this.pure(e.a, pkg);
        return v === 0 ? `${a} === ${a}` : `${a} !== ${a}`;
      }
      case 'in': {
        // May be 1: unknown or one of the values; may be 0: not one of them (an unknown value is none).
        const a = this.pure(e.a, pkg);
        const hit = e.values.map((x) => `${a} === ${this.scalar(x)}`).join(' || ') || 'false';
        return v === 0 ? `(${a} !== ${a} || ${hit})` : `!(${hit})`;
      }
      case 'cmp': {
        if ((e.op !== '==' && e.op !== '!=') && (this.isStringLit(e.a) || this.isStringLit(e.b)))
          throw new EvalError(`列式路径不支持文本的大小比较 ordering comparison of text`);
        const a = this.pure(e.a, pkg);
        const b = this.pure(e.b, pkg);
        const unknown = [a, b].filter((x) => !isLit(x)).map((x) => `${x} !== ${x}`);
        const test = `${a} ${OPS[e.op]} ${b}`;
        return `(${[...unknown, v === 0 ? test : `!(${test})`].join(' || ')})`;
      }
    }
    return `${this.pure(e, pkg)} !== ${v}`;
  }

  /** Whether a condition may be `v` (or is unknown). */
  private mayBe(e: Expr, pkg: PkgEnv, v: 0 | 1): string {
    // all, any, has, known, in and comparisons give 0, 1 or unknown only: may be v ⇔ may be other than 1 − v.
    if (e.k === 'all' || e.k === 'any' || e.k === 'has' || e.k === 'known' || e.k === 'in' || e.k === 'cmp') return this.mayNot(e, pkg, v === 0 ? 1 : 0);
    if (e.k === 'not') return this.mayBe(e.a, pkg, v === 0 ? 1 : 0);
    const d = e.k === 'var' ? this.pureVar(e, pkg) : undefined;
    if (d) return this.mayBe(d, pkg, v);
    const x = this.pure(e, pkg);
    return `(${x} !== ${x} || ${x} === ${v})`;
  }

  /** A qualification test, unknown when the row's set is: may it be 1 (`one`), or 0? */
  private bitTest(e: Extract<Expr, { k: 'has' }>, one: boolean): string {
    this.checkQualSet(e.set);
    const bit = this.layout.qualBit.get(e.code);
    if (bit === undefined) return one ? 'QK[i] === 0' : 'true';
    return `((${one ? 'QH' : 'QL'}${bit >>> 5} & ${1 << (bit & 31)}) !== 0)`;
  }

  /** The tree of a variable read in place by the screens (one of facts, constants and
   *  qualifications only: `cheap`). */
  private pureVar(e: Extract<Expr, { k: 'var' }>, pkg: PkgEnv): Expr | undefined {
    return pkg.vars[e.name]?.expr;
  }

  /** The value of a row-level condition as one pure expression (operands may be read twice). */
  private pure(e: Expr, pkg: PkgEnv): string {
    const ctx: GenCtx = { j: '-1', inst: this.asOf };
    switch (e.k) {
      case 'const':
        return this.scalar(e.v);
      case 'fact':
        return this.fact(e.name, ctx);
      case 'var': {
        const d = this.pureVar(e, pkg);
        if (d) return this.pure(d, pkg);
        break;
      }
      case 'param': {
        // At the as-of date (a parameter chosen by a key or read at another date is not in place).
        if (e.key || e.at) break;
        if (!pkg.params.has(e.path)) pkg.params.lookup(e.path, 0);
        return `${this.paramAt(pkg.params, e.path, pkg.key)}(${this.asOf})`;
      }
      case 'has': {
        this.checkQualSet(e.set);
        const bit = this.layout.qualBit.get(e.code);
        return bit === undefined ? '(QK[i] === 0 ? NaN : 0)' : `(QK[i] === 0 ? NaN : (Q[i * ${this.layout.qualWords} + ${bit >>> 5}] >>> ${bit & 31}) & 1)`;
      }
      case 'not':
        return `(1 - ${this.pure(e.a, pkg)})`;
      case 'known': {
        const a = this.pure(e.a, pkg);
        return `(${a} === ${a} ? 1 : 0)`;
      }
      case 'cmp': {
        if ((e.op !== '==' && e.op !== '!=') && (this.isStringLit(e.a) || this.isStringLit(e.b)))
          throw new EvalError(`列式路径不支持文本的大小比较 ordering comparison of text`);
        const a = this.pure(e.a, pkg);
        const b = this.pure(e.b, pkg);
        return `(${a} !== ${a} || ${b} !== ${b} ? NaN : ${a} ${OPS[e.op]} ${b} ? 1 : 0)`;
      }
      case 'in': {
        const a = this.pure(e.a, pkg);
        const tests = e.values.map((v) => `${a} === ${this.scalar(v)}`).join(' || ') || 'false';
        return `(${a} !== ${a} ? NaN : ${tests} ? 1 : 0)`;
      }
      case 'all':
      case 'any': {
        if (e.xs.length === 0) return e.k === 'all' ? '1' : '0';
        const vs = e.xs.map((x) => this.pure(x, pkg));
        const stop = e.k === 'all' ? 0 : 1;
        return `(${vs.map((v) => `${v} === ${stop}`).join(' || ')} ? ${stop} : ${vs.map((v) => `${v} !== ${v}`).join(' || ')} ? NaN : ${1 - stop})`;
      }
    }
    throw new EvalError(`列式路径的就地筛选只支持事实、常量和资格条件：${e.k}`);
  }

  /** all / any of qualification tests in one: per word, a mask of the codes' bits. */
  private qualTest(k: 'all' | 'any', quals: Array<Extract<Expr, { k: 'has' }>>): string {
    const masks = new Map<number, number>();
    let absent = false;
    for (const q of quals) {
      this.checkQualSet(q.set);
      const bit = this.layout.qualBit.get(q.code);
      if (bit === undefined) absent = true;
      else masks.set(bit >>> 5, (masks.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
    }
    const W = this.layout.qualWords;
    const word = (w: number, m: number) => `(Q[i * ${W} + ${w}] & ${m})`;
    let test: string;
    if (k === 'any') test = masks.size ? `(${[...masks].map(([w, m]) => word(w, m)).join(' | ')}) !== 0 ? 1 : 0` : '0';
    else test = absent ? '0' : `${[...masks].map(([w, m]) => `${word(w, m)} === ${m | 0}`).join(' && ')} ? 1 : 0`;
    return this.hold(`(QK[i] === 0 ? NaN : ${test})`);
  }

  private logic(k: 'all' | 'any', given: Expr[], pkg: PkgEnv, ctx: GenCtx): string {
    const stop = k === 'all' ? 0 : 1;
    // Operands that read facts, constants and qualifications only are tested first: the value is
    // the same in any order (none of the operands can refuse the row), and a cheap 0 (for all) or
    // 1 (for any) saves the dearer ones (dates shifted by years, parameters, variables).
    const xs = given.some((x) => mayRefuse([x], pkg.vars)) ? given : [...given.filter((x) => cheap(x, pkg.vars)), ...given.filter((x) => !cheap(x, pkg.vars))];
    const r = this.tmp('r');
    const label = this.tmp('L');
    const parts: string[] = [];
    let unknownLit = false;
    let only: { code: string[]; value: string } | undefined;
    // Two or more qualification tests (`has`) are one test of the row's qualification words
    // (unknown when the set is unknown, as each of them is), placed where the first one stood.
    const quals = xs.filter((x): x is Extract<Expr, { k: 'has' }> => x.k === 'has');
    const fused = quals.length >= 2 ? quals[0] : undefined;
    for (const x of xs) {
      if (fused && x.k === 'has' && x !== fused) continue;
      const c = this.capture(() => (x === fused ? this.qualTest(k, quals) : this.expr(x, pkg, ctx)));
      const v = c.value;
      if (isLit(v)) {
        const n = litVal(v);
        if (n === stop) {
          // Decided by a constant: nothing after matters (everything before is pure).
          return lit(stop);
        }
        if (Number.isNaN(n)) unknownLit = true;
        continue;
      }
      parts.push(`${c.code.join(' ')} { const v = ${v}; if (v === ${stop}) { ${r} = ${stop}; break ${label}; } if (v !== v) u = 1; }`);
      only = c;
    }
    if (parts.length === 0) return unknownLit ? 'NaN' : lit(1 - stop);
    if (parts.length === 1 && !unknownLit && only) {
      // all / any of one operand (1, 0 or unknown) is that operand.
      for (const line of only.code) this.emit(line);
      return only.value;
    }
    this.emit(`let ${r};`);
    this.emit(`${label}: { let u = ${unknownLit ? 1 : 0};`);
    for (const p of parts) this.emit(`  ${p}`);
    this.emit(`  ${r} = u === 1 ? NaN : ${1 - stop}; }`);
    return r;
  }
}

/** Reads facts, constants and qualifications only (directly or through variables), in a tree of
 *  at most a dozen nodes: tested in place as a screen, about as cheap as a few column reads. */
export function cheap(e: Expr, vars: Readonly<Record<string, VarDef>>): boolean {
  let nodes = 0;
  const ok = (x: Expr, seen: Set<string>): boolean => {
    if (++nodes > 12) return false;
    if (x.k === 'var') {
      const d = vars[x.name]?.expr;
      if (!d || seen.has(x.name)) return false;
      return ok(d, new Set([...seen, x.name]));
    }
    if (x.k === 'fact') return !x.name.includes('[]');
    if (x.k === 'const' || x.k === 'has') return true;
    return (x.k === 'not' || x.k === 'known' || x.k === 'cmp' || x.k === 'in' || x.k === 'any' || x.k === 'all') && children(x).every((c) => ok(c, seen));
  };
  return ok(e, new Set());
}

/** Whether evaluating a tree may refuse a row (an inexact product: arithmetic, ratios, sums). */
export function mayRefuse(es: Expr[], vars: Readonly<Record<string, VarDef>>): boolean {
  return someThrough(es, vars, (e) => e.k === 'arith' || e.k === 'ratio' || e.k === 'sum');
}
