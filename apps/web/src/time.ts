// Times as people in the city read them: every instant the API sends (stored and sent in UTC, ISO
// 8601) is shown in China Standard Time (Asia/Shanghai, UTC+8), whatever zone the browser or the
// server runs in. Calendar dates the API sends as YYYY-MM-DD (提交日, 办结期限, 生效日期) are days,
// not instants, and are shown as they are.

const ZONE = 'Asia/Shanghai';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function fields(at: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const out = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const p of parts.formatToParts(at)) if (p.type in out) out[p.type as keyof typeof out] = p.value;
  return out;
}

function toDate(value: string | Date | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "2026-11-30T16:36:00Z" → "2026-12-01 00:36" (China Standard Time); "—" when absent or unreadable. */
export function formatDateTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  if (!d) return '—';
  const f = fields(d);
  return `${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}`;
}

/** The calendar day in China of an instant: "2026-11-30T16:36:00Z" → "2026-12-01"; "—" when absent. */
export function formatDay(value: string | Date | null | undefined): string {
  const d = toDate(value);
  if (!d) return '—';
  const f = fields(d);
  return `${f.year}-${f.month}-${f.day}`;
}

/** Today's date in China (YYYY-MM-DD). */
export const todayInChina = (): string => formatDay(new Date());
