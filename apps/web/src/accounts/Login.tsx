// Log-in for every role (session cookie + CSRF token); after log-in each role goes to its home page,
// or back to the page that asked for log-in (?next=). Where the server has it on, the government's
// identity service (浙里办 / 政务身份) signs in too, and comes back here (?oidcError= when refused).
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Tag } from 'antd';
import { homeOf, useSession } from '../session';
import { usePT } from '../ui/i18n';
import { api, failText } from '../api';
import { useLoad } from '../hooks';

export default function Login() {
  const pt = usePT();
  const { session, signIn } = useSession();
  const nav = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState({ u: false, p: false });
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<string>();
  const next = params.get('next');
  // Listed only where the demo data was seeded (the API says which accounts exist).
  const demo = useLoad(() => api.demoAccounts(), []);
  const oidc = useLoad(() => api.oidcConfig(), []);
  const oidcError = params.get('oidcError');
  // The refusal's own words come with the sign-in settings: until they have loaded (or failed to), no
  // message, so the general one never flashes before the precise one.
  const oidcErrText = oidcError && !oidc.loading ? (oidc.data?.refusals[oidcError] ?? pt('oidcFailed')) : undefined;
  const oidcStart = `/api/v1/auth/oidc/start${next && next.startsWith('/') ? `?next=${encodeURIComponent(next)}` : ''}`;
  if (session && !busy) return <Navigate to={next && next.startsWith('/') ? next : homeOf(session.user.role)} replace />;
  const uErr = touched.u && !username.trim() ? pt('usernameRequired') : undefined;
  const pErr = touched.p && !password ? pt('passwordRequired') : undefined;
  const submit = async () => {
    setTouched({ u: true, p: true });
    if (!username.trim() || !password) return;
    setBusy(true);
    setErr(undefined);
    try {
      const s = await signIn(username.trim(), password);
      nav(next && next.startsWith('/') ? next : homeOf(s.user.role), { replace: true });
    } catch (e) {
      setErr(failText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-page">
      <Card title={<h1 className="card-h1">{pt('login')}</h1>}>
        <p className="muted">{pt('loginIntro')}</p>
        {(err ?? oidcErrText) && <Alert type="error" title={err ?? oidcErrText} className="block" data-testid="login-error" />}
        <Form layout="vertical" onFinish={() => void submit()}>
          <Form.Item label={pt('username')} validateStatus={uErr ? 'error' : undefined} help={uErr} htmlFor="username">
            <Input id="username" autoComplete="username" value={username} onChange={(e) => { setUsername(e.target.value); setTouched((t) => ({ ...t, u: true })); }} />
          </Form.Item>
          <Form.Item label={pt('password')} validateStatus={pErr ? 'error' : undefined} help={pErr} htmlFor="password">
            <Input.Password id="password" autoComplete="current-password" value={password} onChange={(e) => { setPassword(e.target.value); setTouched((t) => ({ ...t, p: true })); }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {pt('signIn')}
          </Button>
        </Form>
        <p className="small block">
          <Link to="/enterprise/register" data-testid="enterprise-register-link">企业注册（企业首次使用请先注册）</Link>
        </p>
        {oidc.data?.enabled && (
          <div className="block">
            <div className="muted small">{pt('orSignInWith')}</div>
            <Button block href={oidcStart} data-testid="login-oidc">
              {oidc.data.label}
            </Button>
          </div>
        )}
        {!!demo.data?.accounts.length && (
          <div className="demo-accounts small">
            <div className="muted">{pt('demoAccounts')}</div>
            {demo.data.accounts.map((u) => (
              <Tag
                key={u}
                className="demo-tag"
                role="button"
                tabIndex={0}
                onClick={() => { setUsername(u); setPassword('rencai-demo-2026'); }}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' && e.key !== ' ') return;
                  e.preventDefault();
                  setUsername(u);
                  setPassword('rencai-demo-2026');
                }}
              >
                {u}
              </Tag>
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
