// Allocation and tenancy of a talent apartment: a housing clerk offers an available unit to the
// head of its region's waiting list (or to another entry, with a reason); the talent accepts or
// declines; the clerk records the move-in — from that day the registry fact 租住人才公寓
// (person.talentApartment) holds, so the rent subsidy rule sees it — and later the end of the
// tenancy (购房/离职/期满/其他), from which day the fact no longer holds and the unit is available again.
//
// States of a tenancy: offered (已配租待确认) → accepted (已接受待入住) → active (已入住) → ended (已退租);
// offered → declined (已放弃). Each step is one transaction, audited, tells the talent, and taken
// again gives the same answer (idempotent); the database keeps one live tenancy per unit and per
// person, so of two clerks offering one unit at the same moment one succeeds and the other is told.

import { formatDay, parseDay } from '@rencai/engine';
import { regionName } from '@rencai/policies';
import { appendAudit, type ApartmentTenanciesTable, type DB, type Db, type Selectable, type TenancyEndKind, type TenancyStatus, type Transaction } from '@rencai/store';
import { type Platform, type Caller, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, todayString, visibleRegions } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { inKindEligibility, listApplications } from '../applications/index.js';
import { personRow, recordTalentApartment } from '../registry/index.js';
import { apartmentView, loadApartment, requireHousingClerk, requireHousingReader, type ApartmentRow, type ApartmentView } from './stock.js';
import { APARTMENT_MATTER_CODE, DECLINES_ALLOWED, loadWaitlistEntry, myWaitlistEntry, syncWaitlist, waitingIn, waitlistOrder, waitlistView, type WaitlistView } from './waitlist.js';

type TenancyRow = Selectable<ApartmentTenanciesTable>;
type Q = Db | Transaction<DB>;

export const TENANCY_STATUS_TEXT: Record<TenancyStatus, string> = { offered: '已配租，待本人确认', declined: '已放弃', accepted: '已接受，待入住', active: '已入住', ended: '已退租' };
export const END_KIND_TEXT: Record<TenancyEndKind, string> = { purchase: '购房', resigned: '离职', expired: '期满', other: '其他' };
const LIVE: TenancyStatus[] = ['offered', 'accepted', 'active'];

export interface TenancyView {
  id: number;
  status: TenancyStatus;
  statusText: string;
  personId: number;
  personName: string;
  apartment: ApartmentView;
  offeredAt: string;
  outOfOrderReason: string | null;
  declineReason: string | null;
  moveIn: string | null;
  endedOn: string | null;
  endKind: TenancyEndKind | null;
  endKindText: string | null;
  endNote: string | null;
}

async function tenancyView(db: Q, t: TenancyRow): Promise<TenancyView> {
  const unit = await db.selectFrom('apartments').selectAll().where('id', '=', t.apartment_id).executeTakeFirstOrThrow();
  const person = await db.selectFrom('apartment_waitlist').select('person_id').where('id', '=', t.waitlist_id).executeTakeFirstOrThrow();
  return {
    id: t.id,
    status: t.status,
    statusText: TENANCY_STATUS_TEXT[t.status],
    personId: person.person_id,
    personName: (await personRow(db, person.person_id))?.name ?? '',
    apartment: apartmentView(unit),
    offeredAt: new Date(t.offered_at).toISOString(),
    outOfOrderReason: t.out_of_order_reason,
    declineReason: t.decline_reason,
    moveIn: t.move_in,
    endedOn: t.ended_on,
    endKind: t.end_kind,
    endKindText: t.end_kind ? END_KIND_TEXT[t.end_kind] : null,
    endNote: t.end_note,
  };
}

const unitWords = (u: ApartmentRow) => `${regionName(u.region)}${u.project} ${u.unit_no}（${apartmentView(u).areaText}，${u.rooms} 室，月租金 ${apartmentView(u).rentText.replace('/月', '')}）`;

/** A tenancy the caller may see: a housing clerk within their regions, the talent their own; otherwise 404. */
async function loadTenancy(p: Platform, c: Caller, id: number, db: Q = p.db): Promise<TenancyRow> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该配租记录');
  let q = db.selectFrom('apartment_tenancies').selectAll().where('id', '=', id);
  if (c.role === 'talent') q = q.where('person_id', '=', c.personId ?? -1);
  else {
    requireHousingReader(c);
    const regions = visibleRegions(c);
    q = q.where('region', 'in', regions.length ? regions : ['-']);
  }
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('该配租记录（或无权查看）');
  return row;
}

const liveOfUnit = (db: Q, apartmentId: number) => db.selectFrom('apartment_tenancies').selectAll().where('apartment_id', '=', apartmentId).where('status', 'in', LIVE).executeTakeFirst();

/**
 * Offers an available unit to the head of its region's waiting list, or (`waitlistId`) to another
 * entry there with a reason. The same offer again (the same entry named, or the same clerk offering
 * to the head) answers with the tenancy already made; a unit offered by someone else, or not
 * available, is a 409.
 */
export async function offerApartment(p: Platform, c: Caller, apartmentId: number, input: { waitlistId?: unknown; reason?: unknown } = {}): Promise<TenancyView> {
  requireHousingClerk(c);
  await syncWaitlist(p);
  const unit = await loadApartment(p, c, apartmentId);
  const order = waitlistOrder(todayString(p));
  const queue = await waitingIn(p.db, unit.region, order);
  let entryId: number;
  let reason: string | null = null;
  if (input.waitlistId === undefined || input.waitlistId === null || input.waitlistId === '') {
    const live = await liveOfUnit(p.db, unit.id);
    // The same clerk sending the same offer again: the tenancy they made.
    if (live && live.status === 'offered' && live.offered_by === c.userId) return tenancyView(p.db, live);
    if (live) throw conflict(`该房源已配租（${TENANCY_STATUS_TEXT[live.status]}），不能再配租`);
    if (!queue.length) throw conflict(`${regionName(unit.region)}人才公寓轮候名单中暂无轮候人员`);
    entryId = queue[0]!.id;
  } else {
    const id = Number(input.waitlistId);
    if (!Number.isSafeInteger(id) || id <= 0) throw fieldError('waitlistId', '请选择轮候名单中的人才');
    const entry = await loadWaitlistEntry(p, c, id).catch(() => {
      throw fieldError('waitlistId', '轮候名单中没有该记录（或不在您的管辖范围）');
    });
    // The same offer again: the tenancy already made.
    const live = await liveOfUnit(p.db, unit.id);
    if (live && live.waitlist_id === entry.id) return tenancyView(p.db, live);
    if (live) throw conflict(`该房源已配租（${TENANCY_STATUS_TEXT[live.status]}），不能再配租`);
    if (entry.region !== unit.region) throw fieldError('waitlistId', `该人才在${regionName(entry.region)}轮候，房源在${regionName(unit.region)}，不能跨地区配租`);
    if (entry.status !== 'waiting') throw fieldError('waitlistId', '该人才当前不在轮候中（已配租或已移出名单）');
    if (queue[0]?.id !== entry.id) {
      reason = typeof input.reason === 'string' ? input.reason.trim() : '';
      if (reason.length < 4 || reason.length > 200) throw fieldError('reason', '未按轮候顺序配租（不是排第一位的人才），须写明理由（4–200 个字）');
    }
    entryId = entry.id;
  }
  if (unit.status !== 'available') throw conflict(`该房源当前${apartmentView(unit).statusText}，不能配租`);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      // Conditional updates: of two offers at once, only one finds the unit available and the entry waiting.
      const u = await trx.updateTable('apartments').set((eb) => ({ status: 'offered', version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', unit.id).where('status', '=', 'available').returningAll().executeTakeFirst();
      if (!u) throw conflict('该房源刚被他人配租，请刷新后再试');
      const e = await trx.updateTable('apartment_waitlist').set({ status: 'offered' }).where('id', '=', entryId).where('status', '=', 'waiting').returningAll().executeTakeFirst();
      if (!e) throw conflict('该人才刚被配租其他房源，请刷新后再试');
      const t = await trx.insertInto('apartment_tenancies').values({ apartment_id: u.id, waitlist_id: e.id, person_id: e.person_id, region: u.region, offered_by: c.userId, out_of_order_reason: reason }).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'apartment.offer', entity: 'apartment_tenancy', entityId: t.id, region: u.region, detail: { apartmentId: u.id, waitlistId: e.id, personId: e.person_id, outOfOrderReason: reason } });
      await sendMessages(trx, [{ personId: e.person_id, applicationId: e.application_id, text: `人才公寓配租通知：为您配租 ${unitWords(u)}。请在“我的人才公寓”中确认接受或放弃。` }]);
      return t.id;
    });
    return tenancyView(p.db, await p.db.selectFrom('apartment_tenancies').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该房源或该人才刚被他人配租，请刷新后再试');
    throw e;
  }
}

/** The talent accepts the unit offered to them (again: the same answer). */
export async function acceptOffer(p: Platform, c: Caller, id: number): Promise<TenancyView> {
  if (c.role !== 'talent') throw forbidden('只有人才本人可以接受配租');
  const t = await loadTenancy(p, c, id);
  if (t.status === 'accepted' || t.status === 'active') return tenancyView(p.db, t);
  if (t.status !== 'offered') throw conflict(`该配租${TENANCY_STATUS_TEXT[t.status]}，不能接受`);
  await p.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('apartment_tenancies').set((eb) => ({ status: 'accepted', answered_at: new Date(), version: eb('version', '+', 1) })).where('id', '=', t.id).where('status', '=', 'offered').returningAll().executeTakeFirst();
    if (!row) throw conflict('该配租已处理，请刷新');
    await trx.updateTable('apartment_waitlist').set({ status: 'housed' }).where('id', '=', t.waitlist_id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'apartment.accept', entity: 'apartment_tenancy', entityId: t.id, region: t.region, detail: { apartmentId: t.apartment_id } });
    await sendMessages(trx, [{ personId: t.person_id, text: '您已接受人才公寓配租，请按通知办理入住手续，入住日期由经办人员登记。' }]);
  });
  return tenancyView(p.db, await loadTenancy(p, c, id));
}

/** The talent declines: the unit is available again; the first decline keeps their place on the list, the second removes them. */
export async function declineOffer(p: Platform, c: Caller, id: number, input: { reason?: unknown } = {}): Promise<TenancyView> {
  if (c.role !== 'talent') throw forbidden('只有人才本人可以放弃配租');
  const t = await loadTenancy(p, c, id);
  if (t.status === 'declined') return tenancyView(p.db, t);
  if (t.status !== 'offered') throw conflict(`该配租${TENANCY_STATUS_TEXT[t.status]}，不能放弃`);
  const reason = typeof input.reason === 'string' && input.reason.trim() ? input.reason.trim().slice(0, 200) : null;
  await p.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('apartment_tenancies').set((eb) => ({ status: 'declined', answered_at: new Date(), decline_reason: reason, version: eb('version', '+', 1) })).where('id', '=', t.id).where('status', '=', 'offered').returningAll().executeTakeFirst();
    if (!row) throw conflict('该配租已处理，请刷新');
    await trx.updateTable('apartments').set((eb) => ({ status: 'available', version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', t.apartment_id).where('status', '=', 'offered').execute();
    const entry = await trx.selectFrom('apartment_waitlist').selectAll().where('id', '=', t.waitlist_id).executeTakeFirstOrThrow();
    const removed = entry.declines + 1 > DECLINES_ALLOWED;
    await trx
      .updateTable('apartment_waitlist')
      .set({ status: removed ? 'removed' : 'waiting', declines: entry.declines + 1, end_reason: removed ? `第 ${entry.declines + 1} 次放弃配租，移出轮候名单` : null })
      .where('id', '=', entry.id)
      .execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'apartment.decline', entity: 'apartment_tenancy', entityId: t.id, region: t.region, detail: { apartmentId: t.apartment_id, reason, removed } });
    await sendMessages(trx, [{ personId: t.person_id, text: removed ? '您已再次放弃人才公寓配租，已移出轮候名单；如仍需租住，可重新申请。' : '您已放弃本次人才公寓配租，仍按原顺序轮候（再次放弃将移出轮候名单）。' }]);
  });
  return tenancyView(p.db, await loadTenancy(p, c, id));
}

function readDay(v: unknown, path: string, label: string): string {
  try {
    return formatDay(parseDay(v));
  } catch {
    throw fieldError(path, `${label}应为 YYYY-MM-DD 格式的日期`);
  }
}

/** The clerk records the move-in: the unit is occupied and the registry fact holds from that day (the same day again: the same answer). */
export async function recordMoveIn(p: Platform, c: Caller, id: number, input: { date?: unknown } = {}): Promise<TenancyView> {
  requireHousingClerk(c);
  const t = await loadTenancy(p, c, id); // outside the caller's scope: 404 before anything about the body
  const date = readDay(input.date, 'date', '入住日期');
  if (t.status === 'active' && t.move_in === date) return tenancyView(p.db, t);
  if (t.status !== 'accepted') throw conflict(t.status === 'offered' ? '人才本人尚未接受配租，不能登记入住' : `该配租${TENANCY_STATUS_TEXT[t.status]}，不能登记入住`);
  if (parseDay(date) > p.today() + 90) throw fieldError('date', '入住日期不能晚于今天起 90 天');
  await p.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('apartment_tenancies').set((eb) => ({ status: 'active', move_in: date, version: eb('version', '+', 1) })).where('id', '=', t.id).where('status', '=', 'accepted').returningAll().executeTakeFirst();
    if (!row) throw conflict('该配租已处理，请刷新');
    await trx.updateTable('apartments').set((eb) => ({ status: 'occupied', version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', t.apartment_id).execute();
    await recordTalentApartment(trx, c, t.person_id, { tenancyId: t.id, from: date }, `人才公寓入住（配租记录 #${t.id}）`);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'apartment.move_in', entity: 'apartment_tenancy', entityId: t.id, region: t.region, detail: { apartmentId: t.apartment_id, moveIn: date } });
    await sendMessages(trx, [{ personId: t.person_id, text: `已登记您于 ${date} 入住人才公寓。租住人才公寓期间不享受租房补助（衢委发〔2020〕7号第20条）。` }]);
  });
  return tenancyView(p.db, await loadTenancy(p, c, id));
}

/** The clerk ends the tenancy: the unit is available again, the registry fact no longer holds from that day (the same again: the same answer). */
export async function endTenancy(p: Platform, c: Caller, id: number, input: { date?: unknown; kind?: unknown; note?: unknown } = {}): Promise<TenancyView> {
  requireHousingClerk(c);
  const t = await loadTenancy(p, c, id); // outside the caller's scope: 404 before anything about the body
  const errors = [];
  let date = '';
  try {
    date = readDay(input.date, 'date', '退租日期');
  } catch {
    errors.push({ path: 'date', message: '退租日期应为 YYYY-MM-DD 格式的日期' });
  }
  const kind = input.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(END_KIND_TEXT, kind)) errors.push({ path: 'kind', message: `请选择退租原因：${Object.values(END_KIND_TEXT).join('、')}` });
  const note = typeof input.note === 'string' ? input.note.trim().slice(0, 200) : '';
  if (kind === 'other' && note.length < 2) errors.push({ path: 'note', message: '退租原因为“其他”时须写明说明' });
  if (errors.length) throw badInput(errors);
  if (t.status === 'ended' && t.ended_on === date && t.end_kind === kind) return tenancyView(p.db, t);
  if (t.status !== 'active') throw conflict(`该配租${TENANCY_STATUS_TEXT[t.status]}，不能办理退租`);
  if (date < t.move_in!) throw fieldError('date', `退租日期不能早于入住日期 ${t.move_in}`);
  await p.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('apartment_tenancies').set((eb) => ({ status: 'ended', ended_on: date, end_kind: kind as TenancyEndKind, end_note: note || null, version: eb('version', '+', 1) })).where('id', '=', t.id).where('status', '=', 'active').returningAll().executeTakeFirst();
    if (!row) throw conflict('该配租已处理，请刷新');
    await trx.updateTable('apartments').set((eb) => ({ status: 'available', version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', t.apartment_id).execute();
    await trx.updateTable('apartment_waitlist').set({ status: 'left', end_reason: `退租（${END_KIND_TEXT[kind as TenancyEndKind]}）` }).where('id', '=', t.waitlist_id).execute();
    await recordTalentApartment(trx, c, t.person_id, { tenancyId: t.id, to: date }, `人才公寓退租（${END_KIND_TEXT[kind as TenancyEndKind]}，配租记录 #${t.id}）`);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'apartment.end', entity: 'apartment_tenancy', entityId: t.id, region: t.region, detail: { apartmentId: t.apartment_id, endedOn: date, kind, note: note || null } });
    await sendMessages(trx, [{ personId: t.person_id, text: `已登记您的人才公寓于 ${date} 退租（${END_KIND_TEXT[kind as TenancyEndKind]}）。自该日起不再计为租住人才公寓。` }]);
  });
  return tenancyView(p.db, await loadTenancy(p, c, id));
}

/** Tenancies in the caller's regions (live first), for the housing clerk. */
export async function listTenancies(p: Platform, c: Caller, q: { all?: unknown } = {}): Promise<TenancyView[]> {
  requireHousingReader(c);
  const regions = visibleRegions(c);
  let sel = p.db.selectFrom('apartment_tenancies').selectAll().where('region', 'in', regions.length ? regions : ['-']);
  if (!(q.all === true || q.all === 'true')) sel = sel.where('status', 'in', LIVE);
  const rows = await sel.orderBy('id', 'desc').limit(500).execute();
  const out: TenancyView[] = [];
  for (const r of rows) out.push(await tenancyView(p.db, r));
  return out;
}

export interface MyApartment {
  /** The talent's latest application of 人才公寓申租 (state in words), if any. */
  application: { id: number; state: string; stateLabel: string } | null;
  /** Whether the rules let the talent apply (when they have not yet), and why not. */
  eligible: boolean;
  reason: string | null;
  entry: WaitlistView | null;
  /** The live tenancy (offered, accepted, active), else the latest. */
  tenancy: TenancyView | null;
}

/** What the talent sees: their application, their place on the list, the unit offered and their tenancy. */
export async function myApartment(p: Platform, c: Caller): Promise<MyApartment> {
  const entry = await myWaitlistEntry(p, c);
  const apps = await listApplications(p, c, { matter: APARTMENT_MATTER_CODE, pageSize: 50 });
  const app = apps.items.sort((a, b) => b.id - a.id)[0];
  let eligible = true;
  let reason: string | null = null;
  if (!app) {
    const person = await personRow(p.db, c.personId!);
    const e = person ? await inKindEligibility(p.db, person, ['art20.apartment', 'art22.county_recommended'], todayString(p)) : undefined;
    eligible = !!e && (e.granted.length > 0 || e.undetermined.length > 0);
    if (!eligible) reason = [...new Set((e?.notEligible ?? []).map((x) => x.reason).filter(Boolean))].join('；') || '不符合条件';
  }
  const live = await p.db.selectFrom('apartment_tenancies').selectAll().where('person_id', '=', c.personId!).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return {
    application: app ? { id: app.id, state: app.state, stateLabel: app.stateLabel } : null,
    eligible,
    reason,
    entry: entry ? await waitlistView(p.db, entry, waitlistOrder(todayString(p))) : null,
    tenancy: live ? await tenancyView(p.db, live) : null,
  };
}
