// The app shell: top navigation (计算器 / 政策 / 登录 or the role's home and 退出), language toggle, and one lazily loaded chunk per
// section so that later portals (talent, employer, workbench, dashboard) each get their own.

import { Component, lazy, Suspense, type ReactNode } from 'react';
import { NavLink, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Button, ConfigProvider, Dropdown, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useI18n } from './i18n';
import { focusTheme } from './focus-theme';
import { contrastTokens } from './a11y-theme';
import { RouteFocus } from './route-focus';
import { CareSwitch, careTokens, useCareMode } from './care-mode';
import { reducedMotion, useReducedMotion } from './reduced-motion';
import { homeOf, useSession } from './session';
import { PartnerNav } from './cards/PartnerNav';
import { usePT, type PKey } from './ui/i18n';
import { PasswordGate } from './accounts/PasswordGate';
import { useAT } from './accounts/account-i18n';
import { useOT } from './official-values/i18n';
import { useWT } from './worklist/i18n';
import { useJT } from './jobs/i18n';

const Calculator = lazy(() => import('./calculator/Calculator'));
const Policies = lazy(() => import('./policies/Policies'));
const PolicyDetail = lazy(() => import('./policies/PolicyDetail'));
const Login = lazy(() => import('./accounts/Login'));
const TalentPortal = lazy(() => import('./portals/Talent'));
const TalentApplication = lazy(() => import('./portals/Talent').then((m) => ({ default: m.TalentApplication })));
const EmployerPortal = lazy(() => import('./portals/Employer'));
const EmployerApplication = lazy(() => import('./portals/Employer').then((m) => ({ default: m.EmployerApplication })));
const Workbench = lazy(() => import('./portals/Workbench'));
const WorkbenchApplication = lazy(() => import('./portals/Workbench').then((m) => ({ default: m.WorkbenchApplication })));
const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const NotFound = lazy(() => import('./NotFound'));
const ChangePassword = lazy(() => import('./accounts/ChangePassword'));
const Accounts = lazy(() => import('./accounts/Accounts'));
const OfficialValues = lazy(() => import('./official-values/OfficialValues'));
const WorklistProgress = lazy(() => import('./worklist/Progress'));
const WorklistReports = lazy(() => import('./worklist/Reports'));
const WorklistReport = lazy(() => import('./worklist/ReportView'));
const CardVerify = lazy(() => import('./cards/Verify'));
const WorklistBriefing = lazy(() => import('./worklist/Briefing'));
const Jobs = lazy(() => import('./jobs/Jobs'));
const EnterpriseRegister = lazy(() => import('./enterprises/Register'));
const EnterpriseMine = lazy(() => import('./enterprises/Mine'));
const EnterpriseOffice = lazy(() => import('./enterprises/Office'));
const EnterpriseCodeView = lazy(() => import('./enterprises/CodeView'));
const TalentCatalogueOffice = lazy(() => import('./talent-catalogue/Office'));
const ApartmentsOffice = lazy(() => import('./apartments/Office'));
const Budgets = lazy(() => import('./budgets/Budgets'));
const InkindOffice = lazy(() => import('./inkind/Office'));
const InkindPartner = lazy(() => import('./inkind/Partner'));
const HousingVoucherOffice = lazy(() => import('./housing-vouchers/Office'));
const HousingVoucherSeller = lazy(() => import('./housing-vouchers/Seller'));
const ProjectsOffice = lazy(() => import('./projects/Office'));
const ProjectPage = lazy(() => import('./projects/Office').then((m) => ({ default: m.ProjectPage })));
const Visits = lazy(() => import('./visits/Visits'));
const NativeStudents = lazy(() => import('./native-students/NativeStudents'));
const RuralTalentPage = lazy(() => import('./rural-talent/RuralTalent'));
const EmploymentHelp = lazy(() => import('./employment-help/EmploymentHelp'));
const MyHelpCases = lazy(() => import('./employment-help/MyCases'));
const LeaderContact = lazy(() => import('./leader-contact/LeaderContact'));
const MyContactTalents = lazy(() => import('./leader-contact/MyTalents'));
const TalentSurvey = lazy(() => import('./leader-contact/Survey'));
const Dividends = lazy(() => import('./dividends/Dividends'));
const Skills = lazy(() => import('./skills/Skills'));
const SkillsCheck = lazy(() => import('./skills/Check'));
const EventsOffice = lazy(() => import('./events/Office'));
const Activities = lazy(() => import('./events/Public'));
const Activity = lazy(() => import('./events/Public').then((m) => ({ default: m.Activity })));
const MyEvents = lazy(() => import('./events/Mine'));

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

const HOME_LABEL: Record<string, PKey> = { '/enterprise': 'navEnterprise', '/talent': 'navTalent', '/employer': 'navEmployer', '/workbench': 'navWorkbench', '/dashboard': 'navDashboard', '/worklist/reports': 'navWorklistReports', '/employment-help/mine': 'navHelpMine' };

type NavEntry = { to: string; id: string; label: string; end?: boolean };

/**
 * A group of the navigation's pages behind one button (a menu of links), so that a clerk's dozen pages fit
 * on one line; a group with one page for this user is that page's plain link, an empty group nothing.
 */
function NavGroup({ id, label, entries }: { id: string; label: string; entries: NavEntry[] }) {
  const { pathname } = useLocation();
  if (entries.length === 0) return null;
  const link = (e: NavEntry) => (
    <NavLink to={e.to} end={e.end} data-testid={e.id}>
      {e.label}
    </NavLink>
  );
  if (entries.length === 1) return link(entries[0]!);
  const current = entries.find((e) => pathname === e.to || (!e.end && pathname.startsWith(`${e.to}/`)));
  return (
    <Dropdown trigger={['click']} menu={{ items: entries.map((e) => ({ key: e.to, label: link(e) })), selectedKeys: current ? [current.to] : [] }}>
      <button type="button" className={`nav-group${current ? ' active' : ''}`} data-testid={`nav-group-${id}`}>
        {label} <span aria-hidden="true">▾</span>
      </button>
    </Dropdown>
  );
}

/**
 * Log-in link, or the signed-in user's home, (for leaders and city clerks) the dashboard and the work list,
 * then the office's services, its talent work beyond money and its management pages in three menus, and log-out.
 */
function SessionNav() {
  const { t, lang } = useI18n();
  const pt = usePT();
  const at = useAT();
  const ot = useOT();
  const wt = useWT();
  const jt = useJT();
  const { session, signOut } = useSession();
  const nav = useNavigate();
  if (!session) return <NavLink to="/login">{t('navLogin')}</NavLink>;
  const home = homeOf(session.user.role);
  const role = session.user.role;
  const dept = session.user.department;
  const office = role === 'clerk' || role === 'leader' || role === 'admin';
  const services: NavEntry[] = [
    ...(office || role === 'reviewer' ? [{ to: '/enterprises', id: 'nav-enterprises', label: '企业服务' }] : []),
    ...(office || role === 'reviewer' ? [{ to: '/visits', id: 'nav-visits', label: '企业走访' }] : []),
    ...(office ? [{ to: '/talent-catalogue', id: 'nav-talent-catalogue', label: '急需紧缺人才目录' }] : []),
    ...(role === 'clerk' || role === 'leader' || (role === 'reviewer' && dept === 'housing') ? [{ to: '/apartments', id: 'nav-apartments', label: '人才公寓' }] : []),
    ...(office || role === 'reviewer' ? [{ to: '/services', id: 'nav-services', label: '实物服务', end: true }] : []),
    ...(((role === 'clerk' || role === 'leader') && session.user.region === 'jiaojiang') || role === 'admin' ? [{ to: '/housing-vouchers', id: 'nav-housing-vouchers', label: '人才房票', end: true }] : []),
    ...(office ? [{ to: '/projects', id: 'nav-projects', label: '项目与平台' }] : []),
  ];
  // Talent work beyond money (issue 18): the databases of native students and rural talent, skills, employment help, 和盈 dividends.
  const talentWork: NavEntry[] = [
    ...(office ? [{ to: '/native-students', id: 'nav-native-students', label: '衢籍大学生' }] : []),
    ...(office ? [{ to: '/rural-talent', id: 'nav-rural-talent', label: '乡土人才' }] : []),
    ...(office ? [{ to: '/skills', id: 'nav-skills', label: '技能人才评价', end: true }] : []),
    ...(office ? [{ to: '/employment-help', id: 'nav-employment-help', label: '就业帮扶', end: true }] : []),
    ...(role === 'clerk' || role === 'admin' ? [{ to: '/leader-contact', id: 'nav-leader-contact', label: '领导联系人才', end: true }] : []),
    ...(role === 'leader' ? [{ to: '/leader-contact/mine', id: 'nav-leader-contact-mine', label: '我联系的人才' }] : []),
    ...(role === 'talent' ? [{ to: '/talent/survey', id: 'nav-talent-survey', label: '人才满意度调查' }] : []),
    ...(office || role === 'reviewer' ? [{ to: '/events', id: 'nav-events', label: '招聘与人才活动' }] : []),
    ...(role === 'talent' ? [{ to: '/my-events', id: 'nav-my-events', label: '我的活动' }] : []),
    ...((role === 'clerk' && session.user.region === 'tiantai') || role === 'admin' ? [{ to: '/dividends', id: 'nav-dividends', label: '和盈持股分红' }] : []),
  ];
  const manage: NavEntry[] = [
    ...(role === 'clerk' || role === 'admin' ? [{ to: '/worklist/reports', id: 'nav-worklist-reports', label: wt('navReports') }] : []),
    ...(office ? [{ to: '/official-values', id: 'nav-official-values', label: ot('nav') }] : []),
    ...(office || (role === 'reviewer' && dept === 'finance') ? [{ to: '/budgets', id: 'nav-budgets', label: '预算额度' }] : []),
    ...(role === 'leader' || role === 'admin' ? [{ to: '/admin/jobs', id: 'nav-jobs', label: jt('nav') }] : []),
    ...(role === 'admin' ? [{ to: '/admin/accounts', id: 'nav-accounts', label: at('accounts') }] : []),
  ];
  return (
    <>
      <NavLink to={home} data-testid="nav-home">{pt(HOME_LABEL[home] ?? 'navWorkbench')}</NavLink>
      {(role === 'leader' || role === 'admin') && home !== '/workbench' && <NavLink to="/workbench">{pt('navWorkbench')}</NavLink>}
      {(role === 'clerk' || role === 'admin') && <NavLink to="/dashboard">{pt('navDashboard')}</NavLink>}
      {(office || role === 'unit_reporter' || role === 'unit_head') && <NavLink to="/worklist" end data-testid="nav-worklist">{wt('nav')}</NavLink>}
      {role === 'partner_verifier' && <PartnerNav />}
      <NavGroup id="services" label={lang === 'en' ? 'Services' : '服务'} entries={services} />
      <NavGroup id="talent-work" label={lang === 'en' ? 'Talent work' : '人才工作'} entries={talentWork} />
      <NavGroup id="manage" label={lang === 'en' ? 'Management' : '管理'} entries={manage} />
      <NavLink to="/account/password" className="who small" data-testid="who" title={at('changePassword')}>{session.user.displayName}</NavLink>
      <Button size="small" type="text" data-testid="logout" onClick={() => void signOut().then((leaving) => { if (!leaving) nav('/login'); })}>
        {pt('signOut')}
      </Button>
    </>
  );
}

const baseTokens = (still: boolean) => ({ colorPrimary: '#b4232a', borderRadius: 6, motion: !still, ...contrastTokens });

// zeroRuntime: Ant Design's component styles come from its static stylesheet (main.tsx), not generated in
// the browser on every page load (measured per page load: the page's script time 1.16 s → 0.66–0.73 s);
// the theme's tokens still reach the components as CSS variables, set here as before.
// The messages and confirmations opened by Ant Design's static methods (message.success, Modal.confirm)
// render outside the app's tree: the same colours and the same motion preference reach them here.
ConfigProvider.config({ holderRender: (children) => <ConfigProvider theme={{ token: baseTokens(reducedMotion()), zeroRuntime: true }}>{children}</ConfigProvider> });

export function App() {
  const { t, lang, setLang } = useI18n();
  const { pathname } = useLocation();
  const { session } = useSession();
  const [care, setCare] = useCareMode(session?.user.username);
  const still = useReducedMotion();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { ...baseTokens(still), ...(care ? careTokens : {}) }, components: focusTheme.components, zeroRuntime: true }}>
      <a
        className="skip-link"
        href="#main"
        data-testid="skip-link"
        onClick={(e) => {
          // Focus the content itself (the router's URL stays as it is).
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {lang === 'en' ? 'Skip to main content' : '跳到主要内容'}
      </a>
      <RouteFocus brand={t('brand')} />
      <header className="topbar no-print">
        <NavLink to="/" className="brand" end>
          {t('brand')}
        </NavLink>
        <CareSwitch on={care} onChange={setCare} label={t('careMode')} />
        <nav className="nav" aria-label="主导航">
          <NavLink to="/" end>
            {t('navCalculator')}
          </NavLink>
          <NavLink to="/policies">{t('navPolicies')}</NavLink>
          <NavLink to="/activities" data-testid="nav-activities">{lang === 'en' ? 'Events' : '活动'}</NavLink>
          <SessionNav />
          <Button size="small" className="lang-toggle" onClick={() => setLang(lang === 'en' ? 'zh' : 'en')} data-testid="lang-toggle">
            {t('langToggle')}
          </Button>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="page focus-calm">
        <ErrorBoundary key={pathname} message={t('errorPage')}>
          <PasswordGate>
          <Suspense fallback={<Spin className="page-spin" description={t('loading')} />}>
            <Routes>
              <Route path="/" element={<Calculator />} />
              <Route path="/policies" element={<Policies />} />
              <Route path="/policies/:id" element={<PolicyDetail />} />
              <Route path="/login" element={<Login />} />
              <Route path="/talent" element={<TalentPortal />} />
              <Route path="/talent/applications/:id" element={<TalentApplication />} />
              <Route path="/employer" element={<EmployerPortal />} />
              <Route path="/employer/applications/:id" element={<EmployerApplication />} />
              <Route path="/workbench" element={<Workbench />} />
              <Route path="/workbench/applications/:id" element={<WorkbenchApplication />} />
              <Route path="/dashboard" element={<Dashboard />} />
              <Route path="/account/password" element={<ChangePassword />} />
              <Route path="/admin/accounts" element={<Accounts />} />
              <Route path="/official-values" element={<OfficialValues />} />
              <Route path="/worklist" element={<WorklistProgress />} />
              <Route path="/worklist/reports" element={<WorklistReports />} />
              <Route path="/worklist/reports/:id" element={<WorklistReport />} />
              <Route path="/worklist/briefing" element={<WorklistBriefing />} />
              <Route path="/admin/jobs" element={<Jobs />} />
              <Route path="/cards/verify" element={<CardVerify />} />
              <Route path="/enterprise/register" element={<EnterpriseRegister />} />
              <Route path="/enterprise" element={<EnterpriseMine />} />
              <Route path="/enterprises" element={<EnterpriseOffice />} />
              <Route path="/enterprises/code" element={<EnterpriseCodeView />} />
              <Route path="/talent-catalogue" element={<TalentCatalogueOffice />} />
              <Route path="/apartments" element={<ApartmentsOffice />} />
              <Route path="/budgets" element={<Budgets />} />
              <Route path="/services" element={<InkindOffice />} />
              <Route path="/services/partner" element={<InkindPartner />} />
              <Route path="/housing-vouchers" element={<HousingVoucherOffice />} />
              <Route path="/housing-vouchers/redeem" element={<HousingVoucherSeller />} />
              <Route path="/projects" element={<ProjectsOffice />} />
              <Route path="/projects/:id" element={<ProjectPage />} />
              <Route path="/visits" element={<Visits />} />
              <Route path="/native-students" element={<NativeStudents />} />
              <Route path="/rural-talent" element={<RuralTalentPage />} />
              <Route path="/employment-help" element={<EmploymentHelp />} />
              <Route path="/employment-help/mine" element={<MyHelpCases />} />
              <Route path="/leader-contact" element={<LeaderContact />} />
              <Route path="/leader-contact/mine" element={<MyContactTalents />} />
              <Route path="/talent/survey" element={<TalentSurvey />} />
              <Route path="/dividends" element={<Dividends />} />
              <Route path="/skills" element={<Skills />} />
              <Route path="/skills/check" element={<SkillsCheck />} />
              <Route path="/events" element={<EventsOffice />} />
              <Route path="/activities" element={<Activities />} />
              <Route path="/activities/:id" element={<Activity />} />
              <Route path="/my-events" element={<MyEvents />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
          </PasswordGate>
        </ErrorBoundary>
      </main>
    </ConfigProvider>
  );
}
