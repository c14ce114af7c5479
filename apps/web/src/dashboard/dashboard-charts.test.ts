// The dashboard's chart options rendered by ECharts itself (server-side, to SVG): count axes show
// whole numbers only, money axes stay short (万) so that they fit a phone, and a breakdown with a
// single value is a figure rather than a chart.
import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { bars, breakdownKind, WAN, type Series } from './dashboard-charts';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

/** The texts ECharts draws for an option at a given size. */
function texts(option: echarts.EChartsCoreOption, width: number, height = 260): string[] {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

const states = ['草稿', '已提交（待受理）', '退回补正', '联审中', '已核准', '未通过', '已安排兑付', '已兑付', '已撤回'];
const counts: Series[] = [{ name: '件', data: [1, 2, 1, 1, 1, 1, 2, 2, 1] }];

describe('dashboard charts', () => {
  it('labels count axes with whole numbers only', () => {
    for (const [w, horizontal] of [[600, false], [340, false], [600, true], [340, true]] as const) {
      const labels = texts(bars(states, counts, false, WAN, horizontal), w);
      const numbers = labels.filter((t) => /^[\d.]+$/.test(t));
      expect(numbers.length).toBeGreaterThan(1);
      expect(numbers.filter((t) => !/^\d+$/.test(t))).toEqual([]);
    }
  });

  it('keeps money axes short on a phone: 万, not 30,000 60,000 …', () => {
    const labels = texts(bars(['第19条第(7)项', '第20条第(3)项'], [{ name: '已核定', data: [18_000_000, 6_000_000] }], true, WAN, true), 340);
    expect(labels).toEqual(expect.arrayContaining(['0', '18万']));
    expect(labels.filter((t) => /,/.test(t))).toEqual([]);
    // Below 1 万 the axis shows exact yuan.
    expect(texts(bars(['柯城区'], [{ name: '已核定', data: [500_000] }], true, WAN), 340)).toEqual(expect.arrayContaining(['5,000']));
  });

  it('charts a breakdown only with several non-zero values', () => {
    expect(breakdownKind([]).kind).toBe('empty');
    expect(breakdownKind([{ label: '按现行财政体制分担', value: 18_000_000 }]).kind).toBe('figure');
    expect(breakdownKind([{ label: 'a', value: 0 }, { label: 'b', value: 3 }])).toEqual({ kind: 'figure', shown: [{ label: 'b', value: 3 }] });
    expect(breakdownKind([{ label: 'a', value: 1 }, { label: 'b', value: 3 }]).kind).toBe('chart');
  });
});
