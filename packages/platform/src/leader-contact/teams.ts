// Service teams (人才服务团; seed 000 开化 "19个人才服务团"): a team of a county (or the city) with a
// name, members (names and units as typed, e.g. 县人社局 干部), the talents (registry persons) and
// enterprises (verified on the platform) it serves, and the problems it handled — own-list problems
// handed to it (leader-contact's list) and problems of the enterprises' pool linked to it — with
// solved counts. Clerks (and administrators) of the team's region manage teams; leaders of the
// region read them; anyone else, and another region's team, is 404.

import { regionName } from '@rencai/policies';
import { appendAudit, type ServiceTeamMember } from '@rencai/store';
import { badInput, fieldError, isStaff, isUniqueViolation, notFound, conflict, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { getPersonRow, personRow } from '../registry/index.js';
import { listProblems, verifiedEnterprisesIn } from '../enterprises/index.js';
import { managesContact } from './contacts.js';

export interface TeamView {
  id: number;
  region: string;
  regionName: string;
  name: string;
  members: ServiceTeamMember[];
  servedPersons: Array<{ id: number; name: string }>;
  servedEnterprises: Array<{ id: number; name: string }>;
  /** Own-list problems handed to the team, and of them solved. */
  ownProblems: number;
  ownSolved: number;
  /** Pool problems linked to the team, and of them answered or closed. */
  poolProblems: number;
  poolSolved: number;
  solved: number;
}

const seesTeams = (c: Caller): boolean => managesContact(c) || c.role === 'leader';
const readId = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : typeof v === 'string' && /^[1-9][0-9]{0,14}$/.test(v) ? Number(v) : NaN);

/** The service teams of the caller's regions with whom they serve and the problems they handled. */
export async function listTeams(p: Platform, c: Caller): Promise<TeamView[]> {
  if (!seesTeams(c) || !visibleRegions(c).length) throw notFound('人才服务团');
  const regions = visibleRegions(c);
  const rows = await p.db.selectFrom('service_teams').selectAll().where('region', 'in', regions).orderBy('region').orderBy('id').execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const own = await p.db.selectFrom('leader_contact_problems').select(['team_id', 'state']).where('team_id', 'in', ids).execute();
  const links = await p.db.selectFrom('service_team_pool_problems').select(['team_id', 'problem_id']).where('team_id', 'in', ids).execute();
  const pool = links.length && isStaff(c) ? await listProblems(p, c, {}) : [];
  const ents = new Map((await verifiedEnterprisesIn(p, regions)).map((e) => [e.id, e.name]));
  const out: TeamView[] = [];
  for (const r of rows) {
    const persons = [];
    for (const id of r.served_persons) persons.push({ id, name: (await personRow(p.db, id))?.name ?? '' });
    const mineOwn = own.filter((x) => x.team_id === r.id);
    const minePool = links.filter((x) => x.team_id === r.id).map((x) => pool.find((q) => q.id === x.problem_id));
    const ownSolved = mineOwn.filter((x) => x.state === 'solved').length;
    const poolSolved = minePool.filter((x) => x && (x.state === 'answered' || x.state === 'closed')).length;
    out.push({
      id: r.id,
      region: r.region,
      regionName: regionName(r.region),
      name: r.name,
      members: r.members,
      servedPersons: persons,
      servedEnterprises: r.served_enterprises.map((id) => ({ id, name: ents.get(id) ?? '' })),
      ownProblems: mineOwn.length,
      ownSolved,
      poolProblems: minePool.length,
      poolSolved,
      solved: ownSolved + poolSolved,
    });
  }
  return out;
}

/**
 * A clerk sets up a team in one of their regions: name (unique in the region), members (1–30, each a
 * name and a unit), the talents (registry persons the clerk sees) and enterprises (verified, of the
 * team's region) it serves.
 */
export async function createTeam(p: Platform, c: Caller, input: unknown): Promise<TeamView> {
  if (!managesContact(c)) throw notFound('人才服务团');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const region = typeof i.region === 'string' ? i.region : '';
  if (!visibleRegions(c).includes(region)) errors.push({ path: 'region', message: '请选择本人管辖的县（市、区）' });
  const name = typeof i.name === 'string' ? i.name.trim() : '';
  if (name.length < 2 || name.length > 40) errors.push({ path: 'name', message: '请填写服务团名称（2–40 字）' });
  const members: ServiceTeamMember[] = [];
  if (!Array.isArray(i.members) || !i.members.length || i.members.length > 30) errors.push({ path: 'members', message: '请填写服务团成员（1–30 人）' });
  else
    i.members.forEach((m, n) => {
      const o = (typeof m === 'object' && m !== null ? m : {}) as Record<string, unknown>;
      const mn = typeof o.name === 'string' ? o.name.trim() : '';
      const unit = typeof o.unit === 'string' ? o.unit.trim() : '';
      if (mn.length < 1 || mn.length > 20) errors.push({ path: `members[${n}].name`, message: '请填写成员姓名（不超过 20 字）' });
      if (unit.length < 2 || unit.length > 40) errors.push({ path: `members[${n}].unit`, message: '请填写成员所在单位（2–40 字）' });
      members.push({ name: mn, unit });
    });
  const persons = (Array.isArray(i.servedPersons) ? i.servedPersons : []).map(readId);
  const enterprises = (Array.isArray(i.servedEnterprises) ? i.servedEnterprises : []).map(readId);
  if (persons.some((x) => !Number.isSafeInteger(x)) || persons.length > 200) errors.push({ path: 'servedPersons', message: '服务的人才应为人才库编号列表（不超过 200 人）' });
  if (enterprises.some((x) => !Number.isSafeInteger(x)) || enterprises.length > 200) errors.push({ path: 'servedEnterprises', message: '服务的企业应为企业编号列表（不超过 200 家）' });
  if (errors.length) throw badInput(errors);
  for (const id of persons) await getPersonRow(p, c, id).catch(() => Promise.reject(fieldError('servedPersons', `人才库编号 ${id} 不在本人管辖范围内或不存在`)));
  const known = new Set((await verifiedEnterprisesIn(p, [region])).map((e) => e.id));
  const unknown = enterprises.filter((id) => !known.has(id));
  if (unknown.length) throw fieldError('servedEnterprises', `企业编号 ${unknown.join('、')} 不是${regionName(region)}已核验的企业`);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('service_teams').values({ region, name, members: JSON.stringify(members), served_persons: [...new Set(persons)], served_enterprises: [...new Set(enterprises)], created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'service_team.create', entity: 'service_team', entityId: r.id, region, detail: { name, members: members.length, persons: persons.length, enterprises: enterprises.length } });
      return r.id;
    });
    return (await listTeams(p, c)).find((t) => t.id === id)!;
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldError('name', `${regionName(region)}已有名为“${name}”的人才服务团`);
    throw err;
  }
}

/** A clerk links a problem of the enterprises' pool (of the team's region, one they see) to a team that handles it (once). */
export async function linkPoolProblem(p: Platform, c: Caller, teamId: number, input: unknown): Promise<TeamView> {
  if (!managesContact(c)) throw notFound('人才服务团');
  const team = Number.isSafeInteger(teamId) && teamId > 0 && visibleRegions(c).length ? await p.db.selectFrom('service_teams').selectAll().where('id', '=', teamId).where('region', 'in', visibleRegions(c)).executeTakeFirst() : undefined;
  if (!team) throw notFound('该人才服务团');
  const problemId = readId((typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}).problemId);
  if (!Number.isSafeInteger(problemId)) throw fieldError('problemId', '请填写问题池中的问题编号');
  const found = (await listProblems(p, c, { region: team.region })).find((x) => x.id === problemId);
  if (!found) throw fieldError('problemId', `问题编号 ${problemId} 不是${regionName(team.region)}问题池中的问题`);
  try {
    await p.db.transaction().execute(async (trx) => {
      await trx.insertInto('service_team_pool_problems').values({ team_id: teamId, problem_id: problemId, linked_by: c.userId }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'service_team.link_problem', entity: 'service_team', entityId: teamId, region: team.region, detail: { problemId } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('该问题已由一个人才服务团承接');
    throw err;
  }
  return (await listTeams(p, c)).find((t) => t.id === teamId)!;
}
