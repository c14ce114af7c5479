// The generated kernels' calendar (civil dates from day numbers, anniversaries) against dates.ts,
// day by day across and beyond the years its tables cover.
import { describe, expect, it } from 'vitest';
import { addYears, dayFromParts, toParts } from '../dates.js';
import { kernelCalendar } from './program.js';

describe('the kernel calendar', () => {
  const cal = kernelCalendar();
  it('splits every day of 1890–2210 into the year, month and day dates.ts gives', () => {
    const bad: string[] = [];
    for (let d = dayFromParts(1890, 1, 1), end = dayFromParts(2210, 12, 31); d <= end; d++) {
      const p = toParts(d);
      const [y, m, dd] = cal.civil(d);
      if (y !== p.year || m !== p.month || dd !== p.day) bad.push(`${d}: ${y}-${m}-${dd} ≠ ${p.year}-${p.month}-${p.day}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
  it('gives addYears’ anniversary for every day of 1895–2205, 29 February falling on 28 February', () => {
    const bad: string[] = [];
    for (let d = dayFromParts(1895, 1, 1), end = dayFromParts(2205, 12, 31); d <= end; d += 1) {
      const p = toParts(d);
      for (const n of [1, 3]) if (cal.anniversary(p.year + n, p.month, p.day) !== addYears(d, n)) bad.push(`${p.year}-${p.month}-${p.day} + ${n}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
