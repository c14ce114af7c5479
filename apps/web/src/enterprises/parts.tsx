// Pieces shared by the enterprise's pages and the office's: the problem list with the actions the
// caller may take (answer, reassign, reopen, rate — each in a small form), a problem's history, the
// demand table, the problem pool's figures by department, category, county or month, and a form's API
// errors put next to their fields.

import { useState, type ReactNode } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal, Rate, Segmented, Select, Space, Table, Tag, Timeline, message } from 'antd';
import type { FormInstance } from 'antd';
import { ApiError, failText } from '../api';
import { formatFen } from '../money';
import { formatDateTime } from '../time';
import { CardTable, type CardColumn } from '../ui/card-table';
import { useLoad } from '../hooks';
import { Loading } from '../ui/common';
import { entApi, type CodeLabel, type Cto, type Demand, type Problem, type ProblemStats, type ProblemStatsRow } from './api';

/** Puts the API's field errors next to the form's fields (the rest in the returned text). */
export function showErrors(form: FormInstance, e: unknown, fields: string[]): string | undefined {
  if (e instanceof ApiError && e.errors.length) {
    const known = e.errors.filter((x) => fields.includes(x.path));
    form.setFields(known.map((x) => ({ name: x.path, errors: [x.message] })));
    if (known.length === e.errors.length) return undefined;
  }
  return failText(e);
}

const STATE_COLOR: Record<Problem['state'], string> = { assigned: 'blue', answered: 'gold', reopened: 'orange', closed: 'green' };

export function ProblemDue({ p }: { p: Problem }) {
  if (p.state === 'answered' || p.state === 'closed') return <span>{p.answeredOn ? `${p.answeredOn} 答复` : '—'}{p.onTime === false && <Tag color="red" className="ml">超期答复</Tag>}</span>;
  return (
    <span>
      {p.dueOn}
      {p.overdue ? <Tag color="red" className="ml">已超期</Tag> : p.workdaysLeft !== null && <span className="muted small ml">剩 {p.workdaysLeft} 个工作日</span>}
      {p.escalated && <Tag color="volcano" className="ml">已督办</Tag>}
    </span>
  );
}

function ActForm({ problem, action, departments, onDone, onCancel }: { problem: Problem; action: string; departments: CodeLabel[]; onDone: (p: Problem) => void; onCancel: () => void }) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await entApi.act(problem.id, action, { ...v, version: problem.version }));
    } catch (e) {
      setError(showErrors(form, e, ['answer', 'reason', 'rating', 'note', 'department']));
    } finally {
      setBusy(false);
    }
  };
  const title = problem.actions.find((a) => a.action === action)?.label ?? '办理';
  return (
    <Modal open title={title} onCancel={onCancel} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v as Record<string, unknown>)} data-testid={`act-${action}`}>
        {action === 'answer' && (
          <Form.Item name="answer" label="答复内容" rules={[{ required: true, message: '请填写答复内容' }]}>
            <Input.TextArea rows={4} maxLength={2000} data-testid="answer-text" />
          </Form.Item>
        )}
        {action === 'reassign' && (
          <Form.Item name="department" label="改派给" rules={[{ required: true, message: '请选择承办部门' }]}>
            <Select options={departments.filter((d) => d.code !== problem.department).map((d) => ({ value: d.code, label: d.label }))} />
          </Form.Item>
        )}
        {(action === 'reopen' || action === 'reassign') && (
          <Form.Item name="reason" label={action === 'reopen' ? '重新办理的理由（每个问题仅可一次）' : '改派理由'} rules={[{ required: true, message: '请写明理由' }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="reason-text" />
          </Form.Item>
        )}
        {action === 'rate' && (
          <>
            <Form.Item name="rating" label="满意度" rules={[{ required: true, message: '请选择满意度' }]}>
              <Rate data-testid="rating" />
            </Form.Item>
            <Form.Item name="note" label="评价说明（可选）">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {error && <Alert type="error" showIcon title={error} />}
        <Space className="block">
          <Button type="primary" htmlType="submit" loading={busy} data-testid="act-submit">提交</Button>
          <Button onClick={onCancel}>取消</Button>
        </Space>
      </Form>
    </Modal>
  );
}

function History({ id }: { id: number }) {
  const loaded = useLoad(() => entApi.problem(id), [id]);
  return <Loading loaded={loaded}>{(p) => <HistoryOf p={p} />}</Loading>;
}

function HistoryOf({ p }: { p: Problem }) {
  return (
    <div data-testid="problem-history">
      <Descriptions size="small" column={1} items={[{ key: 'd', label: '问题描述', children: p.description }, ...(p.answer ? [{ key: 'a', label: `答复（${p.answeredBy ?? ''}）`, children: p.answer }] : []), ...(p.reopenReason ? [{ key: 'r', label: '重新办理理由', children: p.reopenReason }] : []), ...(p.rating ? [{ key: 's', label: '满意度', children: <Rate disabled value={p.rating} /> }] : [])]} />
      <Timeline items={(p.history ?? []).map((h) => ({ children: <span>{formatDateTime(h.at)} {h.label}{h.by ? `（${h.by}）` : ''}{h.reason ? `：${h.reason}` : ''}</span> }))} />
    </div>
  );
}

/** The problems with the caller's actions; `showEnterprise` for the office. */
export function ProblemTable({ rows, departments, showEnterprise, onChanged }: { rows: Problem[]; departments: CodeLabel[]; showEnterprise: boolean; onChanged: () => void }) {
  const [acting, setActing] = useState<{ problem: Problem; action: string }>();
  const [viewing, setViewing] = useState<number>();
  return (
    <>
      <CardTable<Problem>
        size="small"
        rowKey="id"
        dataSource={rows}
        data-testid="problem-table"
        pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
        scroll={{ x: 720 }}
        locale={{ emptyText: '暂无问题' }}
        columns={[
          ...(showEnterprise ? [{ title: '企业', dataIndex: 'enterpriseName', card: 'title' } as CardColumn<Problem>, { title: '县（市、区）', dataIndex: 'regionName' }] : []),
          { title: '类别', dataIndex: 'categoryLabel', ...(showEnterprise ? {} : { card: 'title' as const }) },
          { title: '问题', dataIndex: 'description' },
          { title: '承办部门', dataIndex: 'departmentName' },
          { title: '状态', card: 'extra', render: (_: unknown, r: Problem) => <Tag color={STATE_COLOR[r.state]} data-testid="problem-state">{r.stateLabel}</Tag> },
          { title: '时限', render: (_: unknown, r: Problem) => <ProblemDue p={r} /> },
          {
            title: '操作',
            card: 'actions',
            render: (_: unknown, r: Problem) => (
              <Space wrap>
                <Button size="small" type="link" onClick={() => setViewing(r.id)} data-testid="show-history">办理记录</Button>
                {r.actions.map((a) => (
                  <Button key={a.action} size="small" onClick={() => setActing({ problem: r, action: a.action })} data-testid={`do-${a.action}`}>
                    {a.label}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {viewing !== undefined && (
        <Modal open title="问题详情与办理记录" onCancel={() => setViewing(undefined)} footer={null} destroyOnHidden>
          <History id={viewing} />
        </Modal>
      )}
      {acting && (
        <ActForm
          problem={acting.problem}
          action={acting.action}
          departments={departments}
          onCancel={() => setActing(undefined)}
          onDone={(p) => {
            setActing(undefined);
            void message.success(`已${p.stateLabel === '已办结' ? '办结' : '提交'}`);
            onChanged();
          }}
        />
      )}
    </>
  );
}

export function DemandTable({ rows, showEnterprise }: { rows: Demand[]; showEnterprise: boolean }) {
  return (
    <CardTable<Demand>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid="demand-table"
      pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
      scroll={{ x: 720 }}
      locale={{ emptyText: '暂无人才需求' }}
      columns={[
        ...(showEnterprise ? [{ title: '企业', dataIndex: 'enterpriseName' }, { title: '行业', dataIndex: 'industryName' }, { title: '县（市、区）', dataIndex: 'regionName' }] : []),
        { title: '岗位', dataIndex: 'post', card: 'title' as const },
        { title: '人数', dataIndex: 'headcount', align: 'right' as const },
        { title: '学历', dataIndex: 'degreeName' },
        { title: '专业', render: (_: unknown, d: Demand) => (d.majorName ? <span>{d.majorName} <span className="code-secondary">{d.majorCodeShown}</span></span> : d.major) },
        { title: '月薪', render: (_: unknown, d: Demand) => `${formatFen(d.salaryMinFen, '')}–${formatFen(d.salaryMaxFen)}` },
        { title: '紧急程度', card: 'extra' as const, render: (_: unknown, d: Demand) => <Tag color={d.urgency === 'normal' ? 'default' : d.urgency === 'urgent' ? 'orange' : 'red'}>{d.urgencyName}</Tag> },
        { title: '截止日期', dataIndex: 'deadline' },
      ]}
    />
  );
}

/** Designated chief technology officers (首席技术官): batch, date, person, post, basis; a withdrawn one with its date and reason. `actions` adds a last column (the office's withdraw). */
export function CtoTable({ rows, showEnterprise, actions }: { rows: Cto[]; showEnterprise: boolean; actions?: (c: Cto) => ReactNode }) {
  return (
    <CardTable<Cto>
      size="small"
      rowKey="id"
      dataSource={rows}
      data-testid="cto-table"
      pagination={{ pageSize: 20, showSizeChanger: false, size: 'small' }}
      scroll={{ x: 640 }}
      locale={{ emptyText: '暂无首席技术官认定' }}
      columns={[
        { title: '姓名', dataIndex: 'personName', card: 'title' as const },
        ...(showEnterprise ? [{ title: '企业', dataIndex: 'enterpriseName' }, { title: '县（市、区）', dataIndex: 'regionName' }] : []),
        { title: '职务', dataIndex: 'post' },
        { title: '批次', dataIndex: 'batch' },
        { title: '认定日期', dataIndex: 'designatedOn' },
        { title: '认定依据', dataIndex: 'basis' },
        { title: '状态', card: 'extra' as const, render: (_: unknown, c: Cto) => (c.withdrawnOn ? <Tag>{`${c.withdrawnOn} 撤销：${c.withdrawnReason ?? ''}`}</Tag> : <Tag color="green">有效</Tag>) },
        ...(actions ? [{ title: '操作', render: (_: unknown, c: Cto) => actions(c) }] : []),
      ]}
    />
  );
}

const BREAKDOWNS = [
  { value: 'byDepartment', label: '按承办部门', head: '承办部门' },
  { value: 'byCategory', label: '按问题类别', head: '问题类别' },
  { value: 'byRegion', label: '按县（市、区）', head: '县（市、区）' },
  { value: 'byMonth', label: '按提交月份', head: '提交月份' },
] as const;
type BreakdownKey = (typeof BREAKDOWNS)[number]['value'];

/** Answered on time as a share of those answered, one decimal, or — when none is answered. */
export const onTimeShare = (r: ProblemStatsRow): string => (r.answered ? `${Math.round((r.answeredOnTime / r.answered) * 1000) / 10}%` : '—');

/** The problem pool's figures as a table, one breakdown at a time, with the total as the last row. */
export function ProblemStatsTable({ stats, testid = 'problem-stats' }: { stats: ProblemStats; testid?: string }) {
  const [by, setBy] = useState<BreakdownKey>('byDepartment');
  const head = BREAKDOWNS.find((b) => b.value === by)!.head;
  const cols = [
    { title: head, dataIndex: 'label' },
    { title: '提交', dataIndex: 'raised', align: 'right' as const },
    { title: '已答复', dataIndex: 'answered', align: 'right' as const },
    { title: '按时答复', dataIndex: 'answeredOnTime', align: 'right' as const },
    { title: '按时答复率', align: 'right' as const, render: (_: unknown, r: ProblemStatsRow) => onTimeShare(r) },
    { title: '超期', dataIndex: 'overdue', align: 'right' as const },
    { title: '重新办理', dataIndex: 'reopened', align: 'right' as const },
    { title: '满意度（5 分制）', align: 'right' as const, render: (_: unknown, r: ProblemStatsRow) => (r.satisfaction === null ? '—' : `${r.satisfaction.toFixed(1)}（${r.rated} 件评价）`) },
  ];
  return (
    <div data-testid={testid}>
      <Segmented<BreakdownKey> options={BREAKDOWNS.map((b) => ({ value: b.value, label: b.label }))} value={by} onChange={setBy} data-testid={`${testid}-by`} className="block" />
      <Table<ProblemStatsRow> size="small" rowKey={(r) => r.key || 'total'} dataSource={[...stats[by], stats.total]} columns={cols} pagination={false} scroll={{ x: 720 }} />
      <p className="muted small">超期：仍在办理且已过承诺答复日期，或答复晚于承诺日期；按时答复率按已答复件计算；满意度为企业办结时评价的平均分。</p>
    </div>
  );
}
