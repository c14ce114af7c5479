// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V),
// registration authority, organisation type, a 6-digit region code, the 9-character organisation
// code and a MOD 31 check character.

import type { Checked } from './idcard.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function parseUscc(input: unknown): Checked<string> {
  if (typeof input !== 'string') return { ok: false, reason: '统一社会信用代码应为文本' };
  const s = input.trim().toUpperCase();
  if (s.length !== 18) return { ok: false, reason: `统一社会信用代码应为 18 位，收到 ${s.length} 位` };
  for (const c of s) if (!ALPHABET.includes(c)) return { ok: false, reason: `统一社会信用代码含有不允许的字符「${c}」（不使用 I、O、Z、S、V）` };
  if (!/^\d{6}$/.test(s.slice(2, 8))) return { ok: false, reason: '统一社会信用代码第 3–8 位应为行政区划代码（数字）' };
  if (s[17] !== usccCheckChar(s.slice(0, 17))) return { ok: false, reason: '统一社会信用代码校验位不正确（请核对是否输错）' };
  return { ok: true, value: s };
}
