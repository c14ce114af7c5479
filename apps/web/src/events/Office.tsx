// The office's events page (/events): the events of one's regions (create, publish, end, cancel);
// one event's posts (picked from enterprises' open demands), registrations (masked) with check-in by
// a scanned or pasted code or from the list, and interview and offer results; series with their host
// rota (轮值) and who hosted when; the figures by source, county and month.

import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { formatDateTime, todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { newRequestId } from '../enterprises/api';
import { eventsApi, type EventDetail, type FigureRow, type Options, type Registration } from './api';
import { EventFacts } from './Public';

const STATE_COLOR: Record<string, string> = { draft: 'default', published: 'green', ended: 'blue', cancelled: 'red' };

function CreateForm({ options, onClose, onDone }: { options: Options; onClose: () => void; onDone: () => void }) {
  const series = useLoad(() => eventsApi.series(), []);
  const [form, setForm] = useState<Record<string, unknown>>({ kind: undefined, region: options.regions[0]?.value, capacity: 100 });
  const [key] = useState(newRequestId);
  const [error, setError] = useState<string>();
  const set = (patch: Record<string, unknown>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    try {
      await eventsApi.create(form, key);
      void message.success('已创建活动（草稿），发布后公众可见');
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  const picked = series.data?.find((s) => s.id === form.seriesId);
  return (
    <Modal open title="创建活动" onCancel={onClose} onOk={() => void submit()} okText="创建" cancelText="取消" width={640} data-testid="event-form">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select allowClear style={{ width: '100%' }} aria-label="系列活动" placeholder="系列活动（选填，按轮值建议承办方）" value={form.seriesId as number | undefined} onChange={(v?: number) => set({ seriesId: v, host: undefined })} options={(series.data ?? []).map((s) => ({ value: s.id, label: `${s.title}（下一轮值：${s.nextHost}）` }))} />
        {picked && <Select style={{ width: '100%' }} aria-label="承办方" value={(form.host as string | undefined) ?? picked.nextHost} onChange={(v: string) => set({ host: v })} options={picked.hosts.map((h) => ({ value: h, label: h === picked.nextHost ? `${h}（按轮值）` : h }))} />}
        <Select style={{ width: '100%' }} aria-label="活动类型" placeholder="活动类型" value={form.kind as string | undefined} onChange={(v: string) => set({ kind: v })} options={[{ label: '招聘活动', options: options.kinds.filter((k) => k.recruitment).map((k) => ({ value: k.value, label: k.label })) }, { label: '人才活动', options: options.kinds.filter((k) => !k.recruitment).map((k) => ({ value: k.value, label: k.label })) }]} />
        <Input aria-label="活动名称" placeholder="活动名称" value={form.title as string | undefined} onChange={(e) => set({ title: e.target.value })} />
        <Select style={{ width: '100%' }} aria-label="地区" value={form.region as string} onChange={(v: string) => set({ region: v })} options={options.regions} />
        <Space wrap>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label="开始时间" placeholder="开始时间（北京时间）" onChange={(d) => set({ startsAt: d ? d.format('YYYY-MM-DD HH:mm') : undefined })} />
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label="结束时间" placeholder="结束时间" onChange={(d) => set({ endsAt: d ? d.format('YYYY-MM-DD HH:mm') : undefined })} />
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label="报名截止" placeholder="报名截止（默认开始时间）" onChange={(d) => set({ deadline: d ? d.format('YYYY-MM-DD HH:mm') : undefined })} />
        </Space>
        <Input aria-label="地点" placeholder="活动地点" value={form.place as string | undefined} onChange={(e) => set({ place: e.target.value })} />
        <Input aria-label="线上链接" placeholder="线上链接（云招聘等，选填）" value={form.onlineUrl as string | undefined} onChange={(e) => set({ onlineUrl: e.target.value })} />
        <InputNumber aria-label="名额" min={1} max={100000} addonBefore="名额" addonAfter="人" value={form.capacity as number} onChange={(v) => set({ capacity: v })} />
        <Input aria-label="面向对象" placeholder="面向对象（如 2026 届高校毕业生）" value={form.audience as string | undefined} onChange={(e) => set({ audience: e.target.value })} />
        <Typography.Text type="secondary">时间均为北京时间。</Typography.Text>
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}

function OutcomeForm({ e, r, onClose, onDone }: { e: EventDetail; r: Registration; onClose: () => void; onDone: () => void }) {
  const [form, setForm] = useState<{ postId?: number; result?: string; on: string }>({ on: todayInChina() });
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      await eventsApi.outcome(r.id, form);
      onDone();
    } catch (err) {
      setError(failText(err));
    }
  };
  return (
    <Modal open title={`登记面试录用：${r.name}`} onCancel={onClose} onOk={() => void submit()} okText="登记" cancelText="取消">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select style={{ width: '100%' }} aria-label="岗位" placeholder="岗位" value={form.postId} onChange={(v: number) => setForm((f) => ({ ...f, postId: v }))} options={e.posts.map((x) => ({ value: x.id, label: `${x.enterpriseName} · ${x.post}` }))} />
        <Select style={{ width: '100%' }} aria-label="结果" placeholder="结果" value={form.result} onChange={(v: string) => setForm((f) => ({ ...f, result: v }))} options={[{ value: 'interview', label: '面试' }, { value: 'offer', label: '录用' }, { value: 'rejected', label: '未录用' }]} />
        <DatePicker aria-label="日期" value={dayjs(form.on)} onChange={(d) => setForm((f) => ({ ...f, on: d ? d.format('YYYY-MM-DD') : '' }))} />
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}

function CheckInBox({ e, onDone }: { e: EventDetail; onDone: () => void }) {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const submit = async (body: { token?: string; idNumber?: string }) => {
    try {
      const r = await eventsApi.checkIn(e.id, body);
      setResult({ ok: !r.already, text: `${r.name}（${r.idMasked}）：${r.message}` });
      setCode('');
      onDone();
    } catch (err) {
      setResult({ ok: false, text: failText(err) });
    }
  };
  const value = code.trim();
  const isId = /^\d{17}[\dXx]$/.test(value);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="checkin-box">
      <Input.TextArea rows={2} aria-label="签到码或身份证号" placeholder="扫码枪扫描或粘贴报名人的签到码；也可输入身份证号" value={code} onChange={(x) => setCode(x.target.value)} />
      <Button type="primary" disabled={!value} onClick={() => void submit(isId ? { idNumber: value } : { token: value })} data-testid="checkin-submit">签到</Button>
      {result && <Alert type={result.ok ? 'success' : result.text.includes('已签到') ? 'warning' : 'error'} showIcon title={result.text} data-testid="checkin-result" />}
    </Space>
  );
}

function EventPanel({ e, onChanged }: { e: EventDetail; onChanged: () => void }) {
  const [tick, setTick] = useState(0);
  const regs = useLoad(() => eventsApi.registrations(e.id), [e.id, tick]);
  const demands = useLoad(() => (e.editable && e.recruitment ? eventsApi.demands(e.id) : Promise.resolve([])), [e.id]);
  const [picked, setPicked] = useState<number[]>([]);
  const [outcome, setOutcome] = useState<Registration>();
  const refresh = () => { setTick((t) => t + 1); onChanged(); };
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      void message.success(done);
      refresh();
    } catch (err) {
      void message.error(failText(err));
    }
  };
  const reveal = async (r: Registration) => {
    const purpose = window.prompt('查看完整身份证号的用途（将记入审计日志）');
    if (!purpose) return;
    try {
      const { value } = await eventsApi.reveal(r.id, 'idNumber', purpose);
      Modal.info({ title: `${r.name}的身份证号`, content: value });
    } catch (err) {
      void message.error(failText(err));
    }
  };
  return (
    <Card title={e.title} extra={<Tag color={STATE_COLOR[e.state]}>{e.stateLabel}</Tag>} data-testid="event-panel">
      <Space direction="vertical" style={{ width: '100%' }}>
        <EventFacts e={e} />
        {e.cancelReason && <Alert type="warning" showIcon title={`取消原因：${e.cancelReason}`} />}
        {e.editable && (
          <Space wrap>
            {e.state === 'draft' && <Button type="primary" onClick={() => void act(() => eventsApi.move(e.id, 'publish'), '已发布')} data-testid="publish">发布</Button>}
            {e.state === 'published' && <Button onClick={() => void act(() => eventsApi.move(e.id, 'end'), '已结束')}>结束活动</Button>}
            {(e.state === 'draft' || e.state === 'published') && (
              <Button danger onClick={() => { const reason = window.prompt('取消原因'); if (reason) void act(() => eventsApi.move(e.id, 'cancel', reason), '已取消'); }}>取消活动</Button>
            )}
          </Space>
        )}
        {e.recruitment && (
          <Card size="small" title={`参会企业岗位（${e.posts.length}）`}>
            <Table size="small" rowKey="id" pagination={false} dataSource={e.posts} scroll={{ x: true }} columns={[{ title: '企业', dataIndex: 'enterpriseName' }, { title: '岗位', dataIndex: 'post' }, { title: '人数', dataIndex: 'headcount' }, { title: '要求', dataIndex: 'detail' }]} />
            {e.editable && (e.state === 'draft' || e.state === 'published') && (
              <Space wrap style={{ marginTop: 8 }}>
                <Select mode="multiple" style={{ minWidth: 280 }} aria-label="选择岗位" placeholder="从企业人才需求中选择岗位" value={picked} onChange={setPicked} options={(demands.data ?? []).filter((d) => !e.posts.some((x) => x.post === d.post && x.enterpriseName === d.enterpriseName)).map((d) => ({ value: d.demandId, label: `${d.enterpriseName} · ${d.post}（${d.headcount} 人）` }))} />
                <Button disabled={!picked.length} onClick={() => void act(() => eventsApi.addPosts(e.id, picked).then(() => setPicked([])), '已加入岗位')}>加入岗位</Button>
              </Space>
            )}
          </Card>
        )}
        {e.editable && (e.state === 'published' || e.state === 'ended') && (
          <Card size="small" title="现场签到">
            <CheckInBox e={e} onDone={refresh} />
          </Card>
        )}
        <Card size="small" title={`报名名单（${e.registered} 人，已签到 ${e.checkedIn} 人）`}>
          <Loading loaded={regs}>
            {(list) => (
              <Table
                size="small"
                rowKey="id"
                dataSource={list}
                scroll={{ x: true }}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                data-testid="registrations"
                columns={[
                  { title: '姓名', dataIndex: 'name' },
                  { title: '身份证号', render: (_: unknown, r: Registration) => <Space size={4} wrap>{r.idMasked}{e.editable && <Button size="small" type="link" onClick={() => void reveal(r)}>查看</Button>}</Space> },
                  { title: '手机号', dataIndex: 'phoneMasked' },
                  { title: '学校 / 专业', render: (_: unknown, r: Registration) => [r.school, r.major, r.graduationYear ? `${r.graduationYear} 届` : ''].filter(Boolean).join(' · ') },
                  { title: '来源', render: (_: unknown, r: Registration) => (r.fromRegistry ? '人才库' : '毕业生报名') },
                  { title: '签到', render: (_: unknown, r: Registration) => (r.checkedInAt ? `${formatDateTime(r.checkedInAt)}（${r.checkInWayLabel}）` : e.editable && (e.state === 'published' || e.state === 'ended') ? <Button size="small" onClick={() => void act(() => eventsApi.checkIn(e.id, { registrationId: r.id }), `${r.name} 已签到`)}>签到</Button> : '未签到') },
                  { title: '评价', render: (_: unknown, r: Registration) => (r.rating ? `${r.rating} 分${r.comment ? `：${r.comment}` : ''}` : '') },
                  ...(e.recruitment ? [{ title: '面试录用', render: (_: unknown, r: Registration) => <Space direction="vertical" size={0}>{r.outcomes.map((o) => <span key={o.id}>{o.enterpriseName} · {o.post}：{o.resultLabel}（{o.on}）</span>)}{e.editable && <Button size="small" type="link" onClick={() => setOutcome(r)}>登记结果</Button>}</Space> }] : []),
                ]}
              />
            )}
          </Loading>
        </Card>
        {outcome && <OutcomeForm e={e} r={outcome} onClose={() => setOutcome(undefined)} onDone={() => { setOutcome(undefined); refresh(); }} />}
      </Space>
    </Card>
  );
}

function EventsTab({ options }: { options: Options }) {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => eventsApi.list(), [tick]);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<number>();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {options.regions.length > 0 && <Button type="primary" onClick={() => setCreating(true)} data-testid="new-event">创建活动</Button>}
      <Loading loaded={list}>
        {(events) => (
          <>
            <Table
              size="small"
              rowKey="id"
              dataSource={events}
              scroll={{ x: true }}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              data-testid="events-table"
              rowClassName={(e) => (e.id === selected ? 'ant-table-row-selected' : '')}
              onRow={(e) => ({ onClick: () => setSelected(e.id) })}
              columns={[
                { title: '活动', render: (_: unknown, e: EventDetail) => <Button type="link" style={{ padding: 0 }} onClick={() => setSelected(e.id)}>{e.title}</Button> },
                { title: '类型', dataIndex: 'kindLabel' },
                { title: '地区', dataIndex: 'regionName' },
                { title: '开始', render: (_: unknown, e: EventDetail) => formatDateTime(e.startsAt) },
                { title: '状态', render: (_: unknown, e: EventDetail) => <Tag color={STATE_COLOR[e.state]}>{e.stateLabel}</Tag> },
                { title: '报名 / 名额', render: (_: unknown, e: EventDetail) => `${e.registered} / ${e.capacity}` },
                { title: '签到', dataIndex: 'checkedIn' },
                { title: '评价', render: (_: unknown, e: EventDetail) => (e.rating === null ? '' : `${e.rating} 分`) },
              ]}
            />
            {selected && events.find((e) => e.id === selected) && <EventPanel e={events.find((e) => e.id === selected)!} onChanged={() => setTick((t) => t + 1)} />}
          </>
        )}
      </Loading>
      {creating && <CreateForm options={options} onClose={() => setCreating(false)} onDone={() => { setCreating(false); setTick((t) => t + 1); }} />}
    </Space>
  );
}

function SeriesTab({ options }: { options: Options }) {
  const [tick, setTick] = useState(0);
  const series = useLoad(() => eventsApi.series(), [tick]);
  const [form, setForm] = useState<{ kind?: string; title?: string; region?: string; hosts: string }>({ hosts: '', region: options.regions[0]?.value, kind: 'talent_day' });
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      await eventsApi.createSeries({ ...form, hosts: form.hosts.split(/\n/).map((h) => h.trim()).filter(Boolean) });
      setForm((f) => ({ ...f, title: '', hosts: '' }));
      setError(undefined);
      setTick((t) => t + 1);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Loading loaded={series}>
        {(list) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {list.length === 0 && <Typography.Text type="secondary">暂无系列活动</Typography.Text>}
            {list.map((s) => (
              <Card key={s.id} size="small" title={`${s.title}（${s.regionName} · ${s.kindLabel}）`} data-testid="series">
                <p>轮值顺序：{s.hosts.map((h, i) => <Tag key={h} color={h === s.nextHost ? 'red' : undefined}>{i + 1}. {h}</Tag>)}</p>
                <p>下一轮值承办方：<strong>{s.nextHost}</strong></p>
                <Table size="small" rowKey="eventId" pagination={false} dataSource={s.history} scroll={{ x: true }} locale={{ emptyText: '尚未举办' }} columns={[{ title: '时间', render: (_: unknown, h: { startsAt: string }) => formatDateTime(h.startsAt) }, { title: '活动', dataIndex: 'title' }, { title: '承办方', dataIndex: 'host' }, { title: '状态', dataIndex: 'stateLabel' }]} />
              </Card>
            ))}
          </Space>
        )}
      </Loading>
      {options.regions.length > 0 && (
        <Card size="small" title="设立系列活动">
          <Space direction="vertical" style={{ width: '100%', maxWidth: 520 }}>
            <Select aria-label="活动类型" value={form.kind} onChange={(v: string) => setForm((f) => ({ ...f, kind: v }))} options={options.kinds.map((k) => ({ value: k.value, label: k.label }))} />
            <Input aria-label="系列名称" placeholder="系列名称（如 每周四人才活动日）" value={form.title} onChange={(e) => setForm((f) => ({ ...f, title: e.target.value }))} />
            <Select aria-label="地区" value={form.region} onChange={(v: string) => setForm((f) => ({ ...f, region: v }))} options={options.regions} />
            <Input.TextArea rows={4} aria-label="轮值名单" placeholder="轮值承办方，每行一个，按轮值顺序" value={form.hosts} onChange={(e) => setForm((f) => ({ ...f, hosts: e.target.value }))} />
            {error && <Alert type="error" showIcon title={error} />}
            <Button onClick={() => void submit()}>设立</Button>
          </Space>
        </Card>
      )}
    </Space>
  );
}

function FiguresTab() {
  const year = todayInChina().slice(0, 4);
  const [range, setRange] = useState({ from: `${year}-01-01`, to: `${year}-12-31` });
  const figs = useLoad(() => eventsApi.figures(range), [range.from, range.to]);
  const cols = (first: string) => [{ title: first, dataIndex: 'label' }, { title: '活动场次', dataIndex: 'events' }, { title: '报名人次', dataIndex: 'registrations' }, { title: '签到人次', dataIndex: 'attended' }, { title: '录用人数', dataIndex: 'hires' }];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker aria-label="开始日期" value={dayjs(range.from)} onChange={(d) => d && setRange((r) => ({ ...r, from: d.format('YYYY-MM-DD') }))} />
        <DatePicker aria-label="结束日期" value={dayjs(range.to)} onChange={(d) => d && setRange((r) => ({ ...r, to: d.format('YYYY-MM-DD') }))} />
      </Space>
      <Loading loaded={figs}>
        {(f) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>合计：活动 {f.total.events} 场，报名 {f.total.registrations} 人次，签到 {f.total.attended} 人次，录用 {f.total.hires} 人</Typography.Text>
            {([['按来源（活动类型）', 'bySource', '来源'], ['按县（市、区）', 'byRegion', '地区'], ['按月份', 'byMonth', '月份']] as const).map(([title, k, first]) => (
              <Card key={k} size="small" title={title}>
                <Table size="small" rowKey="key" pagination={false} dataSource={f[k] as FigureRow[]} scroll={{ x: true }} columns={cols(first)} locale={{ emptyText: '该期间没有活动' }} />
              </Card>
            ))}
            <Typography.Paragraph type="secondary">{f.attendanceDefinition}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">{f.hiresDefinition}</Typography.Paragraph>
          </Space>
        )}
      </Loading>
    </Space>
  );
}

function Office() {
  const options = useLoad(() => eventsApi.options(), []);
  return (
    <Card title="招聘活动与人才活动" className="events-page">
      <Loading loaded={options}>
        {(o) => (
          <Tabs
            items={[
              { key: 'events', label: '活动', children: <EventsTab options={o} /> },
              { key: 'series', label: '系列活动与轮值', children: <SeriesTab options={o} /> },
              { key: 'figures', label: '活动统计', children: <FiguresTab /> },
            ]}
          />
        )}
      </Loading>
    </Card>
  );
}

export default function EventsOffice() {
  return (
    <RequireRole roles={['clerk', 'reviewer', 'leader', 'admin']}>
      <Office />
    </RequireRole>
  );
}
