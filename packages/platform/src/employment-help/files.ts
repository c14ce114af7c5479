// The dynamic file of a person of the key employment groups (重点群体, seed 003 温岭): 登记失业人员,
// 就业困难人员 and 未就业高校毕业生 — name, ID number (encrypted, a lookup hash and a masked copy, as the
// registry keeps persons; the full number only to clerks, audited), group, county and community
// (a 12-digit division code under the county), degree, major, skills and wishes, the day the file was
// opened; and over time its helpers, contacts and outcomes. Who sees a file: the talent office's
// clerks, leaders and administrators of their regions, and the community helpers (帮扶工作人员) of the
// file's community; anyone else, and anything outside that, is 404.

import { parseIdCard, maskIdNumber } from '@rencai/domain';
import { regionName, regionOfAdminCode, REGIONS } from '@rencai/policies';
import { appendAudit, type DB, type EmploymentHelpPersonsTable, type HelpDegree, type HelpGroup, type Selectable, type Transaction } from '@rencai/store';
import { idNumberColumns, badInput, fieldError, forbidden, isUniqueViolation, mayReveal, notFound, PlatformError, todayString, visibleRegions, type Caller, type FieldError, type Platform, readDay } from '../shared/index.js';
import { displayNames, helpersIn } from '../accounts/index.js';

export type HelpPersonRow = Selectable<EmploymentHelpPersonsTable>;

export const HELP_GROUPS: Record<HelpGroup, string> = { registered_unemployed: '登记失业人员', hard_to_employ: '就业困难人员', graduate: '未就业高校毕业生' };
export const HELP_DEGREES: Record<HelpDegree, string> = { none: '高中及以下', college: '大专', bachelor: '本科', master: '硕士研究生', doctor: '博士研究生' };

/** Office roles that see the files of their regions; clerks and administrators also open files and assign helpers. */
const OFFICE = ['clerk', 'leader', 'admin'] as const;
export const isHelpOffice = (c: Caller): boolean => (OFFICE as readonly string[]).includes(c.role);
export const managesHelp = (c: Caller): boolean => c.role === 'clerk' || c.role === 'admin';
/** Who may open a file, log a contact or record an outcome: a clerk or administrator, or a community helper (in their communities). */
export const worksCases = (c: Caller): boolean => managesHelp(c) || c.role === 'helper';

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The persons' query the caller may see, or null when they see none (a helper: their communities; office: their regions). */
export function scopedPersons(p: Platform, c: Caller, db: Platform['db'] | Transaction<DB> = p.db) {
  const q = db.selectFrom('employment_help_persons');
  if (c.role === 'helper') return q.where('region', '=', c.region).where('community_code', 'in', db.selectFrom('employment_help_areas').select('community_code').where('user_id', '=', c.userId));
  if (!isHelpOffice(c)) return null;
  const regions = visibleRegions(c);
  return regions.length ? q.where('region', 'in', regions) : null;
}

/** One file the caller may see (in a transaction, locked for the change), else 404. */
export async function loadPerson(p: Platform, c: Caller, id: number, trx?: Transaction<DB>): Promise<HelpPersonRow> {
  const q = Number.isSafeInteger(id) && id > 0 ? scopedPersons(p, c, trx ?? p.db) : null;
  const row = q ? await (trx ? q.selectAll().where('id', '=', id).forUpdate() : q.selectAll().where('id', '=', id)).executeTakeFirst() : undefined;
  if (!row) throw notFound('该帮扶对象');
  return row;
}

// ---------------------------------------------------------------- helpers and their communities

export interface Community {
  code: string;
  name: string;
}

/** A community (社区/村) under a county: 12 digits starting with the county's division code, and a name. */
export function readCommunity(code: unknown, name: unknown, region: string, path: { code: string; name: string }): { community: Community; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const c = text(code);
  const n = text(name);
  const county = REGIONS.find((r) => r.code === region);
  if (!/^\d{12}$/.test(c)) errors.push({ path: path.code, message: '社区（村）代码应为 12 位行政区划代码（统计用区划代码）' });
  else if (regionOfAdminCode(c)?.code !== region) errors.push({ path: path.code, message: `社区（村）代码 ${c} 不在${regionName(region)}范围内${county?.adminCode ? `（应以 ${county.adminCode} 开头）` : ''}` });
  if (!n) errors.push({ path: path.name, message: '请填写社区（村）名称' });
  else if (n.length > 40) errors.push({ path: path.name, message: '社区（村）名称不超过 40 字' });
  return { community: { code: c, name: n }, errors };
}

export interface HelperView {
  id: number;
  displayName: string;
  region: string;
  regionName: string;
  communities: Community[];
  /** Persons currently assigned to this helper. */
  active: number;
}

/** The helpers of the caller's regions with their communities and caseloads (office only). */
export async function listHelpers(p: Platform, c: Caller): Promise<HelperView[]> {
  if (!isHelpOffice(c)) throw notFound('帮扶工作人员');
  const helpers = await helpersIn(p.db, visibleRegions(c));
  if (!helpers.length) return [];
  const ids = helpers.map((h) => h.id);
  const areas = await p.db.selectFrom('employment_help_areas').selectAll().where('user_id', 'in', ids).orderBy('community_code').execute();
  const loads = await p.db.selectFrom('employment_help_assignments').select(['helper_id']).select((eb) => eb.fn.countAll<number>().as('n')).where('helper_id', 'in', ids).where('ended_on', 'is', null).groupBy('helper_id').execute();
  return helpers.map((h) => ({
    id: h.id,
    displayName: h.displayName,
    region: h.region,
    regionName: regionName(h.region),
    communities: areas.filter((a) => a.user_id === h.id).map((a) => ({ code: a.community_code, name: a.community_name })),
    active: Number(loads.find((l) => l.helper_id === h.id)?.n ?? 0),
  }));
}

/** A clerk sets the communities a helper of their regions serves (replacing the list; each under the helper's county). */
export async function setHelperCommunities(p: Platform, c: Caller, helperId: number, input: unknown): Promise<HelperView> {
  if (!managesHelp(c)) throw isHelpOffice(c) ? forbidden('只有人才办经办人员可以设置帮扶工作人员负责的社区') : notFound('帮扶工作人员');
  const helper = (await helpersIn(p.db, visibleRegions(c))).find((h) => h.id === helperId);
  if (!helper) throw notFound('该帮扶工作人员');
  const list = (typeof input === 'object' && input !== null ? (input as Record<string, unknown>).communities : undefined) as unknown;
  if (!Array.isArray(list) || !list.length || list.length > 50) throw fieldError('communities', '请填写负责的社区（村），1–50 个');
  const errors: FieldError[] = [];
  const communities: Community[] = [];
  list.forEach((x, i) => {
    const o = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const r = readCommunity(o.code, o.name, helper.region, { code: `communities[${i}].code`, name: `communities[${i}].name` });
    errors.push(...r.errors);
    if (!r.errors.length && !communities.some((k) => k.code === r.community.code)) communities.push(r.community);
  });
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('employment_help_areas').where('user_id', '=', helperId).execute();
    await trx.insertInto('employment_help_areas').values(communities.map((k) => ({ user_id: helperId, community_code: k.code, community_name: k.name }))).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employment_help.helper_communities', entity: 'user', entityId: helperId, region: helper.region, detail: { communities: communities.map((k) => k.code) } });
  });
  return (await listHelpers(p, c)).find((h) => h.id === helperId)!;
}

/** The communities the caller works in: a helper's own; the office's, every community a helper of their regions serves. */
export async function myCommunities(p: Platform, c: Caller): Promise<Array<Community & { region: string; regionName: string }>> {
  if (c.role === 'helper') {
    const rows = await p.db.selectFrom('employment_help_areas').select(['community_code', 'community_name']).where('user_id', '=', c.userId).orderBy('community_code').execute();
    return rows.map((r) => ({ code: r.community_code, name: r.community_name, region: c.region, regionName: regionName(c.region) }));
  }
  if (!isHelpOffice(c)) throw notFound('社区');
  const seen = new Map<string, Community & { region: string; regionName: string }>();
  for (const h of await listHelpers(p, c)) for (const k of h.communities) seen.set(k.code, { ...k, region: h.region, regionName: h.regionName });
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}

// ---------------------------------------------------------------- files

export type HelpStatus = 'open' | 'employed' | 'training' | 'startup_loan' | 'closed';
export const HELP_STATUSES: Record<HelpStatus, string> = { open: '帮扶中', employed: '已就业', training: '参加培训', startup_loan: '创业担保贷款', closed: '已结案' };

export interface HelpPersonView {
  id: number;
  name: string;
  idNumber: string;
  group: HelpGroup;
  groupName: string;
  region: string;
  regionName: string;
  communityCode: string;
  communityName: string;
  degree: HelpDegree;
  degreeName: string;
  major: string;
  skills: string;
  wishes: string;
  registeredOn: string;
  status: HelpStatus;
  statusName: string;
  helperId: number | null;
  helperName: string | null;
  lastContactOn: string | null;
  contactCount: number;
}

/** Views of files: the current helper, the last contact and the status (the latest outcome, or 帮扶中). */
export async function personViews(p: Platform, rows: HelpPersonRow[]): Promise<HelpPersonView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const active = await p.db.selectFrom('employment_help_assignments').select(['person_id', 'helper_id']).where('person_id', 'in', ids).where('ended_on', 'is', null).execute();
  const contacts = await p.db.selectFrom('employment_help_contacts').select(['person_id']).select((eb) => [eb.fn.max('contacted_on').as('last'), eb.fn.countAll<number>().as('n')]).where('person_id', 'in', ids).groupBy('person_id').execute();
  const outcomes = await p.db.selectFrom('employment_help_outcomes').select(['person_id', 'kind', 'outcome_on', 'id']).where('person_id', 'in', ids).orderBy('outcome_on').orderBy('id').execute();
  const names = await displayNames(p.db, active.map((a) => a.helper_id));
  return rows.map((r) => {
    const helperId = active.find((a) => a.person_id === r.id)?.helper_id ?? null;
    const k = contacts.find((x) => x.person_id === r.id);
    const latest = outcomes.filter((o) => o.person_id === r.id).at(-1);
    const status: HelpStatus = latest?.kind ?? 'open';
    return {
      id: r.id,
      name: r.name,
      idNumber: r.id_masked,
      group: r.grp,
      groupName: HELP_GROUPS[r.grp],
      region: r.region,
      regionName: regionName(r.region),
      communityCode: r.community_code,
      communityName: r.community_name,
      degree: r.degree,
      degreeName: HELP_DEGREES[r.degree],
      major: r.major,
      skills: r.skills,
      wishes: r.wishes,
      registeredOn: r.registered_on,
      status,
      statusName: HELP_STATUSES[status],
      helperId,
      helperName: helperId === null ? null : (names.get(helperId) ?? null),
      lastContactOn: k?.last ? String(k.last).slice(0, 10) : null,
      contactCount: Number(k?.n ?? 0),
    };
  });
}

/**
 * Opens a file. A clerk (or administrator) names the county (their own when they have one) and the
 * community under it; a helper opens files only in their own communities. One file per ID number.
 */
export async function createHelpPerson(p: Platform, c: Caller, input: unknown): Promise<HelpPersonView> {
  if (!worksCases(c)) throw isHelpOffice(c) ? forbidden('领导账号只能查看帮扶档案') : notFound('帮扶档案');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const today = todayString(p);
  const name = text(i.name);
  if (!name) errors.push({ path: 'name', message: '请填写姓名' });
  else if (name.length > 40) errors.push({ path: 'name', message: '姓名不超过 40 字' });
  const id = parseIdCard(i.idNumber, p.today());
  if (!id.ok) errors.push({ path: 'idNumber', message: id.reason });
  const group = text(i.group);
  if (!(group in HELP_GROUPS)) errors.push({ path: 'group', message: `人员类别应为：${Object.values(HELP_GROUPS).join('、')} 之一` });
  const degree = text(i.degree) || 'none';
  if (!(degree in HELP_DEGREES)) errors.push({ path: 'degree', message: `学历应为：${Object.values(HELP_DEGREES).join('、')} 之一` });
  const major = text(i.major);
  if (major.length > 60) errors.push({ path: 'major', message: '所学专业不超过 60 字' });
  const skills = text(i.skills);
  if (skills.length > 500) errors.push({ path: 'skills', message: '技能特长不超过 500 字' });
  const wishes = text(i.wishes);
  if (wishes.length > 500) errors.push({ path: 'wishes', message: '就业意愿不超过 500 字' });
  const registeredOn = i.registeredOn === undefined || i.registeredOn === '' ? today : readDay(i.registeredOn);
  if (!registeredOn) errors.push({ path: 'registeredOn', message: '建档日期应为年-月-日' });
  else if (registeredOn > today) errors.push({ path: 'registeredOn', message: `建档日期不能晚于今天（${today}）` });
  // The county: a helper's own; an office caller's own when they have one region, else the one named.
  let region = '';
  if (c.role === 'helper') region = c.region;
  else {
    const regions = visibleRegions(c);
    const asked = text(i.region);
    region = asked || (regions.length === 1 ? regions[0]! : '');
    if (!region) errors.push({ path: 'region', message: '请选择县（市、区）' });
    else if (!regions.includes(region)) errors.push({ path: 'region', message: '只能在本人管辖的县（市、区）建档' });
  }
  const community = region ? readCommunity(i.communityCode, i.communityName, region, { code: 'communityCode', name: 'communityName' }) : undefined;
  if (community) errors.push(...community.errors);
  if (community && !community.errors.length && c.role === 'helper') {
    const mine = await p.db.selectFrom('employment_help_areas').select('community_code').where('user_id', '=', c.userId).where('community_code', '=', community.community.code).executeTakeFirst();
    if (!mine) errors.push({ path: 'communityCode', message: '只能在本人负责的社区（村）建档' });
  }
  if (errors.length || !id.ok || !community) throw badInput(errors);
  const number = id.value.number;
  try {
    const personId = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('employment_help_persons')
        .values({ region, community_code: community.community.code, community_name: community.community.name, name, ...idNumberColumns(p, number), grp: group as HelpGroup, degree: degree as HelpDegree, major, skills, wishes, registered_on: registeredOn, created_by: c.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employment_help.file', entity: 'employment_help_person', entityId: r.id, region, detail: { group, community: community.community.code, idNumber: maskIdNumber(number) } });
      return r.id;
    });
    return (await personViews(p, [await loadPerson(p, c, personId)]))[0]!;
  } catch (err) {
    if (isUniqueViolation(err)) throw new PlatformError(409, '该身份证号已建立帮扶档案，请勿重复建档', [{ path: 'idNumber', message: '该身份证号已建立帮扶档案' }]);
    throw err;
  }
}

/** A helper or clerk updates the dynamic parts of a file: skills, wishes, degree and major. */
export async function updateHelpPerson(p: Platform, c: Caller, id: number, input: unknown): Promise<HelpPersonView> {
  if (!worksCases(c)) throw notFound('该帮扶对象');
  await loadPerson(p, c, id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const set: { skills?: string; wishes?: string; major?: string; degree?: HelpDegree } = {};
  for (const [k, label, max] of [['skills', '技能特长', 500], ['wishes', '就业意愿', 500], ['major', '所学专业', 60]] as const) {
    if (i[k] === undefined) continue;
    if (typeof i[k] !== 'string') errors.push({ path: k, message: `${label}应为文字` });
    else if (text(i[k]).length > max) errors.push({ path: k, message: `${label}不超过 ${max} 字` });
    else set[k] = text(i[k]);
  }
  if (i.degree !== undefined) {
    if (typeof i.degree === 'string' && i.degree in HELP_DEGREES) set.degree = i.degree as HelpDegree;
    else errors.push({ path: 'degree', message: `学历应为：${Object.values(HELP_DEGREES).join('、')} 之一` });
  }
  if (errors.length) throw badInput(errors);
  if (!Object.keys(set).length) throw fieldError('skills', '请填写要修改的技能特长、就业意愿、学历或专业');
  await p.db.transaction().execute(async (trx) => {
    const row = await loadPerson(p, c, id, trx);
    await trx.updateTable('employment_help_persons').set(set).where('id', '=', id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employment_help.update', entity: 'employment_help_person', entityId: id, region: row.region, detail: { fields: Object.keys(set) } });
  });
  return (await personViews(p, [await loadPerson(p, c, id)]))[0]!;
}

/**
 * Files the caller sees, newest first; filters: mine=1 (a helper's or clerk's active one-to-one
 * cases: 我的帮扶对象), region, group, community, status, q (name).
 */
export async function listHelpPersons(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<HelpPersonView[]> {
  const base = scopedPersons(p, c);
  if (!base) throw notFound('帮扶档案');
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  let q = base.selectAll();
  if (want('mine') === '1') q = q.where('id', 'in', p.db.selectFrom('employment_help_assignments').select('person_id').where('helper_id', '=', c.userId).where('ended_on', 'is', null));
  if (want('region')) q = q.where('region', '=', want('region')!);
  if (want('group')) q = q.where('grp', '=', want('group') as HelpGroup);
  if (want('community')) q = q.where('community_code', '=', want('community')!);
  if (want('q')) q = q.where('name', 'like', `%${want('q')!.replace(/[%_\\]/g, '\\$&')}%`);
  const views = await personViews(p, await q.orderBy('id', 'desc').limit(1000).execute());
  return want('status') ? views.filter((v) => v.status === want('status')) : views;
}

/** The full ID number, for clerks and administrators; the reveal is audited in the same transaction. */
export async function revealHelpPerson(p: Platform, c: Caller, id: number, purpose: unknown): Promise<{ idNumber: string }> {
  if (!mayReveal(c)) {
    await loadPerson(p, c, id);
    throw forbidden('您的角色不能查看完整的身份证号');
  }
  if (typeof purpose !== 'string' || purpose.trim().length < 2) throw fieldError('purpose', '请说明查看完整身份证号的用途（将记入审计日志）');
  return p.db.transaction().execute(async (trx) => {
    const row = await loadPerson(p, c, id, trx);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employment_help.reveal', entity: 'employment_help_person', entityId: id, region: row.region, detail: { field: 'idNumber', purpose: purpose.trim() } });
    return { idNumber: p.vault.decrypt(row.id_enc) };
  });
}
