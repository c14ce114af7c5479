// Times shown in China Standard Time whatever the zone the code runs in.
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './time';

describe('formatDateTime', () => {
  it('shows a UTC instant in Asia/Shanghai, crossing midnight and month ends', () => {
    expect(formatDateTime('2026-11-30T16:36:00.000Z')).toBe('2026-12-01 00:36');
    expect(formatDateTime('2026-12-31T15:59:59Z')).toBe('2026-12-31 23:59');
    expect(formatDateTime('2026-12-31T16:00:00Z')).toBe('2027-01-01 00:00');
    expect(formatDateTime(new Date(Date.UTC(2026, 0, 1, 0, 5)))).toBe('2026-01-01 08:05');
    expect(formatDay('2026-11-30T16:36:00.000Z')).toBe('2026-12-01');
  });
  it('shows a dash for nothing or an unreadable value', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a time')).toBe('—');
    expect(formatDay('')).toBe('—');
  });
});
