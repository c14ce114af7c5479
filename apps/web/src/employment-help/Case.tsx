// One person's file in a side panel (full width on a phone), for the helper and the office alike: the
// file (ID number masked), its status over time, helpers (current and earlier; a clerk assigns or
// reassigns here), the contact log with its form, the outcome form, and job matches with their reasons.

import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Input, Radio, Select, Space, Table, Tag, Timeline, message } from 'antd';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { todayInChina } from '../time';
import { Loading } from '../ui/common';
import { useNarrow } from '../ui/card-table';
import { helpApi, type HelpCase, type HelpOptions, type Helper, type JobMatch } from './api';

const STATUS_COLOR: Record<string, string> = { open: 'processing', employed: 'success', training: 'cyan', startup_loan: 'purple', closed: 'default' };
export const StatusTag = ({ status, label }: { status: string; label: string }) => <Tag color={STATUS_COLOR[status] ?? 'default'}>{label}</Tag>;

/** Yuan as typed ("12", "12.5", "12.50") to integer fen, or undefined. */
function yuanToFen(s: string): number | undefined {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(s.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : undefined;
}

function ContactForm({ c, options, onDone }: { c: HelpCase; options: HelpOptions; onDone: (v: HelpCase) => void }) {
  const [form, setForm] = useState({ contactedOn: todayInChina(), way: 'visit', content: '' });
  const [error, setError] = useState<string>();
  const submit = async () => {
    try {
      const v = await helpApi.contact(c.id, form);
      setForm((f) => ({ ...f, content: '' }));
      setError(undefined);
      void message.success('已登记帮扶联系');
      onDone(v);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="contact-form">
      <label>联系日期
        <Input type="date" aria-label="联系日期" value={form.contactedOn} max={todayInChina()} onChange={(e) => setForm({ ...form, contactedOn: e.target.value })} />
      </label>
      <Radio.Group aria-label="联系方式" value={form.way} onChange={(e) => setForm({ ...form, way: e.target.value as string })} options={options.ways.map((w) => ({ value: w.code, label: w.label }))} />
      <label>帮扶内容
        <Input.TextArea rows={2} aria-label="帮扶内容" value={form.content} onChange={(e) => setForm({ ...form, content: e.target.value })} />
      </label>
      {error && <Alert type="error" showIcon title={error} />}
      <Button type="primary" onClick={() => void submit()} data-testid="contact-submit">登记联系</Button>
    </Space>
  );
}

function OutcomeForm({ c, options, onDone }: { c: HelpCase; options: HelpOptions; onDone: (v: HelpCase) => void }) {
  const [form, setForm] = useState({ kind: 'employed', outcomeOn: todayInChina(), employer: '', detail: '', loan: '' });
  const [error, setError] = useState<string>();
  const submit = async () => {
    const loanFen = form.kind === 'startup_loan' && form.loan ? yuanToFen(form.loan) : undefined;
    if (form.kind === 'startup_loan' && form.loan && loanFen === undefined) return setError('贷款金额应为金额（元，最多两位小数）');
    try {
      const v = await helpApi.outcome(c.id, { kind: form.kind, outcomeOn: form.outcomeOn, employer: form.kind === 'employed' ? form.employer : undefined, detail: form.detail, loanFen });
      setError(undefined);
      void message.success('已登记帮扶结果');
      onDone(v);
    } catch (e) {
      setError(failText(e));
    }
  };
  const detailLabel = form.kind === 'closed' ? '结案原因' : form.kind === 'training' ? '培训项目' : '说明';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="outcome-form">
      <Radio.Group aria-label="帮扶结果" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as string })} options={options.outcomes.map((o) => ({ value: o.code, label: o.label }))} />
      <label>结果日期
        <Input type="date" aria-label="结果日期" value={form.outcomeOn} max={todayInChina()} onChange={(e) => setForm({ ...form, outcomeOn: e.target.value })} />
      </label>
      {form.kind === 'employed' && (
        <label>就业单位
          <Input aria-label="就业单位" value={form.employer} onChange={(e) => setForm({ ...form, employer: e.target.value })} />
        </label>
      )}
      {form.kind === 'startup_loan' && (
        <label>贷款金额（元）
          <Input aria-label="贷款金额（元）" inputMode="decimal" value={form.loan} onChange={(e) => setForm({ ...form, loan: e.target.value })} />
        </label>
      )}
      <label>{detailLabel}
        <Input aria-label={detailLabel} value={form.detail} onChange={(e) => setForm({ ...form, detail: e.target.value })} />
      </label>
      {error && <Alert type="error" showIcon title={error} />}
      <Button type="primary" onClick={() => void submit()} data-testid="outcome-submit">登记结果</Button>
    </Space>
  );
}

function Matches({ id }: { id: number }) {
  const loaded = useLoad(() => helpApi.matches(id), [id]);
  return (
    <Loading loaded={loaded}>
      {(rows) => (
        <Table<JobMatch>
          size="small"
          rowKey="demandId"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 640 }}
          data-testid="job-matches"
          locale={{ emptyText: '本市暂无学历相符的未截止岗位需求' }}
          columns={[
            { title: '岗位', render: (_: unknown, m: JobMatch) => `${m.post}（${m.headcount} 人）` },
            { title: '企业', render: (_: unknown, m: JobMatch) => `${m.enterpriseName}（${m.regionName}）` },
            { title: '月薪', render: (_: unknown, m: JobMatch) => `${formatFen(m.salaryMinFen, '')}–${formatFen(m.salaryMaxFen)}` },
            { title: '匹配理由', render: (_: unknown, m: JobMatch) => m.reasons.map((r) => <Tag key={r.kind} color={r.met ? 'green' : 'default'}>{r.text}</Tag>) },
            { title: '截止日期', dataIndex: 'deadline' },
          ]}
        />
      )}
    </Loading>
  );
}

function Assign({ c, helpers, onDone }: { c: HelpCase; helpers: Helper[]; onDone: (v: HelpCase) => void }) {
  const serving = helpers.filter((h) => h.communities.some((k) => k.code === c.communityCode) && h.id !== c.helperId);
  const [helperId, setHelperId] = useState<number>();
  const assign = async () => {
    if (!helperId) return void message.error('请选择帮扶工作人员');
    try {
      onDone(await helpApi.assign(c.id, helperId));
      void message.success(c.helperId ? '已改派' : '已指派');
    } catch (e) {
      void message.error(failText(e));
    }
  };
  if (!serving.length) return <Alert type="info" showIcon title={`暂无其他负责${c.communityName}的帮扶工作人员`} />;
  return (
    <Space wrap>
      <Select style={{ width: 260 }} aria-label="帮扶工作人员" placeholder="选择帮扶工作人员" value={helperId} onChange={setHelperId} options={serving.map((h) => ({ value: h.id, label: `${h.displayName}（在帮 ${h.active} 人）` }))} />
      <Button onClick={() => void assign()} data-testid="assign-helper">{c.helperId ? '改派' : '指派'}</Button>
    </Space>
  );
}

function CaseBody({ id, office, onChanged }: { id: number; office: boolean; onChanged: () => void }) {
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => Promise.all([helpApi.person(id), helpApi.options(), office ? helpApi.helpers() : Promise.resolve([] as Helper[])]), [id, tick]);
  const [showMatches, setShowMatches] = useState(false);
  const changed = () => {
    setTick((t) => t + 1);
    onChanged();
  };
  return (
    <Loading loaded={loaded} notFound="未找到该帮扶对象">
      {([c, options, helpers]) => (
        <div data-testid="help-case">
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} className="block">
            <Descriptions.Item label="姓名">{c.name}</Descriptions.Item>
            <Descriptions.Item label="身份证号">{c.idNumber}</Descriptions.Item>
            <Descriptions.Item label="人员类别">{c.groupName}</Descriptions.Item>
            <Descriptions.Item label="状态"><span data-testid="case-status"><StatusTag status={c.status} label={c.statusName} /></span></Descriptions.Item>
            <Descriptions.Item label="所属社区（村）">{c.regionName} {c.communityName}</Descriptions.Item>
            <Descriptions.Item label="建档日期">{c.registeredOn}</Descriptions.Item>
            <Descriptions.Item label="学历与专业">{c.degreeName}{c.major ? `，${c.major}` : ''}</Descriptions.Item>
            <Descriptions.Item label="帮扶工作人员">{c.helperName ?? '未指派'}</Descriptions.Item>
            <Descriptions.Item label="技能特长">{c.skills || '—'}</Descriptions.Item>
            <Descriptions.Item label="就业意愿">{c.wishes || '—'}</Descriptions.Item>
          </Descriptions>
          <h3>状态变化</h3>
          <Timeline items={c.timeline.map((t) => ({ content: `${t.on} ${t.what}` }))} data-testid="case-timeline" />
          {office && (
            <>
              <h3>结对帮扶</h3>
              {c.status === 'closed' ? null : <Assign c={c} helpers={helpers} onDone={changed} />}
              {c.assignments.length > 0 && (
                <ul className="small">
                  {c.assignments.map((a) => <li key={a.id}>{a.helperName}：{a.assignedOn} 起{a.endedOn ? `，${a.endedOn} 改派` : '（当前）'}（{a.assignedBy}指派）</li>)}
                </ul>
              )}
            </>
          )}
          <h3>帮扶联系（{c.contactLog.length} 次）</h3>
          <Table
            size="small"
            rowKey="id"
            dataSource={c.contactLog}
            pagination={false}
            data-testid="contact-log"
            scroll={{ x: 560 }}
            locale={{ emptyText: '暂无联系记录' }}
            columns={[
              { title: '日期', dataIndex: 'contactedOn' },
              { title: '方式', dataIndex: 'wayName' },
              { title: '内容', dataIndex: 'content' },
              { title: '登记人', dataIndex: 'recordedBy' },
            ]}
          />
          {c.status !== 'closed' && (
            <>
              <h3>登记帮扶联系</h3>
              <ContactForm c={c} options={options} onDone={changed} />
              <h3>登记帮扶结果</h3>
              <OutcomeForm c={c} options={options} onDone={changed} />
            </>
          )}
          <h3>岗位匹配</h3>
          {showMatches ? <Matches id={c.id} /> : <Button onClick={() => setShowMatches(true)} data-testid="show-matches">按学历、专业、所在地匹配本市企业岗位需求</Button>}
        </div>
      )}
    </Loading>
  );
}

/** The file of `id` in a side panel; `office` adds assignment; `onChanged` refreshes the list behind. */
export function CaseDrawer({ id, office, onClose, onChanged }: { id: number | undefined; office: boolean; onClose: () => void; onChanged: () => void }) {
  const narrow = useNarrow();
  return (
    <Drawer open={id !== undefined} onClose={onClose} size={narrow ? '100%' : 820} title="帮扶档案" destroyOnHidden data-testid="case-drawer">
      {id !== undefined && <CaseBody id={id} office={office} onChanged={onChanged} />}
    </Drawer>
  );
}
