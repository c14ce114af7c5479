// A partner's service page, made for a phone like the card verification: a school redeems an
// education voucher by its code (once; the same request resent answers the same); a hospital
// publishes slots and marks its bookings attended (recorded as a card use); a bank answers the 特优贷
// referrals sent to it. Only masked names are shown.

import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Input, InputNumber, List, Result, Space, Typography } from 'antd';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime, todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { cardsApi } from '../cards/api';
import { inkindApi, newKey, yuanToFen, type Booking, type Redemption, type Referral } from './api';
import { Quiet, StatusTag, useAction } from './parts';

export default function PartnerServices() {
  return (
    <RequireRole roles={['partner_verifier']}>
      <Page />
    </RequireRole>
  );
}

function Page() {
  const partner = useLoad(() => cardsApi.partner(), []);
  return (
    <div data-testid="partner-services" style={{ maxWidth: 560, margin: '0 auto', padding: 8 }}>
      <h1 style={{ fontSize: 20 }}>合作服务</h1>
      <Loading loaded={partner}>
        {(pt) => {
          const has = (s: string) => pt.services.some((x) => x.code === s);
          return (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text>{pt.name}</Typography.Text>
              {has('education_voucher') && <Redeem />}
              {has('medical_green_channel') && <Hospital />}
              {has('bank_loan') && <Bank />}
              {has('housing_voucher') && <Link to="/housing-vouchers/redeem" data-testid="to-housing-redeem">核销椒江人才房票</Link>}
              {!has('education_voucher') && !has('medical_green_channel') && !has('bank_loan') && !has('housing_voucher') && <Typography.Text type="secondary">本单位的服务只需核验人才码。</Typography.Text>}
            </Space>
          );
        }}
      </Loading>
    </div>
  );
}

function Redeem() {
  const [code, setCode] = useState('');
  const [answer, setAnswer] = useState<Redemption | null>(null);
  const key = useRef(newKey());
  const a = useAction();
  return (
    <Card size="small" title="核销教育券" data-testid="redeem">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          aria-label="教育券券码"
          placeholder="输入 12 位券码"
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setAnswer(null);
            key.current = newKey();
          }}
          data-testid="voucher-code"
        />
        <Button type="primary" block loading={a.busy} data-testid="redeem-button" onClick={() => void a.run(async () => setAnswer(await inkindApi.redeem(code, key.current)))}>
          核销
        </Button>
        {a.feedback}
        {answer && (
          <Result status="success" title={<span data-testid="redeem-status">{answer.statusText}</span>} subTitle={`${answer.maskedName} · ${answer.purpose} · ${formatFen(answer.amountFen)} · ${formatDateTime(answer.redeemedAt)}`} />
        )}
      </Space>
    </Card>
  );
}

function Hospital() {
  const bookings = useLoad(() => inkindApi.hospitalBookings(), []);
  const [day, setDay] = useState(todayInChina());
  const [period, setPeriod] = useState('08:30–10:00');
  const [capacity, setCapacity] = useState<number | null>(5);
  const a = useAction();
  return (
    <Card size="small" title="体检与医疗绿色通道" data-testid="hospital">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Input aria-label="日期" value={day} onChange={(e) => setDay(e.target.value)} style={{ width: 130 }} data-testid="slot-day" />
          <Input aria-label="时段" value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 140 }} />
          <InputNumber aria-label="名额" min={1} max={1000} value={capacity} onChange={setCapacity} />
          <Button loading={a.busy} data-testid="publish-slot" onClick={() => void a.run(() => inkindApi.publishSlot({ day, period, capacity: capacity ?? 0 }), '号源已发布')}>发布号源</Button>
        </Space>
        {a.feedback}
        <Loading loaded={bookings}>
          {(rows) => (
            <List<Booking>
              size="small"
              header="本院预约"
              locale={{ emptyText: <Quiet>暂无预约</Quiet> }}
              dataSource={rows}
              renderItem={(b) => (
                <List.Item actions={b.status === 'booked' ? [<Button key="a" size="small" type="primary" data-testid={`attend-${b.id}`} onClick={() => void a.run(async () => { await inkindApi.attend(b.id); bookings.retry(); }, '已登记就诊，计入人才码使用')}>已就诊</Button>] : []}>
                  {b.maskedName} · {b.day} {b.period} <StatusTag status={b.status} text={b.statusText} />
                </List.Item>
              )}
            />
          )}
        </Loading>
      </Space>
    </Card>
  );
}

function BankAnswer({ r, done }: { r: Referral; done: () => void }) {
  const [amount, setAmount] = useState('');
  const [rate, setRate] = useState('');
  const [reason, setReason] = useState('');
  const a = useAction();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input aria-label="批准金额（元）" placeholder="批准金额（元）" value={amount} onChange={(e) => setAmount(e.target.value)} style={{ width: 150 }} />
        <Input aria-label="利率" placeholder="利率（如 LPR 减 50 个基点）" value={rate} onChange={(e) => setRate(e.target.value)} style={{ width: 220 }} />
        <Button type="primary" size="small" loading={a.busy} data-testid={`approve-${r.id}`} onClick={() => void a.run(async () => { await inkindApi.answer(r.id, { decision: 'approve', approvedFen: yuanToFen(amount) ?? 0, rateText: rate }); done(); })}>同意</Button>
      </Space>
      <Space wrap>
        <Input aria-label="不同意的理由" placeholder="不同意的理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 220 }} />
        <Button danger size="small" loading={a.busy} onClick={() => void a.run(async () => { await inkindApi.answer(r.id, { decision: 'decline', reason }); done(); })}>不同意</Button>
      </Space>
      {a.feedback}
    </Space>
  );
}

function Bank() {
  const list = useLoad(() => inkindApi.bankReferrals(), []);
  return (
    <Card size="small" title="“特优贷”转介" data-testid="bank">
      <Loading loaded={list}>
        {(rows) => (
          <List<Referral>
            size="small"
            locale={{ emptyText: <Quiet>暂无转介</Quiet> }}
            dataSource={rows}
            renderItem={(r) => (
              <List.Item>
                <Space direction="vertical" style={{ width: '100%' }}>
                  <div>{r.maskedName} · 意向 {formatFen(r.amountFen)} {r.note ? `· ${r.note}` : ''} <StatusTag status={r.status} text={r.statusText} /></div>
                  {r.status === 'pending' ? <BankAnswer r={r} done={list.retry} /> : r.status === 'approved' ? <div>批准 {formatFen(r.approvedFen ?? 0)}，利率：{r.rateText}</div> : <div>理由：{r.reason}</div>}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Loading>
    </Card>
  );
}
