// 衢籍学子家乡行 activities and internships, each with who took part (students of the caller's
// regions only), the counts of the 衢籍大学生 database by 户籍 county and graduation year, and the
// returns and 家乡行 visits as dated events for the work list's records.

import { regionName } from '@rencai/policies';
import { appendAudit, type StudentActivityKind } from '@rencai/store';
import { badInput, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform, readDay } from '../shared/index.js';
import { ACTIVITY_KINDS, QUZHOU_REGIONS, listStudents, readsNativeStudents, returnPost, writesNativeStudents } from './students.js';
import { postsInByHash } from '../registry/index.js';

export interface ActivityView {
  id: number;
  kind: StudentActivityKind;
  kindLabel: string;
  title: string;
  heldOn: string;
  host: string;
  regionName: string;
  participants: Array<{ id: number; name: string; school: string }>;
}

const readRequestId = (v: unknown): string => {
  if (typeof v === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(v)) return v;
  throw badInput([{ path: 'requestId', message: '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发同一活动时不变' }]);
};

async function activityViews(p: Platform, rows: Array<{ id: number; kind: StudentActivityKind; title: string; held_on: string; host: string; region: string }>, regions: string[]): Promise<ActivityView[]> {
  if (!rows.length) return [];
  const parts = await p.db
    .selectFrom('native_student_participants as sp')
    .innerJoin('native_students as s', 's.id', 'sp.student_id')
    .select(['sp.activity_id', 's.id', 's.name', 's.school'])
    .where('sp.activity_id', 'in', rows.map((r) => r.id))
    .where('s.region', 'in', regions)
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, kindLabel: ACTIVITY_KINDS[r.kind], title: r.title, heldOn: r.held_on, host: r.host, regionName: regionName(r.region), participants: parts.filter((x) => x.activity_id === r.id).map((x) => ({ id: x.id, name: x.name, school: x.school })) }));
}

/** A clerk records an activity with its participants (students of their regions); the same request id answers the same activity. */
export async function recordActivity(p: Platform, c: Caller, input: unknown, requestId: unknown): Promise<ActivityView> {
  if (!writesNativeStudents(c)) throw notFound('衢籍学子活动');
  const rid = readRequestId(requestId);
  const existing = () => p.db.selectFrom('native_student_activities').select('id').where('created_by', '=', c.userId).where('request_id', '=', rid).executeTakeFirst();
  const before = await existing();
  if (before) return getActivity(p, c, before.id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const kind = i.kind === 'hometown_visit' || i.kind === 'internship' ? i.kind : undefined;
  if (!kind) errors.push({ path: 'kind', message: '活动类型应为“衢籍学子家乡行”或“实习”' });
  const title = typeof i.title === 'string' ? i.title.trim() : '';
  if (title.length < 2 || title.length > 80) errors.push({ path: 'title', message: '请填写活动名称（2–80 字）' });
  const heldOn = readDay(i.heldOn);
  if (!heldOn) errors.push({ path: 'heldOn', message: '请填写活动日期（年-月-日）' });
  const host = typeof i.host === 'string' ? i.host.trim() : '';
  if (host.length > 80) errors.push({ path: 'host', message: '承办或实习单位不超过 80 字' });
  const ids = Array.isArray(i.studentIds) ? [...new Set(i.studentIds)] : [];
  const regions = visibleRegions(c);
  if (!ids.length || ids.length > 500 || ids.some((x) => !Number.isSafeInteger(x) || (x as number) < 1)) errors.push({ path: 'studentIds', message: '请选择参加的学生（1–500 人）' });
  else {
    const found = await p.db.selectFrom('native_students').select('id').where('id', 'in', ids as number[]).where('region', 'in', regions).execute();
    if (found.length !== ids.length) errors.push({ path: 'studentIds', message: '所选学生中有不在衢籍大学生库或不在您管辖地区的' });
  }
  if (errors.length) throw badInput(errors);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('native_student_activities').values({ region: c.region, kind: kind!, title, held_on: heldOn, host, created_by: c.userId, request_id: rid }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('native_student_participants').values((ids as number[]).map((s) => ({ activity_id: r.id, student_id: s }))).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'native_student.activity', entity: 'native_student_activity', entityId: r.id, region: c.region, detail: { kind, participants: ids.length } });
      return r.id;
    });
    return getActivity(p, c, id);
  } catch (e) {
    const made = isUniqueViolation(e) ? await existing() : undefined;
    if (made) return getActivity(p, c, made.id);
    throw e;
  }
}

/** One activity with the participants the caller may see; one recorded in a region the caller does not see is 404. */
export async function getActivity(p: Platform, c: Caller, id: number): Promise<ActivityView> {
  const regions = readsNativeStudents(c) ? visibleRegions(c) : [];
  const row = regions.length && Number.isSafeInteger(id) && id > 0 ? await p.db.selectFrom('native_student_activities').selectAll().where('id', '=', id).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该活动');
  return (await activityViews(p, [row], regions))[0]!;
}

/** The activities recorded in the caller's regions, newest first. */
export async function listActivities(p: Platform, c: Caller): Promise<ActivityView[]> {
  if (!readsNativeStudents(c)) throw notFound('衢籍学子活动');
  const regions = visibleRegions(c);
  const rows = await p.db.selectFrom('native_student_activities').selectAll().where('region', 'in', regions).orderBy('held_on', 'desc').orderBy('id', 'desc').limit(500).execute();
  return activityViews(p, rows, regions);
}

export interface StudentCountRow {
  region: string;
  regionName: string;
  graduationYear: number;
  students: number;
  /** Graduated by today (graduation year before this year, or this year). */
  graduated: number;
  returned: number;
  mismatches: number;
  consenting: number;
}

export const RETURNED_DEFINITION =
  '回归人数：衢籍大学生库中的学生，其身份证号（以加密散列比对）在平台人才库中有登记，且人才库记录了其在衢州市所辖县（市、区）的任职，任职开始日期不早于其毕业年份的 1 月 1 日；按学生申报的户籍县（市、区）和毕业年份统计。未进入人才库的回归学生不在其内，此数为下限。';

/** Counts by 户籍 county and graduation year, with the returned ones (the item 13.2 figure) and the definition in words. */
export async function studentCounts(p: Platform, c: Caller): Promise<{ rows: StudentCountRow[]; total: Omit<StudentCountRow, 'region' | 'regionName' | 'graduationYear'>; definition: string; year: number }> {
  const all = await listStudents(p, c);
  const year = Number(todayString(p).slice(0, 4));
  const by = new Map<string, StudentCountRow>();
  const total = { students: 0, graduated: 0, returned: 0, mismatches: 0, consenting: 0 };
  for (const s of all) {
    const key = `${s.region}|${s.graduationYear}`;
    const row = by.get(key) ?? { region: s.region, regionName: s.regionName, graduationYear: s.graduationYear, students: 0, graduated: 0, returned: 0, mismatches: 0, consenting: 0 };
    by.set(key, row);
    for (const a of [row, total]) {
      a.students += 1;
      if (s.graduationYear <= year) a.graduated += 1;
      if (s.returned) a.returned += 1;
      if (s.mismatch) a.mismatches += 1;
      if (s.consent) a.consenting += 1;
    }
  }
  const rows = [...by.values()].sort((a, b) => (a.region === b.region ? b.graduationYear - a.graduationYear : a.region < b.region ? -1 : 1));
  return { rows, total, definition: RETURNED_DEFINITION, year };
}

/** Students counted as returned (RETURNED_DEFINITION) whose post began from `from` to `to`, each on that day and by 户籍 county — the work list's record for item 13.2. */
export async function returnedStudents(db: Platform['db'], from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('native_students').select(['id_hash', 'region', 'graduation_year']).execute();
  const posts = rows.length ? await postsInByHash(db, rows.map((r) => r.id_hash), QUZHOU_REGIONS) : new Map<string, { since: string }>();
  const out: Array<{ on: string; region: string }> = [];
  for (const r of rows) {
    const post = returnPost(posts.get(r.id_hash), r.graduation_year);
    if (post && post.since >= from && post.since <= to) out.push({ on: post.since, region: r.region });
  }
  return out;
}

/** 衢籍学子家乡行 activities (not internships) held from `from` to `to`, each on its day and county. */
export async function hometownVisits(db: Platform['db'], from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('native_student_activities').select(['held_on', 'region']).where('kind', '=', 'hometown_visit').where('held_on', '>=', from).where('held_on', '<=', to).execute();
  return rows.map((r) => ({ on: r.held_on, region: r.region }));
}
