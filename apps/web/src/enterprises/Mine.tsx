// The enterprise's own pages: its registration and verification state, its enterprise code (企业码:
// a QR to print and post, re-issued when lost), its problems (raise one, see the department's answer,
// reopen once or rate it) and its talent demands (declare one).

import { useRef, useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Popconfirm, Select, Space, Tabs, Tag, Typography, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLoad } from '../hooks';
import { failText } from '../api';
import { formatDateTime } from '../time';
import { Loading, RequireRole } from '../ui/common';
import { Qr } from '../ui/qr';
import { codeUrl, entApi, newRequestId, type Catalogues, type Enterprise, type EnterpriseCode } from './api';
import { CtoTable, DemandTable, ProblemTable, showErrors } from './parts';
import DemandMatches from '../matching/DemandMatches';
import { MajorPicker } from '../talent-catalogue/MajorPicker';

function RaiseProblem({ cat, onDone }: { cat: Catalogues; onDone: () => void }) {
  const [form] = Form.useForm<{ category: string; description: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newRequestId());
  const category = Form.useWatch('category', form);
  const spec = cat.categories.find((c) => c.code === category);
  const submit = async (v: { category: string; description: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await entApi.raise(v, key.current);
      key.current = newRequestId();
      form.resetFields();
      void message.success('问题已提交');
      onDone();
    } catch (e) {
      setError(showErrors(form, e, ['category', 'description']));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="提交问题" className="block">
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="raise-form">
        <Form.Item name="category" label="问题类别" rules={[{ required: true, message: '请选择问题类别' }]} extra={spec ? `由${spec.departmentName}承办，承诺 ${spec.workdays} 个工作日内答复` : undefined}>
          <Select options={cat.categories.map((c) => ({ value: c.code, label: c.label }))} data-testid="raise-category" />
        </Form.Item>
        <Form.Item name="description" label="问题描述" rules={[{ required: true, message: '请描述问题' }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="raise-description" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} className="block" />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="raise-submit">提交</Button>
      </Form>
    </Card>
  );
}

interface DemandForm { post: string; headcount: number; degree: string; majorCode?: string; major?: string; salaryMin: number; salaryMax: number; urgency: string; deadline: Dayjs }

function DeclareDemand({ cat, onDone }: { cat: Catalogues; onDone: () => void }) {
  const [form] = Form.useForm<DemandForm>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: DemandForm) => {
    setBusy(true);
    setError(undefined);
    try {
      await entApi.declare({ post: v.post, headcount: v.headcount, degree: v.degree, majorCode: v.majorCode, major: v.major, salaryMinFen: Math.round(v.salaryMin) * 100, salaryMaxFen: Math.round(v.salaryMax) * 100, urgency: v.urgency, deadline: v.deadline?.format('YYYY-MM-DD') });
      form.resetFields();
      void message.success('人才需求已申报');
      onDone();
    } catch (e) {
      const left = showErrors(form, e, ['post', 'headcount', 'degree', 'majorCode', 'major', 'urgency', 'deadline']);
      setError(left);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="申报人才需求" className="block">
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="demand-form">
        <Space wrap align="start">
          <Form.Item name="post" label="岗位" rules={[{ required: true, message: '请填写岗位' }]}><Input maxLength={60} /></Form.Item>
          <Form.Item name="headcount" label="人数" rules={[{ required: true, message: '请填写人数' }]}><InputNumber min={1} max={10000} precision={0} /></Form.Item>
          <Form.Item name="degree" label="学历要求" rules={[{ required: true, message: '请选择学历' }]}><Select style={{ width: 140 }} options={cat.degrees.map((d) => ({ value: d.code, label: d.label }))} /></Form.Item>
          <Form.Item name="majorCode" label="专业（教育部学科专业目录）"><MajorPicker testid="demand-major" /></Form.Item>
          <Form.Item name="major" label="专业说明（不限专业请填“不限”）"><Input maxLength={60} /></Form.Item>
          <Form.Item name="salaryMin" label="月薪下限（元）" rules={[{ required: true, message: '请填写' }]}><InputNumber min={1} precision={0} /></Form.Item>
          <Form.Item name="salaryMax" label="月薪上限（元）" rules={[{ required: true, message: '请填写' }]}><InputNumber min={1} precision={0} /></Form.Item>
          <Form.Item name="urgency" label="紧急程度" rules={[{ required: true, message: '请选择' }]}><Select style={{ width: 120 }} options={cat.urgencies.map((d) => ({ value: d.code, label: d.label }))} /></Form.Item>
          <Form.Item name="deadline" label="截止日期" rules={[{ required: true, message: '请选择截止日期' }]}><DatePicker /></Form.Item>
        </Space>
        {error && <Alert type="error" showIcon title={error} className="block" />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="demand-submit">申报</Button>
      </Form>
    </Card>
  );
}

function CodeCard() {
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => entApi.myCode(), [tick]);
  const [error, setError] = useState<string>();
  const reissue = async () => {
    setError(undefined);
    try {
      await entApi.reissueCode();
      void message.success('已重新生成企业码，此前的企业码已作废');
      setTick((t) => t + 1);
    } catch (e) {
      setError(failText(e));
    }
  };
  return (
    <Card size="small" title="企业码" className="block" data-testid="enterprise-code">
      <Loading loaded={loaded}>
        {(c: EnterpriseCode) => (
          <Space align="start" wrap size="large">
            <Qr text={codeUrl(c.token)} label="企业码" width={200} testId="enterprise-code-qr" />
            <Space direction="vertical" style={{ maxWidth: 420 }}>
              <Typography.Text>请打印后张贴在企业接待处。人才办、承办部门和领导走访时扫码，即可查看贵企业的服务页（企业信息、未办结的问题、人才需求）；扫码须用工作人员账号登录，且只能查看本人管辖地区的企业。</Typography.Text>
              <Typography.Text type="secondary" data-testid="enterprise-code-validity">
                第 {c.version} 版，签发于 {formatDateTime(c.issuedAt)}，有效期至 {formatDateTime(c.expiresAt)}（一年）
              </Typography.Text>
              {c.expired && <Alert type="warning" showIcon title="企业码已过期，请重新生成并重新张贴。" />}
              {error && <Alert type="error" showIcon title={error} />}
              <Popconfirm title="重新生成企业码？" description="此前打印或转发的企业码将全部作废，需要重新张贴。" okText="重新生成" cancelText="取消" onConfirm={() => void reissue()}>
                <Button data-testid="enterprise-code-reissue">重新生成</Button>
              </Popconfirm>
              <Typography.Text type="secondary">企业码遗失、被冒用或张贴满一年时，请重新生成。</Typography.Text>
            </Space>
          </Space>
        )}
      </Loading>
    </Card>
  );
}

function Verified({ cat }: { cat: Catalogues }) {
  const [tick, setTick] = useState(0);
  const problems = useLoad(() => entApi.problems(), [tick]);
  const demands = useLoad(() => entApi.demands(), [tick]);
  const ctos = useLoad(() => entApi.ctos(), []);
  const reload = () => setTick((t) => t + 1);
  return (
    <Tabs
      items={[
        { key: 'problems', label: '我的问题', children: <><RaiseProblem cat={cat} onDone={reload} /><Loading loaded={problems}>{(rows) => <ProblemTable rows={rows} departments={cat.departments} showEnterprise={false} onChanged={reload} />}</Loading></> },
        { key: 'demands', label: '我的人才需求', children: <><DeclareDemand cat={cat} onDone={reload} /><Loading loaded={demands}>{(rows) => <DemandTable rows={rows} showEnterprise={false} />}</Loading></> },
        { key: 'matches', label: '匹配人才', children: <Loading loaded={demands}>{(rows) => <DemandMatches demands={rows} />}</Loading> },
        { key: 'ctos', label: '首席技术官', children: <Loading loaded={ctos}>{(rows) => <CtoTable rows={rows} showEnterprise={false} />}</Loading> },
      ]}
    />
  );
}

function Page() {
  const loaded = useLoad(() => Promise.all([entApi.mine(), entApi.catalogues()]), []);
  return (
    <Loading loaded={loaded}>
      {([e, cat]: [Enterprise, Catalogues]) => (
        <div data-testid="enterprise-home">
          <h1>{e.name}</h1>
          <Descriptions
            size="small"
            className="block"
            items={[
              { key: 's', label: '核验状态', children: <Tag color={e.state === 'verified' ? 'green' : e.state === 'pending' ? 'blue' : 'red'} data-testid="enterprise-state">{e.stateLabel}</Tag> },
              { key: 'c', label: '统一社会信用代码', children: e.creditCode },
              { key: 'i', label: '所属行业', children: e.industryName },
              { key: 'r', label: '所在县（市、区）', children: e.regionName },
              { key: 'z', label: '企业规模', children: e.sizeName },
              { key: 'p', label: '联系人', children: `${e.contactName} ${e.contactPhoneMasked}` },
            ]}
          />
          {e.state === 'pending' && <Alert type="info" showIcon title="注册信息已提交，正在等待所在地人才办核验；核验通过后可提交问题和人才需求。" />}
          {e.state === 'rejected' && <Alert type="warning" showIcon title={`注册未通过核验：${e.reason ?? ''}`} />}
          {e.state === 'verified' && <CodeCard />}
          {e.state === 'verified' && <Verified cat={cat} />}
        </div>
      )}
    </Loading>
  );
}

export default function Mine() {
  return (
    <RequireRole roles={['enterprise']}>
      <Page />
    </RequireRole>
  );
}

