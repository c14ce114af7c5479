// The office's 衢籍大学生 page (/native-students): counts by 户籍 county and graduation year with the
// returned ones and what is counted; the students (masked; a mismatch between the ID's county and
// the declared 户籍 marked 待核实); record one, import an Excel file (errors by row and column,
// nothing imported if any), the template and the contact list of those who consented; 家乡行
// activities and internships with who took part.

import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Modal, Select, Space, Table, Tabs, Tag, Upload, message } from 'antd';
import { failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { useSession } from '../session';
import { newRequestId } from '../enterprises/api';
import { save, studentsApi, type Activity, type CountRow, type ImportReport, type Student, type StudentForm } from './api';

const COUNTIES = ['柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县', '衢州市本级'];
const DEGREES = ['专科', '本科', '硕士研究生', '博士研究生'];
const blank: StudentForm = { name: '', idNumber: '', region: '', school: '', major: '', degree: '本科', graduationYear: todayInChina().slice(0, 4), phone: '', consent: false };

function StudentFormModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const [f, setF] = useState<StudentForm>(blank);
  const [err, setErr] = useState<string>();
  const set = (patch: Partial<StudentForm>) => setF((x) => ({ ...x, ...patch }));
  const submit = async () => {
    try {
      const s = await studentsApi.create(f);
      void message.success(s.mismatch ? `已登记；${s.mismatchNote}` : '已登记');
      onDone();
    } catch (e) {
      setErr(failText(e));
    }
  };
  return (
    <Modal open title="登记衢籍大学生" onCancel={onClose} onOk={() => void submit()} okText="提交" cancelText="取消">
      <Space direction="vertical" style={{ width: '100%' }}>
        <label>姓名<Input aria-label="姓名" value={f.name} onChange={(e) => set({ name: e.target.value })} /></label>
        <label>身份证号<Input aria-label="身份证号" value={f.idNumber} onChange={(e) => set({ idNumber: e.target.value })} /></label>
        <label>户籍县（市、区）<Select aria-label="户籍县（市、区）" style={{ width: '100%' }} value={f.region || undefined} onChange={(v: string) => set({ region: v })} options={COUNTIES.map((c) => ({ value: c, label: c }))} /></label>
        <label>学校<Input aria-label="学校" value={f.school} onChange={(e) => set({ school: e.target.value })} /></label>
        <label>专业<Input aria-label="专业" value={f.major} onChange={(e) => set({ major: e.target.value })} /></label>
        <label>学历<Select aria-label="学历" style={{ width: '100%' }} value={f.degree} onChange={(v: string) => set({ degree: v })} options={DEGREES.map((d) => ({ value: d, label: d }))} /></label>
        <label>毕业年份（在读学生填预计毕业年份）<Input aria-label="毕业年份" value={f.graduationYear} onChange={(e) => set({ graduationYear: e.target.value })} /></label>
        <label>手机号<Input aria-label="手机号" value={f.phone} onChange={(e) => set({ phone: e.target.value })} /></label>
        <Checkbox checked={f.consent} onChange={(e) => set({ consent: e.target.checked })}>本人同意接收家乡人才工作联系</Checkbox>
        {err && <Alert type="error" showIcon title={err} />}
      </Space>
    </Modal>
  );
}

function ImportCard({ onDone }: { onDone: () => void }) {
  const [report, setReport] = useState<ImportReport>();
  const [err, setErr] = useState<string>();
  const send = async (file: File) => {
    setErr(undefined);
    try {
      const r = await studentsApi.import(file);
      setReport(r);
      if (r.inserted) onDone();
    } catch (e) {
      setErr(failText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => { void send(f); return false; }}>
          <Button data-testid="import-students">导入 Excel</Button>
        </Upload>
        <Button type="link" onClick={() => void studentsApi.template().then((b) => save(b, '衢籍大学生导入模板.xlsx'), (e: unknown) => void message.error(failText(e)))}>下载导入模板</Button>
      </Space>
      {err && <Alert type="error" showIcon title={err} />}
      {report && (report.errors.length ? (
        <>
          <Alert type="error" showIcon title={`共 ${report.total} 行，其中有错误，本次未导入任何一行；请改正后重新导入`} />
          <Table size="small" rowKey={(e) => `${e.row}-${e.column}-${e.message}`} pagination={false} dataSource={report.errors} columns={[{ title: '行', dataIndex: 'row' }, { title: '列', dataIndex: 'column' }, { title: '问题', dataIndex: 'message' }]} />
        </>
      ) : (
        <Alert type="success" showIcon title={`已导入 ${report.inserted} 行${report.mismatches ? `，其中 ${report.mismatches} 人身份证号地址码与户籍不一致，已标注待核实` : ''}`} />
      ))}
    </Space>
  );
}

function StudentTable({ rows, selected, onSelect }: { rows: Student[]; selected?: number[]; onSelect?: (ids: number[]) => void }) {
  return (
    <Table<Student>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid="student-list"
      scroll={{ x: 900 }}
      locale={{ emptyText: '暂无学生' }}
      rowSelection={onSelect ? { selectedRowKeys: selected, onChange: (k) => onSelect(k as number[]) } : undefined}
      columns={[
        { title: '姓名', dataIndex: 'name' },
        { title: '身份证号', dataIndex: 'idNumber' },
        { title: '户籍', render: (_: unknown, s: Student) => <>{s.regionName}{s.mismatch && <Tag color="orange" title={s.mismatchNote ?? ''} style={{ marginLeft: 4 }}>待核实</Tag>}</> },
        { title: '学校', dataIndex: 'school' },
        { title: '专业', dataIndex: 'major' },
        { title: '学历', dataIndex: 'degreeLabel' },
        { title: '毕业年份', dataIndex: 'graduationYear' },
        { title: '联系', render: (_: unknown, s: Student) => (s.consent ? s.phone : '未同意联系') },
        { title: '回归', render: (_: unknown, s: Student) => (s.returned ? `${s.returned.regionName}（${s.returned.since} 起）` : '—') },
      ]}
    />
  );
}

function ActivityModal({ students, onClose, onDone }: { students: Student[]; onClose: () => void; onDone: () => void }) {
  const [f, setF] = useState({ kind: 'hometown_visit', title: '', heldOn: todayInChina(), host: '', studentIds: [] as number[] });
  const [key] = useState(newRequestId);
  const [err, setErr] = useState<string>();
  const submit = async () => {
    try {
      await studentsApi.recordActivity(f, key);
      void message.success('已登记活动');
      onDone();
    } catch (e) {
      setErr(failText(e));
    }
  };
  return (
    <Modal open title="登记活动" width={760} onCancel={onClose} onOk={() => void submit()} okText="提交" cancelText="取消">
      <Space direction="vertical" style={{ width: '100%' }}>
        <label>活动类型<Select aria-label="活动类型" style={{ width: '100%' }} value={f.kind} onChange={(v: string) => setF({ ...f, kind: v })} options={[{ value: 'hometown_visit', label: '衢籍学子家乡行' }, { value: 'internship', label: '实习' }]} /></label>
        <label>活动名称<Input aria-label="活动名称" value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} /></label>
        <label>活动日期<Input type="date" aria-label="活动日期" value={f.heldOn} onChange={(e) => setF({ ...f, heldOn: e.target.value })} /></label>
        <label>承办或实习单位<Input aria-label="承办或实习单位" value={f.host} onChange={(e) => setF({ ...f, host: e.target.value })} /></label>
        <div>参加的学生（已选 {f.studentIds.length} 人）</div>
        <StudentTable rows={students} selected={f.studentIds} onSelect={(ids) => setF({ ...f, studentIds: ids })} />
        {err && <Alert type="error" showIcon title={err} />}
      </Space>
    </Modal>
  );
}

function Page() {
  const { session } = useSession();
  const writes = session?.user.role === 'clerk' || session?.user.role === 'admin';
  const [tick, setTick] = useState(0);
  const [q, setQ] = useState('');
  const [filter, setFilter] = useState('');
  const [form, setForm] = useState<'student' | 'activity'>();
  const students = useLoad(() => studentsApi.list({ q, ...(filter ? { [filter]: '1' } : {}) }), [tick, q, filter]);
  const counts = useLoad(() => studentsApi.counts(), [tick]);
  const activities = useLoad(() => studentsApi.activities(), [tick]);
  const done = () => { setForm(undefined); setTick((t) => t + 1); };
  return (
    <div data-testid="native-students-page">
      <h1>衢籍大学生</h1>
      <Card size="small" title="按户籍县（市、区）和毕业年份统计" className="block">
        <Loading loaded={counts}>
          {(c) => (
            <>
              <Table<CountRow> size="small" rowKey={(r) => `${r.region}-${r.graduationYear}`} pagination={false} scroll={{ x: 640 }} dataSource={c.rows} locale={{ emptyText: '暂无学生' }}
                columns={[
                  { title: '户籍县（市、区）', dataIndex: 'regionName' },
                  { title: '毕业年份', dataIndex: 'graduationYear' },
                  { title: '学生', dataIndex: 'students', align: 'right' as const },
                  { title: '已毕业', dataIndex: 'graduated', align: 'right' as const },
                  { title: '已回归', dataIndex: 'returned', align: 'right' as const },
                  { title: '待核实', dataIndex: 'mismatches', align: 'right' as const },
                  { title: '同意联系', dataIndex: 'consenting', align: 'right' as const },
                ]}
                summary={() => <Table.Summary.Row><Table.Summary.Cell index={0} colSpan={2}>合计</Table.Summary.Cell><Table.Summary.Cell index={2} align="right">{c.total.students}</Table.Summary.Cell><Table.Summary.Cell index={3} align="right">{c.total.graduated}</Table.Summary.Cell><Table.Summary.Cell index={4} align="right">{c.total.returned}</Table.Summary.Cell><Table.Summary.Cell index={5} align="right">{c.total.mismatches}</Table.Summary.Cell><Table.Summary.Cell index={6} align="right">{c.total.consenting}</Table.Summary.Cell></Table.Summary.Row>}
              />
              <Alert type="info" showIcon className="block" title={c.definition} />
            </>
          )}
        </Loading>
      </Card>
      {writes && (
        <Card size="small" title="登记与导入" className="block">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <Button type="primary" onClick={() => setForm('student')} data-testid="record-student">登记学生</Button>
              <Button onClick={() => setForm('activity')} data-testid="record-activity">登记活动</Button>
              <Button onClick={() => void studentsApi.contacts().then((b) => save(b, '衢籍大学生联系名单.xlsx'), (e: unknown) => void message.error(failText(e)))}>导出联系名单（仅同意联系的）</Button>
            </Space>
            <ImportCard onDone={() => setTick((t) => t + 1)} />
          </Space>
        </Card>
      )}
      <Tabs
        items={[
          {
            key: 'students',
            label: '学生名单',
            children: (
              <>
                <Space wrap className="block">
                  <Input.Search allowClear placeholder="按姓名查找" aria-label="按姓名查找" onSearch={setQ} style={{ width: 200 }} />
                  <Select value={filter} onChange={setFilter} style={{ width: 160 }} aria-label="筛选" options={[{ value: '', label: '全部' }, { value: 'mismatch', label: '户籍待核实' }, { value: 'returned', label: '已回归' }]} />
                </Space>
                <Loading loaded={students}>{(rows) => <StudentTable rows={rows} />}</Loading>
              </>
            ),
          },
          {
            key: 'activities',
            label: '家乡行与实习',
            children: (
              <Loading loaded={activities}>
                {(rows) => (
                  <Table<Activity> size="small" rowKey="id" dataSource={rows} scroll={{ x: 640 }} locale={{ emptyText: '暂无活动' }}
                    columns={[
                      { title: '日期', dataIndex: 'heldOn' },
                      { title: '类型', dataIndex: 'kindLabel' },
                      { title: '名称', dataIndex: 'title' },
                      { title: '承办或实习单位', dataIndex: 'host' },
                      { title: '参加学生', render: (_: unknown, a: Activity) => a.participants.map((x) => x.name).join('、') },
                    ]}
                  />
                )}
              </Loading>
            ),
          },
        ]}
      />
      {form === 'student' && <StudentFormModal onClose={() => setForm(undefined)} onDone={done} />}
      {form === 'activity' && <Loading loaded={students}>{(rows) => <ActivityModal students={rows} onClose={() => setForm(undefined)} onDone={done} />}</Loading>}
    </div>
  );
}

const ROLES: Role[] = ['clerk', 'leader', 'admin'];
export default function NativeStudents() {
  return (
    <RequireRole roles={ROLES}>
      <Page />
    </RequireRole>
  );
}
