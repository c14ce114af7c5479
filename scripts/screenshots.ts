// `npm run screenshots`: PNGs of the main pages at desktop (1280 px) and phone (390 px) widths in
// .data/screenshots/, taken in Chromium or Chrome (scripts/browser-path.sh) against the real server, so a reviewer can look
// without running anything. An argument keeps only the shots whose name contains it.

import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, PHONE, launchChromium, startPlatformServer, startServer } from '../apps/web/e2e/harness.js';

const OUT = '.data/screenshots';
/** `npm run screenshots -- worklist`: only the shots whose name contains the word. */
const only = process.argv[2];
const wanted = (name: string) => !only || only.split(',').some((o) => name.includes(o));
const teacher = new URLSearchParams({
  region: 'kecheng', 'person.qualifications': 'phd_fulltime', 'person.fullTime': 'true', 'person.arrivalDate': '2021-03-01',
  'person.post': 'teacher', 'person.serviceAgreementYears': '5', 'person.purchase.date': '2021-06-30', 'person.purchase.price': '1200000',
  'person.purchase.isFirst': 'true', 'person.purchase.sold': 'false', date: '2023-01-01',
});
const nearMiss = new URLSearchParams(teacher);
nearMiss.set('person.serviceAgreementYears', '1');

/** care: 关怀模式 switched on (as the header switch remembers it) before the page loads. */
interface Shot { name: string; path: string; ready: string; click?: string; fullPage?: boolean; print?: boolean; lang?: 'en'; care?: boolean }
const SHOTS: Shot[] = [
  { name: 'calculator-start', path: '/', ready: 'h1' },
  { name: 'calculator-questions', path: '/?region=longyou&person.qualifications=master_fulltime_other&date=2023-01-01', ready: '.q.pending' },
  { name: 'calculator-result', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]' },
  { name: 'calculator-explanation', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]', click: '[data-testid="amount-art20.5"]' },
  // The printed page is the citizen's summary (the calculation process is not printed).
  { name: 'calculator-print', path: `/?${teacher}`, ready: '[data-testid="summary"] .summary-list', print: true },
  { name: 'calculator-english', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]', lang: 'en', fullPage: false },
  { name: 'calculator-near-miss', path: `/?${nearMiss}`, ready: '[data-testid="near-misses"]' },
  { name: 'calculator-bad-input', path: '/?region=kecheng&person.purchase.price=12.345&person.arrivalDate=2021-02-30', ready: '[data-testid="stale"]' },
  { name: 'policies', path: '/policies', ready: '.policy-card' },
  { name: 'policy-detail', path: '/policies/quzhou-2020', ready: '.clauses', fullPage: false },
  { name: 'policy-parameters', path: '/policies/quzhou-2020', ready: '.clauses', click: '[role="tab"]:has-text("参数")', fullPage: false },
  { name: 'login', path: '/login', ready: '.login-page' },
  { name: 'enterprise-register', path: '/enterprise/register', ready: '[data-testid="enterprise-register"]' },
  { name: 'calculator-result-care', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]', care: true },
];

const server = await startServer();
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
let count = 0;
try {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    for (const shot of SHOTS.filter((x) => wanted(x.name))) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: size === 'phone' ? 2 : 1 });
      if (shot.lang) await context.addInitScript({ content: `localStorage.setItem('rencai.lang', ${JSON.stringify(shot.lang)})` });
      if (shot.care) await context.addInitScript({ content: `localStorage.setItem('rencai.care.', '1')` });
      const page = await context.newPage();
      if (shot.print) await page.emulateMedia({ media: 'print' });
      await page.goto(server.base + shot.path);
      await page.locator(shot.ready).first().waitFor({ timeout: 15_000 });
      if (shot.click) {
        await page.locator(shot.click).first().click();
        await page.waitForTimeout(400);
      }
      await page.waitForTimeout(300); // let charts and transitions finish
      const file = `${OUT}/${shot.name}-${size}.png`;
      await page.screenshot({ path: file, fullPage: shot.fullPage ?? true });
      process.stdout.write(`${file}\n`);
      count++;
      await context.close();
    }
  }
  count += await portalShots(browser);
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`已生成 ${count} 张截图：${OUT}/\n`);

/**
 * The portals, workbench and dashboard on the platform (fresh in-memory database with the demo data,
 * fixed date 2026-11-23): each role signs in once (the log-in route is rate-limited) and its session
 * is reused for the desktop and phone shots.
 */
async function portalShots(browser: Browser): Promise<number> {
  const platform = await startPlatformServer();
  let n = 0;
  try {
    const sessions = new Map<string, Awaited<ReturnType<Awaited<ReturnType<Browser['newContext']>>['storageState']>>>();
    const ids: Record<string, number> = {};
    let enterpriseCode = '';
    for (const [i, username] of ['talent', 'hr', 'clerk_city', 'leader', 'clerk_kaihua', 'review_finance', 'unit_hrss', 'enterprise', 'partner_school', 'talent_jiaojiang', 'clerk_jiaojiang', 'partner_seller', 'clerk_wenling', 'helper_wenling', 'clerk_tiantai'].entries()) {
      // Sign-in allows ten attempts a minute per address (routes/accounts.ts): past ten, wait out the minute.
      if (i > 0 && i % 10 === 0) await new Promise((r) => setTimeout(r, 61_000));
      const context = await browser.newContext();
      const res = await context.request.post(`${platform.base}/api/v1/auth/login`, { data: { username, password: DEMO_PASSWORD } });
      if (!res.ok()) throw new Error(`登录失败：${username}`);
      if (username === 'talent') {
        const list = (await (await context.request.get(`${platform.base}/api/v1/applications`)).json()) as { items: { id: number; matter: string }[] };
        ids.talentApp = list.items.find((a) => a.matter === 'talent_allowance')?.id ?? list.items[0]!.id;
      }
      if (username === 'clerk_city') {
        const list = (await (await context.request.get(`${platform.base}/api/v1/applications?state=reviewing`)).json()) as { items: { id: number }[] };
        ids.reviewing = list.items[0]?.id ?? ids.talentApp!;
        const recognition = (await (await context.request.get(`${platform.base}/api/v1/applications?matter=tier_recognition&state=approved`)).json()) as { items: { id: number }[] };
        ids.recognition = recognition.items[0]?.id ?? ids.reviewing;
        const projects = (await (await context.request.get(`${platform.base}/api/v1/projects?kind=shuangling`)).json()) as Array<{ id: number }>;
        ids.project = projects[0]?.id ?? 1;
      }
      if (username === 'unit_hrss') {
        const duties = (await (await context.request.get(`${platform.base}/api/v1/worklist/duties?state=todo`)).json()) as { report: { id: number } | null }[];
        ids.worklistReport = duties.find((d) => d.report)?.report?.id ?? 1;
      }
      if (username === 'enterprise') enterpriseCode = ((await (await context.request.get(`${platform.base}/api/v1/me/enterprise/code`)).json()) as { token: string }).token;
      sessions.set(username, await context.storageState());
      await context.close();
    }
    const shots: (Shot & { as: string })[] = [
      { as: 'talent', name: 'talent-home', path: '/talent', ready: '[data-testid="my-tier"]' },
      { as: 'talent', name: 'talent-home-care', path: '/talent', ready: '[data-testid="my-tier"]', care: true },
      { as: 'talent', name: 'talent-apply', path: '/talent?tab=apply', ready: '.matters' },
      { as: 'talent', name: 'talent-application', path: `/talent/applications/${ids.talentApp}`, ready: '[data-testid="application"]' },
      { as: 'talent', name: 'talent-payments', path: '/talent?tab=payments', ready: '[data-testid="ledger"]' },
      { as: 'hr', name: 'employer-home', path: '/employer', ready: '[data-testid="my-org"]' },
      { as: 'hr', name: 'employer-talents', path: '/employer?tab=talents', ready: '.person-table [data-row-key]' },
      { as: 'hr', name: 'employer-applications', path: '/employer?tab=applications', ready: '[data-testid="salary-subsidy"]' },
      { as: 'clerk_city', name: 'workbench-queue', path: '/workbench', ready: '.app-table [data-row-key]' },
      { as: 'clerk_city', name: 'workbench-application', path: `/workbench/applications/${ids.reviewing}`, ready: '[data-testid="joint-review"]' },
      { as: 'review_finance', name: 'workbench-review', path: `/workbench/applications/${ids.reviewing}`, ready: '[data-testid="checks-finance"]' },
      { as: 'clerk_city', name: 'workbench-recognition', path: `/workbench/applications/${ids.recognition}`, ready: '[data-testid="recognition-result"]' },
      { as: 'clerk_city', name: 'workbench-registry', path: '/workbench?tab=registry', ready: '.person-table [data-row-key]' },
      { as: 'clerk_city', name: 'workbench-import', path: '/workbench?tab=import', ready: '[data-testid="import-help"]' },
      { as: 'clerk_city', name: 'workbench-batches', path: '/workbench?tab=batches', ready: '.batches' },
      { as: 'clerk_city', name: 'workbench-batch-lines', path: '/workbench?tab=batches', ready: '[data-testid^="batch-lines-"]', click: '[data-testid^="batch-lines-"]' },
      { as: 'leader', name: 'dashboard', path: '/dashboard', ready: '[data-testid="chart-ontime"][data-rendered="true"]' },
      { as: 'leader', name: 'dashboard-english', path: '/dashboard', ready: '[data-testid="chart-ontime"][data-rendered="true"]', lang: 'en', fullPage: false },
      { as: 'leader', name: 'worklist', path: '/worklist', ready: '[data-testid="wl-targets"]' },
      { as: 'leader', name: 'worklist-2024', path: '/worklist?asOf=2024-12-31', ready: '[data-testid="wl-targets"]' },
      { as: 'leader', name: 'worklist-target', path: '/worklist?asOf=2024-12-31', ready: '[data-testid="wl-targets"]', click: '[data-testid="open-graduates_attracted"]', fullPage: false },
      { as: 'leader', name: 'worklist-briefing', path: '/worklist/briefing', ready: '[data-testid="late-reporters"]' },
      { as: 'unit_hrss', name: 'worklist-duties', path: '/worklist/reports', ready: '[data-testid="duties"]' },
      { as: 'unit_hrss', name: 'worklist-report', path: `/worklist/reports/${ids.worklistReport}`, ready: '[data-testid="report-history"]' },
      { as: 'enterprise', name: 'enterprise-home', path: '/enterprise', ready: '[data-testid="problem-table"]' },
      { as: 'enterprise', name: 'enterprise-code', path: '/enterprise', ready: '[data-testid="enterprise-code-qr"]', fullPage: false },
      { as: 'clerk_city', name: 'enterprise-code-scan', path: `/enterprises/code?c=${encodeURIComponent(enterpriseCode)}`, ready: '[data-testid="enterprise-service"]' },
      { as: 'clerk_city', name: 'enterprises-office', path: '/enterprises', ready: '[data-testid="enterprise-queue"]' },
      { as: 'enterprise', name: 'enterprise-matches', path: '/enterprise', ready: '[data-testid="problem-table"]', click: '[data-node-key="matches"]', fullPage: false },
      { as: 'talent', name: 'talent-matching', path: '/talent?tab=matching', ready: '[data-testid="my-matching"]' },
      { as: 'clerk_city', name: 'events-office', path: '/events', ready: '[data-testid="events-table"]' },
      { as: 'talent', name: 'activities', path: '/activities', ready: '[data-testid="public-event"]' },
      { as: 'talent', name: 'talent-events', path: '/my-events', ready: '[data-testid="my-registration"], .ant-empty' },
      { as: 'clerk_city', name: 'leader-contact-office', path: '/leader-contact', ready: '[data-testid="lc-talents"]' },
      { as: 'leader', name: 'leader-contact-mine', path: '/leader-contact/mine', ready: '[data-testid="lc-mine"]' },
      { as: 'talent', name: 'talent-survey', path: '/talent/survey', ready: '[data-testid="talent-survey"]' },
      { as: 'clerk_city', name: 'enterprises-stats', path: '/enterprises', ready: '[data-testid="enterprise-queue"]', click: '[data-node-key="stats"]', fullPage: false },
      { as: 'talent', name: 'talent-apartment', path: '/talent?tab=apartment', ready: '[data-testid="my-apartment"]' },
      { as: 'clerk_city', name: 'apartments-office', path: '/apartments', ready: '[data-testid="apartment-stock"]' },
      { as: 'clerk_city', name: 'budgets', path: '/budgets', ready: '[data-testid="budget-fund"]' },
      { as: 'talent', name: 'talent-services', path: '/talent?tab=services', ready: '[data-testid="my-services"]' },
      { as: 'clerk_city', name: 'services-office', path: '/services', ready: '[data-testid="office-services"]' },
      { as: 'partner_school', name: 'services-partner', path: '/services/partner', ready: '[data-testid="partner-services"]' },
      { as: 'clerk_city', name: 'projects-office', path: '/projects', ready: '[data-testid="projects-office"]' },
      { as: 'clerk_city', name: 'project-page', path: `/projects/${ids.project}`, ready: '[data-testid="project-money"]' },
      { as: 'hr', name: 'employer-projects', path: '/employer?tab=projects', ready: '[data-testid="my-projects"]' },
      { as: 'hr', name: 'employer-streamers', path: '/employer?tab=streamers', ready: '[data-testid="streamers"]' },
      { as: 'talent_jiaojiang', name: 'talent-housing-voucher', path: '/talent?tab=housing-vouchers', ready: '[data-testid="hv-code"]' },
      { as: 'clerk_jiaojiang', name: 'housing-vouchers-office', path: '/housing-vouchers', ready: '[data-testid="hv-sellers"]' },
      { as: 'partner_seller', name: 'housing-vouchers-redeem', path: '/housing-vouchers/redeem', ready: '[data-testid="hv-redeem"]' },
      { as: 'clerk_city', name: 'visits-office', path: '/visits', ready: '[data-testid="visit-coverage"]' },
      { as: 'clerk_city', name: 'talent-catalogue', path: '/talent-catalogue', ready: '[data-testid="catalogue-versions"]' },
      { as: 'clerk_kaihua', name: 'skills-office', path: '/skills', ready: '[data-testid="standard-list"]' },
      { as: 'clerk_kaihua', name: 'native-students', path: '/native-students', ready: '[data-testid="student-list"]' },
      { as: 'clerk_kaihua', name: 'rural-talent', path: '/rural-talent', ready: '[data-testid="rural-talent-list"]' },
      { as: 'clerk_wenling', name: 'employment-help-office', path: '/employment-help', ready: '[data-testid="employment-help-page"]' },
      { as: 'helper_wenling', name: 'employment-help-mine', path: '/employment-help/mine', ready: '[data-testid="my-help-cases"]' },
      { as: 'clerk_tiantai', name: 'dividends-office', path: '/dividends', ready: '[data-testid="households"]' },
      { as: 'clerk_kaihua', name: 'workbench-no-permission', path: `/workbench/applications/${ids.talentApp}`, ready: '[data-testid="load-error"]' },
    ];
    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      for (const shot of shots.filter((x) => wanted(x.name))) {
        const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: size === 'phone' ? 2 : 1, storageState: sessions.get(shot.as) });
        if (shot.lang) await context.addInitScript({ content: `localStorage.setItem('rencai.lang', ${JSON.stringify(shot.lang)})` });
        if (shot.care) await context.addInitScript({ content: `localStorage.setItem('rencai.care.${shot.as}', '1')` });
        const page = await context.newPage();
        await page.goto(platform.base + shot.path);
        await page.locator(shot.ready).first().waitFor({ timeout: 15_000 });
        if (shot.click) {
          await page.locator(shot.click).first().click();
          await page.waitForTimeout(600); // the side panel slides in and loads
        }
        await page.waitForTimeout(300); // let charts and transitions finish
        const file = `${OUT}/${shot.name}-${size}.png`;
        await page.screenshot({ path: file, fullPage: shot.fullPage ?? true });
        process.stdout.write(`${file}\n`);
        n++;
        await context.close();
      }
    }
  } finally {
    await platform.close();
  }
  return n;
}
