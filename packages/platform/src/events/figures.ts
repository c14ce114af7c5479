// The events' figures: events, registrations, attendance and hires by source (the event's kind), by
// county and by month (of the event's start, China time), for the office; and the two series the work
// list reads (item 13.1): hires and attendance, each a dated row per person with the event's county.

import { regionName } from '@rencai/policies';
import type { Db, EventKind } from '@rencai/store';
import { chinaDate, chinaDayStart, isStaff, notFound, readDay, todayString, visibleRegions, type Caller, type Platform } from '../shared/index.js';
import { EVENT_KINDS } from './events.js';

export const EVENT_HIRES_DEFINITION =
  '活动招引人数：在本平台登记的招聘活动（专场招聘、云招聘、人才夜市、百校引才、高校行）中，报名人与参会企业岗位登记为“录用”的人次，按录用日期和活动所在县（市、区）统计；同一人被同一岗位录用只计一次，未在平台登记结果的录用不在其内。';
export const EVENT_ATTENDANCE_DEFINITION =
  '活动参与人次：在本平台发布的招聘活动和人才活动（人才活动日、人才沙龙、论坛、国情研修班、联谊会等）中已签到（扫码或名单签到）的报名人次，按签到日期（北京时间）和活动所在县（市、区）统计；未报名、未签到的到场人员不在其内。';


/** Offers (录用) recorded at recruitment events with the day in [from, to], one row each: the day and the event's county. */
export async function eventHires(db: Db, from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db
    .selectFrom('event_outcomes')
    .innerJoin('event_registrations as r', 'r.id', 'event_outcomes.registration_id')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['event_outcomes.on_day as on', 'e.region'])
    .where('event_outcomes.result', '=', 'offer')
    .where('event_outcomes.on_day', '>=', from)
    .where('event_outcomes.on_day', '<=', to)
    .orderBy('event_outcomes.on_day')
    .execute();
  return rows.map((r) => ({ on: r.on, region: r.region }));
}

/** Check-ins at events with the China-time day in [from, to], one row each: the day and the event's county. */
export async function eventAttendance(db: Db, from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['r.checked_in_at', 'e.region'])
    .where('r.checked_in_at', '>=', chinaDayStart(from))
    .where('r.checked_in_at', '<', chinaDayStart(to, 1))
    .orderBy('r.checked_in_at')
    .execute();
  return rows.map((r) => ({ on: chinaDate(r.checked_in_at!), region: r.region }));
}

export interface FigureRow { key: string; label: string; events: number; registrations: number; attended: number; hires: number }
export interface EventFigures { from: string; to: string; bySource: FigureRow[]; byRegion: FigureRow[]; byMonth: FigureRow[]; total: Omit<FigureRow, 'key' | 'label'>; hiresDefinition: string; attendanceDefinition: string }

/**
 * Events (published or ended; starting within [from, to], China time) in the caller's regions with
 * their registrations, check-ins and offers, by source (kind), by county and by month.
 */
export async function eventFigures(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<EventFigures> {
  if (!isStaff(c)) throw notFound('活动统计');
  const regions = visibleRegions(c);
  const year = todayString(p).slice(0, 4);
  const from = readDay(query.from) || `${year}-01-01`;
  const to = readDay(query.to) || `${year}-12-31`;
  const events = regions.length
    ? await p.db
        .selectFrom('events')
        .select(['id', 'kind', 'region', 'starts_at'])
        .where('region', 'in', regions)
        .where('state', 'in', ['published', 'ended'])
        .where('starts_at', '>=', chinaDayStart(from))
        .where('starts_at', '<', chinaDayStart(to, 1))
        .execute()
    : [];
  const ids = events.map((e) => e.id);
  const regs = ids.length ? await p.db.selectFrom('event_registrations').select(['id', 'event_id', 'checked_in_at']).where('event_id', 'in', ids).execute() : [];
  const offers = regs.length ? await p.db.selectFrom('event_outcomes').select(['registration_id']).where('result', '=', 'offer').where('registration_id', 'in', regs.map((r) => r.id)).execute() : [];
  const maps = { bySource: new Map<string, FigureRow>(), byRegion: new Map<string, FigureRow>(), byMonth: new Map<string, FigureRow>() };
  const total = { events: 0, registrations: 0, attended: 0, hires: 0 };
  const bump = (m: Map<string, FigureRow>, key: string, label: string, k: keyof typeof total) => {
    const row = m.get(key) ?? { key, label, events: 0, registrations: 0, attended: 0, hires: 0 };
    m.set(key, row);
    row[k] += 1;
  };
  for (const e of events) {
    const day = chinaDate(e.starts_at);
    const keys: Array<[Map<string, FigureRow>, string, string]> = [
      [maps.bySource, e.kind, EVENT_KINDS[e.kind as EventKind].label],
      [maps.byRegion, e.region, regionName(e.region)],
      [maps.byMonth, day.slice(0, 7), `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月`],
    ];
    const count = (k: keyof typeof total) => {
      total[k] += 1;
      for (const [m, key, label] of keys) bump(m, key, label, k);
    };
    count('events');
    for (const r of regs.filter((x) => x.event_id === e.id)) {
      count('registrations');
      if (r.checked_in_at) count('attended');
      const hires = offers.filter((o) => o.registration_id === r.id).length;
      for (let n = 0; n < hires; n += 1) count('hires');
    }
  }
  const kinds = Object.keys(EVENT_KINDS);
  return {
    from,
    to,
    bySource: [...maps.bySource.values()].sort((a, b) => kinds.indexOf(a.key) - kinds.indexOf(b.key)),
    byRegion: [...maps.byRegion.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    byMonth: [...maps.byMonth.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
    total,
    hiresDefinition: EVENT_HIRES_DEFINITION,
    attendanceDefinition: EVENT_ATTENDANCE_DEFINITION,
  };
}
