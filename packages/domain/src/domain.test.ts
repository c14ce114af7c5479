// Validators and the working-day calendar at their edges.

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDay, parseDay } from '@rencai/engine';
import { checkDigit, parseIdCard } from './idcard.js';
import { parseUscc, usccCheckChar } from './uscc.js';
import { maskIdNumber, maskPhone, checkPhone } from './mask.js';
import { WorkCalendar, type CalendarDay } from './workdays.js';
import { transition } from './lifecycle.js';

const today = parseDay('2026-11-23');

describe('居民身份证号 GB 11643-1999', () => {
  it('accepts the standard example and computes its check digit', () => {
    // The example in GB 11643-1999: 11010519491231002X.
    expect(checkDigit('11010519491231002')).toBe('X');
    const r = parseIdCard('11010519491231002x', today);
    expect(r).toEqual({ ok: true, value: { number: '11010519491231002X', birth: parseDay('1949-12-31'), sex: 'female', regionCode: '110105' } });
  });
  it('rejects a wrong check digit, an impossible birth date, a future birth, a bad region and a wrong length, in Chinese', () => {
    expect(parseIdCard('110105194912310021', today)).toEqual({ ok: false, reason: '身份证号校验位不正确（请核对是否输错）' });
    const feb30 = '33080219900230' + '001';
    expect(parseIdCard(feb30 + checkDigit(feb30), today)).toMatchObject({ ok: false, reason: expect.stringContaining('出生日期 19900230 无效') });
    const future = '33080220300101' + '001';
    expect(parseIdCard(future + checkDigit(future), today)).toMatchObject({ ok: false, reason: expect.stringContaining('晚于今天') });
    const region = '99080219900101' + '001';
    expect(parseIdCard(region + checkDigit(region), today)).toMatchObject({ ok: false, reason: expect.stringContaining('地址码') });
    expect(parseIdCard('3308021990', today)).toEqual({ ok: false, reason: '身份证号应为 18 位，收到 10 位' });
    expect(parseIdCard(12, today)).toMatchObject({ ok: false });
  });
});

describe('统一社会信用代码 GB 32100-2015', () => {
  it('validates check characters (including the 0 case) and rejects I/O/Z/S/V', () => {
    const base = '91330800MA2DH1234';
    const code = base + usccCheckChar(base);
    expect(parseUscc(code.toLowerCase())).toEqual({ ok: true, value: code });
    const wrong = base + (usccCheckChar(base) === '0' ? '1' : '0');
    expect(parseUscc(wrong)).toEqual({ ok: false, reason: '统一社会信用代码校验位不正确（请核对是否输错）' });
    expect(parseUscc('91330800MA2DH123IO')).toMatchObject({ ok: false, reason: expect.stringContaining('不允许的字符「I」') });
    expect(parseUscc('9133')).toMatchObject({ ok: false, reason: expect.stringContaining('18 位') });
    // A base whose weighted sum is ≡ 0 (mod 31) takes the check character 0, not 31.
    let found = '';
    for (let i = 0; i < 2000 && !found; i++) {
      const b = `9133080${String(i).padStart(4, '0')}ABCDEF`.slice(0, 17);
      if (usccCheckChar(b) === '0') found = b;
    }
    expect(found).not.toBe('');
    expect(parseUscc(found + '0')).toEqual({ ok: true, value: found + '0' });
  });
});

describe('masking', () => {
  it('keeps 6+4 of an ID number and 3+4 of a phone', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13905701234')).toBe('139****1234');
    expect(checkPhone('139-0570-1234')).toEqual({ ok: true, value: '13905701234' });
    expect(checkPhone('12905701234')).toMatchObject({ ok: false });
  });
});

describe('working-day calendar with 调休', () => {
  const dir = fileURLToPath(new URL('../data/holidays-cn/', import.meta.url));
  const days: CalendarDay[] = [];
  const years: number[] = [];
  for (const f of readdirSync(dir).filter((n) => /^\d{4}\.json$/.test(n))) {
    const j = JSON.parse(readFileSync(dir + f, 'utf8')) as { year: number; days: CalendarDay[] };
    years.push(j.year);
    days.push(...j.days);
  }
  const cal = new WorkCalendar(days, years);
  it('knows National Day 2024 and its adjusted Sunday 2024-09-29 and Saturday 2024-10-12', () => {
    expect(cal.isWorkday(parseDay('2024-10-01'))).toBe(false);
    expect(cal.isWorkday(parseDay('2024-09-29'))).toBe(true); // Sunday made a working day
    expect(cal.isWorkday(parseDay('2024-10-12'))).toBe(true); // Saturday made a working day
    expect(cal.isWorkday(parseDay('2024-10-13'))).toBe(false); // plain Sunday
    expect(cal.isWorkday(parseDay('2024-10-08'))).toBe(true);
  });
  it('counts 5 working days from Friday 2024-09-27 across National Day to 2024-10-10', () => {
    // 9-29 (Sun, working), 9-30 (Mon), then 10-01..10-07 off, 10-08, 10-09, 10-10.
    expect(formatDay(cal.addWorkdays(parseDay('2024-09-27'), 5))).toBe('2024-10-10');
    expect(cal.workdaysBetween(parseDay('2024-09-27'), parseDay('2024-10-10'))).toBe(5);
    expect(cal.addWorkdays(parseDay('2024-09-27'), 0)).toBe(parseDay('2024-09-27'));
    expect(cal.covers(2026)).toBe(true);
    expect(cal.covers(2027)).toBe(false);
  });
});

describe('application state machine', () => {
  it('allows the journey and refuses stale transitions in Chinese', () => {
    expect(transition('draft', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(transition('submitted', 'return')).toEqual({ ok: true, to: 'returned' });
    expect(transition('returned', 'resubmit')).toEqual({ ok: true, to: 'submitted' });
    expect(transition('submitted', 'accept')).toEqual({ ok: true, to: 'reviewing' });
    expect(transition('reviewing', 'approve')).toEqual({ ok: true, to: 'approved' });
    expect(transition('approved', 'approve')).toEqual({ ok: false, reason: '申报件当前状态为「已核准」，不能核准' });
    expect(transition('paid', 'withdraw').ok).toBe(false);
  });
});
