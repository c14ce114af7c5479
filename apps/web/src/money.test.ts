// Money display from integer fen: exact, grouped, cents only when present.
import { describe, expect, it } from 'vitest';
import { formatFen, sumFen } from './money';

describe('formatFen', () => {
  it('formats yuan with thousands separators from integer fen', () => {
    expect(formatFen(108000000)).toBe('1,080,000 元');
    expect(formatFen(12345)).toBe('123.45 元');
    expect(formatFen(5)).toBe('0.05 元');
    expect(formatFen(0)).toBe('0 元');
    expect(formatFen(-250)).toBe('-2.50 元');
    expect(formatFen(1550000, ' 元/㎡')).toBe('15,500 元/㎡');
  });
  it('stays exact beyond what floating point division would keep', () => {
    expect(formatFen(9007199254740991n)).toBe('90,071,992,547,409.91 元');
    expect(sumFen([10, 20, 2000000])).toBe(2000030n);
  });
});
