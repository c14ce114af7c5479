// One work-list report (/worklist/reports/:id): the indicator and its sentence, the period's figure,
// the narrative and the evidence, where it stands and what the caller may do next — the reporter
// edits, uploads and submits (or, once accepted, submits a correction with a reason), the head signs
// it off or sends it back, the talent office accepts it or returns it once with a reason — and the
// history of every step and version.

import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tag, Timeline, Typography, Upload, message } from 'antd';
import type { ButtonProps } from 'antd';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { Loading, RequireRole } from '../ui/common';
import { formatDateTime } from '../time';
import { worklistApi, type Report } from './api';
import { useWT } from './i18n';
import { fig, useSubmit } from './parts';

export default function WorklistReport() {
  return (
    <RequireRole roles={['unit_reporter', 'unit_head', 'clerk', 'admin', 'leader']}>
      <ReportPage />
    </RequireRole>
  );
}

type Move = 'submit' | 'sign' | 'send_back' | 'return' | 'accept';
const NEEDS_REASON: ReadonlySet<Move> = new Set(['send_back', 'return']);

function ReportPage() {
  const wt = useWT();
  const id = Number(useParams().id);
  const loaded = useLoad(() => worklistApi.report(id), [id]);
  return (
    <div data-testid="worklist-report">
      <Link to="/worklist/reports">← {wt('back')}</Link>
      <Loading loaded={loaded}>{(r) => <ReportBody r={r} refresh={loaded.retry} />}</Loading>
    </div>
  );
}

function ReportBody({ r, refresh }: { r: Report; refresh: () => void }) {
  const wt = useWT();
  const [editing, setEditing] = useState<null | 'edit' | 'correct'>(null);
  const [reasonFor, setReasonFor] = useState<Move | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (a: Move, reason?: string) => {
    setBusy(true);
    setError(null);
    try {
      await worklistApi.act(r.id, a, { version: r.version, ...(reason ? { reason } : {}) });
      void message.success(wt('done'));
      setReasonFor(null);
      refresh();
    } catch (e) {
      setError(failText(e));
    } finally {
      setBusy(false);
    }
  };
  const moves: Array<[Move, string, boolean]> = [
    ['submit', wt('submit'), true],
    ['sign', wt('sign'), true],
    ['accept', wt('accept'), true],
    ['send_back', wt('sendBack'), false],
    ['return', wt('return'), false],
  ];
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 8 }}>
        {r.indicator} · {r.periodLabel}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color={r.state === 'accepted' ? 'green' : r.state === 'returned' ? 'orange' : 'blue'} data-testid="report-state" data-state={r.state}>
          {r.stateLabel}
        </Tag>
        {r.revision > 1 && <Tag>{wt('revision', { n: r.revision })}</Tag>}
        {r.clock.overdue ? <Tag color="red">{wt('overdue')}</Tag> : r.clock.running && r.clock.workdaysLeft !== null ? <Tag>{wt('workdaysLeft', { n: r.clock.workdaysLeft })}</Tag> : null}
      </Space>
      <div className="wl-sentence">
        <div className="small muted">{wt('sentence')}</div>
        {r.sentence}
      </div>
      {r.state === 'returned' && r.returnReason && <Alert type="warning" title={wt('returnReason', { r: r.returnReason })} data-testid="return-reason" style={{ marginBottom: 8 }} />}
      {r.correctionReason && <Alert type="info" title={`${wt('correctionReason')}：${r.correctionReason}`} style={{ marginBottom: 8 }} />}
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={wt('unit')}>{r.region === 'quzhou_city' ? r.unitName : `${r.unitName}·${r.areaName}`}</Descriptions.Item>
        <Descriptions.Item label={wt('period')}>{r.periodLabel}</Descriptions.Item>
        <Descriptions.Item label={wt('due')}>{r.dueOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={wt('value')}>
          <span className="wl-big" data-testid="report-value">{fig(r.value, r.measure)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={wt('narrative')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{r.narrative || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={wt('files')}>
          {r.files.length ? (
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="report-files">
              {r.files.map((f) => (
                <li key={f.sha256}>
                  <a href={worklistApi.fileUrl(r.id, f.sha256)} target="_blank" rel="noreferrer">
                    {f.name}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>

      <Space wrap style={{ margin: '12px 0' }} className="wl-noprint">
        {r.actions.includes('edit') && (
          <Button onClick={() => setEditing('edit')} data-testid="report-edit">
            {wt('edit')}
          </Button>
        )}
        {r.actions.includes('edit') && (
          <Upload
            showUploadList={false}
            accept=".pdf,.jpg,.jpeg,.png"
            customRequest={({ file, onSuccess, onError }) => {
              worklistApi
                .attach(r.id, file as File)
                .then(() => {
                  onSuccess?.({});
                  void message.success(wt('uploaded'));
                  refresh();
                })
                .catch((e: unknown) => {
                  setError(failText(e));
                  onError?.(e as Error);
                });
            }}
          >
            <Button data-testid="report-upload">{wt('upload')}</Button>
          </Upload>
        )}
        {moves
          .filter(([a]) => r.actions.includes(a))
          .map(([a, label, primary]) => (
            <Button key={a} type={primary ? 'primary' : 'default'} danger={!primary} loading={busy} data-testid={`report-${a}`} onClick={() => (NEEDS_REASON.has(a) ? setReasonFor(a) : void act(a))}>
              {label}
            </Button>
          ))}
        {r.actions.includes('correct') && (
          <Button onClick={() => setEditing('correct')} data-testid="report-correct">
            {wt('correct')}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" title={error} data-testid="report-error" style={{ marginBottom: 12 }} />}

      <Card size="small" title={wt('history')}>
        <Timeline
          data-testid="report-history"
          items={r.history.map((h) => ({
            children: (
              <div>
                <b>{h.toLabel}</b> <span className="small muted">{formatDateTime(h.at)} · {h.actor ?? '—'}</span>
                {h.reason && <div className="small">{h.reason}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      {r.revisions.length > 1 && (
        <Card size="small" title={wt('revisions')} style={{ marginTop: 12 }}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.revisions}
            columns={[
              { title: wt('revision', { n: '' }).trim(), dataIndex: 'revision', render: (n: number, x) => (x.id === r.id ? <b>{wt('revision', { n })}</b> : <Link to={`/worklist/reports/${x.id}`}>{wt('revision', { n })}</Link>) },
              { title: wt('value'), dataIndex: 'value', align: 'right', render: (n: number | null) => fig(n, r.measure) },
              { title: wt('state'), dataIndex: 'stateLabel' },
              { title: wt('correctionReason'), dataIndex: 'correctionReason', render: (s: string | null) => s ?? '—' },
            ]}
          />
        </Card>
      )}
      {editing && <EditModal r={r} correcting={editing === 'correct'} onClose={() => setEditing(null)} onSaved={refresh} />}
      {reasonFor && (
        <ReasonModal title={reasonFor === 'return' ? wt('return') : wt('sendBack')} busy={busy} onCancel={() => setReasonFor(null)} onOk={(reason) => void act(reasonFor, reason)} />
      )}
    </>
  );
}

function ReasonModal({ title, busy, onCancel, onOk }: { title: string; busy: boolean; onCancel: () => void; onOk: (reason: string) => void }) {
  const wt = useWT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal open title={title} onCancel={onCancel} okText={wt('confirm')} cancelText={wt('cancel')} confirmLoading={busy} onOk={() => void form.validateFields().then((v) => onOk(v.reason.trim()), () => undefined /* the form shows what is missing */)} okButtonProps={{ 'data-testid': 'reason-ok' } as ButtonProps}>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={wt('reason')} rules={[{ required: true, whitespace: true, message: wt('reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Changing the draft (or a returned report), or a correction of the accepted figure (with its reason). */
function EditModal({ r, correcting, onClose, onSaved }: { r: Report; correcting: boolean; onClose: () => void; onSaved: () => void }) {
  const wt = useWT();
  const [form] = Form.useForm<{ value: number; narrative: string; correctionReason?: string }>();
  const { error, busy, submit: save } = useSubmit(
    () => form.validateFields(),
    async (v) => {
      const saved = await worklistApi.save({ targetId: r.targetId, region: r.region, period: r.period, value: v.value, unit: r.measure, narrative: v.narrative ?? '', ...(correcting ? { correctionReason: v.correctionReason } : { version: r.version }) });
      onClose();
      if (saved.id !== r.id) location.assign(`/worklist/reports/${saved.id}`);
      else onSaved();
    },
    () => undefined,
  );
  return (
    <Modal open title={correcting ? wt('correct') : wt('edit')} onCancel={onClose} onOk={() => void save()} okText={wt('save')} cancelText={wt('cancel')} confirmLoading={busy} okButtonProps={{ 'data-testid': 'edit-save' } as ButtonProps}>
      <Form form={form} layout="vertical" initialValues={{ value: r.value ?? undefined, narrative: r.narrative }}>
        <Form.Item name="value" label={wt('valueHint', { m: r.measure })} rules={[{ required: true, message: wt('valueHint', { m: r.measure }) }]}>
          <InputNumber min={0} style={{ width: '100%' }} data-testid="edit-value" />
        </Form.Item>
        <Form.Item name="narrative" label={wt('narrative')}>
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="edit-narrative" />
        </Form.Item>
        {correcting && (
          <Form.Item name="correctionReason" label={wt('correctionReason')} rules={[{ required: true, whitespace: true, message: wt('reasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={500} data-testid="edit-reason" />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" title={error} data-testid="edit-error" />}
    </Modal>
  );
}
