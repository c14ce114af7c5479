import { describe, expect, it } from 'vitest';
import { fenToYuanString, formatYuan, mulRatioHalfUp, yuanToFen } from './money.js';

describe('money in integer fen', () => {
  it('converts yuan exactly, without floating-point traps', () => {
    expect(yuanToFen(0.1) + yuanToFen(0.2)).toBe(30);
    expect(yuanToFen('800000.05')).toBe(80_000_005);
    expect(yuanToFen(1200000)).toBe(120_000_000);
    expect(yuanToFen('0.5')).toBe(50);
  });
  it('rejects more than two decimals and non-numbers', () => {
    for (const bad of ['1.234', 'abc', '1e5', '']) expect(() => yuanToFen(bad)).toThrow(/金额/);
    expect(() => yuanToFen(Number.NaN)).toThrow();
  });
  it('rounds a ratio half up to the fen, also beyond 2^53 intermediate products', () => {
    expect(mulRatioHalfUp(80_000_005, 30, 100)).toBe(24_000_002); // 24,000,001.5 → …02
    expect(mulRatioHalfUp(80_000_001, 30, 100)).toBe(24_000_000); // 24,000,000.3 → …00
    expect(mulRatioHalfUp(90_000_000, 120, 100)).toBe(108_000_000);
    expect(mulRatioHalfUp(9_007_199_254_740_991, 3, 7)).toBe(Number((9_007_199_254_740_991n * 3n * 2n + 7n) / 14n));
  });
  it('formats yuan for readers and for JSON', () => {
    expect(formatYuan(72_000_000)).toBe('720,000 元');
    expect(formatYuan(1_641_650)).toBe('16,416.50 元');
    expect(fenToYuanString(5)).toBe('0.05');
  });
});
