// The quarterly briefing (通报) on the work list as a printable page (/worklist/briefing): counts by
// status, article 2's targets, each responsible unit's targets with figures and status, and the
// units late with their reports named; printed as it is, or downloaded as the Excel workbook.

import { useSearchParams } from 'react-router-dom';
import { Button, Space, Table, Typography, message } from 'antd';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { Loading, RequireRole } from '../ui/common';
import { worklistApi, type Briefing, type Status, type TargetProgress } from './api';
import { useWT } from './i18n';
import { BRIEFING_XLSX, fig, saveBlob, StatusTag } from './parts';

export default function WorklistBriefing() {
  return (
    <RequireRole roles={['leader', 'clerk', 'admin']}>
      <BriefingPage />
    </RequireRole>
  );
}

function BriefingPage() {
  const [params] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const loaded = useLoad(() => worklistApi.briefing({ asOf }), [asOf]);
  return <Loading loaded={loaded}>{(b) => <BriefingBody b={b} asOf={asOf} />}</Loading>;
}

function BriefingBody({ b, asOf }: { b: Briefing; asOf?: string }) {
  const wt = useWT();
  const columns = [
    { title: wt('itemNo'), dataIndex: 'itemNo', width: 64, render: (s: string | null) => s ?? '—' },
    { title: wt('indicator'), dataIndex: 'indicator' },
    { title: wt('target'), dataIndex: 'target', width: 130, align: 'right' as const, render: (_: unknown, t: TargetProgress) => fig(t.target, t.measure) },
    { title: wt('actual'), dataIndex: 'actual', width: 130, align: 'right' as const, render: (_: unknown, t: TargetProgress) => fig(t.actual, t.measure) },
    { title: wt('expected'), dataIndex: 'expected', width: 130, align: 'right' as const, render: (_: unknown, t: TargetProgress) => fig(t.expected, t.measure) },
    { title: wt('status'), dataIndex: 'status', width: 100, render: (_: unknown, t: TargetProgress) => <StatusTag status={t.status} label={t.statusLabel} /> },
  ];
  return (
    <div className="briefing" data-testid="worklist-briefing">
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {b.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {wt('basis', { doc: b.plan.doc, title: b.plan.title, start: b.plan.start, end: b.plan.end })}；{wt('asOf')} {b.asOf}；{wt('generated', { t: b.generatedAt })}
      </Typography.Paragraph>
      <Space className="wl-noprint" style={{ marginBottom: 12 }}>
        <Button onClick={() => window.print()} data-testid="print">
          {wt('print')}
        </Button>
        <Button
          onClick={() =>
            worklistApi
              .briefingExport({ asOf })
              .then((blob) => saveBlob(blob, BRIEFING_XLSX))
              .catch((e: unknown) => void message.error(failText(e)))
          }
        >
          {wt('exportXlsx')}
        </Button>
      </Space>
      <Typography.Title level={4}>一、{wt('statusCounts')}</Typography.Title>
      <Typography.Paragraph data-testid="briefing-counts">
        {(Object.keys(b.statusLabels) as Status[]).map((s) => `${b.statusLabels[s]} ${b.counts[s]} 项`).join('，')}。
      </Typography.Paragraph>
      <Typography.Title level={4}>二、{wt('overall')}</Typography.Title>
      <Table size="small" rowKey="id" pagination={false} tableLayout="fixed" dataSource={b.overall} columns={columns} />
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        三、{wt('byUnit')}
      </Typography.Title>
      {b.units
        .filter((u) => u.targets.length)
        .map((u) => (
          <section key={u.unit} style={{ marginBottom: 12 }}>
            <Typography.Title level={5}>
              {u.unitName}
              {u.lateCount > 0 && <span className="small" style={{ color: '#cf1322' }}>（{wt('late')} {u.lateCount} 期）</span>}
            </Typography.Title>
            <Table size="small" rowKey="id" pagination={false} tableLayout="fixed" dataSource={u.targets} columns={columns} />
          </section>
        ))}
      <Typography.Title level={4}>四、{wt('milestoneItems')}</Typography.Title>
      <ol data-testid="briefing-milestones">
        {b.milestoneItems.map((i) => (
          <li key={i.itemNo}>
            <b>{i.itemNo}</b>（{i.leadUnitName}，{i.statusLabel}）：
            {i.milestones.map((m) => `${m.title}，${wt('dueOn')} ${m.dueOn}，${m.doneOn ? `${wt('doneOn')} ${m.doneOn}` : m.overdue ? wt('overdue') : wt('pending')}`).join('；')}
          </li>
        ))}
      </ol>
      <Typography.Title level={4}>五、{wt('lateReporters')}</Typography.Title>
      {b.lateReporters.length === 0 ? (
        <Typography.Paragraph>{wt('none')}</Typography.Paragraph>
      ) : (
        <ol data-testid="late-reporters">
          {b.lateReporters.map((u) => (
            <li key={u.unit}>
              <b>{u.unitName}</b>：{wt('late')} {u.count} 期（{u.items.slice(0, 6).map((d) => `${d.indicator}${d.areaName === '全市' ? '' : `·${d.areaName}`} ${d.periodLabel}`).join('；')}
              {u.items.length > 6 ? '…' : ''}）
            </li>
          ))}
        </ol>
      )}
      <Typography.Paragraph type="secondary" className="small">
        {wt('rule')}：{b.rule.text}
      </Typography.Paragraph>
    </div>
  );
}
