// The office's 乡土人才 page (/rural-talent): counts by level (县级、乡（镇）级、村级) and speciality
// and training by year (村播 apart, the lower bound of work item 9.3's figures); the talents of one's county by township and
// village (masked); record a talent (a village not under the township is refused on its field) and
// the training one received.

import { useState } from 'react';
import { Alert, Button, Card, Drawer, Input, InputNumber, Modal, Select, Space, Table, message } from 'antd';
import { failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { useSession } from '../session';
import { ruralApi, type Options, type RuralForm, type RuralTalent, type Training } from './api';

const COUNTIES = [
  { value: 'kecheng', label: '柯城区' }, { value: 'qujiang', label: '衢江区' }, { value: 'longyou', label: '龙游县' },
  { value: 'jiangshan', label: '江山市' }, { value: 'changshan', label: '常山县' }, { value: 'kaihua', label: '开化县' },
];

function TalentForm({ options, region, onClose, onDone }: { options: Options; region: string; onClose: () => void; onDone: () => void }) {
  const [f, setF] = useState<RuralForm>({ name: '', idNumber: '', region: COUNTIES.some((c) => c.value === region) ? region : '', level: 'village', townshipCode: '', townshipName: '', villageCode: '', villageName: '', speciality: '', enteredOn: todayInChina() });
  const [err, setErr] = useState<string>();
  const set = (patch: Partial<RuralForm>) => setF((x) => ({ ...x, ...patch }));
  const submit = async () => {
    try {
      await ruralApi.create(f);
      void message.success('已登记');
      onDone();
    } catch (e) {
      setErr(failText(e));
    }
  };
  return (
    <Modal open title="登记乡土人才" onCancel={onClose} onOk={() => void submit()} okText="提交" cancelText="取消">
      <Space direction="vertical" style={{ width: '100%' }}>
        <label>姓名<Input aria-label="姓名" value={f.name} onChange={(e) => set({ name: e.target.value })} /></label>
        <label>身份证号<Input aria-label="身份证号" value={f.idNumber} onChange={(e) => set({ idNumber: e.target.value })} /></label>
        <label>县（市、区）<Select aria-label="县（市、区）" style={{ width: '100%' }} value={f.region || undefined} onChange={(v: string) => set({ region: v })} options={COUNTIES} /></label>
        <label>层级<Select aria-label="层级" style={{ width: '100%' }} value={f.level} onChange={(v: string) => set({ level: v })} options={options.levels.map((l) => ({ value: l.code, label: l.label }))} /></label>
        <Space wrap>
          <label>乡镇（街道）代码（9 位）<Input aria-label="乡镇（街道）代码" value={f.townshipCode} onChange={(e) => set({ townshipCode: e.target.value })} /></label>
          <label>乡镇（街道）名称<Input aria-label="乡镇（街道）名称" value={f.townshipName} onChange={(e) => set({ townshipName: e.target.value })} /></label>
        </Space>
        <Space wrap>
          <label>村（社区）代码（12 位）<Input aria-label="村（社区）代码" value={f.villageCode} onChange={(e) => set({ villageCode: e.target.value })} /></label>
          <label>村（社区）名称<Input aria-label="村（社区）名称" value={f.villageName} onChange={(e) => set({ villageName: e.target.value })} /></label>
        </Space>
        <label>专长<Select aria-label="专长" style={{ width: '100%' }} value={f.speciality || undefined} onChange={(v: string) => set({ speciality: v })} options={options.specialities.map((s) => ({ value: s.code, label: s.label }))} /></label>
        <label>入库日期<Input type="date" aria-label="入库日期" value={f.enteredOn} max={todayInChina()} onChange={(e) => set({ enteredOn: e.target.value })} /></label>
        {err && <Alert type="error" showIcon title={err} />}
      </Space>
    </Modal>
  );
}

function TalentDrawer({ id, options, writes, onClose, onChange }: { id: number; options: Options; writes: boolean; onClose: () => void; onChange: () => void }) {
  const [tick, setTick] = useState(0);
  const t = useLoad(() => ruralApi.one(id), [id, tick]);
  const [f, setF] = useState({ course: '', speciality: '', trainedOn: todayInChina(), hours: 8 });
  const [err, setErr] = useState<string>();
  const add = async () => {
    try {
      await ruralApi.train(id, f);
      setErr(undefined);
      setTick((x) => x + 1);
      onChange();
    } catch (e) {
      setErr(failText(e));
    }
  };
  return (
    <Drawer open title="乡土人才" onClose={onClose} size="large">
      <Loading loaded={t}>
        {(x) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            <div>{x.name}（{x.idNumber}）· {x.regionName} {x.townshipName} {x.villageName} · {x.levelLabel} · {x.specialityLabel} · {x.enteredOn} 入库</div>
            <Table<Training> size="small" rowKey="id" pagination={false} dataSource={x.trainingList ?? []} locale={{ emptyText: '暂无培训记录' }}
              columns={[{ title: '培训日期', dataIndex: 'trainedOn' }, { title: '课程', dataIndex: 'course' }, { title: '专长', dataIndex: 'specialityLabel' }, { title: '学时', dataIndex: 'hours', align: 'right' as const }]} />
            {writes && (
              <Card size="small" title="登记培训">
                <Space wrap>
                  <Input aria-label="培训课程" placeholder="培训课程" value={f.course} onChange={(e) => setF({ ...f, course: e.target.value })} />
                  <Select aria-label="培训专长" style={{ width: 140 }} placeholder="同人才专长" allowClear value={f.speciality || undefined} onChange={(v?: string) => setF({ ...f, speciality: v ?? '' })} options={options.specialities.map((s) => ({ value: s.code, label: s.label }))} />
                  <Input type="date" aria-label="培训日期" value={f.trainedOn} max={todayInChina()} onChange={(e) => setF({ ...f, trainedOn: e.target.value })} />
                  <InputNumber aria-label="学时" min={1} max={2000} value={f.hours} onChange={(v) => setF({ ...f, hours: Number(v ?? 0) })} addonAfter="学时" />
                  <Button type="primary" onClick={() => void add()}>登记</Button>
                </Space>
                {err && <Alert type="error" showIcon title={err} />}
              </Card>
            )}
          </Space>
        )}
      </Loading>
    </Drawer>
  );
}

function Page() {
  const { session } = useSession();
  const writes = session?.user.role === 'clerk' || session?.user.role === 'admin';
  const [tick, setTick] = useState(0);
  const [level, setLevel] = useState('');
  const [speciality, setSpeciality] = useState('');
  const [open, setOpen] = useState<number>();
  const [formOpen, setFormOpen] = useState(false);
  const options = useLoad(() => ruralApi.options(), []);
  const counts = useLoad(() => ruralApi.counts(), [tick]);
  const list = useLoad(() => ruralApi.list({ level, speciality }), [tick, level, speciality]);
  return (
    <div data-testid="rural-talent-page">
      <h1>乡土人才</h1>
      <Loading loaded={options}>
        {(o) => (
          <>
            <Card size="small" title="按层级和专长统计" className="block">
              <Loading loaded={counts}>
                {(c) => (
                  <>
                    <Table size="small" rowKey="level" pagination={false} scroll={{ x: 720 }} dataSource={c.byLevel}
                      columns={[
                        { title: '层级', dataIndex: 'levelLabel' },
                        ...o.specialities.map((s) => ({ title: s.label, align: 'right' as const, render: (_: unknown, r: RuralCounts_Level) => r.bySpeciality[s.code] ?? 0 })),
                        { title: '合计', dataIndex: 'total', align: 'right' as const },
                      ]}
                      summary={() => <Table.Summary.Row><Table.Summary.Cell index={0}>合计</Table.Summary.Cell>{c.bySpeciality.map((s, n) => <Table.Summary.Cell key={s.speciality} index={n + 1} align="right">{s.total}</Table.Summary.Cell>)}<Table.Summary.Cell index={c.bySpeciality.length + 1} align="right">{c.total}</Table.Summary.Cell></Table.Summary.Row>}
                    />
                    <h3>培训情况（按年度）</h3>
                    <Table size="small" rowKey="year" pagination={false} dataSource={c.trainingByYear} locale={{ emptyText: '暂无培训记录' }}
                      columns={[{ title: '年度', dataIndex: 'year' }, { title: '培训人次', dataIndex: 'personTimes', align: 'right' as const }, { title: '学时', dataIndex: 'hours', align: 'right' as const }, { title: '其中村播培训人次', dataIndex: 'villageLivePersonTimes', align: 'right' as const }, { title: '新入库乡村主播', dataIndex: 'villageAnchors', align: 'right' as const }]} />
                    <Alert type="info" showIcon className="block" title={`层级指人才所在的信息库：县级、乡（镇）级、村级（“县、乡、村三级信息库”）。${c.note}`} />
                  </>
                )}
              </Loading>
            </Card>
            <Space wrap className="block">
              {writes && <Button type="primary" onClick={() => setFormOpen(true)} data-testid="record-rural-talent">登记乡土人才</Button>}
              <Select value={level} onChange={setLevel} style={{ width: 140 }} aria-label="层级筛选" options={[{ value: '', label: '全部层级' }, ...o.levels.map((l) => ({ value: l.code, label: l.label }))]} />
              <Select value={speciality} onChange={setSpeciality} style={{ width: 160 }} aria-label="专长筛选" options={[{ value: '', label: '全部专长' }, ...o.specialities.map((s) => ({ value: s.code, label: s.label }))]} />
            </Space>
            <Loading loaded={list}>
              {(rows) => (
                <Table<RuralTalent> size="small" rowKey="id" dataSource={rows} data-testid="rural-talent-list" scroll={{ x: 900 }} locale={{ emptyText: '暂无乡土人才' }}
                  columns={[
                    { title: '姓名', render: (_: unknown, t: RuralTalent) => <Button type="link" size="small" onClick={() => setOpen(t.id)}>{t.name}</Button> },
                    { title: '身份证号', dataIndex: 'idNumber' },
                    { title: '县（市、区）', dataIndex: 'regionName' },
                    { title: '乡镇（街道）', render: (_: unknown, t: RuralTalent) => <>{t.townshipName || '—'}{t.townshipCode && <span className="code-secondary"> {t.townshipCode}</span>}</> },
                    { title: '村（社区）', render: (_: unknown, t: RuralTalent) => <>{t.villageName || '—'}{t.villageCode && <span className="code-secondary"> {t.villageCode}</span>}</> },
                    { title: '层级', dataIndex: 'levelLabel' },
                    { title: '专长', dataIndex: 'specialityLabel' },
                    { title: '培训', render: (_: unknown, t: RuralTalent) => `${t.trainings} 次 / ${t.trainingHours} 学时` },
                  ]}
                />
              )}
            </Loading>
            {formOpen && <TalentForm options={o} region={session?.user.region ?? ''} onClose={() => setFormOpen(false)} onDone={() => { setFormOpen(false); setTick((t) => t + 1); }} />}
            {open !== undefined && <TalentDrawer id={open} options={o} writes={writes} onClose={() => setOpen(undefined)} onChange={() => setTick((t) => t + 1)} />}
          </>
        )}
      </Loading>
    </div>
  );
}

type RuralCounts_Level = { level: string; levelLabel: string; total: number; bySpeciality: Record<string, number> };

const ROLES: Role[] = ['clerk', 'leader', 'admin'];
export default function RuralTalentPage() {
  return (
    <RequireRole roles={ROLES}>
      <Page />
    </RequireRole>
  );
}
