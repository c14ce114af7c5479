// The administrator links a staff account to its staff id at the government identity service
// (浙政钉 and the like), or unlinks it: signing in there then finds this account.
import { useState } from 'react';
import { Alert, Form, Input, Modal, message, type ButtonProps } from 'antd';
import { failText } from '../api';
import { accountsApi, type Account } from './accounts-api';
import { useAT } from './account-i18n';

export default function StaffLink({ account, onDone, onClose }: { account: Account; onDone: () => void; onClose: () => void }) {
  const at = useAT();
  const [staffId, setStaffId] = useState(account.oidcStaffId ?? '');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const save = async () => {
    setBusy(true);
    setErr(undefined);
    try {
      await accountsApi.linkStaffId(account.id, staffId.trim() || null);
      void message.success(at('linkedOk', { name: account.username }));
      onDone();
    } catch (e) {
      setErr(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={at('linkTitle', { name: account.username })} okText={at('link')} cancelText={at('cancel')} okButtonProps={{ loading: busy, 'data-testid': 'link-confirm' } as ButtonProps} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      <p>{at('linkText')}</p>
      {err && <Alert type="error" className="block" title={err} />}
      <Form layout="vertical" onFinish={() => void save()}>
        <Form.Item label={at('staffId')} htmlFor="staff-id">
          <Input id="staff-id" data-testid="staff-id" value={staffId} maxLength={128} onChange={(e) => setStaffId(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
