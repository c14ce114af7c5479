import { describe, expect, it } from 'vitest';
import { parseDay } from '@rencai/engine';
import { parsePeriod, periodOf, periodsBetween, progressOf, statusRuleText, type ProgressInput } from './worklist-progress.js';

const start = parseDay('2020-01-01');
const end = parseDay('2024-12-31'); // 1827 days: a simple line for the boundaries
const base: Omit<ProgressInput, 'actual' | 'at'> = { kind: 'cumulative', comparison: 'reach', target: 1000, base: null, planStart: start, planEnd: end };
/** A day in the plan's middle: the boundaries below are placed relative to the share the line asks there. */
const half = parseDay('2022-07-01');

describe('periods', () => {
  it('reads quarters and months and refuses anything else', () => {
    expect(parsePeriod('2026Q3')).toMatchObject({ kind: 'quarterly', start: parseDay('2026-07-01'), end: parseDay('2026-09-30'), label: '2026 年第 3 季度' });
    expect(parsePeriod('2024-02')).toMatchObject({ kind: 'monthly', start: parseDay('2024-02-01'), end: parseDay('2024-02-29'), label: '2024 年 2 月' });
    for (const bad of ['2026Q5', '2026Q0', '2026-13', '26Q1', '2026-7', '']) expect(parsePeriod(bad)).toBeUndefined();
  });
  it('lists the periods from the plan start up to a day, only those that have ended', () => {
    const ps = periodsBetween('quarterly', parseDay('2020-04-22'), parseDay('2021-03-30'));
    expect(ps.map((p) => p.id)).toEqual(['2020Q2', '2020Q3', '2020Q4']);
    expect(periodsBetween('quarterly', parseDay('2020-04-22'), parseDay('2021-03-31')).at(-1)!.id).toBe('2021Q1');
    expect(periodOf('monthly', parseDay('2025-12-31')).id).toBe('2025-12');
  });
});

describe('the status rule at its boundaries', () => {
  // Find the expected share at `half`, then place the actual exactly 10, 10.01, 25 and 25.01 points behind.
  const at = half;
  const expectedShare = progressOf({ ...base, actual: 0, at }).expectedShare;
  const actualAt = (pointsBehind: number) => Math.round((expectedShare - pointsBehind / 100) * 1000 * 100) / 100;
  const status = (actual: number, over: Partial<ProgressInput> = {}) => progressOf({ ...base, actual, at, ...over }).status;

  it('is 正常 up to 10 points behind, 滞后 beyond, 严重滞后 beyond 25', () => {
    expect(status(actualAt(0))).toBe('on_track');
    expect(status(actualAt(-5))).toBe('on_track');
    expect(status(actualAt(10))).toBe('on_track');
    expect(status(actualAt(10.01))).toBe('lagging');
    expect(status(actualAt(25))).toBe('lagging');
    expect(status(actualAt(25.01))).toBe('severe');
  });
  it('is 已完成 on reaching the target, and for “左右” at 90 %', () => {
    expect(status(1000)).toBe('done');
    expect(status(999.99)).not.toBe('done');
    expect(status(9, { target: 10, comparison: 'about' })).toBe('done');
    expect(status(8.99, { target: 10, comparison: 'about' })).not.toBe('done');
    expect(status(9, { target: 10, comparison: 'reach' })).not.toBe('done');
  });
  it('is 未完成 when the plan has ended short of the target, and 暂无数据 without a figure', () => {
    expect(progressOf({ ...base, actual: 999, at: end }).status).toBe('missed');
    expect(progressOf({ ...base, actual: 1000, at: parseDay('2026-09-30') }).status).toBe('done');
    expect(progressOf({ ...base, actual: null, at }).status).toBe('no_data');
  });
  it('counts a level target from its base, and knows nothing without one', () => {
    const level = { ...base, kind: 'level' as const, target: 600, base: 400 };
    const p = progressOf({ ...level, actual: 500, at });
    expect(p.actualShare).toBe(0.5);
    expect(p.expected).toBeCloseTo(400 + 200 * p.expectedShare, 9);
    expect(progressOf({ ...level, base: null, actual: 500, at }).status).toBe('no_data');
  });
  it('measures an annual target within its year, also after the plan ended, and misses it when the year ends short', () => {
    const annual = { ...base, kind: 'annual' as const, target: 2000 };
    const june = progressOf({ ...annual, actual: 1000, at: parseDay('2023-06-30') });
    expect(june.expectedShare).toBeCloseTo(181 / 365, 9);
    expect(june.status).toBe('on_track');
    expect(progressOf({ ...annual, actual: 1500, at: parseDay('2025-12-31') })).toMatchObject({ expectedShare: 1, status: 'missed' });
    expect(progressOf({ ...annual, actual: 500, at: parseDay('2026-03-31') })).toMatchObject({ expectedShare: 90 / 365, status: 'on_track' });
  });
  it('writes the rule down with its thresholds', () => {
    expect(statusRuleText()).toContain('不超过 10 个百分点');
    expect(statusRuleText({ lagPoints: 5, severePoints: 20, aboutTolerancePercent: 10 })).toContain('超过 20 个百分点');
  });
});
