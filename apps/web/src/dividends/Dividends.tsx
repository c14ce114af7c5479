// The office's 和盈 page (/dividends, 天台 clerks and the administrator): the civil-affairs low-income
// list (enter a household, import the list, masked names and ID numbers, the full values on request
// with a purpose), the selection steps as buttons on each household (村干部调查核实 → 相关部门联审 →
// 乡镇确认公示 → 审定备案), the public-notice list for download, and the yearly dividend rounds —
// set up, paid once per household and year, with their totals and per-village figures.

import { useState } from 'react';
import { Alert, Button, Card, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Upload, message } from 'antd';
import { failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { newRequestId } from '../enterprises/api';
import { dividendsApi, type Household, type HouseholdForm, type Round, type RoundForm, type Townships, type VillageFigure } from './api';

const COMPANY = '浙江和盈畜牧科技有限公司';

function saveBlob(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

function AddDialog({ meta, onClose, onDone }: { meta: Townships; onClose: () => void; onDone: () => void }) {
  const [form, setForm] = useState<HouseholdForm>({ headName: '', idNumber: '', townshipCode: '', villageCode: '', villageName: '', members: 1, listedFrom: todayInChina() });
  const [error, setError] = useState<string>();
  const set = (patch: Partial<HouseholdForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    try {
      await dividendsApi.add({ ...form, listedTo: form.listedTo || undefined });
      void message.success('已登记到低收入名单');
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title="登记低收入农户" onCancel={onClose} onOk={() => void submit()} okText="登记" cancelText="取消" data-testid="household-form">
      <Space direction="vertical" style={{ width: '100%' }}>
        <label>户主姓名<Input aria-label="户主姓名" value={form.headName} onChange={(e) => set({ headName: e.target.value })} /></label>
        <label>户主身份证号<Input aria-label="户主身份证号" value={form.idNumber} onChange={(e) => set({ idNumber: e.target.value })} /></label>
        <label>乡镇（街道）
          <Select style={{ width: '100%' }} aria-label="乡镇（街道）" value={form.townshipCode || undefined} onChange={(v: string) => set({ townshipCode: v, villageCode: form.villageCode || v })} options={meta.townships.map((t) => ({ value: t.code, label: t.name }))} />
        </label>
        <label>村代码（12 位，以乡镇代码开头）<Input aria-label="村代码" value={form.villageCode} onChange={(e) => set({ villageCode: e.target.value.trim() })} /></label>
        <label>村名<Input aria-label="村名" value={form.villageName} onChange={(e) => set({ villageName: e.target.value })} /></label>
        <label>家庭人口<InputNumber style={{ width: '100%' }} aria-label="家庭人口" min={1} max={30} value={form.members} onChange={(v) => set({ members: v ?? undefined })} /></label>
        <label>列入名单日期<Input type="date" aria-label="列入名单日期" value={form.listedFrom} onChange={(e) => set({ listedFrom: e.target.value })} /></label>
        <label>退出名单日期（仍在册不填）<Input type="date" aria-label="退出名单日期" value={form.listedTo ?? ''} onChange={(e) => set({ listedTo: e.target.value })} /></label>
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}

function StepDialog({ h, action, meta, onClose, onDone }: { h: Household; action: { code: string; label: string }; meta: Townships; onClose: () => void; onDone: () => void }) {
  const today = todayInChina();
  const [v, setV] = useState<Record<string, string | number | undefined>>({ selectionDate: today, noticeFrom: today, noticeDays: meta.defaultNoticeDays, company: COMPANY, shares: 1 });
  const [error, setError] = useState<string>();
  const set = (k: string, x: string | number | undefined) => setV((o) => ({ ...o, [k]: x }));
  const body: Record<string, Record<string, unknown>> = {
    verify: { selectionDate: v.selectionDate, note: v.note },
    review: { note: v.note },
    publicize: { noticeFrom: v.noticeFrom, noticeDays: v.noticeDays },
    file: { company: v.company, shares: v.shares },
    exclude: { reason: v.reason },
  };
  const submit = async () => {
    try {
      await dividendsApi.step(h.id, action.code, body[action.code] ?? {});
      void message.success(`${h.headName}户：${action.label}已登记`);
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title={`${action.label}：${h.headName}户（${h.villageName}）`} onCancel={onClose} onOk={() => void submit()} okText="确定" cancelText="取消" data-testid="step-form">
      <Space direction="vertical" style={{ width: '100%' }}>
        {action.code === 'verify' && (
          <>
            <label>遴选日期（该日须在低收入名单内）<Input type="date" aria-label="遴选日期" value={String(v.selectionDate ?? '')} onChange={(e) => set('selectionDate', e.target.value)} /></label>
            <label>村干部调查核实情况<Input.TextArea rows={3} aria-label="核实情况" value={String(v.note ?? '')} onChange={(e) => set('note', e.target.value)} /></label>
          </>
        )}
        {action.code === 'review' && <label>相关部门联审意见<Input.TextArea rows={3} aria-label="联审意见" value={String(v.note ?? '')} onChange={(e) => set('note', e.target.value)} /></label>}
        {action.code === 'publicize' && (
          <>
            <label>公示开始日期<Input type="date" aria-label="公示开始日期" value={String(v.noticeFrom ?? '')} onChange={(e) => set('noticeFrom', e.target.value)} /></label>
            <label>公示天数<InputNumber style={{ width: '100%' }} aria-label="公示天数" min={1} max={60} value={Number(v.noticeDays)} onChange={(x) => set('noticeDays', x ?? undefined)} /></label>
            <Alert type="info" showIcon title={meta.noticeDaysNote} />
          </>
        )}
        {action.code === 'file' && (
          <>
            <label>持股平台公司<Input aria-label="持股平台公司" value={String(v.company ?? '')} onChange={(e) => set('company', e.target.value)} /></label>
            <label>持股份数<InputNumber style={{ width: '100%' }} aria-label="持股份数" min={1} value={Number(v.shares)} onChange={(x) => set('shares', x ?? undefined)} /></label>
          </>
        )}
        {action.code === 'exclude' && <label>不列入的理由<Input.TextArea rows={3} aria-label="不列入的理由" value={String(v.reason ?? '')} onChange={(e) => set('reason', e.target.value)} /></label>}
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}

function RevealDialog({ h, onClose }: { h: Household; onClose: () => void }) {
  const [purpose, setPurpose] = useState('');
  const [shown, setShown] = useState<{ headName: string; idNumber: string }>();
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      setShown(await dividendsApi.reveal(h.id, purpose));
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title="查看户主完整信息" onCancel={onClose} onOk={shown ? onClose : () => void submit()} okText={shown ? '关闭' : '查看'} cancelText="取消">
      {shown ? (
        <p data-testid="revealed">户主：{shown.headName}，身份证号：{shown.idNumber}</p>
      ) : (
        <label>查看用途（记入审计日志）<Input aria-label="查看用途" value={purpose} onChange={(e) => setPurpose(e.target.value)} /></label>
      )}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

function HouseholdsTab({ meta }: { meta: Townships }) {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<string>();
  const loaded = useLoad(() => dividendsApi.households(state), [tick, state]);
  const [adding, setAdding] = useState(false);
  const [stepping, setStepping] = useState<{ h: Household; action: { code: string; label: string } }>();
  const [revealing, setRevealing] = useState<Household>();
  const done = () => {
    setAdding(false);
    setStepping(undefined);
    setTick((t) => t + 1);
  };
  const exportList = async (s: 'notice' | 'filed') => {
    try {
      saveBlob(await dividendsApi.exportNotice(s), s === 'notice' ? '和盈持股对象公示名单.xlsx' : '和盈持股对象备案名单.xlsx');
    } catch (e) {
      void message.error(failText(e));
    }
  };
  return (
    <>
      <Space wrap className="block">
        <Button type="primary" onClick={() => setAdding(true)} data-testid="add-household">登记农户</Button>
        <Upload
          showUploadList={false}
          accept=".xlsx,.csv"
          customRequest={({ file, onSuccess, onError }) => {
            dividendsApi
              .importFile(file as File)
              .then((r) => {
                onSuccess?.({});
                void message.success(`已导入 ${r.imported} 户`);
                setTick((t) => t + 1);
              })
              .catch((e: unknown) => {
                Modal.error({ title: '导入未完成（未导入任何一户）', content: failText(e) });
                onError?.(e as Error);
              });
          }}
        >
          <Button data-testid="import-households">导入低收入名单</Button>
        </Upload>
        <Button onClick={() => void exportList('notice')} data-testid="export-notice">导出公示名单</Button>
        <Button onClick={() => void exportList('filed')}>导出备案名单</Button>
        <Select allowClear placeholder="全部状态" style={{ width: 220 }} aria-label="遴选状态" value={state} onChange={setState} options={[
          { value: 'listed', label: '在册（待村级核实）' }, { value: 'verified', label: '村级已核实' }, { value: 'reviewed', label: '部门联审通过' },
          { value: 'notice', label: '公示中' }, { value: 'filed', label: '已审定备案' }, { value: 'excluded', label: '未列入' },
        ]} />
      </Space>
      <p className="muted">导入表格的列：{meta.importColumns.join('、')}（全部正确才导入）。</p>
      <Loading loaded={loaded}>
        {(rows) => (
          <Table<Household>
            size="small"
            rowKey="id"
            dataSource={rows}
            data-testid="households"
            scroll={{ x: 960 }}
            locale={{ emptyText: '暂无低收入农户' }}
            columns={[
              { title: '户主', render: (_: unknown, h: Household) => <span>{h.headName} <Button size="small" type="link" onClick={() => setRevealing(h)}>完整信息</Button></span> },
              { title: '身份证号', dataIndex: 'idNumber' },
              { title: '乡镇（街道）/ 村', render: (_: unknown, h: Household) => <span>{h.townshipName} · {h.villageName} <span className="code-secondary nowrap">{h.villageCode}</span></span> },
              { title: <span className="nowrap">家庭人口</span>, dataIndex: 'members', align: 'right' as const },
              { title: '在册期间', render: (_: unknown, h: Household) => <span className="nowrap">{h.listedFrom} 至 {h.listedTo ?? '今'}</span> },
              { title: '遴选状态', render: (_: unknown, h: Household) => <span><Tag color={h.state === 'filed' ? 'green' : h.state === 'excluded' ? 'default' : 'blue'}>{h.stateLabel}</Tag>{h.state === 'notice' && h.noticeTo ? `公示至 ${h.noticeTo}` : ''}{h.state === 'filed' ? `${h.company} ${h.shares} 股` : ''}</span> },
              { title: '办理', render: (_: unknown, h: Household) => <Space wrap>{h.actions.map((a) => <Button key={a.code} size="small" danger={a.code === 'exclude'} onClick={() => setStepping({ h, action: a })}>{a.label}</Button>)}</Space> },
            ]}
          />
        )}
      </Loading>
      {adding && <AddDialog meta={meta} onClose={() => setAdding(false)} onDone={done} />}
      {stepping && <StepDialog h={stepping.h} action={stepping.action} meta={meta} onClose={() => setStepping(undefined)} onDone={done} />}
      {revealing && <RevealDialog h={revealing} onClose={() => setRevealing(undefined)} />}
    </>
  );
}

function RoundDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const today = todayInChina();
  const [form, setForm] = useState<RoundForm>({ year: Number(today.slice(0, 4)), company: COMPANY, basis: 'per_household', amountFen: 1000_00, paidOn: today });
  const [error, setError] = useState<string>();
  const set = (patch: Partial<RoundForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    try {
      await dividendsApi.createRound(form);
      void message.success('已设立年度分红');
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title="设立年度分红" onCancel={onClose} onOk={() => void submit()} okText="设立" cancelText="取消" data-testid="round-form">
      <Space direction="vertical" style={{ width: '100%' }}>
        <label>年度<InputNumber style={{ width: '100%' }} aria-label="年度" value={form.year} onChange={(v) => set({ year: v ?? undefined })} /></label>
        <label>持股平台公司<Input aria-label="持股平台公司" value={form.company} onChange={(e) => set({ company: e.target.value })} /></label>
        <label>分红方式
          <Select style={{ width: '100%' }} aria-label="分红方式" value={form.basis} onChange={(v: string) => set({ basis: v })} options={[{ value: 'per_household', label: '按户（每户金额）' }, { value: 'per_share', label: '按股（每股金额）' }]} />
        </label>
        <label>金额（元）<InputNumber style={{ width: '100%' }} aria-label="金额（元）" min={0.01} precision={2} value={form.amountFen === undefined ? undefined : form.amountFen / 100} onChange={(v) => set({ amountFen: v === null ? undefined : Math.round(v * 100) })} /></label>
        <label>发放日期<Input type="date" aria-label="发放日期" value={form.paidOn} onChange={(e) => set({ paidOn: e.target.value })} /></label>
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}

function RoundsTab() {
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => dividendsApi.rounds(), [tick]);
  const [creating, setCreating] = useState(false);
  const [result, setResult] = useState<string>();
  const pay = (r: Round) => {
    const key = newRequestId();
    Modal.confirm({
      title: `发放 ${r.year} 年度分红`,
      content: `将向 ${r.unpaidHouseholds} 户尚未发放的持股对象发放分红（${r.basisLabel} ${formatFen(r.amountFen)}），经台账记账，每户每年只发放一次。`,
      okText: '发放',
      cancelText: '取消',
      onOk: async () => {
        try {
          const run = await dividendsApi.pay(r.id, key);
          setResult(`${run.year} 年度分红已发放 ${run.households.length} 户，合计 ${formatFen(run.totalFen)}`);
        } catch (e) {
          setResult(failText(e));
        }
        setTick((t) => t + 1);
      },
    });
  };
  return (
    <>
      <Space wrap className="block">
        <Button type="primary" onClick={() => setCreating(true)} data-testid="add-round">设立年度分红</Button>
      </Space>
      {result && <Alert type="info" showIcon className="block" title={result} data-testid="pay-result" />}
      <Loading loaded={loaded}>
        {(rounds) => (
          <Table<Round>
            size="small"
            rowKey="id"
            dataSource={rounds}
            data-testid="rounds"
            scroll={{ x: 900 }}
            pagination={false}
            locale={{ emptyText: '暂无分红轮次' }}
            expandable={{
              expandedRowRender: (r) => (
                <Table<VillageFigure>
                  size="small"
                  rowKey="villageCode"
                  pagination={false}
                  dataSource={r.byVillage}
                  locale={{ emptyText: '尚未发放' }}
                  columns={[
                    { title: '乡镇（街道）', dataIndex: 'townshipName' },
                    { title: '村', render: (_: unknown, v: VillageFigure) => <span>{v.villageName} <span className="code-secondary">{v.villageCode}</span></span> },
                    { title: '户数', dataIndex: 'households', align: 'right' as const },
                    { title: '股数', dataIndex: 'shares', align: 'right' as const },
                    { title: '分红金额', render: (_: unknown, v: VillageFigure) => formatFen(v.amountFen), align: 'right' as const },
                  ]}
                />
              ),
            }}
            columns={[
              { title: '年度', dataIndex: 'year' },
              { title: '持股平台公司', dataIndex: 'company' },
              { title: '分红标准', render: (_: unknown, r: Round) => `${r.basisLabel} ${formatFen(r.amountFen)}` },
              { title: '发放日期', dataIndex: 'paidOn' },
              { title: '已发放户数', dataIndex: 'paidHouseholds', align: 'right' as const },
              { title: '合计', render: (_: unknown, r: Round) => <span data-testid={`round-total-${r.year}`}>{formatFen(r.totalFen)}</span>, align: 'right' as const },
              { title: '未发放', dataIndex: 'unpaidHouseholds', align: 'right' as const },
              { title: '操作', fixed: 'right' as const, render: (_: unknown, r: Round) => (r.unpaidHouseholds > 0 ? <Button size="small" type="primary" onClick={() => pay(r)} data-testid={`pay-${r.year}`}>发放</Button> : <Tag color="green" data-testid={`paid-${r.year}`}>已全部发放</Tag>) },
            ]}
          />
        )}
      </Loading>
      {creating && <RoundDialog onClose={() => setCreating(false)} onDone={() => { setCreating(false); setTick((t) => t + 1); }} />}
    </>
  );
}

function Page() {
  const meta = useLoad(() => dividendsApi.townships(), []);
  return (
    <div data-testid="dividends-page">
      <h1>和盈持股分红（天台县）</h1>
      <Alert
        type="info"
        showIcon
        className="block"
        title="根据民政低收入在册名单，村干部调查核实，相关部门联审，乡镇确认公示，审定备案，精准圈定持股对象；持股农户每年分红一次。"
      />
      <Loading loaded={meta}>
        {(m) => (
          <Card size="small">
            <Tabs
              items={[
                { key: 'list', label: '低收入名单与遴选', children: <HouseholdsTab meta={m} /> },
                { key: 'rounds', label: '年度分红', children: <RoundsTab /> },
              ]}
            />
          </Card>
        )}
      </Loading>
    </div>
  );
}

const ROLES: Role[] = ['clerk', 'admin'];
export default function Dividends() {
  return (
    <RequireRole roles={ROLES}>
      <Page />
    </RequireRole>
  );
}
