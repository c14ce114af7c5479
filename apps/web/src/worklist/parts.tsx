// Pieces of the work list pages: the status tag (with the rule on hover), the progress bar with the
// straight line's mark, figures with their unit, the trend chart with its data table, downloads, and
// the submission of the pages' modal forms.

import { useMemo, useState } from 'react';
import { Table, Tag, Tooltip } from 'antd';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { failText } from '../api';
import { Chart } from '../ui/chart';
import type { PlatformRecord, Status, TrendPoint } from './api';
import { useWT } from './i18n';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent]);

export const STATUS_COLORS: Record<Status, string> = { done: 'green', on_track: 'blue', lagging: 'orange', severe: 'red', missed: 'volcano', no_data: 'default' };

export function StatusTag({ status, label, rule }: { status: Status; label: string; rule?: string }) {
  const tag = (
    <Tag color={STATUS_COLORS[status]} data-testid="status-tag" data-status={status}>
      {label}
    </Tag>
  );
  return rule ? <Tooltip title={rule}>{tag}</Tooltip> : tag;
}

/** A figure in Chinese digit grouping; percentages with their sign. */
export function fig(n: number | null | undefined, measure?: string): string {
  if (n === null || n === undefined) return '—';
  const s = n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  return measure ? (measure === '%' ? `${s}%` : `${s} ${measure}`) : s;
}

/** Progress made (filled) against the progress the straight line asks by now (the mark). */
export function ProgressLine({ actual, expected }: { actual: number | null; expected: number }) {
  const wt = useWT();
  const a = actual === null ? 0 : Math.max(0, Math.min(1, actual));
  const e = Math.max(0, Math.min(1, expected));
  const behind = actual !== null && actual < expected;
  const label = `${wt('progress')} ${actual === null ? '—' : `${Math.round(actual * 1000) / 10}%`}，${wt('expectedMark', { p: Math.round(e * 1000) / 10 })}`;
  return (
    <div className="wl-progress" role="img" aria-label={label} title={label}>
      <div className="wl-progress-track">
        <div className={`wl-progress-fill${behind ? ' behind' : ''}`} style={{ width: `${a * 100}%` }} />
        <div className="wl-progress-mark" style={{ left: `${e * 100}%` }} />
      </div>
      <span className="wl-progress-text">{actual === null ? '—' : `${Math.round(actual * 1000) / 10}%`}</span>
    </div>
  );
}

/** The trend: actual and expected by period, drawn and tabled (the table is the chart's data for everyone). */
export function Trend({ name, points, measure }: { name: string; points: TrendPoint[]; measure: string }) {
  const wt = useWT();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [wt('actual'), wt('expected')], bottom: 0 },
      grid: { left: 56, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: points.map((p) => p.period) },
      yAxis: { type: 'value' },
      series: [
        { name: wt('actual'), type: 'line', data: points.map((p) => p.actual), symbolSize: 6 },
        { name: wt('expected'), type: 'line', data: points.map((p) => p.expected), lineStyle: { type: 'dashed' }, symbol: 'none' },
      ],
    }),
    [points, wt],
  );
  if (!points.length) return null;
  return (
    <>
      <Chart option={option} testid="wl-trend" height={240} label={wt('trendLabel', { name })} />
      <details className="chart-data">
        <summary>{wt('trend')}（{points.length}）</summary>
        <Table
          size="small"
          rowKey="period"
          pagination={false}
          dataSource={points}
          columns={[
            { title: wt('period'), dataIndex: 'label' },
            { title: wt('actual'), dataIndex: 'actual', align: 'right', render: (v: number | null) => fig(v, measure) },
            { title: wt('expected'), dataIndex: 'expected', align: 'right', render: (v: number) => fig(v, measure) },
          ]}
        />
      </details>
    </>
  );
}

/** Saves a downloaded file under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** The workbook name of the briefing. */
export const BRIEFING_XLSX = '人才工作重点任务清单推进情况通报.xlsx';

/**
 * A modal form's submission: the form checked first (its fields say what is missing), then `action`,
 * busy meanwhile, the API's refusal kept as `error` for the form's alert; `onDone` after success.
 */
export function useSubmit<V>(validate: () => Promise<V>, action: (v: V) => Promise<unknown>, onDone: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await validate().catch(() => null);
    if (v === null) return;
    setBusy(true);
    setError(null);
    try {
      await action(v);
      onDone();
    } catch (e) {
      setError(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

/** The platform's records about a work item: each figure with this year's part, by county, and how it is counted. */
export function PlatformRecords({ records, compact = false }: { records: PlatformRecord[]; compact?: boolean }) {
  const wt = useWT();
  if (!records.length) return compact ? <>—</> : null;
  const year = records[0]!.to.slice(0, 4);
  return (
    <div data-testid="platform-records" className="platform-records">
      {!compact && <p className="small muted">{wt('recordsIntro', { from: records[0]!.from, to: records[0]!.to })}</p>}
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {records.map((r) => (
          <li key={r.id} data-testid={`record-${r.id}`}>
            {r.label}：<strong>{fig(r.total)}</strong> {r.unit} <span className="small muted">（{wt('recordThisYear', { y: year, n: `${fig(r.thisYear)} ${r.unit}` })}）</span>
            {r.byRegion.length > 0 && <div className="small muted">{r.byRegion.map((x) => `${x.areaName} ${fig(x.n)}`).join('，')}</div>}
            <Tooltip title={r.definition}>
              <span className="small muted" style={{ textDecoration: 'underline dotted', cursor: 'help' }} tabIndex={0}>
                {wt('recordHow')}
              </span>
            </Tooltip>
          </li>
        ))}
      </ul>
    </div>
  );
}
