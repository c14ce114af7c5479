// Dated parameters: every value has the date it takes effect and a reference to the text it
// comes from. Lookups are "as of" a date. Reforms are data (path → dated values), validated
// against the known paths and applied to a copy, never to the baseline.

import { addMonths, formatDay, halfYearStart, isHalfYearStart, parseDay, type Day } from './dates.js';
import { yuanToFen } from './money.js';
import type { Unit } from './units.js';

export interface Reference {
  /** Document number or title, e.g. 衢委发〔2020〕7号. */
  doc: string;
  article?: number | string;
  item?: number | string;
  /** The original Chinese sentence (or the source's own words for a published figure). */
  text: string;
  /** Where a published figure comes from (issuing body and date), for values outside the policy. */
  source?: string;
  /** An interpretation the product takes where the text is open to more than one reading. */
  interpretation?: string;
}

export type ParamScalar = number | string | boolean;

export interface DatedValue {
  from: Day;
  /** Last day the value applies (inclusive); absent = until the next value. */
  to?: Day;
  value: ParamScalar;
  reference: Reference;
  /** An illustrative value shipped until an official enters the real one. */
  example?: boolean;
  /** True when the value comes from a reform rather than the policy. */
  reform?: boolean;
}

export interface ParamDef {
  path: string;
  description: string;
  unit: Unit;
  /** Values that each belong to one half-year (上/下半年) and to no other. */
  periodic?: 'half_year';
  /** For a text parameter whose values are codes: each code's Chinese name, shown instead of the code. */
  choices?: Readonly<Record<string, string>>;
  values: DatedValue[];
}

export interface ParamHit {
  path: string;
  value: ParamScalar;
  entry: DatedValue;
  def: ParamDef;
}

export class ParamError extends Error {}

export class Params {
  private readonly defs: ReadonlyMap<string, ParamDef>;

  constructor(defs: Iterable<ParamDef>) {
    const m = new Map<string, ParamDef>();
    for (const d of defs) {
      if (m.has(d.path)) throw new ParamError(`参数重复定义：${d.path}`);
      m.set(d.path, { ...d, values: [...d.values].sort((a, b) => a.from - b.from) });
    }
    this.defs = m;
  }

  has(path: string): boolean {
    return this.defs.has(path);
  }

  def(path: string): ParamDef | undefined {
    return this.defs.get(path);
  }

  paths(): string[] {
    return [...this.defs.keys()];
  }

  list(): ParamDef[] {
    return [...this.defs.values()];
  }

  /** The value in force at `at`, or undefined when none is (not yet in force, or not entered). */
  lookup(path: string, at: Day): ParamHit | undefined {
    const def = this.defs.get(path);
    if (!def) throw new ParamError(`未知参数：${path}`);
    const entry = findEntry(def, at);
    return entry ? { path, value: entry.value, entry, def } : undefined;
  }

  /** A copy with the reform's values in place of the baseline's (from each value's date on). */
  withReform(reform: Reform): Params {
    const changed = new Map(this.defs);
    for (const [path, values] of Object.entries(reform)) {
      const def = this.defs.get(path);
      if (!def) throw new ParamError(`改革方案中的参数不存在：${path}${suggest(path, this.paths())}`);
      let next = [...def.values];
      for (const rv of [...values].sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity))) {
        checkScalar(def, rv.value);
        const reference = { doc: '改革方案（参数调整）', text: rv.note ?? `${rv.from !== undefined ? `自 ${formatDay(rv.from)} 起` : '全部期间'}取值 ${String(rv.value)}` };
        if (def.periodic === 'half_year') {
          // A half-year value belongs to its half-year: a dated setting replaces (or enters) the
          // half-year containing its date; an undated one replaces every half-year entered.
          if (rv.from === undefined) next = next.map((v) => ({ ...v, value: rv.value, reform: true, reference }));
          else {
            const start = halfYearStart(rv.from);
            next = [...next.filter((v) => v.from !== start), { from: start, value: rv.value, reform: true, reference }];
          }
          continue;
        }
        const from = rv.from ?? def.values[0]?.from ?? 0;
        next = next
          .filter((v) => v.from < from)
          .map((v) => (v.to !== undefined && v.to >= from ? { ...v, to: from - 1 } : v));
        next.push({ from, value: rv.value, reform: true, reference });
      }
      changed.set(path, { ...def, values: next.sort((a, b) => a.from - b.from) });
    }
    return new Params(changed.values());
  }
}

export interface ReformValue {
  value: ParamScalar;
  from?: Day;
  note?: string;
}
export type Reform = Record<string, ReformValue[]>;

function findEntry(def: ParamDef, at: Day): DatedValue | undefined {
  const vals = def.values;
  if (def.periodic === 'half_year') {
    for (const v of vals) if (v.from <= at && at < addMonths(v.from, 6)) return v;
    return undefined;
  }
  let found: DatedValue | undefined;
  for (const v of vals) {
    if (v.from > at) break;
    found = v;
  }
  if (found && found.to !== undefined && at > found.to) return undefined;
  return found;
}

function checkScalar(def: ParamDef, value: ParamScalar): void {
  const numeric = def.unit !== 'text' && def.unit !== 'bool';
  if (numeric && (typeof value !== 'number' || !Number.isFinite(value)))
    throw new ParamError(`参数 ${def.path} 应为数值，收到：${String(value)}`);
  if (def.unit === 'fen' && typeof value === 'number' && !Number.isSafeInteger(value))
    throw new ParamError(`参数 ${def.path} 的金额必须精确到分`);
  if (def.unit === 'bool' && typeof value !== 'boolean') throw new ParamError(`参数 ${def.path} 应为 true/false`);
  if (def.unit === 'text' && typeof value !== 'string') throw new ParamError(`参数 ${def.path} 应为文本`);
}

/** " （是否指：a、b？）" with the closest known names, for error messages. */
export function suggest(input: string, known: string[], max = 3): string {
  const best = closest(input, known, max);
  return best.length ? `（是否指：${best.join('、')}？）` : '';
}

/** Longest input compared for suggestions: anything longer is no near miss of a known name. */
export const SUGGEST_MAX_INPUT = 100;
/** Known names compared per call (the first ones, in the caller's order); longer names are skipped. */
export const SUGGEST_MAX_CANDIDATES = 2_000;
/** Most suggestions returned per call. */
export const SUGGEST_MAX_RESULTS = 10;

/**
 * The known names closest to `input`, best first. Bounded work whatever the input: at most
 * SUGGEST_MAX_CANDIDATES comparisons of at most SUGGEST_MAX_INPUT × 2·SUGGEST_MAX_INPUT characters.
 */
export function closest(input: string, known: string[], max = 3): string[] {
  if (input.length === 0 || input.length > SUGGEST_MAX_INPUT) return [];
  const limit = Math.min(max, SUGGEST_MAX_RESULTS);
  const minCommon = Math.max(2, Math.ceil(input.length / 2));
  const maxDistance = Math.max(2, Math.floor(input.length / 3));
  const found: Array<{ k: string; common: number; d: number }> = [];
  const scratch = new Scratch(2 * SUGGEST_MAX_INPUT + 1);
  for (const k of known.slice(0, SUGGEST_MAX_CANDIDATES)) {
    if (k.length > 2 * SUGGEST_MAX_INPUT) continue;
    // Neither test can pass: the shared run is at most the shorter length, the distance at least the length difference.
    if (k.length < minCommon && Math.abs(k.length - input.length) > maxDistance) continue;
    // Rank by the longest run shared with the input (containing it counts most), then by edit distance.
    const { run, distance } = scratch.compare(input, k);
    const common = k.includes(input) ? input.length + 1 : run;
    if (common >= minCommon || distance <= maxDistance) found.push({ k, common, d: distance });
  }
  return found
    .sort((a, b) => b.common - a.common || a.d - b.d)
    .slice(0, limit)
    .map((x) => x.k);
}

/** Rows of the two dynamic programmes, allocated once per closest() call. */
class Scratch {
  private runPrev: Int32Array;
  private runCur: Int32Array;
  private dist: Int32Array;
  constructor(size: number) {
    this.runPrev = new Int32Array(size);
    this.runCur = new Int32Array(size);
    this.dist = new Int32Array(size);
  }

  /** Longest common substring and Levenshtein distance of a and b, in one |a| × |b| pass. */
  compare(a: string, b: string): { run: number; distance: number } {
    const m = b.length;
    let prev = this.runPrev.fill(0, 0, m + 1);
    let cur = this.runCur;
    const d = this.dist;
    for (let j = 0; j <= m; j++) d[j] = j;
    let run = 0;
    for (let i = 1; i <= a.length; i++) {
      const ca = a.charCodeAt(i - 1);
      let diag = d[0]!;
      d[0] = i;
      cur[0] = 0;
      for (let j = 1; j <= m; j++) {
        const same = ca === b.charCodeAt(j - 1);
        const r = same ? prev[j - 1]! + 1 : 0;
        cur[j] = r;
        if (r > run) run = r;
        const up = d[j]!;
        d[j] = Math.min(up + 1, d[j - 1]! + 1, diag + (same ? 0 : 1));
        diag = up;
      }
      [prev, cur] = [cur, prev];
    }
    return { run, distance: d[m]! };
  }
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Problems with a parameter's values: missing references, overlaps, gaps. Empty when sound. */
export function checkParamDef(def: ParamDef): string[] {
  const problems: string[] = [];
  const vals = [...def.values].sort((a, b) => a.from - b.from);
  if (vals.length === 0) problems.push(`${def.path}: 没有任何取值`);
  vals.forEach((v, i) => {
    const at = `${def.path} @ ${formatDay(v.from)}`;
    if (!v.reference || !v.reference.doc?.trim() || !v.reference.text?.trim())
      problems.push(`${at}: 缺少出处（doc 与原文 text）`);
    if (v.to !== undefined && v.to < v.from) problems.push(`${at}: 截止日期早于起始日期`);
    if (def.periodic === 'half_year' && !isHalfYearStart(v.from))
      problems.push(`${at}: 半年度数值必须从 1 月 1 日或 7 月 1 日开始`);
    try {
      checkScalar(def, v.value);
    } catch (e) {
      problems.push(`${at}: ${(e as Error).message}`);
    }
    const next = vals[i + 1];
    if (!next) return;
    if (next.from === v.from) problems.push(`${at}: 同一日期有两个取值（重叠）`);
    if (def.periodic === 'half_year') {
      if (next.from !== addMonths(v.from, 6)) problems.push(`${at}: 与下一个半年度之间有缺口`);
    } else if (v.to !== undefined) {
      if (v.to >= next.from) problems.push(`${at}: 与 ${formatDay(next.from)} 起的取值重叠`);
      else if (v.to + 1 !== next.from) problems.push(`${at}: 与 ${formatDay(next.from)} 起的取值之间有缺口`);
    }
  });
  return problems;
}

/** Parses "PATH=VALUE[@YYYY-MM-DD]" (the CLI's --set) into a reform entry. */
export function parseSetting(setting: string, params: Params): [string, ReformValue] {
  const m = /^([^=]+)=([^@]*)(?:@(.+))?$/.exec(setting.trim());
  if (!m) throw new ParamError(`参数调整格式应为 路径=值[@YYYY-MM-DD]，收到：${setting}`);
  const path = m[1]!.trim();
  const def = params.def(path);
  if (!def) throw new ParamError(`未知参数：${path}${suggest(path, params.paths())}`);
  const raw = m[2]!.trim();
  let value: ParamScalar;
  if (def.unit === 'text') value = raw;
  else if (def.unit === 'bool') {
    if (!['true', 'false', '是', '否'].includes(raw)) throw new ParamError(`参数 ${path} 应为 true 或 false，收到：${raw}`);
    value = raw === 'true' || raw === '是';
  }
  else {
    const n = Number(raw);
    if (raw === '' || !Number.isFinite(n)) throw new ParamError(`参数 ${path} 应为数值，收到：${raw}`);
    value = def.unit === 'fen' || def.unit === 'fen_per_m2' ? yuanToFen(raw) : n;
  }
  const from = m[3] ? parseDay(m[3].trim()) : undefined;
  return [path, { value, from }];
}

export function mergeReform(entries: Array<[string, ReformValue]>): Reform {
  const r: Reform = {};
  for (const [p, v] of entries) (r[p] ??= []).push(v);
  for (const list of Object.values(r)) list.sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity));
  return r;
}
