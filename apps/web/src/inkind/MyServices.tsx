// The talent's in-kind services (衢委发〔2020〕7号 art. 22–23): whether they are open (city-level
// talent or a county recommendation the city accepted), 子女就学 requests and their placement,
// health-check / green-channel bookings, education vouchers with their codes, 特优贷 referrals and
// the banks' answers.

import { useState } from 'react';
import { Alert, Button, Card, Input, List, Select, Space, Typography } from 'antd';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime } from '../time';
import { Loading } from '../ui/common';
import { inkindApi, STAGE_OPTIONS, yuanToFen, type Booking, type Referral, type SchoolRequest, type Slot, type Voucher } from './api';
import { Quiet, StatusTag, useAction } from './parts';

export default function MyServices() {
  const standing = useLoad(() => inkindApi.standing(), []);
  return (
    <div data-testid="my-services">
      <Loading loaded={standing}>
        {(s) => (
          <Alert
            className="block"
            type={s.eligible ? 'success' : 'info'}
            showIcon
            message={s.eligible ? `您可享受人才子女就学、教育券等服务：${s.reason}` : `暂不能申请子女就学、教育券：${s.reason}`}
            description="依据：衢委发〔2020〕7号第22条（县（市、区）推荐的优秀人才享受市本级待遇）、第23条（高层次人才服务“电子一卡通”）。"
          />
        )}
      </Loading>
      <div className="portal-grid">
        <div>
          <Schooling />
          <Vouchers />
        </div>
        <div>
          <Health />
          <Loans />
        </div>
      </div>
    </div>
  );
}

function Schooling() {
  const list = useLoad(() => inkindApi.schooling(), []);
  const [form, setForm] = useState({ childName: '', stage: 'primary', grade: '', wishedArea: '', wishedSchool: '', hukouNote: '' });
  const a = useAction();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <Card size="small" title="子女就学" className="block" data-testid="schooling">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input placeholder="子女姓名" aria-label="子女姓名" value={form.childName} onChange={set('childName')} data-testid="child-name" />
        <Space wrap>
          <Select aria-label="学段" style={{ width: 120 }} options={STAGE_OPTIONS} value={form.stage} onChange={(v) => setForm({ ...form, stage: v })} />
          <Input placeholder="年级（如 一年级）" aria-label="年级" value={form.grade} onChange={set('grade')} style={{ width: 160 }} data-testid="child-grade" />
        </Space>
        <Input placeholder="意向区域（如 柯城区）" aria-label="意向区域" value={form.wishedArea} onChange={set('wishedArea')} data-testid="child-area" />
        <Input placeholder="意向学校（可不填）" aria-label="意向学校" value={form.wishedSchool} onChange={set('wishedSchool')} />
        <Input placeholder="户籍说明（可不填）" aria-label="户籍说明" value={form.hukouNote} onChange={set('hukouNote')} />
        <Button type="primary" loading={a.busy} data-testid="request-schooling" onClick={() => void a.run(async () => { await inkindApi.requestSchooling(form); list.retry(); }, '已提交，进入联审（人才办、教育局）')}>
          提交子女就学申请
        </Button>
        {a.feedback}
      </Space>
      <Loading loaded={list}>
        {(rows) => (
          <List<SchoolRequest>
            size="small"
            locale={{ emptyText: <Quiet>尚无子女就学申请</Quiet> }}
            dataSource={rows}
            renderItem={(r) => (
              <List.Item>
                <div>
                  <div>{r.childName} · {r.stageName}{r.grade} · 意向 {r.wishedArea}{r.wishedSchool ? `（${r.wishedSchool}）` : ''} <StatusTag status={r.status} text={r.statusText} /></div>
                  {r.school && <Typography.Text strong>安排学校：{r.school}</Typography.Text>}
                  {r.reason && <Typography.Text type="secondary">理由：{r.reason}</Typography.Text>}
                </div>
              </List.Item>
            )}
          />
        )}
      </Loading>
    </Card>
  );
}

function Health() {
  const slots = useLoad(() => inkindApi.slots(), []);
  const mine = useLoad(() => inkindApi.myBookings(), []);
  const a = useAction();
  const reload = () => {
    slots.retry();
    mine.retry();
  };
  return (
    <Card size="small" title="医疗保健：体检与绿色通道预约" className="block" data-testid="health">
      <Loading loaded={slots}>
        {(rows) => (
          <List<Slot>
            size="small"
            header="可预约号源"
            locale={{ emptyText: <Quiet>暂无可预约的号源</Quiet> }}
            dataSource={rows}
            renderItem={(s) => (
              <List.Item actions={[<Button key="b" size="small" disabled={s.left < 1} loading={a.busy} data-testid={`book-${s.id}`} onClick={() => void a.run(async () => { await inkindApi.book(s.id); reload(); }, '预约成功')}>预约</Button>]}>
                <div>
                  <div>{s.partnerName}</div>
                  <Typography.Text type="secondary">{s.day} {s.period} · 余 {s.left} 个</Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
      </Loading>
      {a.feedback}
      <Loading loaded={mine}>
        {(rows) => (
          <List<Booking>
            size="small"
            header="我的预约"
            locale={{ emptyText: <Quiet>尚无预约</Quiet> }}
            dataSource={rows}
            renderItem={(b) => (
              <List.Item actions={b.status === 'booked' ? [<Button key="c" size="small" data-testid={`cancel-booking-${b.id}`} onClick={() => void a.run(async () => { await inkindApi.cancelBooking(b.id); reload(); }, '已取消预约')}>取消</Button>] : []}>
                {b.partnerName} · {b.day} {b.period} <StatusTag status={b.status} text={b.statusText} />
              </List.Item>
            )}
          />
        )}
      </Loading>
    </Card>
  );
}

function Vouchers() {
  const list = useLoad(() => inkindApi.myVouchers(), []);
  return (
    <Card size="small" title="高层次人才“教育券”" className="block" data-testid="vouchers">
      <Loading loaded={list}>
        {(rows) => (
          <List<Voucher>
            size="small"
            locale={{ emptyText: <Quiet>尚无教育券</Quiet> }}
            dataSource={rows}
            renderItem={(v) => (
              <List.Item>
                <div>
                  <div>{v.purpose} · {formatFen(v.amountFen)} <StatusTag status={v.status} text={v.statusText} /></div>
                  <div>券码 <Typography.Text copyable strong data-testid={`voucher-code-${v.id}`}>{v.code}</Typography.Text></div>
                  <Typography.Text type="secondary">有效期 {v.validFrom} 至 {v.validTo}；在合作学校出示券码使用，每张限用一次</Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
      </Loading>
    </Card>
  );
}

function Loans() {
  const banks = useLoad(() => inkindApi.banks(), []);
  const list = useLoad(() => inkindApi.myReferrals(), []);
  const [bank, setBank] = useState<string>();
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const a = useAction();
  return (
    <Card size="small" title="住房公积金“特优贷”转介" className="block" data-testid="loans">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select aria-label="合作银行" placeholder="选择合作银行" value={bank} onChange={setBank} options={(banks.data ?? []).map((b) => ({ value: b.code, label: b.name }))} data-testid="loan-bank" />
        <Input aria-label="意向金额（元）" placeholder="意向金额（元）" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="loan-amount" />
        <Input aria-label="说明" placeholder="说明（可不填）" value={note} onChange={(e) => setNote(e.target.value)} />
        <Button type="primary" loading={a.busy} data-testid="loan-refer" onClick={() => void a.run(async () => { await inkindApi.refer({ partner: bank ?? '', amountFen: yuanToFen(amount) ?? 0, ...(note ? { note } : {}) }); list.retry(); }, '已转介至合作银行，请等待银行答复')}>
          申请转介
        </Button>
        {a.feedback}
      </Space>
      <Loading loaded={list}>
        {(rows) => (
          <List<Referral>
            size="small"
            locale={{ emptyText: <Quiet>尚无转介</Quiet> }}
            dataSource={rows}
            renderItem={(r) => (
              <List.Item>
                <div>
                  <div>{r.partnerName} · 意向 {formatFen(r.amountFen)} <StatusTag status={r.status} text={r.statusText} /></div>
                  {r.status === 'approved' && <div>批准 {formatFen(r.approvedFen ?? 0)}，利率：{r.rateText}</div>}
                  {r.status === 'declined' && <div>理由：{r.reason}</div>}
                  <Typography.Text type="secondary">申请于 {formatDateTime(r.createdAt)}</Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
      </Loading>
    </Card>
  );
}
