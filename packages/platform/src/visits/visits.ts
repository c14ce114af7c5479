// The visit log (走访): a cadre — the talent office's clerks, a department's reviewers, leaders —
// records a visit to a verified enterprise of their county (or, city-level, the city): the day
// (not in the future, not before the enterprise registered on the platform), who went (the cadre
// and optional names), topics from a short list, notes, and the problems found. Each problem
// becomes a problem in the enterprises' pool in the same transaction (through the enterprises
// module's raiseFoundProblem), linked here to the visit. One request id per submission: sent again
// it answers with the same visit. Visits are seen by staff of their county; anything else is 404.

import { regionName } from '@rencai/policies';
import { appendAudit, type Selectable, type VisitTopic, type VisitsTable } from '@rencai/store';
import { badInput, chinaDate, isStaff, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { displayNames } from '../accounts/index.js';
import { listProblems, raiseFoundProblem, readProblem, verifiedEnterprisesIn, visitableEnterprise, type ProblemView } from '../enterprises/index.js';

type VisitRow = Selectable<VisitsTable>;

export const VISIT_TOPICS: Record<VisitTopic, string> = { policy: '政策宣讲', demand: '人才需求', problems: '问题收集', project: '项目跟踪', other: '其他' };
const MAX_PROBLEMS = 10;
const MAX_COMPANIONS = 10;

export interface VisitView {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  region: string;
  regionName: string;
  visitedOn: string;
  recordedById: number;
  recordedBy: string;
  companions: string[];
  topics: VisitTopic[];
  topicLabels: string[];
  notes: string;
  problemIds: number[];
  createdAt: string;
  /** One visit read alone: its problems as the pool shows them to the caller. */
  problems?: ProblemView[];
}

/** Who records and reads visits: staff (clerks, reviewers, leaders, administrators) of their regions. */
const seesVisits = isStaff;

/** The day (China time) of a moment. */

async function views(p: Platform, rows: VisitRow[]): Promise<VisitView[]> {
  if (!rows.length) return [];
  const names = new Map((await verifiedEnterprisesIn(p, [...new Set(rows.map((r) => r.region))])).map((e) => [e.id, e.name]));
  const who = await displayNames(p.db, rows.map((r) => r.recorded_by));
  const links = await p.db.selectFrom('visit_problems').select(['visit_id', 'problem_id']).where('visit_id', 'in', rows.map((r) => r.id)).orderBy('problem_id').execute();
  return rows.map((r) => ({
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: names.get(r.enterprise_id) ?? '',
    region: r.region,
    regionName: regionName(r.region),
    visitedOn: r.visited_on,
    recordedById: r.recorded_by,
    recordedBy: who.get(r.recorded_by) ?? '',
    companions: r.companions,
    topics: r.topics,
    topicLabels: r.topics.map((t) => VISIT_TOPICS[t] ?? '其他'),
    notes: r.notes,
    problemIds: links.filter((l) => l.visit_id === r.id).map((l) => l.problem_id),
    createdAt: r.created_at.toISOString(),
  }));
}

const readRequestId = (v: unknown): string => {
  if (typeof v === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(v)) return v;
  throw badInput([{ path: 'requestId', message: '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发同一走访记录时不变' }]);
};

interface VisitInput {
  visitedOn: string;
  companions: string[];
  topics: VisitTopic[];
  notes: string;
  problems: Array<{ category: Parameters<typeof raiseFoundProblem>[4]['category']; description: string }>;
}

/** Reads the form apart from the enterprise; the day is checked against the enterprise's registration later. */
function readVisit(i: Record<string, unknown>, today: string): { v: VisitInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const day = typeof i.visitedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(i.visitedOn) && !Number.isNaN(Date.parse(i.visitedOn)) && new Date(i.visitedOn).toISOString().slice(0, 10) === i.visitedOn ? i.visitedOn : '';
  if (!day) errors.push({ path: 'visitedOn', message: '请填写走访日期（年-月-日）' });
  else if (day > today) errors.push({ path: 'visitedOn', message: `走访日期不能晚于今天（${today}）` });
  const companions: string[] = [];
  if (i.companions !== undefined && i.companions !== null) {
    const list = Array.isArray(i.companions) ? i.companions : [i.companions];
    for (const n of list) {
      const name = typeof n === 'string' ? n.trim() : '';
      if (!name) continue;
      if (name.length > 20) errors.push({ path: 'companions', message: '同行人员每人姓名不超过 20 字' });
      else companions.push(name);
    }
    if (companions.length > MAX_COMPANIONS) errors.push({ path: 'companions', message: `同行人员不超过 ${MAX_COMPANIONS} 人` });
  }
  const topics: VisitTopic[] = [];
  const topicList = Array.isArray(i.topics) ? i.topics : [];
  if (!topicList.length) errors.push({ path: 'topics', message: '请至少选择一项走访主题' });
  else if (topicList.some((t) => typeof t !== 'string' || !(t in VISIT_TOPICS))) errors.push({ path: 'topics', message: `走访主题只能从：${Object.values(VISIT_TOPICS).join('、')} 中选择` });
  else for (const t of topicList as VisitTopic[]) if (!topics.includes(t)) topics.push(t);
  const notes = typeof i.notes === 'string' ? i.notes.trim() : '';
  if (i.notes !== undefined && typeof i.notes !== 'string') errors.push({ path: 'notes', message: '走访情况应为文字' });
  if (notes.length > 2000) errors.push({ path: 'notes', message: '走访情况不超过 2000 字' });
  const problems: VisitInput['problems'] = [];
  if (i.problems !== undefined && i.problems !== null) {
    if (!Array.isArray(i.problems) || i.problems.length > MAX_PROBLEMS) errors.push({ path: 'problems', message: `发现的问题应为列表，一次不超过 ${MAX_PROBLEMS} 个` });
    else
      i.problems.forEach((x, n) => {
        const r = readProblem(x, `problems[${n}].`);
        errors.push(...r.errors);
        problems.push({ category: r.category, description: r.description });
      });
  }
  return { v: { visitedOn: day, companions, topics, notes, problems }, errors };
}

async function loadVisit(p: Platform, c: Caller, id: number): Promise<VisitRow> {
  const regions = seesVisits(c) ? visibleRegions(c) : [];
  const row = Number.isSafeInteger(id) && id > 0 && regions.length ? await p.db.selectFrom('visits').selectAll().where('id', '=', id).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该走访记录');
  return row;
}

/**
 * A cadre records a visit, and the problems found become problems in the pool, all in one
 * transaction. The same request id (per cadre) answers with the visit it made, whatever the body.
 */
export async function recordVisit(p: Platform, c: Caller, input: unknown, requestId: unknown): Promise<VisitView> {
  if (!seesVisits(c)) throw notFound('走访记录');
  const rid = readRequestId(requestId);
  const existing = () => p.db.selectFrom('visits').selectAll().where('recorded_by', '=', c.userId).where('request_id', '=', rid).executeTakeFirst();
  const before = await existing();
  if (before) return getVisit(p, c, before.id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const today = todayString(p);
  const { v, errors } = readVisit(i, today);
  if (i.enterpriseId === undefined || i.enterpriseId === null || i.enterpriseId === '') throw badInput([{ path: 'enterpriseId', message: '请选择走访的企业' }, ...errors]);
  const e = await visitableEnterprise(p, c, typeof i.enterpriseId === 'string' && /^[1-9][0-9]{0,14}$/.test(i.enterpriseId) ? Number(i.enterpriseId) : i.enterpriseId);
  // Registrations carry the database's clock, the platform's today may be set (a replay, the demo,
  // tests): the earliest day allowed is the registration's day, or today if that is earlier.
  const registered = chinaDate(new Date(e.createdAt));
  const earliest = registered < today ? registered : today;
  if (v.visitedOn && v.visitedOn <= today && v.visitedOn < earliest) errors.push({ path: 'visitedOn', message: `走访日期不能早于该企业在本平台注册的日期（${earliest}）` });
  if (errors.length) throw badInput(errors);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('visits')
        .values({ enterprise_id: e.id, region: e.region, visited_on: v.visitedOn, recorded_by: c.userId, companions: v.companions, topics: v.topics, notes: v.notes, request_id: rid })
        .returning('id')
        .executeTakeFirstOrThrow();
      const source = `${v.visitedOn} 走访${e.name}时发现（${c.displayName}登记）`;
      for (const [n, problem] of v.problems.entries()) {
        const problemId = await raiseFoundProblem(p, trx, c, { id: e.id, region: e.region, accountId: e.accountId }, problem, `visit:${r.id}:${n + 1}`, source);
        await trx.insertInto('visit_problems').values({ visit_id: r.id, problem_id: problemId }).execute();
      }
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'visit.record', entity: 'visit', entityId: r.id, region: e.region, detail: { enterpriseId: e.id, visitedOn: v.visitedOn, topics: v.topics, problems: v.problems.length } });
      return r.id;
    });
    return getVisit(p, c, id);
  } catch (err) {
    // Two sends of one submission at once: the second finds the first's visit.
    const made = isUniqueViolation(err) ? await existing() : undefined;
    if (made) return getVisit(p, c, made.id);
    throw err;
  }
}

/** One visit with its problems (as the pool shows them to the caller). */
export async function getVisit(p: Platform, c: Caller, id: number): Promise<VisitView> {
  const row = await loadVisit(p, c, id);
  const v = (await views(p, [row]))[0]!;
  const pool = v.problemIds.length ? await listProblems(p, c, { enterprise: String(row.enterprise_id) }) : [];
  v.problems = pool.filter((x) => v.problemIds.includes(x.id)).sort((a, b) => a.id - b.id);
  return v;
}

/** The visits of the caller's regions, newest first; filters: mine=1 (我的走访), region, enterprise (id), year. */
export async function listVisits(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<VisitView[]> {
  if (!seesVisits(c)) throw notFound('走访记录');
  const regions = visibleRegions(c);
  if (!regions.length) return [];
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  let q = p.db.selectFrom('visits').selectAll().where('region', 'in', regions);
  if (want('mine') === '1') q = q.where('recorded_by', '=', c.userId);
  if (want('region')) q = q.where('region', '=', want('region')!);
  if (want('enterprise') && /^[1-9][0-9]{0,14}$/.test(want('enterprise')!)) q = q.where('enterprise_id', '=', Number(want('enterprise')));
  if (want('year') && /^[0-9]{4}$/.test(want('year')!)) q = q.where('visited_on', '>=', `${want('year')}-01-01`).where('visited_on', '<=', `${want('year')}-12-31`);
  return views(p, await q.orderBy('visited_on', 'desc').orderBy('id', 'desc').limit(1000).execute());
}

/** The enterprises the caller may record a visit to (verified, in their regions), for the form's picker. */
export async function visitableEnterprises(p: Platform, c: Caller): Promise<Array<{ id: number; name: string; region: string; regionName: string }>> {
  if (!seesVisits(c)) throw notFound('企业名录');
  return (await verifiedEnterprisesIn(p, visibleRegions(c))).map((e) => ({ id: e.id, name: e.name, region: e.region, regionName: regionName(e.region) }));
}

/** Options for the form: the topics. */
export const visitTopics = () => Object.entries(VISIT_TOPICS).map(([code, label]) => ({ code, label }));
