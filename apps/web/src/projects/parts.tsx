// A project as both the clerk and the enterprise read it: its details, people, milestones, yearly
// assessments, versions, instalments and receivable; and the form that records or changes one.

import { useState } from 'react';
import { Button, Card, Descriptions, Input, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { Loading } from '../ui/common';
import { formatDateTime } from '../time';
import { useAction } from '../inkind/parts';
import { KINDS, LEVEL_OPTIONS, projectApi, type Project } from './api';

export function ProjectFacts({ p }: { p: Project }) {
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} className="block" data-testid="project-facts">
        <Descriptions.Item label="名称">{p.name}</Descriptions.Item>
        <Descriptions.Item label="类型">{p.kindText}</Descriptions.Item>
        <Descriptions.Item label="所属企业">{p.employerName}</Descriptions.Item>
        <Descriptions.Item label="所在县（市、区）">{p.regionName}</Descriptions.Item>
        {p.detailLines.map((l) => (
          <Descriptions.Item key={l.label} label={l.label}>{l.value}</Descriptions.Item>
        ))}
        <Descriptions.Item label="人员">{p.people.length ? p.people.map((x) => `${x.name}（${x.roleText}）`).join('、') : '—'}</Descriptions.Item>
        <Descriptions.Item label="版本">第 {p.version} 版</Descriptions.Item>
      </Descriptions>
      <Card size="small" title="里程碑" className="block" data-testid="project-milestones">
        {p.milestones.length ? <Timeline items={p.milestones.map((m) => ({ children: `${m.date} ${m.what}` }))} /> : <Typography.Text type="secondary">暂无</Typography.Text>}
      </Card>
      <Card size="small" title="年度考核" className="block" data-testid="project-assessments">
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={p.assessments}
          locale={{ emptyText: '尚无考核记录' }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            { title: '结果', key: 'o', render: (_, a) => <Tag color={a.outcome === 'pass' ? 'success' : 'error'}>{a.outcomeText}</Tag> },
            { title: '考核日期', dataIndex: 'assessedOn' },
            { title: '依据', dataIndex: 'evidence' },
          ]}
        />
      </Card>
    </>
  );
}

export function ProjectMoneyView({ id, reload }: { id: number; reload: number }) {
  const money = useLoad(() => projectApi.money(id), [id, reload]);
  return (
    <Loading loaded={money}>
      {(m) => (
        <Card size="small" title="分期资助与应退回款" className="block" data-testid="project-money">
          <Table
            size="small"
            rowKey={(x) => `${x.claim}-${x.stage}`}
            pagination={false}
            dataSource={m.instalments}
            scroll={{ x: 560 }}
            locale={{ emptyText: '尚未核定资助' }}
            columns={[
              { title: '资助', key: 'c', render: (_, x) => `${x.claimText}${x.claim === 'startup' ? ` · ${x.stageText}` : ''}` },
              { title: '申报件', dataIndex: 'applicationId', render: (v: number) => `#${v}` },
              { title: '金额', dataIndex: 'amountFen', align: 'right', render: (v: number) => formatFen(v) },
              { title: '应付日期', dataIndex: 'dueOn' },
              { title: '兑付', key: 'paid', render: (_, x) => (x.paid ? <Tag color="success">已兑付</Tag> : <Tag>待兑付</Tag>) },
            ]}
          />
          {m.receivables.map((r) => (
            <Typography.Paragraph key={r.dueOn} type="danger" style={{ marginTop: 8 }} data-testid="project-receivable">
              应退回 {formatFen(r.amountFen)}（{r.dueOn}，{r.causeText}）
            </Typography.Paragraph>
          ))}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            原文未规定分期与退回，以下为本地实施口径（示例值，待人才办核定）：启动资助项目落地时拨付 {m.params.landingPercent}%，其余在首次年度考核合格后拨付；
            年度考核不合格或落地后 {m.params.termYears} 年内迁离的，退回已核定的启动资助和升档资助的 {m.params.clawbackPercent}%；地方综合贡献奖励不退回。
          </Typography.Paragraph>
        </Card>
      )}
    </Loading>
  );
}

export function ProjectVersions({ id, reload }: { id: number; reload: number }) {
  const versions = useLoad(() => projectApi.versions(id), [id, reload]);
  return (
    <Loading loaded={versions}>
      {(rows) => (
        <Card size="small" title="修改记录" className="block" data-testid="project-versions">
          <Table size="small" rowKey="version" pagination={false} dataSource={rows} columns={[
            { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
            { title: '时间', dataIndex: 'changedAt', render: (v: string) => formatDateTime(v) },
            { title: '修改人', dataIndex: 'changedBy' },
            { title: '理由', dataIndex: 'reason' },
          ]} />
        </Card>
      )}
    </Loading>
  );
}

const d = (p: Project | undefined, k: string) => (typeof p?.details[k] === 'string' ? (p.details[k] as string) : '');

/** Records a project (no `p`) or changes one: name, the kind's details, a reason. */
export function ProjectForm({ p, employerId, done }: { p?: Project; employerId?: number; done: (saved: Project) => void }) {
  const [kind, setKind] = useState(p?.kind ?? 'shuangling');
  const [name, setName] = useState(p?.name ?? '');
  const [cls, setCls] = useState(d(p, 'class') || 'B');
  const [reviewDate, setReviewDate] = useState(d(p, 'reviewDate'));
  const [landingDate, setLandingDate] = useState(d(p, 'landingDate'));
  const [settlementDate, setSettlementDate] = useState(d(p, 'settlementDate'));
  const up = p?.details.upgrade as { class: string; date: string } | undefined;
  const [upClass, setUpClass] = useState(up?.class ?? '');
  const [upDate, setUpDate] = useState(up?.date ?? '');
  const [level, setLevel] = useState(d(p, 'level') || undefined);
  const [founded, setFounded] = useState(d(p, 'setUpDate'));
  const [reason, setReason] = useState('');
  const a = useAction();
  const save = () =>
    a.run(async () => {
      const details =
        kind === 'shuangling'
          ? { ...(p?.details ?? {}), class: cls, reviewResult: (p?.details.reviewResult as string | undefined) ?? 'passed', reviewDate, ...(landingDate ? { landingDate } : {}), ...(settlementDate ? { settlementDate } : {}), ...(upClass || upDate ? { upgrade: { class: upClass, date: upDate } } : { upgrade: null }) }
          : { ...(level ? { level } : {}), setUpDate: founded };
      const body = { name, details, reason, ...(p ? { version: p.version } : { kind, ...(employerId ? { employerId } : {}) }) };
      done(p ? await projectApi.update(p.id, body) : await projectApi.create(body));
    }, '已保存');
  const dateInput = (label: string, v: string, set: (s: string) => void, testId: string) => (
    <Input aria-label={label} placeholder={`${label} YYYY-MM-DD`} value={v} onChange={(e) => set(e.target.value)} style={{ width: 200 }} data-testid={testId} />
  );
  return (
    <Card size="small" title={p ? '修改项目' : '登记项目'} className="block" data-testid="project-form">
      <Space wrap>
        {!p && <Select aria-label="类型" value={kind} onChange={setKind} options={KINDS} style={{ width: 220 }} data-testid="pf-kind" />}
        <Input aria-label="名称" placeholder="名称" value={name} onChange={(e) => setName(e.target.value)} style={{ width: 240 }} data-testid="pf-name" />
        {kind === 'shuangling' ? (
          <>
            <Select aria-label="评定类别" value={cls} onChange={setCls} options={['A', 'B', 'C'].map((x) => ({ value: x, label: `${x}类` }))} style={{ width: 100 }} data-testid="pf-class" />
            {dateInput('评定日期', reviewDate, setReviewDate, 'pf-review')}
            {dateInput('落地日期', landingDate, setLandingDate, 'pf-landing')}
            {dateInput('落户日期', settlementDate, setSettlementDate, 'pf-settlement')}
            {p && (
              <>
                <Select aria-label="升档后类别" allowClear placeholder="升档后类别" value={upClass || undefined} onChange={(v) => setUpClass(v ?? '')} options={['A', 'B'].map((x) => ({ value: x, label: `${x}类` }))} style={{ width: 130 }} data-testid="pf-up-class" />
                {dateInput('升档评定日期', upDate, setUpDate, 'pf-up-date')}
              </>
            )}
          </>
        ) : (
          <>
            <Select aria-label="级别" allowClear placeholder="级别" value={level} onChange={setLevel} options={LEVEL_OPTIONS} style={{ width: 120 }} />
            {dateInput('设立日期', founded, setFounded, 'pf-setup')}
          </>
        )}
        <Input aria-label="理由" placeholder="理由（依据的评定、考核或批复文件）" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 300 }} data-testid="pf-reason" />
        <Button type="primary" loading={a.busy} onClick={() => void save()} data-testid="pf-save">保存</Button>
      </Space>
      {a.feedback}
    </Card>
  );
}
