import { describe, expect, it } from 'vitest';
import { chartSummary } from './chart-summary';

describe('chart summary', () => {
  const count = (n: number) => `${n} 人`;
  it('says how many values, their total, the largest and the smallest', () => {
    expect(chartSummary([{ label: '柯城区', value: 12 }, { label: '衢江区', value: 3 }, { label: '龙游县', value: 7 }], count, 'zh')).toBe('共 3 项，合计 22 人；最多的是柯城区（12 人），最少的是衢江区（3 人）。');
  });
  it('has an English sentence and says when there is nothing', () => {
    expect(chartSummary([{ label: 'A', value: 2 }, { label: 'B', value: 1 }], String, 'en')).toBe('2 values, 3 in all; the largest is A (2), the smallest B (1).');
    expect(chartSummary([], count, 'zh')).toBe('暂无数据。');
  });
});
