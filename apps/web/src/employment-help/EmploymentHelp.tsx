// The office's employment-help page (/employment-help, 就业帮扶): the files of the key groups in one's
// regions (filter, open a file, open one to assign or reassign a helper), the helpers with their
// communities and caseloads, and the figures by county and month (served, helped, employed).

import { useState } from 'react';
import { Alert, Button, Input, Modal, Select, Space, Table, Tabs, message } from 'antd';
import { failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { useSession } from '../session';
import { helpApi, type FigureRow, type Helper, type HelpPerson, type NewFile } from './api';
import { CaseDrawer, StatusTag } from './Case';

const blank = (): NewFile => ({ name: '', idNumber: '', group: 'registered_unemployed', communityCode: '', communityName: '', degree: 'none', major: '', skills: '', wishes: '', registeredOn: todayInChina() });

function NewFileForm({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const options = useLoad(() => Promise.all([helpApi.options(), helpApi.communities()]), []);
  const [form, setForm] = useState<NewFile>(blank);
  const [error, setError] = useState<string>();
  const set = (patch: Partial<NewFile>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    try {
      await helpApi.create(form);
      void message.success('已建立帮扶档案');
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title="建立帮扶档案" onCancel={onClose} onOk={() => void submit()} okText="建档" cancelText="取消" width={640} data-testid="new-file-form">
      <Loading loaded={options}>
        {([o, communities]) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <label>姓名<Input aria-label="姓名" value={form.name} onChange={(e) => set({ name: e.target.value })} /></label>
            <label>身份证号<Input aria-label="身份证号" value={form.idNumber} onChange={(e) => set({ idNumber: e.target.value })} /></label>
            <label>人员类别<Select style={{ width: '100%' }} aria-label="人员类别" value={form.group} onChange={(v: string) => set({ group: v })} options={o.groups.map((g) => ({ value: g.code, label: g.label }))} /></label>
            <label>所属社区（村）
              <Select style={{ width: '100%' }} aria-label="所属社区（村）" value={form.communityCode || undefined} placeholder={communities.length ? '选择社区（村）' : '本地区尚无帮扶工作人员负责的社区'} onChange={(v: string) => set({ communityCode: v, communityName: communities.find((k) => k.code === v)?.name ?? '' })} options={communities.map((k) => ({ value: k.code, label: `${k.regionName} ${k.name}` }))} />
            </label>
            <label>学历<Select style={{ width: '100%' }} aria-label="学历" value={form.degree} onChange={(v: string) => set({ degree: v })} options={o.degrees.map((g) => ({ value: g.code, label: g.label }))} /></label>
            <label>所学专业<Input aria-label="所学专业" value={form.major} onChange={(e) => set({ major: e.target.value })} /></label>
            <label>技能特长<Input aria-label="技能特长" value={form.skills} onChange={(e) => set({ skills: e.target.value })} /></label>
            <label>就业意愿<Input aria-label="就业意愿" value={form.wishes} onChange={(e) => set({ wishes: e.target.value })} /></label>
            <label>建档日期<Input type="date" aria-label="建档日期" value={form.registeredOn} max={todayInChina()} onChange={(e) => set({ registeredOn: e.target.value })} /></label>
            {error && <Alert type="error" showIcon title={error} />}
          </Space>
        )}
      </Loading>
    </Modal>
  );
}

/** The files as a table; a row's name opens the file. */
export function PersonTable({ rows, onOpen, testId }: { rows: HelpPerson[]; onOpen: (id: number) => void; testId: string }) {
  return (
    <Table<HelpPerson>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid={testId}
      scroll={{ x: 760 }}
      locale={{ emptyText: '暂无帮扶对象' }}
      columns={[
        { title: '姓名', render: (_: unknown, v: HelpPerson) => <Button type="link" size="small" onClick={() => onOpen(v.id)} data-testid={`open-case-${v.id}`}>{v.name}</Button> },
        { title: '人员类别', dataIndex: 'groupName' },
        { title: '社区（村）', render: (_: unknown, v: HelpPerson) => `${v.regionName} ${v.communityName}` },
        { title: '状态', render: (_: unknown, v: HelpPerson) => <StatusTag status={v.status} label={v.statusName} /> },
        { title: '帮扶工作人员', render: (_: unknown, v: HelpPerson) => v.helperName ?? '未指派' },
        { title: '最近联系', render: (_: unknown, v: HelpPerson) => (v.lastContactOn ? `${v.lastContactOn}（共 ${v.contactCount} 次）` : '—') },
      ]}
    />
  );
}

function Files() {
  const { session } = useSession();
  const [tick, setTick] = useState(0);
  const [status, setStatus] = useState<string>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<number>();
  const [creating, setCreating] = useState(false);
  const options = useLoad(() => helpApi.options(), []);
  const rows = useLoad(() => helpApi.persons({ status, q: q || undefined }), [tick, status, q]);
  const manages = session?.user.role === 'clerk' || session?.user.role === 'admin';
  return (
    <>
      <Space wrap className="block">
        {manages && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-file">建立帮扶档案</Button>}
        <Select allowClear style={{ width: 160 }} aria-label="状态" placeholder="全部状态" value={status} onChange={setStatus} options={(options.data?.statuses ?? []).map((s) => ({ value: s.code, label: s.label }))} />
        <Input.Search allowClear style={{ width: 200 }} aria-label="按姓名查找" placeholder="按姓名查找" onSearch={setQ} />
      </Space>
      <Loading loaded={rows}>{(list) => <PersonTable rows={list} onOpen={setOpen} testId="help-files" />}</Loading>
      {creating && <NewFileForm onClose={() => setCreating(false)} onDone={() => { setCreating(false); setTick((t) => t + 1); }} />}
      <CaseDrawer id={open} office onClose={() => setOpen(undefined)} onChanged={() => setTick((t) => t + 1)} />
    </>
  );
}

/** Sets a helper's communities: one a line, “12 位代码 名称”. */
function CommunitiesForm({ helper, onClose, onDone }: { helper: Helper; onClose: () => void; onDone: () => void }) {
  const [lines, setLines] = useState(helper.communities.map((k) => `${k.code} ${k.name}`).join('\n'));
  const [error, setError] = useState<string>();
  const submit = async () => {
    const communities = lines.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
      const [code = '', ...name] = l.split(/\s+/);
      return { code, name: name.join(' ') };
    });
    try {
      await helpApi.setCommunities(helper.id, communities);
      void message.success('已保存负责的社区（村）');
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title={`设置负责的社区（村）：${helper.displayName}`} onCancel={onClose} onOk={() => void submit()} okText="保存" cancelText="取消" data-testid="communities-form">
      <p className="muted">每行一个：12 位统计用区划代码、空格、社区（村）名称。代码须在{helper.regionName}范围内。</p>
      <Input.TextArea rows={6} aria-label="负责的社区（村）" value={lines} onChange={(e) => setLines(e.target.value)} />
      {error && <Alert type="error" showIcon className="block" title={error} />}
    </Modal>
  );
}

function Helpers() {
  const { session } = useSession();
  const [tick, setTick] = useState(0);
  const [editing, setEditing] = useState<Helper>();
  const loaded = useLoad(() => helpApi.helpers(), [tick]);
  const manages = session?.user.role === 'clerk' || session?.user.role === 'admin';
  return (
    <Loading loaded={loaded}>
      {(rows) => (
        <>
        <Table<Helper>
          size="small"
          rowKey="id"
          dataSource={rows}
          data-testid="help-helpers"
          scroll={{ x: 640 }}
          locale={{ emptyText: '本地区暂无帮扶工作人员账号（由系统管理员创建，角色为帮扶工作人员）' }}
          columns={[
            { title: '帮扶工作人员', dataIndex: 'displayName' },
            { title: '县（市、区）', dataIndex: 'regionName' },
            { title: '负责社区（村）', render: (_: unknown, h: Helper) => h.communities.map((k) => k.name).join('、') || '未设置' },
            { title: '在帮人数', dataIndex: 'active', align: 'right' as const },
            ...(manages ? [{ title: '操作', render: (_: unknown, h: Helper) => <Button size="small" onClick={() => setEditing(h)}>设置负责社区</Button> }] : []),
          ]}
        />
        {editing && <CommunitiesForm helper={editing} onClose={() => setEditing(undefined)} onDone={() => { setEditing(undefined); setTick((t) => t + 1); }} />}
        </>
      )}
    </Loading>
  );
}

function FiguresTable() {
  const thisYear = todayInChina().slice(0, 4);
  const [year, setYear] = useState(thisYear);
  const loaded = useLoad(() => helpApi.figures(year), [year]);
  const years = Array.from({ length: 4 }, (_, i) => String(Number(thisYear) - i));
  return (
    <>
      <Select className="block" value={year} onChange={setYear} style={{ width: 120 }} aria-label="年度" options={years.map((y) => ({ value: y, label: `${y} 年` }))} />
      <Loading loaded={loaded}>
        {(f) => (
          <>
            <Table<FigureRow>
              size="small"
              rowKey={(r) => `${r.region}${r.month}`}
              dataSource={[...f.rows, ...f.totals]}
              pagination={false}
              data-testid="help-figures"
              scroll={{ x: 640 }}
              locale={{ emptyText: `${f.year} 年暂无帮扶记录` }}
              columns={[
                { title: '县（市、区）', dataIndex: 'regionName' },
                { title: '月份', render: (_: unknown, r: FigureRow) => (r.month ? `${Number(r.month.slice(5))} 月` : `${f.year} 年合计`) },
                { title: '服务人数', dataIndex: 'served', align: 'right' as const },
                { title: '服务人次', dataIndex: 'contacts', align: 'right' as const },
                { title: '帮扶人数', dataIndex: 'helped', align: 'right' as const },
                { title: '实现就业', dataIndex: 'employed', align: 'right' as const },
              ]}
            />
            <Alert type="info" showIcon className="block" title={f.note} />
          </>
        )}
      </Loading>
    </>
  );
}

function Page() {
  return (
    <div data-testid="employment-help-page">
      <h1>就业帮扶</h1>
      <p className="muted">登记失业人员、就业困难人员、未就业高校毕业生的动态档案，“一对一”结对帮扶与岗位匹配。</p>
      <Tabs
        items={[
          { key: 'files', label: '帮扶档案', children: <Files /> },
          { key: 'helpers', label: '帮扶工作人员', children: <Helpers /> },
          { key: 'figures', label: '帮扶统计', children: <FiguresTable /> },
        ]}
      />
    </div>
  );
}

const ROLES: Role[] = ['clerk', 'leader', 'admin'];
export default function EmploymentHelp() {
  return (
    <RequireRole roles={ROLES}>
      <Page />
    </RequireRole>
  );
}
