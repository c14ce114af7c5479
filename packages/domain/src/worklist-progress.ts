// Where a work-list target stands: its reporting periods, and the status rule that compares the
// figure reached with the straight line from the plan's start to its target (the way OKR tools show
// progress next to the progress expected by today). Pure: dates are day numbers, figures numbers.
//
// The status rule (状态判定规则), shown to users as STATUS_RULE_TEXT:
//   完成进度 = 实际值相对目标的进度：累计目标为累计值 ÷ 目标值；总量目标为（实际值 − 基期值）÷（目标值 − 基期值）；
//              每年目标为当年累计 ÷ 年度目标值。
//   应完成进度 = 按时间均衡推进应达到的进度：累计、总量目标为 自规划起始日起已过天数 ÷ 规划总天数；每年目标为当年已过天数 ÷ 当年天数（规划期后逐年延续）；
//              计算时点为已过填报截止日的最近一期的期末。
//   已完成：实际值达到目标（“左右”的目标达到目标值的 90% 即为完成）；
//   正常：完成进度落后应完成进度不超过 10 个百分点（或超前）；滞后：落后超过 10、不超过 25 个百分点；
//   严重滞后：落后超过 25 个百分点；规划期满（每年目标：当年结束）仍未完成为“未完成”。差距按 0.01 个百分点取整后比较。

import { toParts, daysInMonth, dayFromParts, type Day } from '@rencai/engine';

export type PeriodKind = 'monthly' | 'quarterly';

export interface Period {
  /** 2026Q3 or 2026-07. */
  id: string;
  kind: PeriodKind;
  start: Day;
  end: Day;
  /** 2026 年第 3 季度 / 2026 年 7 月. */
  label: string;
}

const QUARTER = /^(\d{4})Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A period from its id, or undefined when the id is not one. */
export function parsePeriod(id: string): Period | undefined {
  const q = QUARTER.exec(id);
  if (q) {
    const year = Number(q[1]);
    const n = Number(q[2]);
    const first = (n - 1) * 3 + 1;
    return { id, kind: 'quarterly', start: dayFromParts(year, first, 1), end: dayFromParts(year, first + 2, daysInMonth(year, first + 2)), label: `${year} 年第 ${n} 季度` };
  }
  const m = MONTH.exec(id);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { id, kind: 'monthly', start: dayFromParts(year, month, 1), end: dayFromParts(year, month, daysInMonth(year, month)), label: `${year} 年 ${month} 月` };
  }
  return undefined;
}

/** The period of `kind` that contains `day`. */
export function periodOf(kind: PeriodKind, day: Day): Period {
  const { year, month } = toParts(day);
  return kind === 'quarterly' ? parsePeriod(`${year}Q${Math.floor((month - 1) / 3) + 1}`)! : parsePeriod(`${year}-${String(month).padStart(2, '0')}`)!;
}

/** Every period of `kind` from the one containing `from` to the last that ended on or before `upTo`. */
export function periodsBetween(kind: PeriodKind, from: Day, upTo: Day): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(kind, from); p.end <= upTo; p = periodOf(kind, p.end + 1)) out.push(p);
  return out;
}

export type TargetStatus = 'done' | 'on_track' | 'lagging' | 'severe' | 'missed' | 'no_data';

export const STATUS_LABELS: Record<TargetStatus, string> = {
  done: '已完成',
  on_track: '正常',
  lagging: '滞后',
  severe: '严重滞后',
  missed: '未完成',
  no_data: '暂无数据',
};

/** The thresholds of the rule, in percentage points behind the straight line, and the tolerance of “左右”. */
export interface StatusRule {
  lagPoints: number;
  severePoints: number;
  aboutTolerancePercent: number;
}

export const DEFAULT_STATUS_RULE: StatusRule = { lagPoints: 10, severePoints: 25, aboutTolerancePercent: 10 };

export function statusRuleText(r: StatusRule = DEFAULT_STATUS_RULE): string {
  return (
    `完成进度：累计目标为累计值 ÷ 目标值；总量目标为（实际值 − 基期值）÷（目标值 − 基期值）；每年目标为当年累计 ÷ 年度目标。` +
    `应完成进度：按时间均衡推进，自规划起始日至计算时点已过天数 ÷ 规划总天数（每年目标按当年已过天数），计算时点为已过填报截止日的最近一期期末。` +
    `已完成：达到目标值（“左右”的目标达到目标值的 ${100 - r.aboutTolerancePercent}% 即为完成）；` +
    `正常：完成进度落后应完成进度不超过 ${r.lagPoints} 个百分点或超前；滞后：落后超过 ${r.lagPoints}、不超过 ${r.severePoints} 个百分点；` +
    `严重滞后：落后超过 ${r.severePoints} 个百分点；规划期满（每年目标为当年结束）仍未达到目标为未完成。差距按 0.01 个百分点取整后比较。`
  );
}

export interface ProgressInput {
  kind: 'level' | 'cumulative' | 'annual';
  comparison: 'reach' | 'at_least' | 'about' | 'aim';
  target: number;
  /** Level targets: the figure progress counts from (null: not known). */
  base: number | null;
  /** The figure reached at `at` (for annual targets: the year's total so far); null when none was reported. */
  actual: number | null;
  planStart: Day;
  planEnd: Day;
  /** The point the figures stand at (the end of the last period whose reports are due). */
  at: Day;
}

export interface Progress {
  status: TargetStatus;
  /** The progress made, 0–1 or more (null when unknown). */
  actualShare: number | null;
  /** The progress the straight line asks by `at`, 0–1. */
  expectedShare: number;
  /** The figure the straight line asks by `at`. */
  expected: number;
  /** Percentage points behind the line (negative: ahead), rounded to 0.01; null when unknown. */
  gapPoints: number | null;
}

/** Where a target stands at `p.at` under the rule (see the header). */
export function progressOf(p: ProgressInput, rule: StatusRule = DEFAULT_STATUS_RULE): Progress {
  let expectedShare: number;
  if (p.kind === 'annual') {
    const year = toParts(p.at).year;
    const first = dayFromParts(year, 1, 1);
    const last = dayFromParts(year, 12, 31);
    expectedShare = Math.min(1, Math.max(0, (p.at - first + 1) / (last - first + 1)));
  } else {
    expectedShare = Math.min(1, Math.max(0, (p.at - p.planStart + 1) / (p.planEnd - p.planStart + 1)));
  }
  const base = p.kind === 'level' ? (p.base ?? 0) : 0;
  const expected = base + (p.target - base) * expectedShare;
  if (p.actual === null || (p.kind === 'level' && p.base === null)) return { status: 'no_data', actualShare: null, expectedShare, expected, gapPoints: null };
  const span = p.target - base;
  const actualShare = span === 0 ? 1 : (p.actual - base) / span;
  const gapPoints = Math.round((expectedShare - actualShare) * 10000) / 100;
  // Reached: the figure itself against the target (multiplied before dividing, so 10 × 90 / 100 is exactly 9).
  const needed = p.comparison === 'about' ? (p.target * (100 - rule.aboutTolerancePercent)) / 100 : p.target;
  if (p.actual >= needed) return { status: 'done', actualShare, expectedShare, expected, gapPoints };
  // The plan ended (an annual target: its year ended) short of the target.
  if (p.kind === 'annual' ? expectedShare === 1 : p.at >= p.planEnd) return { status: 'missed', actualShare, expectedShare, expected, gapPoints };
  const status: TargetStatus = gapPoints <= rule.lagPoints ? 'on_track' : gapPoints <= rule.severePoints ? 'lagging' : 'severe';
  return { status, actualShare, expectedShare, expected, gapPoints };
}

