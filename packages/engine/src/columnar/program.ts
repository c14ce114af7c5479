// The columnar population pass: compiles a policy's cash rules, for one as-of date, into a single
// generated function over a ColumnBlock that adds every instalment due (in a window of years) to
// flat accumulators indexed by rule × county × year × payer × tier — from which every breakdown
// (clause, benefit, payer, county, tier, year) and its total are marginal sums. Same semantics as
// BatchEvaluator and calculate(): gate, subject presence, forEach rows, schedules, undetermined.
// Rules are screened per row (tier masks, shared conditions computed once): a rule is skipped only
// where one of its conditions is known false, so the screens never change money or undetermined counts.
// A money-only kernel (KernelOptions.undetermined false) skips a rule wherever one of its conditions
// or its payment date is not known to hold: such a row cannot be paid, and nothing is counted undetermined.

import { all, children, factsOf, someThrough, type Expr } from '../ast.js';
import { addYears, dayFromParts, daysInMonth, yearOf, type Day } from '../dates.js';
import { applicability, reformFor } from '../calculate.js';
import { EvalError, NO_TIER, type VarDef } from '../evaluate.js';
import { mulRatioHalfUp } from '../money.js';
import type { Reform } from '../params.js';
import { ruleTrees, type Payer, type PolicyPackage, type RuleDef } from '../policy.js';
import { cheap, Gen, lit, mayRefuse, type GenCtx } from './codegen.js';
import { ROOT_ENTERPRISE, ROOT_PROJECTS, STRING_BASE, type ColumnBlock, type ColumnLayout } from './layout.js';

export const PAYER_CODES: ReadonlyArray<Payer['code']> = ['city_finance', 'shared', 'employer_unit', 'district_finance'];
/** Tier axis: 0–9 the tier itself, then "none" and "undetermined". */
export const TIER_SLOTS = 12;
export const TIER_NONE = 10;
export const TIER_UNKNOWN = 11;
const MAX_INSTALMENTS = 60;
/** Years covered by the generated code's calendar tables. */
const TABLE_FROM = 1900;
const TABLE_TO = 2199;
/** Source size of one generated group of rules (TurboFan optimises functions up to ~60 KB of bytecode). */
const GROUP_CHARS = 12_000;

export interface ColumnarOptions {
  /** Years the accumulators cover; instalments outside are not counted. */
  fromYear: number;
  toYear: number;
  /** Region codes in order (the county axis); any other region counts in a last slot. */
  counties: string[];
  /** Variable giving the tier axis (e.g. "art19Tier"), from the first package that defines it. */
  tierVar?: string;
}

export interface KernelOptions {
  /**
   * Screen by date: evaluate a rule only when one of its payments is dated in the window
   * [windowStart, asOf]. Money is the same; "undetermined" then counts only payments known to fall
   * in the window whose eligibility or amount is unknown (a payment of unknown date is not
   * attributed to any year). Without it, undetermined counts follow BatchEvaluator exactly.
   */
  screen?: boolean;
  /**
   * false: money only — nothing is counted as undetermined, so a row whose date, start, count or
   * condition is not known is passed over as soon as that is seen (it cannot be paid). Money is the
   * same; `acc.undetermined` stays 0. For passes whose undetermined counts nobody reads. Screens
   * by date (as `screen`).
   */
  undetermined?: boolean;
}

export interface UniverseRule {
  rule: RuleDef;
  policy: string;
  /** Payer names seen for this rule, by payer slot. */
}

export interface Accumulator {
  /** Fen and payments by cell ((((rule × C + county) × Y + year) × P + payer) × T + tier). */
  fen: Float64Array;
  count: Float64Array;
  /** Rule evaluations (or instalments) left undetermined, by rule. */
  undetermined: Float64Array;
  /** Rows by county × tier, and rows with at least one payment (filled when headcount is on). */
  persons: Float64Array;
  beneficiaries: Float64Array;
  /** The first day of each year of the span, then of the year after it (the year axis). */
  yearStarts: Float64Array;
  /** Optional: total fen per row of the block (index = row), and per row × rule. */
  person: Float64Array | null;
  perRule: Float64Array | null;
  /** Optional, by rule index: 1 for the rules to evaluate (a reform pass over the rules a reform
   *  touches); null: every rule. With `carryPaid`, a row also counts as paid in the last year when
   *  `lastPaidOther` says so (another rule, left to the baseline pass, paid it). */
  onlyRules?: Uint8Array | null;
  carryPaid?: boolean;
  /** Optional, by rule index: 1 for the rules whose per-row amounts also go to `marked`; the
   *  others set `lastPaidOther` when they pay in the last year (so that a later pass over only the
   *  marked rules, `onlyRules`, can complete headcounts). Read at run time, as `onlyRules`: the
   *  kernel's code does not change. */
  markRules?: Uint8Array | null;
  /** Optional, per row: total fen of the marked rules; 1 when another rule paid in the last year. */
  marked?: Float64Array | null;
  lastPaidOther?: Uint8Array | null;
}

/** Adds rows [from, to) of `block` evaluated at `asOf`, counting instalments dated in
 *  [windowStart, asOf]; with `headcount`, also counts rows (and rows paid) by county × tier.
 *  With arrays (one window and as-of date per year), each row is evaluated for every year in turn
 *  (values that do not depend on the date are computed once per row); headcounts in the last. */
export type Kernel = (block: ColumnBlock, from: number, to: number, acc: Accumulator, windowStart: Day | readonly Day[], asOf: Day | readonly Day[], headcount?: boolean) => void;

/** Compiled kernels kept for reuse, by generated source: a kernel holds no state between calls, so
 *  a repeated simulation (the same policies, options and reform) runs already-optimised code
 *  instead of compiling and warming up a new function. */
const compiled = new Map<string, Compiled>();
/** A compiled kernel: its code made for one column block (`bind`), the code already made for each
 *  block, and the kernels made from it (by table). */
interface Compiled {
  bind(block: ColumnBlock): Bound;
  /** By the block's columns (`cols`, shared by a block made with another's arrays). */
  bound: WeakMap<Float64Array[], Bound>;
  kernels: Map<string, Kernel>;
}
/** The generated code for one block: the setter of its parameter-value table and the run. */
interface Bound {
  /** Windows and as-of dates as made by dayArray. */
  run(block: ColumnBlock, from: number, to: number, acc: Accumulator, windowStart: Int32Array, asOf: Int32Array, headcount?: boolean): void;
  setParams(values: Float64Array): void;
}
const KEPT_KERNELS = 12;

/** An open window (-∞) as a day: a small integer, which V8 keeps in the kernel's variables without
 *  allocating a number for each row (no date is that early). */
const OPEN_DAY = -1e9;

/**
 * A kernel call's windows or as-of dates as an Int32Array (days are integers; an open window,
 * -Infinity, is OPEN_DAY), made here rather than in the generated kernel: the arrays a caller
 * passes (a literal, the result of a `map`) do not always have the same elements kind, and reading
 * one of another kind in the kernel threw its optimised code away (a "wrong map" at the first
 * simulation of a new span, in every thread).
 */
function dayArray(days: Day | readonly Day[], name: 'windowStart' | 'asOf'): Int32Array {
  const list = typeof days === 'number' ? [days] : days;
  const out = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    if (name === 'windowStart' && d === -Infinity) out[k] = OPEN_DAY;
    else if (Number.isInteger(d) && d > OPEN_DAY && d < -OPEN_DAY) out[k] = d;
    else throw new RangeError(`${name}: a day number (an integer)${name === 'windowStart' ? ' or -Infinity' : ''}`);
  }
  return out;
}

const SUBJECT_ROOTS: Record<string, number> = { enterprise: ROOT_ENTERPRISE, projects: ROOT_PROJECTS };

function subjectMask(rule: RuleDef): number {
  let m = 0;
  const names = [...factsOf(rule.eligible), ...(rule.forEach ? [rule.forEach] : [])];
  for (const n of names) m |= SUBJECT_ROOTS[n.split('.')[0]!.replace('[]', '')] ?? 0;
  return m;
}

/**
 * Whether a tree can be evaluated once per row as a screen: it reads row-level facts, parameters,
 * the as-of date, qualifications and tiers only — no member lists, no instalment day, no
 * arithmetic (which may refuse an inexact product) — so evaluating it early changes nothing.
 */
function screenable(e: Expr, vars: Readonly<Record<string, VarDef>>, seen = new Set<string>()): boolean {
  switch (e.k) {
    case 'arith':
    case 'ratio':
    case 'sum':
    case 'count':
    case 'instalment':
    case 'obtained':
    case 'addYears':
      return false;
    case 'fact':
      return !e.name.includes('[]');
    case 'param':
      if (e.key && !screenable(e.key, vars, seen)) return false;
      return !e.at || screenable(e.at, vars, seen);
    case 'var': {
      if (seen.has(e.name)) return true;
      seen.add(e.name);
      const d = vars[e.name];
      return d !== undefined && screenable(d.expr, vars, seen);
    }
    case 'bestTier':
      return (e.extra ?? []).every((x) => screenable(x, vars, seen)) && e.entries.every((en) => !en.when || screenable(en.when, vars, seen));
    case 'tierIn':
      return screenable(e.of, vars, seen);
    default:
      return children(e).every((x) => screenable(x, vars, seen));
  }
}

/** The conjuncts of a rule's eligibility that may screen it: when one is definitely false (0), the
 *  whole `all` is 0 — no money and nothing undetermined — so the rule can be skipped for the row.
 *  A conjunct that is itself an `all` (written out, or a variable defined as one) contributes its
 *  own conjuncts: "已购房" inside the purchase conditions screens the purchase subsidies. */
function conjuncts(rule: RuleDef, vars: Readonly<Record<string, VarDef>>): Expr[] {
  if (rule.forEach) return [];
  const out: Expr[] = [];
  const opened = new Set<string>();
  const walk = (x: Expr): void => {
    if (x.k === 'all') return x.xs.forEach(walk);
    const d = x.k === 'var' && !opened.has(x.name) ? vars[x.name] : undefined;
    if (d?.expr.k === 'all' && x.k === 'var') {
      opened.add(x.name);
      return d.expr.xs.forEach(walk);
    }
    if (x.k !== 'const' && screenable(x, vars)) out.push(x);
  };
  walk(rule.eligible);
  return out;
}

/** Screens per rule of a package: tier ranges (one mask per tier, see generate), cheap tests, and
 *  other conditions only where two or more rules share them (computed once for all: fused). A
 *  condition of one rule alone is left to the rule, which stops at it anyway. */
function screensOf(rules: readonly RuleDef[], vars: Readonly<Record<string, VarDef>>): Map<RuleDef, Expr[]> {
  const uses = new Map<string, number>();
  const per = new Map(rules.map((r) => [r, conjuncts(r, vars)]));
  for (const xs of per.values()) for (const k of new Set(xs.map((x) => JSON.stringify(x)))) uses.set(k, (uses.get(k) ?? 0) + 1);
  for (const [r, xs] of per) per.set(r, xs.filter((x) => x.k === 'tierIn' || cheap(x, vars) || uses.get(JSON.stringify(x))! >= 2));
  return per;
}

function inexact(): never {
  throw new EvalError('金额超出可精确计算的范围');
}

/** The shape of a simulation: which rules (all versions of every cash rule), counties, years, tiers. */
export class ColumnarModel {
  readonly rules: UniverseRule[] = [];
  private readonly ruleIndex = new Map<RuleDef, number>();
  readonly C: number;
  readonly Y: number;
  readonly P = PAYER_CODES.length;
  readonly T = TIER_SLOTS;

  constructor(
    readonly packages: PolicyPackage[],
    readonly layout: ColumnLayout,
    readonly opts: ColumnarOptions,
  ) {
    for (const p of packages)
      for (const rule of p.rules)
        if (rule.kind === 'cash') {
          this.ruleIndex.set(rule, this.rules.length);
          this.rules.push({ rule, policy: p.meta.id });
        }
    this.C = opts.counties.length + 1;
    this.Y = opts.toYear - opts.fromYear + 1;
    if (this.Y < 1 || this.Y > 200) throw new RangeError(`年度范围无效 invalid years ${opts.fromYear}–${opts.toYear}`);
  }

  get cells(): number {
    return this.rules.length * this.C * this.Y * this.P * this.T;
  }

  cell(rule: number, county: number, year: number, payer: number, tier: number): number {
    return (((rule * this.C + county) * this.Y + year) * this.P + payer) * this.T + tier;
  }

  accumulator(rows = 0, perRule = false): Accumulator {
    return {
      fen: new Float64Array(this.cells),
      count: new Float64Array(this.cells),
      undetermined: new Float64Array(this.rules.length),
      persons: new Float64Array(this.C * this.T),
      beneficiaries: new Float64Array(this.C * this.T),
      yearStarts: Float64Array.from({ length: this.Y + 1 }, (_, k) => dayFromParts(this.opts.fromYear + k, 1, 1)),
      person: rows ? new Float64Array(rows) : null,
      perRule: rows && perRule ? new Float64Array(rows * this.rules.length) : null,
      // Present from the start (null), so that every accumulator a kernel sees has the same shape.
      onlyRules: null,
      carryPaid: false,
      markRules: null,
      marked: null,
      lastPaidOther: null,
    };
  }

  /** Generated source of the kernel (for inspection and tests). */
  source(reform?: Reform, opts: KernelOptions = {}): string {
    return generate(this, reform, opts).src;
  }

  /** Compiles the cash rules (with the reform applied, if any) into one kernel for every as-of
   *  date: the date is an argument, so one optimised function serves a whole span of years. The
   *  compiled code is shared by every kernel with the same source — the same rules, options and
   *  dates of parameter values; the values themselves are a table each kernel sets before a call. */
  kernel(reform?: Reform, opts: KernelOptions = {}): Kernel {
    const { src, values } = generate(this, reform, opts);
    let mod = compiled.get(src);
    if (mod) {
      // Most recently used last: the oldest is the one dropped.
      compiled.delete(src);
      compiled.set(src, mod);
    } else {
      const make = new Function('addYears', 'yearOf', 'ratioHalfUp', 'inexact', ...CALENDAR_NAMES, src) as (...a: unknown[]) => Compiled;
      mod = make(addYears, yearOf, mulRatioHalfUp, inexact, ...calendarArgs());
      mod.bound = new WeakMap();
      mod.kernels = new Map();
      compiled.set(src, mod);
      if (compiled.size > KEPT_KERNELS) compiled.delete(compiled.keys().next().value!);
    }
    const key = values.join(',');
    let k = mod.kernels.get(key);
    if (!k) {
      const pv = Float64Array.from(values);
      const m = mod;
      k = (block, from, to, acc, windowStart, asOf, headcount) => {
        let b = m.bound.get(block.cols);
        if (!b) {
          b = m.bind(block);
          m.bound.set(block.cols, b);
        }
        b.setParams(pv);
        b.run(block, from, to, acc, dayArray(windowStart, 'windowStart'), dayArray(asOf, 'asOf'), headcount);
      };
      mod.kernels.set(key, k);
      if (mod.kernels.size > KEPT_KERNELS) mod.kernels.delete(mod.kernels.keys().next().value!);
    }
    return k;
  }

  /** The cash rules whose trees (through variables, schedules and payers) read a parameter the
   *  reform changes: the only rules a reform pass needs to evaluate. */
  affectedBy(reform: Reform): Set<RuleDef> {
    const keys = Object.keys(reform);
    const out = new Set<RuleDef>();
    const all = new Set(this.rules.map((u) => u.rule));
    for (const p of this.packages) {
      const reads = (trees: Expr[]) => someThrough(trees, p.vars, (e) => e.k === 'param' && keys.some((k) => k === e.path || k.startsWith(`${e.path}.`)));
      // A reform of the tier axis's own inputs moves every rule's cells between tiers.
      if (this.opts.tierVar && p.vars[this.opts.tierVar] && reads([{ k: 'var', name: this.opts.tierVar }])) return all;
      for (const rule of p.rules) if (rule.kind === 'cash' && reads(ruleTrees(rule))) out.add(rule);
    }
    return out;
  }

  indexOf(rule: RuleDef): number {
    return this.ruleIndex.get(rule)!;
  }
}

/** Calendar helpers of the generated code (the engine's dates.ts arithmetic, without allocation):
 *  civil(day) sets CY/CM/CD; anniversary(y, m, d) is addYears' day (29 Feb → 28 Feb). Days of
 *  1900–2199 use small tables (YST: each year's first day; YLEAP: 13 for a leap year, else 0, the
 *  offset into MOFF, each month's first day of the year, and MDAYS, its length), so no date is split
 *  by division inside the loop and no large table is read at random (a table of every day, 0.4 MB,
 *  missed the processor's caches); other days are computed. */
const CIVIL = `
var CY = 0, CM = 0, CD = 0;
function civil(day) {
  const k = day - CIV_BASE;
  if (k >= 0 && k < CIV_SPAN) {
    // The year from the mean year's length (off by one at most near a new year), then the month
    // from day-of-year ÷ 32 (months are 28–31 days long: one below the true month at most).
    // (k × 2871 / 2²⁰: 1 ÷ 365.2425 within 10⁻⁷, integers only; the table's span keeps k × 2871 below 2³¹.)
    let yi = (k * 2871) >> 20;
    while (YST[yi] > day) yi--;
    while (YST[yi + 1] <= day) yi++;
    const doy = day - YST[yi], off = YLEAP[yi];
    let m = (doy >> 5) + 1;
    if (m < 12 && MOFF[off + m + 1] <= doy) m++;
    CY = ${TABLE_FROM} + yi; CM = m; CD = doy - MOFF[off + m] + 1;
    return;
  }
  const z = day + 719468, era = Math.floor(z / 146097), doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  CD = doy - Math.floor((153 * mp + 2) / 5) + 1; CM = mp < 10 ? mp + 3 : mp - 9; CY = yoe + era * 400 + (CM <= 2 ? 1 : 0);
}
function anniversary(year, month, day) {
  const yi = year - ${TABLE_FROM};
  if (yi >= 0 && yi < YST.length - 1) {
    const o = YLEAP[yi] + month, dim = MDAYS[o];
    return YST[yi] + MOFF[o] + (day < dim ? day : dim) - 1;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const dd = day < dim ? day : dim;
  const y = month <= 2 ? year - 1 : year, era = Math.floor(y / 400), yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dd - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function addYearsFast(day, n) {
  if (!Number.isInteger(n)) return addYears(day, n);
  civil(day);
  return anniversary(CY + n, CM, CD);
}`;

/** A tree reads the row (a fact, a qualification set, a list), through its variables too. */
const readsRow = (e: Expr, vars: Readonly<Record<string, VarDef>>) => someThrough([e], vars, (x) => factsOf(x).size > 0);

let tables: { span: number; YST: Int32Array; YLEAP: Int32Array; MOFF: Int32Array; MDAYS: Int32Array; base: number } | undefined;
/** The calendar tables of the generated code (built once, about 1 KB). */
function calendarTables(): NonNullable<typeof tables> {
  if (tables) return tables;
  const base = dayFromParts(TABLE_FROM, 1, 1);
  const YST = Int32Array.from({ length: TABLE_TO - TABLE_FROM + 2 }, (_, k) => dayFromParts(TABLE_FROM + k, 1, 1));
  // Day-of-year offset of each month's first day, common then leap years (index month, 1–12).
  const MOFF = new Int32Array(26);
  for (const leap of [0, 1]) for (let m = 2; m <= 12; m++) MOFF[leap * 13 + m] = MOFF[leap * 13 + m - 1]! + daysInMonth(leap ? 2000 : 2001, m - 1);
  const MDAYS = new Int32Array(26);
  for (const leap of [0, 1]) for (let m = 1; m <= 12; m++) MDAYS[leap * 13 + m] = daysInMonth(leap ? 2000 : 2001, m);
  const YLEAP = Int32Array.from({ length: YST.length }, (_, k) => (YST[k + 1] !== undefined && YST[k + 1]! - YST[k]! === 366 ? 13 : 0));
  return (tables = { span: YST[YST.length - 1]! - base, YST, YLEAP, MOFF, MDAYS, base });
}

/** The names under which the generated code reads the calendar tables, and their values in that order. */
const CALENDAR_NAMES = ['CIV_SPAN', 'CIV_BASE', 'YST', 'YLEAP', 'MOFF', 'MDAYS'] as const;
function calendarArgs(): unknown[] {
  const t = calendarTables();
  return [t.span, t.base, t.YST, t.YLEAP, t.MOFF, t.MDAYS];
}

/** The generated code's calendar as plain functions, for checking it against dates.ts. */
export function kernelCalendar(): { civil(day: Day): [number, number, number]; anniversary(year: number, month: number, day: number): Day } {
  const make = new Function('addYears', ...CALENDAR_NAMES, `${CIVIL}\nreturn { civil(d) { civil(d); return [CY, CM, CD]; }, anniversary };`);
  return make(addYears, ...calendarArgs()) as ReturnType<typeof kernelCalendar>;
}

function generate(model: ColumnarModel, reform: Reform | undefined, kopts: KernelOptions): { src: string; values: number[] } {
  const und = kopts.undetermined !== false;
  const screen = kopts.screen === true || !und;
  const { layout, packages, opts } = model;
  const A = 'A';
  const g = new Gen(layout, A);
  const loop: string[] = [];
  const R = model.rules.length;
  const { C, P, T } = model;

  // County of the row.
  const regionCol = layout.scalarIndex.get('region');
  // Region codes are interned texts (STRING_BASE - k): a small table from k to the county slot.
  const slots = opts.counties.map((c) => STRING_BASE - layout.strings.code(c));
  const slotOf = Array.from({ length: Math.max(0, ...slots) + 1 }, (_, k) => (slots.includes(k) ? slots.indexOf(k) : C - 1));
  // The county slot is worked out when first needed (most rows pay nothing).
  g.prelude.push(
    `var CTY = Int16Array.from([${slotOf.join(', ')}]);`,
    `function countyOf(i) { const k = ${lit(STRING_BASE)} - ${regionCol === undefined ? 'NaN' : `C${regionCol}[i]`}; return k >= 0 && k < ${slotOf.length} ? CTY[k] : ${C - 1}; }`,
  );
  // The head of a row's loop over the years (the code after it, to the loop's end, is one year's).
  // The values of the k-th as-of date of the call (`last`: whether headcounts are taken in it).
  const setYear = (k: string, last: string) => `A = ASS[${k}]; YY = ${k}; W = WSN[${k}]; WY = WYS[${k}]; WD = WDS[${k}]; AY = AYS[${k}]; HY = ${last};`;
  const rowStart = `ti = -1; paid = 0; po = 0;`;
  const head = [`cty = -1;`, `for (let yy = 0; yy < NY; yy++) {`, setYear('yy', 'HC && yy === NY - 1'), rowStart];
  loop.push(...head);

  // The tier axis, computed when first needed.
  const tierPkg = opts.tierVar ? packages.find((p) => p.vars[opts.tierVar!]) : undefined;
  let tierCode = `${TIER_NONE}`;
  if (tierPkg) {
    const env = { key: tierPkg.meta.id, params: reformFor(tierPkg, packages, reform), vars: tierPkg.vars };
    const v = g.expr({ k: 'var', name: opts.tierVar! }, env, { j: '-1', inst: A });
    const pre = g.take();
    // The slot is an integer (`| 0`): tiers are whole numbers, and a fraction would index no cell.
    g.prelude.push(`function tierOf(i) { ${pre.join(' ')} const v = ${v}; return v !== v ? ${TIER_UNKNOWN} : v === ${NO_TIER} ? ${TIER_NONE} : v < 0 ? 0 : v > 9 ? 9 : v | 0; }`);
    tierCode = 'tierOf(i)';
  }
  loop.push(`if (HY) { ti = ${tierCode}; cty = countyOf(i); POP[cty * ${T} + ti]++; }`);

  const pay = (r: number, payer: string, amount: () => string) => {
    const c = g.capture(amount);
    // (Paid in the last year by a rule the reform pass skips: noted in a variable, written to the
    // array once at the row's end — an array store reached only by rare rows is compiled as a
    // deoptimisation until one arrives.)
    const extra = ` if (MR !== null) { if (MR[${r}] === 1) { if (MK !== null) MK[i] += fen; } else po = 1; }`;
    return [
      ...c.code,
      `{ const fen = ${c.value};`,
      ...(und ? [`  if (fen !== fen) UND[${r}]++;`, `  else {`] : [`  if (fen === fen) {`]),
      `  if (ti < 0) ti = ${tierCode}; if (cty < 0) cty = countyOf(i); let y = 0; while (y < Y1 && d >= YS[y + 1]) y++;`,
      `    const cell = ((((${r} * ${C} + cty) * NYR + y) * ${P} + ${payer}) * ${T} + ti);`,
      `    FEN[cell] += fen; CNT[cell]++; paid = 1; if (PT !== null) PT[i] += fen; if (PR !== null) PR[i * ${R} + ${r}] += fen;${extra} } }`,
    ];
  };

  const gates: string[] = [];
  const cacheDecls: string[] = [];
  // Screens (see screensOf), fused: one evaluation per row and year for every rule sharing it.
  const screenVars: string[] = [];
  const screenIds = new Map<string, string>();
  const lazyMask = (m: string) => `(${m} === -2 ? ${m}f(i) : ${m})`;
  // A tier mask's test against a range, after the qualification test that lets most rows skip the
  // tier function (Gen.tierQualTest), when there is one.
  const tierTargets = new Map<string, Extract<Expr, { k: 'bestTier' }>>();
  const tierTest = (m: string, range: number) => {
    const pre = g.tierQualTest(tierTargets.get(m)!, range);
    const test = `(${lazyMask(m)} & ${range >>> 0}) !== 0`;
    return pre ? `(${pre} && ${test})` : test;
  };
  const groups: Array<{ name: string; pi: number; lines: string[]; size: number; call: number; any: boolean; yearly: boolean; alts: string[]; conds: Map<string, { rest: string[]; tm: Map<string, number> }>; rules: number[] }> = [];
  // Worked out once per row, before its years (a simulation's span): the row part of each package's
  // gate (GR), and each group's screen when it reads the row's facts only (RS), not the year's dates,
  // tier masks or other per-year values.
  const rowHead: string[] = [];
  const rowVars: string[] = [];
  const rowGates = new Set<number>();
  // With one as-of date (a calculation, the bench's year) a row has one year: there the gate and the
  // screens stay in the year's code as written (index in the loop → that code).
  const oneYear = new Map<number, string>();
  const fixedMasks: string[] = [];
  let group: (typeof groups)[number] | undefined;
  // Each rule's `rest` conditions (below): its group, the group's alternative that holds them, the text.
  const restTests: Array<{ group: (typeof groups)[number]; alt: number; text: string }> = [];
  // A group's alternatives: each distinct set of its rules' conditions, tier ranges merged per mask.
  const altsOf = (x: (typeof groups)[number]) => [...x.conds.values()].map((c) => [...c.rest, ...[...c.tm].map(([m, r]) => tierTest(m, r))].join(' && '));
  // Alternatives passed as bits (AM) to a group's function: a group called for every row has none,
  // nor one with more alternatives than bits.
  const passesAlts = (x: (typeof groups)[number]) => !x.any && x.alts.length <= 31;
  // The group's screen as the bits of the alternatives that hold (0: none), or its OR (called with -1).
  const altBits = (x: (typeof groups)[number]) => (passesAlts(x) ? x.alts.map((a, k) => `((${a}) ? ${1 << k} : 0)`).join(' | ') : `((${x.alts.map((a) => `(${a})`).join(' || ')}) ? -1 : 0)`);
  const groupCall = (x: (typeof groups)[number], pi: number) =>
    x.any ? `if (G${pi} !== 0 && ${x.name}_on) ${x.name}(i, -1);` : `if (G${pi} !== 0 && ${x.name}_on) { const am = ${altBits(x)}; if (am !== 0) ${x.name}(i, am); }`;
  packages.forEach((base, pi) => {
    const params = reformFor(base, packages, reform);
    const env = { key: `${base.meta.id}`, params, vars: base.vars };
    // The package's gate (in force at the as-of date, the row's region in its jurisdiction): the
    // part that reads the row once per row, before its years; the part that reads the date each year.
    const gate = applicability(base);
    const gateParts = gate.k === 'all' ? gate.xs : [gate];
    const rowPart = gateParts.filter((x) => readsRow(x, base.vars));
    const yearPart = gateParts.filter((x) => !readsRow(x, base.vars));
    const gateV = g.expr(gate, env, { j: '-1', inst: A });
    const whole = [...g.take(), `G${pi} = ${gateV};`].join('\n');
    if (rowPart.length && !g.readsDate(all(rowPart), env)) {
      const rv = g.expr(all(rowPart), env, { j: '-1', inst: A });
      rowHead.push(...g.take(), `GR${pi} = ${rv};`);
      rowVars.push(`GR${pi}`);
      rowGates.add(pi);
      const yv = yearPart.length ? g.expr(all(yearPart), env, { j: '-1', inst: A }) : '1';
      oneYear.set(loop.length, whole);
      loop.push([...g.take(), `{ const ya = ${yv}; G${pi} = ya === 0 || GR${pi} === 0 ? 0 : ya !== ya || GR${pi} !== GR${pi} ? NaN : 1; }`].join('\n'));
    } else loop.push(whole);
    const screenAt = loop.length;
    const screenCode: string[] = [];
    // `yearly`: the test reads a value of the year (its dates, a tier mask, a screen worked out per
    // year); a group whose screens are none of these is screened once per row (rowHead).
    type Screen = { cond: string; tm?: string; range?: number; yearly: boolean };
    const screenOf = (x: Expr): Screen => {
      const ctx: GenCtx = { j: '-1', inst: A };
      if (x.k === 'tierIn') {
        // Tier screens: the tier function's possible tiers as a bit mask (-1: any), worked out when
        // a row first needs it (-2 until then: a mask is -1 or a non-negative number), then each
        // rule's range is one AND.
        const { f, range, target } = g.tierRange(x, env, ctx);
        let m = screenIds.get(`TM|${f}`);
        if (!m) {
          m = `TM${screenVars.length}`;
          screenIds.set(`TM|${f}`, m);
          tierTargets.set(m, target);
          screenVars.push(m);
          // Rows that can have no tier at all (no listed qualification, no extra source giving one):
          // the mask is 0 without running the tier function (every screen reads the mask through a
          // range of tiers from 0 to 30).
          const none = g.tierQualTest(target, 0x7fffffff, env);
          g.prelude.push(
            `function ${m}f(i) { ${none ? `if (!${none}) return ${m} = 0; ` : ''}${f}(i, -1, ${A});`,
            `  return ${m} = ${f}_k === 0 || (${f}_u === 1 && ${f}_p < ${f}_b) ? -1 : (${f}_b === ${NO_TIER} ? 0 : ${f}_b >= 0 && ${f}_b <= 30 && Number.isInteger(${f}_b) ? 1 << ${f}_b : -1) | (${f}_p < ${f}_b ? (${f}_b > 30 ? ${f}_m : ${f}_m & ((1 << ${f}_b) - 1)) : 0); }`,
          );
          // Kept for all the years of a row when the tier depends on the as-of date only through
          // parameter periods and every year of the call falls in the same one (${m}_fix, set per
          // call): worked out once per row instead of once per row and year.
          const seg = g.segKey(target, env, `TMseg|${f}`, 'd');
          if (seg !== 'd' && !/\bYY\b/.test(seg)) {
            g.prelude.push(`function ${m}seg(d) { return ${seg}; }`);
            fixedMasks.push(m);
            screenCode.push(`if (${m}_fix === 0) ${m} = -2;`);
          } else screenCode.push(`${m} = -2;`);
        }
        return { cond: tierTest(m, range), tm: m, range, yearly: true };
      }
      // A cheap test (facts, constants, qualifications) is tested in place, where a group or a rule
      // needs it; any other at most once per row and year, into a variable.
      // Money only: a condition must be known to hold (unknown cannot be paid).
      if (cheap(x, base.vars)) return { cond: und ? g.mayNot(x, env, 0) : `!(${g.mayNot(x, env, 1)})`, yearly: false };
      const key = `${base.meta.id}|${JSON.stringify(x)}`;
      let name = screenIds.get(key);
      if (!name) {
        const val = g.expr(x, env, ctx);
        const code = g.take();
        name = `SC${screenVars.length}`;
        screenVars.push(name);
        // Worked out when a row first needs it (-2 until then), as the tier masks: a screen behind
        // another that already failed (a date outside the window) costs nothing.
        g.prelude.push(`function ${name}f(i) { ${code.join(' ')} return ${name} = ${val}; }`);
        screenCode.push(`${name} = -2;`);
        screenIds.set(key, name);
      }
      return { cond: und ? `${lazyMask(name)} !== 0` : `${lazyMask(name)} === 1`, yearly: true };
    };
    const screens = screensOf(base.rules.filter((r) => r.kind === 'cash'), base.vars);
    // The conditions that read a value of the year (see `yearly` above), by their text.
    const yearlyConds = new Set<string>();
    group = undefined;
    gates.push(`G${pi}`);
    // Rules with the same screens (tier ranges of one tier count as the same) are placed next to
    // each other, so that a group's call is skipped for rows none of its rules can match. The
    // order of evaluation changes nothing: each rule adds to its own cells.
    const signature = (r: RuleDef) => {
      const xs = screens.get(r) ?? [];
      return xs.length ? xs.map((x) => (x.k === 'tierIn' ? `tier:${JSON.stringify(x.of)}` : JSON.stringify(x))).sort().join('&') : '~';
    };
    const ordered = base.rules
      .map((rule, k) => ({ rule, k, sig: screens.has(rule) ? signature(rule) : '~' }))
      .sort((a, b) => (a.sig < b.sig ? -1 : a.sig > b.sig ? 1 : a.k - b.k))
      .map((x) => x.rule);
    for (const rule of ordered) {
      if (rule.kind !== 'cash') continue;
      if (!rule.amount || !rule.schedule) continue;
      const r = model.indexOf(rule);
      const mask = subjectMask(rule);
      const li = rule.forEach ? layout.listIndex.get(rule.forEach) : undefined;
      if (rule.forEach && li === undefined) continue; // the layout has no such list: no rows, as an absent list
      const ctx: GenCtx = rule.forEach ? { list: rule.forEach, j: 'j', inst: A } : { j: '-1', inst: A };
      const body: string[] = [];
      const eligible = () => {
        const tree = rule.eligible.k === 'all' ? rule.eligible : all([rule.eligible]);
        const elig = g.expr(tree, env, ctx);
        const code = g.take();
        // Kept per row while the as-of date stays in the same parameter period (and the tree does
        // not read the date itself): later years of a span reuse it.
        const key = g.segKey(tree, env, `elig|${base.meta.id}|${rule.id}`, A);
        const E = `E${r}`;
        cacheDecls.push(`var ${E}_i = -1, ${E}_j = -2, ${E}_k = -1, ${E}_v = 0;`);
        g.cacheKeys.push(`${E}_i`);
        // e: 1 eligible, 0 not, 2 not known — small integers, not NaN: a NaN kept between calls is a
        // heap number, and the tests of e, compiled for small integers, threw their function's
        // optimised code away at the first row whose eligibility was not known.
        return [
          `let e; { const ek = ${key}; const ej = ${ctx.j};`,
          `if (${E}_i === i && ${E}_j === ej && ${E}_k === ek) e = ${E}_v;`,
          `else { ${code.join(' ')} const ev = ${elig}; e = ev === 1 ? 1 : ev === 0 ? 0 : 2; ${E}_i = i; ${E}_j = ej; ${E}_k = ek; ${E}_v = e; } }`,
          `if (G${pi} !== G${pi} && e !== 0) e = 2;`,
        ];
      };
      // Payer (possibly conditional).
      const payerSlot = (p: Payer) => PAYER_CODES.indexOf(p.code);
      const payer = () => {
        if ('code' in rule.payer) return [`const pay = ${payerSlot(rule.payer)};`];
        const w = g.expr(rule.payer.when, env, ctx);
        return [...g.take(), `const pay = (${w} === 1 ? ${payerSlot(rule.payer.then)} : ${payerSlot(rule.payer.otherwise)});`];
      };
      const amountCtx: GenCtx = { ...ctx, inst: 'd' };
      const amount = () => g.expr(rule.amount!, env, amountCtx);
      const sch = rule.schedule;
      const dateTree = sch.kind === 'once' ? sch.date : sch.kind === 'period' ? sch.start : undefined;
      const dateCol = dateTree?.k === 'fact' && !dateTree.name.includes('[]') ? layout.scalarIndex.get(dateTree.name) : undefined;
      if (sch.kind === 'once' || sch.kind === 'period') {
        const dateOf = () => {
          const dv = g.expr(sch.kind === 'once' ? sch.date : sch.start, env, ctx);
          return [...g.take(), `const d = ${dv};`];
        };
        if (!und)
          // Money only: a payment without a known date in the window, or not known to be due, is passed over.
          body.push(...dateOf(), `if (d <= ${A} && d >= W) {`, ...eligible(), `if (e === 1) {`, ...payer(), ...pay(r, 'pay', amount), `} }`);
        else if (screen) {
          // Screening: a payment dated outside the window is never evaluated. One whose date is
          // unknown may fall in the window: undetermined unless the rule is known not to apply.
          // (Eligibility is written once for both: the code's size is what the optimiser compiles.)
          body.push(
            ...dateOf(),
            `if (d !== d || (d <= ${A} && d >= W)) {`,
            ...eligible(),
            `if (d !== d) { if (e !== 0) UND[${r}]++; } else if (e === 2) UND[${r}]++; else if (e === 1) {`,
            ...payer(),
            ...pay(r, 'pay', amount),
            `} }`,
          );
        } else body.push(...eligible(), `if (e === 2) UND[${r}]++; else if (e === 1) {`, ...payer(), ...dateOf(), `if (d !== d) UND[${r}]++; else if (d <= ${A} && d >= W) {`, ...pay(r, 'pay', amount), `} }`);
      } else {
        const startOf = () => {
          const lines: string[] = [];
          const st = g.expr(sch.start, env, ctx);
          lines.push(...g.take(), `const st = ${st};`);
          let n = `${MAX_INSTALMENTS}`;
          if (sch.years) {
            const nv = g.expr(sch.years, env, ctx);
            lines.push(...g.take(), `const n = ${nv};`);
            n = `(n !== n ? NaN : Math.min(n, ${MAX_INSTALMENTS}))`;
          }
          return [...lines, `const cnt = ${n};`];
        };
        // Instalment k falls in year yearOf(st) + k: start straight at the window's first year (d0,
        // worked out once), and stop at the first instalment in a year after the as-of date's (AY)
        // without working out its day.
        const firstInstalment = `const d0 = k0 >= cnt ? NaN : k0 === 0 ? st : anniversary(sy + k0, sm, sd);`;
        const instalments = [
          `for (let k = k0; k < cnt && sy + k <= AY; k++) {`,
          `  const d = k === k0 ? d0 : anniversary(sy + k, sm, sd); if (d > ${A}) break; if (d < W) continue;`,
          ...pay(r, 'pay', amount).map((x) => `  ${x}`),
          `}`,
        ];
        // Instalment k is at most k × 366 days after the start: a start after the as-of date, or a
        // last instalment before the window's first year, rules the row out without splitting a date.
        // (A start or a count not known may put an instalment in the window: undetermined unless the
        // rule is known not to apply, as without screening.)
        const near = `st <= ${A} && st + (cnt - 1) * 366 >= WD`;
        const unknownStart = `st !== st || cnt !== cnt`;
        const inWindow = [
          `civil(st); const sy = CY, sm = CM, sd = CD; const k0 = Math.max(0, WY - sy); ${firstInstalment}`,
          `if (d0 <= ${A}) {`,
        ];
        if (!und) {
          // Money only: a start or a count not known, or no instalment near the window, is passed over
          // (eligibility first where the start may refuse a row, as below).
          if (!mayRefuse([sch.start, ...(sch.years ? [sch.years] : [])], base.vars)) body.push(...startOf(), `if (${near}) {`, ...eligible(), `if (e === 1) {`, ...inWindow, ...payer(), ...instalments, `} } }`);
          else body.push(...eligible(), `if (e === 1) {`, ...startOf(), `if (${near}) {`, ...inWindow, ...payer(), ...instalments, `} } }`);
        } else if (screen && !mayRefuse([sch.start, ...(sch.years ? [sch.years] : [])], base.vars)) {
          // Whether an instalment may fall in the window first (most rows' instalments lie years
          // before it, or ahead), then eligibility, then the exact instalment dates: the start and
          // the count are computed for rows that may not be eligible, which is harmless as they
          // cannot refuse (no arithmetic).
          body.push(...startOf(), `if (${unknownStart} || (${near})) {`, ...eligible(), `if (${unknownStart}) { if (e !== 0) UND[${r}]++; } else if (e !== 0) {`, ...inWindow, `if (e === 2) UND[${r}]++; else {`, ...payer(), ...instalments, `} } } }`);
        } else if (screen)
          // Eligibility first, then whether an instalment falls in the window (or may: start or
          // count not known); only then is an undetermined eligibility counted.
          body.push(...eligible(), `if (e !== 0) {`, ...startOf(), `if (${unknownStart}) UND[${r}]++; else if (${near}) {`, ...inWindow, `if (e === 2) UND[${r}]++; else {`, ...payer(), ...instalments, `} } } }`);
        else
          body.push(
            ...eligible(),
            `if (e === 2) UND[${r}]++; else if (e === 1) {`,
            ...payer(),
            ...startOf(),
            `if (st !== st || cnt !== cnt) UND[${r}]++; else { civil(st); const sy = CY, sm = CM, sd = CD; const k0 = Math.max(0, WY - sy); ${firstInstalment}`,
            ...instalments,
            `} }`,
          );
      }
      // Dated rule versions apply for as-of dates in [validFrom, validTo] (ruleApplies).
      const scr = screens.get(rule)!.map(screenOf);
      // The rule's own conditions besides the package gate: date range, subject, screens.
      const parts: Screen[] = [
        ...(rule.validFrom !== undefined ? [{ cond: `A >= ${rule.validFrom}`, yearly: true }] : []),
        ...(rule.validTo !== undefined ? [{ cond: `A <= ${rule.validTo}`, yearly: true }] : []),
        ...(mask ? [{ cond: `(ROOTS[i] & ${mask}) !== 0`, yearly: false }] : []),
        // A rule for each member of a list has nothing to do for a row without members.
        ...(li !== undefined ? [{ cond: `LN${li}[i] > 0`, yearly: false }] : []),
        // Screening by date: a payment on a date read from a column outside the window is never
        // evaluated (a date not known, NaN, passes: the payment may fall in the window).
        ...(screen && dateCol !== undefined ? [{ cond: und ? `!(C${dateCol}[i] > A || C${dateCol}[i] < W)` : `(C${dateCol}[i] <= A && C${dateCol}[i] >= W)`, yearly: true }] : []),
        ...scr,
      ];
      // The rule's conditions other than tier ranges (`rest`): its group's call has tested them (one
      // alternative of the group's screen per distinct set, below) and passes the result as a bit of
      // AM; the rule tests that bit instead of evaluating them again (a placeholder until the group
      // is complete: a group that is called for every row evaluates them here).
      const rest = [...new Set(parts.filter((x) => !x.tm).map((x) => x.cond))];
      for (const x of parts) if (x.yearly && !x.tm) yearlyConds.add(x.cond);
      const tm = new Map<string, number>();
      for (const x of parts) if (x.tm) tm.set(x.tm, (tm.get(x.tm) ?? -1) & x.range!);
      const key = `${rest.join(' && ')}|${[...tm.keys()].sort().join(',')}`;
      const token = `\u0001${restTests.length}\u0001`;
      // A pass over some rules only (acc.onlyRules): the rule's switch, then its own conditions.
      const guard = [`G${pi} !== 0`, `(ON === null || ON[${r}] === 1)`, ...(rest.length ? [token] : []), ...new Set(parts.filter((x) => x.tm).map((x) => x.cond))].join(' && ');
      // Rules are grouped into functions of bounded size: small enough for the optimising
      // compiler, few enough calls per row.
      const code = [`// ${rule.id} ${rule.name}`, `if (${guard}) {`, ...(li !== undefined ? [`for (let j = LS${li}[i], jend = j + LN${li}[i]; j < jend; j++) {`, ...body, `}`] : body), `}`];
      const size = code.reduce((a, x) => a + x.length, 0);
      if (!group || group.size + size > GROUP_CHARS) {
        group = { name: `R${groups.length}`, pi, lines: [], size: 0, call: loop.length, any: false, yearly: false, alts: [], conds: new Map(), rules: [] };
        groups.push(group);
        loop.push(`if (G${pi} !== 0) ${group.name}(i);`);
      }
      group.lines.push(`{`, ...code, `}`);
      group.rules.push(r);
      group.size += size;
      // A group is called only when one of its rules passes its own conditions: the OR of the
      // rules' conditions, tier ranges on the same tier merged into one mask.
      if (parts.length === 0) group.any = true;
      if (parts.some((x) => x.yearly)) group.yearly = true;
      const have = group.conds.get(key);
      if (!have) group.conds.set(key, { rest, tm });
      else for (const [m, r] of tm) have.tm.set(m, (have.tm.get(m)! | r) >>> 0);
      restTests.push({ group, alt: [...group.conds.keys()].indexOf(key), text: rest.join(' && ') });
    }
    // Conditions that several alternatives of the package's group screens begin with (art. 20's
    // purchase conditions open three), read for the year: worked out once per row and year into a
    // variable, when first needed, as the screens above. Each alternative takes the longest such
    // beginning it shares with another.
    const shared = groups.filter((x) => x.pi === pi && !x.any).flatMap((x) => [...x.conds.values()]);
    const prefix = (c: { rest: string[] }, n: number) => c.rest.slice(0, n).join(' && ');
    const starts = new Map<string, number>();
    for (const c of shared) for (let n = 2; n <= c.rest.length; n++) starts.set(prefix(c, n), (starts.get(prefix(c, n)) ?? 0) + 1);
    for (const c of shared) {
      let n = c.rest.length;
      while (n >= 2 && !(starts.get(prefix(c, n))! >= 2 && c.rest.slice(0, n).some((x) => yearlyConds.has(x)))) n--;
      if (n < 2) continue;
      const text = prefix(c, n);
      // Per package, as the screens above: a variable is reset where its package's gate holds.
      const key = `SP|${base.meta.id}|${text}`;
      let name = screenIds.get(key);
      if (!name) {
        name = `SC${screenVars.length}`;
        screenVars.push(name);
        screenIds.set(key, name);
        g.prelude.push(`function ${name}f(i) { return ${name} = (${text}) ? 1 : 0; }`);
        screenCode.push(`${name} = -2;`);
      }
      c.rest = [`${lazyMask(name)} !== 0`, ...c.rest.slice(n)];
    }
    for (const x of groups) {
      if (x.pi !== pi) continue;
      x.alts = altsOf(x);
      loop[x.call] = groupCall(x, pi);
    }
    if (screenCode.length) {
      loop.splice(screenAt, 0, `if (G${pi} !== 0) {`, ...screenCode, `}`);
      for (const x of groups) if (x.call >= screenAt) x.call += screenCode.length + 2;
    }
  });
  // The rules' `rest` conditions: their group's bit, or the conditions themselves.
  restTests.forEach((t, k) => {
    const test = passesAlts(t.group) ? `(AM & ${1 << t.alt}) !== 0` : t.text;
    t.group.lines = t.group.lines.map((line) => line.replace(`\u0001${k}\u0001`, test));
  });
  for (const x of groups) {
    if (x.any || x.yearly || !rowGates.has(x.pi)) continue;
    rowHead.push(`RS_${x.name} = GR${x.pi} !== 0 && ${x.name}_on ? ${altBits(x)} : 0;`);
    rowVars.push(`RS_${x.name}`);
    oneYear.set(x.call, loop[x.call]!);
    loop[x.call] = `if (G${x.pi} !== 0 && RS_${x.name} !== 0) ${x.name}(i, RS_${x.name});`;
  }
  loop.push(`if (HY) { if (po === 1 && LPO !== null) LPO[i] = 1; if (paid === 1 || (CP && LPO !== null && LPO[i] === 1)) BEN[cty * ${T} + ti]++; }`, `}`);

  // The code is made for one column block (a thread reuses its block from chunk to chunk): the
  // block's arrays of a fixed size — its columns, list offsets and lengths, obtained dates,
  // qualification words and roots — are parameters of the function that makes the code, never
  // assigned, so the optimising compiler knows each array (its kind, length and memory) once
  // rather than at every read after a call; measured on the rule subset, about a tenth less time.
  // A list's member columns grow with the list (a larger array) and are read at each call.
  const fixed: Array<[string, string]> = [];
  layout.scalars.forEach((_, k) => fixed.push([`C${k}`, `B.cols[${k}]`]));
  layout.lists.forEach((_, li) => fixed.push([`LS${li}`, `B.lists[${li}].start`], [`LN${li}`, `B.lists[${li}].len`]));
  layout.obtainedCodes.forEach((_, k) => fixed.push([`OB${k}`, `B.obtained[${k}]`]));
  fixed.push(['Q', 'B.quals'], ['QK', 'B.qualsKnown'], ['ROOTS', 'B.roots']);
  // The table of parameter values is one more such array (`PV`), filled at each call with the
  // calling kernel's values (the same length for every kernel of one source).
  // The rest of the kernel's state lives in that function's scope, set at the start of each call,
  // so that the group and helper functions are created once per block (not per call): their
  // optimised code, and the calls to them inlined in the row loop, stay valid from chunk to chunk.
  // They are `var`s: a `let` or `const` read from an inner function carries a check for use before
  // initialisation.
  const state: Array<[string, string]> = [];
  layout.lists.forEach((l, li) => l.fields.forEach((_, fi) => state.push([`M${li}_${fi}`, `B.lists[${li}].cols[${fi}]`])));
  state.push(['FEN', 'acc.fen'], ['CNT', 'acc.count'], ['UND', 'acc.undetermined'], ['POP', 'acc.persons'], ['BEN', 'acc.beneficiaries'], ['PT', 'acc.person'], ['PR', 'acc.perRule'], ['ON', 'acc.onlyRules ?? null'], ['CP', 'acc.carryPaid === true'], ['MR', 'acc.markRules ?? null'], ['MK', 'acc.marked ?? null'], ['LPO', 'acc.lastPaidOther ?? null']);
  // The accumulator's years (its first day of each year, and the day after the last): the same
  // code serves any span of years.
  state.push(['YS', 'acc.yearStarts'], ['NYR', 'YS.length - 1'], ['Y1', 'NYR - 1']);
  // The windows and as-of dates arrive as Int32Arrays (dayArray: an open window is OPEN_DAY).
  state.push(['WSN', 'windowStart'], ['ASS', 'asOf'], ['NY', 'ASS.length']);
  state.push(['WYS', `Int32Array.from(WSN, (w) => (w === ${OPEN_DAY} ? ${OPEN_DAY} : yearOf(w)))`], ['WDS', `Int32Array.from(WYS, (y) => (y === ${OPEN_DAY} ? ${OPEN_DAY} : anniversary(y, 1, 1)))`], ['AYS', `Int32Array.from(ASS, (a) => yearOf(a))`], ['HC', 'headcount === true']);
  // The code for one row and one year: the loop over the years without its head and its end.
  const yearBody = loop.slice(head.length, -1);
  const oneYearBody = yearBody.map((line, k) => oneYear.get(head.length + k) ?? line);
  rowHead.push(...fixedMasks.map((m) => `${m} = -2;`));
  rowHead.unshift(g.qualWordsOf());
  const scratch = [...g.qualWordNames(), 'A', 'YY', 'W', 'WY', 'WD', 'AY', 'HY', 'cty', 'ti', 'paid', 'po', ...gates, ...screenVars, ...groups.map((x) => `${x.name}_on`), ...rowVars, ...fixedMasks.map((m) => `${m}_fix`)];
  const src = [
    `"use strict";`,
    `return { bind(B) { return (function (PV, ${fixed.map(([n]) => n).join(', ')}) {`,
    CIVIL,
    `var ${state.map(([n]) => n).join(', ')};`,
    `var ${scratch.map((x) => `${x} = 0`).join(', ')};`,
    ...g.prelude,
    ...cacheDecls,
    ...groups.flatMap((x) => [`function ${x.name}(i, AM) {`, ...x.lines, `}`]),
    // One row in one year of a span, a function of its own called from the span's loop over the
    // years: that loop stays small, so the optimising compiler's entry in the middle of it
    // (on-stack replacement) compiles little and is not left at the end of every row's years.
    `function rowYear(i) {`,
    ...yearBody,
    `}`,
    `return { setParams(values) { PV.set(values); }, run: function kernel(B, from, to, acc, windowStart, asOf, headcount) {`,
    ...state.map(([n, v]) => `${n} = ${v};`),
    `if (WSN.length !== NY) throw new RangeError('windowStart and asOf differ in length');`,
    `${g.cacheKeys.map((k) => `${k} = -1;`).join(' ')}`,
    `HY = false; ti = -1;`,
    // Tier masks kept for a row's years: only over several years, all in the same parameter period.
    ...fixedMasks.map((m) => `${m}_fix = NY > 1 ? 1 : 0; for (let k = 1; k < NY; k++) if (${m}seg(ASS[k]) !== ${m}seg(ASS[0])) ${m}_fix = 0;`),
    // Whether a group has a rule to evaluate in this pass.
    ...groups.map((x) => `${x.name}_on = ON === null || ${x.rules.map((r) => `ON[${r}] === 1`).join(' || ') || 'false'};`),
    // One as-of date (a calculation, the bench's year): the year's values are set once, before
    // the rows, and each row runs the year's code in the loop (no call per row); several (a
    // simulation's span): each row calls it once per year.
    `if (NY === 1) {`,
    setYear('0', 'HC'),
    `for (let i = from; i < to; i++) {`,
    `cty = -1; ${rowStart} ${g.qualWordsOf()}`,
    ...oneYearBody,
    `}`,
    `} else`,
    `for (let i = from; i < to; i++) {`,
    ...rowHead,
    ...head,
    `rowYear(i);`,
    `} }`,
    `} };`,
    `})(new Float64Array(${g.paramValues.length}), ${fixed.map(([, v]) => v).join(', ')}); } };`,
  ].join('\n');
  return { src, values: g.paramValues };
}
