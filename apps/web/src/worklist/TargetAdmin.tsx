// The city talent office's changes to a target, in its drill-down: a new value, or its split among
// the counties — each with the reason the API requires (kept with the history and in the audit chain).

import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import type { ButtonProps } from 'antd';
import { useSession } from '../session';
import { worklistApi, type TargetDetail } from './api';
import { useWT } from './i18n';
import { useSubmit } from './parts';

export function TargetAdmin({ t, regions, onChanged }: { t: TargetDetail; regions: Array<{ code: string; name: string }>; onChanged: () => void }) {
  const wt = useWT();
  const { session } = useSession();
  const [open, setOpen] = useState<null | 'value' | 'split'>(null);
  const office = session?.user.role === 'admin' || (session?.user.role === 'clerk' && session.user.region === 'quzhou_city');
  if (!office) return null;
  return (
    <>
      <Space style={{ marginTop: 8 }} className="wl-noprint">
        <Button size="small" onClick={() => setOpen('value')} data-testid="change-target">
          {wt('changeTarget')}
        </Button>
        {t.measure !== '%' && (
          <Button size="small" onClick={() => setOpen('split')} data-testid="split-target">
            {wt('splitTarget')}
          </Button>
        )}
      </Space>
      {open && <AdminForm t={t} kind={open} regions={regions} onClose={() => setOpen(null)} onSaved={onChanged} />}
    </>
  );
}

function AdminForm({ t, kind, regions, onClose, onSaved }: { t: TargetDetail; kind: 'value' | 'split'; regions: Array<{ code: string; name: string }>; onClose: () => void; onSaved: () => void }) {
  const wt = useWT();
  const [form] = Form.useForm<{ value?: number; reason: string } & Record<string, number | string | undefined>>();
  const current = new Map(t.byRegion.map((r) => [r.region, r.split]));
  const { error, busy, submit: save } = useSubmit(
    () => form.validateFields(),
    async (v) => {
      if (kind === 'value') await worklistApi.changeTarget(t.id, { value: v.value as number, reason: v.reason.trim() });
      else {
        const split: Record<string, number> = {};
        for (const r of regions) if (typeof v[`r_${r.code}`] === 'number') split[r.code] = v[`r_${r.code}`] as number;
        await worklistApi.splitTarget(t.id, { split, reason: v.reason.trim() });
      }
    },
    () => {
      onClose();
      onSaved();
    },
  );
  return (
    <Modal open title={`${kind === 'value' ? wt('changeTarget') : wt('splitTarget')} · ${t.indicator}`} onCancel={onClose} onOk={() => void save()} okText={wt('confirm')} cancelText={wt('cancel')} confirmLoading={busy} okButtonProps={{ 'data-testid': 'target-admin-ok' } as ButtonProps}>
      <Form form={form} layout="vertical" initialValues={kind === 'value' ? { value: t.target } : Object.fromEntries(regions.map((r) => [`r_${r.code}`, current.get(r.code) ?? undefined]))}>
        {kind === 'value' ? (
          <Form.Item name="value" label={`${wt('newValue')}（${t.measure}）`} rules={[{ required: true, message: wt('newValue') }]}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="target-value" />
          </Form.Item>
        ) : (
          <>
            <div className="small muted" style={{ marginBottom: 8 }}>{wt('splitHint')}</div>
            {regions.map((r) => (
              <Form.Item key={r.code} name={`r_${r.code}`} label={r.name} style={{ marginBottom: 8 }}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            ))}
          </>
        )}
        <Form.Item name="reason" label={wt('reason')} rules={[{ required: true, whitespace: true, message: wt('reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="target-reason" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" title={error} data-testid="target-admin-error" />}
    </Modal>
  );
}
