// The workbench's projects, teams and platforms (/projects): the list by kind and county, and a
// project's page (/projects/:id) with its details, milestones, yearly assessments (record one),
// versions, instalments and receivable.

import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Input, InputNumber, Select, Space, Table } from 'antd';
import { api } from '../api';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { Loading, RequireRole } from '../ui/common';
import { useAction } from '../inkind/parts';
import { KINDS, projectApi, type Project } from './api';
import { ProjectFacts, ProjectMoneyView, ProjectVersions } from './parts';

export default function ProjectsOffice() {
  return (
    <RequireRole roles={['clerk', 'leader', 'admin']}>
      <List />
    </RequireRole>
  );
}

function List() {
  const [kind, setKind] = useState<string>();
  const [region, setRegion] = useState<string>();
  const regions = useLoad(() => api.regions(), []);
  const list = useLoad(() => projectApi.list({ kind, region }), [kind, region]);
  return (
    <div data-testid="projects-office">
      <h1>项目、团队与平台</h1>
      <Space wrap className="block">
        <Select aria-label="类型" allowClear placeholder="全部类型" value={kind} onChange={setKind} options={KINDS} style={{ width: 220 }} data-testid="projects-kind" />
        <Select aria-label="县（市、区）" allowClear placeholder="全部县（市、区）" value={region} onChange={setRegion} options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} style={{ width: 180 }} />
      </Space>
      <Loading loaded={list}>
        {(rows) => (
          <Table<Project>
            size="small"
            rowKey="id"
            dataSource={rows}
            scroll={{ x: 720 }}
            locale={{ emptyText: '暂无记录' }}
            columns={[
              { title: '名称', key: 'name', render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
              { title: '类型', dataIndex: 'kindText' },
              { title: '所属企业', dataIndex: 'employerName' },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '落地（设立）', dataIndex: 'startedOn', render: (v: string | null) => v ?? '—' },
              { title: '最近考核', key: 'a', render: (_, p) => { const a = p.assessments[p.assessments.length - 1]; return a ? `${a.year} 年度${a.outcomeText}` : '—'; } },
            ]}
          />
        )}
      </Loading>
    </div>
  );
}

export function ProjectPage() {
  return (
    <RequireRole roles={['clerk', 'leader', 'admin']}>
      <Detail />
    </RequireRole>
  );
}

function Detail() {
  const id = Number(useParams().id);
  const { session } = useSession();
  const [reload, setReload] = useState(0);
  const project = useLoad(() => projectApi.get(id), [id, reload]);
  return (
    <div data-testid="project-page">
      <p><Link to="/projects">← 项目、团队与平台</Link></p>
      <Loading loaded={project} notFound="未找到该项目（或无权查看）">
        {(p) => (
          <>
            <h1>{p.name}</h1>
            <ProjectFacts p={p} />
            {session?.user.role === 'clerk' && <Assess id={p.id} done={() => setReload((n) => n + 1)} />}
            <ProjectMoneyView id={p.id} reload={reload} />
            <ProjectVersions id={p.id} reload={reload} />
          </>
        )}
      </Loading>
    </div>
  );
}

function Assess({ id, done }: { id: number; done: () => void }) {
  const [year, setYear] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<string>();
  const [assessedOn, setAssessedOn] = useState('');
  const [evidence, setEvidence] = useState('');
  const a = useAction();
  return (
    <Card size="small" title="记录年度考核" className="block" data-testid="project-assess">
      <Space wrap>
        <InputNumber aria-label="考核年度" placeholder="考核年度" value={year} onChange={setYear} min={2000} style={{ width: 120 }} data-testid="pa-year" />
        <Select aria-label="考核结果" placeholder="考核结果" value={outcome} onChange={setOutcome} options={[{ value: 'pass', label: '合格' }, { value: 'fail', label: '不合格' }]} style={{ width: 120 }} data-testid="pa-outcome" />
        <Input aria-label="考核日期" placeholder="考核日期 YYYY-MM-DD" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} style={{ width: 190 }} data-testid="pa-date" />
        <Input aria-label="考核依据" placeholder="考核依据（文件名称、文号）" value={evidence} onChange={(e) => setEvidence(e.target.value)} style={{ width: 280 }} data-testid="pa-evidence" />
        <Button type="primary" loading={a.busy} onClick={() => void a.run(async () => { await projectApi.assess(id, { year, outcome, assessedOn, evidence }); done(); }, '考核结果已记录')} data-testid="pa-save">记录</Button>
      </Space>
      {a.feedback}
    </Card>
  );
}
