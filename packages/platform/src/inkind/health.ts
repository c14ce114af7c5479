// 医疗保健 (art. 22–23): partner hospitals (card partners providing 医疗绿色通道) publish dated
// health-check / green-channel slots with a capacity; a talent whose card level opens the service
// (or whom art. 22 gives city-level 医疗保健) books one — never above capacity, however many book at
// once (a guarded increment under the row's lock, and a check constraint) — or cancels; the
// hospital's verifier sees its own bookings only and marks one attended, recorded as a card use.

import { appendAudit } from '@rencai/store';
import { isValidDateString } from '@rencai/engine';
import { type Platform, type Caller, badInput, conflict, forbidden, isUniqueViolation, notFound, todayString, type FieldError } from '../shared/index.js';
import { personRow } from '../registry/index.js';
import { maskName, partnerOfCaller, partnersOffering, recordServiceUse } from '../cards/index.js';
import { serviceOpenFor, talentPerson, text } from './standing.js';

const SERVICE = 'medical_green_channel' as const;
const BOOKING_TEXT = { booked: '已预约', cancelled: '已取消', attended: '已就诊' } as const;

async function hospitalOf(p: Platform, c: Caller) {
  const partner = await partnerOfCaller(p, c);
  if (!(partner.services as string[]).includes(SERVICE)) throw forbidden('本单位不提供医疗绿色通道服务');
  return partner;
}

export interface SlotView {
  id: number;
  partner: string;
  partnerName: string;
  day: string;
  period: string;
  capacity: number;
  booked: number;
  left: number;
}

/** A hospital's verifier publishes a slot (day, time period, capacity). */
export async function publishSlot(p: Platform, c: Caller, input: { day?: unknown; period?: unknown; capacity?: unknown }): Promise<SlotView> {
  const partner = await hospitalOf(p, c);
  const errors: FieldError[] = [];
  const day = typeof input.day === 'string' && isValidDateString(input.day) ? input.day : null;
  if (!day) errors.push({ path: 'day', message: '日期应为 YYYY-MM-DD' });
  else if (day < todayString(p)) errors.push({ path: 'day', message: '不能发布过去日期的号源' });
  const period = text(input.period, 1, 30);
  if (!period) errors.push({ path: 'period', message: '请填写时段（如 08:30–10:00）' });
  if (!Number.isInteger(input.capacity) || (input.capacity as number) < 1 || (input.capacity as number) > 1000) errors.push({ path: 'capacity', message: '名额应为 1–1000 的整数' });
  if (errors.length) throw badInput(errors);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('inkind_health_slots').values({ partner: partner.code, day: day!, period: period!, capacity: input.capacity as number, created_by: c.userId }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.health.slot', entity: 'health_slot', entityId: r.id, region: partner.region, detail: { day, period, capacity: r.capacity } });
      return r;
    });
    return { id: row.id, partner: partner.code, partnerName: partner.name, day: row.day, period: row.period, capacity: row.capacity, booked: row.booked, left: row.capacity - row.booked };
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput([{ path: 'period', message: `${day} 的时段「${period}」已发布` }]);
    throw e;
  }
}

/** Slots from today on: a talent sees every partner hospital's; a hospital's verifier its own. */
export async function listSlots(p: Platform, c: Caller): Promise<SlotView[]> {
  let q = p.db.selectFrom('inkind_health_slots').selectAll().where('day', '>=', todayString(p));
  let names: Map<string, string>;
  if (c.role === 'partner_verifier') {
    const partner = await hospitalOf(p, c);
    q = q.where('partner', '=', partner.code);
    names = new Map([[partner.code, partner.name]]);
  } else if (c.role === 'talent') {
    names = new Map((await partnersOffering(p, SERVICE)).map((x) => [x.code, x.name]));
  } else throw forbidden('只有人才本人和合作医院核验员可以查看号源');
  const rows = await q.orderBy('day').orderBy('period').limit(500).execute();
  return rows.map((r) => ({ id: r.id, partner: r.partner, partnerName: names.get(r.partner) ?? r.partner, day: r.day, period: r.period, capacity: r.capacity, booked: r.booked, left: r.capacity - r.booked }));
}

export interface BookingView {
  id: number;
  slotId: number;
  partnerName: string;
  day: string;
  period: string;
  status: 'booked' | 'cancelled' | 'attended';
  statusText: string;
  /** For the hospital: the masked name only. */
  maskedName?: string;
  bookedAt: string;
}

/** The talent books a slot: refused when full (409), when already booked, or when the service is not open to them. */
export async function bookSlot(p: Platform, c: Caller, slotId: number): Promise<BookingView> {
  const person = await talentPerson(p, c);
  const slot = await p.db.selectFrom('inkind_health_slots').selectAll().where('id', '=', Number.isSafeInteger(slotId) ? slotId : -1).executeTakeFirst();
  if (!slot) throw notFound('该号源');
  if (slot.day < todayString(p)) throw conflict('该号源日期已过');
  const open = await serviceOpenFor(p, person, SERVICE);
  if (!open.open) throw forbidden(`不享受医疗绿色通道服务：${open.reason}`);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const taken = await trx.updateTable('inkind_health_slots').set((eb) => ({ booked: eb('booked', '+', 1) })).where('id', '=', slot.id).whereRef('booked', '<', 'capacity').returning('booked').executeTakeFirst();
      if (!taken) throw conflict(`${slot.day} ${slot.period} 的号源已约满`);
      const b = await trx.insertInto('inkind_health_bookings').values({ slot_id: slot.id, person_id: person.id }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.health.book', entity: 'health_booking', entityId: b.id, region: person.region, detail: { slot: slot.id, partner: slot.partner } });
      return b;
    });
    const names = new Map((await partnersOffering(p, SERVICE)).map((x) => [x.code, x.name]));
    return { id: row.id, slotId: slot.id, partnerName: names.get(slot.partner) ?? slot.partner, day: slot.day, period: slot.period, status: row.status, statusText: BOOKING_TEXT[row.status], bookedAt: new Date(row.booked_at).toISOString() };
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('您已预约该时段，无需重复预约');
    throw e;
  }
}

const bookingsQuery = (p: Platform) =>
  p.db
    .selectFrom('inkind_health_bookings')
    .innerJoin('inkind_health_slots', 'inkind_health_slots.id', 'inkind_health_bookings.slot_id')
    .select(['inkind_health_bookings.id', 'inkind_health_bookings.slot_id', 'inkind_health_bookings.person_id', 'inkind_health_bookings.status', 'inkind_health_bookings.booked_at', 'inkind_health_slots.partner', 'inkind_health_slots.day', 'inkind_health_slots.period']);

/** The talent's own bookings, newest first. */
export async function myBookings(p: Platform, c: Caller): Promise<BookingView[]> {
  const person = await talentPerson(p, c);
  const rows = await bookingsQuery(p).where('inkind_health_bookings.person_id', '=', person.id).orderBy('inkind_health_bookings.id', 'desc').limit(200).execute();
  const names = new Map((await partnersOffering(p, SERVICE)).map((x) => [x.code, x.name]));
  return rows.map((r) => ({ id: r.id, slotId: r.slot_id, partnerName: names.get(r.partner) ?? r.partner, day: r.day, period: r.period, status: r.status, statusText: BOOKING_TEXT[r.status], bookedAt: new Date(r.booked_at).toISOString() }));
}

/** The talent cancels their booking (before its day ends); the place is freed. */
export async function cancelBooking(p: Platform, c: Caller, id: number): Promise<{ id: number; status: 'cancelled' }> {
  const person = await talentPerson(p, c);
  const b = await bookingsQuery(p).where('inkind_health_bookings.id', '=', Number.isSafeInteger(id) ? id : -1).where('inkind_health_bookings.person_id', '=', person.id).executeTakeFirst();
  if (!b) throw notFound('该预约');
  if (b.status !== 'booked') throw conflict(`该预约${BOOKING_TEXT[b.status]}，不能取消`);
  if (b.day < todayString(p)) throw conflict('该预约日期已过，不能取消');
  await p.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('inkind_health_bookings').set({ status: 'cancelled', cancelled_at: new Date() }).where('id', '=', b.id).where('status', '=', 'booked').returning('id').executeTakeFirst();
    if (!done) throw conflict('该预约已变化，请刷新');
    await trx.updateTable('inkind_health_slots').set((eb) => ({ booked: eb('booked', '-', 1) })).where('id', '=', b.slot_id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.health.cancel', entity: 'health_booking', entityId: b.id, region: person.region, detail: { slot: b.slot_id } });
  });
  return { id: b.id, status: 'cancelled' };
}

/** The hospital's bookings (its own only), with the talent's masked name. */
export async function hospitalBookings(p: Platform, c: Caller): Promise<BookingView[]> {
  const partner = await hospitalOf(p, c);
  const rows = await bookingsQuery(p).where('inkind_health_slots.partner', '=', partner.code).where('inkind_health_slots.day', '>=', todayString(p)).orderBy('inkind_health_slots.day').orderBy('inkind_health_slots.period').orderBy('inkind_health_bookings.id').limit(500).execute();
  const out: BookingView[] = [];
  for (const r of rows) {
    const person = await personRow(p.db, r.person_id);
    out.push({ id: r.id, slotId: r.slot_id, partnerName: partner.name, day: r.day, period: r.period, status: r.status, statusText: BOOKING_TEXT[r.status], maskedName: maskName(person?.name ?? ''), bookedAt: new Date(r.booked_at).toISOString() });
  }
  return out;
}

/** The hospital marks a booking attended; the visit is recorded as a use of the talent's card (once). */
export async function markAttended(p: Platform, c: Caller, id: number): Promise<{ id: number; status: 'attended'; cardUseRecorded: boolean }> {
  const partner = await hospitalOf(p, c);
  const b = await bookingsQuery(p).where('inkind_health_bookings.id', '=', Number.isSafeInteger(id) ? id : -1).where('inkind_health_slots.partner', '=', partner.code).executeTakeFirst();
  if (!b) throw notFound('该预约');
  if (b.status === 'cancelled') throw conflict('该预约已取消');
  if (b.status === 'booked') {
    await p.db.transaction().execute(async (trx) => {
      await trx.updateTable('inkind_health_bookings').set({ status: 'attended', attended_at: new Date(), attended_by: c.userId }).where('id', '=', b.id).where('status', '=', 'booked').execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.health.attend', entity: 'health_booking', entityId: b.id, region: partner.region, detail: { slot: b.slot_id } });
    });
  }
  // The card use, once per booking (its request id), also when the mark is sent again.
  const used = await recordServiceUse(p, c, b.person_id, SERVICE, `health-booking-${b.id}`);
  return { id: b.id, status: 'attended', cardUseRecorded: used !== null };
}
