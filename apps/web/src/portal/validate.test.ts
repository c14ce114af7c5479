import { describe, expect, it } from 'vitest';
import { purposeError, reasonError, yuanError, yuanToFen } from './validate';

describe('form checks (the API’s messages, as the user types)', () => {
  it('reads yuan into integer fen without floating point', () => {
    expect(yuanToFen('1234.5')).toBe(123450);
    expect(yuanToFen('0.07')).toBe(7);
    expect(yuanToFen('20000')).toBe(2000000);
  });
  it('rejects malformed, zero and over-precise amounts', () => {
    expect(yuanError('12.345')).toMatch(/两位小数/);
    expect(yuanError('0')).toBeDefined();
    expect(yuanError('-5')).toBeDefined();
    expect(yuanError('1e3')).toBeDefined();
    expect(yuanError('15000.50')).toBeUndefined();
  });
  it('asks for reasons and a purpose with the API’s words and lengths', () => {
    expect(reasonError(' 好 ', 'review')).toBe('不同意时须说明理由');
    expect(reasonError('材料齐全', 'reject')).toBeUndefined();
    expect(reasonError('按月', 'adjust')).toBe('调整金额须写明理由（将由第二人复核）');
    expect(purposeError('')).toBe('请说明查看完整信息的用途（将记入审计日志）');
    expect(purposeError('核对身份')).toBeUndefined();
  });
});
