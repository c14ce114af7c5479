// The talent office's enterprise services: the verification queue (verify, or reject with a
// reason), the problem pool (answer, reassign; a department's reviewers see only what was sent to
// them), its figures by department, category, county and month over a chosen range of raising days, the enterprises' talent demands by industry and county with the
// export, and the designated 首席技术官 (designate, withdraw). Everything is within the caller's regions.

import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tabs, Tag, message } from 'antd';
import { api, failText, type Role } from '../api';
import { useLoad } from '../hooks';
import { useSession } from '../session';
import { Loading, RequireRole } from '../ui/common';
import { todayInChina } from '../time';
import { entApi, type Catalogues, type Cto, type Enterprise } from './api';
import { CtoTable, DemandTable, ProblemStatsTable, ProblemTable, showErrors } from './parts';
import DemandMatches from '../matching/DemandMatches';

function Queue() {
  const [tick, setTick] = useState(0);
  const [state, setState] = useState('pending');
  const loaded = useLoad(() => entApi.list({ state }), [tick, state]);
  const [rejecting, setRejecting] = useState<Enterprise>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [revealing, setRevealing] = useState<Enterprise>();
  const [purpose, setPurpose] = useState('');
  const [phone, setPhone] = useState<string>();
  const { session } = useSession();
  const reveal = async () => {
    try {
      setPhone((await entApi.revealPhone(revealing!.id, purpose)).value);
    } catch (err) {
      setError(failText(err));
    }
  };
  const verify = async (e: Enterprise) => {
    try {
      await entApi.verify(e.id);
      void message.success(`${e.name} 已核验通过`);
      setTick((t) => t + 1);
    } catch (err) {
      void message.error(failText(err));
    }
  };
  const reject = async () => {
    try {
      await entApi.reject(rejecting!.id, reason);
      setRejecting(undefined);
      setReason('');
      setTick((t) => t + 1);
    } catch (err) {
      setError(failText(err));
    }
  };
  return (
    <>
      <Select className="block" value={state} onChange={setState} style={{ width: 160 }} aria-label="核验状态" options={[{ value: 'pending', label: '待核验' }, { value: 'verified', label: '已核验' }, { value: 'rejected', label: '未通过核验' }]} />
      <Loading loaded={loaded}>
        {(rows) => (
          <Table<Enterprise>
            size="small"
            rowKey="id"
            dataSource={rows}
            data-testid="enterprise-queue"
            scroll={{ x: 720 }}
            locale={{ emptyText: '暂无企业注册' }}
            columns={[
              { title: '企业名称', dataIndex: 'name' },
              { title: '统一社会信用代码', dataIndex: 'creditCode' },
              { title: '行业', dataIndex: 'industryName' },
              { title: '县（市、区）', dataIndex: 'regionName' },
              { title: '规模', dataIndex: 'sizeName' },
              {
                title: '联系人',
                render: (_: unknown, e: Enterprise) => (
                  <span>
                    {e.contactName} {e.contactPhoneMasked}
                    {session?.user.role === 'clerk' && <Button size="small" type="link" onClick={() => { setRevealing(e); setPhone(undefined); setPurpose(''); setError(undefined); }}>查看完整号码</Button>}
                  </span>
                ),
              },
              { title: '状态', render: (_: unknown, e: Enterprise) => <Tag>{e.stateLabel}</Tag> },
              {
                title: '操作',
                render: (_: unknown, e: Enterprise) =>
                  e.state === 'pending' ? (
                    <Space>
                      <Button size="small" type="primary" onClick={() => void verify(e)} data-testid="verify-enterprise">核验通过</Button>
                      <Button size="small" danger onClick={() => setRejecting(e)}>不通过</Button>
                    </Space>
                  ) : (
                    e.reason ?? ''
                  ),
              },
            ]}
          />
        )}
      </Loading>
      <Modal open={!!revealing} title={`联系人完整手机号：${revealing?.name ?? ''}`} onCancel={() => setRevealing(undefined)} onOk={() => (phone ? setRevealing(undefined) : void reveal())} okText={phone ? '关闭' : '查看（记入审计）'} cancelText="取消">
        {phone ? <p data-testid="revealed-phone">{phone}</p> : <Input value={purpose} onChange={(e) => setPurpose(e.target.value)} placeholder="请写明用途，如：电话核实注册信息" aria-label="用途" />}
        {error && <Alert type="error" showIcon title={error} />}
      </Modal>
      <Modal open={!!rejecting} title={`核验不通过：${rejecting?.name ?? ''}`} onCancel={() => setRejecting(undefined)} onOk={() => void reject()} okText="提交" cancelText="取消">
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="请写明理由" aria-label="理由" />
        {error && <Alert type="error" showIcon title={error} />}
      </Modal>
    </>
  );
}

function Pool({ cat }: { cat: Catalogues }) {
  const [tick, setTick] = useState(0);
  const [filters, setFilters] = useState<{ state?: string; category?: string; overdue?: string }>({});
  const loaded = useLoad(() => entApi.problems(filters), [tick, JSON.stringify(filters)]);
  return (
    <>
      <Space wrap className="block">
        <Select allowClear placeholder="状态" style={{ width: 160 }} aria-label="状态" onChange={(v: string | undefined) => setFilters((f) => ({ ...f, state: v }))} options={[{ value: 'assigned', label: '待部门答复' }, { value: 'reopened', label: '企业已要求重新办理' }, { value: 'answered', label: '已答复，待企业评价' }, { value: 'closed', label: '已办结' }]} />
        <Select allowClear placeholder="类别" style={{ width: 140 }} aria-label="类别" onChange={(v: string | undefined) => setFilters((f) => ({ ...f, category: v }))} options={cat.categories.map((c) => ({ value: c.code, label: c.label }))} />
        <Select allowClear placeholder="是否超期" style={{ width: 140 }} aria-label="是否超期" onChange={(v: string | undefined) => setFilters((f) => ({ ...f, overdue: v }))} options={[{ value: '1', label: '只看超期' }]} />
      </Space>
      <Loading loaded={loaded}>{(rows) => <ProblemTable rows={rows} departments={cat.departments} showEnterprise onChanged={() => setTick((t) => t + 1)} />}</Loading>
    </>
  );
}

function Stats() {
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const loaded = useLoad(() => entApi.stats(range), [range.from, range.to]);
  return (
    <>
      <Space wrap className="block">
        <span>提交日期</span>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          onChange={(v) => setRange({ ...(v?.[0] ? { from: v[0].format('YYYY-MM-DD') } : {}), ...(v?.[1] ? { to: v[1].format('YYYY-MM-DD') } : {}) })}
          data-testid="problem-stats-range"
        />
      </Space>
      <Loading loaded={loaded}>{(s) => <ProblemStatsTable stats={s} />}</Loading>
    </>
  );
}

function Demands({ cat }: { cat: Catalogues }) {
  const regions = useLoad(() => api.regions(), []);
  const [q, setQ] = useState<{ industry?: string; region?: string }>({});
  const loaded = useLoad(() => entApi.demands(q), [JSON.stringify(q)]);
  const exportXlsx = async () => {
    try {
      const blob = await entApi.exportDemands(q);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = '企业人才需求.xlsx';
      a.click();
      URL.revokeObjectURL(a.href);
    } catch (e) {
      void message.error(failText(e));
    }
  };
  return (
    <>
      <Space wrap className="block">
        <Select allowClear showSearch optionFilterProp="label" placeholder="行业" style={{ width: 240 }} aria-label="行业" onChange={(v: string | undefined) => setQ((x) => ({ ...x, industry: v }))} options={cat.industries.map((i) => ({ value: i.code, label: i.label }))} />
        <Select allowClear placeholder="县（市、区）" style={{ width: 160 }} aria-label="县（市、区）" onChange={(v: string | undefined) => setQ((x) => ({ ...x, region: v }))} options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
        <Button onClick={() => void exportXlsx()} data-testid="export-demands">导出 Excel</Button>
      </Space>
      <Loading loaded={loaded}>{(rows) => <><DemandTable rows={rows} showEnterprise /><DemandMatches demands={rows} /></>}</Loading>
    </>
  );
}

const CTO_FIELDS = ['enterpriseId', 'batch', 'designatedOn', 'personName', 'post', 'basis'];

/** The designated 首席技术官 of the caller's regions; clerks designate (an enterprise of their county, verified) and withdraw. */
function Ctos() {
  const { session } = useSession();
  const clerk = session?.user.role === 'clerk' || session?.user.role === 'admin';
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => entApi.ctos(), [tick]);
  const verified = useLoad(() => (clerk ? entApi.list({ state: 'verified' }) : Promise.resolve([])), [clerk]);
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const [withdrawing, setWithdrawing] = useState<Cto>();
  const [w, setW] = useState({ withdrawnOn: todayInChina(), reason: '' });
  const designate = async (v: { enterpriseId: number; batch: string; designatedOn: string; personName: string; post: string; basis: string }) => {
    setError(undefined);
    try {
      const { enterpriseId, ...body } = v;
      const made = await entApi.designateCto(enterpriseId, body);
      void message.success(`已认定 ${made.enterpriseName} 的首席技术官 ${made.personName}`);
      form.resetFields(['personName', 'post']);
      setTick((t) => t + 1);
    } catch (e) {
      setError(showErrors(form, e, CTO_FIELDS));
    }
  };
  const withdraw = async () => {
    try {
      await entApi.withdrawCto(withdrawing!.id, w);
      setWithdrawing(undefined);
      setTick((t) => t + 1);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <>
      {clerk && (
        <Form form={form} layout="vertical" className="block" data-testid="cto-form" initialValues={{ batch: '第一批', designatedOn: todayInChina() }} onFinish={(v) => void designate(v)}>
          <Space wrap align="start">
            <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
              <Select showSearch optionFilterProp="label" style={{ width: 260 }} aria-label="企业" options={(verified.data ?? []).map((e) => ({ value: e.id, label: e.name }))} />
            </Form.Item>
            <Form.Item name="batch" label="批次"><Input style={{ width: 110 }} /></Form.Item>
            <Form.Item name="designatedOn" label="认定日期"><Input style={{ width: 130 }} placeholder="年-月-日" /></Form.Item>
            <Form.Item name="personName" label="姓名"><Input style={{ width: 120 }} /></Form.Item>
            <Form.Item name="post" label="职务"><Input style={{ width: 150 }} placeholder="如：研发中心主任" /></Form.Item>
          </Space>
          <Form.Item name="basis" label="认定依据"><Input placeholder="公布文件名称、文号" /></Form.Item>
          <Button type="primary" htmlType="submit" data-testid="designate-cto">认定首席技术官</Button>
          {error && <Alert type="error" showIcon title={error} className="block" />}
        </Form>
      )}
      <Loading loaded={loaded}>
        {(rows) => <CtoTable rows={rows} showEnterprise actions={clerk ? (c) => (c.withdrawnOn ? null : <Button size="small" danger onClick={() => { setWithdrawing(c); setError(undefined); }}>撤销</Button>) : undefined} />}
      </Loading>
      <Modal open={!!withdrawing} title={`撤销首席技术官认定：${withdrawing?.personName ?? ''}（${withdrawing?.enterpriseName ?? ''}）`} onCancel={() => setWithdrawing(undefined)} onOk={() => void withdraw()} okText="撤销" cancelText="取消">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input value={w.withdrawnOn} onChange={(e) => setW((x) => ({ ...x, withdrawnOn: e.target.value }))} aria-label="撤销日期" placeholder="撤销日期（年-月-日）" />
          <Input.TextArea rows={2} value={w.reason} onChange={(e) => setW((x) => ({ ...x, reason: e.target.value }))} aria-label="撤销理由" placeholder="请写明理由" />
          {error && <Alert type="error" showIcon title={error} />}
        </Space>
      </Modal>
    </>
  );
}

function Page() {
  const { session } = useSession();
  const cat = useLoad(() => entApi.catalogues(), []);
  const reviewer = session?.user.role === 'reviewer';
  return (
    <div data-testid="enterprise-office">
      <h1>企业服务</h1>
      <Loading loaded={cat}>
        {(c) => (
          <Tabs
            items={[
              ...(reviewer ? [] : [{ key: 'queue', label: '企业注册核验', children: <Queue /> }]),
              { key: 'pool', label: reviewer ? '交本部门的企业问题' : '问题池', children: <Pool cat={c} /> },
              ...(reviewer ? [] : [{ key: 'stats', label: '问题办理统计', children: <Stats /> }, { key: 'demands', label: '企业人才需求', children: <Demands cat={c} /> }, { key: 'ctos', label: '首席技术官', children: <Ctos /> }]),
            ]}
          />
        )}
      </Loading>
    </div>
  );
}

const ROLES: Role[] = ['clerk', 'leader', 'admin', 'reviewer'];
export default function Office() {
  return (
    <RequireRole roles={ROLES}>
      <Page />
    </RequireRole>
  );
}
