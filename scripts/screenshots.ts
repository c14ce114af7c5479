// `npm run screenshots`: PNGs of the main pages at desktop (1280 px) and phone (390 px) widths in
// .data/screenshots/, taken in Debian's Chromium against the real server, so a reviewer can look
// without running anything.

import { mkdirSync } from 'node:fs';
import { DESKTOP, PHONE, launchChromium, startServer } from '../apps/web/e2e/harness.js';

const OUT = '.data/screenshots';
const teacher = new URLSearchParams({
  region: 'kecheng', 'person.qualifications': 'phd_fulltime', 'person.fullTime': 'true', 'person.arrivalDate': '2021-03-01',
  'person.post': 'teacher', 'person.serviceAgreementYears': '5', 'person.purchase.date': '2021-06-30', 'person.purchase.price': '1200000',
  'person.purchase.isFirst': 'true', 'person.purchase.sold': 'false', date: '2023-01-01',
});
const nearMiss = new URLSearchParams(teacher);
nearMiss.set('person.serviceAgreementYears', '1');

interface Shot { name: string; path: string; ready: string; click?: string; fullPage?: boolean; print?: boolean; lang?: 'en' }
const SHOTS: Shot[] = [
  { name: 'calculator-start', path: '/', ready: 'h1' },
  { name: 'calculator-questions', path: '/?region=longyou&person.qualifications=master_fulltime_other&date=2023-01-01', ready: '.q.pending' },
  { name: 'calculator-result', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]' },
  { name: 'calculator-explanation', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]', click: '[data-testid="amount-art20.5"]' },
  { name: 'calculator-print', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]', click: '[data-testid="amount-art20.5"]', print: true },
  { name: 'calculator-english', path: `/?${teacher}`, ready: '[data-testid="amount-art20.5"]', lang: 'en', fullPage: false },
  { name: 'calculator-near-miss', path: `/?${nearMiss}`, ready: '[data-testid="near-misses"]' },
  { name: 'calculator-bad-input', path: '/?region=kecheng&person.purchase.price=12.345&person.arrivalDate=2021-02-30', ready: '[data-testid="stale"]' },
  { name: 'policies', path: '/policies', ready: '.policy-card' },
  { name: 'policy-detail', path: '/policies/quzhou-2020', ready: '.clauses', fullPage: false },
  { name: 'policy-parameters', path: '/policies/quzhou-2020', ready: '.clauses', click: '[role="tab"]:has-text("参数")', fullPage: false },
  { name: 'login', path: '/login', ready: '.ant-result' },
];

const server = await startServer();
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
let count = 0;
try {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: size === 'phone' ? 2 : 1 });
      if (shot.lang) await context.addInitScript({ content: `localStorage.setItem('rencai.lang', ${JSON.stringify(shot.lang)})` });
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
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`已生成 ${count} 张截图：${OUT}/\n`);
