import { describe, expect, it } from 'vitest';
import { addYears, completedYears, formatDay, halfYearLabel, halfYearStart, parseDay, withinYears } from './dates.js';

const d = parseDay;

describe('calendar dates', () => {
  it('parses strict YYYY-MM-DD and rejects impossible dates', () => {
    expect(formatDay(d('2020-02-29'))).toBe('2020-02-29');
    for (const bad of ['2021-02-29', '2021-13-01', '2021-1-5', '2021/01/05', '', '2021-04-31', 20210105]) expect(() => d(bad)).toThrow(/YYYY-MM-DD/);
  });
});

describe('periods (民法典第二百零一、二百零二条)', () => {
  it('“满一年” is reached on the corresponding day, not the day before', () => {
    expect(completedYears(d('2020-05-10'), 1, d('2021-05-09'))).toBe(false);
    expect(completedYears(d('2020-05-10'), 1, d('2021-05-10'))).toBe(true);
  });
  it('a period from 29 February ends on the last day of February', () => {
    expect(formatDay(addYears(d('2020-02-29'), 1))).toBe('2021-02-28');
    expect(formatDay(addYears(d('2020-02-29'), 4))).toBe('2024-02-29');
  });
  it('“五年内” includes the last day, “十年内” likewise, and not the day after', () => {
    expect(withinYears(d('2020-05-01'), 5, d('2025-05-01'))).toBe(true);
    expect(withinYears(d('2020-05-01'), 5, d('2025-05-02'))).toBe(false);
    expect(withinYears(d('2021-03-15'), 10, d('2031-03-15'))).toBe(true);
    expect(withinYears(d('2021-03-15'), 10, d('2031-03-16'))).toBe(false);
    expect(withinYears(d('2021-03-15'), 10, d('2021-03-14'))).toBe(false);
  });
});

describe('half-years', () => {
  it('30 June and 1 July fall in different halves', () => {
    expect(formatDay(halfYearStart(d('2021-06-30')))).toBe('2021-01-01');
    expect(formatDay(halfYearStart(d('2021-07-01')))).toBe('2021-07-01');
    expect(halfYearLabel(d('2021-06-30'))).toBe('2021年上半年');
    expect(halfYearLabel(d('2021-12-31'))).toBe('2021年下半年');
  });
});
