// 收款账户: the account number and bank name at their edges, and the mask the views show.

import { describe, expect, it } from 'vitest';
import { parseBankAccount, parseBankName } from './bank-account.js';
import { maskBankAccount } from './mask.js';

describe('银行账号', () => {
  it('accepts personal cards (16–19 digits) and corporate accounts up to 30, with spaces removed', () => {
    expect(parseBankAccount('6222 0212 3456 7890')).toEqual({ ok: true, value: '6222021234567890' });
    expect(parseBankAccount('6228480012345678901')).toEqual({ ok: true, value: '6228480012345678901' });
    expect(parseBankAccount(' 3300 1621 2350 5300 1234 ')).toEqual({ ok: true, value: '33001621235053001234' });
    // The shortest and longest allowed.
    expect(parseBankAccount('1'.repeat(12))).toEqual({ ok: true, value: '1'.repeat(12) });
    expect(parseBankAccount('9'.repeat(30))).toEqual({ ok: true, value: '9'.repeat(30) });
    // Full-width digits and the ideographic space, as a Chinese input method types them.
    expect(parseBankAccount('６２２２\u3000０２１２３４５６７８９０')).toEqual({ ok: true, value: '6222021234567890' });
  });

  it('refuses too short, too long, non-digits, empty and non-text, naming the field in Chinese', () => {
    expect(parseBankAccount('12345678901')).toEqual({ ok: false, reason: '银行账号应为 12–30 位数字，收到 11 位' });
    expect(parseBankAccount('1'.repeat(31))).toEqual({ ok: false, reason: '银行账号应为 12–30 位数字，收到 31 位' });
    expect(parseBankAccount('6222-0212-3456-7890')).toEqual({ ok: false, reason: '银行账号只能包含数字（可用空格分隔）' });
    expect(parseBankAccount('6222O21234567890')).toEqual({ ok: false, reason: '银行账号只能包含数字（可用空格分隔）' });
    expect(parseBankAccount('   ')).toEqual({ ok: false, reason: '请填写银行账号' });
    expect(parseBankAccount(6222021234567890)).toEqual({ ok: false, reason: '银行账号应为文本（数字串）' });
    expect(parseBankAccount(null)).toMatchObject({ ok: false });
    // Other scripts' digits are not ASCII digits.
    expect(parseBankAccount('٦٢٢٢٠٢١٢٣٤٥٦٧٨٩٠')).toMatchObject({ ok: false });
  });
});

describe('开户银行', () => {
  it('takes 2–40 characters, trimmed, inner runs of spaces collapsed', () => {
    expect(parseBankName('  中国工商银行衢州分行 ')).toEqual({ ok: true, value: '中国工商银行衢州分行' });
    expect(parseBankName('中国银行  衢州分行')).toEqual({ ok: true, value: '中国银行 衢州分行' });
    expect(parseBankName('农行')).toEqual({ ok: true, value: '农行' });
    expect(parseBankName('银'.repeat(40))).toMatchObject({ ok: true });
  });
  it('refuses one character, more than 40, empty and non-text', () => {
    expect(parseBankName('银')).toEqual({ ok: false, reason: '开户银行应为 2–40 个字（如“中国工商银行衢州分行”），收到 1 个字' });
    expect(parseBankName('银'.repeat(41))).toMatchObject({ ok: false, reason: expect.stringContaining('收到 41 个字') });
    expect(parseBankName('')).toEqual({ ok: false, reason: '请填写开户银行' });
    expect(parseBankName(12)).toEqual({ ok: false, reason: '开户银行应为文本' });
  });
});

describe('masking a bank account', () => {
  it('keeps the first 4 and last 4 digits, one * per hidden digit', () => {
    expect(maskBankAccount('6222021234567890')).toBe('6222********7890');
    expect(maskBankAccount('6228480012345678901')).toBe('6228***********8901');
    expect(maskBankAccount('123456789012')).toBe('1234****9012');
    expect(maskBankAccount('12345678')).toBe('********');
    // The hidden middle never survives.
    expect(maskBankAccount('6222021234567890')).not.toContain('02123456');
  });
});
