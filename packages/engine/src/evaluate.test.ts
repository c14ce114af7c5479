// The traced interpreter: three-valued logic, the facts it asks for (only where they decide the
// result), tiers with conditional entries, and explanations that show the arithmetic with the real
// numbers. (Agreement with the compiled path is tested in compile.test.ts.)

import { describe, expect, it } from 'vitest';
import { add, all, any, c, cmp, count, isIn, known, max, min, mul, not, percentOf, plusYears, ratio, sub, sum, tierIn, v, when, type Expr } from './ast.js';
import { parseDay } from './dates.js';
import { EvalError, evaluate, NO_TIER, type Res, type Scope, type VarDef } from './evaluate.js';
import type { FactValue, Row } from './facts.js';
import { Params } from './params.js';
import { firstUnmet, renderTrace } from './trace.js';
import type { Unit, Value } from './units.js';

const ref = { doc: '测试文件', article: 20, text: '按 60 平方米给予补助' };
const params = new Params([
  { path: 'area.3', description: '补助面积', unit: 'm2', values: [{ from: parseDay('2020-04-22'), value: 60, reference: ref }] },
  {
    path: 'avg',
    description: '半年度均价',
    unit: 'fen_per_m2',
    periodic: 'half_year',
    values: [{ from: parseDay('2021-01-01'), value: 1_500_000, reference: { doc: '房管部门', text: '示例' }, example: true }],
  },
]);
const f = (name: string, o: { unit?: Unit; label?: string; unmet?: string } = {}): Expr => ({ k: 'fact', name, ...o });
function scope(facts: Record<string, FactValue>, vars: Record<string, VarDef> = {}): Scope {
  return { facts: new Map(Object.entries(facts)), params, asOf: parseDay('2021-06-01'), vars, cache: new Map() };
}
const ev = (e: Expr, facts: Record<string, FactValue> = {}, vars: Record<string, VarDef> = {}) => evaluate(e, scope(facts, vars));
const missing = (r: Res) => [...(r.miss ?? [])].sort();
const text = (r: Res) => renderTrace(r.t).join('\n');

describe('three-valued logic (Kleene)', () => {
  // T, F and U (a fact not given) as operands
  const ops: Array<[string, Expr]> = [
    ['T', c(true)],
    ['F', c(false)],
    ['U', f('u')],
  ];
  const val = (r: Res) => (r.v === undefined ? 'U' : r.v ? 'T' : 'F');
  const table = (make: (a: Expr, b: Expr) => Expr) => ops.map(([, a]) => ops.map(([, b]) => val(ev(make(a, b)))).join(' '));

  it('all: false wins, then unknown', () => {
    expect(table((a, b) => all([a, b]))).toEqual(['T F U', 'F F F', 'U F U']);
    expect(ev(all([])).v).toBe(true);
  });

  it('any: true wins, then unknown', () => {
    expect(table((a, b) => any([a, b]))).toEqual(['T T T', 'T F U', 'T U U']);
    expect(ev(any([])).v).toBe(false);
  });

  it('not: unknown stays unknown', () => {
    expect(ops.map(([, a]) => val(ev(not(a))))).toEqual(['F', 'T', 'U']);
    expect(ev(not(not(f('u')))).v).toBeUndefined();
  });

  it('a known false is not unknown: an absent fact is never read as false', () => {
    expect(ev(f('u', { unit: 'bool' }), { u: false }).v).toBe(false);
    expect(ev(f('u', { unit: 'bool' }), {}).v).toBeUndefined();
    expect(ev(known(f('u'))).v).toBe(false);
    expect(ev(known(f('u')), { u: false }).v).toBe(true);
  });

  it('compares only known values', () => {
    expect(ev(cmp('>=', f('a'), c(3)), { a: 3 }).v).toBe(true);
    expect(ev(cmp('>', f('a'), c(3)), { a: 3 }).v).toBe(false);
    expect(ev(cmp('!=', f('a'), c('x')), { a: 'y' }).v).toBe(true);
    expect(ev(cmp('==', f('a'), c(3))).v).toBeUndefined();
    expect(ev(cmp('<=', c(3), f('b'))).v).toBeUndefined();
    expect(ev(cmp('<', f('a'), f('b')), { b: 1 }).v).toBeUndefined();
    expect(ev(isIn(f('a'), ['x', 'y']), { a: 'y' }).v).toBe(true);
    expect(ev(isIn(f('a'), ['x', 'y']), { a: 'z' }).v).toBe(false);
    expect(ev(isIn(f('a'), ['x', 'y'])).v).toBeUndefined();
  });
});

describe('missing facts: only where they would decide the result', () => {
  it('a false conjunct makes the other facts irrelevant', () => {
    const r = ev(all([c(false), f('x')]));
    expect(r.v).toBe(false);
    expect(r.miss).toBeUndefined();
    expect(r.t.missing).toBeUndefined();
  });

  it('a true disjunct likewise', () => {
    const r = ev(any([f('x'), c(true)]));
    expect(r.v).toBe(true);
    expect(r.miss).toBeUndefined();
  });

  it('an undecided disjunction asks for every unknown operand', () => {
    const r = ev(any([f('x'), f('y')]));
    expect(missing(r)).toEqual(['x', 'y']);
    expect(r.t.missing?.sort()).toEqual(['x', 'y']);
  });

  it('only the unknowns of the undecided branches count', () => {
    expect(missing(ev(all([c(true), f('x'), any([c(true), f('y')])])))).toEqual(['x']);
    expect(missing(ev(all([f('x'), any([f('y'), f('z')]), any([f('w'), c(true)])]), {}))).toEqual(['x', 'y', 'z']);
    expect(missing(ev(all([f('x'), any([f('y'), f('z')])]), { y: false }))).toEqual(['x', 'z']);
    expect(missing(ev(not(f('x'))))).toEqual(['x']);
  });

  it('comparisons ask for each unknown side', () => {
    expect(missing(ev(cmp('>=', f('a'), c(3))))).toEqual(['a']);
    expect(missing(ev(cmp('>=', f('a'), f('b'))))).toEqual(['a', 'b']);
    expect(missing(ev(cmp('>=', f('a'), f('b')), { a: 1 }))).toEqual(['b']);
    expect(ev(cmp('>=', f('a'), f('b')), { a: 1, b: 0 }).miss).toBeUndefined();
  });

  it('a conditional with an unknown condition is decided when both branches agree', () => {
    expect(ev(when(f('u'), c(5), c(5))).v).toBe(5);
    const r = ev(when(f('u'), f('a'), c(6)), { a: 5 });
    expect(r.v).toBeUndefined();
    expect(missing(r)).toEqual(['u']);
    expect(missing(ev(when(f('u'), f('a'), f('b'))))).toEqual(['a', 'b', 'u']);
    // a decided condition asks only about the branch taken
    expect(missing(ev(when(f('u'), f('a'), f('b')), { u: false }))).toEqual(['b']);
  });

  it('arithmetic asks for its unknown operands', () => {
    expect(missing(ev(add(f('a'), f('b')), { a: 1 }))).toEqual(['b']);
    expect(missing(ev(min([f('a'), f('b'), c(3)])))).toEqual(['a', 'b']);
    expect(missing(ev(ratio(f('a'), f('p'), 100), { p: 50 }))).toEqual(['a']);
    expect(missing(ev(plusYears(f('d'), c(1))))).toEqual(['d']);
  });

  it('qualification sets: the set, or the date a qualification was obtained', () => {
    const has: Expr = { k: 'has', set: 'q', code: 'phd' };
    const got: Expr = { k: 'obtained', set: 'q', code: 'phd' };
    expect(missing(ev(has))).toEqual(['q']);
    expect(ev(has, { q: new Map([['phd', undefined]]) }).v).toBe(true);
    expect(ev(has, { q: new Map() }).v).toBe(false);
    expect(missing(ev(got, { q: new Map([['phd', undefined]]) }))).toEqual(['q[phd].obtained']);
    expect(ev(got, { q: new Map([['phd', parseDay('2019-07-01')]]) }).v).toBe(parseDay('2019-07-01'));
  });

  it('parameters not yet entered are reported as awaited data, not as facts', () => {
    const price: Expr = { k: 'param', path: 'avg', at: f('bought', { unit: 'date' }) };
    expect(ev(price, { bought: parseDay('2021-06-30') }).v).toBe(1_500_000);
    expect(missing(ev(price, { bought: parseDay('2021-07-01') }))).toEqual(['param:avg@2021-07-01']);
    expect(missing(ev(price))).toEqual(['bought']);
    expect(missing(ev({ k: 'param', path: 'area', key: c(9) }))).toEqual(['param:area.9']);
    expect(ev({ k: 'param', path: 'area', key: c(3) }).v).toBe(60);
  });
});

describe('tiers (就高): bestTier with conditional entries', () => {
  const best: Expr = {
    k: 'bestTier',
    set: 'q',
    entries: [
      { code: 'a', name: '甲', tier: 3 },
      { code: 'b', name: '乙', tier: 8, when: f('cond') },
      { code: 'c', name: '丙', tier: 5, when: f('cond2') },
    ],
  };
  const quals = (...codes: string[]) => new Map(codes.map((x) => [x, undefined]));

  it('takes the best tier held', () => {
    expect(ev(best, { q: quals('a', 'b'), cond: true }).v).toBe(3);
    expect(ev(best, { q: quals('b'), cond: true }).v).toBe(8);
    expect(ev(best, { q: quals('b'), cond: false }).v).toBe(NO_TIER);
    expect(ev(best, { q: quals() }).v).toBe(NO_TIER);
  });

  it('waits only for pending conditions that could beat the tier established', () => {
    expect(ev(best, { q: quals('a', 'b') }).v).toBe(3); // 乙 (tier 8) cannot beat 甲 (tier 3)
    const open = ev(best, { q: quals('b') });
    expect(open.v).toBeUndefined();
    expect(missing(open)).toEqual(['cond']);
    expect(open.cands).toEqual([8, NO_TIER]);
    const two = ev(best, { q: quals('b', 'c'), cond: true });
    expect(two.v).toBeUndefined();
    expect(missing(two)).toEqual(['cond2']);
    expect(two.cands).toEqual([5, 8]);
    expect(ev(best, { q: quals('b', 'c'), cond: true, cond2: false }).v).toBe(8);
    expect(missing(ev(best, { q: quals('b', 'c') }))).toEqual(['cond', 'cond2']);
    expect(missing(ev(best))).toEqual(['q']);
  });

  it('an unknown extra source (a recognised tier) leaves any tier possible', () => {
    const withExtra: Expr = { ...best, extra: [f('recognised', { unit: 'tier' })] } as Expr;
    const r = ev(withExtra, { q: quals('a') });
    expect(r.v).toBeUndefined();
    expect(r.cands).toBeUndefined();
    expect(missing(r)).toEqual(['recognised']);
    expect(ev(withExtra, { q: quals('a'), recognised: 2 }).v).toBe(2);
    expect(ev(withExtra, { q: quals('a'), recognised: 7 }).v).toBe(3);
    expect(ev(tierIn(withExtra, 1, 9), { q: quals('a') }).v).toBeUndefined();
  });

  it('decides a tier range while the tier itself is still open', () => {
    expect(ev(tierIn(best, 1, 7), { q: quals('b') }).v).toBe(false); // 8 or none
    expect(ev(tierIn(best, 8, 99), { q: quals('b') }).v).toBe(true);
    const r = ev(tierIn(best, 8, 9), { q: quals('b') });
    expect(r.v).toBeUndefined();
    expect(missing(r)).toEqual(['cond']);
    expect(ev(tierIn(best, 5, 8), { q: quals('b', 'c'), cond: true }).v).toBe(true); // 5 or 8
    expect(ev(tierIn(best, 3, 3), { q: quals('a', 'b') }).v).toBe(true);
    expect(text(ev(tierIn(best, 8, 9, { label: '第八层次' }), { q: quals('b') }))).toContain('第八层次：（待确定）（可能为 第8档、无） ∈ 第8—9档');
  });

  it('names each qualification and its tier in the explanation', () => {
    const t = text(ev(best, { q: quals('a', 'c'), cond2: true }));
    expect(t).toContain('甲：第3档');
    expect(t).toContain('丙（第5档）');
  });
});

describe('explanations show the arithmetic with the real numbers', () => {
  it('product, minimum and the cap', () => {
    const e = min(
      [
        mul(f('area', { unit: 'm2', label: '补助面积' }), f('price', { unit: 'fen_per_m2', label: '均价' }), { label: '按面积' }),
        f('cost', { unit: 'fen', label: '实际房价' }),
      ],
      { label: '不超过实际房价' },
    );
    const r = ev(e, { area: 60, price: 1_200_000, cost: 120_000_000 });
    expect(r.v).toBe(72_000_000);
    expect(r.unit).toBe('fen');
    expect(r.t.children![0]!.text).toBe('按面积：补助面积 60 ㎡ × 均价 12,000 元/㎡ = 720,000 元');
    expect(r.t.text).toBe('不超过实际房价：按面积 720,000 元，实际房价 1,200,000 元，取较小者为 720,000 元');
  });

  it('maximum', () => {
    const r = ev(max([c(2_000_000, 'fen', { label: '第七层次' }), c(1_000_000, 'fen', { label: '第八层次' })], { label: '就高' }));
    expect(r.v).toBe(2_000_000);
    expect(r.t.text).toBe('就高：第七层次 20,000 元，第八层次 10,000 元，取较大者为 20,000 元');
  });

  it('a ratio, rounded half up to the fen', () => {
    const r = ev(percentOf(c(80_000_005, 'fen', { label: '上级奖励' }), c(30, 'percent', { label: '配套比例' }), { label: '配套' }));
    expect(r.v).toBe(24_000_002);
    expect(r.t.text).toBe('配套：上级奖励 800,000.05 元 × 30%（配套比例） = 240,000.02 元');
    const third = ev(ratio(c(100, 'fen'), c(1), 3));
    expect(third.v).toBe(33);
    expect(third.t.text).toBe('1 元 × 1/3 = 0.33 元');
  });

  it('sums and differences', () => {
    expect(ev(add(c(1000, 'fen', { label: '甲' }), c(250, 'fen', { label: '乙' }), { label: '合计' })).t.text).toBe('合计：甲 10 元 + 乙 2.50 元 = 12.50 元');
    expect(ev(sub(c(1000, 'fen'), c(250, 'fen'))).t.text).toBe('10 元 - 2.50 元 = 7.50 元');
  });

  it('comparisons with their operands', () => {
    const r = ev(cmp('>=', f('years', { unit: 'years', label: '服务协议年限' }), c(3, 'years', { label: '三年' }), { label: '三年以上' }), { years: 5 });
    expect(r.t.text).toBe('三年以上：服务协议年限 5 年 ≥ 三年 3 年');
    expect(r.t.met).toBe(true);
    const u = ev(cmp('>=', f('years', { unit: 'years', label: '服务协议年限' }), c(3, 'years')));
    expect(u.t.text).toBe('服务协议年限 （待确定） ≥ 3 年');
    expect(u.t.met).toBeUndefined();
  });

  it('the end of a period in years', () => {
    const r = ev(plusYears(f('arrival', { unit: 'date', label: '到岗日' }), c(5), { label: '满五年之日' }), { arrival: parseDay('2020-02-29') });
    expect(r.t.text).toBe('满五年之日：到岗日 2020-02-29 起满 5 年之日为 2025-02-28');
  });

  it('a parameter with its reference, effective date and example flag', () => {
    const r = ev({ k: 'param', path: 'area', key: c(3), label: '补助面积' });
    expect(r.t.param).toEqual({ path: 'area.3', from: '2020-04-22', reference: ref });
    expect(text(r)).toBe('补助面积：60 ㎡〔测试文件 第20条，2020-04-22 起〕');
    const p = ev({ k: 'param', path: 'avg', at: c(parseDay('2021-03-01'), 'date') });
    expect(p.t.param?.example).toBe(true);
    expect(text(p)).toContain('示例值');
  });

  it('sums and counts over the rows of a list, naming each row', () => {
    const rows = (list: Array<Record<string, Value>>): Row[] => list.map((o) => new Map(Object.entries(o)));
    const experts = rows([
      { name: '张三', salary: 100_000_00, ok: true },
      { name: '李四', salary: 50_000_00, ok: false },
    ]);
    const s = ev(sum('experts', when(f('experts[].ok'), percentOf(f('experts[].salary', { unit: 'fen' }), c(50)), c(0, 'fen'))), { experts });
    expect(s.v).toBe(50_000_00);
    expect(s.t.text).toBe('合计 50,000 元');
    expect(s.t.children!.map((x) => x.label)).toEqual(['张三', '李四']);
    expect(ev(count('experts', f('experts[].ok')), { experts }).v).toBe(1);
    const open = ev(count('experts', f('experts[].ok')), { experts: rows([{ ok: true }, {}]) });
    expect(open.v).toBeUndefined();
    expect(missing(open)).toEqual(['experts[].ok']);
    expect(missing(ev(sum('experts', f('experts[].salary'))))).toEqual(['experts']);
    expect(ev(sum('experts', f('experts[].salary')), { experts: [] }).v).toBe(0);
  });
});

describe('reasons and derived variables', () => {
  const vars: Record<string, VarDef> = {
    fullTime: { label: '全职', unit: 'bool', expr: f('fullTime', { label: '全职在衢工作', unmet: '未全职在衢工作' }) },
    twice: { label: '两倍', expr: mul(f('n'), c(2)) },
  };

  it('the first unmet condition gives the most specific reason', () => {
    const e = all([v('fullTime', { unmet: '津贴仅给予全职人才' }), cmp('>=', f('years'), c(3), { unmet: '服务年限不足' })], { label: '条件' });
    const r = ev(e, { fullTime: false, years: 1 }, vars);
    expect(r.v).toBe(false);
    expect(firstUnmet(r.t)?.unmet).toBe('未全职在衢工作');
    const r2 = ev(e, { fullTime: true, years: 1 }, vars);
    expect(firstUnmet(r2.t)?.unmet).toBe('服务年限不足');
    expect(renderTrace(r2.t).join('\n')).toContain('✗ 1 ≥ 3 —— 服务年限不足');
  });

  it('a variable is computed once per scope and reused', () => {
    const s = scope({ n: 21 }, vars);
    const a = evaluate(v('twice'), s);
    const b = evaluate(v('twice'), s);
    expect([a.v, b.v]).toEqual([42, 42]);
    expect(a.t.children).toHaveLength(1);
    expect(b.t.children).toBeUndefined(); // the second reference points back to the first
    expect(s.cache.has('twice')).toBe(true);
  });

  it('refuses undefined variables and misused facts', () => {
    expect(() => ev(v('nothing'))).toThrow(EvalError);
    expect(() => ev(v('nothing'))).toThrow('未定义的中间变量：nothing');
    expect(() => ev(f('q'), { q: new Map() })).toThrow('事实 q 不是单值');
    expect(() => ev({ k: 'has', set: 'n', code: 'x' }, { n: 3 })).toThrow('事实 n 不是资格集合');
    expect(() => ev(add(f('a'), c(1)), { a: 'x' })).toThrow('需要数值');
    expect(() => ev(mul(c(2 ** 52), c(4)))).toThrow('金额超出可精确计算的范围');
  });
});
