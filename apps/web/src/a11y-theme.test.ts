import { describe, expect, it } from 'vitest';
import { CHART_COLORS, LINK_COLOR, contrastTokens } from './a11y-theme';

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('contrast-safe theme', () => {
  it('links, success and error text reach 4.5:1 on white and on the page background', () => {
    for (const c of [LINK_COLOR, contrastTokens!.colorSuccess as string, contrastTokens!.colorError as string]) {
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c, '#f6f6f4'), c).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('every chart series colour reaches 3:1 against the white plot area', () => {
    for (const c of CHART_COLORS) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
  });
});
