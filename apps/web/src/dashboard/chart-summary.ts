// The one-sentence summary that accompanies each dashboard chart, for everyone and for screen readers
// (the chart itself is a picture): how many values, their total, and the largest and smallest.
import type { Item } from './dashboard-charts';

export function chartSummary(items: readonly Item[], show: (n: number) => string, lang: 'zh' | 'en'): string {
  if (!items.length) return lang === 'en' ? 'No data.' : '暂无数据。';
  const total = items.reduce((s, x) => s + x.value, 0);
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const low = sorted[sorted.length - 1]!;
  if (lang === 'en')
    return `${items.length} values, ${show(total)} in all; the largest is ${top.label} (${show(top.value)}), the smallest ${low.label} (${show(low.value)}).`;
  return `共 ${items.length} 项，合计 ${show(total)}；最多的是${top.label}（${show(top.value)}），最少的是${low.label}（${show(low.value)}）。`;
}
