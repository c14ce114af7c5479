// The budget envelopes page (/budgets, 预算额度): per fund, each envelope's amount, committed (approved),
// paid and remaining by the year instalments are due, with a bar per envelope and a chart per fund;
// clerks and admins set one up or change it, always with a reason, and see who changed what and why
// (with the document each version rests on).
// Leaders and the finance bureau's reviewers read it.

import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Progress, Select, Space, Table, Tag, Typography, message } from 'antd';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { useSession } from '../session';
import { RequireRole } from '../ui/common';
import { Chart } from '../ui/chart';
import { ApiError, failText } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime, todayInChina } from '../time';
import { budgetsApi, type Budget, type BudgetList, type BudgetVersion } from './api';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent]);

export default function Budgets() {
  return (
    <RequireRole roles={['clerk', 'admin', 'leader', 'reviewer']}>
      <BudgetsPage />
    </RequireRole>
  );
}

/** "1234.5" → 123450 fen (string arithmetic); undefined when not an amount in 元 with at most two decimals. */
function yuanToFen(s: string): number | undefined {
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(s.trim())) return undefined;
  const [y, f = ''] = s.trim().split('.');
  return Number(y) * 100 + Number((f + '00').slice(0, 2));
}
const fenToYuanText = (fen: number) => formatFen(fen, '').replace(/,/g, '');

/** How much of the envelope is committed, as a whole percentage (integer arithmetic), capped at 100 for the bar. */
const usedPct = (b: Budget) => (b.amountFen > 0 ? Number((BigInt(Math.max(0, b.committedFen)) * 100n) / BigInt(b.amountFen)) : b.committedFen > 0 ? 100 : 0);

function BudgetsPage() {
  const { session } = useSession();
  const mayWrite = session?.user.role === 'clerk' || session?.user.role === 'admin';
  const [year, setYear] = useState<number | undefined>();
  const list = useLoad(() => budgetsApi.list({ year }), [year]);
  const [editing, setEditing] = useState<Budget | 'new'>();
  const [history, setHistory] = useState<Budget>();
  const funds = useMemo(() => {
    const m = new Map<string, Budget[]>();
    for (const b of list.data?.budgets ?? []) m.set(b.fund, [...(m.get(b.fund) ?? []), b]);
    return [...m.entries()];
  }, [list.data]);
  return (
    <div data-testid="budgets">
      <h1>预算额度</h1>
      <Typography.Paragraph type="secondary">
        按资金、资金承担方、地区和年度设立的预算额度。已承诺 = 已核定的应付金额（减已退回），已兑付 = 已支付金额（减已退回），均按应付日期所在年度计入；剩余 = 额度 − 已承诺。核准时若超出额度，须由第二人复核并写明理由。
      </Typography.Paragraph>
      <Space wrap className="block">
        <span>预算年度</span>
        <InputNumber aria-label="预算年度" min={2000} max={2100} value={year} onChange={(v) => setYear(v ?? undefined)} placeholder="全部年度" data-testid="budget-year-filter" />
        {mayWrite && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="budget-new">
            设立预算额度
          </Button>
        )}
      </Space>
      {list.error && <Alert type="error" className="block" title={list.error} action={<Button onClick={list.retry}>↻</Button>} />}
      {list.data && !funds.length && <Alert type="info" className="block" title="未设预算额度：核准时不做额度检查。" data-testid="budget-none" />}
      {funds.map(([fund, rows]) => (
        <Card key={fund} title={fund} className="block" data-testid="budget-fund">
          <FundChart fund={fund} rows={rows} />
          <Table<Budget>
            rowKey="id"
            size="small"
            pagination={false}
            loading={list.loading}
            dataSource={rows}
            scroll={{ x: 1140 }}
            tableLayout="fixed"
            onRow={(b) => ({ 'data-testid': `budget-row-${b.id}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: '年度', dataIndex: 'year', width: 70 },
              { title: '地区', dataIndex: 'regionName', width: 110 },
              { title: '资金承担方', dataIndex: 'payerLabel', width: 140 },
              { title: '额度', key: 'amount', width: 130, align: 'right', render: (_, b) => formatFen(b.amountFen) },
              { title: '已承诺', key: 'committed', width: 130, align: 'right', render: (_, b) => formatFen(b.committedFen) },
              { title: '已兑付', key: 'paid', width: 130, align: 'right', render: (_, b) => formatFen(b.paidFen) },
              { title: '剩余', key: 'remaining', width: 130, align: 'right', render: (_, b) => (b.remainingFen < 0 ? <Tag color="red">超出 {formatFen(-b.remainingFen)}</Tag> : formatFen(b.remainingFen)) },
              { title: '使用情况', key: 'bar', width: 150, render: (_, b) => <Progress percent={usedPct(b)} size="small" status={b.remainingFen < 0 ? 'exception' : 'normal'} aria-label={`已承诺占额度 ${usedPct(b)}%`} /> },
              {
                title: '操作',
                key: 'act',
                width: 150,
                render: (_, b) => (
                  <Space size="small" wrap>
                    {mayWrite && <Button size="small" onClick={() => setEditing(b)} data-testid={`budget-edit-${b.id}`}>修改</Button>}
                    <Button size="small" type="link" onClick={() => setHistory(b)}>修改记录（第 {b.version} 版）</Button>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      ))}
      {editing && list.data && <BudgetForm data={list.data} budget={editing === 'new' ? undefined : editing} onClose={(saved) => { setEditing(undefined); if (saved) list.retry(); }} />}
      {history && <History budget={history} onClose={() => setHistory(undefined)} />}
    </div>
  );
}

/** Per envelope of a fund: paid, committed not yet paid, and what remains, stacked (fen; labels in 元). */
function FundChart({ fund, rows }: { fund: string; rows: Budget[] }) {
  const option = useMemo(() => {
    const names = rows.map((b) => `${b.regionName} ${b.year}（${b.payerLabel}）`);
    const narrow = window.innerWidth < 600;
    const fmt = (v: number) => formatFen(v);
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: fmt },
      xAxis: { type: 'value', splitNumber: narrow ? 2 : 5, axisLabel: { formatter: (v: number) => `${(BigInt(Math.trunc(v)) / 1_000_000n).toString()}万元` } },
      yAxis: { type: 'category', data: names, axisLabel: { width: narrow ? 96 : 200, overflow: 'break' } },
      series: [
        { name: '已兑付', type: 'bar', stack: 'x', data: rows.map((b) => Math.max(0, b.paidFen)) },
        { name: '已承诺未兑付', type: 'bar', stack: 'x', data: rows.map((b) => Math.max(0, b.committedFen - b.paidFen)) },
        { name: '剩余', type: 'bar', stack: 'x', data: rows.map((b) => Math.max(0, b.remainingFen)) },
      ],
    };
  }, [rows]);
  return <Chart option={option} testid="budget-chart" height={Math.max(140, 60 + rows.length * 36)} label={`${fund}：各预算额度的已兑付、已承诺与剩余（明细见下表）`} />;
}

interface FormValues { fund: string; payer?: string; region?: string; year?: number; amount: string; source: string; reason: string }

function BudgetForm({ data, budget, onClose }: { data: BudgetList; budget?: Budget; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const save = async () => {
    const v = await form.validateFields();
    const amountFen = yuanToFen(v.amount)!;
    setSaving(true);
    setError(undefined);
    try {
      if (budget) await budgetsApi.change(budget.id, { fund: v.fund, amountFen, source: v.source, reason: v.reason, version: budget.version });
      else await budgetsApi.create({ fund: v.fund, payer: v.payer, region: v.region, year: v.year, amountFen, source: v.source, reason: v.reason });
      void message.success(budget ? '预算额度已修改' : '预算额度已设立');
      onClose(true);
    } catch (e) {
      if (e instanceof ApiError && e.errors.length) {
        const named = { amountFen: 'amount' } as Record<string, string>;
        form.setFields(e.errors.filter((x) => ['fund', 'payer', 'region', 'year', 'amountFen', 'source', 'reason'].includes(x.path)).map((x) => ({ name: (named[x.path] ?? x.path) as keyof FormValues, errors: [x.message] })));
      }
      setError(failText(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={budget ? `修改预算额度：${budget.fund}` : '设立预算额度'} okText={budget ? '保存修改' : '设立'} cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={() => onClose(false)} destroyOnHidden>
      {error && <Alert type="error" className="block" title={error} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        data-testid="budget-form"
        initialValues={budget ? { fund: budget.fund, amount: fenToYuanText(budget.amountFen), source: budget.source, reason: '' } : { fund: '人才发展专项资金', year: Number(todayInChina().slice(0, 4)), amount: '', source: '', reason: '' }}
      >
        <Form.Item name="fund" label="资金名称" rules={[{ required: true, min: 2, max: 100, message: '请填写资金名称（2–100 个字）' }]}>
          <Input maxLength={100} />
        </Form.Item>
        {budget ? (
          <Typography.Paragraph type="secondary">
            {budget.regionName} · {budget.year} 年度 · {budget.payerLabel}（设立后不能修改）
          </Typography.Paragraph>
        ) : (
          <>
            <Form.Item name="payer" label="资金承担方" rules={[{ required: true, message: '请选择资金承担方' }]}>
              <Select options={data.payers.map((p) => ({ value: p.code, label: p.label }))} placeholder="请选择" />
            </Form.Item>
            <Form.Item name="region" label="地区" rules={[{ required: true, message: '请选择地区' }]}>
              <Select options={data.regions.map((r) => ({ value: r.code, label: r.name }))} placeholder="请选择" />
            </Form.Item>
            <Form.Item name="year" label="预算年度" rules={[{ required: true, message: '请填写预算年度' }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
          </>
        )}
        <Form.Item name="amount" label="金额（元）" rules={[{ validator: (_, v: string) => (yuanToFen(v ?? '') === undefined ? Promise.reject(new Error('金额应为非负的金额（元），最多两位小数')) : Promise.resolve()) }]}>
          <Input inputMode="decimal" placeholder="如 51090000" />
        </Form.Item>
        <Form.Item name="source" label="依据（文件或批复）" rules={[{ required: true, min: 2, max: 500, message: '请填写依据的文件或批复（2–500 个字）' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="reason" label={budget ? '修改理由' : '设立理由'} rules={[{ required: true, min: 2, message: budget ? '修改预算额度须写明理由' : '请写明设立理由' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function History({ budget, onClose }: { budget: Budget; onClose: () => void }) {
  const loaded = useLoad(() => budgetsApi.get(budget.id), [budget.id]);
  return (
    <Modal open title={`修改记录：${budget.fund}（${budget.regionName} ${budget.year} 年度）`} footer={null} onCancel={onClose} width={720}>
      {loaded.error && <Alert type="error" title={loaded.error} />}
      <Table<BudgetVersion>
        rowKey="version"
        size="small"
        pagination={false}
        loading={loaded.loading}
        dataSource={loaded.data?.versions ?? []}
        scroll={{ x: true }}
        columns={[
          { title: '版本', dataIndex: 'version' },
          { title: '金额', key: 'amount', render: (_, v) => formatFen(v.amountFen) },
          { title: '资金名称', dataIndex: 'fund' },
          { title: '依据', dataIndex: 'source' },
          { title: '理由', dataIndex: 'reason' },
          { title: '修改人', key: 'by', render: (_, v) => v.changedByName ?? '—' },
          { title: '时间（北京时间）', key: 'at', render: (_, v) => formatDateTime(v.changedAt) },
        ]}
      />
    </Modal>
  );
}
