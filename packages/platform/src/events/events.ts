// Recruitment events and talent activities (活动): a clerk creates an event of a kind from the list
// in a region they look after (a county, or 市本级), publishes it, ends or cancels it (with why).
// An activity series (e.g. 开化's weekly 人才活动日) has a host rota (轮值): creating the next event of
// the series proposes the host after the last one's. Recruitment kinds carry posts picked from the
// open demands of verified enterprises in the clerk's regions. Staff see the events of their regions;
// anything else is 404. Published (and ended) events are listed publicly with their posts.

import { regionName } from '@rencai/policies';
import { appendAudit, type EventKind, type EventState, type Selectable, type EventsTable } from '@rencai/store';
import { badInput, conflict, fieldError, isStaff, isUniqueViolation, notFound, visibleRegions, type Caller, type FieldError, type Platform, chinaTime } from '../shared/index.js';
import { openDemandsIn } from '../enterprises/index.js';

type EventRow = Selectable<EventsTable>;

/** The kinds of event, recruitment ones first, each with its Chinese name. */
export const EVENT_KINDS: Record<EventKind, { label: string; recruitment: boolean }> = {
  special_fair: { label: '专场招聘', recruitment: true },
  cloud_fair: { label: '云招聘', recruitment: true },
  night_fair: { label: '人才夜市', recruitment: true },
  campus_drive: { label: '百校引才', recruitment: true },
  campus_tour: { label: '高校行', recruitment: true },
  talent_day: { label: '人才活动日', recruitment: false },
  salon: { label: '人才沙龙', recruitment: false },
  forum: { label: '论坛', recruitment: false },
  study_class: { label: '国情研修班', recruitment: false },
  mixer: { label: '联谊会', recruitment: false },
};
export const EVENT_STATES: Record<EventState, string> = { draft: '草稿', published: '已发布', ended: '已结束', cancelled: '已取消' };

export interface EventPostView { id: number; enterpriseId: number; enterpriseName: string; post: string; headcount: number; detail: string }

export interface EventDetail {
  id: number;
  kind: EventKind;
  kindLabel: string;
  recruitment: boolean;
  title: string;
  region: string;
  regionName: string;
  seriesId: number | null;
  seriesTitle: string | null;
  host: string | null;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  capacity: number;
  deadline: string;
  audience: string;
  state: EventState;
  stateLabel: string;
  cancelReason: string | null;
  registered: number;
  checkedIn: number;
  remaining: number;
  rating: number | null;
  ratings: number;
  posts: EventPostView[];
  /** For the office: whether the caller may change it. */
  editable?: boolean;
}

export interface SeriesView {
  id: number;
  kind: EventKind;
  kindLabel: string;
  title: string;
  region: string;
  regionName: string;
  hosts: string[];
  /** Who hosted which event, oldest first. */
  history: Array<{ eventId: number; title: string; startsAt: string; host: string | null; stateLabel: string }>;
  nextHost: string;
}

/** Who organises events: the talent office's clerks (and administrators), in their regions. */
export const organises = (c: Caller): boolean => c.role === 'clerk' || c.role === 'admin';
/** Who reads the office's pages: staff of their regions. */
const readsEvents = isStaff;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** A moment typed in China time ('YYYY-MM-DDTHH:mm' or with a space), or null. */
export function readChinaTime(v: unknown): Date | null {
  const s = text(v).replace(' ', 'T');
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(`${s}:00+08:00`);
  if (Number.isNaN(d.getTime())) return null;
  // A real calendar moment: 2026-02-30T10:00 is refused rather than rolled over.
  return chinaTime(d).replace(' ', 'T') === s ? d : null;
}


const readRequestId = (v: unknown): string => {
  if (typeof v === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(v)) return v;
  throw badInput([{ path: 'requestId', message: '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发同一活动时不变' }]);
};

export const positiveId = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : typeof v === 'string' && /^[1-9][0-9]{0,14}$/.test(v) ? Number(v) : 0);

async function views(p: Platform, rows: EventRow[], c?: Caller): Promise<EventDetail[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const counts = await p.db
    .selectFrom('event_registrations')
    .select((eb) => ['event_id', eb.fn.countAll<string>().as('n'), eb.fn.count<string>('checked_in_at').as('attended'), eb.fn.count<string>('rating').as('ratings'), eb.fn.avg<string>('rating').as('avg')])
    .where('event_id', 'in', ids)
    .groupBy('event_id')
    .execute();
  const posts = await p.db.selectFrom('event_posts').selectAll().where('event_id', 'in', ids).orderBy('id').execute();
  const seriesIds = [...new Set(rows.map((r) => r.series_id).filter((x): x is number => x !== null))];
  const series = seriesIds.length ? await p.db.selectFrom('event_series').select(['id', 'title']).where('id', 'in', seriesIds).execute() : [];
  const mine = c && organises(c) ? visibleRegions(c) : [];
  return rows.map((r) => {
    const n = counts.find((x) => x.event_id === r.id);
    const registered = Number(n?.n ?? 0);
    const ratings = Number(n?.ratings ?? 0);
    return {
      id: r.id,
      kind: r.kind,
      kindLabel: EVENT_KINDS[r.kind]?.label ?? '其他',
      recruitment: EVENT_KINDS[r.kind]?.recruitment ?? false,
      title: r.title,
      region: r.region,
      regionName: regionName(r.region),
      seriesId: r.series_id,
      seriesTitle: series.find((s) => s.id === r.series_id)?.title ?? null,
      host: r.host,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      place: r.place,
      onlineUrl: r.online_url,
      capacity: r.capacity,
      deadline: r.deadline.toISOString(),
      audience: r.audience,
      state: r.state,
      stateLabel: EVENT_STATES[r.state],
      cancelReason: r.cancel_reason,
      registered,
      checkedIn: Number(n?.attended ?? 0),
      remaining: Math.max(0, r.capacity - registered),
      rating: ratings ? Math.round(Number(n?.avg) * 10) / 10 : null,
      ratings,
      posts: posts.filter((x) => x.event_id === r.id).map((x) => ({ id: x.id, enterpriseId: x.enterprise_id, enterpriseName: x.enterprise_name, post: x.post, headcount: x.headcount, detail: x.detail })),
      ...(c ? { editable: mine.includes(r.region) } : {}),
    };
  });
}

/** An event of the caller's regions (staff), else 404. */
export async function eventInScope(p: Platform, c: Caller, id: unknown): Promise<EventRow> {
  const n = positiveId(id);
  const regions = readsEvents(c) ? visibleRegions(c) : [];
  const row = n && regions.length ? await p.db.selectFrom('events').selectAll().where('id', '=', n).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该活动');
  return row;
}

async function editable(p: Platform, c: Caller, id: unknown): Promise<EventRow> {
  const row = await eventInScope(p, c, id);
  if (!organises(c)) throw notFound('该活动');
  return row;
}

/** The next host of a series: the one after the last event's host in rota order (the first when none yet, or the last host left the rota). */
async function nextHostOf(p: Platform, seriesId: number, hosts: string[]): Promise<string> {
  const last = await p.db.selectFrom('events').select('host').where('series_id', '=', seriesId).where('state', '!=', 'cancelled').orderBy('starts_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  const at = last?.host ? hosts.indexOf(last.host) : -1;
  return hosts[(at + 1) % hosts.length]!;
}

interface EventInput { kind: EventKind; title: string; region: string; startsAt: Date; endsAt: Date; place: string; onlineUrl: string; capacity: number; deadline: Date; audience: string }

function readEvent(i: Record<string, unknown>, regions: string[], defaultRegion: string): { v: EventInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const kindText = text(i.kind);
  const kind = (Object.keys(EVENT_KINDS) as EventKind[]).find((k) => k === kindText || EVENT_KINDS[k].label === kindText);
  if (!kind) errors.push({ path: 'kind', message: `活动类型应为：${Object.values(EVENT_KINDS).map((k) => k.label).join('、')} 之一` });
  const title = text(i.title);
  if (title.length < 2 || title.length > 80) errors.push({ path: 'title', message: '请填写活动名称（2–80 字）' });
  const region = text(i.region) || defaultRegion;
  if (!regions.includes(region)) errors.push({ path: 'region', message: '只能在本人管辖的地区组织活动' });
  const startsAt = readChinaTime(i.startsAt);
  if (!startsAt) errors.push({ path: 'startsAt', message: '请填写开始时间（北京时间，年-月-日 时:分）' });
  const endsAt = readChinaTime(i.endsAt);
  if (!endsAt) errors.push({ path: 'endsAt', message: '请填写结束时间（北京时间，年-月-日 时:分）' });
  else if (startsAt && endsAt <= startsAt) errors.push({ path: 'endsAt', message: '结束时间应晚于开始时间' });
  const place = text(i.place);
  const onlineUrl = text(i.onlineUrl);
  if (place.length > 120) errors.push({ path: 'place', message: '活动地点不超过 120 字' });
  if (onlineUrl && (!/^https?:\/\/\S+$/.test(onlineUrl) || onlineUrl.length > 300)) errors.push({ path: 'onlineUrl', message: '线上链接应为 http:// 或 https:// 开头的网址（不超过 300 字）' });
  if (!place && !onlineUrl) errors.push({ path: 'place', message: '请填写活动地点或线上链接' });
  const capacity = typeof i.capacity === 'number' ? i.capacity : Number(text(i.capacity) || NaN);
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 100000) errors.push({ path: 'capacity', message: '名额应为 1–100000 的整数' });
  const deadline = i.deadline === undefined || i.deadline === '' || i.deadline === null ? startsAt : readChinaTime(i.deadline);
  if (!deadline) {
    if (startsAt) errors.push({ path: 'deadline', message: '报名截止时间应为北京时间 年-月-日 时:分' });
  }
  else if (endsAt && startsAt && endsAt > startsAt && deadline > endsAt) errors.push({ path: 'deadline', message: '报名截止时间不能晚于活动结束时间' });
  const audience = text(i.audience);
  if (audience.length > 200) errors.push({ path: 'audience', message: '面向对象说明不超过 200 字' });
  return { v: { kind: kind ?? 'forum', title, region, startsAt: startsAt!, endsAt: endsAt!, place, onlineUrl, capacity, deadline: deadline!, audience }, errors };
}

/**
 * A clerk creates an event (草稿) in a region of theirs; with seriesId it is the series' next event,
 * its host the one proposed by the rota unless another host of the rota is given. The same request
 * id answers with the event it made.
 */
export async function createEvent(p: Platform, c: Caller, input: unknown, requestId: unknown): Promise<EventDetail> {
  if (!organises(c)) throw notFound('活动管理');
  const rid = readRequestId(requestId);
  const existing = () => p.db.selectFrom('events').select('id').where('created_by', '=', c.userId).where('request_id', '=', rid).executeTakeFirst();
  const before = await existing();
  if (before) return getEvent(p, c, before.id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const regions = visibleRegions(c);
  const { v, errors } = readEvent(i, regions, c.region);
  let seriesId: number | null = null;
  let host: string | null = null;
  if (i.seriesId !== undefined && i.seriesId !== null && i.seriesId !== '') {
    const s = positiveId(i.seriesId) ? await p.db.selectFrom('event_series').selectAll().where('id', '=', positiveId(i.seriesId)).where('region', 'in', regions).executeTakeFirst() : undefined;
    if (!s) errors.push({ path: 'seriesId', message: '未找到该系列活动（只能选择本人管辖地区的系列）' });
    else {
      seriesId = s.id;
      if (v.region !== s.region) errors.push({ path: 'region', message: `系列活动的地区为${regionName(s.region)}` });
      if (v.kind !== s.kind) errors.push({ path: 'kind', message: `系列活动的类型为${EVENT_KINDS[s.kind].label}` });
      const given = text(i.host);
      if (given && !s.hosts.includes(given)) errors.push({ path: 'host', message: `承办方应为轮值名单中的一个：${s.hosts.join('、')}` });
      host = given || (await nextHostOf(p, s.id, s.hosts));
    }
  } else if (text(i.host)) {
    host = text(i.host).slice(0, 60);
  }
  if (errors.length) throw badInput(errors);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('events')
        .values({ region: v.region, kind: v.kind, title: v.title, series_id: seriesId, host, starts_at: v.startsAt, ends_at: v.endsAt, place: v.place, online_url: v.onlineUrl, capacity: v.capacity, deadline: v.deadline, audience: v.audience, created_by: c.userId, request_id: rid })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'event.create', entity: 'event', entityId: r.id, region: v.region, detail: { kind: v.kind, title: v.title, seriesId, host } });
      return r.id;
    });
    return getEvent(p, c, id);
  } catch (e) {
    const made = isUniqueViolation(e) ? await existing() : undefined;
    if (made) return getEvent(p, c, made.id);
    throw e;
  }
}

const MOVES: Record<'publish' | 'end' | 'cancel', { from: EventState[]; to: EventState; label: string }> = {
  publish: { from: ['draft'], to: 'published', label: '发布' },
  end: { from: ['published'], to: 'ended', label: '结束' },
  cancel: { from: ['draft', 'published'], to: 'cancelled', label: '取消' },
};

/** Publishes, ends or cancels (with a reason) an event. */
export async function moveEvent(p: Platform, c: Caller, id: unknown, action: unknown, input: unknown): Promise<EventDetail> {
  const row = await editable(p, c, id);
  if (action !== 'publish' && action !== 'end' && action !== 'cancel') throw fieldError('action', '操作应为 发布、结束 或 取消');
  const move = MOVES[action];
  const reason = text((typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}).reason);
  if (action === 'cancel' && (reason.length < 2 || reason.length > 200)) throw fieldError('reason', '请填写取消原因（2–200 字）');
  await p.db.transaction().execute(async (trx) => {
    const now = await trx.selectFrom('events').select('state').where('id', '=', row.id).forUpdate().executeTakeFirstOrThrow();
    if (!move.from.includes(now.state)) throw conflict(`该活动${EVENT_STATES[now.state]}，不能${move.label}`);
    await trx.updateTable('events').set({ state: move.to, cancel_reason: action === 'cancel' ? reason : null }).where('id', '=', row.id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: `event.${action}`, entity: 'event', entityId: row.id, region: row.region, detail: action === 'cancel' ? { reason } : {} });
  });
  return getEvent(p, c, row.id);
}

/** One event for the office. */
export async function getEvent(p: Platform, c: Caller, id: unknown): Promise<EventDetail> {
  return (await views(p, [await eventInScope(p, c, id)], c))[0]!;
}

/** The events of the caller's regions, newest first; filters: kind, state, region. */
export async function listEvents(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<EventDetail[]> {
  if (!readsEvents(c)) throw notFound('活动管理');
  const regions = visibleRegions(c);
  if (!regions.length) return [];
  let q = p.db.selectFrom('events').selectAll().where('region', 'in', regions);
  if (typeof query.kind === 'string' && query.kind in EVENT_KINDS) q = q.where('kind', '=', query.kind as EventKind);
  if (typeof query.state === 'string' && query.state in EVENT_STATES) q = q.where('state', '=', query.state as EventState);
  if (typeof query.region === 'string' && query.region) q = q.where('region', '=', query.region);
  return views(p, await q.orderBy('starts_at', 'desc').orderBy('id', 'desc').limit(500).execute(), c);
}

/** Published and ended events for everyone (upcoming first, then past), with their posts; no personal data. */
export async function publicEvents(p: Platform): Promise<EventDetail[]> {
  const rows = await p.db.selectFrom('events').selectAll().where('state', 'in', ['published', 'ended']).orderBy('starts_at', 'desc').limit(200).execute();
  const now = Date.now();
  const list = await views(p, rows);
  return [...list.filter((e) => Date.parse(e.endsAt) >= now && e.state === 'published').reverse(), ...list.filter((e) => !(Date.parse(e.endsAt) >= now && e.state === 'published'))];
}

/** One published or ended event for everyone; a draft or cancelled one is not found. */
export async function publicEvent(p: Platform, id: unknown): Promise<EventDetail> {
  const n = positiveId(id);
  const row = n ? await p.db.selectFrom('events').selectAll().where('id', '=', n).where('state', 'in', ['published', 'ended']).executeTakeFirst() : undefined;
  if (!row) throw notFound('该活动');
  return (await views(p, [row]))[0]!;
}

/** The open demands of verified enterprises in the event's region a clerk may pick from (recruitment events). */
export async function pickablePosts(p: Platform, c: Caller, id: unknown) {
  const row = await editable(p, c, id);
  const regions = row.region === 'quzhou_city' ? visibleRegions(c) : [row.region];
  return (await openDemandsIn(p, regions)).map((d) => ({ demandId: d.id, enterpriseId: d.enterpriseId, enterpriseName: d.enterpriseName, regionName: d.regionName, post: d.post, headcount: d.headcount, degreeName: d.degreeName, major: d.major, deadline: d.deadline }));
}

/** A clerk adds posts of participating enterprises to a recruitment event: demand ids from the open demands they may pick. */
export async function addPosts(p: Platform, c: Caller, id: unknown, input: unknown): Promise<EventDetail> {
  const row = await editable(p, c, id);
  if (!EVENT_KINDS[row.kind].recruitment) throw fieldError('demandIds', `${EVENT_KINDS[row.kind].label}不是招聘活动，不能添加岗位`);
  if (row.state === 'ended' || row.state === 'cancelled') throw conflict(`该活动${EVENT_STATES[row.state]}，不能添加岗位`);
  const raw = (typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}).demandIds;
  const ids = Array.isArray(raw) ? raw.map(positiveId) : [];
  if (!ids.length || ids.includes(0) || ids.length > 100) throw fieldError('demandIds', '请选择要加入的岗位（企业的人才需求，一次不超过 100 个）');
  const open = new Map((await pickablePosts(p, c, row.id)).map((d) => [d.demandId, d]));
  const missing = ids.filter((x) => !open.has(x));
  if (missing.length) throw fieldError('demandIds', `岗位 ${missing.join('、')} 不是本地区已核验企业在招的需求`);
  await p.db.transaction().execute(async (trx) => {
    for (const d of ids.map((x) => open.get(x)!)) {
      await trx
        .insertInto('event_posts')
        .values({ event_id: row.id, enterprise_id: d.enterpriseId, demand_id: d.demandId, enterprise_name: d.enterpriseName, post: d.post, headcount: d.headcount, detail: [d.degreeName, d.major].filter(Boolean).join('，') })
        .onConflict((oc) => oc.columns(['event_id', 'demand_id']).doNothing())
        .execute();
    }
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'event.posts.add', entity: 'event', entityId: row.id, region: row.region, detail: { demandIds: ids } });
  });
  return getEvent(p, c, row.id);
}

/** A clerk sets up an activity series with its host rota (hosts in turn order). */
export async function createSeries(p: Platform, c: Caller, input: unknown): Promise<SeriesView> {
  if (!organises(c)) throw notFound('活动管理');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const kindText = text(i.kind);
  const kind = (Object.keys(EVENT_KINDS) as EventKind[]).find((k) => k === kindText || EVENT_KINDS[k].label === kindText);
  if (!kind) errors.push({ path: 'kind', message: `活动类型应为：${Object.values(EVENT_KINDS).map((k) => k.label).join('、')} 之一` });
  const title = text(i.title);
  if (title.length < 2 || title.length > 60) errors.push({ path: 'title', message: '请填写系列名称（2–60 字）' });
  const region = text(i.region) || c.region;
  if (!visibleRegions(c).includes(region)) errors.push({ path: 'region', message: '只能在本人管辖的地区组织活动' });
  const hosts = (Array.isArray(i.hosts) ? i.hosts : text(i.hosts).split(/[\n,，、]/)).map(text).filter(Boolean);
  if (!hosts.length || hosts.length > 30 || hosts.some((h) => h.length > 60)) errors.push({ path: 'hosts', message: '请按轮值顺序填写承办单位或个人（1–30 个，每个不超过 60 字）' });
  else if (new Set(hosts).size !== hosts.length) errors.push({ path: 'hosts', message: '轮值名单中有重复的承办方' });
  if (errors.length) throw badInput(errors);
  const id = await p.db.transaction().execute(async (trx) => {
    const r = await trx.insertInto('event_series').values({ region, kind: kind!, title, hosts, created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'event.series.create', entity: 'event_series', entityId: r.id, region, detail: { title, hosts } });
    return r.id;
  });
  return (await listSeries(p, c)).find((s) => s.id === id)!;
}

/** The series of the caller's regions with their rota, who hosted when, and the next host. */
export async function listSeries(p: Platform, c: Caller): Promise<SeriesView[]> {
  if (!readsEvents(c)) throw notFound('活动管理');
  const regions = visibleRegions(c);
  if (!regions.length) return [];
  const rows = await p.db.selectFrom('event_series').selectAll().where('region', 'in', regions).orderBy('id').execute();
  if (!rows.length) return [];
  const evs = await p.db.selectFrom('events').select(['id', 'series_id', 'title', 'starts_at', 'host', 'state']).where('series_id', 'in', rows.map((r) => r.id)).orderBy('starts_at').orderBy('id').execute();
  const out: SeriesView[] = [];
  for (const s of rows)
    out.push({
      id: s.id,
      kind: s.kind,
      kindLabel: EVENT_KINDS[s.kind].label,
      title: s.title,
      region: s.region,
      regionName: regionName(s.region),
      hosts: s.hosts,
      history: evs.filter((e) => e.series_id === s.id).map((e) => ({ eventId: e.id, title: e.title, startsAt: e.starts_at.toISOString(), host: e.host, stateLabel: EVENT_STATES[e.state] })),
      nextHost: await nextHostOf(p, s.id, s.hosts),
    });
  return out;
}

/** Options for the forms: kinds (with whether they recruit) and the regions the caller may organise in. */
export const eventOptions = (c: Caller) => ({
  kinds: (Object.keys(EVENT_KINDS) as EventKind[]).map((k) => ({ value: k, label: EVENT_KINDS[k].label, recruitment: EVENT_KINDS[k].recruitment })),
  regions: organises(c) ? visibleRegions(c).map((r) => ({ value: r, label: regionName(r) })) : [],
});
