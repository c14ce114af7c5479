// The office's in-kind service pages: 子女就学 requests (masked; the full name only through an
// audited reveal; the clerk decides with the school or a reason after the joint review), education
// vouchers (issue with amount, purpose and validity; cancel), and counties' recommendations (a
// county clerk recommends, a city clerk accepts or refuses).

import { useRef, useState } from 'react';
import { Button, Card, Input, InputNumber, Space, Table, Tabs, Typography } from 'antd';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { useSession } from '../session';
import { inkindApi, newKey, yuanToFen, type Recommendation, type SchoolRequest, type Voucher } from './api';
import { Quiet, StatusTag, useAction } from './parts';

export default function OfficeServices() {
  return (
    <RequireRole roles={['clerk', 'leader', 'admin', 'reviewer']}>
      <Page />
    </RequireRole>
  );
}

function Page() {
  const { session } = useSession();
  const role = session?.user.role;
  const items = [{ key: 'schooling', label: '子女就学', children: <Schooling /> }];
  if (role !== 'reviewer') items.push({ key: 'vouchers', label: '教育券', children: <Vouchers /> }, { key: 'recommendations', label: '县（市、区）推荐', children: <Recommendations /> });
  return (
    <div data-testid="office-services">
      <h1>人才实物服务</h1>
      <Tabs items={items} />
    </div>
  );
}

function Reveal({ r }: { r: SchoolRequest }) {
  const [name, setName] = useState<string>();
  const [purpose, setPurpose] = useState('');
  const a = useAction();
  if (name) return <Typography.Text strong data-testid={`child-full-${r.id}`}>{name}</Typography.Text>;
  return (
    <Space wrap>
      <Input size="small" aria-label="查看用途" placeholder="查看用途（记入审计）" value={purpose} onChange={(e) => setPurpose(e.target.value)} style={{ width: 180 }} />
      <Button size="small" loading={a.busy} onClick={() => void a.run(async () => setName((await inkindApi.revealChild(r.id, purpose)).childName))}>查看完整姓名</Button>
      {a.feedback}
    </Space>
  );
}

function Decide({ r, done }: { r: SchoolRequest; done: () => void }) {
  const [school, setSchool] = useState('');
  const [reason, setReason] = useState('');
  const a = useAction();
  return (
    <Space direction="vertical">
      <Space wrap>
        <Input size="small" aria-label="安排的学校" placeholder="安排的学校" value={school} onChange={(e) => setSchool(e.target.value)} style={{ width: 180 }} />
        <Button size="small" type="primary" loading={a.busy} data-testid={`place-${r.id}`} onClick={() => void a.run(async () => { await inkindApi.decideSchooling(r.id, { school }); done(); })}>安排</Button>
        <Input size="small" aria-label="不予安排的理由" placeholder="不予安排的理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 180 }} />
        <Button size="small" danger loading={a.busy} onClick={() => void a.run(async () => { await inkindApi.decideSchooling(r.id, { reason }); done(); })}>不予安排</Button>
      </Space>
      {a.feedback}
    </Space>
  );
}

function Schooling() {
  const { session } = useSession();
  const list = useLoad(() => inkindApi.schooling(), []);
  const clerk = session?.user.role === 'clerk';
  return (
    <Loading loaded={list}>
      {(rows) => (
        <Table<SchoolRequest>
          size="small"
          rowKey="id"
          dataSource={rows}
          scroll={{ x: 720 }}
          locale={{ emptyText: <Quiet>暂无子女就学申请</Quiet> }}
          columns={[
            { title: '申报件', key: 'app', render: (_, r) => (r.applicationId ? <a href={`/workbench/applications/${r.applicationId}`}>#{r.applicationId}</a> : '—') },
            { title: '子女', key: 'child', render: (_, r) => <Space direction="vertical" size={0}><span>{r.childName}</span>{session?.user.role !== 'leader' && <Reveal r={r} />}</Space> },
            { title: '学段年级', key: 'stage', render: (_, r) => `${r.stageName}${r.grade}` },
            { title: '意向', key: 'wish', render: (_, r) => `${r.wishedArea}${r.wishedSchool ? `（${r.wishedSchool}）` : ''}` },
            { title: '户籍说明', dataIndex: 'hukouNote', render: (v: string | null) => v ?? '—' },
            { title: '状态', key: 'status', render: (_, r) => <Space direction="vertical" size={0}><StatusTag status={r.status} text={r.statusText} />{r.school ?? r.reason ?? ''}</Space> },
            ...(clerk ? [{ title: '办结（联审全部同意后）', key: 'decide', render: (_: unknown, r: SchoolRequest) => (r.status === 'pending' ? <Decide r={r} done={list.retry} /> : null) }] : []),
          ]}
        />
      )}
    </Loading>
  );
}

function Vouchers() {
  const { session } = useSession();
  const list = useLoad(() => inkindApi.vouchers(), []);
  const [personId, setPersonId] = useState<number | null>(null);
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState('');
  const [validTo, setValidTo] = useState('');
  const key = useRef(newKey());
  const a = useAction();
  const clerk = session?.user.role === 'clerk';
  const issue = () =>
    a.run(async () => {
      await inkindApi.issueVoucher({ personId, ...(amount ? { amountFen: yuanToFen(amount) ?? -1 } : {}), purpose, ...(validTo ? { validTo } : {}), requestKey: key.current });
      key.current = newKey();
      list.retry();
    }, '教育券已签发，人才可在“我的服务”中查看券码');
  return (
    <div>
      {clerk && (
        <Card size="small" title="签发教育券" className="block" data-testid="issue-voucher">
          <Space wrap>
            <InputNumber aria-label="人才库编号" placeholder="人才库编号" value={personId} onChange={setPersonId} min={1} style={{ width: 130 }} data-testid="voucher-person" />
            <Input aria-label="面额（元）" placeholder="面额（元，不填按本地参数）" value={amount} onChange={(e) => setAmount(e.target.value)} style={{ width: 210 }} />
            <Input aria-label="用途" placeholder="用途（如 子女学前教育费用）" value={purpose} onChange={(e) => setPurpose(e.target.value)} style={{ width: 220 }} data-testid="voucher-purpose" />
            <Input aria-label="有效期至" placeholder="有效期至 YYYY-MM-DD（可不填）" value={validTo} onChange={(e) => setValidTo(e.target.value)} style={{ width: 220 }} />
            <Button type="primary" loading={a.busy} onClick={() => void issue()} data-testid="voucher-issue">签发</Button>
          </Space>
          {a.feedback}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            原文（衢州组织工作 2017 年第 12 期）只说建立了高层次人才“教育券”制度，未规定面额和有效期：不填时按本地参数（示例值每张 2000 元、自签发日起 365 天，待人才办按实施细则核定）。
          </Typography.Paragraph>
        </Card>
      )}
      <Loading loaded={list}>
        {(rows) => (
          <Table<Voucher>
            size="small"
            rowKey="id"
            dataSource={rows}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Quiet>暂无教育券</Quiet> }}
            columns={[
              { title: '人才库编号', dataIndex: 'personId' },
              { title: '券码', dataIndex: 'code' },
              { title: '面额', dataIndex: 'amountFen', align: 'right', render: (v: number) => formatFen(v) },
              { title: '用途', dataIndex: 'purpose' },
              { title: '有效期至', dataIndex: 'validTo' },
              { title: '状态', key: 'status', render: (_, v) => <StatusTag status={v.status} text={v.statusText} /> },
              ...(clerk ? [{ title: '', key: 'cancel', render: (_: unknown, v: Voucher) => (v.status === 'issued' ? <CancelVoucher v={v} done={list.retry} /> : null) }] : []),
            ]}
          />
        )}
      </Loading>
    </div>
  );
}

function CancelVoucher({ v, done }: { v: Voucher; done: () => void }) {
  const [reason, setReason] = useState('');
  const a = useAction();
  return (
    <Space wrap>
      <Input size="small" aria-label="作废理由" placeholder="作废理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 120 }} />
      <Button size="small" danger loading={a.busy} onClick={() => void a.run(async () => { await inkindApi.cancelVoucher(v.id, reason); done(); })}>作废</Button>
      {a.feedback}
    </Space>
  );
}

function Recommendations() {
  const { session } = useSession();
  const list = useLoad(() => inkindApi.recommendations(), []);
  const [personId, setPersonId] = useState<number | null>(null);
  const [tier, setTier] = useState<number | null>(7);
  const [reason, setReason] = useState('');
  const a = useAction();
  const county = session?.user.role === 'clerk' && session.user.region !== 'quzhou_city';
  const city = session?.user.role === 'clerk' && session.user.region === 'quzhou_city';
  return (
    <div>
      <Typography.Paragraph type="secondary">
        第22条：“对县（市、区）推荐的优秀人才，在公寓承租、子女就学、医疗保健等方面享受市本级相应层次的人才待遇。”县（市、区）人才办推荐，市本级人才办确认后记入人才库。
      </Typography.Paragraph>
      {county && (
        <Card size="small" title="推荐本县（市、区）优秀人才" className="block" data-testid="recommend">
          <Space wrap>
            <InputNumber aria-label="人才库编号" placeholder="人才库编号" value={personId} onChange={setPersonId} min={1} style={{ width: 130 }} />
            <InputNumber aria-label="第19条相应层次" addonBefore="第19条第" addonAfter="项" value={tier} onChange={setTier} min={1} max={9} style={{ width: 190 }} />
            <Input aria-label="推荐理由" placeholder="推荐理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 260 }} />
            <Button type="primary" loading={a.busy} onClick={() => void a.run(async () => { await inkindApi.recommend({ personId: personId ?? 0, tier: tier ?? 0, reason }); list.retry(); }, '已推荐，待市本级确认')}>推荐</Button>
          </Space>
          {a.feedback}
        </Card>
      )}
      <Loading loaded={list}>
        {(rows) => (
          <Table<Recommendation>
            size="small"
            rowKey="id"
            dataSource={rows}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Quiet>暂无推荐</Quiet> }}
            columns={[
              { title: '人才', key: 'p', render: (_, r) => `${r.personName}（${r.personId}）` },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '层次', dataIndex: 'tierText' },
              { title: '理由', dataIndex: 'reason' },
              { title: '推荐时间', dataIndex: 'recommendedAt', render: (v: string) => formatDateTime(v) },
              { title: '状态', key: 's', render: (_, r) => <Space direction="vertical" size={0}><StatusTag status={r.status} text={r.statusText} />{r.decisionReason ?? ''}</Space> },
              ...(city ? [{ title: '', key: 'd', render: (_: unknown, r: Recommendation) => (r.status === 'pending' ? <DecideRecommendation r={r} done={list.retry} /> : null) }] : []),
            ]}
          />
        )}
      </Loading>
    </div>
  );
}

function DecideRecommendation({ r, done }: { r: Recommendation; done: () => void }) {
  const [reason, setReason] = useState('');
  const a = useAction();
  return (
    <Space wrap>
      <Button size="small" type="primary" loading={a.busy} data-testid={`accept-${r.id}`} onClick={() => void a.run(async () => { await inkindApi.decideRecommendation(r.id, { decision: 'accept' }); done(); })}>确认</Button>
      <Input size="small" aria-label="不予确认的理由" placeholder="不予确认的理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 140 }} />
      <Button size="small" danger loading={a.busy} onClick={() => void a.run(async () => { await inkindApi.decideRecommendation(r.id, { decision: 'refuse', reason }); done(); })}>不予确认</Button>
      {a.feedback}
    </Space>
  );
}
