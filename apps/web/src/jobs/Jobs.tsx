// The scheduled jobs page (/admin/jobs, administrators and leaders): each job's name, schedule,
// last run (start in China time, how long it took, outcome and error) and next run; administrators
// may run a job at once.
import { useState } from 'react';
import { Alert, Button, Popconfirm, Table, Tag, Typography, message } from 'antd';
import { useSession } from '../session';
import { RequireRole } from '../ui/common';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { jobsApi, type Job } from './api';
import { useJT } from './i18n';

export default function Jobs() {
  return (
    <RequireRole roles={['admin', 'leader']}>
      <JobList />
    </RequireRole>
  );
}

const OUTCOME_COLOR = { ok: 'green', failed: 'red', running: 'blue' } as const;

function JobList() {
  const jt = useJT();
  const { session } = useSession();
  const isAdmin = session?.user.role === 'admin';
  const list = useLoad(() => jobsApi.list(), []);
  const [running, setRunning] = useState<string>();
  const duration = (ms: number | null) => (ms === null ? '—' : ms < 1000 ? jt('ms', { n: ms }) : jt('seconds', { n: (ms / 1000).toFixed(1) }));
  const run = async (j: Job) => {
    setRunning(j.name);
    try {
      const r = await jobsApi.run(j.name);
      if (r.outcome === 'failed') void message.error(`${jt('runOk', { name: j.label, outcome: r.outcomeText })}：${r.error ?? ''}`);
      else void message.success(jt('runOk', { name: j.label, outcome: r.outcomeText }));
      list.retry();
    } catch (e) {
      void message.error(failText(e));
    } finally {
      setRunning(undefined);
    }
  };
  return (
    <div data-testid="jobs">
      <h1>{jt('title')}</h1>
      <Typography.Paragraph type="secondary">{jt('intro')}</Typography.Paragraph>
      {list.error && <Alert type="error" className="block" title={list.error} action={<Button onClick={list.retry}>↻</Button>} />}
      <Table<Job>
        rowKey="name"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        onRow={(j) => ({ 'data-testid': `job-${j.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: jt('colJob'), dataIndex: 'label' },
          { title: jt('colSchedule'), dataIndex: 'schedule' },
          { title: jt('colLast'), key: 'last', render: (_, j) => (j.lastRun ? <span>{j.lastRun.startedAt}<Typography.Text type="secondary">（{j.lastRun.triggerText}）</Typography.Text></span> : <Typography.Text type="secondary">{jt('never')}</Typography.Text>) },
          { title: jt('colDuration'), key: 'duration', render: (_, j) => (j.lastRun ? duration(j.lastRun.durationMs) : '—') },
          {
            title: jt('colOutcome'),
            key: 'outcome',
            render: (_, j) =>
              j.lastRun ? (
                <span data-testid="job-outcome">
                  <Tag color={OUTCOME_COLOR[j.lastRun.outcome]}>{j.lastRun.outcomeText}</Tag>
                  {j.lastRun.attempts > 1 && <Typography.Text type="secondary">{jt('attempts', { n: j.lastRun.attempts })}</Typography.Text>}
                  {j.lastRun.error && <Typography.Paragraph type="danger" style={{ margin: 0, maxWidth: 360 }}>{j.lastRun.error}</Typography.Paragraph>}
                </span>
              ) : '—',
          },
          { title: jt('colNext'), dataIndex: 'nextRun' },
          ...(isAdmin
            ? [{
                title: jt('colActions'),
                key: 'actions',
                render: (_: unknown, j: Job) => (
                  <Popconfirm title={jt('runConfirm', { name: j.label })} okText={jt('ok')} cancelText={jt('cancel')} onConfirm={() => void run(j)}>
                    <Button size="small" loading={running === j.name} disabled={!!running && running !== j.name} data-testid="job-run">
                      {jt('run')}
                    </Button>
                  </Popconfirm>
                ),
              }]
            : []),
        ]}
      />
    </div>
  );
}
