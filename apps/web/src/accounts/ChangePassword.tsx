// Changing one's own password (/account/password): current password, new password twice, checked
// as typed; the API's messages under their fields. Where a change is due (first sign-in of an
// account someone else set up), the app brings every page here until it is done, then goes on to
// the page asked for (?next=) or the role's home.
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Spin, message } from 'antd';
import { homeOf, useSession } from '../session';
import { ApiError, failText } from '../api';
import { accountsApi } from './accounts-api';
import { useAT } from './account-i18n';

type Field = 'currentPassword' | 'newPassword' | 'confirm';

export default function ChangePassword() {
  const at = useAT();
  const { session, restoring, passwordChanged } = useSession();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirm: '' });
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [server, setServer] = useState<Partial<Record<Field, string>>>({});
  const [err, setErr] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (restoring) return <Spin className="page-spin" />;
  if (!session) return <Navigate to="/login?next=%2Faccount%2Fpassword" replace />;
  const next = params.get('next');
  const local: Partial<Record<Field, string>> = {
    currentPassword: values.currentPassword ? undefined : at('currentRequired'),
    newPassword: !values.newPassword ? at('newRequired') : values.newPassword.length < 10 ? at('newTooShort') : undefined,
    confirm: values.confirm !== values.newPassword ? at('confirmMismatch') : undefined,
  };
  const shown = (f: Field) => server[f] ?? (touched[f] ? local[f] : undefined);
  const set = (f: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [f]: e.target.value }));
    setTouched((t) => ({ ...t, [f]: true }));
    setServer((s) => ({ ...s, [f]: undefined }));
  };
  const submit = async () => {
    setTouched({ currentPassword: true, newPassword: true, confirm: true });
    if (local.currentPassword || local.newPassword || local.confirm) return;
    setBusy(true);
    setErr(undefined);
    try {
      await accountsApi.changePassword(values.currentPassword, values.newPassword);
      passwordChanged();
      void message.success(at('changed'));
      nav(next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(session.user.role), { replace: true });
    } catch (e) {
      const fields = e instanceof ApiError ? e.errors.filter((x) => x.path === 'currentPassword' || x.path === 'newPassword') : [];
      if (fields.length) setServer(Object.fromEntries(fields.map((x) => [x.path, x.message])));
      else setErr(failText(e));
    } finally {
      setBusy(false);
    }
  };
  const item = (f: Field, label: string, autoComplete: string) => (
    <Form.Item label={label} validateStatus={shown(f) ? 'error' : undefined} help={shown(f)} htmlFor={f}>
      <Input.Password id={f} data-testid={`pw-${f}`} autoComplete={autoComplete} value={values[f]} onChange={set(f)} />
    </Form.Item>
  );
  return (
    <div className="login-page" data-testid="change-password">
      <Card title={<h1 className="card-h1">{at('changePassword')}</h1>}>
        {session.mustChangePassword && <Alert type="warning" className="block" title={at('mustChangeTitle')} description={at('mustChangeText')} data-testid="must-change" />}
        {err && <Alert type="error" title={err} className="block" data-testid="change-error" />}
        <p className="muted small">{at('passwordRule')}</p>
        <Form layout="vertical" onFinish={() => void submit()}>
          {item('currentPassword', at('currentPassword'), 'current-password')}
          {item('newPassword', at('newPassword'), 'new-password')}
          {item('confirm', at('confirmPassword'), 'new-password')}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="pw-submit">
            {at('submitChange')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
