// An ECharts chart as the pages draw it: canvas, no animation, the accessible palette, resized with
// the window, marked rendered for tests and screenshots, and a picture to assistive technology named
// by `label` (each page puts the chart's data in a table next to it). Pages register the chart types
// they use (echarts.use) themselves.

import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { CHART_COLORS } from '../a11y-theme';

echarts.use([CanvasRenderer]);

export function Chart({ option, testid, height = 260, label }: { option: echarts.EChartsCoreOption; testid: string; height?: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.setOption({ animation: false, color: CHART_COLORS, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    el.dataset.rendered = 'true';
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} style={{ height }} className="chart" data-testid={testid} data-kind="chart" role="img" aria-label={label} />;
}
