// Calendar dates and the periods the policies count in (民法典第二百零一条、第二百零二条):
// strict parsing, "满N年", "N年内", and the half-years of the housing-price statistics.

import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addYears,
  completedYears,
  DateFormatError,
  dayFromParts,
  daysInMonth,
  formatDay,
  halfYearLabel,
  halfYearStart,
  isHalfYearStart,
  isValidDateString,
  nextHalfYearStart,
  parseDay,
  toParts,
  withinYears,
  yearOf,
} from './dates.js';

const d = parseDay;
const f = formatDay;

describe('strict YYYY-MM-DD parsing', () => {
  it('accepts real calendar dates, including 29 February of leap years', () => {
    expect(f(d('2020-02-29'))).toBe('2020-02-29');
    expect(f(d('2000-02-29'))).toBe('2000-02-29'); // divisible by 400: leap
    expect(f(d('2021-12-31'))).toBe('2021-12-31');
    expect(d('1970-01-01')).toBe(0);
    expect(d('2020-04-22')).toBe(Date.UTC(2020, 3, 22) / 86_400_000);
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2021-02-29', '2100-02-29', '2021-02-30', '2021-04-31', '2021-06-31', '2021-13-01', '2021-00-10', '2021-01-00', '2021-12-32'])
      expect(() => d(bad), bad).toThrow(DateFormatError);
  });

  it('rejects anything but zero-padded YYYY-MM-DD text', () => {
    const bad: unknown[] = ['2021-1-05', '2021-01-5', '21-01-05', '2021/01/05', '2021.01.05', '2021年1月5日', ' 2021-01-05', '2021-01-05 ', '2021-01-05T00:00:00Z', '', 20210105, null, undefined, new Date(0), {}];
    for (const x of bad) expect(() => d(x), String(x)).toThrow(/日期格式应为 YYYY-MM-DD/);
    expect(isValidDateString('2021-02-29')).toBe(false);
    expect(isValidDateString('2024-02-29')).toBe(true);
  });

  it('names the rejected input in the error', () => {
    expect(() => d('2021-02-29')).toThrow('收到：2021-02-29');
  });

  it('agrees with the proleptic Gregorian calendar on every day from 1999 to 2031', () => {
    const start = Date.UTC(1999, 0, 1) / 86_400_000;
    const end = Date.UTC(2031, 11, 31) / 86_400_000;
    for (let day = start; day <= end; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (f(day) !== iso || d(iso) !== day) expect(`${day} → ${f(day)} / ${iso} → ${d(iso)}`).toBe('round trip');
    }
    expect(toParts(d('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dayFromParts(2021, 3, 1) - dayFromParts(2021, 2, 28)).toBe(1);
    expect(yearOf(d('2021-12-31'))).toBe(2021);
    expect([daysInMonth(2020, 2), daysInMonth(2021, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2021, 4)]).toEqual([29, 28, 28, 29, 30]);
  });
});

describe('periods of months and years (民法典第二百零二条)', () => {
  it('ends on the corresponding day of the final month, or its last day when there is none', () => {
    expect(f(addMonths(d('2021-01-31'), 1))).toBe('2021-02-28');
    expect(f(addMonths(d('2020-01-31'), 1))).toBe('2020-02-29');
    expect(f(addMonths(d('2021-08-31'), 1))).toBe('2021-09-30');
    expect(f(addMonths(d('2021-11-15'), 2))).toBe('2022-01-15');
    expect(f(addMonths(d('2021-03-31'), -1))).toBe('2021-02-28');
    expect(f(addMonths(d('2021-05-10'), 0))).toBe('2021-05-10');
  });

  it('“满一年” from 2020-05-10 is reached on 2021-05-10, not on 2021-05-09', () => {
    expect(f(addYears(d('2020-05-10'), 1))).toBe('2021-05-10');
    expect(completedYears(d('2020-05-10'), 1, d('2021-05-09'))).toBe(false);
    expect(completedYears(d('2020-05-10'), 1, d('2021-05-10'))).toBe(true);
    expect(completedYears(d('2020-05-10'), 1, d('2021-05-11'))).toBe(true);
    expect(completedYears(d('2020-05-10'), 3, d('2023-05-09'))).toBe(false);
    expect(completedYears(d('2020-05-10'), 3, d('2023-05-10'))).toBe(true);
  });

  it('one year from 29 February ends on 28 February, four years on 29 February', () => {
    expect(f(addYears(d('2020-02-29'), 1))).toBe('2021-02-28');
    expect(completedYears(d('2020-02-29'), 1, d('2021-02-27'))).toBe(false);
    expect(completedYears(d('2020-02-29'), 1, d('2021-02-28'))).toBe(true);
    expect(f(addYears(d('2020-02-29'), 4))).toBe('2024-02-29');
    expect(f(addYears(d('2020-02-29'), 100))).toBe('2120-02-29');
    expect(f(addYears(d('2096-02-29'), 4))).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('“五年内” includes the last day of the period and excludes the next', () => {
    const arrival = d('2020-05-01');
    expect(withinYears(arrival, 5, d('2020-05-01'))).toBe(true); // the start day itself
    expect(withinYears(arrival, 5, d('2025-04-30'))).toBe(true);
    expect(withinYears(arrival, 5, d('2025-05-01'))).toBe(true); // 满五年之日（含）
    expect(withinYears(arrival, 5, d('2025-05-02'))).toBe(false);
    expect(withinYears(arrival, 5, d('2020-04-30'))).toBe(false); // before the start
  });

  it('“十年内上市交易”: a sale on the ten-year day counts, the next day does not', () => {
    const bought = d('2021-03-15');
    expect(withinYears(bought, 10, d('2031-03-15'))).toBe(true);
    expect(withinYears(bought, 10, d('2031-03-16'))).toBe(false);
    const leapBought = d('2024-02-29');
    expect(withinYears(leapBought, 10, d('2034-02-28'))).toBe(true);
    expect(withinYears(leapBought, 10, d('2034-03-01'))).toBe(false);
  });
});

describe('half-years (上半年 1–6 月、下半年 7–12 月)', () => {
  it('puts 30 June and 1 July in different halves', () => {
    expect(f(halfYearStart(d('2021-06-30')))).toBe('2021-01-01');
    expect(f(halfYearStart(d('2021-07-01')))).toBe('2021-07-01');
    expect(f(halfYearStart(d('2021-01-01')))).toBe('2021-01-01');
    expect(f(halfYearStart(d('2021-12-31')))).toBe('2021-07-01');
  });

  it('labels the halves 上半年 and 下半年', () => {
    expect(halfYearLabel(d('2021-01-01'))).toBe('2021年上半年');
    expect(halfYearLabel(d('2021-06-30'))).toBe('2021年上半年');
    expect(halfYearLabel(d('2021-07-01'))).toBe('2021年下半年');
    expect(halfYearLabel(d('2021-12-31'))).toBe('2021年下半年');
  });

  it('knows where each half starts and which comes next', () => {
    expect([d('2021-01-01'), d('2021-07-01'), d('2021-06-30'), d('2021-07-02'), d('2021-02-01')].map(isHalfYearStart)).toEqual([true, true, false, false, false]);
    expect(f(nextHalfYearStart(d('2021-06-30')))).toBe('2021-07-01');
    expect(f(nextHalfYearStart(d('2021-07-01')))).toBe('2022-01-01');
    expect(f(nextHalfYearStart(d('2021-12-31')))).toBe('2022-01-01');
  });
});
