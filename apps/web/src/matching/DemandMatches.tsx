// 匹配人才 (the enterprise's own tab, and under the talent office's list of demands, where staff only
// look): for a chosen demand, the talents who opted in to be found, best fit first, masked (候选人 #n —
// degree, major, county), with the reasons; 请求联系 once per candidate, the request's status, withdrawal while
// pending, and — once the talent accepts — 查看联系方式 (name and phone; every look is audited).

import { useState } from 'react';
import { Alert, Button, Card, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { Loading } from '../ui/common';
import { CardTable } from '../ui/card-table';
import { todayInChina } from '../time';
import { matchApi, type Candidate, type RequestStatus } from './api';

const STATUS_COLOR: Record<RequestStatus, string> = { pending: 'gold', accepted: 'green', declined: 'default', withdrawn: 'default' };

export function Reasons({ reasons }: { reasons: Candidate['reasons'] }) {
  return (
    <Space size={[4, 4]} wrap>
      {reasons.map((r) => (
        <Tag key={r.kind} color={r.met ? 'green' : 'default'} style={{ whiteSpace: 'normal', maxWidth: '100%', marginInlineEnd: 0 }}>{r.text}</Tag>
      ))}
    </Space>
  );
}

function Matches({ demandId }: { demandId: number }) {
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => matchApi.candidates(demandId), [demandId, tick]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<number>();
  const reload = () => setTick((t) => t + 1);
  const act = (key: number, fn: () => Promise<unknown>) => {
    setBusy(key);
    setError(undefined);
    fn().then(reload, (e: unknown) => setError(failText(e))).finally(() => setBusy(undefined));
  };
  const reveal = (id: number, label: string) =>
    act(id, async () => {
      const c = await matchApi.reveal(id);
      Modal.info({ title: `${label}的联系方式`, content: <div data-testid="match-contact"><p>姓名：{c.name}</p><p>电话：{c.phone ?? '未登记'}</p><Typography.Text type="secondary">本次查看已记入审计日志，请仅用于招聘联系。</Typography.Text></div> });
    });
  return (
    <Loading loaded={loaded}>
      {(m) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {error && <Alert type="error" showIcon title={error} data-testid="match-error" />}
          {!m.demand.open && <Alert type="info" showIcon title={`该需求已于 ${m.demand.deadline} 截止，不能再请求联系`} />}
          <CardTable<Candidate>
            size="small"
            rowKey="candidate"
            dataSource={m.candidates}
            data-testid="match-table"
            pagination={{ pageSize: 10, showSizeChanger: false, size: 'small' }}
            locale={{ emptyText: '暂无愿意被查找且符合学历要求的人才' }}
            columns={[
              { title: '候选人', dataIndex: 'label', card: 'title' as const },
              { title: '学历', dataIndex: 'degreeName' },
              { title: '专业', render: (_: unknown, c: Candidate) => c.majors.join('、') || '未登记' },
              { title: '所在地', dataIndex: 'regionName' },
              { title: '匹配理由', render: (_: unknown, c: Candidate) => <Reasons reasons={c.reasons} /> },
              { title: '联系状态', card: 'extra' as const, render: (_: unknown, c: Candidate) => (c.request ? <Tag color={STATUS_COLOR[c.request.status]} data-testid="match-status">{c.request.statusName}</Tag> : <Tag>未请求</Tag>) },
              ...(m.mayRequest
                ? [{
                    title: '操作',
                    card: 'actions' as const,
                    render: (_: unknown, c: Candidate) => {
                      const r = c.request;
                      if (!r) return m.demand.open ? <Button size="small" type="primary" loading={busy === c.candidate} onClick={() => act(c.candidate, () => matchApi.ask(demandId, c.candidate))} data-testid="match-ask">请求联系</Button> : null;
                      if (r.status === 'accepted') return <Button size="small" loading={busy === r.id} onClick={() => reveal(r.id, c.label)} data-testid="match-reveal">查看联系方式</Button>;
                      if (r.status === 'pending') return <Popconfirm title="撤回联系请求？" okText="撤回" cancelText="取消" onConfirm={() => act(r.id, () => matchApi.withdraw(r.id))}><Button size="small" loading={busy === r.id}>撤回请求</Button></Popconfirm>;
                      return null;
                    },
                  }]
                : []),
            ]}
          />
        </Space>
      )}
    </Loading>
  );
}

/** The panel: pick one of the demands (the office's list names each enterprise), see its matched talents. */
export default function DemandMatches({ demands: all }: { demands: Array<{ id: number; post: string; deadline: string; enterpriseName?: string }> }) {
  // Open demands first (latest deadline first), then those past their deadline.
  const today = todayInChina();
  const demands = [...all].sort((a, b) => Number(b.deadline >= today) - Number(a.deadline >= today) || b.deadline.localeCompare(a.deadline) || b.id - a.id);
  const [chosen, setChosen] = useState<number | undefined>(demands[0]?.id);
  const picked = demands.find((d) => d.id === chosen);
  return (
    <Card size="small" title="匹配人才" className="block" data-testid="demand-matches">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">只列出本人同意“愿意被企业查找”且学历符合要求的人才，按匹配程度排序；姓名、身份证号和电话均已隐去。人才同意联系后，方可查看其姓名和电话，每次查看均记入审计日志。</Typography.Text>
        {demands.length ? (
          <>
            <Select
              style={{ width: '100%', maxWidth: 640 }}
              value={chosen}
              onChange={setChosen}
              options={demands.map((d) => ({ value: d.id, label: `${d.enterpriseName ? `${d.enterpriseName}：` : ''}${d.post}（截止 ${d.deadline}）` }))}
              labelRender={({ value }) => demands.find((d) => d.id === value)?.post ?? ''}
              data-testid="match-demand"
              aria-label="选择人才需求"
            />
            {picked && <Typography.Text type="secondary" data-testid="match-demand-info">{picked.enterpriseName ? `${picked.enterpriseName}，` : ''}截止 {picked.deadline}</Typography.Text>}
            {chosen !== undefined && <Matches demandId={chosen} />}
          </>
        ) : (
          <Alert type="info" showIcon title="请先申报人才需求，再查看匹配的人才。" />
        )}
      </Space>
    </Card>
  );
}
