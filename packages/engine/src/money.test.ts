// Money in integer fen: exact conversion from yuan, half-up rounding of ratios, display.

import { describe, expect, it } from 'vitest';
import { fenToYuanString, formatYuan, MoneyFormatError, mulRatioHalfUp, yuanToFen } from './money.js';

describe('yuanToFen', () => {
  it('converts numbers exactly, without floating-point traps', () => {
    expect(yuanToFen(0.1) + yuanToFen(0.2)).toBe(30);
    // Each of these is off by a hair when multiplied by 100 in floating point.
    expect(yuanToFen(19.99)).toBe(1999); // 19.99 * 100 = 1998.9999999999998
    expect(yuanToFen(1.15)).toBe(115); // 1.15 * 100 = 114.99999999999999
    expect(yuanToFen(4.35)).toBe(435); // 4.35 * 100 = 434.99999999999994
    expect(yuanToFen(0.07)).toBe(7); // 0.07 * 100 = 7.000000000000001
    expect(yuanToFen(1200000)).toBe(120_000_000);
    expect(yuanToFen(0)).toBe(0);
    expect(yuanToFen(-1.5)).toBe(-150);
  });

  it('converts decimal strings exactly', () => {
    expect(yuanToFen('0.1') + yuanToFen('0.2')).toBe(30);
    expect(yuanToFen('800000.05')).toBe(80_000_005);
    expect(yuanToFen('0.5')).toBe(50);
    expect(yuanToFen(' 12.3 ')).toBe(1230);
    expect(yuanToFen('-0.01')).toBe(-1);
    expect(yuanToFen('90071992547409.91')).toBe(9_007_199_254_740_991); // the largest exact amount
  });

  it('rejects three decimals, exponents, separators and non-numbers', () => {
    for (const bad of ['1.234', '0.001', '1e5', '1,000', '', ' ', '.5', '5.', '+5', 'abc', '１２'] as const)
      expect(() => yuanToFen(bad), bad).toThrow(MoneyFormatError);
    expect(() => yuanToFen('1.234')).toThrow('金额应为最多两位小数的数字（元），收到：1.234');
    for (const bad of [1.234, 1.005, 0.1 + 0.2, 1e21, 1e-7, Number.NaN, Infinity, -Infinity]) expect(() => yuanToFen(bad), String(bad)).toThrow(MoneyFormatError);
  });

  it('rejects amounts beyond exact integer arithmetic', () => {
    expect(() => yuanToFen('90071992547409.92')).toThrow('金额超出可精确表示的范围');
    expect(() => yuanToFen('100000000000000')).toThrow(MoneyFormatError);
  });
});

describe('mulRatioHalfUp', () => {
  it('rounds half up to the fen, never to even', () => {
    expect(mulRatioHalfUp(5, 1, 10)).toBe(1); // 0.5
    expect(mulRatioHalfUp(4, 1, 10)).toBe(0); // 0.4
    expect(mulRatioHalfUp(15, 1, 10)).toBe(2); // 1.5
    expect(mulRatioHalfUp(25, 1, 10)).toBe(3); // 2.5 (banker's rounding would give 2)
    expect(mulRatioHalfUp(1, 1, 2)).toBe(1);
    expect(mulRatioHalfUp(100, 1, 3)).toBe(33); // 33.33…
    expect(mulRatioHalfUp(200, 1, 3)).toBe(67); // 66.66…
  });

  it('keeps percentages of real amounts exact', () => {
    expect(mulRatioHalfUp(80_000_005, 30, 100)).toBe(24_000_002); // 24,000,001.5 → …02
    expect(mulRatioHalfUp(80_000_001, 30, 100)).toBe(24_000_000); // 24,000,000.3 → …00
    expect(mulRatioHalfUp(80_000_005, 50, 100)).toBe(40_000_003); // 40,000,002.5 → …03
    expect(mulRatioHalfUp(90_000_000, 120, 100)).toBe(108_000_000);
    expect(mulRatioHalfUp(201_000 * 12, 60, 100)).toBe(1_447_200); // 60% of a year's minimum wage
    expect(mulRatioHalfUp(0, 120, 100)).toBe(0);
  });

  it('stays exact where the intermediate product exceeds 2^53', () => {
    const max = 9_007_199_254_740_991; // 2^53 − 1
    expect(mulRatioHalfUp(max, 3, 7)).toBe(Number((BigInt(max) * 3n * 2n + 7n) / 14n));
    expect(mulRatioHalfUp(max, 1, 2)).toBe(4_503_599_627_370_496); // …495.5 → …496
    expect(mulRatioHalfUp(max, 50, 100)).toBe(4_503_599_627_370_496);
    expect(mulRatioHalfUp(1_000_000_000_000_005, 50, 100)).toBe(500_000_000_000_003); // …002.5 → …003
    expect(mulRatioHalfUp(max, 99, 100)).toBe(8_917_127_262_193_581); // 8,917,127,262,193,581.09
  });

  it('rounds negative amounts symmetrically (half away from zero)', () => {
    expect(mulRatioHalfUp(-5, 1, 10)).toBe(-1);
    expect(mulRatioHalfUp(-4, 1, 10)).toBe(0);
    expect(mulRatioHalfUp(5, -1, 10)).toBe(-1);
  });
});

describe('display', () => {
  it('formats yuan with thousands separators and two decimals only when there are fen', () => {
    expect(formatYuan(0)).toBe('0 元');
    expect(formatYuan(5)).toBe('0.05 元');
    expect(formatYuan(100)).toBe('1 元');
    expect(formatYuan(99_999)).toBe('999.99 元');
    expect(formatYuan(100_000)).toBe('1,000 元');
    expect(formatYuan(72_000_000)).toBe('720,000 元');
    expect(formatYuan(1_641_650)).toBe('16,416.50 元');
    expect(formatYuan(123_456_789_012)).toBe('1,234,567,890.12 元');
    expect(formatYuan(-150)).toBe('-1.50 元');
    expect(formatYuan(9_007_199_254_740_991)).toBe('90,071,992,547,409.91 元');
  });

  it('writes yuan as a fixed two-decimal string for JSON', () => {
    expect(fenToYuanString(0)).toBe('0.00');
    expect(fenToYuanString(5)).toBe('0.05');
    expect(fenToYuanString(-5)).toBe('-0.05');
    expect(fenToYuanString(72_000_000)).toBe('720000.00');
    expect(fenToYuanString(1_641_650)).toBe('16416.50');
  });
});
