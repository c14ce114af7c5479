// The office's skills page (/skills): 专项职业能力考核规范 with their versions (revise as a new version,
// publish a draft), the syllabus and the question bank (answers shown to the editors only, adding
// items); assessment sessions with candidates, scores and certificates (number and QR for the
// public check); and 职业技能等级认定 — counts by county and level, licences and batches.

import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, InputNumber, List, Modal, Select, Space, Table, Tabs, Tag, Typography, message } from 'antd';
import { failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { formatDateTime, todayInChina } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { Qr } from '../ui/qr';
import { checkUrl, skillsApi, type Candidate, type Item, type Licence, type Session, type Standard, type StandardVersion } from './api';

const KINDS = [{ value: 'single', label: '单选题' }, { value: 'judge', label: '判断题' }, { value: 'practical', label: '实操题' }];

function ItemForm({ standardId, onDone }: { standardId: number; onDone: () => void }) {
  const [kind, setKind] = useState('single');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [answer, setAnswer] = useState('');
  const [points, setPoints] = useState<number | null>(10);
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      await skillsApi.addItem(standardId, { kind, question, options: kind === 'single' ? options.split('\n').map((o) => o.trim()).filter(Boolean) : [], answer, points });
      setQuestion(''); setOptions(''); setAnswer(''); setError(undefined);
      void message.success('已加入题库');
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="item-form">
      <Space wrap>
        <Select style={{ width: 120 }} aria-label="题型" value={kind} onChange={setKind} options={KINDS} />
        <InputNumber min={1} max={100} aria-label="分值" addonAfter="分" value={points} onChange={setPoints} style={{ width: 120 }} />
      </Space>
      <Input.TextArea rows={2} aria-label="题目" placeholder="题目" value={question} onChange={(e) => setQuestion(e.target.value)} />
      {kind === 'single' && <Input.TextArea rows={3} aria-label="选项（每行一个）" placeholder="选项，每行一个（依次为 A、B、C…）" value={options} onChange={(e) => setOptions(e.target.value)} />}
      {kind === 'judge' ? (
        <Select style={{ width: 120 }} aria-label="答案" placeholder="答案" value={answer || undefined} onChange={setAnswer} options={[{ value: '对', label: '对' }, { value: '错', label: '错' }]} />
      ) : (
        <Input aria-label="答案" placeholder={kind === 'single' ? '答案（选项字母，如 A）' : '评分要点'} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Button onClick={() => void submit()} data-testid="add-item">加入题库</Button>
    </Space>
  );
}

function ReviseForm({ s, onClose, onDone }: { s: Standard; onClose: () => void; onDone: () => void }) {
  const [form, setForm] = useState<Record<string, unknown>>({ passMark: s.latest.passMark, maxScore: s.latest.maxScore, assessmentContent: s.latest.assessmentContent, reason: '', status: 'draft' });
  const [error, setError] = useState<string>();
  const set = (patch: Record<string, unknown>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    try {
      await skillsApi.revise(s.id, form);
      onDone();
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Modal open title={`修订：${s.latest.name}`} onCancel={onClose} onOk={() => void submit()} okText="保存为新版本" cancelText="取消" width={640}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <label>合格分数线 <InputNumber aria-label="合格分数线" value={form.passMark as number} onChange={(v) => set({ passMark: v })} /></label>
          <label>满分 <InputNumber aria-label="满分" value={form.maxScore as number} onChange={(v) => set({ maxScore: v })} /></label>
          <Select style={{ width: 120 }} aria-label="状态" value={form.status as string} onChange={(v) => set({ status: v })} options={[{ value: 'draft', label: '草稿' }, { value: 'published', label: '直接发布' }]} />
        </Space>
        <label>鉴定（考核）内容<Input.TextArea rows={3} aria-label="鉴定（考核）内容" value={form.assessmentContent as string} onChange={(e) => set({ assessmentContent: e.target.value })} /></label>
        <label>修订原因<Input aria-label="修订原因" value={form.reason as string} onChange={(e) => set({ reason: e.target.value })} /></label>
        <Typography.Text type="secondary">其余内容沿用第 {s.latest.version} 版；旧版本全部保留。</Typography.Text>
        {error && <Alert type="error" showIcon title={error} />}
      </Space>
    </Modal>
  );
}

function VersionText({ v }: { v: StandardVersion }) {
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="专项职业能力定义">{v.definition}</Descriptions.Item>
      <Descriptions.Item label="适用对象">{v.appliesTo}</Descriptions.Item>
      <Descriptions.Item label="能力标准">{v.abilityStandards}</Descriptions.Item>
      <Descriptions.Item label="鉴定（考核）内容">{v.assessmentContent}</Descriptions.Item>
      <Descriptions.Item label="合格分数线 / 满分">{v.passMark} / {v.maxScore} 分</Descriptions.Item>
      {v.source && <Descriptions.Item label="出处">{v.source}</Descriptions.Item>}
    </Descriptions>
  );
}

function StandardDetail({ id, onChanged }: { id: number; onChanged: () => void }) {
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => skillsApi.standard(id), [id, tick]);
  const [revising, setRevising] = useState(false);
  const reload = () => { setTick((t) => t + 1); onChanged(); };
  return (
    <Loading loaded={loaded}>
      {(s) => (
        <Card size="small" className="block" data-testid="standard-detail" title={<>{s.latest.name} <span className="code-secondary">{s.code}</span></>}
          extra={s.editable && (
            <Space wrap>
              <Button size="small" onClick={() => setRevising(true)} data-testid="revise-standard">修订</Button>
              {s.latest.status === 'draft' && <Button size="small" onClick={() => skillsApi.publish(s.id, s.latest.version).then(reload, (e: unknown) => void message.error(failText(e)))}>发布第 {s.latest.version} 版</Button>}
            </Space>
          )}>
          <Tabs items={[
            { key: 'text', label: `第 ${s.latest.version} 版`, children: <><Tag className="block">{s.latest.statusLabel}</Tag><VersionText v={s.latest} /></> },
            { key: 'versions', label: '版本', children: (
              <List size="small" data-testid="standard-versions" dataSource={s.versions ?? []} renderItem={(v) => (
                <List.Item>第 {v.version} 版 · <Tag>{v.statusLabel}</Tag> 合格线 {v.passMark}/{v.maxScore} 分 · {v.reason} · {v.changedBy} · {formatDateTime(v.changedAt)}</List.Item>
              )} />
            ) },
            { key: 'syllabus', label: '大纲', children: (
              <List size="small" locale={{ emptyText: '暂无大纲' }} dataSource={s.syllabus ?? []} renderItem={(x) => <List.Item><b>{x.title}</b>：{x.body}</List.Item>} />
            ) },
            { key: 'bank', label: `题库 ${s.bank?.length ?? 0}`, children: (
              <>
                <Table<Item> size="small" rowKey="id" data-testid="item-bank" dataSource={s.bank ?? []} pagination={false} scroll={{ x: 640 }} columns={[
                  { title: '题型', dataIndex: 'kindLabel', width: 80 },
                  { title: '题目', dataIndex: 'question' },
                  { title: '选项', render: (_: unknown, i: Item) => i.options.map((o, n) => `${'ABCDEFGH'[n]}. ${o}`).join('  ') },
                  { title: '分值', dataIndex: 'points', width: 60, align: 'right' as const },
                  ...(s.editable ? [{ title: '答案', dataIndex: 'answer' }] : []),
                ]} />
                {s.editable && <Card size="small" title="添加试题" className="block"><ItemForm standardId={s.id} onDone={reload} /></Card>}
              </>
            ) },
          ]} />
          {revising && <ReviseForm s={s} onClose={() => setRevising(false)} onDone={() => { setRevising(false); reload(); }} />}
        </Card>
      )}
    </Loading>
  );
}

function StandardsTab() {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => skillsApi.standards(), [tick]);
  const [open, setOpen] = useState<number>();
  return (
    <Loading loaded={list}>
      {(rows) => (
        <>
          <Table<Standard> size="small" rowKey="id" data-testid="standard-list" dataSource={rows} pagination={false} scroll={{ x: 640 }} locale={{ emptyText: '暂无考核规范' }} columns={[
            { title: '考核规范', render: (_: unknown, s: Standard) => <>{s.latest.name} <span className="code-secondary">{s.code}</span></> },
            { title: '县（市、区）', dataIndex: 'regionName' },
            { title: '最新版本', render: (_: unknown, s: Standard) => `第 ${s.latest.version} 版（${s.latest.statusLabel}）` },
            { title: '题量', dataIndex: 'items', align: 'right' as const },
            { title: '', render: (_: unknown, s: Standard) => <Button size="small" onClick={() => setOpen(s.id)} data-testid={`open-standard-${s.code}`}>查看</Button> },
          ]} />
          {open !== undefined && <StandardDetail id={open} onChanged={() => setTick((t) => t + 1)} />}
        </>
      )}
    </Loading>
  );
}

function CertificateBox({ c }: { c: Candidate }) {
  const cert = c.certificate!;
  return (
    <Space direction="vertical" align="center" data-testid="certificate">
      <Qr text={checkUrl(cert.token)} label={`证书 ${cert.number} 核验二维码`} width={140} testId="certificate-qr" />
      <span>证书编号 <b data-testid="certificate-number">{cert.number}</b>{cert.revoked && <Tag color="red">已撤销</Tag>}</span>
    </Space>
  );
}

function SessionDetail({ id, onChanged }: { id: number; onChanged: () => void }) {
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => skillsApi.session(id), [id, tick]);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [scores, setScores] = useState<Record<number, string>>({});
  const [numbers, setNumbers] = useState<Record<number, string>>({});
  const [error, setError] = useState<string>();
  const done = () => { setError(undefined); setTick((t) => t + 1); onChanged(); };
  const run = (p: Promise<unknown>) => p.then(done, (e: unknown) => setError(failText(e)));
  return (
    <Loading loaded={loaded}>
      {(s) => (
        <Card size="small" className="block" data-testid="session-detail" title={`${s.standardName}（第 ${s.version} 版）`}>
          <Typography.Paragraph type="secondary">{s.heldOn} · {s.place}；满分 {s.maxScore} 分，合格分数线 {s.passMark} 分；考生 {s.candidates} 人，合格 {s.passedCount} 人。</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} data-testid="session-error" className="block" />}
          <Table<Candidate> size="small" rowKey="id" data-testid="candidate-list" dataSource={s.candidateList ?? []} pagination={false} scroll={{ x: 720 }} locale={{ emptyText: '暂无考生' }} columns={[
            { title: '考生', render: (_: unknown, c: Candidate) => <>{c.name}<br /><span className="small">{c.idMasked}</span></> },
            { title: '成绩', render: (_: unknown, c: Candidate) => <span data-testid={`result-${c.id}`}>{c.resultLabel}</span> },
            ...(s.editable ? [{ title: '登记成绩', render: (_: unknown, c: Candidate) => !c.certificate && (
              <Space.Compact>
                <Input style={{ width: 90 }} aria-label={`${c.name}的成绩`} value={scores[c.id] ?? ''} onChange={(e) => setScores({ ...scores, [c.id]: e.target.value })} data-testid={`score-${c.id}`} />
                <Button onClick={() => void run(skillsApi.score(c.id, scores[c.id] ?? ''))} data-testid={`save-score-${c.id}`}>登记</Button>
              </Space.Compact>
            ) }] : []),
            { title: '证书', render: (_: unknown, c: Candidate) => c.certificate ? <CertificateBox c={c} /> : c.passed && s.editable ? (
              <Space.Compact>
                <Input style={{ width: 150 }} placeholder="编号（可不填）" aria-label={`${c.name}的证书编号`} value={numbers[c.id] ?? ''} onChange={(e) => setNumbers({ ...numbers, [c.id]: e.target.value })} />
                <Button type="primary" onClick={() => void run(skillsApi.certify(c.id, numbers[c.id]))} data-testid={`certify-${c.id}`}>发证</Button>
              </Space.Compact>
            ) : '—' },
          ]} />
          {s.editable && (
            <Space wrap className="block" style={{ marginTop: 12 }}>
              <Input style={{ width: 120 }} aria-label="考生姓名" placeholder="考生姓名" value={name} onChange={(e) => setName(e.target.value)} />
              <Input style={{ width: 200 }} aria-label="身份证号" placeholder="身份证号" value={idNumber} onChange={(e) => setIdNumber(e.target.value)} />
              <Button onClick={() => void run(skillsApi.addCandidate(s.id, { name, idNumber }).then(() => { setName(''); setIdNumber(''); }))} data-testid="add-candidate">添加考生</Button>
            </Space>
          )}
        </Card>
      )}
    </Loading>
  );
}

function SessionsTab() {
  const [tick, setTick] = useState(0);
  const list = useLoad(() => Promise.all([skillsApi.sessions(), skillsApi.standards()]), [tick]);
  const [open, setOpen] = useState<number>();
  const [form, setForm] = useState<{ standardId?: number; heldOn: string; place: string }>({ heldOn: todayInChina(), place: '' });
  const [error, setError] = useState<string>();
  const create = async () => {
    try {
      const s = await skillsApi.createSession(form);
      setError(undefined);
      setTick((t) => t + 1);
      setOpen(s.id);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Loading loaded={list}>
      {([sessions, standards]) => (
        <>
          {standards.some((s) => s.editable) && (
            <Card size="small" title="组织考核" className="block" data-testid="session-form">
              <Space wrap>
                <Select style={{ width: 220 }} aria-label="考核规范" placeholder="考核规范" value={form.standardId} onChange={(v: number) => setForm({ ...form, standardId: v })} options={standards.filter((s) => s.editable && s.publishedVersion).map((s) => ({ value: s.id, label: `${s.latest.name}（第 ${s.publishedVersion} 版）` }))} />
                <Input type="date" aria-label="考核日期" value={form.heldOn} onChange={(e) => setForm({ ...form, heldOn: e.target.value })} style={{ width: 160 }} />
                <Input aria-label="考核地点" placeholder="考核地点" value={form.place} onChange={(e) => setForm({ ...form, place: e.target.value })} style={{ width: 220 }} />
                <Button type="primary" onClick={() => void create()} data-testid="create-session">创建场次</Button>
              </Space>
              {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
            </Card>
          )}
          <Table<Session> size="small" rowKey="id" data-testid="session-list" dataSource={sessions} pagination={false} scroll={{ x: 640 }} locale={{ emptyText: '暂无考核场次' }} columns={[
            { title: '考核日期', dataIndex: 'heldOn' },
            { title: '考核规范', render: (_: unknown, s: Session) => `${s.standardName}（第 ${s.version} 版）` },
            { title: '地点', dataIndex: 'place' },
            { title: '考生 / 合格', render: (_: unknown, s: Session) => `${s.candidates} / ${s.passedCount}` },
            { title: '', render: (_: unknown, s: Session) => <Button size="small" onClick={() => setOpen(s.id)} data-testid={`open-session-${s.id}`}>查看</Button> },
          ]} />
          {open !== undefined && <SessionDetail id={open} onChanged={() => setTick((t) => t + 1)} />}
        </>
      )}
    </Loading>
  );
}

function RecognitionTab() {
  const loaded = useLoad(() => Promise.all([skillsApi.counts(), skillsApi.licences(), skillsApi.batches()]), []);
  return (
    <Loading loaded={loaded}>
      {([counts, licences, batches]) => (
        <>
          <Card size="small" title="认定人次（按县（市、区）与等级）" className="block">
            <Table size="small" rowKey="regionName" data-testid="recognition-counts" pagination={false} scroll={{ x: 720 }} locale={{ emptyText: '暂无认定记录' }}
              dataSource={counts.rows.length ? [...counts.rows, { region: '', regionName: '合计', ...counts.total }] : []}
              columns={[
                { title: '县（市、区）', dataIndex: 'regionName' },
                ...counts.levels.map((l, n) => ({ title: l.label, render: (_: unknown, r: { byLevel: number[] }) => r.byLevel[n], align: 'right' as const })),
                { title: '合计', dataIndex: 'total', align: 'right' as const },
                { title: '高技能（三级及以上）', dataIndex: 'highSkilled', align: 'right' as const },
              ]} />
            <Typography.Text type="secondary">{counts.definition}</Typography.Text>
          </Card>
          <Card size="small" title="认定资格备案企业" className="block">
            <Table<Licence> size="small" rowKey="id" dataSource={licences} pagination={false} scroll={{ x: 640 }} locale={{ emptyText: '暂无备案企业' }} columns={[
              { title: '企业', dataIndex: 'enterpriseName' },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '职业（工种）', render: (_: unknown, l: Licence) => l.occupations.join('、') },
              { title: '等级', render: (_: unknown, l: Licence) => l.levelLabels.join('、') },
              { title: '备案日期', dataIndex: 'licensedOn' },
            ]} />
          </Card>
          <Card size="small" title="认定批次" className="block">
            <Table size="small" rowKey="id" dataSource={batches} pagination={false} scroll={{ x: 520 }} locale={{ emptyText: '暂无认定批次' }} columns={[
              { title: '认定日期', dataIndex: 'recognizedOn' },
              { title: '企业', dataIndex: 'enterpriseName' },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '人数', dataIndex: 'count', align: 'right' as const },
            ]} />
          </Card>
        </>
      )}
    </Loading>
  );
}

const ROLES: Role[] = ['clerk', 'leader', 'admin'];
export default function Skills() {
  return (
    <RequireRole roles={ROLES}>
      <div data-testid="skills-page">
        <h1>技能人才评价</h1>
        <Typography.Paragraph type="secondary">专项职业能力考核规范、培训考核大纲与题库，考核场次与证书，职业技能等级认定。</Typography.Paragraph>
        <Tabs items={[
          { key: 'standards', label: '考核规范', children: <StandardsTab /> },
          { key: 'sessions', label: '考核与证书', children: <SessionsTab /> },
          { key: 'recognition', label: '等级认定', children: <RecognitionTab /> },
        ]} />
      </div>
    </RequireRole>
  );
}
