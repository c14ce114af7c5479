// Leaders' dashboard: ECharts views of talents by region and degree, money granted and paid by clause,
// payer, region and year, applications by state and the on-time rate. Amounts arrive as integer fen
// and are labelled with formatFen (the chart scale itself is in yuan for readable axes).

import { useEffect, useRef } from 'react';
import { Alert, Card, Statistic, Tag } from 'antd';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { api, type Dashboard as D } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { Loading, RequireRole } from './common';
import { usePT } from './i18n';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const RED = ['#b4232a', '#e0707a', '#f3b8bd', '#8c1c22', '#d9822b', '#5b8ff9', '#5ad8a6', '#5d7092', '#f6bd16', '#6dc8ec'];

function Chart({ option, testid, height = 260 }: { option: echarts.EChartsCoreOption; testid: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.setOption({ animation: false, color: RED, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    el.dataset.rendered = 'true';
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} style={{ height }} className="chart" data-testid={testid} />;
}

/** Chart values stay integer fen; tooltips format them exactly, axes show 万元 (10,000 yuan = 1,000,000 fen). */
const yuan = (fen: number) => fen;
const money = (v: unknown) => formatFen(Number(v));

function bars(labels: string[], series: { name: string; data: number[] }[], isMoney: boolean, horizontal = false): echarts.EChartsCoreOption {
  const cat = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : labels.length > 5 ? 35 : 0, width: horizontal ? 140 : undefined, overflow: 'truncate' } };
  const val = { type: 'value', axisLabel: isMoney ? { formatter: (v: number) => formatFen(v, '') } : {} };
  return {
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', ...(isMoney ? { valueFormatter: money } : {}) },
    ...(series.length > 1 ? { legend: { top: 0 } } : {}),
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? cat : val,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, barMaxWidth: 32 })),
  };
}

export default function Dashboard() {
  return (
    <RequireRole roles={['leader', 'admin', 'clerk']}>
      <View />
    </RequireRole>
  );
}

function View() {
  const pt = usePT();
  const loaded = useLoad(() => api.dashboard(), []);
  return (
    <div className="portal" data-testid="dashboard">
      <h1>
        {pt('dashboard')} <Tag color="orange" data-testid="synthetic">{pt('synthetic')}</Tag>
      </h1>
      <Alert type="info" showIcon title={pt('syntheticNote')} className="block" />
      <Loading loaded={loaded}>{(d) => <Charts d={d} />}</Loading>
    </div>
  );
}

function Charts({ d }: { d: D }) {
  const pt = usePT();
  const m = d.money;
  const paidBy = new Map((m.paidByRegion ?? []).map((x) => [x.key, x.fen]));
  const years = [...m.grantedByYear].sort((a, b) => a.key.localeCompare(b.key));
  const talents = d.talentsByRegion.reduce((s, x) => s + x.n, 0);
  return (
    <>
      <div className="totals block">
        <Statistic title={pt('talentsTotal')} value={talents} suffix={pt('people')} />
        <Statistic title={pt('grantedTotal')} value={formatFen(m.grantedFen)} />
        <Statistic title={pt('paidTotal')} value={formatFen(m.paidFen)} />
        <Statistic title={pt('onTimeRate')} value={d.onTime.rate === null ? '—' : `${Math.round(d.onTime.rate * 1000) / 10}%`} suffix={<span className="small muted">（{pt('decided')} {d.onTime.decided}）</span>} data-testid="on-time" />
      </div>
      <div className="dash-grid">
        <Card size="small" title={pt('talentsByRegion')}>
          <Chart testid="chart-region" option={bars(d.talentsByRegion.map((x) => x.label), [{ name: pt('people'), data: d.talentsByRegion.map((x) => x.n) }], false)} />
        </Card>
        <Card size="small" title={pt('talentsByDegree')}>
          <Chart testid="chart-degree" option={{ tooltip: { trigger: 'item' }, legend: { bottom: 0 }, series: [{ type: 'pie', center: ['50%', '45%'], radius: ['30%', '58%'], data: d.talentsByDegree.map((x) => ({ name: x.label, value: x.n })), label: { formatter: '{b}\n{c}' } }] }} />
        </Card>
        <Card size="small" title={pt('moneyByClause')}>
          <Chart testid="chart-clause" option={bars(m.grantedByClause.map((x) => x.label.replace('衢委发〔2020〕7号', '')), [{ name: pt('granted'), data: m.grantedByClause.map((x) => yuan(x.fen)) }], true, true)} />
        </Card>
        <Card size="small" title={pt('moneyByPayer')}>
          <Chart testid="chart-payer" option={{ tooltip: { trigger: 'item', valueFormatter: money }, legend: { bottom: 0 }, series: [{ type: 'pie', center: ['50%', '45%'], radius: ['30%', '58%'], data: m.grantedByPayer.map((x) => ({ name: x.label, value: yuan(x.fen) })) }] }} />
        </Card>
        <Card size="small" title={pt('moneyByRegion')}>
          <Chart testid="chart-money-region" option={bars(m.grantedByRegion.map((x) => x.label), [{ name: pt('granted'), data: m.grantedByRegion.map((x) => yuan(x.fen)) }, { name: pt('paid'), data: m.grantedByRegion.map((x) => yuan(paidBy.get(x.key) ?? 0)) }], true)} />
        </Card>
        <Card size="small" title={pt('moneyByYear')}>
          <Chart testid="chart-year" option={bars(years.map((x) => x.label), [{ name: pt('granted'), data: years.map((x) => yuan(x.fen)) }], true)} />
        </Card>
        <Card size="small" title={pt('applicationsByState')}>
          <Chart testid="chart-state" option={bars(d.applicationsByState.map((x) => x.label), [{ name: pt('cases'), data: d.applicationsByState.map((x) => x.n) }], false)} />
        </Card>
        <Card size="small" title={pt('onTimeRate')}>
          <Chart
            testid="chart-ontime"
            option={{
              tooltip: { trigger: 'item' },
              legend: { bottom: 0 },
              series: [{ type: 'pie', center: ['50%', '45%'], radius: ['38%', '62%'], data: [{ name: '按时', value: d.onTime.onTime }, { name: '超期', value: d.onTime.decided - d.onTime.onTime }], label: { formatter: '{b} {c}' } }],
            }}
          />
        </Card>
      </div>
    </>
  );
}
