// 人才公寓 for the housing clerks (人才办经办人员、住建局工作人员; leaders read): the stock in their
// regions (register a unit, maintenance), the waiting list in its stated order with each place,
// offering a unit to the head of its county's list (or to another entry, with a reason), and the
// tenancies (record the move-in, end the tenancy).

import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tabs, Tag, message } from 'antd';
import { CardTable } from '../ui/card-table';
import type { Dayjs } from 'dayjs';
import { api, failText } from '../api';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { Loading, RequireRole } from '../ui/common';
import { aptApi, type Apartment, type NewApartment, type Tenancy, type WaitlistEntry } from './api';

const STATUS_COLOR: Record<string, string> = { available: 'green', offered: 'gold', occupied: 'blue', maintenance: 'default' };

function useWrite(): boolean {
  const { session } = useSession();
  const u = session?.user;
  return u?.role === 'clerk' || (u?.role === 'reviewer' && u.department === 'housing');
}

function NewUnit({ onDone }: { onDone: () => void }) {
  const regions = useLoad(() => api.regions(), []);
  const [form] = Form.useForm<NewApartment>();
  const [error, setError] = useState<string>();
  const submit = async (v: NewApartment) => {
    try {
      setError(undefined);
      await aptApi.create({ ...v, areaM2: String(v.areaM2), rent: String(v.rent) });
      form.resetFields();
      void message.success('房源已登记');
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Form form={form} layout="inline" onFinish={(v) => void submit(v)} className="block" data-testid="apartment-form">
      <Form.Item name="region" rules={[{ required: true, message: '请选择县（市、区）' }]}>
        <Select placeholder="县（市、区）" style={{ width: 170 }} aria-label="所在县（市、区）" options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
      </Form.Item>
      <Form.Item name="project" rules={[{ required: true, message: '请填写项目及楼栋' }]}><Input placeholder="项目及楼栋" aria-label="项目及楼栋" style={{ width: 200 }} /></Form.Item>
      <Form.Item name="unitNo" rules={[{ required: true, message: '请填写房号' }]}><Input placeholder="房号" aria-label="房号" style={{ width: 90 }} /></Form.Item>
      <Form.Item name="areaM2" rules={[{ required: true, message: '请填写面积' }]}><InputNumber placeholder="面积（㎡）" aria-label="建筑面积（平方米）" min={5} max={1000} step={0.01} style={{ width: 110 }} /></Form.Item>
      <Form.Item name="rooms" rules={[{ required: true, message: '请填写居室数' }]}><InputNumber placeholder="居室" aria-label="居室数" min={1} max={9} style={{ width: 80 }} /></Form.Item>
      <Form.Item name="rent" rules={[{ required: true, message: '请填写月租金' }]}><InputNumber placeholder="月租金（元）" aria-label="月租金（元）" min={0} step={0.01} style={{ width: 120 }} /></Form.Item>
      <Button type="primary" htmlType="submit" data-testid="apartment-create">登记房源</Button>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8, width: '100%' }} />}
    </Form>
  );
}

function Offer({ unit, onClose }: { unit: Apartment; onClose: (done: boolean) => void }) {
  const list = useLoad(() => aptApi.waitlist(), []);
  const [chosen, setChosen] = useState<number>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const waiting = (list.data?.entries ?? []).filter((e) => e.status === 'waiting' && e.region === unit.region);
  const head = waiting[0];
  const ok = async () => {
    try {
      const t = await aptApi.offer(unit.id, chosen && chosen !== head?.id ? { waitlistId: chosen, reason } : {});
      void message.success(`已配租给 ${t.personName}`);
      onClose(true);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title={`配租：${unit.project} ${unit.unitNo}`} okText="确认配租" cancelText="取消" onOk={() => void ok()} onCancel={() => onClose(false)} okButtonProps={{ disabled: !head, ...({ 'data-testid': 'offer-ok' } as Record<`data-${string}`, string>) }}>
      {error && <Alert type="error" showIcon message={error} className="block" />}
      {!head ? (
        <Alert type="info" showIcon message={`${unit.regionName}轮候名单中暂无轮候人员`} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>按轮候顺序配给第 1 位：<b>{head.personName}</b>（{head.priorityLabel}，核准 {head.approvedOn}）</span>
          <Select allowClear placeholder="或选择其他轮候人才（须写明理由）" value={chosen} onChange={setChosen} style={{ width: '100%' }} aria-label="选择轮候人才" options={waiting.map((e) => ({ value: e.id, label: `第 ${e.position} 位 ${e.personName}（${e.priorityLabel}）` }))} />
          {chosen && chosen !== head.id && <Input.TextArea placeholder="未按轮候顺序配租的理由（4–200 个字）" value={reason} onChange={(e) => setReason(e.target.value)} aria-label="未按顺序配租的理由" />}
        </Space>
      )}
    </Modal>
  );
}

function Stock({ write }: { write: boolean }) {
  const [tick, setTick] = useState(0);
  const units = useLoad(() => aptApi.list(), [tick]);
  const [offering, setOffering] = useState<Apartment>();
  const reload = () => setTick((t) => t + 1);
  const setStatus = (u: Apartment, s: 'available' | 'maintenance') => aptApi.setStatus(u.id, s).then(reload, (e: unknown) => void message.error(failText(e)));
  return (
    <>
      {write && <NewUnit onDone={reload} />}
      <Loading loaded={units}>
        {(rows) => (
          <CardTable<Apartment>
            size="small"
            rowKey="id"
            dataSource={rows}
            data-testid="apartment-stock"
            scroll={{ x: 760 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '项目及楼栋', dataIndex: 'project', card: 'title' },
              { title: '房号', dataIndex: 'unitNo' },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '面积', dataIndex: 'areaText' },
              { title: '居室', dataIndex: 'rooms' },
              { title: '月租金', dataIndex: 'rentText' },
              { title: '状态', card: 'extra', render: (_, u) => <Tag color={STATUS_COLOR[u.status]}>{u.statusText}</Tag> },
              ...(write
                ? [{
                    title: '办理',
                    card: 'actions' as const,
                    render: (_: unknown, u: Apartment) => (
                      <Space size="small">
                        {u.status === 'available' && <Button size="small" type="primary" onClick={() => setOffering(u)} data-testid={`offer-${u.unitNo}`}>配租</Button>}
                        {u.status === 'available' && <Button size="small" onClick={() => void setStatus(u, 'maintenance')}>维修</Button>}
                        {u.status === 'maintenance' && <Button size="small" onClick={() => void setStatus(u, 'available')}>恢复可配租</Button>}
                      </Space>
                    ),
                  }]
                : []),
            ]}
          />
        )}
      </Loading>
      {offering && <Offer unit={offering} onClose={(done) => { setOffering(undefined); if (done) reload(); }} />}
    </>
  );
}

function Waitlist() {
  const list = useLoad(() => aptApi.waitlist(), []);
  return (
    <Loading loaded={list}>
      {(l) => (
        <>
          <Alert className="block" type="info" showIcon message={`轮候顺序：${l.orderText}`} description="衢委发〔2020〕7号未规定轮候顺序：默认先按第20条层次（顶尖人才、国家级领军人才在前，其后第(1)至(5)项，仅属租房补助对象的在后），同层次按核准日期先后；县（市、区）推荐人才按第22条享受市本级相应层次待遇。各县（市、区）分别轮候；首次放弃配租仍按原顺序轮候，再次放弃移出名单。" />
          <CardTable<WaitlistEntry>
            size="small"
            rowKey="id"
            dataSource={l.entries}
            data-testid="apartment-waitlist"
            scroll={{ x: 640 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '姓名', dataIndex: 'personName', card: 'title' },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '位次', render: (_, e) => (e.position ? `第 ${e.position} 位` : '—') },
              { title: '轮候层次', dataIndex: 'priorityLabel' },
              { title: '核准日期', dataIndex: 'approvedOn' },
              { title: '状态', dataIndex: 'statusText', card: 'extra' },
            ]}
          />
        </>
      )}
    </Loading>
  );
}

function Tenancies({ write }: { write: boolean }) {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => aptApi.tenancies(), [tick]);
  const [moving, setMoving] = useState<Tenancy>();
  const [ending, setEnding] = useState<Tenancy>();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<string>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const close = () => {
    setMoving(undefined);
    setEnding(undefined);
    setDate(null);
    setKind(undefined);
    setNote('');
    setError(undefined);
  };
  const run = (fn: () => Promise<unknown>) => fn().then(() => { close(); setTick((t) => t + 1); }, (e: unknown) => setError(failText(e)));
  const day = date ? date.format('YYYY-MM-DD') : '';
  return (
    <>
      <Loading loaded={list}>
        {(rows) => (
          <CardTable<Tenancy>
            size="small"
            rowKey="id"
            dataSource={rows}
            data-testid="apartment-tenancies"
            scroll={{ x: 700 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '房源', card: 'title', render: (_, t) => `${t.apartment.regionName} ${t.apartment.project} ${t.apartment.unitNo}` },
              { title: '租住人', dataIndex: 'personName' },
              { title: '状态', dataIndex: 'statusText', card: 'extra' },
              { title: '入住日期', render: (_, t) => t.moveIn ?? '—' },
              ...(write
                ? [{
                    title: '办理',
                    card: 'actions' as const,
                    render: (_: unknown, t: Tenancy) => (
                      <Space size="small">
                        {t.status === 'accepted' && <Button size="small" type="primary" onClick={() => setMoving(t)}>登记入住</Button>}
                        {t.status === 'active' && <Button size="small" onClick={() => setEnding(t)}>办理退租</Button>}
                      </Space>
                    ),
                  }]
                : []),
            ]}
          />
        )}
      </Loading>
      {moving && (
        <Modal open title="登记入住" okText="登记" cancelText="取消" onOk={() => void run(() => aptApi.moveIn(moving.id, day))} onCancel={close}>
          {error && <Alert type="error" showIcon message={error} className="block" />}
          <p>自入住日期起，人才库记为“租住人才公寓”（租房补助据此不再发放）。</p>
          <DatePicker value={date} onChange={setDate} placeholder="入住日期" aria-label="入住日期" />
        </Modal>
      )}
      {ending && (
        <Modal open title="办理退租" okText="退租" cancelText="取消" onOk={() => void run(() => aptApi.end(ending.id, { date: day, kind: kind ?? '', note }))} onCancel={close}>
          {error && <Alert type="error" showIcon message={error} className="block" />}
          <Space direction="vertical" style={{ width: '100%' }}>
            <DatePicker value={date} onChange={setDate} placeholder="退租日期" aria-label="退租日期" />
            <Select placeholder="退租原因" value={kind} onChange={setKind} style={{ width: 200 }} aria-label="退租原因" options={[{ value: 'purchase', label: '购房' }, { value: 'resigned', label: '离职' }, { value: 'expired', label: '期满' }, { value: 'other', label: '其他' }]} />
            <Input placeholder="说明（原因为“其他”时必填）" value={note} onChange={(e) => setNote(e.target.value)} aria-label="退租说明" />
          </Space>
        </Modal>
      )}
    </>
  );
}

function Office() {
  const write = useWrite();
  return (
    <div className="portal" data-testid="apartments-office">
      <h1>人才公寓</h1>
      <Tabs
        items={[
          { key: 'stock', label: '房源', children: <Stock write={write} /> },
          { key: 'waitlist', label: '轮候名单', children: <Waitlist /> },
          { key: 'tenancies', label: '配租与租住', children: <Tenancies write={write} /> },
        ]}
      />
    </div>
  );
}

export default function ApartmentsOffice() {
  return (
    <RequireRole roles={['clerk', 'reviewer', 'leader']}>
      <Office />
    </RequireRole>
  );
}
