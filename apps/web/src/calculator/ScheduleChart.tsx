// Granted cash per year as an ECharts bar chart (loaded lazily: its own chunk). Amounts stay integer
// fen: yearly sums are BigInt-exact and labels are formatted from fen, never divided as floats.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Instalment } from '../api';
import { formatFen } from '../money';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export default function ScheduleChart({ instalments, title }: { instalments: Instalment[]; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const byYear = new Map<number, bigint>();
    for (const i of instalments) byYear.set(i.year, (byYear.get(i.year) ?? 0n) + BigInt(i.amountFen));
    const years = [...byYear.keys()].sort((a, b) => a - b);
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 8, top: 24, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatFen(Number(v)) },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFen(v, '') } },
      series: [{ type: 'bar', data: years.map((y) => Number(byYear.get(y))), itemStyle: { color: '#b4232a' }, barMaxWidth: 40 }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [instalments]);
  return (
    <figure className="chart no-print-break">
      <figcaption>{title}</figcaption>
      <div ref={ref} className="chart-canvas" role="img" aria-label={title} />
    </figure>
  );
}
