// Chart options of the leaders' dashboard (ECharts): bars with whole-number count axes (no 0.5) and
// short money axes (万 in Chinese, k in English, so labels never run into each other on a phone),
// donuts, and the rule that a breakdown is charted only once it has several non-zero values.
import type { EChartsCoreOption } from 'echarts/core';
import { formatFen } from '../money';

const money = (v: unknown) => formatFen(Number(v));

/** Axis unit for money: 万 (10,000 yuan) in Chinese, k (1,000 yuan) in English. */
export interface MoneyUnit { suffix: string; fen: number }
export const WAN: MoneyUnit = { suffix: '万', fen: 1_000_000 };
export const THOUSAND: MoneyUnit = { suffix: 'k', fen: 100_000 };

/** Money axis labels in the unit once the largest value reaches it; exact yuan below that. */
function moneyAxis(max: number, unit: MoneyUnit) {
  const formatter = max >= unit.fen ? (v: number) => (v === 0 ? '0' : `${Number((v / unit.fen).toFixed(2))}${unit.suffix}`) : (v: number) => formatFen(v, '');
  return { formatter, hideOverlap: true };
}

export interface Series { name: string; data: number[] }

/** Bars (horizontal for long labels): category labels wrap instead of being cut off. */
export function bars(labels: string[], series: Series[], isMoney: boolean, unit: MoneyUnit, horizontal = false): EChartsCoreOption {
  const cat = { type: 'category', data: labels, inverse: horizontal, axisLabel: { interval: 0, rotate: horizontal ? 0 : labels.length > 4 ? 35 : 0, width: horizontal ? 120 : 90, overflow: 'break' } };
  const max = Math.max(0, ...series.flatMap((s) => s.data));
  // Counts are whole: no 0.5 or 1.5 on the axis.
  const val = { type: 'value', ...(isMoney ? { axisLabel: moneyAxis(max, unit) } : { minInterval: 1, axisLabel: { hideOverlap: true } }) };
  return {
    grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', ...(isMoney ? { valueFormatter: money } : {}) },
    ...(series.length > 1 ? { legend: { top: 0 } } : {}),
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? cat : val,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, barMaxWidth: 32 })),
  };
}

export function donut(data: { name: string; value: number }[], isMoney: boolean): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', ...(isMoney ? { valueFormatter: money } : {}) },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', center: ['50%', '45%'], radius: ['30%', '58%'], data, label: { formatter: isMoney ? '{b}' : '{b}\n{c}' } }],
  };
}

export interface Item { label: string; value: number }

/** How a breakdown is shown: nothing to show, one value as a figure, or (several values) a chart. */
export function breakdownKind(items: readonly Item[]): { kind: 'empty' | 'figure' | 'chart'; shown: Item[] } {
  const shown = items.filter((x) => x.value !== 0);
  return { kind: shown.length === 0 ? 'empty' : shown.length === 1 ? 'figure' : 'chart', shown };
}
