// The traced interpreter: evaluates an expression tree with three-valued logic (a fact not
// given is unknown, not false), records what it read and computed, and reports the facts that
// would still decide each undetermined node. This is the calculator's and the clerk's view.

import type { CmpOp, Expr } from './ast.js';
import { addYears, formatDay, type Day } from './dates.js';
import { isQualSet, type FactStore, type FactValue, type Row } from './facts.js';
import { mulRatioHalfUp } from './money.js';
import type { DatedValue, Params } from './params.js';
import { formatValue, productUnit, type Unit, type Value } from './units.js';
import type { TraceNode } from './trace.js';

export const NO_TIER = 99;

export interface Scope {
  facts: FactStore;
  member?: Row;
  params: Params;
  asOf: Day;
  instalment?: Day;
  vars: Readonly<Record<string, VarDef>>;
  cache: Map<string, Res>;
  /** Display labels of coded fact values (fact name → value → label), for explanations. */
  valueLabels?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export interface VarDef {
  label: string;
  unit?: Unit;
  expr: Expr;
}

export interface Res {
  v: Value | undefined;
  unit?: Unit;
  /** Facts (or `param:` paths) whose absence leaves this node undetermined. */
  miss?: Set<string>;
  /** For an undetermined tier: every value it can still take. */
  cands?: number[];
  t: TraceNode;
}

export class EvalError extends Error {}

const OP_TEXT: Record<CmpOp, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '==': '=', '!=': '≠' };

export function readFact(scope: Scope, name: string): FactValue | undefined {
  const i = name.indexOf('[].');
  if (i >= 0) return scope.member?.get(name.slice(i + 3));
  return scope.facts.get(name);
}

function union(rs: Array<Res>): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const r of rs) if (r.miss && r.v === undefined) for (const m of r.miss) (out ??= new Set()).add(m);
  return out;
}

// Trace nodes are built property by property in a fixed order (the order of the keys in the JSON
// explanation): kind, display, then the node's own fields, then label, value, unit.
function node(e: Expr, v: Value | undefined, unit: Unit | undefined, extra?: Partial<TraceNode>): TraceNode {
  const t: TraceNode = extra === undefined ? { kind: e.k, display: formatValue(v, unit) } : { kind: e.k, display: formatValue(v, unit), ...extra };
  if (e.label) t.label = e.label;
  if (v !== undefined) t.value = v;
  if (unit) t.unit = unit;
  return t;
}

const condNames = new Map<string, string>();
const calcNames = new Map<string, string>();
/** "cond.all", "calc.min" …: one string per kind, not a new concatenation per node. */
function kindName(prefix: 'cond' | 'calc', k: string): string {
  const names = prefix === 'cond' ? condNames : calcNames;
  let name = names.get(k);
  if (name === undefined) names.set(k, (name = `${prefix}.${k}`));
  return name;
}

function traces(kids: Res[]): TraceNode[] {
  const out = new Array<TraceNode>(kids.length);
  for (let i = 0; i < kids.length; i++) out[i] = kids[i]!.t;
  return out;
}

function cond(e: Expr, v: Value | undefined, kids: Res[], text?: string): Res {
  const miss = v === undefined ? union(kids) : undefined;
  const t: TraceNode = { kind: kindName('cond', e.k), display: formatValue(v, 'bool'), children: traces(kids) };
  if (text !== undefined) t.text = text;
  if (e.label) t.label = e.label;
  if (v !== undefined) t.value = v;
  t.unit = 'bool';
  if (v === true) t.met = true;
  if (v === false) {
    t.met = false;
    if (e.unmet) t.unmet = e.unmet;
  }
  if (miss) t.missing = [...miss];
  return { v, unit: 'bool', miss, t };
}

function calc(e: Expr, v: Value | undefined, unit: Unit | undefined, kids: Res[], text?: string): Res {
  const miss = v === undefined ? union(kids) : undefined;
  const t: TraceNode = { kind: kindName('calc', e.k), display: formatValue(v, unit), children: traces(kids) };
  if (e.label) t.label = e.label;
  if (v !== undefined) t.value = v;
  if (unit) t.unit = unit;
  if (text && v !== undefined) t.text = e.label ? `${e.label}：${text}` : text;
  if (miss) t.missing = [...miss];
  return { v, unit, miss, t };
}

// The `param` part of a parameter's trace node, per dated value (the same for every calculation).
const paramInfos = new WeakMap<DatedValue, { path: string; info: NonNullable<TraceNode['param']> }>();
function paramInfo(path: string, entry: DatedValue): NonNullable<TraceNode['param']> {
  const cached = paramInfos.get(entry);
  if (cached && cached.path === path) return cached.info;
  const info: NonNullable<TraceNode['param']> = {
    path,
    from: formatDay(entry.from),
    ...(entry.to !== undefined ? { to: formatDay(entry.to) } : {}),
    reference: entry.reference,
    ...(entry.example ? { example: true } : {}),
    ...(entry.reform ? { reform: true } : {}),
  };
  paramInfos.set(entry, { path, info });
  return info;
}

/**
 * A coded constant compared with a fact or a text parameter ("用人单位类型 = enterprise") is shown by
 * the name the other side's codes have (the fact's option labels, the parameter's choices).
 */
function nameCode(konst: Res, other: Res, otherExpr: Expr, s: Scope): void {
  if (konst.t.kind !== 'const' || typeof konst.v !== 'string') return;
  let name: string | undefined;
  if (other.t.param) name = s.params.def(other.t.param.path)?.choices?.[konst.v];
  else if (otherExpr.k === 'param' && !otherExpr.key) name = s.params.def(otherExpr.path)?.choices?.[konst.v];
  else if (otherExpr.k === 'fact') name = s.valueLabels?.get(otherExpr.name)?.get(konst.v);
  if (name) konst.t = { ...konst.t, display: name };
}

function show(r: Res): string {
  return r.t.label ? `${r.t.label} ${r.t.display}` : r.t.display;
}

/** A comparison operator applied to two known values (shared by the traced and columnar paths). */
export function compare(op: CmpOp, a: Value, b: Value): boolean {
  switch (op) {
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

function num(r: Res, what: string): number {
  if (typeof r.v !== 'number') throw new EvalError(`${what} 需要数值，得到 ${String(r.v)}`);
  return r.v;
}

/** The result of an `all` node from its children's results (as `evaluate` would combine them). */
export function allOf(e: Expr, kids: Res[]): Res {
  const v = kids.some((k) => k.v === false) ? false : kids.some((k) => k.v === undefined) ? undefined : true;
  return cond(e, v, kids);
}

export function evaluate(e: Expr, s: Scope): Res {
  switch (e.k) {
    case 'const':
      return { v: e.v, unit: e.unit, t: node(e, e.v, e.unit) };
    case 'asOf':
      return { v: s.asOf, unit: 'date', t: node(e, s.asOf, 'date') };
    case 'instalment': {
      const d = s.instalment ?? s.asOf;
      return { v: d, unit: 'date', t: node(e, d, 'date') };
    }
    case 'fact': {
      const raw = readFact(s, e.name);
      if (raw !== undefined && typeof raw === 'object') throw new EvalError(`事实 ${e.name} 不是单值`);
      const v = raw as Value | undefined;
      const miss = v === undefined ? new Set([e.name]) : undefined;
      const t: TraceNode = { kind: 'fact', display: formatValue(v, e.unit), fact: e.name };
      if (e.label) t.label = e.label;
      if (v !== undefined) t.value = v;
      if (e.unit) t.unit = e.unit;
      const shown = typeof v === 'string' ? s.valueLabels?.get(e.name)?.get(v) : undefined;
      if (shown) t.display = shown;
      if (miss) t.missing = [e.name];
      if (typeof v === 'boolean') {
        t.met = v;
        if (!v && e.unmet) t.unmet = e.unmet;
      }
      return { v, unit: e.unit, miss, t };
    }
    case 'param': {
      const key = e.key ? evaluate(e.key, s) : undefined;
      const at = e.at ? evaluate(e.at, s) : undefined;
      const kids = [key, at].filter((x): x is Res => x !== undefined);
      if ((key && key.v === undefined) || (at && at.v === undefined)) return calc(e, undefined, undefined, kids);
      const path = key ? `${e.path}.${String(key.v)}` : e.path;
      const day = at ? (at.v as number) : (s.instalment ?? s.asOf);
      if (key && !s.params.has(path)) {
        // A table without an entry for this key: the item does not apply (e.g. no area for this tier).
        return { v: undefined, miss: new Set([`param:${path}`]), t: node(e, undefined, undefined, { kind: 'param', missing: [`param:${path}`] }) };
      }
      const hit = s.params.lookup(path, day);
      const def = s.params.def(path)!;
      const label = e.label ?? def.description;
      if (!hit) {
        const m = `param:${path}@${formatDay(day)}`;
        return { v: undefined, unit: def.unit, miss: new Set([m]), t: { ...node(e, undefined, def.unit, { kind: 'param', missing: [m] }), label } };
      }
      const t: TraceNode = node(e, hit.value, def.unit);
      if (typeof hit.value === 'string' && def.choices?.[hit.value]) t.display = def.choices[hit.value]!;
      t.label = label;
      t.param = paramInfo(path, hit.entry);
      if (kids.length) t.children = kids.map((k) => k.t);
      return { v: hit.value, unit: def.unit, t };
    }
    case 'var': {
      const def = s.vars[e.name];
      if (!def) throw new EvalError(`未定义的中间变量：${e.name}`);
      const cached = s.cache.get(e.name);
      if (cached) {
        const t: TraceNode = { ...cached.t, children: undefined };
        if (cached.v === false && e.unmet) t.unmet = e.unmet;
        if (e.label) t.label = e.label;
        return { ...cached, t };
      }
      const r = evaluate(def.expr, s);
      const unit = def.unit ?? r.unit;
      const t: TraceNode = { kind: 'var', label: e.label ?? def.label, display: formatValue(r.v, unit), children: [r.t] };
      if (r.v !== undefined) t.value = r.v;
      if (unit) t.unit = unit;
      if (r.t.met !== undefined) t.met = r.t.met;
      if (r.v === false && (e.unmet ?? r.t.unmet)) t.unmet = e.unmet ?? r.t.unmet;
      if (r.miss && r.v === undefined) t.missing = [...r.miss];
      const out: Res = { v: r.v, unit, miss: r.miss, t, ...(r.cands ? { cands: r.cands } : {}) };
      s.cache.set(e.name, out);
      return out;
    }
    case 'not': {
      const a = evaluate(e.a, s);
      return cond(e, a.v === undefined ? undefined : !a.v, [a]);
    }
    case 'all':
    case 'any': {
      // all: false if any is false, else undetermined if any is; any: the same with true.
      const decisive = e.k === 'any';
      const kids = new Array<Res>(e.xs.length);
      let hit = false;
      let open = false;
      for (let i = 0; i < kids.length; i++) {
        const k = (kids[i] = evaluate(e.xs[i]!, s));
        if (k.v === decisive) hit = true;
        else if (k.v === undefined) open = true;
      }
      return cond(e, hit ? decisive : open ? undefined : !decisive, kids);
    }
    case 'cmp': {
      const a = evaluate(e.a, s);
      const b = evaluate(e.b, s);
      nameCode(b, a, e.a, s);
      nameCode(a, b, e.b, s);
      const v = a.v === undefined || b.v === undefined ? undefined : compare(e.op, a.v, b.v);
      const text = `${e.label ? `${e.label}：` : ''}${show(a)} ${OP_TEXT[e.op]} ${show(b)}`;
      return cond(e, v, [a, b], text);
    }
    case 'in': {
      const a = evaluate(e.a, s);
      const v = a.v === undefined ? undefined : e.values.includes(a.v);
      return cond(e, v, [a], `${e.label ? `${e.label}：` : ''}${show(a)}`);
    }
    case 'known': {
      const a = evaluate(e.a, s);
      return cond(e, a.v !== undefined, [a]);
    }
    case 'has':
    case 'obtained': {
      const set = readFact(s, e.set);
      if (set === undefined) {
        const t = node(e, undefined, e.k === 'has' ? 'bool' : 'date', { kind: e.k === 'has' ? 'cond.has' : 'fact', fact: e.set, missing: [e.set] });
        return { v: undefined, miss: new Set([e.set]), t };
      }
      if (!isQualSet(set)) throw new EvalError(`事实 ${e.set} 不是资格集合`);
      if (e.k === 'has') {
        const v = set.has(e.code);
        const t = node(e, v, 'bool', { kind: 'cond.has', fact: e.set, met: v });
        if (!v && e.unmet) t.unmet = e.unmet;
        return { v, unit: 'bool', t };
      }
      const d = set.get(e.code);
      const m = `${e.set}[${e.code}].obtained`;
      if (d === undefined) return { v: undefined, unit: 'date', miss: new Set([m]), t: node(e, undefined, 'date', { kind: 'fact', fact: m, missing: [m] }) };
      return { v: d, unit: 'date', t: node(e, d, 'date', { kind: 'fact', fact: m }) };
    }
    case 'bestTier':
      return bestTier(e, s);
    case 'tierIn': {
      const r = evaluate(e.of, s);
      const { lo, hi } = e;
      let v: boolean | undefined;
      if (r.v !== undefined) v = (r.v as number) >= lo && (r.v as number) <= hi;
      else if (r.cands?.every((x) => x >= lo && x <= hi)) v = true;
      else if (r.cands && !r.cands.some((x) => x >= lo && x <= hi)) v = false;
      const range = e.lo === e.hi ? `第${e.lo}档` : `第${e.lo}—${e.hi}档`;
      return cond(e, v, [r], `${e.label ? `${e.label}：` : ''}${show(r)}${r.v === undefined && r.cands ? `（可能为 ${r.cands.map((x) => formatValue(x, 'tier')).join('、')}）` : ''} ∈ ${range}`);
    }
    case 'arith': {
      const a = evaluate(e.a, s);
      const b = evaluate(e.b, s);
      const unit = e.unit ?? (e.op === '*' ? productUnit(a.unit, b.unit) : a.unit ?? b.unit);
      if (a.v === undefined || b.v === undefined) return calc(e, undefined, unit, [a, b]);
      const x = num(a, e.label ?? e.op);
      const y = num(b, e.label ?? e.op);
      const v = e.op === '+' ? x + y : e.op === '-' ? x - y : x * y;
      if (!Number.isSafeInteger(v) && Number.isInteger(x) && Number.isInteger(y)) throw new EvalError('金额超出可精确计算的范围');
      const sym = e.op === '*' ? '×' : e.op;
      return calc(e, v, unit, [a, b], `${show(a)} ${sym} ${show(b)} = ${formatValue(v, unit)}`);
    }
    case 'min':
    case 'max': {
      const kids = e.xs.map((x) => evaluate(x, s));
      const unit = kids.find((k) => k.unit)?.unit;
      if (kids.some((k) => k.v === undefined)) return calc(e, undefined, unit, kids);
      const vals = kids.map((k) => num(k, e.k));
      const v = e.k === 'min' ? Math.min(...vals) : Math.max(...vals);
      const word = e.k === 'min' ? '取较小者' : '取较大者';
      return calc(e, v, unit, kids, `${kids.map(show).join('，')}，${word}为 ${formatValue(v, unit)}`);
    }
    case 'ratio': {
      const a = evaluate(e.a, s);
      const n = evaluate(e.num, s);
      if (a.v === undefined || n.v === undefined) return calc(e, undefined, a.unit, [a, n]);
      const v = mulRatioHalfUp(num(a, 'ratio'), num(n, 'ratio'), e.den);
      const factor = e.den === 100 ? `${String(n.v)}%` : `${String(n.v)}/${e.den}`;
      const what = n.t.label ? `（${n.t.label}）` : '';
      return calc(e, v, a.unit, [a, n], `${show(a)} × ${factor}${what} = ${formatValue(v, a.unit)}`);
    }
    case 'if': {
      const cnd = evaluate(e.c, s);
      if (cnd.v === true || cnd.v === false) {
        const br = evaluate(cnd.v ? e.t : e.e, s);
        const r = calc(e, br.v, br.unit, [cnd, br]);
        if (typeof br.v === 'boolean') {
          r.t.met = br.v;
          if (!br.v && (e.unmet ?? br.t.unmet)) r.t.unmet = e.unmet ?? br.t.unmet;
        }
        return r;
      }
      const t = evaluate(e.t, s);
      const f = evaluate(e.e, s);
      const v = t.v !== undefined && t.v === f.v ? t.v : undefined;
      const r = calc(e, v, t.unit ?? f.unit, [cnd, t, f]);
      if (v === undefined) {
        r.miss = new Set([...(cnd.miss ?? []), ...(t.v === undefined ? t.miss ?? [] : []), ...(f.v === undefined ? f.miss ?? [] : [])]);
        r.t.missing = [...r.miss];
      }
      return r;
    }
    case 'addYears': {
      const d = evaluate(e.d, s);
      const n = evaluate(e.n, s);
      if (d.v === undefined || n.v === undefined) return calc(e, undefined, 'date', [d, n]);
      const v = addYears(num(d, 'addYears'), num(n, 'addYears'));
      return calc(e, v, 'date', [d, n], `${show(d)} 起满 ${String(n.v)} 年之日为 ${formatDay(v)}`);
    }
    case 'sum':
    case 'count': {
      const list = readFact(s, e.list);
      if (list === undefined)
        return { v: undefined, miss: new Set([e.list]), t: node(e, undefined, undefined, { kind: `calc.${e.k}`, fact: e.list, missing: [e.list] }) };
      if (!Array.isArray(list)) throw new EvalError(`事实 ${e.list} 不是列表`);
      const kids = (list as readonly Row[]).map((row, i) => {
        const r = evaluate(e.k === 'sum' ? e.body : e.where, { ...s, member: row, cache: new Map() });
        const name = row.get('name');
        r.t = { ...r.t, label: `${typeof name === 'string' ? name : `第${i + 1}项`}${r.t.label ? `：${r.t.label}` : ''}` };
        return r;
      });
      const unit = e.k === 'sum' ? kids.find((k) => k.unit)?.unit : 'count';
      if (kids.some((k) => k.v === undefined)) return calc(e, undefined, unit, kids);
      const v = e.k === 'sum' ? kids.reduce((acc, k) => acc + num(k, 'sum'), 0) : kids.filter((k) => k.v === true).length;
      return calc(e, v, unit, kids, `${e.k === 'sum' ? '合计' : '计数'} ${formatValue(v, unit)}`);
    }
  }
}

function bestTier(e: Extract<Expr, { k: 'bestTier' }>, s: Scope): Res {
  const set = readFact(s, e.set);
  if (set === undefined) {
    const miss = new Set([e.set]);
    return { v: undefined, unit: 'tier', miss, t: node(e, undefined, 'tier', { kind: 'calc.bestTier', fact: e.set, missing: [e.set] }) };
  }
  if (!isQualSet(set)) throw new EvalError(`事实 ${e.set} 不是资格集合`);
  let best = NO_TIER;
  const pending: Array<{ r: Res; tier: number }> = [];
  const kids: TraceNode[] = [];
  for (const x of e.extra ?? []) {
    const r = evaluate(x, s);
    kids.push(r.t);
    if (r.v === undefined) pending.push({ r, tier: -Infinity });
    else best = Math.min(best, r.v as number);
  }
  for (const en of e.entries) {
    if (!set.has(en.code)) continue;
    if (!en.when) {
      best = Math.min(best, en.tier);
      kids.push({ kind: 'cond.has', label: en.name ?? en.code, display: `第${en.tier}档`, value: en.tier, met: true });
      continue;
    }
    const r = evaluate(en.when, s);
    kids.push({ ...r.t, label: `${en.name ?? en.code}（第${en.tier}档）${r.t.label ? `：${r.t.label}` : ''}` });
    if (r.v === true) best = Math.min(best, en.tier);
    else if (r.v === undefined) pending.push({ r, tier: en.tier });
  }
  // Undetermined only while an unresolved entry could still beat the best tier established.
  const openP = pending.filter((p) => p.tier < best);
  const open = openP.map((p) => p.r);
  const v = open.length ? undefined : best;
  const miss = open.length ? union(open) : undefined;
  const t = node(e, v, 'tier', { kind: 'calc.bestTier', children: kids });
  if (miss) t.missing = [...miss];
  const cands = open.length && openP.every((p) => p.tier > -Infinity) ? [...new Set([best, ...openP.map((p) => p.tier)])].sort((a, b) => a - b) : undefined;
  return { v, unit: 'tier', miss, t, ...(cands ? { cands } : {}) };
}
