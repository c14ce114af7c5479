// The registry of projects, teams and platforms (第16条、工作清单第4–6项): 双领 projects, 飞地 teams and
// projects, academician / postdoc / doctoral stations, engineer centres, provincial startup parks.
// Each belongs to an enterprise (a registry employer) and its county, names its people (registry
// persons, with roles) and holds the details of its kind; every change keeps the previous version
// with who and why (a reason is required), and is audited. Yearly assessments (考核) are recorded by
// the talent office. Scope: a clerk sees the projects of their regions, an employer only its own —
// any other id answers 404.
//
// Bad input is refused with Chinese messages naming the field: a 双领 class the policy has no
// startup funding for (read from art16.shuangling.startup), an upgrade that is not one class up or
// comes after the window (art16.shuangling.upgrade_years, read on the review date), a milestone
// (landing, settlement, upgrade, contribution evaluation, assessment) dated before the review.

import { addYears, formatDay, isValidDateString, parseDay } from '@rencai/engine';
import { regionName } from '@rencai/policies';
import { appendAudit, type DB, type Db, type ProjectKind, type ProjectsTable, type Selectable, type Transaction } from '@rencai/store';
import { type Caller, type FieldError, type Platform, PlatformError, badInput, conflict, forbidden, isUniqueViolation, notFound, policyParam, todayString, visibleRegions } from '../shared/index.js';
import { employerRow, getEmployer, getPersonRow, personRow } from '../registry/index.js';
import { displayNames } from '../accounts/index.js';

type Trx = Transaction<DB>;
export type ProjectRow = Selectable<ProjectsTable>;

export const PROJECT_KINDS: Record<ProjectKind, string> = {
  shuangling: '“衢时代双领”项目',
  enclave_team: '“人才飞地”创新团队',
  enclave_project: '“人才飞地”高新产业项目',
  academician_station: '院士专家工作站',
  postdoc_station: '博士后科研工作站',
  phd_station: '博士工作站',
  engineer_centre: '工程师协同创新中心',
  startup_park: '省级人才创业园',
};
const STATIONS: ProjectKind[] = ['academician_station', 'postdoc_station', 'phd_station'];
export const PROJECT_LEVELS: Record<string, string> = { national: '国家级', provincial: '省级', city: '市级', county: '县级' };
export const PROJECT_ROLES: Record<string, string> = { leader: '领办人（带头人）', member: '核心成员', academician: '进站院士', postdoc: '在站博士后', expert: '专家' };
const REVIEW_RESULTS: Record<string, string> = { passed: '评定通过', failed: '评定未通过' };
export const ASSESSMENT_OUTCOMES: Record<'pass' | 'fail', string> = { pass: '合格', fail: '不合格' };

const POLICY = 'quzhou-2020';

export interface ProjectView {
  id: number;
  kind: ProjectKind;
  kindText: string;
  name: string;
  employerId: number;
  employerName: string;
  region: string;
  regionName: string;
  people: Array<{ personId: number; name: string; role: string; roleText: string }>;
  details: Record<string, unknown>;
  /** The details in words, for the screens (label, value). */
  detailLines: Array<{ label: string; value: string }>;
  /** The milestones in date order (review, landing, settlement, upgrade, evaluations, assessments). */
  milestones: Array<{ date: string; what: string }>;
  assessments: Array<{ year: number; outcome: 'pass' | 'fail'; outcomeText: string; assessedOn: string; evidence: string }>;
  startedOn: string | null;
  leftOn: string | null;
  version: number;
  updatedAt: string;
}

/** The projects a caller may see, as a query to refine: an employer its own, staff their regions. */
export function projectsInScope(p: Platform, c: Caller, db: Db | Trx = p.db) {
  const q = db.selectFrom('projects');
  if (c.role === 'employer') return q.where('projects.employer_id', '=', c.employerId ?? -1);
  if (!(c.role === 'clerk' || c.role === 'leader' || c.role === 'admin')) return q.where('projects.id', '=', -1);
  const regions = visibleRegions(c);
  return q.where('projects.region', 'in', regions.length ? regions : ['-']);
}

const str = (v: unknown, min: number, max: number): string | undefined => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s.length >= min && s.length <= max ? s : undefined;
};
const day = (v: unknown): string | undefined => (typeof v === 'string' && isValidDateString(v) ? v : undefined);

/** The startup funding (fen) of a 双领 class on a day, or undefined when the policy has no such class. */
export function shuanglingStartupFen(cls: string, on: string): number | undefined {
  if (!/^[A-Z]$/.test(cls)) return undefined;
  try {
    return Math.round(Number(policyParam(POLICY, `art16.shuangling.startup.${cls}`, parseDay(on))) * 100);
  } catch {
    return undefined;
  }
}
const CLASS_ORDER = ['C', 'B', 'A'];

interface Input {
  kind?: unknown;
  name?: unknown;
  employerId?: unknown;
  people?: unknown;
  details?: unknown;
  reason?: unknown;
  version?: unknown;
}

interface Read {
  kind: ProjectKind;
  name: string;
  people: Array<{ personId: number; role: string }>;
  details: Record<string, unknown>;
  startedOn: string | null;
}

/** Checks a record's kind, name, people and details; returns what to store or the field errors. */
async function readProject(p: Platform, c: Caller, db: Db | Trx, input: Input, kindFixed?: ProjectKind): Promise<{ read?: Read; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const kind = (kindFixed ?? input.kind) as ProjectKind;
  if (!kindFixed && (typeof input.kind !== 'string' || !Object.hasOwn(PROJECT_KINDS, input.kind))) errors.push({ path: 'kind', message: `请选择类型：${Object.values(PROJECT_KINDS).join('、')}` });
  const name = str(input.name, 2, 100);
  if (!name) errors.push({ path: 'name', message: '请填写名称（2–100 个字）' });
  const people: Array<{ personId: number; role: string }> = [];
  if (input.people !== undefined && !Array.isArray(input.people)) errors.push({ path: 'people', message: '人员应为列表' });
  for (const [i, x] of (Array.isArray(input.people) ? input.people : []).entries()) {
    const o = (x ?? {}) as { personId?: unknown; role?: unknown };
    if (typeof o.role !== 'string' || !Object.hasOwn(PROJECT_ROLES, o.role)) errors.push({ path: `people.${i}.role`, message: `请选择人员角色：${Object.values(PROJECT_ROLES).join('、')}` });
    const ok = await getPersonRow(p, c, o.personId as number, db).then(
      () => true,
      () => false,
    );
    if (!ok) errors.push({ path: `people.${i}.personId`, message: '人员须为人才库中可查看的人员（用人单位只能填写本单位人员）' });
    else if (typeof o.role === 'string') people.push({ personId: o.personId as number, role: o.role });
  }
  const d = (input.details ?? {}) as Record<string, unknown>;
  if (typeof d !== 'object' || Array.isArray(d)) errors.push({ path: 'details', message: '项目信息应为对象' });
  const details: Record<string, unknown> = {};
  let startedOn: string | null = null;
  const dateField = (k: string, label: string, required = false): string | undefined => {
    if (d[k] === undefined || d[k] === null || d[k] === '') {
      if (required) errors.push({ path: `details.${k}`, message: `请填写${label}（YYYY-MM-DD）` });
      return undefined;
    }
    const v = day(d[k]);
    if (!v) errors.push({ path: `details.${k}`, message: `${label}应为 YYYY-MM-DD` });
    else if (v > todayString(p)) errors.push({ path: `details.${k}`, message: `${label}不能晚于今天` });
    else details[k] = v;
    return v;
  };
  if (kind === 'shuangling') {
    const cls = typeof d.class === 'string' ? d.class.trim().toUpperCase() : '';
    const review = dateField('reviewDate', '评定日期', true);
    if (typeof d.reviewResult !== 'string' || !Object.hasOwn(REVIEW_RESULTS, d.reviewResult)) errors.push({ path: 'details.reviewResult', message: '请选择评定结果：评定通过或评定未通过' });
    else details.reviewResult = d.reviewResult;
    if (shuanglingStartupFen(cls, review ?? todayString(p)) === undefined) errors.push({ path: 'details.class', message: `评定类别「${String(d.class ?? '').slice(0, 10)}」不是政策规定的类别：“衢时代双领”项目只有 A、B、C 三类（第16条）` });
    else details.class = cls;
    const milestone = (k: string, label: string, v: string | undefined) => {
      if (v && review && v < review) errors.push({ path: `details.${k}`, message: `${label}（${v}）不能早于评定日期（${review}）` });
    };
    milestone('landingDate', '落地日期', dateField('landingDate', '落地日期'));
    milestone('settlementDate', '落户日期', dateField('settlementDate', '落户日期'));
    startedOn = (details.landingDate as string | undefined) ?? null;
    const up = d.upgrade as { class?: unknown; date?: unknown } | undefined | null;
    if (up !== undefined && up !== null) {
      const to = typeof up.class === 'string' ? up.class.trim().toUpperCase() : '';
      const on = day(up.date);
      if (!on) errors.push({ path: 'details.upgrade.date', message: '升档评定日期应为 YYYY-MM-DD' });
      else if (on > todayString(p)) errors.push({ path: 'details.upgrade.date', message: '升档评定日期不能晚于今天' });
      const from = CLASS_ORDER.indexOf(details.class as string);
      if (shuanglingStartupFen(to, review ?? todayString(p)) === undefined) errors.push({ path: 'details.upgrade.class', message: `升档后类别「${to.slice(0, 10)}」不是政策规定的类别（A、B、C）` });
      else if (from >= 0 && CLASS_ORDER.indexOf(to) !== from + 1) errors.push({ path: 'details.upgrade.class', message: `升档只能升一档：${String(details.class)}类${from === 2 ? '已是最高档，不能升档' : `只能升为${CLASS_ORDER[from + 1]}类`}（第16条“B、C 两类可升一档资助”）` });
      if (on && review) {
        const years = Number(policyParam(POLICY, 'art16.shuangling.upgrade_years', parseDay(review)));
        const last = formatDay(addYears(parseDay(review), years));
        if (on < review) errors.push({ path: 'details.upgrade.date', message: `升档评定日期（${on}）不能早于评定日期（${review}）` });
        else if (on > last) errors.push({ path: 'details.upgrade.date', message: `升档评定日期（${on}）已超过评定后 ${years} 年（${last}）：第16条只支持“两年内”升一档` });
      }
      if (on && !errors.some((e) => e.path.startsWith('details.upgrade'))) details.upgrade = { class: to, date: on };
    }
    if (d.contributions !== undefined && !Array.isArray(d.contributions)) errors.push({ path: 'details.contributions', message: '贡献评价应为列表' });
    const evals: Array<{ date: string; amountFen: number; note: string }> = [];
    for (const [i, x] of (Array.isArray(d.contributions) ? d.contributions : []).entries()) {
      const o = (x ?? {}) as { date?: unknown; amountFen?: unknown; note?: unknown };
      const on = day(o.date);
      if (!on) errors.push({ path: `details.contributions.${i}.date`, message: '贡献评价日期应为 YYYY-MM-DD' });
      else if (review && on < review) errors.push({ path: `details.contributions.${i}.date`, message: `贡献评价日期（${on}）不能早于评定日期（${review}）` });
      if (!Number.isSafeInteger(o.amountFen) || (o.amountFen as number) < 0) errors.push({ path: `details.contributions.${i}.amountFen`, message: '经评价的地方综合贡献应为非负整数（分）' });
      if (on && Number.isSafeInteger(o.amountFen)) evals.push({ date: on, amountFen: o.amountFen as number, note: str(o.note, 0, 200) ?? '' });
    }
    if (evals.length) details.contributions = evals;
  } else {
    const set = dateField('setUpDate', STATIONS.includes(kind) ? '设立（获批）日期' : '设立（引进）日期', true);
    startedOn = set ?? null;
    if (d.level !== undefined && d.level !== null && d.level !== '') {
      if (typeof d.level !== 'string' || !Object.hasOwn(PROJECT_LEVELS, d.level)) errors.push({ path: 'details.level', message: `级别应为：${Object.values(PROJECT_LEVELS).join('、')}` });
      else details.level = d.level;
    } else if (STATIONS.includes(kind)) errors.push({ path: 'details.level', message: '请选择工作站级别' });
  }
  if (errors.length || !name) return { errors };
  return { read: { kind, name, people, details, startedOn }, errors };
}

async function toView(db: Db | Trx, r: ProjectRow): Promise<ProjectView> {
  const emp = await employerRow(db, r.employer_id);
  const people = r.people ?? [];
  const names = await Promise.all(people.map(async (x) => ({ id: x.personId, name: (await personRow(db, x.personId))?.name ?? '' })));
  const assessments = await db.selectFrom('project_assessments').selectAll().where('project_id', '=', r.id).orderBy('year').execute();
  const d = r.details ?? {};
  const lines: Array<{ label: string; value: string }> = [];
  const milestones: Array<{ date: string; what: string }> = [];
  const up = d.upgrade as { class: string; date: string } | undefined;
  if (r.kind === 'shuangling') {
    lines.push({ label: '评定类别', value: `${String(d.class)}类` }, { label: '评定结果', value: REVIEW_RESULTS[d.reviewResult as string] ?? '—' });
    if (d.reviewDate) milestones.push({ date: d.reviewDate as string, what: `评定为${String(d.class)}类（${REVIEW_RESULTS[d.reviewResult as string] ?? ''}）` });
    if (d.landingDate) milestones.push({ date: d.landingDate as string, what: '项目落地' });
    if (d.settlementDate) milestones.push({ date: d.settlementDate as string, what: '落户衢州' });
    if (up) milestones.push({ date: up.date, what: `升档为${up.class}类` });
    for (const x of (d.contributions ?? []) as Array<{ date: string; amountFen: number }>) milestones.push({ date: x.date, what: `地方综合贡献评价：${(x.amountFen / 100).toFixed(2)} 元` });
  } else {
    if (d.level) lines.push({ label: '级别', value: PROJECT_LEVELS[d.level as string] ?? '—' });
    if (d.setUpDate) milestones.push({ date: d.setUpDate as string, what: STATIONS.includes(r.kind) ? '设立（获批）' : '设立（引进）' });
  }
  for (const a of assessments) milestones.push({ date: a.assessed_on, what: `${a.year} 年度考核${ASSESSMENT_OUTCOMES[a.outcome]}` });
  if (r.left_on) milestones.push({ date: r.left_on, what: '迁离衢州' });
  milestones.sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: r.id,
    kind: r.kind,
    kindText: PROJECT_KINDS[r.kind],
    name: r.name,
    employerId: r.employer_id,
    employerName: emp?.name ?? '',
    region: r.region,
    regionName: regionName(r.region),
    people: people.map((x) => ({ personId: x.personId, name: names.find((n) => n.id === x.personId)?.name ?? '', role: x.role, roleText: PROJECT_ROLES[x.role] ?? '' })),
    details: d,
    detailLines: lines,
    milestones,
    assessments: assessments.map((a) => ({ year: a.year, outcome: a.outcome, outcomeText: ASSESSMENT_OUTCOMES[a.outcome], assessedOn: a.assessed_on, evidence: a.evidence })),
    startedOn: r.started_on,
    leftOn: r.left_on,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const canEdit = (c: Caller) => c.role === 'clerk' || c.role === 'admin' || c.role === 'employer';
const reasonOf = (v: unknown) => str(v, 2, 200);

/** A project the caller may see, or 404. */
export async function projectRow(p: Platform, c: Caller, id: number, db: Db | Trx = p.db): Promise<ProjectRow> {
  const row = Number.isSafeInteger(id) && id > 0 ? await projectsInScope(p, c, db).selectAll('projects').where('projects.id', '=', id).executeTakeFirst() : undefined;
  if (!row) throw notFound('该项目（或无权查看）');
  return row;
}

export async function getProject(p: Platform, c: Caller, id: number): Promise<ProjectView> {
  return toView(p.db, await projectRow(p, c, id));
}

/** The projects the caller may see, by kind and county (optional), newest first. */
export async function listProjects(p: Platform, c: Caller, q: { kind?: unknown; region?: unknown }): Promise<ProjectView[]> {
  let sel = projectsInScope(p, c).selectAll('projects');
  if (typeof q.kind === 'string' && q.kind) sel = sel.where('projects.kind', '=', q.kind as ProjectKind);
  if (typeof q.region === 'string' && q.region) sel = sel.where('projects.region', '=', q.region);
  const rows = await sel.orderBy('projects.id', 'desc').limit(500).execute();
  return Promise.all(rows.map((r) => toView(p.db, r)));
}

/** Records a project (clerk: for an employer of their regions; employer: its own), version 1 with the reason. */
export async function createProject(p: Platform, c: Caller, input: Input): Promise<ProjectView> {
  if (!canEdit(c)) throw forbidden('只有人才办经办人员或用人单位可以登记项目');
  const employerId = c.role === 'employer' ? c.employerId : (input.employerId as number);
  const emp = Number.isSafeInteger(employerId) ? await getEmployer(p, c, employerId as number).catch(() => undefined) : undefined;
  const { read, errors } = await readProject(p, c, p.db, input);
  if (!emp) errors.push({ path: 'employerId', message: '请选择所属企业：须为人才库中本地区的单位' });
  const reason = reasonOf(input.reason) ?? '登记';
  if (errors.length || !read || !emp) throw badInput(errors);
  try {
    return await p.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('projects')
        .values({ kind: read.kind, name: read.name, employer_id: emp.id, region: emp.region, people: JSON.stringify(read.people), details: JSON.stringify(read.details), started_on: read.startedOn, created_by: c.userId })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = await toView(trx, row);
      await trx.insertInto('project_versions').values({ project_id: row.id, version: 1, changed_by: c.userId, reason, before: null, after: JSON.stringify(snapshot(row)) }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'project.create', entity: 'project', entityId: row.id, region: row.region, detail: { kind: row.kind, reason } });
      return view;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflictField('name', `该企业已登记同名的${PROJECT_KINDS[read.kind]}：同一企业同类项目名称不能重复`);
    throw e;
  }
}

const snapshot = (r: ProjectRow) => ({ kind: r.kind, name: r.name, employerId: r.employer_id, region: r.region, people: r.people, details: r.details, startedOn: r.started_on, leftOn: r.left_on, version: r.version });

/** Changes a project (its kind and enterprise stay): a new version with the reason; `version` refuses a stale edit. */
export async function updateProject(p: Platform, c: Caller, id: number, input: Input): Promise<ProjectView> {
  if (!canEdit(c)) throw forbidden('只有人才办经办人员或用人单位可以修改项目');
  const reason = reasonOf(input.reason);
  return p.db.transaction().execute(async (trx) => {
    const before = await projectRow(p, c, id, trx);
    const { read, errors } = await readProject(p, c, trx, { ...input, name: input.name ?? before.name, details: input.details ?? before.details, people: input.people ?? before.people }, before.kind);
    if (!reason) errors.push({ path: 'reason', message: '请写明修改理由（依据的评定、考核或批复文件，2–200 个字）' });
    if (input.version !== undefined && input.version !== before.version) errors.push({ path: 'version', message: `项目已被他人修改（当前版本 ${before.version}），请刷新后再改` });
    // Milestones recorded elsewhere stay after the review: the assessments already recorded.
    const review = read?.details.reviewDate as string | undefined;
    if (review) {
      const early = await trx.selectFrom('project_assessments').select(['year', 'assessed_on']).where('project_id', '=', id).where('assessed_on', '<', review).executeTakeFirst();
      if (early) errors.push({ path: 'details.reviewDate', message: `评定日期不能晚于已记录的 ${early.year} 年度考核（${early.assessed_on}）` });
    }
    if (errors.length || !read) throw badInput(errors);
    const row = await trx
      .updateTable('projects')
      .set({ name: read.name, people: JSON.stringify(read.people), details: JSON.stringify(read.details), started_on: read.startedOn, version: before.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict('项目已被他人修改，请刷新后再改');
    await trx.insertInto('project_versions').values({ project_id: id, version: row.version, changed_by: c.userId, reason: reason!, before: JSON.stringify(snapshot(before)), after: JSON.stringify(snapshot(row)) }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'project.update', entity: 'project', entityId: id, region: row.region, detail: { version: row.version, reason } });
    return toView(trx, row);
  });
}

/** A project's versions, newest first: who changed it, when, why, and what it was. */
export async function projectVersions(p: Platform, c: Caller, id: number) {
  await projectRow(p, c, id);
  const rows = await p.db.selectFrom('project_versions').selectAll().where('project_id', '=', id).orderBy('version', 'desc').execute();
  const who = await displayNames(p.db, rows.map((r) => r.changed_by));
  return rows.map((r) => ({ version: r.version, reason: r.reason, changedAt: new Date(r.changed_at).toISOString(), changedBy: (r.changed_by !== null ? who.get(r.changed_by) : undefined) ?? '', before: r.before, after: r.after }));
}

/**
 * The talent office records a project's yearly assessment (考核): year, outcome, the day, the
 * evidence. Once per year; dated on or after the review (双领) or set-up. `onFail` runs in the same
 * transaction (the staged money's clawback).
 */
export async function writeProjectAssessment(
  p: Platform,
  c: Caller,
  id: number,
  input: { year?: unknown; outcome?: unknown; assessedOn?: unknown; evidence?: unknown },
  onFail?: (trx: Trx, row: ProjectRow, on: string) => Promise<void>,
): Promise<ProjectView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以记录考核结果');
  const row = await projectRow(p, c, id);
  const errors: FieldError[] = [];
  const today = todayString(p);
  if (!Number.isSafeInteger(input.year) || (input.year as number) < 2000 || (input.year as number) > Number(today.slice(0, 4))) errors.push({ path: 'year', message: '考核年度应为不晚于今年的四位年份' });
  if (input.outcome !== 'pass' && input.outcome !== 'fail') errors.push({ path: 'outcome', message: '请选择考核结果：合格或不合格' });
  const on = day(input.assessedOn);
  const start = (row.details.reviewDate as string | undefined) ?? row.started_on;
  if (!on) errors.push({ path: 'assessedOn', message: '考核日期应为 YYYY-MM-DD' });
  else if (on > today) errors.push({ path: 'assessedOn', message: '考核日期不能晚于今天' });
  else if (start && on < start) errors.push({ path: 'assessedOn', message: `考核日期（${on}）不能早于${row.kind === 'shuangling' ? '评定日期' : '设立日期'}（${start}）` });
  const evidence = str(input.evidence, 2, 500);
  if (!evidence) errors.push({ path: 'evidence', message: '请写明考核依据（考核文件名称、文号或说明，2–500 个字）' });
  if (errors.length) throw badInput(errors);
  try {
    return await p.db.transaction().execute(async (trx) => {
      await trx.insertInto('project_assessments').values({ project_id: id, year: input.year as number, outcome: input.outcome as 'pass' | 'fail', assessed_on: on!, evidence: evidence!, recorded_by: c.userId }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'project.assessment', entity: 'project', entityId: id, region: row.region, detail: { year: input.year, outcome: input.outcome } });
      if (input.outcome === 'fail' && onFail) await onFail(trx, row, on!);
      return toView(trx, row);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflictField('year', `${String(input.year)} 年度考核已记录，不能重复记录`);
    throw e;
  }
}

const conflictField = (path: string, message: string) => new PlatformError(409, message, [{ path, message }]);

/**
 * The enterprise's project left Quzhou on `leftOn` (a clerk records it, with a reason). `onLeave`
 * runs in the same transaction (the staged money's clawback when before the agreed term).
 */
export async function writeProjectLeaving(p: Platform, c: Caller, id: number, input: { leftOn?: unknown; reason?: unknown }, onLeave?: (trx: Trx, row: ProjectRow, on: string) => Promise<void>): Promise<ProjectView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以记录项目迁离');
  const before = await projectRow(p, c, id);
  const on = day(input.leftOn);
  const reason = reasonOf(input.reason);
  const errors: FieldError[] = [];
  const start = (before.details.reviewDate as string | undefined) ?? before.started_on;
  if (!on) errors.push({ path: 'leftOn', message: '迁离日期应为 YYYY-MM-DD' });
  else if (on > todayString(p)) errors.push({ path: 'leftOn', message: '迁离日期不能晚于今天' });
  else if (start && on < start) errors.push({ path: 'leftOn', message: `迁离日期（${on}）不能早于${before.kind === 'shuangling' ? '评定日期' : '设立日期'}（${start}）` });
  if (!reason) errors.push({ path: 'reason', message: '请写明依据（2–200 个字）' });
  if (errors.length) throw badInput(errors);
  if (before.left_on) throw conflictField('leftOn', `该项目已于 ${before.left_on} 记录迁离`);
  return p.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('projects').set({ left_on: on!, version: before.version + 1, updated_at: new Date() }).where('id', '=', id).where('version', '=', before.version).returningAll().executeTakeFirst();
    if (!row) throw conflict('项目已被他人修改，请刷新后再改');
    await trx.insertInto('project_versions').values({ project_id: id, version: row.version, changed_by: c.userId, reason: reason!, before: JSON.stringify(snapshot(before)), after: JSON.stringify(snapshot(row)) }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'project.leave', entity: 'project', entityId: id, region: row.region, detail: { leftOn: on, reason } });
    if (onLeave) await onLeave(trx, row, on!);
    return toView(trx, row);
  });
}

/**
 * The records counted by the work list: each of `kinds` (at one of `levels`, when given) started
 * (landed, set up) on a day in [from, to], with its county. 双领 projects count only when their
 * review passed.
 */
export async function projectStarts(db: Db | Trx, kinds: ProjectKind[], from: string, to: string, levels?: string[]): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('projects').select(['started_on', 'region', 'details', 'kind']).where('kind', 'in', kinds).where('started_on', '>=', from).where('started_on', '<=', to).execute();
  return rows
    .filter((r) => (r.kind !== 'shuangling' || r.details.reviewResult === 'passed') && (!levels || levels.includes(r.details.level as string)))
    .map((r) => ({ on: r.started_on!, region: r.region }));
}
