// Phone-width checks shared by the browser tests: the page must not scroll sideways, and no visible
// text may be cut off — neither ellipsis-truncated nor running past the right edge of the screen
// (text inside a deliberately scrollable box, such as a wide table, is allowed to).

import type { Page } from 'playwright-core';

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const sw = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
    if (sw > vw) out.push(`页面横向滚动：${sw} > ${vw}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const text = (el.textContent ?? '').trim().slice(0, 30);
      if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
        out.push(`文字被截断：${text}`);
        continue;
      }
      if (r.right <= vw + 1) continue;
      // Inside a box that scrolls sideways on its own (a wide table): allowed.
      let scrollBox = false;
      for (let p = el.parentElement; p && !scrollBox; p = p.parentElement) scrollBox = ['auto', 'scroll'].includes(getComputedStyle(p).overflowX);
      if (!scrollBox) out.push(`文字超出屏幕右缘（${Math.round(r.right)} > ${vw}）：${text}`);
    }
    return out;
  });
}
