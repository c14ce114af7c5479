// The official values page (/official-values): the parameters officials may set with their dated
// values, sources and example flags; a form to enter a new value with its source; the values
// waiting for a second person, each with the past decisions it would change (application, matter,
// amount now → after) and the confirm / reject buttons.

import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Tag, message } from 'antd';
import { ApiError, failText } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { Loading, RequireRole } from '../ui/common';
import { officialApi, type DatedValueView, type Impact, type OfficialParameterView, type OfficialRecord } from './api';
import { useOT } from './i18n';
import { formatDateTime, todayInChina } from '../time';

const GAP = { marginBottom: 12 };
/** A stored UTC time as China Standard Time, "YYYY-MM-DD HH:MM". */
const PROPOSAL = { borderTop: '1px solid #f0f0f0', padding: '8px 0' };

export default function OfficialValues() {
  return (
    <RequireRole roles={['clerk', 'leader', 'admin']}>
      <Page />
    </RequireRole>
  );
}

function Page() {
  const ot = useOT();
  const [params, setParams] = useSearchParams();
  const loaded = useLoad(() => officialApi.parameters(), []);
  return (
    <div className="portal" data-testid="official-values">
      <h1>{ot('title')}</h1>
      <p className="muted">{ot('intro')}</p>
      <Loading loaded={loaded}>
        {(list) => {
          const path = params.get('path') ?? list[0]?.path;
          const current = list.find((x) => x.path === path);
          const pending = list.flatMap((x) => x.pending);
          return (
            <>
              {pending.length > 0 && (
                <Alert
                  type="warning"
                  style={GAP}
                  data-testid="ov-pending-all"
                  title={`${ot('pending')}：${pending.length}`}
                  description={pending.map((r) => (
                    <div key={r.id}>
                      <Link to={`?path=${encodeURIComponent(r.path)}`}>#{r.id} {r.label}（{r.from}）：{r.display}</Link>
                    </div>
                  ))}
                />
              )}
              <ParameterTable list={list} selected={path} onOpen={(p) => setParams({ path: p })} />
              {current && <Parameter key={current.path} p={current} reload={loaded.retry} />}
            </>
          );
        }}
      </Loading>
    </div>
  );
}

function latest(p: OfficialParameterView): DatedValueView | undefined {
  return p.values[p.values.length - 1];
}

function ParameterTable({ list, selected, onOpen }: { list: OfficialParameterView[]; selected?: string; onOpen: (path: string) => void }) {
  const ot = useOT();
  return (
    <Card title={ot('parameters')} size="small" style={GAP}>
      <Table<OfficialParameterView>
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={list}
        scroll={{ x: 520 }}
        rowClassName={(r) => (r.path === selected ? 'ant-table-row-selected' : '')}
        columns={[
          {
            title: ot('parameter'),
            dataIndex: 'label',
            render: (label: string, r) => (
              <a onClick={() => onOpen(r.path)} data-testid={`ov-param-${r.path}`}>
                {label}
                <div className="muted small">{r.path}</div>
              </a>
            ),
          },
          { title: ot('current'), render: (_: unknown, r) => (latest(r) ? <>{latest(r)!.display} <span className="muted small">{latest(r)!.from} 起</span></> : '—') },
          {
            title: ot('marks'),
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                {r.values.some((v) => v.example) && <Tag color="orange">{ot('example')}</Tag>}
                {r.values.some((v) => v.official) && <Tag color="green">{ot('official')}</Tag>}
                {r.pending.length > 0 && <Tag color="blue">{ot('pendingN', { n: r.pending.length })}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

function SourceText({ s }: { s: DatedValueView['reference'] }) {
  return (
    <div className="small">
      <b>{s.doc}</b>
      {s.article ? ` ${s.article}` : ''}
      {s.text && <div className="muted">“{s.text}”</div>}
      {s.source && (/^https?:\/\//.test(s.source) ? <a href={s.source} target="_blank" rel="noreferrer noopener">{s.source}</a> : <div className="muted">{s.source}</div>)}
    </div>
  );
}

function Parameter({ p, reload }: { p: OfficialParameterView; reload: () => void }) {
  const ot = useOT();
  return (
    <Card title={<>{p.label} <span className="muted small">{p.path}</span></>} style={GAP} data-testid="ov-parameter">
      <p className="small">
        <b>{ot('why')}：</b>
        {p.why}
      </p>
      <Table<DatedValueView>
        data-testid="ov-values"
        size="small"
        rowKey="from"
        pagination={false}
        scroll={{ x: 600 }}
        dataSource={[...p.values].reverse()}
        rowClassName={(v) => (v.example ? 'ov-example' : v.official ? 'ov-official' : '')}
        columns={[
          { title: ot('from'), dataIndex: 'from', render: (from: string, v) => <span data-from={from}>{from}{v.to ? <div className="muted small">{ot('to')} {v.to}</div> : null}</span> },
          { title: ot('value'), dataIndex: 'display' },
          { title: ot('source'), render: (_: unknown, v) => <SourceText s={v.reference} /> },
          {
            title: ot('marks'),
            render: (_: unknown, v) => (
              <>
                {v.example && <Tag color="orange">{ot('example')}</Tag>}
                {v.official && (
                  <>
                    <Tag color="green">{ot('official')}</Tag>
                    <div className="muted small">{ot('enteredBy', { a: v.official.proposedBy ?? '—', b: v.official.confirmedBy ?? '—' })}</div>
                  </>
                )}
              </>
            ),
          },
        ]}
      />
      <Pending records={p.pending} p={p} reload={reload} />
      {p.mayPropose && <ProposeForm p={p} reload={reload} />}
      <History path={p.path} />
    </Card>
  );
}

/** Half-years from the parameter's first value to the later of the half-year after its last value and the current one, newest first. */
function halfYears(p: OfficialParameterView): Array<{ value: string; label: string }> {
  const index = (day: string) => Number(day.slice(0, 4)) * 2 + (Number(day.slice(5, 7)) >= 7 ? 1 : 0);
  const first = index(p.values[0]?.from ?? '2020-01-01');
  const last = Math.max(index(p.values[p.values.length - 1]?.from ?? '2020-01-01') + 1, index(todayInChina()));
  const out: Array<{ value: string; label: string }> = [];
  for (let i = last; i >= first; i--) {
    const y = Math.floor(i / 2);
    out.push(i % 2 ? { value: `${y}-07-01`, label: `${y}年下半年` } : { value: `${y}-01-01`, label: `${y}年上半年` });
  }
  return out;
}

interface FormValues { from: string; value: string; doc: string; article?: string; url?: string; text: string }

function ProposeForm({ p, reload }: { p: OfficialParameterView; reload: () => void }) {
  const ot = useOT();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (v: FormValues) => {
    setBusy(true);
    setError(undefined);
    try {
      await officialApi.propose({ path: p.path, from: v.from, value: String(v.value ?? ''), source: { doc: v.doc ?? '', text: v.text ?? '', ...(v.article ? { article: v.article } : {}), ...(v.url ? { url: v.url } : {}) } });
      void message.success(ot('submitted'));
      form.resetFields();
      reload();
    } catch (e) {
      // The API names each bad field: show its message under the field; anything else above the form.
      const fields: Record<string, keyof FormValues> = { from: 'from', value: 'value', 'source.doc': 'doc', 'source.article': 'article', 'source.url': 'url', 'source.text': 'text', source: 'doc' };
      const known = e instanceof ApiError ? e.errors.filter((x) => fields[x.path]) : [];
      form.setFields(known.map((x) => ({ name: fields[x.path]!, errors: [x.message] })));
      if (!known.length || (e instanceof ApiError && known.length < e.errors.length)) setError(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={ot('propose')} className="mt" data-testid="ov-form">
      {error && <Alert type="error" title={error} style={GAP} data-testid="ov-form-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        {p.kind === 'half_year' ? (
          <Form.Item name="from" label={ot('halfYear')} extra={ot('halfYearHint')} rules={[{ required: true, message: ot('halfYear') }]}>
            <Select data-testid="ov-from" options={halfYears(p)} placeholder={ot('halfYear')} />
          </Form.Item>
        ) : (
          <Form.Item name="from" label={ot('from')} extra={ot('fromHint')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: ot('fromHint') }]}>
            <Input data-testid="ov-from" placeholder="YYYY-MM-DD" />
          </Form.Item>
        )}
        <Form.Item name="value" label={`${ot('value')}${p.unitLabel ? `（${p.unitLabel}）` : ''}`} extra={p.minYuan && p.maxYuan ? `${p.minYuan.replace(/\.00$/, '')}–${p.maxYuan.replace(/\.00$/, '')} ${p.unitLabel}` : undefined} rules={[{ required: true, message: ot('value') }]}>
          {p.choices ? <Select data-testid="ov-value" options={p.choices} /> : <Input data-testid="ov-value" inputMode="decimal" suffix={p.unitLabel} />}
        </Form.Item>
        <Form.Item name="doc" label={ot('doc')} rules={[{ required: true, message: ot('doc') }]}>
          <Input data-testid="ov-doc" maxLength={100} />
        </Form.Item>
        <Space wrap style={{ width: '100%' }} align="start">
          <Form.Item name="article" label={ot('article')} extra={ot('articleOrUrl')}>
            <Input data-testid="ov-article" maxLength={50} />
          </Form.Item>
          <Form.Item name="url" label={ot('url')}>
            <Input data-testid="ov-url" maxLength={500} placeholder="https://" style={{ minWidth: 280 }} />
          </Form.Item>
        </Space>
        <Form.Item name="text" label={ot('text')} rules={[{ required: true, message: ot('text') }]}>
          <Input.TextArea data-testid="ov-text" rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="ov-submit">
          {ot('submit')}
        </Button>
      </Form>
    </Card>
  );
}

function Pending({ records, p, reload }: { records: OfficialRecord[]; p: OfficialParameterView; reload: () => void }) {
  const ot = useOT();
  return (
    <Card size="small" title={ot('pending')} className="mt" data-testid="ov-pending">
      {records.length === 0 ? <Empty description={ot('noPending')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : records.map((r) => <PendingItem key={r.id} r={r} p={p} reload={reload} />)}
    </Card>
  );
}

function PendingItem({ r, p, reload }: { r: OfficialRecord; p: OfficialParameterView; reload: () => void }) {
  const ot = useOT();
  const [impact, setImpact] = useState<Impact>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      if (done) {
        void message.success(done);
        reload();
      }
    } catch (e) {
      setError(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={PROPOSAL} data-testid={`ov-proposal-${r.id}`}>
      <div>
        <b>
          #{r.id} {p.kind === 'half_year' ? `${r.from.slice(0, 4)}年${r.from.slice(5, 7) === '01' ? '上' : '下'}半年` : `${r.from} 起`}：{r.display}
        </b>{' '}
        <span className="muted small">{ot('proposedBy', { a: r.proposedBy ?? '—', t: formatDateTime(r.proposedAt) })}</span>
      </div>
      <SourceText s={r.reference} />
      {error && <Alert type="error" title={error} className="mt" data-testid="ov-action-error" />}
      {impact && (
        <div className="mt" data-testid={`ov-affected-${r.id}`}>
          <b>{ot('affected')}</b>
          {impact.affected.length === 0 ? (
            <div className="muted">{ot('noneAffected')}</div>
          ) : (
            <Table
              size="small"
              rowKey="applicationId"
              pagination={false}
              scroll={{ x: 560 }}
              dataSource={impact.affected}
              columns={[
                { title: ot('application'), dataIndex: 'applicationId', render: (id: number) => <Link to={`/workbench/applications/${id}`}>#{id}</Link> },
                { title: ot('matter'), dataIndex: 'matterName' },
                { title: ot('region'), dataIndex: 'regionName' },
                { title: ot('decided'), dataIndex: 'decidedFen', align: 'right', render: (f: number) => formatFen(f) },
                { title: ot('beforeAfter'), align: 'right', render: (_: unknown, a: Impact['affected'][number]) => <span data-testid="ov-before-after">{formatFen(a.beforeFen)} → {formatFen(a.afterFen)}</span> },
                { title: ot('difference'), dataIndex: 'differenceFen', align: 'right', render: (f: number) => <span className={f < 0 ? 'overdue' : undefined}>{f > 0 ? '+' : ''}{formatFen(f)}</span> },
              ]}
            />
          )}
        </div>
      )}
      <Space wrap className="mt">
        <Button data-testid={`ov-impact-${r.id}`} loading={busy && !impact} onClick={() => void run(async () => setImpact(await officialApi.impact(r.id)))}>
          {ot('showImpact')}
        </Button>
        {r.proposedByMe ? (
          <Tag>{ot('notMine')}</Tag>
        ) : (
          <>
            <Button type="primary" data-testid={`ov-confirm-${r.id}`} disabled={!impact} title={impact ? undefined : ot('seeFirst')} loading={busy && !!impact} onClick={() => void run(() => officialApi.confirm(r.id, impact!.token), ot('confirmed'))}>
              {ot('confirm')}
            </Button>
            <Button danger data-testid={`ov-reject-${r.id}`} onClick={() => setRejecting(true)}>
              {ot('reject')}
            </Button>
          </>
        )}
      </Space>
      <Modal
        open={rejecting}
        title={`${ot('reject')} #${r.id}`}
        okText={ot('reject')}
        cancelText={ot('cancel')}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, 'data-testid': 'ov-reject-ok' }}
        onCancel={() => setRejecting(false)}
        onOk={() => void run(() => officialApi.reject(r.id, reason.trim()), ot('rejected')).then(() => setRejecting(false))}
      >
        <Input.TextArea data-testid="ov-reject-reason" rows={3} maxLength={500} placeholder={ot('rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </div>
  );
}

function History({ path }: { path: string }) {
  const ot = useOT();
  const [open, setOpen] = useState(false);
  const loaded = useLoad(() => (open ? officialApi.history(path) : Promise.resolve([] as OfficialRecord[])), [open, path]);
  return (
    <div className="mt">
      <Button type="link" onClick={() => setOpen(!open)} data-testid="ov-history-toggle">
        {ot('history')}
      </Button>
      {open && (
        <Table<OfficialRecord>
          size="small"
          rowKey="id"
          loading={loaded.loading}
          pagination={{ pageSize: 10, size: 'small' }}
          dataSource={loaded.data ?? []}
          scroll={{ x: 600 }}
          columns={[
            { title: '#', dataIndex: 'id', width: 60 },
            { title: ot('from'), dataIndex: 'from' },
            { title: ot('value'), dataIndex: 'display' },
            { title: ot('state'), dataIndex: 'stateLabel', render: (s: string, r) => <>{s}{r.rejectReason ? <div className="muted small">{r.rejectReason}</div> : null}</> },
            { title: ot('source'), render: (_: unknown, r) => <SourceText s={r.reference} /> },
            { title: ot('marks'), render: (_: unknown, r) => <span className="muted small">{ot('enteredBy', { a: r.proposedBy ?? '—', b: r.decidedBy ?? '—' })}</span> },
          ]}
        />
      )}
    </div>
  );
}
