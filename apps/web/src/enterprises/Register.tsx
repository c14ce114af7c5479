// An enterprise registers itself (no sign-in): 统一社会信用代码, name, industry (GB/T 4754 门类),
// county, size, contact and its own account; then the county's talent office verifies it. The form
// keeps one request id, so pressing submit again never registers twice.

import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Result, Select } from 'antd';
import { api } from '../api';
import { useLoad } from '../hooks';
import { Loading } from '../ui/common';
import { entApi, newRequestId, type Enterprise, type Registration } from './api';
import { showErrors } from './parts';

const FIELDS = ['creditCode', 'name', 'industry', 'region', 'size', 'contactName', 'contactPhone', 'username', 'password'];

export default function Register() {
  const loaded = useLoad(() => Promise.all([entApi.catalogues(), api.regions()]), []);
  const [form] = Form.useForm<Registration>();
  const [done, setDone] = useState<Enterprise>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const key = useRef(newRequestId());
  const submit = async (v: Registration) => {
    setBusy(true);
    setError(undefined);
    try {
      setDone(await entApi.register(v, key.current));
    } catch (e) {
      setError(showErrors(form, e, FIELDS));
    } finally {
      setBusy(false);
    }
  };
  if (done)
    return (
      <Result
        status="success"
        title="注册已提交，等待所在地人才办核验"
        subTitle={`${done.name}（${done.regionName}）· 核验通过后即可登录提交问题和人才需求`}
        extra={<Link to="/login"><Button type="primary" data-testid="go-login">去登录</Button></Link>}
        data-testid="register-done"
      />
    );
  return (
    <Card title="企业注册" style={{ maxWidth: 640, margin: '0 auto' }} data-testid="enterprise-register">
      <Loading loaded={loaded}>
        {([cat, regions]) => (
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
            <Form.Item name="creditCode" label="统一社会信用代码" rules={[{ required: true, message: '请填写统一社会信用代码' }]} extra="18 位，按国家标准校验最后一位">
              <Input maxLength={18} data-testid="f-creditCode" />
            </Form.Item>
            <Form.Item name="name" label="企业名称" rules={[{ required: true, message: '请填写企业名称' }]}>
              <Input maxLength={100} data-testid="f-name" />
            </Form.Item>
            <Form.Item name="industry" label="所属行业（国民经济行业分类门类）" rules={[{ required: true, message: '请选择所属行业' }]}>
              <Select showSearch optionFilterProp="label" options={cat.industries.map((i) => ({ value: i.code, label: i.label }))} data-testid="f-industry" />
            </Form.Item>
            <Form.Item name="region" label="所在县（市、区）" rules={[{ required: true, message: '请选择所在县（市、区）' }]}>
              <Select options={regions.map((r) => ({ value: r.code, label: r.name }))} data-testid="f-region" />
            </Form.Item>
            <Form.Item name="size" label="企业规模" rules={[{ required: true, message: '请选择企业规模' }]}>
              <Select options={cat.sizes.map((s) => ({ value: s.code, label: s.label }))} data-testid="f-size" />
            </Form.Item>
            <Form.Item name="contactName" label="联系人" rules={[{ required: true, message: '请填写联系人' }]}>
              <Input maxLength={30} data-testid="f-contactName" />
            </Form.Item>
            <Form.Item name="contactPhone" label="联系人手机号" rules={[{ required: true, message: '请填写手机号' }]}>
              <Input maxLength={13} data-testid="f-contactPhone" />
            </Form.Item>
            <Form.Item name="username" label="登录用户名" rules={[{ required: true, message: '请填写登录用户名' }]}>
              <Input maxLength={32} autoComplete="username" data-testid="f-username" />
            </Form.Item>
            <Form.Item name="password" label="登录密码（至少 10 位）" rules={[{ required: true, message: '请设置登录密码' }]}>
              <Input.Password maxLength={128} autoComplete="new-password" data-testid="f-password" />
            </Form.Item>
            {error && <Alert type="error" showIcon title={error} className="block" />}
            <Button type="primary" htmlType="submit" loading={busy} data-testid="register-submit">提交注册</Button>
          </Form>
        )}
      </Loading>
    </Card>
  );
}
