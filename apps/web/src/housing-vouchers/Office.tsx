// The office's 椒江 人才房票 page: approve a 房票联审 whose departments all agreed and issue its voucher
// (amount within the local cap, validity); the vouchers of the clerk's regions (codes masked, names
// masked) with their status; cancel one not yet redeemed, with a reason; a second clerk confirms one
// held beyond the budget envelope (with a reason while it still exceeds); the registered sellers.

import { useRef, useState } from 'react';
import { Button, Card, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useSession } from '../session';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { Loading, RequireRole } from '../ui/common';
import { newKey, yuanToFen } from '../inkind/api';
import { Quiet, StatusTag, useAction } from '../inkind/parts';
import { housingVoucherApi, type HousingVoucher } from './api';
import { Sellers } from './Sellers';

export default function HousingVoucherOffice() {
  return (
    <RequireRole roles={['clerk', 'leader', 'admin']}>
      <Page />
    </RequireRole>
  );
}

function Page() {
  const { session } = useSession();
  const clerk = session?.user.role === 'clerk';
  const me = session?.user.userId;
  const canEditSellers = session?.user.role === 'admin' || (clerk && session?.user.region === 'jiaojiang');
  const list = useLoad(() => housingVoucherApi.list(), []);
  return (
    <div data-testid="housing-voucher-office">
      <h1>人才房票（椒江）</h1>
      {clerk && <Issue done={list.retry} />}
      <Loading loaded={list}>
        {(rows) => (
          <Table<HousingVoucher>
            size="small"
            rowKey="id"
            dataSource={rows}
            scroll={{ x: 760 }}
            locale={{ emptyText: <Quiet>暂无房票</Quiet> }}
            columns={[
              { title: '申报件', dataIndex: 'applicationId', render: (id: number) => `#${id}` },
              { title: '持有人', dataIndex: 'holderName' },
              { title: '券码', dataIndex: 'code' },
              { title: '面额', dataIndex: 'amountFen', align: 'right', render: (v: number) => formatFen(v) },
              { title: '有效期至', dataIndex: 'validTo' },
              { title: '状态', key: 'status', render: (_, v) => <StatusTag status={v.status} text={v.statusText} /> },
              { title: '核销', key: 'redemption', render: (_, v) => (v.redemption ? `${v.redemption.sellerName} · 合同 ${v.redemption.contractNo}` : v.cancelReason ? `作废：${v.cancelReason}` : v.status === 'held' ? `超出预算额度：${v.budgetExcess ?? ''}` : v.overrideReason ? `超额发放理由：${v.overrideReason}` : '') },
              ...(clerk || session?.user.role === 'leader'
                ? [{ title: '', key: 'act', render: (_: unknown, v: HousingVoucher) => (
                    <Space direction="vertical" size={4}>
                      {v.status === 'held' && v.issuedBy !== me && <Confirm v={v} done={list.retry} />}
                      {clerk && (v.status === 'issued' || v.status === 'held') && <Cancel v={v} done={list.retry} />}
                    </Space>
                  ) }]
                : []),
            ]}
          />
        )}
      </Loading>
      <Sellers canEdit={!!canEditSellers} />
    </div>
  );
}

function Issue({ done }: { done: () => void }) {
  const limits = useLoad(() => housingVoucherApi.limits(), []);
  const [appId, setAppId] = useState<number | null>(null);
  const [amount, setAmount] = useState('');
  const [validTo, setValidTo] = useState('');
  const key = useRef(newKey());
  const a = useAction();
  const issue = () =>
    a.run(async () => {
      await housingVoucherApi.issue(appId ?? 0, { amountFen: yuanToFen(amount) ?? -1, ...(validTo ? { validTo } : {}), requestKey: key.current });
      key.current = newKey();
      done();
    }, '房票联审已核准：房票已发放给人才本人（超出预算额度的，待另一名经办人员复核后发放）');
  return (
    <Card size="small" title="核准房票联审并发放房票" className="block" data-testid="hv-issue">
      <Space wrap>
        <InputNumber aria-label="申报件编号" placeholder="申报件编号" value={appId} onChange={setAppId} min={1} style={{ width: 140 }} data-testid="hv-app" />
        <Input aria-label="房票面额（元）" placeholder="房票面额（元）" value={amount} onChange={(e) => setAmount(e.target.value)} style={{ width: 180 }} data-testid="hv-amount-input" />
        <Input aria-label="有效期至" placeholder="有效期至 YYYY-MM-DD（可不填）" value={validTo} onChange={(e) => setValidTo(e.target.value)} style={{ width: 230 }} />
        <Button type="primary" loading={a.busy} onClick={() => void issue()} data-testid="hv-issue-button">核准并发放</Button>
      </Space>
      {a.feedback}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        原文只说“已完成首期人才房票发放，共有 29名人才通过房票联审，补贴 852.2万元”，未规定每张房票的金额和期限：面额由联审确定，
        {limits.data ? `不超过 ${formatFen(limits.data.capFen)}，有效期自发放日起最长 ${limits.data.validDays} 天` : '不超过本地参数上限'}
        （本地参数，示例值，待区人才办核定）。首期平均约 29.39 万元/人（852.2 万元 ÷ 29 人），仅供参考。联审各部门均同意后方可核准。
      </Typography.Paragraph>
    </Card>
  );
}

function Cancel({ v, done }: { v: HousingVoucher; done: () => void }) {
  const [reason, setReason] = useState('');
  const a = useAction();
  return (
    <Space wrap>
      <Input size="small" aria-label="作废理由" placeholder="作废理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 120 }} />
      <Button size="small" danger loading={a.busy} onClick={() => void a.run(async () => { await housingVoucherApi.cancel(v.id, reason); done(); })}>作废</Button>
      {a.feedback}
    </Space>
  );
}

function Confirm({ v, done }: { v: HousingVoucher; done: () => void }) {
  const [reason, setReason] = useState('');
  const a = useAction();
  return (
    <Space wrap>
      <Input size="small" aria-label="超额发放理由" placeholder="超额发放理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 140 }} />
      <Button size="small" type="primary" loading={a.busy} onClick={() => void a.run(async () => { await housingVoucherApi.confirm(v.id, reason); done(); })}>复核发放</Button>
      {a.feedback}
    </Space>
  );
}
