// 人岗匹配 (issue 15 item 6): a talent opts in to be found (愿意被企业查找) with optional wishes; for
// an enterprise's own demand (or its county's staff) the opted-in persons whose degree meets it, ranked
// by fit with the reasons in words and masked — 候选人 #n, degree, major, county, nothing else; the
// enterprise asks to contact one (once per demand and person); the talent accepts or declines; only after
// acceptance may the enterprise read the name and phone, each reading audited (matching.reveal).
// Opting out takes the person off every enterprise's lists at once, requests included.

import { REGIONS, regionName } from '@rencai/policies';
import { appendAudit, type MatchingProfilesTable, type MatchingRequestStatus, type MatchingRequestsTable, type PersonsTable, type Selectable } from '@rencai/store';
import { badInput, conflict, forbidden, notFound, todayString, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { personRows } from '../registry/index.js';
import { demandsByIds, getDemand, INDUSTRIES_GBT4754, industryName, type DemandView } from '../enterprises/index.js';
import { disciplineByKey } from '../talent-catalogue/index.js';
import { fitOf, type FitDegree, type FitProfile, type FitReason } from './fit.js';

type ProfileRow = Selectable<MatchingProfilesTable>;
type RequestRow = Selectable<MatchingRequestsTable>;
type PersonRow = Selectable<PersonsTable>;

const MAX_CANDIDATES = 50;
const MAX_SALARY_FEN = 100_000_000;
export const MATCHING_STATUS: Record<MatchingRequestStatus, string> = { pending: '待人才答复', accepted: '已同意联系', declined: '已婉拒', withdrawn: '企业已撤回' };
const DEGREE_NAMES: Record<FitDegree, string> = { none: '未登记学历', college: '大专', bachelor: '本科', master: '硕士研究生', doctor: '博士研究生' };
const REGISTRY_DEGREE: Record<string, FitDegree> = { college: 'college', bachelor: 'bachelor', master: 'master', phd: 'doctor' };

/** The form's choices: counties and industries (GB/T 4754 门类) a talent may wish for. */
export const matchingOptions = () => ({
  counties: REGIONS.filter((r) => r.code !== 'quzhou_city').map((r) => ({ code: r.code, label: r.name })),
  industries: Object.entries(INDUSTRIES_GBT4754).map(([code, label]) => ({ code, label })),
});

/** A person's registry record as the fit reads it: the highest degree, every major studied, the county. */
function profileOf(person: PersonRow, prof: ProfileRow | undefined): FitProfile {
  let degree: FitDegree = 'none';
  const majors: FitProfile['majors'] = [];
  for (const e of person.education ?? []) {
    const d = REGISTRY_DEGREE[e.degree] ?? 'none';
    if (d !== 'none' && (degree === 'none' || ['college', 'bachelor', 'master', 'doctor'].indexOf(d) > ['college', 'bachelor', 'master', 'doctor'].indexOf(degree))) degree = d;
    const name = e.major ?? (e.majorCode ? disciplineByKey(e.majorCode)?.name : undefined) ?? '';
    if (name || e.majorCode) majors.push({ name, code: e.majorCode ?? null });
  }
  return { degree, degreeName: DEGREE_NAMES[degree], majors, region: person.region, counties: prof?.counties ?? [], skills: prof?.skills ?? [] };
}

// ---------------------------------------------------------------- the talent's side

export interface MatchingWishes {
  open: boolean;
  counties: string[];
  countyNames: string[];
  industries: string[];
  industryNames: string[];
  expectedSalaryFen: number | null;
  skills: string[];
  updatedAt: string | null;
}

export interface MyContactRequest {
  id: number;
  enterpriseName: string;
  post: string;
  regionName: string;
  salaryMinFen: number;
  salaryMaxFen: number;
  status: MatchingRequestStatus;
  statusName: string;
  requestedAt: string;
  answeredAt: string | null;
}

function talentOf(c: Caller): number {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以设置是否愿意被企业查找');
  return c.personId;
}

const wishesOf = (r: ProfileRow | undefined): MatchingWishes => ({
  open: r?.open ?? false,
  counties: r?.counties ?? [],
  countyNames: (r?.counties ?? []).map(regionName),
  industries: r?.industries ?? [],
  industryNames: (r?.industries ?? []).map(industryName),
  expectedSalaryFen: r?.expected_salary_fen ?? null,
  skills: r?.skills ?? [],
  updatedAt: r ? r.updated_at.toISOString() : null,
});

/** The talent's own choice and wishes, and the enterprises' requests to contact them, newest first. */
export async function myMatching(p: Platform, c: Caller): Promise<{ wishes: MatchingWishes; requests: MyContactRequest[] }> {
  const personId = talentOf(c);
  const prof = await p.db.selectFrom('matching_profiles').selectAll().where('person_id', '=', personId).executeTakeFirst();
  const rows = await p.db.selectFrom('matching_requests').selectAll().where('person_id', '=', personId).orderBy('id', 'desc').limit(200).execute();
  const demands = new Map((await demandsByIds(p, rows.map((r) => r.demand_id))).map((d) => [d.id, d]));
  const requests = rows.map((r) => {
    const d = demands.get(r.demand_id)!;
    return { id: r.id, enterpriseName: d.enterpriseName, post: d.post, regionName: d.regionName, salaryMinFen: d.salaryMinFen, salaryMaxFen: d.salaryMaxFen, status: r.status, statusName: MATCHING_STATUS[r.status], requestedAt: r.created_at.toISOString(), answeredAt: r.answered_at ? r.answered_at.toISOString() : null };
  });
  return { wishes: wishesOf(prof), requests };
}

function readWishes(input: unknown) {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof i.open !== 'boolean') errors.push({ path: 'open', message: '请选择是否愿意被企业查找' });
  const list = (k: string, ok: (v: string) => boolean, message: string, max: number): string[] => {
    const v = i[k] ?? [];
    if (!Array.isArray(v) || v.length > max || !v.every((x) => typeof x === 'string' && ok(x))) {
      errors.push({ path: k, message });
      return [];
    }
    return [...new Set(v as string[])];
  };
  const counties = list('counties', (x) => REGIONS.some((r) => r.code === x && r.code !== 'quzhou_city'), '意向地区应从县（市、区）列表中选择，最多 20 个', 20);
  const industries = list('industries', (x) => x in INDUSTRIES_GBT4754, '意向行业应从国民经济行业门类中选择，最多 20 个', 20);
  const skills = list('skills', (x) => x.trim().length >= 1 && x.trim().length <= 20, '技能特长最多 10 项，每项 1–20 字', 10).map((s) => s.trim());
  let expected: number | null = null;
  if (i.expectedSalaryFen !== undefined && i.expectedSalaryFen !== null && i.expectedSalaryFen !== '') {
    if (!Number.isSafeInteger(i.expectedSalaryFen) || (i.expectedSalaryFen as number) <= 0 || (i.expectedSalaryFen as number) > MAX_SALARY_FEN) errors.push({ path: 'expectedSalaryFen', message: '期望月薪应为正整数（单位：分），且不超过 100 万元' });
    else expected = i.expectedSalaryFen as number;
  }
  return { v: { open: i.open as boolean, counties, industries, skills: [...new Set(skills)], expected }, errors };
}

/** The talent says whether to be found, with the wishes; off takes them off every enterprise's list at once. */
export async function setMyMatching(p: Platform, c: Caller, input: unknown): Promise<{ wishes: MatchingWishes; requests: MyContactRequest[] }> {
  const personId = talentOf(c);
  const { v, errors } = readWishes(input);
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    const values = { open: v.open, counties: v.counties, industries: v.industries, skills: v.skills, expected_salary_fen: v.expected, updated_at: new Date() };
    await trx.insertInto('matching_profiles').values({ person_id: personId, ...values }).onConflict((oc) => oc.column('person_id').doUpdateSet(values)).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: v.open ? 'matching.open' : 'matching.close', entity: 'person', entityId: personId, region: c.region, detail: { counties: v.counties, industries: v.industries } });
  });
  return myMatching(p, c);
}

/** The talent accepts or declines a pending request; only then (accepted) may the enterprise read the name and phone. */
export async function answerRequest(p: Platform, c: Caller, id: number, input: unknown): Promise<{ wishes: MatchingWishes; requests: MyContactRequest[] }> {
  const personId = talentOf(c);
  const accept = (input as { accept?: unknown } | null)?.accept;
  if (typeof accept !== 'boolean') throw badInput([{ path: 'accept', message: '请选择同意或婉拒联系' }]);
  const found = await p.db.selectFrom('matching_requests').select('demand_id').where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
  if (!found) throw notFound('该联系请求');
  const [d] = await demandsByIds(p, [found.demand_id]);
  await p.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('matching_requests').selectAll().where('id', '=', id).where('person_id', '=', personId).forUpdate().executeTakeFirstOrThrow();
    if (r.status !== 'pending') throw conflict(`该联系请求${MATCHING_STATUS[r.status]}，不能再答复`);
    if (accept) {
      const prof = await trx.selectFrom('matching_profiles').select('open').where('person_id', '=', personId).executeTakeFirst();
      if (!prof?.open) throw conflict('您已关闭“愿意被企业查找”，请先打开后再同意联系');
    }
    const status: MatchingRequestStatus = accept ? 'accepted' : 'declined';
    await trx.updateTable('matching_requests').set({ status, answered_at: new Date() }).where('id', '=', id).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: accept ? 'matching.accept' : 'matching.decline', entity: 'matching_request', entityId: id, region: r.region, detail: { demandId: r.demand_id } });
    await sendMessages(trx, [{ userId: r.requested_by, text: accept ? `人才已同意就岗位「${d!.post}」与贵单位联系，可在“匹配人才”中查看其姓名和电话（查看将记入审计日志）。` : `人才婉拒了就岗位「${d!.post}」的联系请求。` }]);
  });
  return myMatching(p, c);
}

// ---------------------------------------------------------------- the enterprise's side

export interface MatchCandidate {
  /** The candidate's number (候选人 #n): the opt-in's own number, not the registry's. */
  candidate: number;
  label: string;
  degreeName: string;
  majors: string[];
  regionName: string;
  score: number;
  reasons: FitReason[];
  request: { id: number; status: MatchingRequestStatus; statusName: string } | null;
}

export interface DemandCandidates {
  demand: { id: number; post: string; enterpriseName: string; regionName: string; degreeName: string; major: string; deadline: string; open: boolean };
  candidates: MatchCandidate[];
  /** The caller may ask to contact (the demand's enterprise itself; the county's staff only look). */
  mayRequest: boolean;
}

const majorNames = (f: FitProfile) => f.majors.map((m) => m.name || (m.code ? (disciplineByKey(m.code)?.name ?? '') : '')).filter(Boolean);

/** The opted-in persons whose degree meets the demand, best fit first, masked; with this demand's requests to them. */
export async function candidatesFor(p: Platform, c: Caller, demandId: number): Promise<DemandCandidates> {
  const d = await getDemand(p, c, demandId);
  const profiles = await p.db.selectFrom('matching_profiles').selectAll().where('open', '=', true).orderBy('id').limit(5000).execute();
  const persons = new Map((await personRows(p.db, profiles.map((r) => r.person_id))).map((r) => [r.id, r]));
  const requests = new Map((await p.db.selectFrom('matching_requests').selectAll().where('demand_id', '=', d.id).execute()).map((r) => [r.person_id, r]));
  const city = REGIONS.find((r) => r.code === d.region)?.city;
  const out: MatchCandidate[] = [];
  for (const prof of profiles) {
    const person = persons.get(prof.person_id);
    if (!person) continue;
    // Persons of the demand's city, and those elsewhere who wish to work in its county.
    if (REGIONS.find((r) => r.code === person.region)?.city !== city && !prof.counties.includes(d.region)) continue;
    const f = profileOf(person, prof);
    const fit = fitOf(d, f);
    if (!fit.fits) continue;
    const req = requests.get(person.id);
    out.push({ candidate: prof.id, label: `候选人 #${prof.id}`, degreeName: f.degreeName, majors: majorNames(f), regionName: regionName(person.region), score: fit.score, reasons: fit.reasons, request: req ? { id: req.id, status: req.status, statusName: MATCHING_STATUS[req.status] } : null });
  }
  out.sort((a, b) => b.score - a.score || a.candidate - b.candidate);
  return {
    demand: { id: d.id, post: d.post, enterpriseName: d.enterpriseName, regionName: d.regionName, degreeName: d.degreeName, major: d.majorName ?? d.major, deadline: d.deadline, open: d.deadline >= todayString(p) },
    candidates: out.slice(0, MAX_CANDIDATES),
    mayRequest: c.role === 'enterprise',
  };
}

async function ownDemand(p: Platform, c: Caller, demandId: number): Promise<DemandView> {
  if (c.role !== 'enterprise') throw forbidden('只有发布该需求的企业可以请求联系人才');
  return getDemand(p, c, demandId);
}

/** The enterprise asks to contact a candidate for its demand: once per demand and person — asking again answers the same request. */
export async function requestContact(p: Platform, c: Caller, demandId: number, input: unknown): Promise<{ id: number; status: MatchingRequestStatus; statusName: string; created: boolean }> {
  const d = await ownDemand(p, c, demandId);
  const cand = (input as { candidate?: unknown } | null)?.candidate;
  if (!Number.isSafeInteger(cand) || (cand as number) < 1) throw badInput([{ path: 'candidate', message: '请选择候选人' }]);
  if (d.deadline < todayString(p)) throw conflict(`岗位「${d.post}」的需求已于 ${d.deadline} 截止，不能再请求联系`);
  const prof = await p.db.selectFrom('matching_profiles').selectAll().where('id', '=', cand as number).where('open', '=', true).executeTakeFirst();
  const [person] = prof ? await personRows(p.db, [prof.person_id]) : [];
  if (!prof || !person || !fitOf(d, profileOf(person, prof)).fits) throw notFound('该候选人');
  return p.db.transaction().execute(async (trx) => {
    const made = await trx
      .insertInto('matching_requests')
      .values({ demand_id: d.id, enterprise_id: d.enterpriseId, region: d.region, person_id: person.id, requested_by: c.userId })
      .onConflict((oc) => oc.columns(['demand_id', 'person_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    const r = made ?? (await trx.selectFrom('matching_requests').selectAll().where('demand_id', '=', d.id).where('person_id', '=', person.id).executeTakeFirstOrThrow());
    if (made) {
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'matching.request', entity: 'matching_request', entityId: r.id, region: r.region, detail: { demandId: d.id, candidate: prof.id } });
      await sendMessages(trx, [{ personId: person.id, text: `${d.enterpriseName}希望就岗位「${d.post}」（${d.regionName}）与您联系。请在“我的”页面的“人岗匹配”中同意或婉拒；同意前企业看不到您的姓名和电话。` }]);
    }
    return { id: r.id, status: r.status, statusName: MATCHING_STATUS[r.status], created: !!made };
  });
}

async function ownRequest(p: Platform, c: Caller, id: number): Promise<RequestRow> {
  if (c.role !== 'enterprise') throw notFound('该联系请求');
  const r = await p.db.selectFrom('matching_requests').selectAll().where('id', '=', id).where('requested_by', '=', c.userId).executeTakeFirst();
  if (!r) throw notFound('该联系请求');
  return r;
}

/** The enterprise withdraws a request not yet answered; the candidate stays masked. */
export async function withdrawRequest(p: Platform, c: Caller, id: number): Promise<{ id: number; status: MatchingRequestStatus; statusName: string }> {
  const r = await ownRequest(p, c, id);
  if (r.status !== 'pending') throw conflict(`该联系请求${MATCHING_STATUS[r.status]}，不能撤回`);
  await p.db.transaction().execute(async (trx) => {
    const n = await trx.updateTable('matching_requests').set({ status: 'withdrawn', answered_at: new Date() }).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
    if (Number(n.numUpdatedRows) !== 1) throw conflict('该联系请求已有答复，不能撤回');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'matching.withdraw', entity: 'matching_request', entityId: id, region: r.region, detail: { demandId: r.demand_id } });
  });
  return { id, status: 'withdrawn', statusName: MATCHING_STATUS.withdrawn };
}

/** The name and phone of a candidate who accepted the request (and is still opted in), each reading audited (matching.reveal). */
export async function revealMatchContact(p: Platform, c: Caller, id: number): Promise<{ name: string; phone: string | null }> {
  const r = await ownRequest(p, c, id);
  if (r.status !== 'accepted') throw forbidden('该人才尚未同意联系，不能查看其姓名和电话');
  const prof = await p.db.selectFrom('matching_profiles').select('open').where('person_id', '=', r.person_id).executeTakeFirst();
  if (!prof?.open) throw notFound('该候选人');
  return p.db.transaction().execute(async (trx) => {
    const [person] = await personRows(trx, [r.person_id]);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'matching.reveal', entity: 'person', entityId: r.person_id, region: r.region, detail: { requestId: r.id, demandId: r.demand_id } });
    return { name: person!.name, phone: person!.phone_enc ? p.vault.decrypt(person!.phone_enc) : null };
  });
}
