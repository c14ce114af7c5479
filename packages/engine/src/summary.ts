// What a citizen reads first: one plain-Chinese sentence per benefit (why, what, how much, when,
// the clause) and the arithmetic in one line; and, for a benefit still undetermined, the most it
// could be worth (the money a question is worth asking for).

import type { Expr } from './ast.js';
import { evaluate, type Scope } from './evaluate.js';
import { formatYuan } from './money.js';
import type { Params } from './params.js';
import type { TraceNode } from './trace.js';
import type { Entitlement } from './result.js';

// Per parameter set (built once): the entries of a table (`path.` prefix) and each path's largest
// numeric value ever.
const tables = new WeakMap<Params, { entries: Map<string, string[]>; largest: Map<string, number | undefined> }>();
function tableOf(params: Params) {
  let t = tables.get(params);
  if (!t) tables.set(params, (t = { entries: new Map(), largest: new Map() }));
  return t;
}
function tablePaths(params: Params, path: string): string[] {
  const t = tableOf(params).entries;
  let list = t.get(path);
  if (!list) t.set(path, (list = params.paths().filter((p) => p.startsWith(`${path}.`))));
  return list;
}
function largestValue(params: Params, path: string): number | undefined {
  const t = tableOf(params).largest;
  if (t.has(path)) return t.get(path);
  let best: number | undefined;
  for (const dv of params.def(path)?.values ?? []) if (typeof dv.value === 'number') best = Math.max(best ?? -Infinity, dv.value);
  t.set(path, best);
  return best;
}

/**
 * The largest value an amount can take whatever the missing facts turn out to be (fen), or
 * undefined when nothing bounds it (an amount read from an unknown money fact). Unknown tiers take
 * their still-possible values; a parameter read at an unknown date takes its largest value ever.
 */
export function upperBound(e: Expr, s: Scope): number | undefined {
  switch (e.k) {
    case 'const':
      return typeof e.v === 'number' ? e.v : undefined;
    case 'var': {
      const def = s.vars[e.name];
      if (!def) return undefined;
      const r = evaluate(e, s); // cached per scope
      return typeof r.v === 'number' ? r.v : r.v === undefined ? upperBound(def.expr, s) : undefined;
    }
    case 'param': {
      const r = evaluate(e, s);
      if (typeof r.v === 'number') return r.v;
      let paths = [e.path];
      if (e.key) {
        const key = evaluate(e.key, s);
        const cands = key.v !== undefined ? [key.v] : key.cands;
        paths = cands ? cands.map((c) => `${e.path}.${String(c)}`) : tablePaths(s.params, e.path);
      }
      let best: number | undefined;
      for (const p of paths) {
        const m = largestValue(s.params, p);
        if (m !== undefined) best = Math.max(best ?? -Infinity, m);
      }
      return best;
    }
    case 'arith': {
      const a = upperBound(e.a, s);
      if (a === undefined) return undefined;
      if (e.op === '-') return a; // amounts subtract what is already paid: at most the minuend
      const b = upperBound(e.b, s);
      if (b === undefined) return undefined;
      return e.op === '+' ? a + b : a * b;
    }
    case 'min': {
      const known = e.xs.map((x) => upperBound(x, s)).filter((x): x is number => x !== undefined);
      return known.length ? Math.min(...known) : undefined;
    }
    case 'max': {
      const all = e.xs.map((x) => upperBound(x, s));
      return all.every((x): x is number => x !== undefined) ? Math.max(...all) : undefined;
    }
    case 'ratio': {
      const a = upperBound(e.a, s);
      const n = upperBound(e.num, s);
      return a === undefined || n === undefined ? undefined : Math.ceil((a * n) / e.den);
    }
    case 'if': {
      const c = evaluate(e.c, s);
      if (c.v === true) return upperBound(e.t, s);
      if (c.v === false) return upperBound(e.e, s);
      const t = upperBound(e.t, s);
      const f = upperBound(e.e, s);
      return t === undefined || f === undefined ? undefined : Math.max(t, f);
    }
    default: {
      // Facts, sums, counts …: their value when known, otherwise nothing bounds them.
      const r = evaluate(e, s);
      return typeof r.v === 'number' ? r.v : undefined;
    }
  }
}

/** "可能影响 20,000 元" — the money at stake in a question, in words. */
export function stakeText(onceFen: number, yearlyFen: number, unbounded: boolean): string {
  if (unbounded && !onceFen && !yearlyFen) return '可能影响的金额取决于您的回答';
  const more = unbounded ? '以上' : '';
  if (yearlyFen && !onceFen) return `可能影响 ${formatYuan(yearlyFen)}/年${more}`;
  if (yearlyFen) return `可能影响 ${formatYuan(onceFen + yearlyFen)}${more}（按年发放的计一年）`;
  return `可能影响 ${formatYuan(onceFen)}${more}`;
}

/**
 * Why a benefit applies, in a citizen's words: the qualifications that set the tier and the
 * yes/no answers that met its conditions ("具有全日制博士研究生资格，全职在衢工作"). The package's
 * gate (in force, jurisdiction) and the conditions of branches not taken are left out.
 */
export function reasonsOf(eligibility: TraceNode): string {
  const quals: string[] = [];
  const conds: string[] = [];
  walkReasons(eligibility, true, quals, conds);
  const parts = [...(quals.length ? [`具有${quals.join('、')}资格`] : []), ...conds];
  return parts.join('，');
}

function addReason(list: string[], x: string | undefined): void {
  if (x && !list.includes(x)) list.push(x);
}

// A module-level walk (not a closure made per call: tsx names each such closure at creation).
function walkReasons(t: TraceNode, top: boolean, quals: string[], conds: string[]): void {
  if (t.met === false) return;
  if (t.kind === 'calc.bestTier') {
    for (const k of t.children ?? []) {
      if (k.kind === 'cond.has' && k.value === t.value && k.label) addReason(quals, k.label);
      else if (k.met === true && k.label && t.value !== undefined && k.label.includes(`（第${String(t.value)}档）`)) addReason(quals, k.label.slice(0, k.label.indexOf('（')));
    }
    return;
  }
  if (t.kind === 'cond.has' && t.met === true && t.label) return addReason(quals, t.label);
  if (t.kind === 'fact' && t.value === true && t.met === true) return addReason(conds, t.label);
  // "暂未购房": a negated answer; not a negated tier range or comparison (technical, not a reason).
  if (t.kind === 'cond.not' && t.met === true && ['var', 'fact'].includes(t.children?.[0]?.kind ?? '')) return addReason(conds, t.label);
  const kids = t.children ?? [];
  // The first child of a rule's root is the package's gate: not a reason a citizen needs.
  for (let i = top ? 1 : 0; i < kids.length; i++) walkReasons(kids[i]!, false, quals, conds);
}

/** The worked arithmetic of an amount in one line (the first node that shows its sum with real numbers). */
export function arithmeticOf(amount: TraceNode | undefined): string | undefined {
  if (!amount) return undefined;
  if (amount.text && /[×=]/.test(amount.text)) return amount.text;
  // Of a larger-of, smaller-of or choice, the branch that gave the amount is looked at first (a teacher's
  // 120 % line, not the plain area × price it was compared with).
  const kids = amount.children;
  if (!kids) return undefined;
  const value = amount.value;
  if (value !== undefined)
    for (const k of kids)
      if (k.value === value) {
        const x = arithmeticOf(k);
        if (x) return x;
      }
  for (const k of kids)
    if (value === undefined || k.value !== value) {
      const x = arithmeticOf(k);
      if (x) return x;
    }
  return undefined;
}

/** Whether an amount rests on an example (not yet official) parameter value. */
export function usesExample(t: TraceNode | undefined): boolean {
  if (!t) return false;
  if (t.param?.example) return true;
  return (t.children ?? []).some(usesExample);
}

/**
 * One sentence a talent can read: why, what, how much, when, and the clause ("您具有全日制博士研究生
 * 资格，全职在衢工作，每年可享受第七层次人才津贴 20,000 元（衢委发〔2020〕7号第19条第(7)项），自 2022-06-01
 * 起每满一年发放一次"). Built from the result alone, so the API, the CLI and the web say the same.
 */
export function summarize(e: Entitlement): string {
  const why = reasonsOf(e.explanation.eligibility);
  const lead = why ? `您${why}，` : '您';
  const cite = `（${e.clause.cite}）`;
  const example = e.example ? '（按示例值计算，正式金额待官方公布）' : '';
  const who = e.entity?.name ? `【${e.entity.name}】` : '';
  if (e.kind === 'obligation') return `${lead}须${e.name}${who}${e.amountFen !== undefined ? ` ${formatYuan(e.amountFen)}` : ''}${example}${cite}。`;
  const can = e.status === 'up_to' ? '最高可享受' : '可享受';
  if (e.amountFen === undefined || !e.schedule) return `${lead}${can}${e.name}${who}${cite}。`;
  const s = e.schedule;
  const amount = formatYuan(e.amountFen);
  if (e.dateMissing) return `${lead}${can}${e.name}${who} ${amount}${s.kind === 'yearly' ? '/年' : ''}${example}${cite}，${s.description}。`;
  const inst = s.instalments;
  const first = inst[0];
  if (!inst.length) return `${lead}每年${can}${e.name}${who} ${amount}${example}${cite}，${s.description.replace(/^每年一次，/, '')}。`;
  const due = e.dueFen ? `，截至计算日已到期 ${formatYuan(e.dueFen)}` : '，截至计算日尚未到期';
  if (s.kind === 'once') return `${lead}${can}${e.name}${who} ${amount}${example}${cite}，一次性发放（${first?.date ?? ''}）${due}。`;
  if (s.kind === 'period') return `${lead}${can}${e.name}${who} ${amount}${example}${cite}，${s.description}。`;
  const fixed = inst.length > 0 && inst.every((i) => i.amountFen !== null) && /共 \d+ 年/.test(s.description);
  if (fixed) {
    const total = formatYuan(e.totalFen ?? 0);
    const ended = e.amountFen === 0 && inst.every((i) => i.due);
    return `${lead}可享受${e.name}${who} ${inst.length} 年，合计 ${total}${example}${cite}，${first?.date ?? ''} 起每年发放一次${ended ? '，已全部期满' : due}。`;
  }
  return `${lead}每年${can}${e.name}${who} ${amount}${example}${cite}，自 ${first?.date ?? ''} 起每年发放一次${due}。`;
}
