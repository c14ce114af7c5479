// 居民身份证号码 (GB 11643-1999): 17 digits + a check character (ISO 7064 MOD 11-2), a birth date
// and an address code. Returns the normalised number or a Chinese reason.

import { dayFromParts, daysInMonth, type Day } from '@rencai/engine';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** Province-level codes of GB/T 2260 (the first two digits of the address code). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
]);

export interface IdCardInfo {
  number: string;
  birth: Day;
  /** 1 male, 2 female (17th digit odd / even). */
  sex: 'male' | 'female';
  regionCode: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Validates an 18-character ID number as of `today` (birth dates after it are rejected). */
export function parseIdCard(input: unknown, today: Day): Checked<IdCardInfo> {
  if (typeof input !== 'string') return { ok: false, reason: '身份证号应为文本' };
  const s = input.trim().toUpperCase();
  if (s.length !== 18) return { ok: false, reason: `身份证号应为 18 位，收到 ${s.length} 位` };
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: '身份证号前 17 位应为数字，最后一位为数字或 X' };
  if (!PROVINCES.has(s.slice(0, 2))) return { ok: false, reason: `身份证号的地址码 ${s.slice(0, 6)} 不是有效的行政区划代码` };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: `身份证号中的出生日期 ${s.slice(6, 14)} 无效` };
  const birth = dayFromParts(y, m, d);
  if (birth > today) return { ok: false, reason: `身份证号中的出生日期 ${s.slice(6, 14)} 晚于今天` };
  const expected = checkDigit(s.slice(0, 17));
  if (s[17] !== expected) return { ok: false, reason: '身份证号校验位不正确（请核对是否输错）' };
  return { ok: true, value: { number: s, birth, sex: Number(s[16]) % 2 === 1 ? 'male' : 'female', regionCode: s.slice(0, 6) } };
}
