// 领导联系服务高层次人才 (衢委发〔2020〕7号 item 14 "建立健全领导联系服务高层次人才制度"): a clerk assigns a
// high-level talent of their regions to a leader (one active leader per talent; a reassignment ends the
// earlier one, kept in the history); the leader (or a clerk for them) records contacts — day (not in
// the future, not before the assignment), way, content — and the problems the talent raised.
//
// "High-level talent" is read as the inkind module reads 市本级高层次人才: the talents of art. 19's
// tiers (rule art23.talent_card granted, standingOf(...).cityTalent); a person outside them is refused
// with that reason.
//
// Where a problem goes: when the talent's employer (in the registry) is a verified enterprise on the
// platform, into the enterprises' problem pool in the contact's transaction (raiseFoundProblem, as
// visits do) and linked here; otherwise into this module's own small problem list (open/solved, who
// solved, when, the answer), which a clerk answers or hands to a service team.
//
// Who sees what: a leader only the talents assigned to them now; the talent office's clerks (and
// administrators) those of their regions; anyone else, and anything outside that, is 404.

import { regionName } from '@rencai/policies';
import { appendAudit, type DB, type Db, type LeaderContactWay, type Selectable, type LeaderAssignmentsTable, type Transaction } from '@rencai/store';
import { badInput, conflict, fieldError, isUniqueViolation, notFound, readDay, todayString, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { displayNames, leadersOf } from '../accounts/index.js';
import { employerRow, getPersonRow, personRow } from '../registry/index.js';
import { standingOf } from '../inkind/index.js';
import { PROBLEM_CATEGORIES, raiseFoundProblem, readProblem, verifiedEnterpriseOfEmployer } from '../enterprises/index.js';

type AssignmentRow = Selectable<LeaderAssignmentsTable>;
type Q = Db | Transaction<DB>;

export const LEADER_CONTACT_WAYS: Record<LeaderContactWay, string> = { visit: '走访', forum: '座谈', phone: '电话', other: '其他' };
const MAX_PROBLEMS = 10;

/** The talent office's clerks and administrators: assign, see their regions, answer own-list problems. */
export const managesContact = (c: Caller): boolean => c.role === 'clerk' || c.role === 'admin';

/** The assignments the caller sees (active only for a leader: their own), or null when none. */
function scopedAssignments(c: Caller, db: Q) {
  const q = db.selectFrom('leader_assignments');
  if (c.role === 'leader') return q.where('leader_id', '=', c.userId).where('ended_on', 'is', null);
  if (!managesContact(c)) return null;
  const regions = visibleRegions(c);
  return regions.length ? q.where('region', 'in', regions) : null;
}

export interface AssignedTalentView {
  assignmentId: number;
  personId: number;
  name: string;
  idNumberMasked: string;
  region: string;
  regionName: string;
  employerName: string | null;
  leaderId: number;
  leaderName: string;
  assignedOn: string;
  assignedBy: string;
  /** Contacts this year, and the last contact's day. */
  contactsThisYear: number;
  lastContactOn: string | null;
}

async function talentViews(p: Platform, rows: AssignmentRow[]): Promise<AssignedTalentView[]> {
  if (!rows.length) return [];
  const year = todayString(p).slice(0, 4);
  const names = await displayNames(p.db, rows.flatMap((r) => [r.leader_id, r.assigned_by]));
  const contacts = await p.db.selectFrom('leader_contacts').select(['person_id', 'contacted_on']).where('person_id', 'in', rows.map((r) => r.person_id)).where('contacted_on', '>=', `${year}-01-01`).execute();
  const out: AssignedTalentView[] = [];
  for (const r of rows) {
    const person = (await personRow(p.db, r.person_id))!;
    const employer = person.employer_id ? await employerRow(p.db, person.employer_id) : undefined;
    const mine = contacts.filter((k) => k.person_id === r.person_id).map((k) => k.contacted_on).sort();
    out.push({
      assignmentId: r.id,
      personId: r.person_id,
      name: person.name,
      idNumberMasked: person.id_masked,
      region: r.region,
      regionName: regionName(r.region),
      employerName: employer?.name ?? null,
      leaderId: r.leader_id,
      leaderName: names.get(r.leader_id) ?? '',
      assignedOn: r.assigned_on,
      assignedBy: names.get(r.assigned_by) ?? '',
      contactsThisYear: mine.length,
      lastContactOn: mine.at(-1) ?? null,
    });
  }
  return out;
}

/** The talents assigned now: a leader's own (我联系的人才), a clerk's regions (filters: leader, region). */
export async function listAssignedTalents(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<AssignedTalentView[]> {
  let q = scopedAssignments(c, p.db);
  if (!q) throw notFound('联系的人才');
  q = q.where('ended_on', 'is', null);
  if (typeof query.leader === 'string' && /^[1-9][0-9]{0,14}$/.test(query.leader)) q = q.where('leader_id', '=', Number(query.leader));
  if (typeof query.region === 'string' && query.region) q = q.where('region', '=', query.region);
  return talentViews(p, await q.selectAll().orderBy('region').orderBy('id').limit(1000).execute());
}

/** The leaders a clerk may assign: those overseeing any of the clerk's regions (the county's and the city's). */
export async function assignableLeaders(p: Platform, c: Caller): Promise<Array<{ id: number; name: string }>> {
  if (!managesContact(c)) throw notFound('领导名单');
  const ids = new Set<number>();
  for (const r of visibleRegions(c)) for (const id of await leadersOf(p.db, r)) ids.add(id);
  const names = await displayNames(p.db, [...ids]);
  return [...ids].sort((a, b) => a - b).map((id) => ({ id, name: names.get(id) ?? '' }));
}

const readId = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : typeof v === 'string' && /^[1-9][0-9]{0,14}$/.test(v) ? Number(v) : NaN);

/**
 * A clerk assigns a talent of their regions to a leader who oversees the talent's county. Refused
 * (on personId) when the person is not a high-level talent, with the reason; the same leader again
 * is refused; another leader ends the earlier assignment today (kept in the history).
 */
export async function assignLeader(p: Platform, c: Caller, input: unknown): Promise<AssignedTalentView> {
  if (!managesContact(c)) throw notFound('联系的人才');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const personId = readId(i.personId);
  const leaderId = readId(i.leaderId);
  const errors: FieldError[] = [];
  if (!Number.isSafeInteger(personId)) errors.push({ path: 'personId', message: '请填写人才库编号' });
  if (!Number.isSafeInteger(leaderId)) errors.push({ path: 'leaderId', message: '请选择联系领导' });
  if (errors.length) throw badInput(errors);
  const person = await getPersonRow(p, c, personId);
  const standing = await standingOf(p, person);
  if (!standing.cityTalent) throw fieldError('personId', `${person.name}不属于高层次人才（第19条所列层次），不能安排领导联系：${standing.reason}`);
  if (!(await leadersOf(p.db, person.region)).includes(leaderId)) throw fieldError('leaderId', `所选账号不是分管${regionName(person.region)}的领导`);
  const today = todayString(p);
  try {
    await p.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('leader_assignments').select(['id', 'leader_id']).where('person_id', '=', personId).where('ended_on', 'is', null).forUpdate().executeTakeFirst();
      if (current?.leader_id === leaderId) throw conflict('该人才已由所选领导联系');
      if (current) await trx.updateTable('leader_assignments').set({ ended_on: today, ended_by: c.userId }).where('id', '=', current.id).execute();
      const r = await trx.insertInto('leader_assignments').values({ person_id: personId, leader_id: leaderId, region: person.region, assigned_on: today, assigned_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: current ? 'leader_contact.reassign' : 'leader_contact.assign', entity: 'leader_assignment', entityId: r.id, region: person.region, detail: { personId, leaderId, previousLeaderId: current?.leader_id ?? null } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('该人才刚被安排了联系领导，请刷新后再试');
    throw err;
  }
  return (await listAssignedTalents(p, c, {})).find((t) => t.personId === personId)!;
}

/** The active assignment of a talent the caller sees (a leader: only their own), else 404. */
async function activeAssignment(p: Platform, c: Caller, personId: number, db: Q = p.db): Promise<AssignmentRow> {
  const q = Number.isSafeInteger(personId) && personId > 0 ? scopedAssignments(c, db) : null;
  const row = q ? await q.selectAll().where('person_id', '=', personId).where('ended_on', 'is', null).executeTakeFirst() : undefined;
  if (!row) throw notFound('该联系人才');
  return row;
}

export interface ContactProblemView {
  id: number;
  category: string;
  categoryLabel: string;
  description: string;
  /** 'pool': in the enterprises' problem pool (poolProblemId); 'own': this module's list. */
  where: 'pool' | 'own';
  whereLabel: string;
  poolProblemId: number | null;
  state: 'open' | 'solved' | null;
  stateLabel: string;
  teamId: number | null;
  solvedBy: string | null;
  solvedOn: string | null;
  answer: string | null;
  region: string;
  regionName: string;
  personName: string;
  contactedOn: string;
}

export interface LeaderContactView {
  id: number;
  personId: number;
  personName: string;
  region: string;
  regionName: string;
  leaderId: number;
  leaderName: string;
  contactedOn: string;
  way: LeaderContactWay;
  wayLabel: string;
  content: string;
  recordedBy: string;
  problems: ContactProblemView[];
}

const problemStateLabel = (r: { pool_problem_id: number | null; state: 'open' | 'solved' | null }) => (r.pool_problem_id ? '已转企业问题池办理' : r.state === 'solved' ? '已解决' : '待解决');

async function problemViews(p: Platform, rows: Array<Selectable<DB['leader_contact_problems']>>): Promise<ContactProblemView[]> {
  if (!rows.length) return [];
  const contacts = await p.db.selectFrom('leader_contacts').select(['id', 'contacted_on']).where('id', 'in', [...new Set(rows.map((r) => r.contact_id))]).execute();
  const names = await displayNames(p.db, rows.map((r) => r.solved_by));
  const persons = new Map<number, string>();
  for (const id of new Set(rows.map((r) => r.person_id))) persons.set(id, (await personRow(p.db, id))?.name ?? '');
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    categoryLabel: PROBLEM_CATEGORIES[r.category].label,
    description: r.description,
    where: r.pool_problem_id ? 'pool' : 'own',
    whereLabel: r.pool_problem_id ? '企业问题池' : '本模块问题清单',
    poolProblemId: r.pool_problem_id,
    state: r.state,
    stateLabel: problemStateLabel(r),
    teamId: r.team_id,
    solvedBy: r.solved_by ? (names.get(r.solved_by) ?? '') : null,
    solvedOn: r.solved_on,
    answer: r.answer,
    region: r.region,
    regionName: regionName(r.region),
    personName: persons.get(r.person_id) ?? '',
    contactedOn: contacts.find((k) => k.id === r.contact_id)?.contacted_on ?? '',
  }));
}

async function contactViews(p: Platform, rows: Array<Selectable<DB['leader_contacts']>>): Promise<LeaderContactView[]> {
  if (!rows.length) return [];
  const names = await displayNames(p.db, rows.flatMap((r) => [r.leader_id, r.recorded_by]));
  const problems = await problemViews(p, await p.db.selectFrom('leader_contact_problems').selectAll().where('contact_id', 'in', rows.map((r) => r.id)).orderBy('id').execute());
  const byContact = new Map<number, number>();
  const probRows = await p.db.selectFrom('leader_contact_problems').select(['id', 'contact_id']).where('contact_id', 'in', rows.map((r) => r.id)).execute();
  for (const x of probRows) byContact.set(x.id, x.contact_id);
  const persons = new Map<number, string>();
  for (const id of new Set(rows.map((r) => r.person_id))) persons.set(id, (await personRow(p.db, id))?.name ?? '');
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    personName: persons.get(r.person_id) ?? '',
    region: r.region,
    regionName: regionName(r.region),
    leaderId: r.leader_id,
    leaderName: names.get(r.leader_id) ?? '',
    contactedOn: r.contacted_on,
    way: r.way,
    wayLabel: LEADER_CONTACT_WAYS[r.way],
    content: r.content,
    recordedBy: names.get(r.recorded_by) ?? '',
    problems: problems.filter((x) => byContact.get(x.id) === r.id),
  }));
}

/** Contacts the caller sees, newest first: per talent (person), a leader's own, a clerk's regions (filters: person, leader, year). */
export async function listContacts(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<LeaderContactView[]> {
  let q = p.db.selectFrom('leader_contacts').selectAll();
  if (c.role === 'leader') q = q.where('leader_id', '=', c.userId).where('person_id', 'in', p.db.selectFrom('leader_assignments').select('person_id').where('leader_id', '=', c.userId).where('ended_on', 'is', null));
  else if (managesContact(c) && visibleRegions(c).length) q = q.where('region', 'in', visibleRegions(c));
  else throw notFound('联系记录');
  if (typeof query.person === 'string' && /^[1-9][0-9]{0,14}$/.test(query.person)) {
    // A leader reads only a talent assigned to them now; a clerk also one whose assignment ended (the query keeps to their regions).
    if (c.role === 'leader') await activeAssignment(p, c, Number(query.person));
    q = q.where('person_id', '=', Number(query.person));
  }
  if (typeof query.leader === 'string' && /^[1-9][0-9]{0,14}$/.test(query.leader)) q = q.where('leader_id', '=', Number(query.leader));
  if (typeof query.year === 'string' && /^[0-9]{4}$/.test(query.year)) q = q.where('contacted_on', '>=', `${query.year}-01-01`).where('contacted_on', '<=', `${query.year}-12-31`);
  return contactViews(p, await q.orderBy('contacted_on', 'desc').orderBy('id', 'desc').limit(1000).execute());
}

const readRequestId = (v: unknown): string => {
  if (typeof v === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(v)) return v;
  throw badInput([{ path: 'requestId', message: '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发同一联系记录时不变' }]);
};

/**
 * The assigned leader (or a clerk of the region, for them) records a contact with a talent and the
 * problems raised, all in one transaction; the same request id (per recorder) answers with the same contact.
 */
export async function recordContact(p: Platform, c: Caller, personId: number, input: unknown, requestId: unknown): Promise<LeaderContactView> {
  const a = await activeAssignment(p, c, personId);
  const rid = readRequestId(requestId);
  const existing = () => p.db.selectFrom('leader_contacts').selectAll().where('recorded_by', '=', c.userId).where('request_id', '=', rid).executeTakeFirst();
  const before = await existing();
  if (before) return (await contactViews(p, [before]))[0]!;
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const today = todayString(p);
  const errors: FieldError[] = [];
  const day = readDay(i.contactedOn);
  if (!day) errors.push({ path: 'contactedOn', message: '请填写联系日期（年-月-日）' });
  else if (day > today) errors.push({ path: 'contactedOn', message: `联系日期不能晚于今天（${today}）` });
  else if (day < a.assigned_on) errors.push({ path: 'contactedOn', message: `联系日期不能早于安排联系的日期（${a.assigned_on}）` });
  if (typeof i.way !== 'string' || !(i.way in LEADER_CONTACT_WAYS)) errors.push({ path: 'way', message: `联系方式应为：${Object.values(LEADER_CONTACT_WAYS).join('、')} 之一` });
  const content = typeof i.content === 'string' ? i.content.trim() : '';
  if (!content) errors.push({ path: 'content', message: '请填写联系内容' });
  else if (content.length > 2000) errors.push({ path: 'content', message: '联系内容不超过 2000 字' });
  const problems: Array<ReturnType<typeof readProblem>> = [];
  if (i.problems !== undefined && i.problems !== null) {
    if (!Array.isArray(i.problems) || i.problems.length > MAX_PROBLEMS) errors.push({ path: 'problems', message: `反映的问题应为列表，一次不超过 ${MAX_PROBLEMS} 个` });
    else
      i.problems.forEach((x, n) => {
        const r = readProblem(x, `problems[${n}].`);
        errors.push(...r.errors);
        problems.push(r);
      });
  }
  if (errors.length) throw badInput(errors);
  const person = (await personRow(p.db, personId))!;
  const enterprise = problems.length ? await verifiedEnterpriseOfEmployer(p, person.employer_id) : undefined;
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const k = await trx
        .insertInto('leader_contacts')
        .values({ assignment_id: a.id, person_id: personId, leader_id: a.leader_id, region: a.region, contacted_on: day, way: i.way as LeaderContactWay, content, recorded_by: c.userId, request_id: rid })
        .returning('id')
        .executeTakeFirstOrThrow();
      const source = `${day} 领导联系服务人才时反映（${c.displayName}登记）`;
      for (const [n, x] of problems.entries()) {
        const poolId = enterprise ? await raiseFoundProblem(p, trx, c, enterprise, { category: x.category, description: x.description }, `leader-contact:${k.id}:${n + 1}`, source) : null;
        await trx.insertInto('leader_contact_problems').values({ contact_id: k.id, person_id: personId, region: a.region, category: x.category, description: x.description, pool_problem_id: poolId, state: poolId ? null : 'open' }).execute();
      }
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'leader_contact.record', entity: 'leader_contact', entityId: k.id, region: a.region, detail: { personId, contactedOn: day, way: i.way, problems: problems.length, toPool: !!enterprise } });
      return k.id;
    });
    const row = await p.db.selectFrom('leader_contacts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return (await contactViews(p, [row]))[0]!;
  } catch (err) {
    const made = isUniqueViolation(err) ? await existing() : undefined;
    if (made) return (await contactViews(p, [made]))[0]!;
    throw err;
  }
}

/** One talent the caller sees, with the assignment history (a clerk) and the contacts. */
export async function getAssignedTalent(p: Platform, c: Caller, personId: number): Promise<AssignedTalentView & { history: Array<{ leaderName: string; assignedOn: string; endedOn: string | null }>; contacts: LeaderContactView[] }> {
  const a = await activeAssignment(p, c, personId);
  const view = (await talentViews(p, [a]))[0]!;
  const all = managesContact(c) ? await p.db.selectFrom('leader_assignments').selectAll().where('person_id', '=', personId).orderBy('id').execute() : [a];
  const names = await displayNames(p.db, all.map((r) => r.leader_id));
  return { ...view, history: all.map((r) => ({ leaderName: names.get(r.leader_id) ?? '', assignedOn: r.assigned_on, endedOn: r.ended_on })), contacts: await listContacts(p, c, { person: String(personId) }) };
}

// ---------------------------------------------------------------- the own problem list

/** Own-list problems (employer not a registered enterprise) and those sent to the pool, of the caller's regions (filters: state, team). */
export async function listContactProblems(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<ContactProblemView[]> {
  if (!managesContact(c) || !visibleRegions(c).length) throw notFound('人才反映的问题');
  let q = p.db.selectFrom('leader_contact_problems').selectAll().where('region', 'in', visibleRegions(c));
  if (query.state === 'open' || query.state === 'solved') q = q.where('state', '=', query.state);
  if (typeof query.team === 'string' && /^[1-9][0-9]{0,14}$/.test(query.team)) q = q.where('team_id', '=', Number(query.team));
  return problemViews(p, await q.orderBy('id', 'desc').limit(1000).execute());
}

async function ownProblem(p: Platform, c: Caller, id: number, trx: Transaction<DB>) {
  const row = managesContact(c) && Number.isSafeInteger(id) && id > 0 && visibleRegions(c).length ? await trx.selectFrom('leader_contact_problems').selectAll().where('id', '=', id).where('region', 'in', visibleRegions(c)).forUpdate().executeTakeFirst() : undefined;
  if (!row) throw notFound('该问题');
  if (row.pool_problem_id) throw conflict('该问题已转入企业问题池，由承办部门在问题池中答复');
  return row;
}

/** A clerk answers an own-list problem: the answer, the day solved (not in the future), optionally the team that solved it. */
export async function solveContactProblem(p: Platform, c: Caller, id: number, input: unknown): Promise<ContactProblemView> {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const today = todayString(p);
  const errors: FieldError[] = [];
  const answer = typeof i.answer === 'string' ? i.answer.trim() : '';
  if (answer.length < 2 || answer.length > 2000) errors.push({ path: 'answer', message: '请填写解决情况（2–2000 字）' });
  const day = i.solvedOn === undefined || i.solvedOn === '' ? today : readDay(i.solvedOn);
  if (!day) errors.push({ path: 'solvedOn', message: '请填写解决日期（年-月-日）' });
  else if (day > today) errors.push({ path: 'solvedOn', message: `解决日期不能晚于今天（${today}）` });
  const teamId = i.teamId === undefined || i.teamId === null || i.teamId === '' ? null : readId(i.teamId);
  if (teamId !== null && !Number.isSafeInteger(teamId)) errors.push({ path: 'teamId', message: '请选择人才服务团' });
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    const row = await ownProblem(p, c, id, trx);
    if (row.state === 'solved') throw conflict('该问题已解决');
    const created = await trx.selectFrom('leader_contacts').select('contacted_on').where('id', '=', row.contact_id).executeTakeFirstOrThrow();
    if (day < created.contacted_on) throw fieldError('solvedOn', `解决日期不能早于问题反映的日期（${created.contacted_on}）`);
    if (teamId !== null && !(await trx.selectFrom('service_teams').select('id').where('id', '=', teamId).where('region', '=', row.region).executeTakeFirst())) throw fieldError('teamId', `所选人才服务团不属于${regionName(row.region)}`);
    await trx.updateTable('leader_contact_problems').set({ state: 'solved', solved_by: c.userId, solved_on: day, answer, ...(teamId !== null ? { team_id: teamId } : {}) }).where('id', '=', id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'leader_contact.problem_solve', entity: 'leader_contact_problem', entityId: id, region: row.region, detail: { solvedOn: day, teamId } });
  });
  return (await listContactProblems(p, c)).find((x) => x.id === id)!;
}

/** A clerk hands an own-list problem to a service team of its county. */
export async function assignProblemToTeam(p: Platform, c: Caller, id: number, input: unknown): Promise<ContactProblemView> {
  const teamId = readId((typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}).teamId);
  if (!Number.isSafeInteger(teamId)) throw fieldError('teamId', '请选择人才服务团');
  await p.db.transaction().execute(async (trx) => {
    const row = await ownProblem(p, c, id, trx);
    if (!(await trx.selectFrom('service_teams').select('id').where('id', '=', teamId).where('region', '=', row.region).executeTakeFirst())) throw fieldError('teamId', `所选人才服务团不属于${regionName(row.region)}`);
    await trx.updateTable('leader_contact_problems').set({ team_id: teamId }).where('id', '=', id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'leader_contact.problem_team', entity: 'leader_contact_problem', entityId: id, region: row.region, detail: { teamId } });
  });
  return (await listContactProblems(p, c)).find((x) => x.id === id)!;
}

// ---------------------------------------------------------------- coverage

export interface LeaderCoverageRow {
  key: string;
  label: string;
  /** Talents assigned now. */
  assigned: number;
  /** Of them, contacted at least once in the year, and in each quarter. */
  contacted: number;
  share: number | null;
  quarters: [number, number, number, number];
  contacts: number;
}

const pct = (a: number, b: number): number | null => (b ? Math.round((a / b) * 1000) / 10 : null);

/** Coverage for a year: talents assigned now and contacted in the year / per quarter, by county and by leader (a leader: their own). */
export async function contactCoverage(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<{ year: string; byCounty: LeaderCoverageRow[]; byLeader: LeaderCoverageRow[]; total: LeaderCoverageRow; note: string }> {
  const q = scopedAssignments(c, p.db);
  if (!q) throw notFound('联系覆盖情况');
  const year = typeof query.year === 'string' && /^[0-9]{4}$/.test(query.year) ? query.year : todayString(p).slice(0, 4);
  const active = await q.selectAll().where('ended_on', 'is', null).execute();
  const contacts = active.length ? await p.db.selectFrom('leader_contacts').select(['person_id', 'contacted_on']).where('person_id', 'in', active.map((a) => a.person_id)).where('contacted_on', '>=', `${year}-01-01`).where('contacted_on', '<=', `${year}-12-31`).execute() : [];
  const names = await displayNames(p.db, active.map((a) => a.leader_id));
  const empty = (key: string, label: string): LeaderCoverageRow => ({ key, label, assigned: 0, contacted: 0, share: null, quarters: [0, 0, 0, 0], contacts: 0 });
  const counties = new Map<string, LeaderCoverageRow>();
  const leaders = new Map<string, LeaderCoverageRow>();
  const total = empty('', '合计');
  for (const a of active) {
    const mine = contacts.filter((k) => k.person_id === a.person_id);
    const county = counties.get(a.region) ?? counties.set(a.region, empty(a.region, regionName(a.region))).get(a.region)!;
    const lk = String(a.leader_id);
    const leader = leaders.get(lk) ?? leaders.set(lk, empty(lk, names.get(a.leader_id) ?? '')).get(lk)!;
    for (const row of [county, leader, total]) {
      row.assigned += 1;
      row.contacts += mine.length;
      if (mine.length) row.contacted += 1;
      for (let n = 0; n < 4; n++) if (mine.some((k) => Math.floor((Number(k.contacted_on.slice(5, 7)) - 1) / 3) === n)) row.quarters[n]! += 1;
    }
  }
  const done = (r: LeaderCoverageRow) => ({ ...r, share: pct(r.contacted, r.assigned) });
  return {
    year,
    byCounty: [...counties.values()].map(done),
    byLeader: [...leaders.values()].map(done),
    total: done(total),
    note: '联系覆盖率 = 当前安排联系的高层次人才中，年度内至少联系一次的人数 ÷ 安排联系的人数；季度列为该季度内至少联系一次的人数。',
  };
}

// ---------------------------------------------------------------- for the work list (item 14.1)

export const LEADER_CONTACTS_DEFINITION =
  '领导联系服务高层次人才次数：统计期内，市、县领导对所联系的高层次人才（第19条所列层次）登记的联系记录（走访、座谈、电话等），每条联系记录计一次，按联系日期计入，按人才所在县（市、区）归属。';

/** The contacts made between two days (inclusive): the day and the talent's county, for the work list's item 14.1. */
export async function leaderContacts(db: Q, from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('leader_contacts').select(['contacted_on', 'region']).where('contacted_on', '>=', from).where('contacted_on', '<=', to).orderBy('contacted_on').orderBy('id').execute();
  return rows.map((r) => ({ on: r.contacted_on, region: r.region }));
}
