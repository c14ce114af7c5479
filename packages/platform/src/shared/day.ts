// Reading a calendar day typed by a user: 'YYYY-MM-DD', a real day of the calendar.

import { formatDay, parseDay } from '@rencai/engine';

/** The day as 'YYYY-MM-DD' (surrounding spaces ignored), or '' when it is not a real calendar day (2026-02-30, 2026-2-3, a number). */
export function readDay(v: unknown): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return '';
  try {
    return formatDay(parseDay(s)) === s ? s : '';
  } catch {
    return '';
  }
}
