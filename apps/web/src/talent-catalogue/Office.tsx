// The talent office's 急需紧缺人才目录 and 需求白皮书: the catalogue's versions (a draft compiled from a
// year's declarations or copied from the last published version; entries added or removed on the
// draft; published with the date it is in force from — a published version is read-only), and the
// year's white paper previewed with its figures and tables and downloaded as Word and Excel.

import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Descriptions, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tabs, Tag, message } from 'antd';
import type { Dayjs } from 'dayjs';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { Chart } from '../ui/chart';
import { Loading, RequireRole } from '../ui/common';
import { entApi, type Catalogues } from '../enterprises/api';
import { tcApi, type Catalogue, type CatalogueEntry, type Tally, type WhitePaper } from './api';
import { MajorPicker } from './MajorPicker';
import { formatDateTime, todayInChina } from '../time';

echarts.use([BarChart, GridComponent, TooltipComponent]);

const thisYear = () => Number(todayInChina().slice(0, 4));

function save(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

function Entries({ c, cat, compiles, onChange }: { c: Catalogue; cat: Catalogues; compiles: boolean; onChange: (c: Catalogue) => void }) {
  const [form] = Form.useForm<{ industry: string; majorCode: string; post?: string }>();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string>();
  const industry = (code: string) => cat.industries.find((i) => i.code === code)?.label ?? '未知行业';
  const draft = c.status === 'draft' && compiles;
  const run = async (f: () => Promise<Catalogue>, ok: string) => {
    setError(undefined);
    try {
      onChange(await f());
      void message.success(ok);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <div data-testid="catalogue-entries">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} className="block">
        <Descriptions.Item label="目录">{c.title}</Descriptions.Item>
        <Descriptions.Item label="版本">第 {c.version} 版 <Tag color={c.status === 'draft' ? 'orange' : 'green'}>{c.statusName}</Tag></Descriptions.Item>
        <Descriptions.Item label="施行日期">{c.effectiveFrom ?? '（发布时确定）'}</Descriptions.Item>
        <Descriptions.Item label="发布时间">{formatDateTime(c.publishedAt)}</Descriptions.Item>
        {c.note && <Descriptions.Item label="编制说明">{c.note}</Descriptions.Item>}
      </Descriptions>
      {error && <Alert type="error" showIcon title={error} className="block" data-testid="catalogue-error" />}
      <Table<CatalogueEntry>
        size="small"
        rowKey="id"
        dataSource={c.entries ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: '行业', render: (_: unknown, e) => industry(e.industry) },
          { title: '专业', render: (_: unknown, e) => <span>{e.majorName}（{e.majorLevel}） <span className="code-secondary">{e.majorCodeShown}</span></span> },
          { title: '岗位', render: (_: unknown, e) => e.post ?? '不限岗位' },
          { title: '需求条数', dataIndex: 'demandCount', align: 'right' as const },
          { title: '需求人数', dataIndex: 'headcount', align: 'right' as const },
          ...(draft ? [{ title: '操作', render: (_: unknown, e: CatalogueEntry) => <Popconfirm title="删除该条目？" onConfirm={() => void run(() => tcApi.removeEntry(c.id, e.id), '已删除')}><Button size="small" danger>删除</Button></Popconfirm> }] : []),
        ]}
      />
      {draft && (
        <>
          <Form form={form} layout="inline" className="block" onFinish={(v) => void run(() => tcApi.addEntry(c.id, v), '已增加条目').then(() => form.resetFields())} data-testid="entry-form">
            <Form.Item name="industry" label="行业" rules={[{ required: true, message: '请选择行业' }]}><Select showSearch optionFilterProp="label" style={{ width: 220 }} options={cat.industries.map((i) => ({ value: i.code, label: i.label }))} /></Form.Item>
            <Form.Item name="majorCode" label="专业" rules={[{ required: true, message: '请选择专业' }]}><MajorPicker testid="entry-major" /></Form.Item>
            <Form.Item name="post" label="岗位（可不填）"><Input maxLength={60} /></Form.Item>
            <Button htmlType="submit">增加条目</Button>
          </Form>
          <Space wrap className="block">
            <span>施行日期</span>
            <DatePicker value={date} onChange={setDate} aria-label="施行日期" data-testid="effective-from" />
            <Button type="primary" disabled={!date} onClick={() => void run(() => tcApi.publish(c.id, date!.format('YYYY-MM-DD')), '目录已发布')} data-testid="publish-catalogue">发布</Button>
          </Space>
          <Alert type="info" title="发布后本版不再修改；调整目录须新建下一版，此前的版本仍按施行日期适用于当时的核定。" />
        </>
      )}
    </div>
  );
}

function Versions({ cat }: { cat: Catalogues }) {
  const { session } = useSession();
  const compiles = session?.user.role === 'admin' || (session?.user.role === 'clerk' && session.user.region === 'quzhou_city');
  const [tick, setTick] = useState(0);
  const list = useLoad(() => tcApi.list(), [tick]);
  const [open, setOpen] = useState<Catalogue>();
  const [year, setYear] = useState<number>(thisYear());
  const [error, setError] = useState<string>();
  const show = async (id: number) => {
    try {
      setOpen(await tcApi.get(id));
    } catch (e) {
      setError(failText(e));
    }
  };
  const make = async (f: (y: number) => Promise<Catalogue>) => {
    setError(undefined);
    try {
      const c = await f(year);
      setOpen(c);
      setTick((t) => t + 1);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <>
      {compiles && (
        <Space wrap className="block">
          <span>年度</span>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label="年度" data-testid="catalogue-year" />
          <Button type="primary" onClick={() => void make(tcApi.compile)} data-testid="compile-catalogue">按企业需求申报汇总生成草稿</Button>
          <Button onClick={() => void make(tcApi.draft)}>复制最近发布版为新草稿</Button>
        </Space>
      )}
      {error && <Alert type="error" showIcon title={error} className="block" />}
      <Loading loaded={list}>
        {(rows) => (
          <Table<Catalogue>
            size="small"
            rowKey="id"
            dataSource={rows}
            pagination={false}
            data-testid="catalogue-versions"
            columns={[
              { title: '目录', dataIndex: 'title' },
              { title: '年度', dataIndex: 'year' },
              { title: '版本', render: (_: unknown, c) => `第 ${c.version} 版` },
              { title: '状态', render: (_: unknown, c) => <Tag color={c.status === 'draft' ? 'orange' : 'green'}>{c.statusName}</Tag> },
              { title: '施行日期', render: (_: unknown, c) => c.effectiveFrom ?? '—' },
              { title: '', render: (_: unknown, c) => <Button size="small" onClick={() => void show(c.id)}>查看条目</Button> },
            ]}
          />
        )}
      </Loading>
      {open && <Entries key={`${open.id}-${open.status}-${open.entries?.length ?? 0}`} c={open} cat={cat} compiles={compiles} onChange={(c) => { setOpen(c); setTick((t) => t + 1); }} />}
    </>
  );
}

function Figure({ title, rows }: { title: string; rows: Tally[] }) {
  const option = useMemo(
    () => ({
      tooltip: {},
      grid: { left: 150, right: 30, top: 10, bottom: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', name: '需求人数', data: rows.map((r) => r.headcount), label: { show: true, position: 'right' } }],
    }),
    [rows],
  );
  return (
    <section className="block">
      <h3>需求人数{title}</h3>
      {rows.length > 0 && <Chart option={option} testid={`wp-chart-${title}`} height={Math.max(120, 40 + rows.length * 30)} label={`需求人数${title}（数据见下表）`} />}
      <Table<Tally> size="small" rowKey="key" dataSource={rows} pagination={false} columns={[{ title: title.replace(/^按/, ''), dataIndex: 'label' }, { title: '需求条数', dataIndex: 'demands', align: 'right' as const }, { title: '需求人数', dataIndex: 'headcount', align: 'right' as const }]} />
    </section>
  );
}

function Paper() {
  const [year, setYear] = useState<number>(thisYear());
  const loaded = useLoad(() => tcApi.whitePaper(year), [year]);
  const [error, setError] = useState<string>();
  const get = async (kind: 'docx' | 'xlsx', w: WhitePaper) => {
    try {
      save(await (kind === 'docx' ? tcApi.docx(year) : tcApi.xlsx(year)), `${w.title}.${kind}`);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <div data-testid="white-paper">
      <Space wrap className="block">
        <span>年度</span>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label="白皮书年度" data-testid="white-paper-year" />
      </Space>
      {error && <Alert type="error" showIcon title={error} className="block" />}
      <Loading loaded={loaded}>
        {(w) => (
          <>
            <h2>{w.title}</h2>
            <Space wrap className="block">
              <Button type="primary" onClick={() => void get('docx', w)} data-testid="white-paper-docx">下载 Word</Button>
              <Button onClick={() => void get('xlsx', w)} data-testid="white-paper-xlsx">下载 Excel 附表</Button>
            </Space>
            <p>
              {w.year}年度共有 {w.totals.enterprises} 家企业申报人才需求 {w.totals.demands} 条、需求 {w.totals.headcount} 人；其中紧急或特别紧急的 {w.totals.urgent} 条，按教育部学科专业目录填写专业的 {w.totals.coded} 条。
            </p>
            <Figure title="按行业" rows={w.byIndustry} />
            <Figure title="按县（市、区）" rows={w.byRegion} />
            <Figure title="按学历要求" rows={w.byDegree} />
            <Figure title="按专业（学科门类）" rows={w.byMajorGroup} />
            <h3>编制说明</h3>
            {w.methodology.map((m) => <p key={m}>{m}</p>)}
          </>
        )}
      </Loading>
    </div>
  );
}

function Page() {
  const cat = useLoad(() => entApi.catalogues(), []);
  return (
    <div data-testid="talent-catalogue-office">
      <h1>急需紧缺人才目录与需求白皮书</h1>
      <Loading loaded={cat}>
        {(c) => <Tabs items={[{ key: 'catalogue', label: '急需紧缺人才目录', children: <Versions cat={c} /> }, { key: 'paper', label: '人才需求白皮书', children: <Paper /> }]} />}
      </Loading>
    </div>
  );
}

const ROLES: Role[] = ['clerk', 'leader', 'admin'];
export default function TalentCatalogueOffice() {
  return (
    <RequireRole roles={ROLES}>
      <Page />
    </RequireRole>
  );
}
