// Instants as people in the city read them: China Standard Time (UTC+8 all year, no summer time),
// whatever zone the server runs in. Stored instants are UTC; calendar days are 'YYYY-MM-DD'.

const UTC_PLUS_8 = 8 * 3_600_000;

const shifted = (d: Date) => new Date(d.getTime() + UTC_PLUS_8).toISOString();

/** The calendar day in China an instant falls on: 'YYYY-MM-DD'. */
export const chinaDate = (d: Date): string => shifted(d).slice(0, 10);

/** An instant as China time: 'YYYY-MM-DD HH:mm' (with ':ss' when `withSeconds`). */
export const chinaTime = (d: Date, withSeconds = false): string => shifted(d).slice(0, withSeconds ? 19 : 16).replace('T', ' ');

/** The instant a China calendar day ('YYYY-MM-DD') begins, `plusDays` later: the bounds of a range of days. */
export const chinaDayStart = (day: string, plusDays = 0): Date => new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000 - UTC_PLUS_8);
