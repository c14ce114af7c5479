// Work items the text gives no figure for, tracked by dated milestones (part of the leaders' view):
// each item with its lead unit, its milestones (due, done on time, done late, overdue) and its
// status, and what the platform itself records about it; the city talent office adds milestones, the
// lead unit marks them done with a note.

import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { CardTable } from '../ui/card-table';
import { Loading } from '../ui/common';
import { worklistApi, type Milestone, type MilestoneItem } from './api';
import { useWT } from './i18n';
import { PlatformRecords, useSubmit } from './parts';

const COLORS: Record<MilestoneItem['status'], string> = { done: 'green', on_track: 'blue', lagging: 'orange', no_plan: 'default' };

export function MilestoneItems({ unit, task }: { unit?: string; task?: string }) {
  const wt = useWT();
  const { session } = useSession();
  const role = session?.user.role;
  const office = role === 'admin' || (role === 'clerk' && session?.user.region === 'quzhou_city');
  const loaded = useLoad(() => worklistApi.items(), []);
  const [adding, setAdding] = useState<MilestoneItem | null>(null);
  const [completing, setCompleting] = useState<Milestone | null>(null);
  const mayComplete = (i: MilestoneItem) => office || ((role === 'unit_reporter' || role === 'unit_head') && session?.user.department === i.leadUnit);
  return (
    <section data-testid="milestone-items" style={{ marginTop: 24 }}>
      <Typography.Title level={4}>{wt('milestoneItems')}</Typography.Title>
      <Typography.Paragraph type="secondary">{wt('milestoneIntro')}</Typography.Paragraph>
      <Loading loaded={loaded}>
        {(d) => (
          <CardTable<MilestoneItem>
            rowKey="itemNo"
            size="small"
            pagination={false}
            dataSource={d.items.filter((i) => (!unit || i.leadUnit === unit) && (!task || String(i.taskNo) === task))}
            columns={[
              { title: wt('itemNo'), dataIndex: 'itemNo', width: 64 },
              { title: wt('itemText'), dataIndex: 'text', card: 'title', render: (t: string) => <span style={{ fontWeight: 'normal' }}>{t}</span> },
              { title: wt('unit'), dataIndex: 'leadUnitName', width: 130 },
              {
                title: wt('milestone'),
                dataIndex: 'milestones',
                width: 360,
                render: (_: unknown, i) =>
                  i.milestones.length ? (
                    <ul style={{ margin: 0, paddingLeft: 16 }}>
                      {i.milestones.map((m) => (
                        <li key={m.id} data-testid={`milestone-${m.id}`}>
                          {m.title} <span className="small muted">{wt('dueOn')} {m.dueOn}</span>{' '}
                          {m.doneOn ? <Tag color={m.late ? 'gold' : 'green'}>{m.late ? wt('doneLate') : wt('doneOnTime')} {m.doneOn}</Tag> : m.overdue ? <Tag color="red">{wt('overdue')}</Tag> : <Tag>{wt('pending')}</Tag>}
                          {!m.doneOn && mayComplete(i) && (
                            <Button size="small" type="link" onClick={() => setCompleting(m)} data-testid={`done-${m.id}`}>
                              {wt('markDone')}
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  ),
              },
              { title: wt('records'), dataIndex: 'records', width: 220, render: (_: unknown, i) => <PlatformRecords records={i.records} compact /> },
              { title: wt('status'), dataIndex: 'status', card: 'extra', render: (_: unknown, i) => <Tag color={COLORS[i.status]} data-testid={`item-status-${i.itemNo}`}>{i.statusLabel}</Tag> },
              ...(office
                ? [
                    {
                      title: '',
                      dataIndex: 'itemNo',
                      card: 'actions' as const,
                      render: (_: unknown, i: MilestoneItem) => (
                        <Button size="small" onClick={() => setAdding(i)} data-testid={`add-milestone-${i.itemNo}`}>
                          {wt('addMilestone')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Loading>
      {adding && (
        <MilestoneForm
          title={`${wt('addMilestone')} · ${adding.itemNo}`}
          fields="add"
          onClose={() => setAdding(null)}
          onSave={(v) => worklistApi.addMilestone(adding.itemNo, { title: v.text, dueOn: v.date }).then(() => loaded.retry())}
        />
      )}
      {completing && (
        <MilestoneForm
          title={`${wt('markDone')} · ${completing.title}`}
          fields="done"
          onClose={() => setCompleting(null)}
          onSave={(v) => worklistApi.completeMilestone(completing.id, { doneOn: v.date, note: v.text }).then(() => loaded.retry())}
        />
      )}
    </section>
  );
}

function MilestoneForm({ title, fields, onClose, onSave }: { title: string; fields: 'add' | 'done'; onClose: () => void; onSave: (v: { text: string; date: string }) => Promise<unknown> }) {
  const wt = useWT();
  const [form] = Form.useForm<{ text: string; date: dayjs.Dayjs }>();
  const { error, busy, submit: save } = useSubmit(() => form.validateFields(), (v) => onSave({ text: v.text.trim(), date: v.date.format('YYYY-MM-DD') }), onClose);
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => void save()} okText={wt('confirm')} cancelText={wt('cancel')} confirmLoading={busy} okButtonProps={{ 'data-testid': 'milestone-ok' } as ButtonProps}>
      <Form form={form} layout="vertical" initialValues={fields === 'done' ? { date: dayjs() } : {}}>
        <Form.Item name="text" label={fields === 'add' ? wt('milestone') : wt('doneNote')} rules={[{ required: true, whitespace: true, message: fields === 'add' ? wt('milestone') : wt('doneNote') }]}>
          <Input.TextArea rows={2} maxLength={fields === 'add' ? 200 : 1000} data-testid="milestone-text" />
        </Form.Item>
        <Form.Item name="date" label={fields === 'add' ? wt('dueOn') : wt('doneOn')} rules={[{ required: true, message: fields === 'add' ? wt('dueOn') : wt('doneOn') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={fields === 'done' ? (d) => d.isAfter(dayjs()) : undefined} data-testid="milestone-date" />
        </Form.Item>
      </Form>
      <Space>{error && <Alert type="error" title={error} data-testid="milestone-error" />}</Space>
    </Modal>
  );
}
