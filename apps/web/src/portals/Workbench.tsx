// Clerks' workbench: the queue by deadline (overdue highlighted, server-side pagination, search by
// name or full ID number, Excel export of the filtered queue), an application with evidence,
// explanation, joint review and actions; registry search with audited reveal; Excel import with its
// template, columns and row-error report; payment batches (create, lines, export, bank result and its
// report). Lists are cards on a phone.

import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Statistic, Switch, Tabs, Tag, Upload, message } from 'antd';
import { Field } from '../field';
import { api, type Batch, type Candidate, type ImportReport, type Person } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { useSession } from '../session';
import { formatDateTime } from '../time';
import { ApplicationView } from '../applications/ApplicationView';
import { BankResultUpload, BatchDrawer, type BankOutcome } from '../payments/batch-detail';
import { CardTable } from '../ui/card-table';
import { ImportHelp } from '../import-export/import-help';
import { ApplicationTable, Loading, Messages, MessagesLabel, RequireRole, failText } from '../ui/common';
import { PersonTable } from '../registry/persons';
import { RecognitionsButton } from '../registry/recognitions';
import { PersonFactsButton } from '../registry/person-facts';
import { usePT } from '../ui/i18n';
import UseStats from '../cards/UseStats';
import { purposeError } from '../applications/validate';

const STAFF = ['clerk', 'reviewer', 'admin', 'leader'] as const;

export default function Workbench() {
  return (
    <RequireRole roles={[...STAFF]}>
      <Home />
    </RequireRole>
  );
}

export function WorkbenchApplication() {
  const { id } = useParams();
  return (
    <RequireRole roles={[...STAFF]}>
      <ApplicationView id={Number(id)} mode="staff" back="/workbench" />
    </RequireRole>
  );
}

const STATES = [
  ['submitted', '已提交（待受理）'], ['returned', '退回补正'], ['reviewing', '联审中'], ['approved', '已核准'], ['scheduled', '已安排兑付'], ['paid', '已兑付'], ['rejected', '未通过'], ['draft', '草稿'], ['withdrawn', '已撤回'],
];

function Home() {
  const pt = usePT();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'queue';
  const clerk = session?.user.role === 'clerk' || session?.user.role === 'admin';
  return (
    <div className="portal" data-testid="workbench">
      <h1>
        {session?.user.displayName} <span className="muted small">{session?.roleLabel}</span>
      </h1>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          { key: 'queue', label: pt('queue'), children: <Queue /> },
          ...(session?.user.role !== 'reviewer' ? [{ key: 'registry', label: pt('registry'), children: <Registry canReveal={clerk} /> }] : []),
          ...(clerk ? [{ key: 'import', label: pt('import'), children: <Import /> }, { key: 'proactive', label: pt('proactive'), children: <Proactive /> }] : []),
          // Payments are the talent office's; administrators administer.
          ...(session?.user.role === 'clerk' ? [{ key: 'batches', label: pt('batches'), children: <Batches /> }] : []),
          ...(clerk ? [{ key: 'card-uses', label: '人才码使用', children: <UseStats /> }] : []),
          { key: 'messages', label: <MessagesLabel />, children: <Messages /> },
        ]}
      />
    </div>
  );
}

function Queue() {
  const pt = usePT();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? undefined;
  const matter = params.get('matter') ?? undefined;
  const overdue = params.get('overdue') === 'true';
  const mine = params.get('mine') === 'true';
  const q = params.get('q') ?? undefined;
  const [typed, setTyped] = useState(q ?? '');
  const { session } = useSession();
  const hasDepartment = !!session?.user.department;
  const matters = useLoad(() => api.matters(), []);
  const update = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  return (
    <>
      <Space wrap className="block filters">
        <Input.Search
          className="queue-search"
          placeholder={pt('queueSearch')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(v) => update('q', v.trim() || undefined)}
          allowClear
          enterButton
          aria-label={pt('queueSearch')}
          data-testid="queue-search"
        />
        <Select allowClear aria-label={pt('state')} placeholder={pt('allStates')} value={state} onChange={(v?: string) => update('state', v)} options={STATES.map(([value, label]) => ({ value, label }))} className="filter-select" data-testid="filter-state" />
        <Select allowClear aria-label={pt('matter')} placeholder={pt('allMatters')} value={matter} onChange={(v?: string) => update('matter', v)} options={(matters.data ?? []).map((m) => ({ value: m.code, label: m.name }))} className="filter-select" />
        <span>
          <Switch checked={overdue} onChange={(v) => update('overdue', v ? 'true' : undefined)} size="small" id="filter-overdue" aria-labelledby="filter-overdue-label" /> <label htmlFor="filter-overdue" id="filter-overdue-label">{pt('onlyOverdue')}</label>
        </span>
        {hasDepartment && (
          <span>
            <Switch checked={mine} onChange={(v) => update('mine', v ? 'true' : undefined)} size="small" data-testid="filter-mine" id="filter-mine" aria-labelledby="filter-mine-label" /> <label htmlFor="filter-mine" id="filter-mine-label">{pt('awaitingMyReview')}</label>
          </span>
        )}
        <Button href={api.applicationsExportUrl({ state, matter, overdue, q })} download data-testid="export-queue">
          {pt('exportQueue')}
        </Button>
      </Space>
      <ApplicationTable base="/workbench/applications" filters={{ state, matter, overdue, awaitingMyReview: mine, q }} pageSize={15} />
    </>
  );
}

function Registry({ canReveal }: { canReveal: boolean }) {
  const pt = usePT();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState<string>();
  return (
    <>
      <Input.Search className="block registry-search" aria-label={pt('search')} placeholder={pt('search')} value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => setQuery(v.trim() || undefined)} allowClear enterButton data-testid="registry-search" />
      <PersonTable
        q={query}
        extra={(p) => (
          <>
            {canReveal && <Reveal p={p} />}
            <RecognitionsButton p={p} canRevoke={canReveal} />
            {canReveal && <PersonFactsButton p={p} />}
          </>
        )}
        showBank
      />
      <div className="mt">
        <Button onClick={() => void downloadBlob(api.exportPersons('xlsx'), 'persons.xlsx')}>{pt('exportPersons')}</Button>
      </div>
    </>
  );
}

async function downloadBlob(p: Promise<Blob>, name: string) {
  try {
    const blob = await p;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    void message.error(failText(e));
  }
}

function Reveal({ p }: { p: Person }) {
  const pt = usePT();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [touched, setTouched] = useState(false);
  const [value, setValue] = useState<string>();
  const [err, setErr] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (value) return <b className="revealed">{value}</b>;
  const pErr = touched ? purposeError(purpose) : undefined;
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid={`reveal-${p.id}`}>
        {pt('reveal')}
      </Button>
      <Modal
        open={open}
        title={`${pt('reveal')}：${p.name}`}
        onCancel={() => setOpen(false)}
        okText={pt('confirm')}
        cancelText={pt('cancel')}
        confirmLoading={busy}
        onOk={() => {
          setTouched(true);
          if (purposeError(purpose)) return;
          setBusy(true);
          api.reveal(p.id, 'idNumber', purpose).then(
            (r) => {
              setValue(typeof r.value === 'string' ? r.value : '—');
              setOpen(false);
            },
            (e: unknown) => {
              setErr(failText(e));
              setBusy(false);
            },
          );
        }}
      >
        {err && <Alert type="error" title={err} className="block" />}
        <Form layout="vertical">
          <Field label={pt('revealPurpose')} validateStatus={pErr ? 'error' : undefined} help={pErr}>
            <Input value={purpose} onChange={(e) => { setPurpose(e.target.value); setTouched(true); }} data-testid="reveal-purpose" />
          </Field>
        </Form>
      </Modal>
    </>
  );
}

function Import() {
  const pt = usePT();
  const [kind, setKind] = useState<'persons' | 'employers'>('persons');
  const [report, setReport] = useState<ImportReport>();
  const [err, setErr] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Card size="small" title={pt('import')}>
      <p className="muted">{pt('importHint')}</p>
      <Space wrap className="block">
        <Select aria-label={pt('import')} value={kind} onChange={setKind} options={[{ value: 'persons', label: pt('importPersons') }, { value: 'employers', label: pt('importEmployers') }]} className="filter-select" data-testid="import-kind" />
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(file) => {
            setBusy(true);
            setErr(undefined);
            setReport(undefined);
            api.importFile(kind, file).then(
              (r) => {
                setReport(r);
                setBusy(false);
              },
              (e: unknown) => {
                setErr(failText(e));
                setBusy(false);
              },
            );
            return false;
          }}
        >
          <Button type="primary" loading={busy} data-testid="import-file">
            {pt('upload')}
          </Button>
        </Upload>
      </Space>
      <ImportHelp kind={kind} />
      {err && <Alert type="error" title={err} className="block" />}
      {report && (
        <div data-testid="import-report">
          <div className="totals block">
            <Statistic title={pt('total')} value={report.total} />
            <Statistic title={pt('inserted')} value={report.inserted} />
            <Statistic title={pt('rejected')} value={report.rejected} />
          </div>
          {report.errors.length > 0 && (
            <CardTable<ImportReport['errors'][number]>
              size="small"
              rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
              dataSource={report.errors}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: pt('row'), dataIndex: 'row', width: 80, card: 'title', render: (n: number) => `${pt('row')} ${n}` },
                { title: pt('column'), dataIndex: 'column', width: 160 },
                { title: pt('message'), dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}

function Batches() {
  const pt = usePT();
  const { session } = useSession();
  const [version, setVersion] = useState(0);
  const batches = useLoad(() => api.batches(), [version]);
  const regions = useLoad(() => api.regions(), []);
  const city = session?.user.region === 'quzhou_city';
  const [region, setRegion] = useState<string | undefined>(city ? undefined : session?.user.region);
  const [err, setErr] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID?.() ?? String(Date.now()));
  const [open, setOpen] = useState<number>();
  const [outcomes, setOutcomes] = useState<Record<number, BankOutcome>>({});
  // An import's report, kept per batch and shown in its panel (opened for it); a booked batch reloads.
  const outcome = (id: number) => (o: BankOutcome) => {
    setOutcomes((x) => ({ ...x, [id]: o }));
    setOpen(id);
    if ('ok' in o) {
      void message.success(pt('batchPaid'));
      setVersion((v) => v + 1);
    }
  };
  return (
    <>
      <Card size="small" title={pt('createBatch')} className="block">
        {err && <Alert type="error" title={err} className="block" data-testid="batch-error" />}
        <Space wrap>
          <Select
            placeholder={pt('batchRegion')}
            aria-label={pt('batchRegion')}
            value={region}
            onChange={setRegion}
            className="filter-select"
            data-testid="batch-region"
            options={(regions.data ?? []).filter((r) => city || r.code === session?.user.region).map((r) => ({ value: r.code, label: r.name }))}
          />
          <Button
            type="primary"
            disabled={!region}
            loading={busy}
            data-testid="create-batch"
            onClick={() => {
              if (!region) return;
              setBusy(true);
              setErr(undefined);
              api.createBatch(region, key).then(
                (b) => {
                  setBusy(false);
                  if (b.heldBack?.items) void message.warning(`${b.heldBack.items} ${pt('batchHeldBack')}（${formatFen(b.heldBack.totalFen)}）`, 8);
                  setKey(crypto.randomUUID?.() ?? String(Date.now()));
                  setVersion((v) => v + 1);
                },
                (e: unknown) => {
                  setBusy(false);
                  setErr(failText(e));
                },
              );
            }}
          >
            {pt('createBatch')}
          </Button>
        </Space>
      </Card>
      <Loading loaded={batches}>
        {(bs: Batch[]) => (
          <CardTable<Batch>
            size="small"
            rowKey="id"
            dataSource={bs}
            scroll={{ x: 640 }}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            className="batches"
            onRow={(b) => ({ onClick: () => setOpen(b.id), className: 'clickable-row' })}
            columns={[
              { title: '#', dataIndex: 'id', width: 56, card: 'hide', render: (id: number) => <a onClick={() => setOpen(id)} data-testid={`open-batch-${id}`}>#{id}</a> },
              { title: pt('batchRegion'), dataIndex: 'regionName', card: 'title', render: (n: string, b) => <span className="nowrap">{n} <span className="muted small">#{b.id}</span></span> },
              { title: pt('state'), dataIndex: 'stateLabel', card: 'extra', render: (s: string, b) => <Tag color={b.state === 'paid' ? 'green' : 'blue'} data-testid={`batch-state-${b.id}`}>{s}</Tag> },
              { title: pt('items'), dataIndex: 'items', align: 'right' },
              { title: pt('amount'), dataIndex: 'totalFen', align: 'right', render: (f: number) => <span className="nowrap">{formatFen(f)}</span> },
              { title: pt('createdAt'), dataIndex: 'createdAt', render: (s: string) => <span className="nowrap">{formatDateTime(s)}</span> },
              {
                title: pt('actions'),
                key: 'a',
                card: 'actions',
                render: (_: unknown, b) => (
                  <Space wrap onClick={(e) => e.stopPropagation()}>
                    <Button size="small" onClick={() => setOpen(b.id)} data-testid={`batch-lines-${b.id}`}>
                      {pt('openBatch')}
                    </Button>
                    <Button size="small" onClick={() => void downloadBlob(api.exportBatch(b.id), `batch-${b.id}.xlsx`)} data-testid={`export-batch-${b.id}`}>
                      {pt('exportBatch')}
                    </Button>
                    {b.state !== 'paid' && <BankResultUpload b={b} onOutcome={outcome(b.id)} />}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Loading>
      <BatchDrawer id={open} version={version} outcome={open !== undefined ? outcomes[open] : undefined} onClose={() => setOpen(undefined)} onOutcome={outcome(open ?? 0)} />
    </>
  );
}

/** 免申即享: who in my area qualifies for a matter without having applied; optionally create the applications. */
function Proactive() {
  const pt = usePT();
  const [result, setResult] = useState<{ scanned: number; candidates: Candidate[] }>();
  const [busy, setBusy] = useState<string>();
  const [err, setErr] = useState<string>();
  const run = (create: boolean) => {
    setBusy(create ? 'create' : 'scan');
    setErr(undefined);
    api.proactive(create).then(
      (r) => {
        setResult(r);
        setBusy(undefined);
      },
      (e: unknown) => {
        setErr(failText(e));
        setBusy(undefined);
      },
    );
  };
  return (
    <Card size="small" title={pt('proactive')}>
      <p className="muted">{pt('proactiveHint')}</p>
      <Space wrap className="block">
        <Button loading={busy === 'scan'} onClick={() => run(false)} data-testid="proactive-scan">{pt('proactiveScan')}</Button>
        <Button type="primary" loading={busy === 'create'} onClick={() => run(true)}>{pt('proactiveCreate')}</Button>
      </Space>
      {err && <Alert type="error" title={err} className="block" />}
      {result && <div className="block">{`${pt('proactiveScanned')} ${result.scanned}`}</div>}
      {result && (
        <CardTable<Candidate>
          size="small"
          rowKey={(c) => `${c.personId}-${c.matter}`}
          dataSource={result.candidates}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 560 }}
          columns={[
            { title: pt('name'), dataIndex: 'name', card: 'title' },
            { title: pt('region'), dataIndex: 'regionName' },
            { title: pt('matter'), dataIndex: 'matterName' },
            { title: pt('amount'), dataIndex: 'amountText', align: 'right' },
            { title: pt('applications'), dataIndex: 'createdApplicationId', render: (id?: number) => (id ? <Link to={`/workbench/applications/${id}`}>#{id}</Link> : '—') },
          ]}
        />
      )}
    </Card>
  );
}
