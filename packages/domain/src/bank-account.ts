// 收款账户: the bank account a grant is paid into — 开户银行 (the bank and branch, as the finance
// bureau writes it) and 银行账号 (digits only once spaces are removed; 12–30 digits, which covers
// personal debit cards of 16–19 digits and the longer corporate settlement accounts). Full-width
// digits and spaces, as Chinese input methods type them, are accepted and normalised. Returns the
// normalised value or a Chinese reason that names the field. A bank name is Chinese or Latin
// letters, digits, parentheses and spaces only: nothing a spreadsheet could read as a formula.

import type { Checked } from './idcard.js';

export const BANK_ACCOUNT_DIGITS = { min: 12, max: 30 } as const;
export const BANK_NAME_CHARS = { min: 2, max: 40 } as const;
/** Han characters, Latin letters, digits, half- and full-width parentheses, spaces. */
export const BANK_NAME_PATTERN = /^[\p{Script=Han}A-Za-z0-9()（） ]+$/u;

/** '６２２２' → '6222': full-width digits (U+FF10–FF19) as ASCII. */
const asciiDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function parseBankAccount(input: unknown): Checked<string> {
  if (typeof input !== 'string') return { ok: false, reason: '银行账号应为文本（数字串）' };
  const s = asciiDigits(input).replace(/\s+/g, '');
  if (!s) return { ok: false, reason: '请填写银行账号' };
  if (!/^[0-9]+$/.test(s)) return { ok: false, reason: '银行账号只能包含数字（可用空格分隔）' };
  const { min, max } = BANK_ACCOUNT_DIGITS;
  if (s.length < min || s.length > max) return { ok: false, reason: `银行账号应为 ${min}–${max} 位数字，收到 ${s.length} 位` };
  return { ok: true, value: s };
}

export function parseBankName(input: unknown): Checked<string> {
  if (typeof input !== 'string') return { ok: false, reason: '开户银行应为文本' };
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s) return { ok: false, reason: '请填写开户银行' };
  if (!BANK_NAME_PATTERN.test(s)) return { ok: false, reason: '开户银行只能包含汉字、英文字母、数字、括号和空格' };
  const n = [...s].length;
  const { min, max } = BANK_NAME_CHARS;
  if (n < min || n > max) return { ok: false, reason: `开户银行应为 ${min}–${max} 个字（如“中国工商银行衢州分行”），收到 ${n} 个字` };
  return { ok: true, value: s };
}
