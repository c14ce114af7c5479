// The problem pool (问题池, 椒江 "解决各类问题900余个"): a verified enterprise raises a problem in a
// category; it goes to the category's department with the working days promised for it (the holiday
// calendar counts them); the department answers; the enterprise accepts and rates the answer, or
// reopens it once with a reason (the clock starts again); a problem past its deadline is escalated
// once to the leaders and the talent office. The states, actions, takers and deadlines are the
// workflow engine's data (problemWorkflow), not a state machine of its own. A clerk may send a
// problem to another department. Scoping: an enterprise sees its own problems; a department's
// reviewers those sent to it in their regions; clerks and leaders their regions; else 404.

import { parseDay } from '@rencai/engine';
import { regionName } from '@rencai/policies';
import { appendAudit, type EnterpriseProblemsTable, type ProblemCategory, type Selectable } from '@rencai/store';
import { badInput, conflict, forbidden, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { clerksOf, displayNames, leadersOf, reviewersOf } from '../accounts/index.js';
import { sendMessages } from '../messages/index.js';
import { clock, dueOn, escalateOverdue, move, record, step, tableStore, type Trx, type WorkflowDefinition } from '../workflow/index.js';
import { PROBLEM_CATEGORIES, PROBLEM_DEPARTMENTS, departmentLabel } from './catalogue.js';
import { seesEnterprises, verifiedEnterprise } from './registration.js';

export type ProblemRow = Selectable<EnterpriseProblemsTable>;
export type ProblemStateName = ProblemRow['state'];
export type ProblemAction = 'answer' | 'reopen' | 'rate';

export const PROBLEM_STATE_LABELS: Record<ProblemStateName, string> = { assigned: '待部门答复', answered: '已答复，待企业评价', reopened: '企业已要求重新办理', closed: '已办结' };

export const problemWorkflow: WorkflowDefinition<ProblemStateName, ProblemAction, ProblemRow> = {
  name: 'enterprise_problem',
  noun: '企业问题',
  states: {
    assigned: { label: PROBLEM_STATE_LABELS.assigned, clock: true },
    answered: { label: PROBLEM_STATE_LABELS.answered },
    reopened: { label: PROBLEM_STATE_LABELS.reopened, clock: true },
    closed: { label: PROBLEM_STATE_LABELS.closed },
  },
  actions: {
    answer: { from: ['assigned', 'reopened'], to: 'answered', takers: ['reviewer', 'clerk'], label: '答复' },
    reopen: { from: ['answered'], to: 'reopened', takers: ['enterprise'], label: '要求重新办理' },
    rate: { from: ['answered'], to: 'closed', takers: ['enterprise'], label: '评价并办结' },
  },
  workdays: (r) => PROBLEM_CATEGORIES[r.category].workdays,
  // The row does not name its enterprise's account: actOnProblem tells the enterprise of an answer itself.
  notify: () => [],
  escalation: {
    reason: (r) => `已超过承诺办理时限（${r.due_on}）仍未答复，已提请督办`,
    async messages(trx, r) {
      const text = `督办：企业问题（${PROBLEM_CATEGORIES[r.category].label}，${departmentLabel(r.department)}，${regionName(r.region)}）已超过承诺时限 ${r.due_on} 仍未答复`;
      const to = new Set([...(await leadersOf(trx, r.region)), ...(await clerksOf(trx, r.region))]);
      return [...to].map((userId) => ({ userId, text }));
    },
  },
  store: tableStore<ProblemStateName, ProblemRow>({ table: 'enterprise_problems', events: 'enterprise_problem_events', subjectColumn: 'problem_id', escalatedColumn: 'escalated_at' }),
};

export interface ProblemView {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  region: string;
  regionName: string;
  category: ProblemCategory;
  categoryLabel: string;
  description: string;
  department: string;
  departmentName: string;
  state: ProblemStateName;
  stateLabel: string;
  raisedOn: string;
  dueOn: string | null;
  workdaysLeft: number | null;
  overdue: boolean;
  escalated: boolean;
  answer: string | null;
  answeredOn: string | null;
  answeredBy: string | null;
  onTime: boolean | null;
  reopened: boolean;
  reopenReason: string | null;
  rating: number | null;
  ratingNote: string | null;
  version: number;
  /** What the caller may do now: action → its label. */
  actions: Array<{ action: string; label: string }>;
  history?: Array<{ action: string; label: string; fromLabel: string | null; toLabel: string; by: string | null; reason: string | null; at: string }>;
}

const ACTION_LABELS: Record<string, string> = { raise: '提交问题', answer: '部门答复', reopen: '要求重新办理', rate: '评价办结', reassign: '改派部门', escalate: '超期督办' };

function mayAnswer(c: Caller, r: ProblemRow): boolean {
  return (c.role === 'reviewer' && c.department === r.department) || (c.role === 'clerk' && r.department === 'talent_office');
}

function actionsFor(c: Caller, r: ProblemRow): Array<{ action: string; label: string }> {
  const out: Array<{ action: string; label: string }> = [];
  if ((r.state === 'assigned' || r.state === 'reopened') && mayAnswer(c, r)) out.push({ action: 'answer', label: '答复' });
  if (r.state === 'answered' && c.role === 'enterprise') {
    out.push({ action: 'rate', label: '评价并办结' });
    if (r.reopen_count === 0) out.push({ action: 'reopen', label: '要求重新办理' });
  }
  if ((r.state === 'assigned' || r.state === 'reopened') && c.role === 'clerk') out.push({ action: 'reassign', label: '改派部门' });
  return out;
}

async function views(p: Platform, c: Caller, rows: ProblemRow[]): Promise<ProblemView[]> {
  if (!rows.length) return [];
  const ents = await p.db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', [...new Set(rows.map((r) => r.enterprise_id))]).execute();
  const nameOf = new Map(ents.map((e) => [e.id, e.name]));
  const who = await displayNames(p.db, rows.map((r) => r.answered_by));
  const today = p.today();
  return rows.map((r) => {
    const k = clock(problemWorkflow, p.calendar, today, r);
    return {
      id: r.id,
      enterpriseId: r.enterprise_id,
      enterpriseName: nameOf.get(r.enterprise_id) ?? '',
      region: r.region,
      regionName: regionName(r.region),
      category: r.category,
      categoryLabel: PROBLEM_CATEGORIES[r.category].label,
      description: r.description,
      department: r.department,
      departmentName: departmentLabel(r.department),
      state: r.state,
      stateLabel: PROBLEM_STATE_LABELS[r.state],
      raisedOn: r.raised_on,
      dueOn: r.due_on,
      workdaysLeft: k.workdaysLeft,
      overdue: k.overdue,
      escalated: r.escalated_at !== null,
      answer: r.answer,
      answeredOn: r.answered_on,
      answeredBy: r.answered_by ? (who.get(r.answered_by) ?? null) : null,
      onTime: r.on_time,
      reopened: r.reopen_count > 0,
      reopenReason: r.reopen_reason,
      rating: r.rating,
      ratingNote: r.rating_note,
      version: r.version,
      actions: actionsFor(c, r),
    };
  });
}

/** The problems the caller may see (a query to narrow further), or null when they see none. */
function scoped(p: Platform, c: Caller, db: Platform['db'] | Trx = p.db) {
  const base = db.selectFrom('enterprise_problems').selectAll();
  if (c.role === 'enterprise') return base.where('enterprise_id', 'in', db.selectFrom('enterprises').select('id').where('account_id', '=', c.userId));
  const regions = visibleRegions(c);
  if (!regions.length) return null;
  if (c.role === 'reviewer') return base.where('region', 'in', regions).where('department', '=', c.department ?? '');
  if (seesEnterprises(c)) return base.where('region', 'in', regions);
  return null;
}

async function loadProblem(p: Platform, c: Caller, id: number, db: Platform['db'] | Trx = p.db): Promise<ProblemRow> {
  const q = Number.isSafeInteger(id) && id > 0 ? scoped(p, c, db) : null;
  const row = q ? await q.where('id', '=', id).executeTakeFirst() : undefined;
  if (!row) throw notFound('该问题');
  return row;
}

const readRequestId = (v: unknown): string => {
  if (typeof v === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(v)) return v;
  throw badInput([{ path: 'requestId', message: '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发时不变' }]);
};

/** A problem's category and description read from a form; `at` prefixes the error paths (a visit's `problems[0].`). */
export function readProblem(input: unknown, at = ''): { category: ProblemCategory; description: string; errors: FieldError[] } {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof i.category !== 'string' || !(i.category in PROBLEM_CATEGORIES)) errors.push({ path: `${at}category`, message: '请选择问题类别（人才招引、住房、子女就学、政策兑现、其他）' });
  const description = typeof i.description === 'string' ? i.description.trim() : '';
  if (description.length < 5 || description.length > 2000) errors.push({ path: `${at}description`, message: '请描述问题（5–2000 字）' });
  return { category: i.category as ProblemCategory, description, errors };
}

/** A verified enterprise raises a problem: sent to its category's department with the promised working days. The same request id raises it once. */
export async function raiseProblem(p: Platform, c: Caller, input: unknown, requestId: unknown): Promise<ProblemView> {
  const e = await verifiedEnterprise(p, c);
  const rid = readRequestId(requestId);
  const { category, description, errors } = readProblem(input);
  if (errors.length) throw badInput(errors);
  const existing = () => p.db.selectFrom('enterprise_problems').selectAll().where('enterprise_id', '=', e.id).where('request_id', '=', rid).executeTakeFirst();
  const before = await existing();
  if (before) return (await views(p, c, [before]))[0]!;
  const today = todayString(p);
  const spec = PROBLEM_CATEGORIES[category];
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('enterprise_problems')
        .values({ enterprise_id: e.id, region: e.region, category, description, department: spec.department, state: 'assigned', raised_on: today, due_on: dueOn(p.calendar, today, spec.workdays), request_id: rid })
        .returningAll()
        .executeTakeFirstOrThrow();
      await record(trx, problemWorkflow, { subjectId: r.id, action: 'raise', from: null, to: 'assigned', actorId: c.userId, reason: `交${departmentLabel(spec.department)}办理，承诺 ${spec.workdays} 个工作日内答复` });
      await tellHandlers(trx, r, r.due_on!, `新问题交${departmentLabel(r.department)}办理`);
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise_problem.raise', entity: 'enterprise_problem', entityId: r.id, region: r.region, detail: { category, department: spec.department } });
      return r;
    });
    return (await views(p, c, [row]))[0]!;
  } catch (err) {
    const made = isUniqueViolation(err) ? await existing() : undefined;
    if (made) return (await views(p, c, [made]))[0]!;
    throw err;
  }
}

/**
 * A cadre puts a problem found on a visit into the pool for a verified enterprise, inside the
 * visit's transaction (read with readProblem first): sent to its category's department with the
 * promised working days like one the enterprise raised, its source written in the raise step of its
 * history, and the enterprise told. `requestId` is unique per enterprise (the visit's key and the
 * problem's place on it). Returns the problem's id.
 */
export async function raiseFoundProblem(p: Platform, trx: Trx, c: Caller, e: { id: number; region: string; accountId: number }, problem: { category: ProblemCategory; description: string }, requestId: string, source: string): Promise<number> {
  const today = todayString(p);
  const spec = PROBLEM_CATEGORIES[problem.category];
  const r = await trx
    .insertInto('enterprise_problems')
    .values({ enterprise_id: e.id, region: e.region, category: problem.category, description: problem.description, department: spec.department, state: 'assigned', raised_on: today, due_on: dueOn(p.calendar, today, spec.workdays), request_id: requestId })
    .returningAll()
    .executeTakeFirstOrThrow();
  await record(trx, problemWorkflow, { subjectId: r.id, action: 'raise', from: null, to: 'assigned', actorId: c.userId, reason: `${source}；交${departmentLabel(spec.department)}办理，承诺 ${spec.workdays} 个工作日内答复` });
  await tellHandlers(trx, r, r.due_on!, `新问题交${departmentLabel(r.department)}办理`);
  await sendMessages(trx, [{ userId: e.accountId, text: `${source}的问题（${spec.label}）已交${departmentLabel(spec.department)}办理，承诺 ${spec.workdays} 个工作日内答复。` }]);
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise_problem.raise', entity: 'enterprise_problem', entityId: r.id, region: r.region, detail: { category: problem.category, department: spec.department, source } });
  return r.id;
}

/** The problems the caller sees, newest first; filters: state, category, region, department, enterprise (id), overdue=1. */
export async function listProblems(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<ProblemView[]> {
  let q = scoped(p, c);
  if (!q) throw notFound('问题池');
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  if (want('state') && want('state')! in PROBLEM_STATE_LABELS) q = q.where('state', '=', want('state') as ProblemStateName);
  if (want('category')) q = q.where('category', '=', want('category') as ProblemCategory);
  if (want('region')) q = q.where('region', '=', want('region')!);
  if (want('department')) q = q.where('department', '=', want('department')!);
  if (want('enterprise') && /^[1-9][0-9]{0,14}$/.test(want('enterprise')!)) q = q.where('enterprise_id', '=', Number(want('enterprise')));
  const rows = await q.orderBy('id', 'desc').limit(500).execute();
  const all = await views(p, c, rows);
  return want('overdue') === '1' ? all.filter((v) => v.overdue) : all;
}

/** One problem with its history. */
export async function getProblem(p: Platform, c: Caller, id: number): Promise<ProblemView> {
  const row = await loadProblem(p, c, id);
  const v = (await views(p, c, [row]))[0]!;
  const events = await p.db.selectFrom('enterprise_problem_events').selectAll().where('problem_id', '=', id).orderBy('id').execute();
  const who = await displayNames(p.db, events.map((e) => e.actor_id));
  const st = (s: string | null) => (s ? (PROBLEM_STATE_LABELS[s as ProblemStateName] ?? null) : null);
  v.history = events.map((e) => ({ action: e.action, label: ACTION_LABELS[e.action] ?? '办理', fromLabel: st(e.from_state), toLabel: st(e.to_state) ?? '', by: e.actor_id ? (who.get(e.actor_id) ?? null) : '系统', reason: e.reason, at: e.at.toISOString() }));
  return v;
}

const versionOf = (body: Record<string, unknown>, row: ProblemRow): ProblemRow => {
  const v = body.version;
  if (v === undefined) return row;
  if (!Number.isSafeInteger(v)) throw badInput([{ path: 'version', message: '版本号应为整数' }]);
  return { ...row, version: v as number };
};

/** Tells those who answer a problem (the talent office's clerks, or the department's reviewers, of its county and the city) that it is theirs, and by when. */
async function tellHandlers(trx: Trx, r: Pick<ProblemRow, 'id' | 'category' | 'department' | 'region'>, dueOnDay: string, what: string): Promise<void> {
  const to = r.department === 'talent_office' ? await clerksOf(trx, r.region) : await reviewersOf(trx, r.department, r.region);
  const text = `${what}：企业问题（${PROBLEM_CATEGORIES[r.category].label}，${regionName(r.region)}）请于 ${dueOnDay} 前答复`;
  await sendMessages(trx, to.map((userId) => ({ userId, text })));
}

/** Takes one step of the problem workflow (answer, reopen, rate) or, for a clerk, reassigns it to another department. */
export async function actOnProblem(p: Platform, c: Caller, id: number, action: string, input: unknown): Promise<ProblemView> {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const today = todayString(p);
  await p.db.transaction().execute(async (trx) => {
    const row = versionOf(body, await loadProblem(p, c, id, trx));
    const note = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
    if (action === 'answer') {
      if (!mayAnswer(c, row)) throw forbidden(`该问题由${departmentLabel(row.department)}答复`);
      const answer = note('answer');
      if (answer.length < 2 || answer.length > 2000) throw badInput([{ path: 'answer', message: '请填写答复内容（2–2000 字）' }]);
      const onTime = row.due_on !== null && parseDay(today) <= parseDay(row.due_on);
      await move(trx, problemWorkflow, c, row, 'answer', null, { answer, answered_by: c.userId, answered_at: new Date(), answered_on: today, on_time: onTime });
      const owner = await trx.selectFrom('enterprises').select('account_id').where('id', '=', row.enterprise_id).executeTakeFirstOrThrow();
      await sendMessages(trx, [{ userId: owner.account_id, text: `您提交的问题（${PROBLEM_CATEGORIES[row.category].label}）已由${departmentLabel(row.department)}答复，请查看并评价。` }]);
    } else if (action === 'reopen') {
      if (row.reopen_count >= 1) throw conflict('每个问题只能要求重新办理一次');
      const reason = note('reason');
      if (reason.length < 2 || reason.length > 500) throw badInput([{ path: 'reason', message: '请写明要求重新办理的理由（2–500 字）' }]);
      const due = dueOn(p.calendar, today, PROBLEM_CATEGORIES[row.category].workdays);
      await move(trx, problemWorkflow, c, row, 'reopen', reason, { reopen_count: 1, reopen_reason: reason, due_on: due, escalated_at: null, answer: null, answered_on: null, on_time: null });
      await tellHandlers(trx, row, due, '企业要求重新办理');
    } else if (action === 'rate') {
      const rating = body.rating;
      if (!Number.isInteger(rating) || (rating as number) < 1 || (rating as number) > 5) throw badInput([{ path: 'rating', message: '满意度应为 1–5 星' }]);
      const ratingNote = note('note');
      if (ratingNote.length > 500) throw badInput([{ path: 'note', message: '评价说明不超过 500 字' }]);
      await move(trx, problemWorkflow, c, row, 'rate', ratingNote || null, { rating, rating_note: ratingNote || null });
    } else if (action === 'reassign') {
      if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以改派部门');
      if (row.state !== 'assigned' && row.state !== 'reopened') throw conflict(`问题当前状态为「${PROBLEM_STATE_LABELS[row.state]}」，不能改派`);
      const department = note('department');
      if (!(department in PROBLEM_DEPARTMENTS)) throw badInput([{ path: 'department', message: '承办部门不存在，请从列表中选择' }]);
      if (department === row.department) throw badInput([{ path: 'department', message: '已由该部门承办' }]);
      const reason = note('reason');
      if (reason.length < 2) throw badInput([{ path: 'reason', message: '请写明改派理由' }]);
      await step(trx, problemWorkflow, c, row, 'reassign', `改派${departmentLabel(department)}：${reason}`, { department });
      await tellHandlers(trx, { ...row, department }, row.due_on ?? today, `改派${departmentLabel(department)}办理`);
    } else throw badInput([{ path: 'action', message: '办理步骤应为 answer（答复）、reopen（要求重新办理）、rate（评价）或 reassign（改派）' }]);
  });
  return getProblem(p, c, id);
}

/** Escalates every problem past its promised deadline, once each (the scheduled job). */
export const escalateProblems = (p: Platform): Promise<number> => escalateOverdue(p, problemWorkflow);

export interface ProblemStatsRow {
  /** The county, department, category or month (YYYY-MM) counted; '' for the total. */
  key: string;
  label: string;
  raised: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
  reopened: number;
  rated: number;
  /** Mean rating (1–5), one decimal; null when none rated. */
  satisfaction: number | null;
}

export interface ProblemStats {
  /** The raising dates counted (YYYY-MM-DD, China time), as asked. */
  range: { from?: string; to?: string };
  byRegion: ProblemStatsRow[];
  byDepartment: ProblemStatsRow[];
  byCategory: ProblemStatsRow[];
  /** By the month the problem was raised, oldest first. */
  byMonth: ProblemStatsRow[];
  total: ProblemStatsRow;
}

/**
 * Counts of the problems the caller sees, raised within the range (by raising day; both ends optional):
 * raised, answered, answered on time, overdue (open past the deadline today, or answered late), reopened,
 * rated and the mean rating — by county, by the department now responsible, by category and by month.
 */
export async function problemStats(p: Platform, c: Caller, range: { from?: string; to?: string } = {}): Promise<ProblemStats> {
  if (!seesEnterprises(c)) throw notFound('问题池统计');
  const regions = visibleRegions(c);
  let q = p.db.selectFrom('enterprise_problems').select(['region', 'department', 'category', 'raised_on', 'state', 'due_on', 'answered_on', 'on_time', 'reopen_count', 'rating']).where('region', 'in', regions.length ? regions : ['-']);
  if (range.from) q = q.where('raised_on', '>=', range.from);
  if (range.to) q = q.where('raised_on', '<=', range.to);
  const rows = await q.execute();
  const today = todayString(p);
  type Acc = ProblemStatsRow & { sum: number };
  const empty = (key: string, label: string): Acc => ({ key, label, raised: 0, answered: 0, answeredOnTime: 0, overdue: 0, reopened: 0, rated: 0, satisfaction: null, sum: 0 });
  const maps = { region: new Map<string, Acc>(), department: new Map<string, Acc>(), category: new Map<string, Acc>(), month: new Map<string, Acc>() };
  const total = empty('', '合计');
  const monthLabel = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
  for (const r of rows) {
    const at = (m: Map<string, Acc>, key: string, label: () => string) => m.get(key) ?? m.set(key, empty(key, label())).get(key)!;
    const month = r.raised_on.slice(0, 7);
    const accs = [
      total,
      at(maps.region, r.region, () => regionName(r.region)),
      at(maps.department, r.department, () => departmentLabel(r.department)),
      at(maps.category, r.category, () => PROBLEM_CATEGORIES[r.category].label),
      at(maps.month, month, () => monthLabel(month)),
    ];
    for (const a of accs) {
      a.raised += 1;
      if (r.answered_on) a.answered += 1;
      if (r.on_time) a.answeredOnTime += 1;
      const open = r.state === 'assigned' || r.state === 'reopened';
      if ((open && r.due_on !== null && r.due_on < today) || r.on_time === false) a.overdue += 1;
      if (r.reopen_count > 0) a.reopened += 1;
      if (r.rating !== null) {
        a.rated += 1;
        a.sum += r.rating;
      }
    }
  }
  const done = ({ sum, ...a }: Acc): ProblemStatsRow => ({ ...a, satisfaction: a.rated ? Math.round((sum / a.rated) * 10) / 10 : null });
  const ordered = (m: Map<string, Acc>, order: readonly string[]) => [...m.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || a.key.localeCompare(b.key)).map(done);
  return {
    range: { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) },
    byRegion: ordered(maps.region, regions),
    byDepartment: ordered(maps.department, Object.keys(PROBLEM_DEPARTMENTS)),
    byCategory: ordered(maps.category, Object.keys(PROBLEM_CATEGORIES)),
    byMonth: ordered(maps.month, []),
    total: done(total),
  };
}

export const PROBLEMS_ANSWERED_DEFINITION =
  '企业通过问题池（企呼我应）或走访提出、承办部门已答复的问题件数，以最近一次答复日计（企业要求重新办理的，以重新办理后的答复日计），按企业所在县（市、区）统计。';

/** Problems answered from `from` to `to`, each on its (latest) answer day and county — the work list's record for item 14.1. */
export async function answeredProblems(db: Platform['db'], from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('enterprise_problems').select(['answered_on', 'region']).where('answered_on', '>=', from).where('answered_on', '<=', to).execute();
  return rows.map((r) => ({ on: r.answered_on!, region: r.region }));
}
