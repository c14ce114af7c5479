// The leaders' view of the work list (/worklist): article 2's overall targets on top, then every
// target of the appendix — target, figure reached, what the straight line to 2025 asks by now, a bar
// with the line's mark, the status (the rule on hover) and late reports — filtered by unit, county,
// task and status, as of any day (all in the URL). A target opens its drill-down: the sentence,
// the trend, the counties, every report and the target's changes.

import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Descriptions, Drawer, Popover, Select, Space, Table, Tag, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { CardTable } from '../ui/card-table';
import { Loading, RequireRole } from '../ui/common';
import { formatDateTime } from '../time';
import { worklistApi, type ProgressView, type Status, type TargetProgress } from './api';
import { useWT } from './i18n';
import { BRIEFING_XLSX, fig, PlatformRecords, ProgressLine, saveBlob, StatusTag, Trend } from './parts';
import { MilestoneItems } from './Milestones';
import { TargetAdmin } from './TargetAdmin';

const STATUS_ORDER: Status[] = ['severe', 'lagging', 'on_track', 'done', 'missed', 'no_data'];

export default function WorklistProgress() {
  return (
    <RequireRole roles={['leader', 'clerk', 'admin', 'unit_reporter', 'unit_head']}>
      <ProgressPage />
    </RequireRole>
  );
}

function ProgressPage() {
  const wt = useWT();
  const [params, setParams] = useSearchParams();
  const filter = { asOf: params.get('asOf') ?? undefined, unit: params.get('unit') ?? undefined, region: params.get('region') ?? undefined, task: params.get('task') ?? undefined, status: params.get('status') ?? undefined };
  const loaded = useLoad(() => worklistApi.progress(filter), [params.toString()]);
  const [open, setOpen] = useState<string | null>(null);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <div data-testid="worklist-progress">
      <Typography.Title level={2}>{wt('title')}</Typography.Title>
      <Loading loaded={loaded}>
        {(v) => (
          <>
            <Typography.Paragraph type="secondary">{wt('basis', { doc: v.plan.doc, title: v.plan.title, start: v.plan.start, end: v.plan.end })}</Typography.Paragraph>
            <Toolbar v={v} filter={filter} set={set} />
            <div className="wl-counts" data-testid="wl-counts">
              {STATUS_ORDER.map((s) => (
                <Tag.CheckableTag key={s} checked={filter.status === s} onChange={(on) => set('status', on ? s : undefined)} data-testid={`count-${s}`}>
                  {v.statusLabels[s]} {v.counts[s]}
                </Tag.CheckableTag>
              ))}
              <Popover content={<div style={{ maxWidth: 420 }}>{v.rule.text}</div>} title={wt('rule')}>
                <Button size="small" type="link" data-testid="rule">
                  {wt('rule')}
                </Button>
              </Popover>
            </div>
            {v.overall.length > 0 && (
              <>
                <Typography.Title level={4}>{wt('overall')}</Typography.Title>
                <div className="wl-overall" data-testid="wl-overall">
                  {v.overall.map((t) => (
                    <Card key={t.id} size="small" data-testid={`overall-${t.id}`} hoverable onClick={() => setOpen(t.id)}>
                      <div className="small" style={{ minHeight: 40 }}>{t.indicator}</div>
                      <div className="wl-big">{fig(t.actual, t.measure)}</div>
                      <div className="small">
                        {wt('target')} {fig(t.target, t.measure)}（{t.comparisonLabel}）
                      </div>
                      <ProgressLine actual={t.actualShare} expected={t.expectedShare} />
                      <Space size={4} wrap style={{ marginTop: 6 }}>
                        <StatusTag status={t.status} label={t.statusLabel} rule={v.rule.text} />
                        {t.computed && <Tag>{wt('computed')}</Tag>}
                        {t.discrepancy && <Tag color="warning">{wt('reported')} {fig(t.reported)}</Tag>}
                      </Space>
                    </Card>
                  ))}
                </div>
              </>
            )}
            <Typography.Title level={4}>{wt('targets')}</Typography.Title>
            <Targets v={v} onOpen={setOpen} />
            {!filter.status && !filter.region && <MilestoneItems unit={filter.unit} task={filter.task} />}
            <TargetDrawer id={open} asOf={filter.asOf} regions={v.regions} onClose={() => setOpen(null)} onChanged={loaded.retry} />
          </>
        )}
      </Loading>
    </div>
  );
}

function Toolbar({ v, filter, set }: { v: ProgressView; filter: Record<string, string | undefined>; set: (k: string, v: string | undefined) => void }) {
  const wt = useWT();
  const [busy, setBusy] = useState(false);
  return (
    <div className="wl-toolbar wl-noprint">
      <DatePicker
        aria-label={wt('asOf')}
        placeholder={wt('asOf')}
        value={filter.asOf ? dayjs(filter.asOf) : dayjs(v.asOf)}
        disabledDate={(d) => d.isAfter(dayjs()) || d.isBefore(dayjs(v.plan.start))}
        onChange={(d) => set('asOf', d ? d.format('YYYY-MM-DD') : undefined)}
        data-testid="as-of"
      />
      <Select aria-label={wt('unit')} allowClear placeholder={wt('unit')} value={filter.unit} onChange={(x) => set('unit', x)} options={v.units.map((u) => ({ value: u.code, label: u.name }))} data-testid="filter-unit" showSearch optionFilterProp="label" />
      <Select aria-label={wt('region')} allowClear placeholder={wt('region')} value={filter.region} onChange={(x) => set('region', x)} options={v.regions.map((r) => ({ value: r.code, label: r.name }))} data-testid="filter-region" />
      <Select aria-label={wt('task')} allowClear placeholder={wt('task')} value={filter.task} onChange={(x) => set('task', x)} options={v.tasks.map((t) => ({ value: String(t.no), label: `${t.no}. ${t.title}` }))} data-testid="filter-task" style={{ minWidth: 220 }} />
      <Link to={`/worklist/briefing${filter.asOf ? `?asOf=${filter.asOf}` : ''}`}>
        <Button data-testid="open-briefing">{wt('briefing')}</Button>
      </Link>
      <Button
        loading={busy}
        data-testid="export-briefing"
        onClick={() => {
          setBusy(true);
          worklistApi
            .briefingExport({ asOf: filter.asOf })
            .then((b) => {
              saveBlob(b, BRIEFING_XLSX);
              void message.success(wt('exported'));
            })
            .catch((e: unknown) => void message.error(failText(e)))
            .finally(() => setBusy(false));
        }}
      >
        {wt('exportXlsx')}
      </Button>
    </div>
  );
}

function Targets({ v, onOpen }: { v: ProgressView; onOpen: (id: string) => void }) {
  const wt = useWT();
  return (
    <CardTable<TargetProgress>
      rowKey="id"
      size="small"
      data-testid="wl-targets"
      dataSource={v.targets}
      pagination={false}
      columns={[
        { title: wt('itemNo'), dataIndex: 'itemNo', width: 64 },
        {
          title: wt('indicator'),
          dataIndex: 'indicator',
          card: 'title',
          render: (_: unknown, t) => (
            <span>
              {t.indicator}
              <span className="small muted">（{t.kindLabel}）</span>
            </span>
          ),
        },
        { title: wt('unit'), dataIndex: 'leadUnitName', width: 130 },
        { title: wt('target'), dataIndex: 'target', align: 'right', render: (_: unknown, t) => `${fig(t.target, t.measure)}${t.comparison === 'reach' ? '' : `（${t.comparisonLabel}）`}` },
        { title: wt('actual'), dataIndex: 'actual', align: 'right', render: (_: unknown, t) => fig(t.actual, t.measure) },
        { title: wt('expected'), dataIndex: 'expected', align: 'right', render: (_: unknown, t) => fig(t.expected, t.measure) },
        { title: wt('progress'), dataIndex: 'actualShare', width: 180, render: (_: unknown, t) => <ProgressLine actual={t.actualShare} expected={t.expectedShare} /> },
        { title: wt('status'), dataIndex: 'status', card: 'extra', render: (_: unknown, t) => <StatusTag status={t.status} label={t.statusLabel} rule={v.rule.text} /> },
        { title: wt('late'), dataIndex: 'late', align: 'right', render: (n: number) => (n ? <Tag color="red">{wt('lateN', { n })}</Tag> : '—') },
        {
          title: '',
          dataIndex: 'id',
          card: 'actions',
          render: (_: unknown, t) => (
            <Button size="small" onClick={() => onOpen(t.id)} data-testid={`open-${t.id}`}>
              {wt('detail')}
            </Button>
          ),
        },
      ]}
    />
  );
}

function TargetDrawer({ id, asOf, regions, onClose, onChanged }: { id: string | null; asOf?: string; regions: ProgressView['regions']; onClose: () => void; onChanged: () => void }) {
  const wt = useWT();
  const loaded = useLoad(() => (id ? worklistApi.target(id, { asOf }) : Promise.resolve(null)), [id, asOf]);
  const t = loaded.data;
  return (
    <Drawer open={!!id} onClose={onClose} width={Math.min(760, window.innerWidth)} title={t?.indicator ?? ''} data-testid="target-drawer" destroyOnHidden>
      {loaded.error && <Alert type="error" title={loaded.error} />}
      {t && (
        <>
          <div className="wl-sentence" data-testid="target-sentence">
            <div className="small muted">{wt('sentence')}</div>
            {t.sentence}
          </div>
          <Descriptions size="small" column={1} bordered>
            {t.itemText && <Descriptions.Item label={wt('itemText')}>{t.itemNo} {t.itemText}</Descriptions.Item>}
            <Descriptions.Item label={wt('unit')}>{t.leadUnitName}</Descriptions.Item>
            {t.partners.length > 0 && <Descriptions.Item label={wt('partners')}>{t.partners.join('、')}</Descriptions.Item>}
            <Descriptions.Item label={wt('target')}>
              {fig(t.target, t.measure)}（{t.kindLabel}，{t.comparisonLabel}）
            </Descriptions.Item>
            <Descriptions.Item label={wt('actual')}>
              {fig(t.actual, t.measure)} {t.dataPeriod && <span className="small muted">{wt('dataAt', { p: t.dataPeriod })}</span>}
            </Descriptions.Item>
            <Descriptions.Item label={wt('expected')}>{fig(t.expected, t.measure)}</Descriptions.Item>
            <Descriptions.Item label={wt('status')}>
              <StatusTag status={t.status} label={t.statusLabel} rule={t.rule.text} />
            </Descriptions.Item>
            {t.note && <Descriptions.Item label={wt('note')}>{t.note}</Descriptions.Item>}
          </Descriptions>
          <TargetAdmin
            t={t}
            regions={regions}
            onChanged={() => {
              loaded.retry();
              onChanged();
            }}
          />
          {t.targetChange && <Alert style={{ marginTop: 8 }} type="info" title={wt('targetChanged', { from: fig(t.targetChange.original, t.measure), to: fig(t.target, t.measure), reason: t.targetChange.reason })} />}
          {t.computed && (
            <Alert
              style={{ marginTop: 8 }}
              type={t.discrepancy ? 'warning' : 'info'}
              title={`${wt('computed')}：${fig(t.computed.value, t.measure)}${t.reported !== null ? `；${wt('reported')}：${fig(t.reported, t.measure)}` : ''}`}
              description={
                <>
                  <div>{t.computed.definition}</div>
                  {t.discrepancy && <div>{wt('discrepancy', { t: t.rule.diffTolerancePercent })}</div>}
                </>
              }
              data-testid="computed"
            />
          )}
          {t.records.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {wt('records')}
              </Typography.Title>
              <PlatformRecords records={t.records} />
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {wt('trend')}
          </Typography.Title>
          <Trend name={t.indicator} points={t.trend} measure={t.measure} />
          {t.byRegion.length > 0 && (
            <>
              <Typography.Title level={5}>{wt('byRegion')}</Typography.Title>
              <Table
                size="small"
                rowKey="region"
                pagination={false}
                dataSource={t.byRegion}
                columns={[
                  { title: wt('region'), dataIndex: 'areaName' },
                  { title: wt('split'), dataIndex: 'split', align: 'right', render: (n: number | null) => fig(n, t.measure) },
                  { title: wt('actual'), dataIndex: 'actual', align: 'right', render: (n: number | null) => fig(n, t.measure) },
                ]}
              />
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {wt('reports')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            dataSource={t.reports}
            columns={[
              { title: wt('period'), dataIndex: 'periodLabel' },
              { title: wt('unit'), dataIndex: 'unitName', render: (u: string, r) => (r.areaName === '全市' ? u : `${u}·${r.areaName}`) },
              { title: wt('value'), dataIndex: 'value', align: 'right', render: (n: number | null) => fig(n, t.measure) },
              { title: wt('state'), dataIndex: 'state', render: (_: string, r) => <Link to={`/worklist/reports/${r.id}`}>{r.stateLabel}{r.revision > 1 ? `（${wt('revision', { n: r.revision })}）` : ''}</Link> },
              { title: wt('files'), dataIndex: 'files', align: 'right' },
            ]}
          />
          {t.splitHistory.length > 0 && (
            <>
              <Typography.Title level={5}>{wt('splitTarget')}</Typography.Title>
              <ul data-testid="split-history">
                {t.splitHistory.map((h, i) => (
                  <li key={i}>
                    {formatDateTime(h.at)}：{h.areaName} {fig(h.value, t.measure)}，{h.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {t.targetHistory.length > 0 && (
            <>
              <Typography.Title level={5}>{wt('targetHistory')}</Typography.Title>
              <ul>
                {t.targetHistory.map((h, i) => (
                  <li key={i}>
                    {formatDateTime(h.at)}：{fig(h.value, t.measure)}，{h.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
