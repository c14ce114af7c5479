// The helper's own list (/employment-help/mine, 我的帮扶对象): the persons assigned to them one to one,
// and every file of their communities; a name opens the file with the contact log and outcome form.

import { useState } from 'react';
import { Tabs } from 'antd';
import { useLoad } from '../hooks';
import { Loading, RequireRole } from '../ui/common';
import { helpApi } from './api';
import { CaseDrawer } from './Case';
import { PersonTable } from './EmploymentHelp';

function Page() {
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<number>();
  const mine = useLoad(() => helpApi.persons({ mine: '1' }), [tick]);
  const all = useLoad(() => helpApi.persons(), [tick]);
  const areas = useLoad(() => helpApi.communities(), []);
  return (
    <div data-testid="my-help-cases">
      <h1>我的帮扶对象</h1>
      <p className="muted">负责社区（村）：{areas.data?.map((k) => k.name).join('、') ?? '…'}</p>
      <Tabs
        items={[
          { key: 'mine', label: '结对帮扶对象', children: <Loading loaded={mine}>{(rows) => <PersonTable rows={rows} onOpen={setOpen} testId="my-cases" />}</Loading> },
          { key: 'all', label: '本社区全部档案', children: <Loading loaded={all}>{(rows) => <PersonTable rows={rows} onOpen={setOpen} testId="community-files" />}</Loading> },
        ]}
      />
      <CaseDrawer id={open} office={false} onClose={() => setOpen(undefined)} onChanged={() => setTick((t) => t + 1)} />
    </div>
  );
}

export default function MyCases() {
  return (
    <RequireRole roles={['helper']}>
      <Page />
    </RequireRole>
  );
}
