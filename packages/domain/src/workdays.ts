// Working days on the Chinese calendar: Monday–Friday, minus public holidays, plus the weekend days
// made working days by the State Council's adjustments (调休上班). Deadlines promised in working days
// count from the day after the start, as the Civil Code counts periods.

import { dayFromParts, formatDay, parseDay, toParts, type Day } from '@rencai/engine';

export interface CalendarDay {
  date: string;
  /** true: a day off (holiday); false: a weekend day that is a working day. */
  isOffDay: boolean;
  name: string;
}

export class WorkCalendar {
  private readonly special = new Map<Day, boolean>();
  private readonly years = new Set<number>();

  constructor(days: Iterable<CalendarDay>, years: Iterable<number>) {
    for (const d of days) this.special.set(parseDay(d.date), d.isOffDay);
    for (const y of years) this.years.add(y);
  }

  /** Whether the State Council's arrangement for this year is known (later years: weekends only). */
  covers(year: number): boolean {
    return this.years.has(year);
  }

  isWorkday(day: Day): boolean {
    const off = this.special.get(day);
    if (off !== undefined) return !off;
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday !== 0 && weekday !== 6;
  }

  /** The day on which `n` working days after `start` end (n ≥ 0; 0 → start itself). */
  addWorkdays(start: Day, n: number): Day {
    let day = start;
    let left = n;
    while (left > 0) {
      day += 1;
      if (this.isWorkday(day)) left -= 1;
    }
    return day;
  }

  /** Working days in (from, to]: how many the clock has run between two dates. */
  workdaysBetween(from: Day, to: Day): number {
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (this.isWorkday(d)) n += 1;
    return n;
  }
}

export const dayOfYearStart = (year: number): Day => dayFromParts(year, 1, 1);
export { formatDay, toParts };
