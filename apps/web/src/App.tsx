// The app shell: top navigation (计算器 / 政策 / 登录), language toggle, and one lazily loaded chunk per
// section so that later portals (talent, employer, workbench, dashboard) each get their own.

import { Component, lazy, Suspense, type ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router-dom';
import { Button, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useI18n } from './i18n';

const Calculator = lazy(() => import('./pages/Calculator'));
const Policies = lazy(() => import('./pages/Policies'));
const PolicyDetail = lazy(() => import('./pages/PolicyDetail'));
const Login = lazy(() => import('./pages/Login'));
const NotFound = lazy(() => import('./pages/NotFound'));

/** Catches a rendering error so that no page ever shows a raw error or stack. */
class ErrorBoundary extends Component<{ children: ReactNode; message: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) return <Result status="warning" title={this.props.message} extra={<Button onClick={() => location.reload()}>↻</Button>} />;
    return this.props.children;
  }
}

export function App() {
  const { t, lang, setLang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#b4232a', borderRadius: 6 } }}>
      <header className="topbar no-print">
        <NavLink to="/" className="brand" end>
          {t('brand')}
        </NavLink>
        <nav className="nav" aria-label="主导航">
          <NavLink to="/" end>
            {t('navCalculator')}
          </NavLink>
          <NavLink to="/policies">{t('navPolicies')}</NavLink>
          <NavLink to="/login">{t('navLogin')}</NavLink>
          <Button size="small" className="lang-toggle" onClick={() => setLang(lang === 'en' ? 'zh' : 'en')} data-testid="lang-toggle">
            {t('langToggle')}
          </Button>
        </nav>
      </header>
      <main className="page">
        <ErrorBoundary message={t('errorPage')}>
          <Suspense fallback={<Spin className="page-spin" description={t('loading')} />}>
            <Routes>
              <Route path="/" element={<Calculator />} />
              <Route path="/policies" element={<Policies />} />
              <Route path="/policies/:id" element={<PolicyDetail />} />
              <Route path="/login" element={<Login />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </main>
    </ConfigProvider>
  );
}
