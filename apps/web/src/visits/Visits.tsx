// The office's visits page (/visits): record a visit (the enterprise, the day, who went, topics,
// notes and the problems found, each going into the problem pool), the visits of one's regions or
// one's own (我的走访), and coverage per county and year with the Excel export. Opened from an
// enterprise code's page with ?enterprise=<id>, the form starts with that enterprise chosen.

import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Input, Modal, Select, Space, Table, Tabs, message } from 'antd';
import { failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { entApi, newRequestId } from '../enterprises/api';
import { visitsApi, type CoverageRow, type Visit, type VisitForm } from './api';

const blank = (enterpriseId?: number): VisitForm => ({ enterpriseId, visitedOn: todayInChina(), companions: [], topics: [], notes: '', problems: [] });

function RecordForm({ open, initial, onClose, onDone }: { open: boolean; initial: VisitForm; onClose: () => void; onDone: () => void }) {
  const options = useLoad(() => Promise.all([visitsApi.enterprises(), visitsApi.topics(), entApi.catalogues()]), []);
  const [form, setForm] = useState<VisitForm>(initial);
  const [key] = useState(newRequestId);
  const [errors, setErrors] = useState<string>();
  const set = (patch: Partial<VisitForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    try {
      const v = await visitsApi.record({ ...form, problems: form.problems.filter((x) => x.category || x.description) }, key);
      void message.success(`已登记走访${v.problemIds.length ? `，${v.problemIds.length} 个问题已进入问题池` : ''}`);
      onDone();
    } catch (e) {
      setErrors(failText(e));
    }
  };
  return (
    <Modal open={open} title="登记走访" onCancel={onClose} onOk={() => void submit()} okText="提交" cancelText="取消" width={640} data-testid="visit-form">
      <Loading loaded={options}>
        {([ents, topics, cat]) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <label>走访企业
              <Select showSearch optionFilterProp="label" style={{ width: '100%' }} aria-label="走访企业" value={form.enterpriseId} onChange={(v: number) => set({ enterpriseId: v })} options={ents.map((e) => ({ value: e.id, label: `${e.name}（${e.regionName}）` }))} />
            </label>
            <label>走访日期
              <Input type="date" aria-label="走访日期" value={form.visitedOn} max={todayInChina()} onChange={(e) => set({ visitedOn: e.target.value })} />
            </label>
            <label>同行人员（登记人之外，用顿号分隔）
              <Input aria-label="同行人员" value={form.companions.join('、')} onChange={(e) => set({ companions: e.target.value.split(/[、,，]/) })} />
            </label>
            <div>走访主题：
              <Checkbox.Group style={{ marginLeft: 8 }} aria-label="走访主题" value={form.topics} onChange={(v) => set({ topics: v as string[] })} options={topics.map((t) => ({ value: t.code, label: t.label }))} />
            </div>
            <label>走访情况
              <Input.TextArea rows={3} aria-label="走访情况" value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
            </label>
            <div>发现的问题（提交后进入问题池，按类别交承办部门）</div>
            {form.problems.map((p, n) => (
              <Space key={n} wrap>
                <Select style={{ width: 140 }} aria-label={`问题 ${n + 1} 类别`} placeholder="问题类别" value={p.category || undefined} onChange={(v: string) => set({ problems: form.problems.map((x, i) => (i === n ? { ...x, category: v } : x)) })} options={cat.categories.map((c) => ({ value: c.code, label: `${c.label}（${c.departmentName}）` }))} />
                <Input style={{ width: 320 }} aria-label={`问题 ${n + 1} 描述`} placeholder="问题描述" value={p.description} onChange={(e) => set({ problems: form.problems.map((x, i) => (i === n ? { ...x, description: e.target.value } : x)) })} />
                <Button size="small" onClick={() => set({ problems: form.problems.filter((_, i) => i !== n) })}>删除</Button>
              </Space>
            ))}
            <Button size="small" onClick={() => set({ problems: [...form.problems, { category: '', description: '' }] })}>添加问题</Button>
            {errors && <Alert type="error" showIcon title={errors} />}
          </Space>
        )}
      </Loading>
    </Modal>
  );
}

function VisitTable({ rows }: { rows: Visit[] }) {
  return (
    <Table<Visit>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid="visit-list"
      scroll={{ x: 720 }}
      locale={{ emptyText: '暂无走访记录' }}
      columns={[
        { title: '走访日期', dataIndex: 'visitedOn' },
        { title: '企业', dataIndex: 'enterpriseName' },
        { title: '县（市、区）', dataIndex: 'regionName' },
        { title: '走访人员', render: (_: unknown, v: Visit) => [v.recordedBy, ...v.companions].join('、') },
        { title: '主题', render: (_: unknown, v: Visit) => v.topicLabels.join('、') },
        { title: '走访情况', dataIndex: 'notes' },
        { title: '发现问题', render: (_: unknown, v: Visit) => `${v.problemIds.length} 个`, align: 'right' as const },
      ]}
    />
  );
}

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

function CoverageTable({ year }: { year: string }) {
  const loaded = useLoad(() => visitsApi.coverage(year), [year]);
  const exportXlsx = async () => {
    try {
      const blob = await visitsApi.exportXlsx(year);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `企业走访${year}.xlsx`;
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (e) {
      void message.error(failText(e));
    }
  };
  return (
    <Loading loaded={loaded}>
      {(c) => (
        <>
          <Table<CoverageRow>
            size="small"
            rowKey="regionName"
            data-testid="visit-coverage"
            pagination={false}
            scroll={{ x: 720 }}
            dataSource={[...c.rows, c.total]}
            columns={[
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '已核验企业', dataIndex: 'enterprises', align: 'right' as const },
              { title: '已走访企业', dataIndex: 'visited', align: 'right' as const },
              { title: '覆盖率', render: (_: unknown, r: CoverageRow) => pct(r.share), align: 'right' as const },
              { title: '大中型企业覆盖率', render: (_: unknown, r: CoverageRow) => `${pct(r.largeMediumShare)}（${r.largeMediumVisited}/${r.largeMedium}）`, align: 'right' as const },
              { title: '走访次数', dataIndex: 'visits', align: 'right' as const },
              { title: '走访发现问题', dataIndex: 'problems', align: 'right' as const },
            ]}
          />
          <Alert type="info" showIcon className="block" title={c.note} />
          <Button onClick={() => void exportXlsx()} data-testid="export-visits">导出 Excel</Button>
        </>
      )}
    </Loading>
  );
}

function Page() {
  const [params] = useSearchParams();
  const preset = Number(params.get('enterprise')) || undefined;
  const [formOpen, setFormOpen] = useState(preset !== undefined);
  const [tick, setTick] = useState(0);
  const thisYear = todayInChina().slice(0, 4);
  const [year, setYear] = useState(thisYear);
  const all = useLoad(() => visitsApi.list({ year }), [tick, year]);
  const mine = useLoad(() => visitsApi.list({ mine: '1' }), [tick]);
  const years = Array.from({ length: 4 }, (_, i) => String(Number(thisYear) - i));
  return (
    <div data-testid="visits-page">
      <h1>企业走访</h1>
      <Space wrap className="block">
        <Button type="primary" onClick={() => setFormOpen(true)} data-testid="record-visit">登记走访</Button>
        <Select value={year} onChange={setYear} style={{ width: 120 }} aria-label="年度" options={years.map((y) => ({ value: y, label: `${y} 年` }))} />
      </Space>
      <Card size="small" title={`${year} 年走访覆盖情况`} className="block">
        <CoverageTable year={year} />
      </Card>
      <Tabs
        items={[
          { key: 'mine', label: '我的走访', children: <Loading loaded={mine}>{(rows) => <VisitTable rows={rows} />}</Loading> },
          { key: 'all', label: `${year} 年走访记录`, children: <Loading loaded={all}>{(rows) => <VisitTable rows={rows} />}</Loading> },
        ]}
      />
      {formOpen && <RecordForm open initial={blank(preset)} onClose={() => setFormOpen(false)} onDone={() => { setFormOpen(false); setTick((t) => t + 1); }} />}
    </div>
  );
}

const ROLES: Role[] = ['clerk', 'leader', 'admin', 'reviewer'];
export default function Visits() {
  return (
    <RequireRole roles={ROLES}>
      <Page />
    </RequireRole>
  );
}
