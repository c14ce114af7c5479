// Calendar dates without time zones, and the periods the policies count in.
// A date is an integer day number (days since 1970-01-01); periods follow the Civil Code
// (民法典第二百零一条、第二百零二条): the first day is not counted, and a period of years or
// months ends on the corresponding day of the final month, or on its last day when there is none.

export type Day = number;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class DateFormatError extends Error {
  constructor(public readonly input: unknown) {
    super(`日期格式应为 YYYY-MM-DD 的有效日期，收到：${String(input)}`);
  }
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

// Integer conversions between day numbers and the proleptic Gregorian calendar (no Date objects,
// so batch evaluation allocates nothing for date arithmetic).
export function dayFromParts(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Parses a strict YYYY-MM-DD calendar date (rejects 2021-02-30). */
export function parseDay(s: unknown): Day {
  if (typeof s !== 'string') throw new DateFormatError(s);
  const m = DATE_RE.exec(s);
  if (!m) throw new DateFormatError(s);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new DateFormatError(s);
  return dayFromParts(y, mo, d);
}

export function isValidDateString(s: unknown): boolean {
  try {
    parseDay(s);
    return true;
  } catch {
    return false;
  }
}

export function toParts(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

// Explanations print the same few dates (as-of dates, parameter dates, a profile's dates) over and
// over: their text is kept (a bounded cache, emptied when full).
const dayTexts = new Map<Day, string>();

export function formatDay(day: Day): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    const p = toParts(day);
    text = `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    if (dayTexts.size >= 8192) dayTexts.clear();
    dayTexts.set(day, text);
  }
  return text;
}

export function yearOf(day: Day): number {
  return toParts(day).year;
}

/**
 * The last day of a period of `months` months that starts on `start` (民法典第二百零二条):
 * the corresponding day of the final month, or that month's last day when it has none.
 */
export function addMonths(start: Day, months: number): Day {
  const p = toParts(start);
  const total = p.year * 12 + (p.month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayFromParts(y, m, Math.min(p.day, daysInMonth(y, m)));
}

/** The last day of a period of `years` years starting on `start` ("满N年" is reached on this day). */
export function addYears(start: Day, years: number): Day {
  return addMonths(start, years * 12);
}

/** "满N年": at `at`, a period of N years counted from `start` has run its course. */
export function completedYears(start: Day, years: number, at: Day): boolean {
  return at >= addYears(start, years);
}

/** "N年内": `at` falls on or after `start` and on or before the period's last day. */
export function withinYears(start: Day, years: number, at: Day): boolean {
  return at >= start && at <= addYears(start, years);
}

/** First day of the half-year (上半年 1-1, 下半年 7-1) that contains `day`. */
export function halfYearStart(day: Day): Day {
  const p = toParts(day);
  return dayFromParts(p.year, p.month <= 6 ? 1 : 7, 1);
}

export function halfYearLabel(day: Day): string {
  const p = toParts(day);
  return `${p.year}年${p.month <= 6 ? '上' : '下'}半年`;
}

export function isHalfYearStart(day: Day): boolean {
  const p = toParts(day);
  return p.day === 1 && (p.month === 1 || p.month === 7);
}

export function nextHalfYearStart(day: Day): Day {
  return addMonths(halfYearStart(day), 6);
}
