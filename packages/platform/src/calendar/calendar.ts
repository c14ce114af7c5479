// The working-day calendar in the database: seeded from the State Council arrangements shipped in
// @rencai/domain (2019–2026), editable by administrators (a later year is added when published).

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorkCalendar, type CalendarDay } from '@rencai/domain';
import { isValidDateString } from '@rencai/engine';
import { appendAudit, type Db } from '@rencai/store';
import { fieldError, actorOf, type AccountActor } from '../shared/index.js';

const DATA = fileURLToPath(new URL('../../../domain/data/holidays-cn/', import.meta.url));

export function shippedCalendar(): Array<{ year: number; papers: string[]; days: CalendarDay[] }> {
  return readdirSync(DATA)
    .filter((n) => /^\d{4}\.json$/.test(n))
    .map((n) => JSON.parse(readFileSync(DATA + n, 'utf8')) as { year: number; papers: string[]; days: CalendarDay[] });
}

export async function seedCalendar(db: Db): Promise<void> {
  const known = new Set((await db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year));
  for (const y of shippedCalendar()) {
    if (known.has(y.year)) continue;
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('calendar_years').values({ year: y.year, source: y.papers.join(' ') }).onConflict((oc) => oc.doNothing()).execute();
      if (y.days.length) {
        await trx
          .insertInto('calendar_days')
          .values(y.days.map((d) => ({ date: d.date, off_day: d.isOffDay, name: d.name })))
          .onConflict((oc) => oc.column('date').doNothing())
          .execute();
      }
    });
  }
}

export async function loadCalendar(db: Db): Promise<WorkCalendar> {
  const days = await db.selectFrom('calendar_days').selectAll().execute();
  const years = await db.selectFrom('calendar_years').select('year').execute();
  return new WorkCalendar(
    days.map((d) => ({ date: d.date, isOffDay: d.off_day, name: d.name })),
    years.map((y) => y.year),
  );
}

/** An administrator adds or corrects a year's arrangement (the State Council notice of that year); audited with the days before and after. */
export async function setCalendarYear(db: Db, year: number, source: string, days: CalendarDay[], actor?: AccountActor): Promise<WorkCalendar> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw fieldError('year', '年份应为 2000–2100 的整数');
  if (typeof source !== 'string' || !source.trim()) throw fieldError('source', '请填写国务院办公厅通知的出处');
  if (!Array.isArray(days)) throw fieldError('days', '应为日期列表：[{date, isOffDay, name}]');
  days.forEach((d, i) => {
    if (typeof d !== 'object' || d === null) throw fieldError(`days[${i}]`, '应为 {date, isOffDay, name}');
    if (!isValidDateString(d.date) || !d.date.startsWith(String(year))) throw fieldError(`days[${i}].date`, `应为 ${year} 年内的有效日期`);
    if (typeof d.isOffDay !== 'boolean') throw fieldError(`days[${i}].isOffDay`, '应为 true（放假）或 false（调休上班）');
  });
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('calendar_days').selectAll().where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).orderBy('date').execute();
    const beforeSource = await trx.selectFrom('calendar_years').select('source').where('year', '=', year).executeTakeFirst();
    await trx.deleteFrom('calendar_days').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
    if (days.length) await trx.insertInto('calendar_days').values(days.map((d) => ({ date: d.date, off_day: d.isOffDay, name: d.name || '节假日' }))).execute();
    await trx.insertInto('calendar_years').values({ year, source }).onConflict((oc) => oc.column('year').doUpdateSet({ source })).execute();
    const a = actorOf(actor);
    const brief = (d: { date: string; off: boolean; name: string }) => `${d.date}${d.off ? '休' : '班'}${d.name}`;
    await appendAudit(trx, {
      actorId: a.actorId,
      actorRole: a.actorRole,
      action: 'calendar.set',
      entity: 'calendar_year',
      entityId: year,
      detail: {
        ...a.detail,
        source,
        previousSource: beforeSource?.source ?? null,
        before: before.map((d) => brief({ date: d.date, off: d.off_day, name: d.name })),
        after: days.map((d) => brief({ date: d.date, off: d.isOffDay, name: d.name || '节假日' })),
      },
    });
  });
  return loadCalendar(db);
}
