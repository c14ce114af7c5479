// 人岗匹配 (the talent portal's tab): the switch 愿意被企业查找 with optional wishes — counties,
// industries, expected monthly salary, skills — and the enterprises' requests to contact, each with
// the enterprise, the post and 同意 / 婉拒. Until the talent agrees, an enterprise sees no name or phone.

import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, InputNumber, List, Popconfirm, Select, Space, Switch, Tag, Typography } from 'antd';
import { failText } from '../api';
import { useLoad } from '../hooks';
import { formatFen } from '../money';
import { formatDateTime } from '../time';
import { Loading } from '../ui/common';
import { matchApi, type MyMatching as Mine, type MyRequest, type RequestStatus } from './api';

const STATUS_COLOR: Record<RequestStatus, string> = { pending: 'gold', accepted: 'green', declined: 'default', withdrawn: 'default' };
interface WishForm { open: boolean; counties: string[]; industries: string[]; expectedYuan: number | null; skills: string[] }

function Wishes({ m, onSaved }: { m: Mine; onSaved: () => void }) {
  const options = useLoad(() => matchApi.options(), []);
  const [form] = Form.useForm<WishForm>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.setFieldsValue({ open: m.wishes.open, counties: m.wishes.counties, industries: m.wishes.industries, expectedYuan: m.wishes.expectedSalaryFen === null ? null : m.wishes.expectedSalaryFen / 100, skills: m.wishes.skills });
  }, [m, form]);
  const save = async (v: WishForm) => {
    setBusy(true);
    setError(undefined);
    try {
      await matchApi.setMine({ open: v.open, counties: v.counties ?? [], industries: v.industries ?? [], expectedSalaryFen: v.expectedYuan ? Math.round(v.expectedYuan * 100) : null, skills: v.skills ?? [] });
      onSaved();
    } catch (e) {
      setError(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Loading loaded={options}>
      {(o) => (
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="matching-form" style={{ maxWidth: 560 }}>
          <Form.Item name="open" label="愿意被企业查找" valuePropName="checked" extra="打开后，企业可在其人才需求的“匹配人才”中看到您的学历、专业、所在地（不含姓名、身份证号和电话）；关闭后立即从所有企业的名单中移除。">
            <Switch checkedChildren="愿意" unCheckedChildren="不愿意" data-testid="matching-open" />
          </Form.Item>
          <Form.Item name="counties" label="意向地区（可多选，不选则按本人所在地匹配）">
            <Select mode="multiple" allowClear options={o.counties.map((c) => ({ value: c.code, label: c.label }))} data-testid="matching-counties" />
          </Form.Item>
          <Form.Item name="industries" label="意向行业（可多选）">
            <Select mode="multiple" allowClear options={o.industries.map((c) => ({ value: c.code, label: c.label }))} />
          </Form.Item>
          <Form.Item name="expectedYuan" label="期望月薪（元，可不填）">
            <InputNumber min={1} max={1_000_000} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="skills" label="技能特长（最多 10 项，输入后回车）">
            <Select mode="tags" maxCount={10} open={false} tokenSeparators={['，', ',', '、']} data-testid="matching-skills" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} className="block" data-testid="matching-error" />}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="matching-save">保存</Button>
        </Form>
      )}
    </Loading>
  );
}

function Requests({ rows, onAnswered }: { rows: MyRequest[]; onAnswered: () => void }) {
  const [error, setError] = useState<string>();
  const answer = (id: number, accept: boolean) => {
    setError(undefined);
    matchApi.answer(id, accept).then(onAnswered, (e: unknown) => setError(failText(e)));
  };
  return (
    <>
      {error && <Alert type="error" showIcon title={error} className="block" />}
      <List
        size="small"
        dataSource={rows}
        locale={{ emptyText: '暂无企业请求联系' }}
        data-testid="matching-requests"
        renderItem={(r) => (
          <List.Item
            actions={r.status === 'pending' ? [
              <Popconfirm key="a" title="同意联系？" description="同意后该企业可以看到您的姓名和电话。" okText="同意" cancelText="取消" onConfirm={() => answer(r.id, true)}><Button size="small" type="primary" data-testid="matching-accept">同意联系</Button></Popconfirm>,
              <Button key="d" size="small" onClick={() => answer(r.id, false)} data-testid="matching-decline">婉拒</Button>,
            ] : []}
          >
            <List.Item.Meta
              title={<Space wrap><span>{r.enterpriseName}</span><span>岗位：{r.post}</span><Tag color={STATUS_COLOR[r.status]}>{r.statusName}</Tag></Space>}
              description={`${r.regionName}，月薪 ${formatFen(r.salaryMinFen, '')}–${formatFen(r.salaryMaxFen)}；请求于 ${formatDateTime(r.requestedAt)}${r.answeredAt ? `，答复于 ${formatDateTime(r.answeredAt)}` : ''}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}

export default function MyMatching() {
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => matchApi.mine(), [tick]);
  const update = () => setTick((t) => t + 1);
  return (
    <Card size="small" title="人岗匹配" className="block" data-testid="my-matching">
      <Loading loaded={loaded}>
        {(m) => (
          <Space direction="vertical" style={{ width: '100%' }} size="large">
            <Alert type={m.wishes.open ? 'success' : 'info'} showIcon title={m.wishes.open ? '您已同意被企业查找。' : '您尚未同意被企业查找，企业看不到您。'} data-testid="matching-state" />
            <Wishes m={m} onSaved={update} />
            <div>
              <Typography.Title level={5}>企业的联系请求</Typography.Title>
              <Requests rows={m.requests} onAnswered={update} />
            </div>
          </Space>
        )}
      </Loading>
    </Card>
  );
}
