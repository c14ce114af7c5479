// The employer portal's projects tab: the enterprise's own projects, teams and platforms — record
// one or change it with a reason, see milestones, assessments, instalments and receivable, and claim
// a 双领 instalment (the application opens for materials and submission).

import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Collapse, Select, Space } from 'antd';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { Loading } from '../ui/common';
import { useAction } from '../inkind/parts';
import { CLAIMS, projectApi, type Project } from './api';
import { ProjectFacts, ProjectForm, ProjectMoneyView } from './parts';

export default function MyProjects() {
  const { session } = useSession();
  const [reload, setReload] = useState(0);
  const list = useLoad(() => projectApi.list(), [reload]);
  const bump = () => setReload((n) => n + 1);
  return (
    <div data-testid="my-projects">
      <Loading loaded={list}>
        {(rows) => (
          <Collapse
            className="block"
            items={rows.map((p) => ({ key: String(p.id), label: `${p.name}（${p.kindText}）`, children: <One p={p} reload={reload} bump={bump} /> }))}
          />
        )}
      </Loading>
      <ProjectForm employerId={session?.user.employerId ?? undefined} done={bump} />
    </div>
  );
}

function One({ p, reload, bump }: { p: Project; reload: number; bump: () => void }) {
  const [editing, setEditing] = useState(false);
  return (
    <div data-testid={`my-project-${p.id}`}>
      <ProjectFacts p={p} />
      {p.kind === 'shuangling' && <Claim p={p} />}
      <ProjectMoneyView id={p.id} reload={reload} />
      <Button onClick={() => setEditing((x) => !x)} data-testid="project-edit">{editing ? '收起' : '修改项目'}</Button>
      {editing && <ProjectForm p={p} done={() => { setEditing(false); bump(); }} />}
    </div>
  );
}

function Claim({ p }: { p: Project }) {
  const nav = useNavigate();
  const [value, setValue] = useState<string>();
  const a = useAction();
  return (
    <Card size="small" title="申报资助" className="block" data-testid="project-claim">
      <Space wrap>
        <Select aria-label="申报的资助" placeholder="选择申报的资助（分期）" value={value} onChange={setValue} options={CLAIMS} style={{ width: 300 }} data-testid="claim-select" />
        <Button type="primary" loading={a.busy} disabled={!value} onClick={() => void a.run(async () => { const app = await projectApi.claim(p.id, value!); nav(`/employer/applications/${app.id}`); })} data-testid="claim-button">申报</Button>
      </Space>
      {a.feedback}
    </Card>
  );
}
