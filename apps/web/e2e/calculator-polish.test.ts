// Browser tests (Debian's Chromium against the real server) of what a new user reads in the
// calculator and the policy browser: Chinese labels first with codes only as small secondary text,
// the example-value note beside the headline amount, a focus style that does not look like an error,
// and both pages at 390 px without sideways scrolling or cut-off text.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, KECHENG_TEACHER, PHONE, launchChromium, openPage, settled, startServer } from './harness';
import { layoutProblems } from './layout';

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

const open = (path: string, viewport = DESKTOP) => openPage(browser, server.base + path, viewport, 15_000);


/** An identifier a user should not have to read: snake_case, a dotted path, or a bare lower-case code. */
const CODE = /[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])/g;

/** The visible text of a part of the page without the secondary code lines (each checked to be small and grey). */
async function readableText(page: Page, selector: string): Promise<{ text: string; codes: Array<{ text: string; size: number; color: string }> }> {
  return page.locator(selector).evaluate((root) => {
    const codes = Array.from(root.querySelectorAll<HTMLElement>('.code-secondary')).map((el) => ({ text: el.textContent ?? '', size: parseFloat(getComputedStyle(el).fontSize), color: getComputedStyle(el).color }));
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.code-secondary').forEach((el) => el.remove());
    return { text: copy.innerText, codes };
  });
}

/** Relative luminance and contrast (WCAG 2). */
function contrast(rgb: string, against = 'rgb(255, 255, 255)'): number {
  const lum = (c: string) => {
    const [r, g, b] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(rgb), lum(against)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}
const channels = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];

describe('no internal codes in front of users', () => {
  it('explains the calculation in Chinese: qualification names, coded values by name, parameters by description', async () => {
    const { page, errors } = await open(`/?${KECHENG_TEACHER}`);
    await page.getByTestId('amount-art20.5').click();
    await page.getByTestId('amount-art19.7').click();
    await page.locator('.ant-collapse-item-active .explanation').nth(1).waitFor();
    await page.evaluate(() => document.querySelectorAll('.calc-result details').forEach((d) => d.setAttribute('open', '')));
    const { text, codes } = await readableText(page, '.calc-result');
    expect(text.match(CODE) ?? []).toEqual([]);
    expect(text).toContain('全日制博士研究生'); // the tier table's entry, by its catalogue name
    expect(text).toContain('申请（计算）日'); // “满一年”的判断时点, by the name of its value
    // The parameter paths stay for experts, small and grey.
    expect(codes.map((c) => c.text)).toEqual(expect.arrayContaining([expect.stringContaining('art19.allowance.7'), expect.stringContaining('housing_price.urban_new_home_avg')]));
    for (const c of codes) {
      expect(c.size).toBeLessThanOrEqual(12);
      expect(channels(c.color)[0]).toBeGreaterThan(100); // grey, not black
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names a parameter still awaiting official data by its description', async () => {
    const later = new URLSearchParams(KECHENG_TEACHER);
    later.set('person.purchase.date', '2026-08-01');
    later.set('person.arrivalDate', '2024-03-01');
    later.set('date', '2026-09-01');
    const { page } = await open(`/?${later}`);
    const alert = page.locator('.ant-alert', { hasText: '等待官方数据' });
    await alert.waitFor();
    const { text, codes } = await readableText(page, '.ant-alert:has-text("等待官方数据")');
    expect(text).toContain('衢州市区新建商品住宅半年度均价');
    expect(text).toContain('购房补助');
    expect(text.match(CODE) ?? []).toEqual([]);
    expect(codes.map((c) => c.text)).toEqual([expect.stringContaining('housing_price.urban_new_home_avg')]);
    await page.context().close();
  });

  it('heads each parameter of the policy browser with its Chinese description, the id as secondary text', async () => {
    const { page, errors } = await open('/policies/quzhou-2020');
    await page.getByRole('tab', { name: /参数/ }).click();
    await page.locator('.params .param').first().waitFor();
    const headings = await page.locator('.params .param-title').allInnerTexts();
    expect(headings.length).toBe(15);
    for (const h of headings) {
      expect(h).toMatch(/[\u4e00-\u9fff]/);
      expect(h.match(CODE) ?? []).toEqual([]);
    }
    await page.getByPlaceholder('搜索参数').fill('判断时点');
    const row = page.locator('.params .param').first();
    await expect.poll(() => row.locator('.param-title').innerText()).toContain('“满一年”的判断时点');
    const { text, codes } = await readableText(page, '.params .param');
    expect(text).toContain('申请（计算）日');
    expect(text.match(CODE) ?? []).toEqual([]);
    expect(codes[0]!.text).toContain('art20.purchase.service_reference');
    expect(codes[0]!.size).toBeLessThanOrEqual(12);
    // A parameter of a tier table has its own heading, found by its id too.
    await page.getByPlaceholder('搜索参数').fill('art19.allowance.7');
    await expect.poll(() => page.locator('.params .param-title').allInnerTexts()).toEqual(['第七层次人才津贴（每人每年）']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('example values next to the headline', () => {
  it('says which benefit rests on an example price, beside the totals, and tags it', async () => {
    const { page } = await open(`/?${KECHENG_TEACHER}`);
    await page.getByTestId('amount-art20.5').waitFor();
    const note = page.getByTestId('example-note');
    await note.waitFor();
    const text = await note.innerText();
    expect(text).toContain('购房补助（第(5)项，教师医生岗位120%）');
    expect(text).toContain('购房所在半年度市区新建商品住宅均价');
    expect(text).toContain('正式金额待官方公布');
    expect(text).not.toContain('第七层次人才津贴'); // the allowance uses no example value
    // Right under the headline totals, before the list of benefits.
    const totals = (await page.locator('.totals').boundingBox())!;
    const box = (await note.boundingBox())!;
    expect(box.y - (totals.y + totals.height)).toBeLessThan(24);
    expect(await page.getByTestId('total-granted').innerText()).toContain('含示例值');
    expect(await page.locator('.rule-title', { has: page.getByTestId('amount-art20.5') }).innerText()).toContain('含示例值');
    expect(await page.locator('.rule-title', { has: page.getByTestId('amount-art19.7') }).innerText()).not.toContain('含示例值');
    await page.context().close();
  });

  it('shows no such note when no amount uses an example value', async () => {
    const noPurchase = new URLSearchParams(KECHENG_TEACHER);
    for (const k of ['person.purchase.date', 'person.purchase.price', 'person.purchase.isFirst', 'person.purchase.sold']) noPurchase.delete(k);
    const { page } = await open(`/?${noPurchase}`);
    await page.getByTestId('amount-art19.7').waitFor();
    expect(await page.getByTestId('example-note').count()).toBe(0);
    expect(await page.getByTestId('total-granted').innerText()).not.toContain('含示例值');
    await page.context().close();
  });
});

describe('a citizen reads the summary first', () => {
  it('asks a non-buyer nothing about a purchase, ranks questions by money, opens on one sentence per benefit above the collapsed process, and prints the summary', async () => {
    const nonBuyer = new URLSearchParams({ region: 'kecheng', 'person.qualifications': 'phd_fulltime', 'person.fullTime': 'true', 'person.arrivalDate': '2021-06-01', 'person.hasPurchased': 'false', date: '2023-06-01' });
    const { page, errors } = await open(`/?${nonBuyer}`);
    const summary = page.getByTestId('summary');
    await summary.locator('li').first().waitFor();
    // Nothing about a purchase is asked; the first open question says what it could decide, in money.
    await page.locator('.questions .q.pending').first().waitFor();
    expect(await page.locator('.questions [data-fact^="person.purchase"]').count()).toBe(0);
    expect(await page.locator('.questions .q.pending .ant-form-item-explain').first().innerText()).toMatch(/^可能影响 [\d,]+ 元/);
    expect(await page.getByTestId('stake-art20.rent').innerText()).toContain('可能影响 44,712 元');
    // The summary: plain sentences, above the detailed process, no codes.
    const text = await summary.innerText();
    expect(text).toContain('您具有全日制博士研究生资格，全职在衢工作，每年可享受第七层次人才津贴 20,000 元（衢委发〔2020〕7号第19条第(7)项），自 2022-06-01 起每年发放一次，截至计算日已到期 40,000 元。');
    expect(text).toContain('暂未购房，可享受人才公寓');
    expect(text.match(CODE) ?? []).toEqual([]);
    const process = page.locator('.calc-process');
    expect((await summary.boundingBox())!.y).toBeLessThan((await process.boundingBox())!.y);
    // The process is collapsed: a benefit opens on the first level of its amount only, the conditions closed.
    await page.getByTestId('amount-art19.7').click();
    const tree = page.locator('.ant-collapse-item-active .explanation');
    await tree.waitFor();
    expect(await tree.locator('details[open] details[open]').count()).toBe(0);
    expect(await tree.locator('details:not([open])').count()).toBeGreaterThan(0);
    // Printed: the summary page with the date, without the process.
    await page.emulateMedia({ media: 'print' });
    expect(await process.isVisible()).toBe(false);
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator('.print-only').innerText()).toContain('计算日期 2023-06-01');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

const NO_TRANSITIONS = '*, *::before, *::after { transition: none !important; animation: none !important; }';

describe('focus style', () => {
  it('focuses an input in blue, visible against white and the resting border, while errors stay red', async () => {
    const { page } = await open(`/?${KECHENG_TEACHER}`);
    await page.getByTestId('amount-art20.5').waitFor();
    // The colours are what is tested, not their animation: transitions off, so every read is a settled colour.
    await page.addStyleTag({ content: NO_TRANSITIONS });
    const input = page.locator('[id="f-person.serviceAgreementYears"]');
    const resting = await input.evaluate((el) => getComputedStyle(el.closest('.ant-input-affix-wrapper') ?? el).borderTopColor);
    await input.focus();
    const focusedStyle = () =>
      input.evaluate((el) => {
        const cs = getComputedStyle(el.closest('.ant-input-affix-wrapper') ?? el);
        return { border: cs.borderTopColor, shadow: cs.boxShadow };
      });
    // Wait for a settled colour: the same border in two reads 100 ms apart (a loaded machine may still be
    // mid-change when the first read comes, whatever the style says about transitions).
    let focused = await focusedStyle();
    await expect
      .poll(async () => {
        const before = focused.border;
        await page.waitForTimeout(100);
        focused = await focusedStyle();
        return focused.border === before;
      }, { timeout: 10_000 })
      .toBe(true);
    const [r, g, b] = channels(focused.border);
    expect(b).toBeGreaterThan(r + 60); // blue, not the theme's red (#b4232a)
    expect(g).toBeLessThan(b);
    expect(contrast(focused.border)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(focused.border, resting)).toBeGreaterThanOrEqual(3);
    expect(focused.shadow).not.toBe('none');
    // Keyboard focus on a choice: the same blue outline.
    await page.locator('[id="f-person.arrivalDate"]').focus();
    let outline = '';
    for (let i = 0; i < 6 && !outline; i++) {
      await page.keyboard.press('Tab');
      outline = await page.evaluate(() => {
        const el = document.activeElement;
        const wrap = el?.closest('.ant-radio-wrapper, .ant-radio-button-wrapper');
        return wrap ? `${getComputedStyle(wrap).outlineStyle} ${getComputedStyle(wrap).outlineColor}` : '';
      });
    }
    expect(outline).toMatch(/^solid rgb\(31, 95, 191\)/);
    await page.context().close();

    // A field with an error keeps its red border.
    const bad = await open('/?region=kecheng&person.purchase.price=12.345&person.arrivalDate=2021-02-30');
    await bad.page.addStyleTag({ content: NO_TRANSITIONS });
    await bad.page.getByTestId('stale').waitFor();
    const errBorder = () => bad.page.locator('[id="f-person.arrivalDate"]').evaluate((el) => getComputedStyle(el).borderTopColor);
    // Red once the field's error is shown and the border's transition has run.
    await expect.poll(async () => { const [er, , eb] = channels(await errBorder()); return er > eb + 100; }).toBe(true);
    await bad.page.context().close();
  });
});

describe('phone (390 px)', () => {
  it('keeps the calculator and the policy browser on screen: no sideways scrolling, no text cut off', async () => {
    const views: Array<{ path: string; ready: string; clicks?: string[] }> = [
      { path: `/?${KECHENG_TEACHER}`, ready: '[data-testid="amount-art20.5"]', clicks: ['[data-testid="amount-art20.5"]'] },
      { path: '/policies', ready: '.policy-card' },
      { path: '/policies/quzhou-2020', ready: '.clauses' },
      { path: '/policies/quzhou-2020', ready: '.clauses', clicks: ['[role="tab"]:has-text("规则")', '.ant-collapse-header'] },
      { path: '/policies/quzhou-2020', ready: '.clauses', clicks: ['[role="tab"]:has-text("参数")'] },
    ];
    for (const v of views) {
      const { page } = await open(v.path, PHONE);
      await page.locator(v.ready).first().waitFor();
      for (const c of v.clicks ?? []) await page.locator(c).first().click();
      await settled(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      expect(await layoutProblems(page), `${v.path} ${v.clicks?.join(' ') ?? ''}`).toEqual([]);
      if (v.path.startsWith('/?')) {
        expect(await page.getByTestId('mobile-summary').innerText()).toContain('含示例值');
        const note = (await page.getByTestId('example-note').boundingBox())!;
        expect(note.x + note.width).toBeLessThanOrEqual(PHONE.width);
      }
      await page.context().close();
    }
  });
});
