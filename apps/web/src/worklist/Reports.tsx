// A unit's work-list reports (/worklist/reports): what the unit owes for which period and by when —
// to do, late, accepted — with "填报本期" for the reporter; for the talent office the figures the
// units signed off, waiting for review. Each opens the report (/worklist/reports/:id).

import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Form, Input, InputNumber, Modal, Tabs, Tag, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { CardTable } from '../ui/card-table';
import { Loading, RequireRole } from '../ui/common';
import { worklistApi, type Duty } from './api';
import { useWT } from './i18n';
import { fig, useSubmit } from './parts';

export default function WorklistReports() {
  return (
    <RequireRole roles={['unit_reporter', 'unit_head', 'clerk', 'admin', 'leader']}>
      <ReportsPage />
    </RequireRole>
  );
}

const TABS = ['todo', 'review', 'late', 'accepted', 'all'] as const;
type Tab = (typeof TABS)[number];

function ReportsPage() {
  const wt = useWT();
  const { session } = useSession();
  const role = session!.user.role;
  const office = role === 'clerk' || role === 'admin' || role === 'leader';
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : office ? 'review' : 'todo';
  const loaded = useLoad(() => worklistApi.duties(tab === 'all' ? {} : { state: tab }), [tab]);
  const [filling, setFilling] = useState<Duty | null>(null);
  const label: Record<Tab, string> = { todo: wt('tabTodo'), review: wt('tabReview'), late: wt('tabLate'), accepted: wt('tabAccepted'), all: wt('tabAll') };
  return (
    <div data-testid="worklist-reports">
      <Typography.Title level={2}>{wt('myDuties')}</Typography.Title>
      <Typography.Paragraph type="secondary">{office ? wt('reviewIntro') : wt('dutiesIntro')}</Typography.Paragraph>
      <Tabs activeKey={tab} onChange={(k) => setParams({ tab: k }, { replace: true })} items={TABS.map((k) => ({ key: k, label: <span data-testid={`tab-${k}`}>{label[k]}</span> }))} />
      <Loading loaded={loaded}>
        {(duties) => (
          <CardTable<Duty>
            rowKey={(d) => `${d.targetId}|${d.region}|${d.period}`}
            size="small"
            data-testid="duties"
            dataSource={duties}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: wt('period'), dataIndex: 'periodLabel', width: 130 },
              {
                title: wt('indicator'),
                dataIndex: 'indicator',
                card: 'title',
                render: (_: unknown, d) => (
                  <span>
                    {d.itemNo && <span className="small muted">{d.itemNo} </span>}
                    {d.indicator}
                  </span>
                ),
              },
              ...(office ? [{ title: wt('unit'), dataIndex: 'unitName', render: (_: unknown, d: Duty) => (d.region === 'quzhou_city' ? d.unitName : `${d.unitName}·${d.areaName}`) }] : [{ title: wt('region'), dataIndex: 'areaName' }]),
              { title: wt('due'), dataIndex: 'dueOn', render: (due: string, d) => <span>{due} {d.overdue && <Tag color="red">{wt('overdue')}</Tag>}</span> },
              { title: wt('value'), dataIndex: 'report', align: 'right', render: (_: unknown, d) => (d.report ? fig(d.report.value, d.measure) : '—') },
              { title: wt('state'), dataIndex: 'report', card: 'extra', render: (_: unknown, d) => <Tag color={d.report?.state === 'accepted' ? 'green' : d.report ? 'blue' : 'default'}>{d.report?.stateLabel ?? wt('notReported')}</Tag> },
              {
                title: '',
                dataIndex: 'targetId',
                card: 'actions',
                render: (_: unknown, d) =>
                  d.report ? (
                    <Link to={`/worklist/reports/${d.report.id}`} data-testid={`open-${d.targetId}-${d.period}`}>
                      <Button size="small">{wt('open')}</Button>
                    </Link>
                  ) : role === 'unit_reporter' ? (
                    <Button size="small" type="primary" onClick={() => setFilling(d)} data-testid={`fill-${d.targetId}-${d.period}`}>
                      {wt('fill')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </Loading>
      {filling && <FillModal duty={filling} onClose={() => setFilling(null)} />}
    </div>
  );
}

/** The first figure of a period: saved as a draft, then the report opens (evidence, submission). */
function FillModal({ duty, onClose }: { duty: Duty; onClose: () => void }) {
  const wt = useWT();
  const nav = useNavigate();
  const [form] = Form.useForm<{ value: number; narrative: string }>();
  const { error, busy, submit: save } = useSubmit(
    () => form.validateFields(),
    async (v) => {
      const r = await worklistApi.save({ targetId: duty.targetId, region: duty.region, period: duty.period, value: v.value, unit: duty.measure, narrative: v.narrative ?? '' });
      nav(`/worklist/reports/${r.id}`);
    },
    () => undefined,
  );
  return (
    <Modal open title={wt('form', { p: `${duty.periodLabel} · ${duty.indicator}` })} onCancel={onClose} onOk={() => void save()} okText={wt('save')} cancelText={wt('cancel')} confirmLoading={busy} okButtonProps={{ 'data-testid': 'fill-save' } as ButtonProps}>
      <Form form={form} layout="vertical">
        <Form.Item name="value" label={wt('valueHint', { m: duty.measure })} rules={[{ required: true, message: wt('valueHint', { m: duty.measure }) }]}>
          <InputNumber min={0} style={{ width: '100%' }} data-testid="fill-value" />
        </Form.Item>
        <Form.Item name="narrative" label={wt('narrative')}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="fill-narrative" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" title={error} data-testid="fill-error" />}
    </Modal>
  );
}
