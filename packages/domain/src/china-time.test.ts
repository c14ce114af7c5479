// China Standard Time from UTC instants: the day turns at 16:00 UTC, whatever the server's zone.
import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDayStart, chinaTime } from './china-time.js';

describe('China time', () => {
  it('turns the day at 16:00 UTC and shows minutes, or seconds when asked', () => {
    expect(chinaDate(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(chinaDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(chinaTime(new Date('2026-12-31T16:36:07Z'))).toBe('2027-01-01 00:36');
    expect(chinaTime(new Date('2026-12-31T16:36:07Z'), true)).toBe('2027-01-01 00:36:07');
  });

  it('begins a China day at 16:00 UTC the day before, across month and year ends', () => {
    expect(chinaDayStart('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(chinaDayStart('2026-12-31', 1).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(chinaDate(chinaDayStart('2028-02-29'))).toBe('2028-02-29');
    expect(chinaDate(new Date(chinaDayStart('2028-02-29', 1).getTime() - 1))).toBe('2028-02-29');
  });

  it('agrees with the time-zone database (Asia/Shanghai) across a year', () => {
    const tz = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * 3_600_000 + 13 * 60_000 + 7_000) {
      const d = new Date(t);
      expect(chinaTime(d, true)).toBe(tz.format(d));
    }
  });
});
