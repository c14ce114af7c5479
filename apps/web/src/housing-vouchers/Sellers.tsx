// 椒江's registered sellers (售房单位) on the office's 人才房票 page: the list (contact phone masked,
// deactivated ones with their reason), the registration form — name, USCC, kind, contact and the
// first verifier account, each field's error shown under it — and deactivation with a reason.

import { useState } from 'react';
import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { ApiError } from '../api';
import { useLoad } from '../hooks';
import { Field } from '../field';
import { formatDay } from '../time';
import { Loading } from '../ui/common';
import { Quiet, useAction } from '../inkind/parts';
import { housingVoucherApi, type SellerRow } from './api';

const EMPTY = { name: '', code: '', kind: 'developer', uscc: '', contactName: '', contactPhone: '', username: '', displayName: '', password: '' };

export function Sellers({ canEdit }: { canEdit: boolean }) {
  const list = useLoad(() => housingVoucherApi.sellers(), []);
  return (
    <Card size="small" title="登记的售房单位" className="block" data-testid="hv-sellers">
      {canEdit && <Register done={list.retry} />}
      <Loading loaded={list}>
        {(rows) => (
          <Table<SellerRow>
            size="small"
            rowKey="code"
            dataSource={rows}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: <Quiet>暂无登记的售房单位</Quiet> }}
            columns={[
              { title: '单位名称', dataIndex: 'name', render: (n: string, s) => <>{n}<div className="code-secondary">{s.code}</div></> },
              { title: '类型', dataIndex: 'kindText' },
              { title: '统一社会信用代码', dataIndex: 'uscc' },
              { title: '联系人', key: 'contact', render: (_, s) => [s.contactName, s.contactPhone].filter(Boolean).join(' ') },
              { title: '登记时间', dataIndex: 'registeredAt', render: (t: string) => formatDay(t) },
              { title: '状态', key: 'active', render: (_, s) => (s.active ? '可核销' : `已停用：${s.deactivateReason ?? ''}`) },
              ...(canEdit ? [{ title: '', key: 'off', render: (_: unknown, s: SellerRow) => (s.active ? <Deactivate s={s} done={list.retry} /> : null) }] : []),
            ]}
          />
        )}
      </Loading>
    </Card>
  );
}

function Register({ done }: { done: () => void }) {
  const [f, setF] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const a = useAction();
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const submit = () =>
    a.run(async () => {
      setErrors({});
      try {
        await housingVoucherApi.registerSeller({
          code: f.code.trim(),
          name: f.name.trim(),
          kind: f.kind,
          uscc: f.uscc.trim().toUpperCase(),
          ...(f.contactName.trim() ? { contactName: f.contactName.trim() } : {}),
          ...(f.contactPhone.trim() ? { contactPhone: f.contactPhone.trim() } : {}),
          ...(f.username.trim() ? { verifier: { username: f.username.trim(), displayName: f.displayName.trim(), password: f.password } } : {}),
        });
      } catch (e) {
        if (e instanceof ApiError) setErrors(Object.fromEntries(e.errors.map((x) => [x.path, x.message])));
        throw e;
      }
      setF(EMPTY);
      done();
    }, '售房单位已登记；核验员首次登录须修改初始密码');
  const field = (k: keyof typeof EMPTY, label: string, path: string = k, extra: Record<string, unknown> = {}) => (
    <Field label={label} validateStatus={errors[path] ? 'error' : undefined} help={errors[path]}>
      <Input value={f[k]} onChange={set(k)} data-testid={`seller-${k}`} {...extra} />
    </Field>
  );
  return (
    <Form layout="vertical" className="block" data-testid="seller-form">
      <Space wrap align="start">
        {field('name', '单位名称')}
        {field('uscc', '统一社会信用代码', 'uscc', { maxLength: 18 })}
        <Field label="单位类型" validateStatus={errors.kind ? 'error' : undefined} help={errors.kind}>
          <Select value={f.kind} onChange={(kind) => setF({ ...f, kind })} style={{ width: 160 }} options={[{ value: 'developer', label: '房地产开发企业' }, { value: 'agent', label: '房屋销售单位' }]} />
        </Field>
        {field('code', '单位简码（小写字母、数字、下划线）')}
        {field('contactName', '联系人')}
        {field('contactPhone', '联系电话（手机）')}
      </Space>
      <Space wrap align="start">
        {field('username', '核验员用户名（可不填）', 'verifier.username')}
        {field('displayName', '核验员姓名', 'verifier.displayName')}
        <Field label="初始密码（首次登录须修改）" validateStatus={errors['verifier.password'] ? 'error' : undefined} help={errors['verifier.password']}>
          <Input.Password value={f.password} onChange={set('password')} autoComplete="new-password" data-testid="seller-password" />
        </Field>
      </Space>
      <div>
        <Button type="primary" loading={a.busy} onClick={() => void submit()} data-testid="seller-register">登记售房单位</Button>
      </div>
      {a.feedback}
    </Form>
  );
}

function Deactivate({ s, done }: { s: SellerRow; done: () => void }) {
  const [reason, setReason] = useState('');
  const a = useAction();
  return (
    <Space wrap>
      <Input size="small" aria-label={`停用${s.name}的理由`} placeholder="停用理由" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 120 }} />
      <Button size="small" danger loading={a.busy} onClick={() => void a.run(async () => { await housingVoucherApi.deactivateSeller(s.code, reason); done(); })}>停用</Button>
      {a.feedback}
    </Space>
  );
}
