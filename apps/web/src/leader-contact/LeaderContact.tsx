// The talent office's page (/leader-contact, 领导联系人才): the talents assigned to leaders (assign or
// reassign one; ID numbers masked), the contact log, the problems raised (in the pool, or this module's
// list answered here), coverage by county and leader, the service teams (人才服务团) with the problems
// they solved, and the yearly satisfaction survey with results by county (样本不足 below 5 answers).

import { useState } from 'react';
import { Alert, Button, Input, InputNumber, Select, Space, Table, Tabs, Tag, message } from 'antd';
import { api, failText } from '../api';
import { useLoad } from '../hooks';
import { todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { CardTable } from '../ui/card-table';
import { useSession } from '../session';
import { lcApi, pct, type Contact, type CoverageRow, type Problem, type ResultRow, type Talent, type Team } from './api';
import { TalentDrawer, TalentTable } from './MyTalents';

function AssignForm({ onDone }: { onDone: () => void }) {
  const leaders = useLoad(() => lcApi.leaders(), []);
  const [personId, setPersonId] = useState<number | null>(null);
  const [leaderId, setLeaderId] = useState<number>();
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      const t = await lcApi.assign(personId ?? NaN, leaderId ?? NaN);
      setError(undefined);
      void message.success(`已安排${t.leaderName}联系${t.name}`);
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Space wrap align="start" data-testid="lc-assign">
      <InputNumber aria-label="人才库编号" placeholder="人才库编号" min={1} value={personId} onChange={(v) => setPersonId(v)} style={{ width: 140 }} />
      <Select aria-label="联系领导" placeholder="联系领导" style={{ width: 220 }} value={leaderId} onChange={(v: number) => setLeaderId(v)} options={(leaders.data ?? []).map((l) => ({ value: l.id, label: l.name }))} />
      <Button type="primary" onClick={() => void submit()}>安排联系（改派保留历史）</Button>
      {error && <Alert type="error" showIcon title={error} />}
    </Space>
  );
}

function ContactTable({ rows }: { rows: Contact[] }) {
  return (
    <CardTable<Contact>
      data-testid="lc-contacts"
      rowKey="id"
      dataSource={rows}
      pagination={{ pageSize: 20 }}
      locale={{ emptyText: '暂无联系记录' }}
      columns={[
        { title: '联系日期', dataIndex: 'contactedOn', card: 'title' },
        { title: '人才', dataIndex: 'personName' },
        { title: '县（市、区）', dataIndex: 'regionName' },
        { title: '联系领导', dataIndex: 'leaderName' },
        { title: '方式', dataIndex: 'wayLabel' },
        { title: '内容', dataIndex: 'content' },
        { title: '反映问题', dataIndex: 'problems', render: (v: Problem[]) => (v.length ? `${v.length} 个` : '—') },
      ]}
    />
  );
}

function ProblemTable({ rows, teams, onChanged }: { rows: Problem[]; teams: Team[]; onChanged: () => void }) {
  const [answer, setAnswer] = useState<Record<number, { text: string; teamId?: number }>>({});
  const solve = async (p: Problem) => {
    try {
      const a = answer[p.id];
      await lcApi.solve(p.id, { answer: a?.text ?? '', ...(a?.teamId ? { teamId: a.teamId } : {}) });
      void message.success('已登记解决情况');
      onChanged();
    } catch (e) {
      void message.error(failText(e));
    }
  };
  return (
    <CardTable<Problem>
      data-testid="lc-problems"
      rowKey="id"
      dataSource={rows}
      pagination={{ pageSize: 20 }}
      locale={{ emptyText: '暂无人才反映的问题' }}
      columns={[
        { title: '问题', dataIndex: 'description', card: 'title' },
        { title: '状态', dataIndex: 'stateLabel', card: 'extra', render: (v: string, p: Problem) => <Tag color={p.state === 'solved' ? 'success' : p.where === 'pool' ? 'blue' : 'warning'}>{v}</Tag> },
        { title: '类别', dataIndex: 'categoryLabel' },
        { title: '人才', dataIndex: 'personName' },
        { title: '县（市、区）', dataIndex: 'regionName' },
        { title: '反映日期', dataIndex: 'contactedOn' },
        { title: '答复', dataIndex: 'answer', render: (v: string | null, p: Problem) => (v ? `${v}（${p.solvedBy}，${p.solvedOn}）` : '') },
        {
          title: '操作',
          card: 'actions',
          render: (_: unknown, p: Problem) =>
            p.where === 'own' && p.state === 'open' ? (
              <Space wrap>
                <Input aria-label="解决情况" placeholder="解决情况" value={answer[p.id]?.text ?? ''} onChange={(e) => setAnswer({ ...answer, [p.id]: { ...answer[p.id], text: e.target.value } })} />
                <Select aria-label="承办的服务团" placeholder="承办的服务团" allowClear style={{ width: 200 }} value={answer[p.id]?.teamId} onChange={(v: number | undefined) => setAnswer({ ...answer, [p.id]: { text: answer[p.id]?.text ?? '', teamId: v } })} options={teams.filter((t) => t.regionName === p.regionName).map((t) => ({ value: t.id, label: t.name }))} />
                <Button size="small" type="primary" onClick={() => void solve(p)}>登记解决</Button>
              </Space>
            ) : null,
        },
      ]}
    />
  );
}

function CoverageTable({ rows, first, testId }: { rows: CoverageRow[]; first: string; testId: string }) {
  return (
    <CardTable<CoverageRow>
      data-testid={testId}
      rowKey="key"
      dataSource={rows}
      pagination={false}
      columns={[
        { title: first, dataIndex: 'label', card: 'title' },
        { title: '联系的人才', dataIndex: 'assigned' },
        { title: '年内已联系', dataIndex: 'contacted' },
        { title: '覆盖率', dataIndex: 'share', render: (v: number | null) => pct(v) },
        ...[0, 1, 2, 3].map((q) => ({ title: `第${'一二三四'[q]}季度`, key: `q${q}`, render: (_: unknown, r: CoverageRow) => r.quarters[q] })),
        { title: '联系次数', dataIndex: 'contacts' },
      ]}
    />
  );
}

function Teams({ teams, onChanged }: { teams: Team[]; onChanged: () => void }) {
  const { session } = useSession();
  const [form, setForm] = useState({ region: session?.user.region === 'quzhou_city' ? 'kecheng' : (session?.user.region ?? ''), name: '', members: '' });
  const regions = useLoad(() => api.regions(), []);
  const [error, setError] = useState<string>();
  const create = async () => {
    // Members typed one a line: 姓名 单位
    const members = form.members.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => { const [name = '', ...unit] = l.split(/\s+/); return { name, unit: unit.join(' ') }; });
    try {
      await lcApi.createTeam({ region: form.region, name: form.name, members });
      setError(undefined);
      void message.success('已组建人才服务团');
      onChanged();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <>
      <CardTable<Team>
        data-testid="lc-teams"
        rowKey="id"
        dataSource={teams}
        pagination={false}
        locale={{ emptyText: '暂无人才服务团' }}
        columns={[
          { title: '名称', dataIndex: 'name', card: 'title' },
          { title: '县（市、区）', dataIndex: 'regionName' },
          { title: '成员', dataIndex: 'members', render: (v: Team['members']) => v.map((m) => `${m.name}（${m.unit}）`).join('、') },
          { title: '服务对象', key: 'served', render: (_: unknown, t: Team) => [...t.servedPersons.map((x) => x.name), ...t.servedEnterprises.map((x) => x.name)].join('、') || '—' },
          { title: '承接问题', key: 'handled', render: (_: unknown, t: Team) => t.ownProblems + t.poolProblems },
          { title: '已解决', dataIndex: 'solved' },
        ]}
      />
      <h3>组建人才服务团</h3>
      <Space direction="vertical" style={{ maxWidth: 520, width: '100%' }}>
        <label>县（市、区）<Select aria-label="县（市、区）" style={{ width: '100%' }} value={form.region || undefined} onChange={(v: string) => setForm({ ...form, region: v })} options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} /></label>
        <label>名称<Input aria-label="服务团名称" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></label>
        <label>成员（每行一人：姓名 单位）<Input.TextArea rows={3} aria-label="成员" value={form.members} onChange={(e) => setForm({ ...form, members: e.target.value })} /></label>
        {error && <Alert type="error" showIcon title={error} />}
        <Button type="primary" onClick={() => void create()}>组建</Button>
      </Space>
    </>
  );
}

function SurveyResults() {
  const year = Number(todayInChina().slice(0, 4));
  const [tick, setTick] = useState(0);
  const surveys = useLoad(() => lcApi.surveys(), [tick]);
  const opened = surveys.data?.some((s) => s.year === year);
  const results = useLoad(() => (opened ? lcApi.results(year) : Promise.resolve(null)), [opened, tick]);
  const open = async () => {
    try {
      await lcApi.openSurvey(year);
      setTick((t) => t + 1);
    } catch (e) {
      void message.error(failText(e));
    }
  };
  const itemLabels = surveys.data?.find((s) => s.year === year)?.items ?? [];
  return (
    <div data-testid="lc-survey">
      {!opened && surveys.data && <Button type="primary" onClick={() => void open()}>发起 {year} 年人才满意度调查</Button>}
      <Loading loaded={results}>
        {(r) =>
          r && (
            <>
              <p className="muted">{r.note}</p>
              <Table<ResultRow>
                rowKey="region"
                size="small"
                scroll={{ x: true }}
                pagination={false}
                dataSource={[...r.rows, r.total]}
                columns={[
                  { title: '县（市、区）', dataIndex: 'regionName' },
                  { title: '答卷数', dataIndex: 'responses' },
                  { title: '满意率', dataIndex: 'share', render: (v: number | null, x: ResultRow) => (x.insufficient ? '样本不足' : pct(v)) },
                  ...itemLabels.map((q, n) => ({ title: q.label, key: q.code, render: (_: unknown, x: ResultRow) => (x.insufficient ? '样本不足' : pct(x.items[n]?.share ?? null)) })),
                ]}
              />
              {r.rows.some((x) => x.comments.length) && <h3>意见建议</h3>}
              {r.rows.filter((x) => x.comments.length).map((x) => <p key={x.region}>{x.regionName}：{x.comments.join('；')}</p>)}
            </>
          )
        }
      </Loading>
    </div>
  );
}

function Page() {
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<Talent>();
  const changed = () => setTick((t) => t + 1);
  const year = todayInChina().slice(0, 4);
  const talents = useLoad(() => lcApi.talents(), [tick]);
  const contacts = useLoad(() => lcApi.contacts({ year }), [tick]);
  const problems = useLoad(() => lcApi.problems(), [tick]);
  const teams = useLoad(() => lcApi.teams(), [tick]);
  const cov = useLoad(() => lcApi.coverage(year), [tick]);
  return (
    <div className="portal" data-testid="leader-contact">
      <h1>领导联系服务高层次人才</h1>
      <p className="muted">高层次人才指第19条所列层次的人才（与人才一卡通同一口径）。每名人才同时只有一名联系领导。</p>
      <Tabs
        items={[
          { key: 'talents', label: '联系的人才', children: <><AssignForm onDone={changed} /><Loading loaded={talents}>{(rows) => <TalentTable rows={rows} onOpen={setOpen} showLeader />}</Loading></> },
          { key: 'contacts', label: '联系记录', children: <Loading loaded={contacts}>{(rows) => <ContactTable rows={rows} />}</Loading> },
          { key: 'problems', label: '反映的问题', children: <Loading loaded={problems}>{(rows) => <ProblemTable rows={rows} teams={teams.data ?? []} onChanged={changed} />}</Loading> },
          { key: 'coverage', label: '联系覆盖', children: <Loading loaded={cov}>{(c) => <><p className="muted">{c.note}</p><CoverageTable rows={[...c.byCounty, c.total]} first="县（市、区）" testId="lc-coverage-county" /><h3>按领导</h3><CoverageTable rows={c.byLeader} first="联系领导" testId="lc-coverage-leader" /></>}</Loading> },
          { key: 'teams', label: '人才服务团', children: <Loading loaded={teams}>{(rows) => <Teams teams={rows} onChanged={changed} />}</Loading> },
          { key: 'survey', label: '满意度调查', children: <SurveyResults /> },
        ]}
      />
      <TalentDrawer talent={open} onClose={() => setOpen(undefined)} onChanged={changed} />
    </div>
  );
}

export default function LeaderContact() {
  return (
    <RequireRole roles={['clerk', 'admin']}>
      <Page />
    </RequireRole>
  );
}
