// Keyboard-only journeys and what a screen reader is told, in Chromium: the calculator from the region
// to the announced result using only Tab, arrows, typing and Enter (starting from the skip link); a
// clerk agreeing to an application in joint review from the queue, keyboard only; a page title per
// route and focus on the new page's heading after an in-app navigation; field errors tied to their
// field; no English read out of the library's parts (icon names, "Clear", "Tab 2 of 5").

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, DESKTOP, launchChromium, startPlatformServer } from './harness';

vi.setConfig({ testTimeout: 120_000 });

let server: Awaited<ReturnType<typeof startPlatformServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startPlatformServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
  context.setDefaultTimeout(30_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.base + path);
  return page;
}

const focused = (page: Page, selector: string) => page.evaluate((s) => !!document.activeElement?.matches(s), selector);

/** Presses Tab until the focused element matches `selector` (keyboard only: no clicks, no focus()). */
async function tabTo(page: Page, selector: string, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await focused(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab 未到达 ${selector}（当前：${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}）`);
}

/** In an open select list, moves with the arrow keys to the option with `label` and picks it with Enter. */
async function pickOption(page: Page, label: string) {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
  for (let i = 0; i < 60; i++) {
    const active = await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').textContent().catch(() => '');
    if (active === label) return page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`未找到选项 ${label}`);
}

async function settled(page: Page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('.calc-result');
    return el?.getAttribute('aria-busy') !== 'true' && el?.getAttribute('data-settled-for') === location.search.slice(1);
  });
}

/** Answers one question of the calculator by keyboard: radios with the arrow keys, text by typing. */
async function answerByKeyboard(page: Page, fact: string, value: string) {
  const item = `[data-fact="${fact}"]`;
  if (await page.locator(`${item} input.ant-input`).count()) {
    await tabTo(page, `${item} input.ant-input`);
    await page.keyboard.type(value);
    return;
  }
  const labels = await page.locator(`${item} .ant-radio-button-wrapper, ${item} .ant-radio-wrapper`).allTextContents();
  const index = labels.findIndex((l) => l.trim() === value);
  expect(index, `${fact}: ${labels.join('/')}`).toBeGreaterThanOrEqual(0);
  await tabTo(page, `${item} input[type=radio]`);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
}

describe('keyboard only', () => {
  it('calculator: skip link, region, qualification, date and questions to the result, which is announced', async () => {
    const page = await open('/');
    await page.locator('#f-region').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page, '[data-testid="skip-link"]')).toBe(true);
    expect(await page.getByTestId('skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page, 'main#main')).toBe(true);

    await tabTo(page, '#f-region');
    await page.keyboard.press('ArrowDown');
    await pickOption(page, '柯城区');
    await tabTo(page, '#f-quals');
    await page.keyboard.type('博士');
    await page.waitForResponse((r) => r.url().includes('/api/v1/qualifications?q='));
    // The list shows the search's results (not the options before it).
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '全日制博士研究生' }).first().waitFor();
    await pickOption(page, '全日制博士研究生');
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached', timeout: 3000 }).catch(() => page.keyboard.press('Escape'));
    await tabTo(page, '#f-date');
    expect(await page.locator('.qual-tag').allTextContents()).toEqual(['全日制博士研究生×']);
    // The chosen qualification can be removed with the keyboard: its × is a button in the tab order.
    for (const back of ['[data-testid="quals-none"]', '#f-quals']) {
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page, back)).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('移除：全日制博士研究生');
    await tabTo(page, '#f-date');
    await page.keyboard.type('2023-01-01');
    await settled(page);

    const answers: Record<string, string> = {
      'person.fullTime': '是', 'person.arrivalDate': '2021-03-01', 'person.post': '教师岗位', 'person.serviceAgreementYears': '5',
      'person.hasPurchased': '是', 'person.purchase.date': '2021-06-30', 'person.purchase.price': '1200000', 'person.purchase.isFirst': '是',
      'person.purchase.sold': '否', 'person.selfEmployed': '否', 'person.talentApartment': '否', 'person.freshGraduate': '否',
    };
    const asked = new Set<string>();
    const pending = page.locator('.q.pending');
    for (let round = 0; round < 25 && !(await page.getByTestId('amount-art20.5').count()); round++) {
      const facts = await pending.evaluateAll((els) => els.map((e) => e.getAttribute('data-fact') ?? ''));
      const next = facts.find((f) => f in answers && !asked.has(f));
      if (!next) {
        if (!facts.length) break;
        await tabTo(page, `[data-fact="${facts[0]}"] .skip`);
        await page.keyboard.press('Enter');
      } else {
        asked.add(next);
        await answerByKeyboard(page, next, answers[next]!);
      }
      await settled(page);
    }
    await expect.poll(() => page.getByTestId('amount-art20.5').textContent()).toBe('1,080,000 元');
    expect(asked).toContain('person.fullTime');
    // The total is in a polite live region, so a screen reader says it without moving there.
    const live = page.getByTestId('result-announce');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => live.textContent()).toBe('确定可享受 1,100,000 元');
    // Every control on the way had a visible focus ring of at least 2 px.
    await tabTo(page, '[data-testid="share"]');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(pageErrors).toEqual([]);
  });

  it('clerk: signs in, opens an application in joint review from the queue and agrees for the talent office', async () => {
    const page = await open('/login?next=%2Fworkbench%3Fstate%3Dreviewing');
    await tabTo(page, '#username');
    await page.keyboard.type('clerk_city');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/workbench\?state=reviewing$/);
    const links = page.locator('.app-table [data-testid^="open-app-"]');
    await links.first().waitFor();
    // One whose talent-office opinion is still open.
    const ids = await links.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-testid')!.slice('open-app-'.length))));
    const id = await page.evaluate(async (ids) => {
      for (const id of ids) {
        const a = (await (await fetch(`/api/v1/applications/${id}`)).json()) as { reviews: { department: string; decision: string | null }[] };
        if (a.reviews.some((r) => r.department === 'talent_office' && r.decision === null)) return id;
      }
      return null;
    }, ids);
    expect(id).not.toBeNull();

    await tabTo(page, `[data-testid="open-app-${id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/workbench/applications/${id}$`));
    // Focus is on the new page's heading, and the tab's title names the page.
    await expect.poll(() => focused(page, 'main h1')).toBe(true);
    const heading = (await page.locator('main h1').textContent())!.trim();
    await expect.poll(() => page.title()).toBe(`${heading} - rencai 人才政策平台`);

    await tabTo(page, '[data-testid="review-reason"]');
    await page.keyboard.type('材料齐全，符合条件（键盘操作）');
    await tabTo(page, '[data-testid="review-approve"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-dept="talent_office"]', { hasText: '同意' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});

describe('what assistive technology is told', () => {
  it('each route has its own title; an in-app link moves focus to the new heading', async () => {
    const page = await open('/');
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.title()).toBe('我能享受哪些人才政策？ - rencai 人才政策平台');
    await tabTo(page, 'nav a[href="/policies"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('政策包 - rencai 人才政策平台');
    await expect.poll(() => focused(page, 'main h1')).toBe(true);
    await page.goto(`${server.base}/login`);
    await expect.poll(() => page.title()).toBe('登录 - rencai 人才政策平台');
  });

  it('a field error is tied to its field and announced', async () => {
    const page = await open('/?region=kecheng&date=2023-13-40');
    const date = page.locator('#f-date');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const described = (await date.getAttribute('aria-describedby'))!;
    const help = page.locator(`[id="${described}"]`);
    expect(await help.getAttribute('role')).toBe('alert');
    expect((await help.textContent())!.length).toBeGreaterThan(2);
  });

  it('reads no English out of the library’s parts: icons, the clear button, the tabs', async () => {
    const english = /^[A-Za-z][A-Za-z\s\d-]*$/;
    const spoken = async (page: Page) =>
      page.evaluate(() => [
        ...[...document.querySelectorAll('[aria-label]')].filter((e) => !e.closest('[aria-hidden="true"]')).map((e) => e.getAttribute('aria-label')!),
        ...[...document.querySelectorAll('[aria-live]')].map((e) => (e.textContent ?? '').trim()).filter(Boolean),
      ]);
    const calc = await open('/?region=kecheng&person.qualifications=phd_fulltime&date=2023-01-01');
    await settled(calc);
    expect((await spoken(calc)).filter((s) => english.test(s))).toEqual([]);

    const context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    contexts.push(context);
    const res = await context.request.post(`${server.base}/api/v1/auth/login`, { data: { username: 'clerk_city', password: DEMO_PASSWORD } });
    expect(res.ok()).toBe(true);
    const page = await context.newPage();
    await page.goto(`${server.base}/workbench?state=reviewing`);
    await page.locator('.app-table tbody tr.ant-table-row').first().waitFor();
    // Keyboard focus on a tab makes the tabs announce its position.
    await tabTo(page, '.ant-tabs-tab-active .ant-tabs-tab-btn');
    await page.keyboard.press('ArrowRight');
    // The tabs announce the position of the tab now focused, in Chinese.
    await expect.poll(async () => (await spoken(page)).filter((s) => /^第 \d+ 个标签页，共 \d+ 个$/.test(s)), { message: '标签页位置的播报' }).not.toEqual([]);
    const said = await spoken(page);
    expect(said.filter((s) => english.test(s))).toEqual([]);
    expect(said).toEqual(expect.arrayContaining(['清除']));
  });
});
