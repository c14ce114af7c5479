// Registration, check-in, feedback and outcomes of an event. A signed-in talent registers with the
// registry's identity; a graduate not yet in the registry registers on the public page with name,
// ID number (checked; encrypted with a keyed hash and a masked copy), phone, school, major and year
// of graduation. Once per event and ID number, before the deadline, within capacity, only while the
// event is published. Each registration gets a check-in code: a signed credential shown as a QR.
// The event's staff scan (or paste) it, or check in from the list: once — a second scan answers
// 已签到 with the time. A code of another event, a changed code, an ID number that did not register
// are refused in Chinese. An attendee rates the event 1–5 once (by their code). Recruitment events
// record interviews and offers per registration. Lists mask personal data; a full read is audited.

import { checkPhone, maskIdNumber, maskPhone, parseIdCard } from '@rencai/domain';
import { appendAudit, type EventOutcomeResult, type EventRegistrationsTable, type Selectable } from '@rencai/store';
import { badInput, conflict, fieldError, isUniqueViolation, notFound, PlatformError, todayString, readDay, chinaDate, chinaTime, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { issueCredential, verifyCredential } from '../signing/index.js';
import { personRow } from '../registry/index.js';
import { displayNames } from '../accounts/index.js';
import { EVENT_KINDS, EVENT_STATES, eventInScope, organises, positiveId, publicEvent, type EventDetail } from './events.js';

type RegRow = Selectable<EventRegistrationsTable>;

export const OUTCOME_RESULTS: Record<EventOutcomeResult, string> = { interview: '面试', offer: '录用', rejected: '未录用' };

export interface EventOutcomeView { id: number; enterpriseName: string; post: string; result: EventOutcomeResult; resultLabel: string; on: string }

export interface RegistrationView {
  id: number;
  eventId: number;
  name: string;
  idMasked: string;
  phoneMasked: string | null;
  school: string;
  major: string;
  graduationYear: number | null;
  fromRegistry: boolean;
  registeredAt: string;
  checkedInAt: string | null;
  checkInWayLabel: string | null;
  checkedInBy: string | null;
  rating: number | null;
  comment: string | null;
  outcomes: EventOutcomeView[];
}

export interface MyRegistration extends RegistrationView {
  event: EventDetail;
  /** The check-in code (signed) to show as a QR. */
  token: string;
}

export interface CheckInResult { registrationId: number; name: string; idMasked: string; already: boolean; checkedInAt: string; message: string }

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const body = (input: unknown) => (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;

async function views(p: Platform, rows: RegRow[]): Promise<RegistrationView[]> {
  if (!rows.length) return [];
  const outcomes = await p.db.selectFrom('event_outcomes').selectAll().where('registration_id', 'in', rows.map((r) => r.id)).orderBy('on_day').orderBy('id').execute();
  const who = await displayNames(p.db, rows.map((r) => r.checked_in_by));
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    name: r.name,
    idMasked: r.id_masked,
    phoneMasked: r.phone_masked,
    school: r.school,
    major: r.major,
    graduationYear: r.graduation_year,
    fromRegistry: r.person_id !== null,
    registeredAt: r.created_at.toISOString(),
    checkedInAt: r.checked_in_at?.toISOString() ?? null,
    checkInWayLabel: r.check_in_way === 'scan' ? '扫码签到' : r.check_in_way === 'manual' ? '名单签到' : null,
    checkedInBy: r.checked_in_by ? (who.get(r.checked_in_by) ?? '') : null,
    rating: r.rating,
    comment: r.comment,
    outcomes: outcomes.filter((o) => o.registration_id === r.id).map((o) => ({ id: o.id, enterpriseName: o.enterprise_name, post: o.post, result: o.result, resultLabel: OUTCOME_RESULTS[o.result], on: o.on_day })),
  }));
}

interface Registrant { name: string; idNumber: string | null; person: { id: number; id_hash: string; id_enc: string; id_masked: string; phone_enc: string | null; phone_masked: string | null } | null; phone: string | null; school: string; major: string; graduationYear: number | null }

/** Reads the graduate's form (guests), or just the optional school details (talents in the registry). */
function readRegistrant(p: Platform, i: Record<string, unknown>, guest: boolean): { v: Omit<Registrant, 'person'>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let name = '';
  let idNumber: string | null = null;
  let phone: string | null = null;
  if (guest) {
    name = text(i.name);
    if (!name || name.length > 40) errors.push({ path: 'name', message: '请填写姓名（不超过 40 字）' });
    const id = parseIdCard(typeof i.idNumber === 'string' ? i.idNumber.trim().toUpperCase() : i.idNumber, p.today());
    if (!id.ok) errors.push({ path: 'idNumber', message: id.reason });
    else idNumber = id.value.number;
    const ph = checkPhone(text(i.phone));
    if (!ph.ok) errors.push({ path: 'phone', message: text(i.phone) ? ph.reason : '请填写手机号（11 位）' });
    else phone = ph.value;
  }
  const school = text(i.school);
  if (school.length > 80 || (guest && !school)) errors.push({ path: 'school', message: '请填写毕业（就读）学校（不超过 80 字）' });
  const major = text(i.major);
  if (major.length > 80) errors.push({ path: 'major', message: '专业不超过 80 字' });
  let graduationYear: number | null = null;
  if (text(i.graduationYear) || guest) {
    const y = Number(text(i.graduationYear));
    const thisYear = Number(todayString(p).slice(0, 4));
    if (!Number.isInteger(y) || y < 1980 || y > thisYear + 8) errors.push({ path: 'graduationYear', message: `毕业年份应为 1980–${thisYear + 8} 的四位年份（在读学生填预计毕业年份）` });
    else graduationYear = y;
  }
  return { v: { name, idNumber, phone, school, major, graduationYear }, errors };
}

async function register(p: Platform, eventId: unknown, who: Registrant, userId: number | null): Promise<{ registration: RegistrationView; token: string; event: EventDetail }> {
  const event = await publicEvent(p, eventId).catch(async (e: unknown) => {
    // A draft or cancelled event is refused by name rather than hidden: its id came from a link.
    const n = positiveId(eventId);
    const row = n ? await p.db.selectFrom('events').select(['state']).where('id', '=', n).executeTakeFirst() : undefined;
    if (row?.state === 'draft') throw fieldError('eventId', '该活动尚未发布，不能报名');
    if (row?.state === 'cancelled') throw fieldError('eventId', '该活动已取消，不能报名');
    throw e;
  });
  if (event.state !== 'published') throw fieldError('eventId', `该活动${event.stateLabel}，不能报名`);
  const hash = who.person?.id_hash ?? p.vault.lookupHash(who.idNumber!);
  const duplicate = () => new PlatformError(409, '您已报名该活动，不能重复报名', [{ path: 'idNumber', message: '该身份证号已报名本活动' }]);
  try {
    const regId = await p.db.transaction().execute(async (trx) => {
      // The event's row is locked while counting, so two last registrations cannot both take the last place.
      const ev = await trx.selectFrom('events').select(['id', 'region', 'state', 'capacity', 'deadline']).where('id', '=', event.id).forUpdate().executeTakeFirstOrThrow();
      if (ev.state !== 'published') throw fieldError('eventId', `该活动${EVENT_STATES[ev.state]}，不能报名`);
      if (Date.now() > ev.deadline.getTime()) throw fieldError('deadline', `报名已于 ${chinaTime(ev.deadline)}（北京时间）截止`);
      if (await trx.selectFrom('event_registrations').select('id').where('event_id', '=', ev.id).where('id_hash', '=', hash).executeTakeFirst()) throw duplicate();
      const taken = Number((await trx.selectFrom('event_registrations').select((eb) => eb.fn.countAll<string>().as('n')).where('event_id', '=', ev.id).executeTakeFirstOrThrow()).n);
      if (taken >= ev.capacity) throw fieldError('capacity', `名额已满（共 ${ev.capacity} 人）`);
      const r = await trx
        .insertInto('event_registrations')
        .values({
          event_id: ev.id,
          user_id: userId,
          person_id: who.person?.id ?? null,
          name: who.name,
          id_hash: hash,
          id_enc: who.person?.id_enc ?? p.vault.encrypt(who.idNumber!),
          id_masked: who.person?.id_masked ?? maskIdNumber(who.idNumber!),
          phone_enc: who.phone ? p.vault.encrypt(who.phone) : (who.person?.phone_enc ?? null),
          phone_masked: who.phone ? maskPhone(who.phone) : (who.person?.phone_masked ?? null),
          school: who.school,
          major: who.major,
          graduation_year: who.graduationYear,
          token: '',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const token = await issueCredential(p, { kind: 'event-checkin', subject: String(r.id), claims: { event: ev.id } });
      await trx.updateTable('event_registrations').set({ token }).where('id', '=', r.id).execute();
      await appendAudit(trx, { actorId: userId, actorRole: userId ? 'talent' : 'public', action: 'event.register', entity: 'event_registration', entityId: r.id, region: ev.region, detail: { eventId: ev.id, fromRegistry: who.person !== null } });
      return r.id;
    });
    const row = await p.db.selectFrom('event_registrations').selectAll().where('id', '=', regId).executeTakeFirstOrThrow();
    return { registration: (await views(p, [row]))[0]!, token: row.token, event: await publicEvent(p, event.id) };
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}

/** A signed-in talent registers with the registry's identity (school, major and year optional). */
export async function registerTalent(p: Platform, c: Caller, eventId: unknown, input: unknown) {
  if (c.role !== 'talent' || !c.personId) throw notFound('活动报名');
  const person = await personRow(p.db, c.personId);
  if (!person) throw notFound('人才库记录');
  const { v, errors } = readRegistrant(p, body(input), false);
  if (errors.length) throw badInput(errors);
  return register(p, eventId, { ...v, name: person.name, person: { id: person.id, id_hash: person.id_hash, id_enc: person.id_enc, id_masked: person.id_masked, phone_enc: person.phone_enc, phone_masked: person.phone_masked } }, c.userId);
}

/** A graduate not in the registry registers on the public page; the answer carries their check-in code. */
export async function registerGuest(p: Platform, eventId: unknown, input: unknown) {
  const { v, errors } = readRegistrant(p, body(input), true);
  if (errors.length) throw badInput(errors);
  return register(p, eventId, { ...v, person: null }, null);
}

/** A talent's own registrations, newest first, with their check-in codes. */
export async function myEvents(p: Platform, c: Caller): Promise<MyRegistration[]> {
  if (c.role !== 'talent') throw notFound('我的活动');
  const rows = await p.db.selectFrom('event_registrations').selectAll().where('user_id', '=', c.userId).orderBy('id', 'desc').limit(200).execute();
  const vs = await views(p, rows);
  const out: MyRegistration[] = [];
  for (const [n, r] of rows.entries()) {
    const ev = await p.db.selectFrom('events').selectAll().where('id', '=', r.event_id).executeTakeFirstOrThrow();
    const event = ev.state === 'published' || ev.state === 'ended' ? await publicEvent(p, ev.id) : ({ id: ev.id, title: ev.title, state: ev.state, stateLabel: EVENT_STATES[ev.state], cancelReason: ev.cancel_reason, kindLabel: EVENT_KINDS[ev.kind].label, startsAt: ev.starts_at.toISOString(), endsAt: ev.ends_at.toISOString() } as EventDetail);
    out.push({ ...vs[n]!, event, token: r.token });
  }
  return out;
}

/** The registrations of an event for its staff (personal data masked). */
export async function listRegistrations(p: Platform, c: Caller, eventId: unknown): Promise<RegistrationView[]> {
  const ev = await eventInScope(p, c, eventId);
  return views(p, await p.db.selectFrom('event_registrations').selectAll().where('event_id', '=', ev.id).orderBy('id').execute());
}

async function registrationInScope(p: Platform, c: Caller, id: unknown): Promise<{ reg: RegRow; region: string }> {
  const n = positiveId(id);
  const reg = n ? await p.db.selectFrom('event_registrations').selectAll().where('id', '=', n).executeTakeFirst() : undefined;
  if (!reg) throw notFound('该报名');
  const ev = await eventInScope(p, c, reg.event_id).catch(() => {
    throw notFound('该报名');
  });
  if (!organises(c)) throw notFound('该报名');
  return { reg, region: ev.region };
}

/** A registrant's full ID number or phone for the event's clerk, with the purpose; audited. */
export async function revealRegistration(p: Platform, c: Caller, id: unknown, input: unknown): Promise<{ field: string; value: string }> {
  const { reg, region } = await registrationInScope(p, c, id);
  const { field, purpose } = body(input);
  if (field !== 'idNumber' && field !== 'phone') throw fieldError('field', '只能查看身份证号或手机号');
  if (typeof purpose !== 'string' || purpose.trim().length < 2) throw fieldError('purpose', '请说明查看完整信息的用途（将记入审计日志）');
  if (field === 'phone' && !reg.phone_enc) throw fieldError('field', '该报名人未留手机号');
  return p.db.transaction().execute(async (trx) => {
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'event.registration.reveal', entity: 'event_registration', entityId: reg.id, region, detail: { field, purpose: purpose.trim() } });
    return { field, value: p.vault.decrypt(field === 'idNumber' ? reg.id_enc : reg.phone_enc!) };
  });
}

/**
 * Checks a registrant in at an event: by their scanned code (token), by ID number, or from the list
 * (registrationId). Once: a second time answers 已签到 with the first time and changes nothing.
 */
export async function checkIn(p: Platform, c: Caller, eventId: unknown, input: unknown): Promise<CheckInResult> {
  const ev = await eventInScope(p, c, eventId);
  if (!organises(c)) throw notFound('该活动');
  if (ev.state !== 'published' && ev.state !== 'ended') throw conflict(`该活动${EVENT_STATES[ev.state]}，不能签到`);
  const i = body(input);
  let reg: RegRow | undefined;
  let way: 'scan' | 'manual' = 'manual';
  if (i.token !== undefined && i.token !== '') {
    way = 'scan';
    const cred = await verifyCredential(p, typeof i.token === 'string' ? i.token.trim() : i.token, 'event-checkin');
    if (Number(cred.claims.event) !== ev.id) {
      const other = await p.db.selectFrom('events').select('title').where('id', '=', Number(cred.claims.event) || 0).executeTakeFirst();
      throw fieldError('token', `这是另一场活动${other ? `（${other.title}）` : ''}的签到码，不是本活动的`);
    }
    reg = await p.db.selectFrom('event_registrations').selectAll().where('id', '=', positiveId(cred.subject)).where('event_id', '=', ev.id).executeTakeFirst();
    if (!reg) throw fieldError('token', '未找到该签到码的报名（报名可能已被删除）');
  } else if (i.idNumber !== undefined && i.idNumber !== '') {
    const id = parseIdCard(typeof i.idNumber === 'string' ? i.idNumber.trim().toUpperCase() : i.idNumber, p.today());
    if (!id.ok) throw fieldError('idNumber', id.reason);
    reg = await p.db.selectFrom('event_registrations').selectAll().where('event_id', '=', ev.id).where('id_hash', '=', p.vault.lookupHash(id.value.number)).executeTakeFirst();
    if (!reg) throw fieldError('idNumber', '该身份证号未报名本活动，不能签到');
  } else if (i.registrationId !== undefined) {
    reg = await p.db.selectFrom('event_registrations').selectAll().where('id', '=', positiveId(i.registrationId)).where('event_id', '=', ev.id).executeTakeFirst();
    if (!reg) throw fieldError('registrationId', '本活动没有这条报名');
  } else throw fieldError('token', '请扫描或粘贴签到码，或输入身份证号');
  return p.db.transaction().execute(async (trx) => {
    const now = await trx.selectFrom('event_registrations').select(['checked_in_at']).where('id', '=', reg.id).forUpdate().executeTakeFirstOrThrow();
    const base = { registrationId: reg.id, name: reg.name, idMasked: reg.id_masked };
    if (now.checked_in_at) return { ...base, already: true, checkedInAt: now.checked_in_at.toISOString(), message: `已签到（${chinaTime(now.checked_in_at)}，北京时间）` };
    const at = new Date();
    await trx.updateTable('event_registrations').set({ checked_in_at: at, checked_in_by: c.userId, check_in_way: way }).where('id', '=', reg.id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'event.check_in', entity: 'event_registration', entityId: reg.id, region: ev.region, detail: { eventId: ev.id, way } });
    return { ...base, already: false, checkedInAt: at.toISOString(), message: `签到成功（${chinaTime(at)}，北京时间）` };
  });
}

/** An attendee rates the event 1–5 with an optional comment, once, by their check-in code. */
export async function giveFeedback(p: Platform, input: unknown): Promise<{ eventId: number; rating: number; average: number | null }> {
  const i = body(input);
  const cred = await verifyCredential(p, typeof i.token === 'string' ? i.token.trim() : i.token, 'event-checkin');
  const errors: FieldError[] = [];
  const rating = typeof i.rating === 'number' ? i.rating : Number(text(i.rating) || NaN);
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.push({ path: 'rating', message: '评分应为 1–5 的整数' });
  const comment = text(i.comment);
  if (comment.length > 500) errors.push({ path: 'comment', message: '意见建议不超过 500 字' });
  if (errors.length) throw badInput(errors);
  const reg = await p.db.selectFrom('event_registrations').selectAll().where('id', '=', positiveId(cred.subject)).where('event_id', '=', Number(cred.claims.event) || 0).executeTakeFirst();
  if (!reg) throw fieldError('token', '未找到该签到码的报名');
  const ev = await p.db.selectFrom('events').select(['region']).where('id', '=', reg.event_id).executeTakeFirstOrThrow();
  await p.db.transaction().execute(async (trx) => {
    const now = await trx.selectFrom('event_registrations').select(['checked_in_at', 'feedback_at']).where('id', '=', reg.id).forUpdate().executeTakeFirstOrThrow();
    if (!now.checked_in_at) throw fieldError('token', '签到参加活动后才能评价');
    if (now.feedback_at) throw conflict('您已评价过该活动，每人只能评价一次');
    await trx.updateTable('event_registrations').set({ rating, comment: comment || null, feedback_at: new Date() }).where('id', '=', reg.id).execute();
    await appendAudit(trx, { actorId: reg.user_id, actorRole: reg.user_id ? 'talent' : 'public', action: 'event.feedback', entity: 'event_registration', entityId: reg.id, region: ev.region, detail: { rating } });
  });
  const avg = await p.db.selectFrom('event_registrations').select((eb) => eb.fn.avg<string>('rating').as('a')).where('event_id', '=', reg.event_id).executeTakeFirstOrThrow();
  return { eventId: reg.event_id, rating, average: avg.a === null ? null : Math.round(Number(avg.a) * 10) / 10 };
}

/** Records an interview or offer result of a registrant with one of the event's posts (recruitment events). */
export async function recordEventOutcome(p: Platform, c: Caller, registrationId: unknown, input: unknown): Promise<RegistrationView> {
  const { reg, region } = await registrationInScope(p, c, registrationId);
  const ev = await p.db.selectFrom('events').select(['kind', 'starts_at']).where('id', '=', reg.event_id).executeTakeFirstOrThrow();
  if (!EVENT_KINDS[ev.kind].recruitment) throw fieldError('postId', `${EVENT_KINDS[ev.kind].label}不是招聘活动，不登记面试录用`);
  const i = body(input);
  const errors: FieldError[] = [];
  const post = positiveId(i.postId) ? await p.db.selectFrom('event_posts').selectAll().where('id', '=', positiveId(i.postId)).where('event_id', '=', reg.event_id).executeTakeFirst() : undefined;
  if (!post) errors.push({ path: 'postId', message: '请选择本活动的岗位' });
  const result = (Object.keys(OUTCOME_RESULTS) as EventOutcomeResult[]).find((k) => k === i.result || OUTCOME_RESULTS[k] === i.result);
  if (!result) errors.push({ path: 'result', message: '结果应为 面试、录用 或 未录用' });
  const on = readDay(i.on);
  const startDay = chinaDate(ev.starts_at);
  // Against the clock, as registration deadlines and check-ins are (the platform's today may be set for the rules).
  const today = chinaDate(new Date());
  if (!on) errors.push({ path: 'on', message: '请填写日期（年-月-日）' });
  else if (on > today) errors.push({ path: 'on', message: `日期不能晚于今天（${today}）` });
  else if (on < startDay) errors.push({ path: 'on', message: `日期不能早于活动开始（${startDay}）` });
  if (errors.length) throw badInput(errors);
  try {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('event_outcomes').values({ registration_id: reg.id, enterprise_name: post!.enterprise_name, post: post!.post, result: result!, on_day: on, recorded_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'event.outcome', entity: 'event_outcome', entityId: r.id, region, detail: { registrationId: reg.id, postId: post!.id, result, on } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(`已登记过该岗位的“${OUTCOME_RESULTS[result!]}”结果`);
    throw e;
  }
  return (await views(p, [reg]))[0]!;
}

