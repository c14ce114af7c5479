// Browser tests: Debian's Chromium (headless, playwright-core) against the real API server started
// in-process and serving the built bundle — the calculator journey, the shared link, near misses, the
// policy browser, phone width, the English toggle and bad input without raw errors.

import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, KECHENG_TEACHER, PHONE, chooseOption, launchChromium, openPage, startServer } from './harness';

vi.setConfig({ testTimeout: 90_000 });

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string, viewport = DESKTOP) => openPage(browser, server.base + path, viewport, 10_000);


/** Chooses an option of an Ant Design select by its visible label. */
function choose(page: Page, selector: string, label: string, search?: string) {
  return chooseOption(page, page.locator(selector), label, { search, close: true });
}

/** Waits until the calculator has settled (its debounce and the request behind it). */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('.calc-result');
    return el?.getAttribute('aria-busy') !== 'true' && el?.getAttribute('data-settled-for') === location.search.slice(1);
  });
}

/** Answers one pending question by the kind of input it shows. */
async function answer(page: Page, fact: string, value: string) {
  const item = page.locator(`[data-fact="${fact}"]`);
  const text = item.locator('input.ant-input');
  if (await text.count()) await text.fill(value);
  else await item.locator('.ant-radio-button-wrapper, .ant-radio-wrapper').filter({ hasText: new RegExp(`^${value}$`) }).click();
}

describe('policy calculator', () => {
  it('asks only the next useful questions and ends with the exact amount and its clause', async () => {
    const started = Date.now();
    const { page, errors } = await open('/');
    await page.getByRole('heading', { name: '我能享受哪些人才政策？' }).waitFor();
    const headingMs = await page.evaluate(() => Math.round(performance.now()));
    await page.locator('#f-region').waitFor();
    // First load, measured not asserted: navigation timing plus the moment the form is usable.
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        responseEndMs: Math.round(nav.responseEnd),
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
        loadMs: Math.round(nav.loadEventEnd),
        formReadyMs: Math.round(performance.now()),
        scripts: resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js')).length,
        transferredBytes: nav.transferSize + resources.reduce((n, r) => n + r.transferSize, 0),
      };
    });
    mkdirSync('.data', { recursive: true });
    writeFileSync('.data/web-first-load.json', JSON.stringify({ ...timing, headingVisibleMs: headingMs, wallClockMs: Date.now() - started }, null, 2));

    await choose(page, '#f-region', '柯城区');
    await choose(page, '[data-testid=quals]', '全日制博士研究生', '博士');
    await page.locator('#f-date').fill('2023-01-01');
    await settled(page);

    // The first question is the fact that decides the most benefits; at most three are shown at once.
    const pending = page.locator('.q.pending');
    expect(await pending.count()).toBeLessThanOrEqual(3);
    expect(await pending.first().getAttribute('data-fact'), page.url()).toBe('person.fullTime');
    await expect.poll(() => pending.first().textContent()).toContain('可决定');

    const answers: Record<string, string> = {
      'person.fullTime': '是', 'person.arrivalDate': '2021-03-01', 'person.post': '教师岗位', 'person.serviceAgreementYears': '5',
      'person.hasPurchased': '是', 'person.purchase.date': '2021-06-30', 'person.purchase.price': '1200000', 'person.purchase.isFirst': '是',
      'person.purchase.sold': '否', 'person.selfEmployed': '否', 'person.talentApartment': '否', 'person.freshGraduate': '否',
    };
    const asked: string[] = [];
    const skipped: string[] = [];
    for (let round = 0; round < 20 && !(await page.getByTestId('amount-art20.5').count()); round++) {
      const facts = await pending.evaluateAll((els) => els.map((e) => e.getAttribute('data-fact') ?? ''));
      const next = facts.find((f) => f in answers && !asked.includes(f));
      if (!next) {
        // Not about this person (a talent programme, an award …): skip it, the next question comes up.
        if (!facts.length) break;
        await page.locator(`[data-fact="${facts[0]}"] .skip`).click();
        skipped.push(facts[0]!);
        continue;
      }
      asked.push(next);
      await answer(page, next, answers[next]!);
      await settled(page);
    }
    expect(asked[0]).toBe('person.fullTime');
    expect(asked).toEqual(expect.arrayContaining(['person.arrivalDate', 'person.post', 'person.purchase.date', 'person.purchase.price']));
    expect(skipped.length).toBeLessThan(10);
    await expect.poll(() => page.getByTestId('amount-art20.5').textContent()).toBe('1,080,000 元');
    expect(await page.getByTestId('amount-art19.7').textContent()).toBe('20,000 元/年');
    expect(await page.getByTestId('total-granted').textContent()).toContain('1,100,000 元'); // the subsidy and one completed allowance year

    // On expand: the clause, its original text and the explanation with real numbers and the example flag.
    await page.getByTestId('amount-art20.5').click();
    const detail = page.locator('.rule-detail').first();
    await detail.waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('衢委发〔2020〕7号第20条第(5)项');
    expect(text).toContain('按相同层次人才补助标准的 120% 执行');
    expect(text).toContain('补助面积 60 ㎡ × 购房所在半年度市区新建商品住宅均价 15,000 元/㎡ = 900,000 元');
    expect(text).toContain('示例值');
    expect(errors).toEqual([]);

    // Ant Design's component styles come from the static stylesheet (zero-runtime mode, App.tsx): what the
    // page generates as it runs is only the theme's CSS variables, no component rule computed in the browser.
    const generated = await page.evaluate(() => [...document.querySelectorAll('style[data-css-hash]')].map((s) => s.textContent ?? ''));
    expect(generated.join('')).toContain('--ant-color-primary:#b4232a');
    const declarations = generated.flatMap((css) => [...css.matchAll(/\{([^{}]*)\}/g)].flatMap((m) => m[1]!.split(';')));
    expect(declarations.filter((d) => d.trim() && !d.trim().startsWith('--'))).toEqual([]);

    // The URL holds the answers: a new browser context opening it sees the same result.
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-url').locator('input').inputValue();
    expect(link).toContain('person.post=teacher');
    const again = await open(new URL(link).pathname + new URL(link).search);
    await expect.poll(() => again.page.getByTestId('amount-art20.5').textContent()).toBe('1,080,000 元');
    expect(await again.page.locator('[data-fact="person.post"] input[type=radio]:checked').getAttribute('value')).toBe('teacher');
    expect(await again.page.locator('.calc-form').textContent()).toContain('柯城区');
    await page.context().close();
    await again.page.context().close();
  });

  it('shows near misses from what-if answers and the reasons for what is not granted', async () => {
    const params = new URLSearchParams(KECHENG_TEACHER);
    params.set('person.serviceAgreementYears', '1');
    const { page, errors } = await open(`/?${params}`);
    const near = page.getByTestId('near-misses');
    await near.waitFor();
    const text = (await near.textContent()) ?? '';
    expect(text).toContain('签订三年以上服务协议');
    expect(text).toContain('1,080,000 元');
    expect(await page.getByTestId('amount-art20.5').count()).toBe(0);
    await page.getByText(/不能享受的待遇及原因/).click();
    expect(await page.locator('.why-not').textContent()).toContain('已购房的不享受租房补助');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('picks the package by region and shows “up to” amounts apart from granted ones (椒江区)', async () => {
    const params = new URLSearchParams({
      region: 'jiaojiang', 'person.qualifications': 'phd_fulltime', 'person.fullTime': 'true', 'person.arrivalDate': '2021-07-01',
      'person.hasPurchased': 'true', 'person.purchase.date': '2022-03-01', 'person.purchase.price': '1800000', date: '2022-06-01',
    });
    const { page, errors } = await open(`/?${params}`);
    await page.getByTestId('amount-purchase.1').waitFor();
    expect(await page.getByTestId('amount-settle.1').textContent()).toBe('100,000 元');
    expect(await page.getByTestId('amount-purchase.1').textContent()).toBe('最高 400,000 元上限，待评定');
    expect(await page.getByTestId('total-granted').textContent()).toContain('100,000 元');
    expect(await page.getByTestId('total-upto').textContent()).toContain('400,000 元');
    expect(await page.locator('.calc-result').textContent()).toContain('jiaojiang-2021');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the API’s Chinese messages beside the field as the user types, never a raw error', async () => {
    const { page, errors } = await open(`/?${KECHENG_TEACHER}`);
    await page.getByTestId('amount-art20.5').waitFor();
    await page.locator('[data-fact="person.purchase.price"] input').fill('12.345');
    await page.locator('[data-fact="person.arrivalDate"] input').fill('2021-02-30');
    const priceHelp = page.locator('[data-fact="person.purchase.price"] .ant-form-item-explain');
    await expect.poll(() => priceHelp.textContent()).toContain('金额应为最多两位小数的数字（元），收到：12.345');
    await expect.poll(() => page.locator('[data-fact="person.arrivalDate"] .ant-form-item-explain').textContent()).toContain('应为有效日期（YYYY-MM-DD）');
    expect(await page.getByTestId('stale').count()).toBe(1);

    // Nonsense in the URL: Chinese messages, no stack.
    const bad = await open('/?region=atlantis&person.serviceAgreementYears=-3');
    await expect.poll(async () => (await bad.page.locator('.calc-form').textContent()) ?? '').toContain('取值无效');
    await expect.poll(async () => (await bad.page.locator('[data-fact="person.serviceAgreementYears"]').textContent()) ?? '').toContain('不能小于 0');
    const body = (await bad.page.locator('body').textContent()) ?? '';
    for (const raw of [/\bat .*\.(js|ts):\d+/, /TypeError|SyntaxError|Unexpected token|\bundefined\b|\[object Object\]/]) expect(body).not.toMatch(raw);
    expect([...errors, ...bad.errors]).toEqual([]);
    await page.context().close();
    await bad.page.context().close();
  });
});

describe('policy browser', () => {
  it('lists the packages and shows clauses, rules and dated, referenced parameters', async () => {
    const { page, errors } = await open('/policies');
    await page.getByTestId('policy-quzhou-2020').waitFor();
    expect(await page.locator('.policy-card').count()).toBeGreaterThanOrEqual(3);
    await page.getByTestId('policy-quzhou-2020').getByRole('link', { name: '衢委发〔2020〕7号' }).click();
    await page.getByRole('tab', { name: /条款原文/ }).waitFor();
    expect(page.url()).toMatch(/\/policies\/quzhou-2020$/);
    expect(await page.locator('.clauses').textContent()).toContain('按 60 平方米给予补助');

    await page.getByRole('tab', { name: /规则/ }).click();
    await page.getByText('购房补助（第(3)项）', { exact: true }).click();
    await expect.poll(() => page.locator('.ant-collapse-item-active').textContent()).toContain('解释口径');

    await page.getByRole('tab', { name: /参数/ }).click();
    await page.getByPlaceholder('搜索参数').fill('housing_price');
    const params = page.locator('.params');
    await expect.poll(() => params.textContent()).toContain('15,000 元/㎡');
    const text = (await params.textContent()) ?? '';
    expect(text).toContain('示例值');
    expect(text).toContain('自 2021-01-01');
    expect(text).toContain('衢州市房管部门半年度统计');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('serves deep links and answers an unknown package in Chinese', async () => {
    const { page } = await open('/policies/nope');
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('未知的政策包，可选：quzhou-2020');
    await page.context().close();
  });
});

describe('phone, language, shell', () => {
  it('fits a 390 px phone without horizontal scrolling', async () => {
    for (const path of [`/?${KECHENG_TEACHER}`, '/policies/quzhou-2020', '/policies', '/login']) {
      const { page } = await open(path, PHONE);
      await page.locator('main h1, main .ant-result-title').first().waitFor();
      if (path.startsWith('/?')) {
        await page.getByTestId('amount-art20.5').waitFor();
        // On a phone the result sits below the form: a bar at the bottom shows the total and jumps to it.
        expect(await page.getByTestId('mobile-summary').textContent()).toContain('1,100,000 元');
        expect(await page.getByTestId('mobile-summary').isVisible()).toBe(true);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(PHONE.width);
      await page.context().close();
    }
  });

  it('switches the app’s own strings to English and back, keeping the choice', async () => {
    const { page } = await open(`/?${KECHENG_TEACHER}`);
    await page.getByTestId('amount-art20.5').waitFor();
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: 'Which talent policies am I entitled to?' }).waitFor();
    expect(await page.locator('nav').textContent()).toContain('Calculator');
    expect(await page.getByTestId('amount-art20.5').textContent()).toBe('1,080,000 元');
    await page.reload();
    await page.getByRole('heading', { name: 'Which talent policies am I entitled to?' }).waitFor();
    await page.getByTestId('lang-toggle').click();
    await page.getByRole('heading', { name: '我能享受哪些人才政策？' }).waitFor();
    await page.context().close();
  });

  it('has a log-in page that checks its fields as the user types, and a not-found page', async () => {
    const { page } = await open('/');
    await page.getByRole('link', { name: '登录' }).click();
    await page.getByTestId('login-submit').click();
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('请输入用户名');
    await page.locator('#username').fill('nobody');
    await page.locator('#password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toMatch(/[\u4e00-\u9fff]/);
    await page.goto(`${server.base}/no/such/page`);
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('页面不存在');
    await page.context().close();
  });
});
