import { describe, expect, it } from 'vitest';
import { parseBankAccount, parseBankName } from '@rencai/domain';
import { bankAccountError, bankNameError, normaliseBankAccount, purposeError, reasonError, yuanError, yuanToFen } from './validate';

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

describe('收款账户 form checks', () => {
  // The client must say exactly what the API would say (and pass exactly what it would pass).
  const accounts = ['6222 0212 3456 7890', '6228480012345678901', '1'.repeat(12), '9'.repeat(30), '12345678901', '1'.repeat(31), '6222-0212-3456-7890', '６２２２\u3000０２１２３４５６７８９０', '   ', ''];
  const names = ['中国工商银行衢州分行', ' 农行 ', '银', '银'.repeat(40), '银'.repeat(41), '', '中国银行  衢州分行', '=HYPERLINK("http://x.cn","点我")', '@农行', 'Bank of China (Quzhou)', '中国银行（衢州）'];
  it('agrees with the API validator on every account number and bank name', () => {
    for (const a of accounts) {
      const api = parseBankAccount(a);
      expect(bankAccountError(a), a).toBe(api.ok ? undefined : api.reason);
      if (api.ok) expect(normaliseBankAccount(a)).toBe(api.value);
    }
    for (const n of names) {
      const api = parseBankName(n);
      expect(bankNameError(n), n).toBe(api.ok ? undefined : api.reason);
    }
  });
  it('names the field in its messages', () => {
    expect(bankAccountError('1234')).toBe('银行账号应为 12–30 位数字，收到 4 位');
    expect(bankNameError('银')).toMatch(/^开户银行/);
  });
});
