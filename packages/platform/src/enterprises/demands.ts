// Talent demand (人才需求): a verified enterprise declares what talent it needs — post, headcount,
// degree, major, monthly salary range (integer fen), urgency, deadline — one declaration per post and
// year; the talent office sees them by industry and county and exports them (.xlsx, formula-safe
// like every export). An enterprise sees only its own demands; staff their regions.

import { safeWorkbook } from '@rencai/domain';
import { regionName } from '@rencai/policies';
import { appendAudit, type DemandDegree, type DemandUrgency, type EnterpriseDemandsTable, type Selectable } from '@rencai/store';
import { badInput, conflict, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform, newWorkbook } from '../shared/index.js';
import { DEMAND_DEGREES, DEMAND_URGENCIES, industryName } from './catalogue.js';
import { seesEnterprises, verifiedEnterprise } from './registration.js';
import { disciplineByKey, isDisciplineKey } from '../talent-catalogue/index.js';

type DemandRow = Selectable<EnterpriseDemandsTable>;

export interface DemandView {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  region: string;
  regionName: string;
  industry: string;
  industryName: string;
  post: string;
  headcount: number;
  degree: DemandDegree;
  degreeName: string;
  major: string;
  /** The major's 教育部学科专业目录 key (null on rows declared before codes), its printed code and name. */
  majorCode: string | null;
  majorCodeShown: string | null;
  majorName: string | null;
  salaryMinFen: number;
  salaryMaxFen: number;
  urgency: DemandUrgency;
  urgencyName: string;
  deadline: string;
  period: string;
  createdAt: string;
}

const MAX_SALARY_FEN = 100_000_000; // 100 万元 a month: beyond it, a typo

async function views(p: Platform, rows: DemandRow[]): Promise<DemandView[]> {
  if (!rows.length) return [];
  const ents = await p.db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', [...new Set(rows.map((r) => r.enterprise_id))]).execute();
  const nameOf = new Map(ents.map((e) => [e.id, e.name]));
  return rows.map((r) => ({
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: nameOf.get(r.enterprise_id) ?? '',
    region: r.region,
    regionName: regionName(r.region),
    industry: r.industry,
    industryName: industryName(r.industry),
    post: r.post,
    headcount: r.headcount,
    degree: r.degree,
    degreeName: DEMAND_DEGREES[r.degree],
    major: r.major,
    majorCode: r.major_code,
    majorCodeShown: r.major_code ? (disciplineByKey(r.major_code)?.code ?? null) : null,
    majorName: r.major_code ? (disciplineByKey(r.major_code)?.name ?? null) : null,
    salaryMinFen: r.salary_min_fen,
    salaryMaxFen: r.salary_max_fen,
    urgency: r.urgency,
    urgencyName: DEMAND_URGENCIES[r.urgency],
    deadline: r.deadline,
    period: r.period,
    createdAt: r.created_at.toISOString(),
  }));
}

function readDemand(input: unknown, today: string) {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const str = (k: string, label: string, max: number) => {
    const v = typeof i[k] === 'string' ? (i[k] as string).trim() : '';
    if (!v || v.length > max) errors.push({ path: k, message: `请填写${label}（不超过 ${max} 字）` });
    return v;
  };
  const post = str('post', '岗位名称', 60);
  // The major is picked from the 教育部学科专业目录 (majorCode); free text stays for “不限” and for rows declared before codes.
  let majorCode: string | null = null;
  if (i.majorCode !== undefined && i.majorCode !== null && i.majorCode !== '') {
    if (isDisciplineKey(i.majorCode)) majorCode = i.majorCode;
    else errors.push({ path: 'majorCode', message: '专业应从教育部学科专业目录中选择' });
  }
  if (majorCode && (typeof i.major !== 'string' || !i.major.trim())) i.major = disciplineByKey(majorCode)!.name;
  const major = str('major', '专业要求（请从学科专业目录中选择；不限专业请填“不限”）', 60);
  const headcount = i.headcount;
  if (!Number.isInteger(headcount) || (headcount as number) < 1 || (headcount as number) > 10000) errors.push({ path: 'headcount', message: '需求人数应为 1–10000 的整数' });
  if (typeof i.degree !== 'string' || !(i.degree in DEMAND_DEGREES)) errors.push({ path: 'degree', message: '请选择学历要求' });
  if (typeof i.urgency !== 'string' || !(i.urgency in DEMAND_URGENCIES)) errors.push({ path: 'urgency', message: '请选择紧急程度（一般、紧急、特别紧急）' });
  const fen = (k: string, label: string) => {
    const v = i[k];
    if (!Number.isSafeInteger(v) || (v as number) <= 0 || (v as number) > MAX_SALARY_FEN) {
      errors.push({ path: k, message: `${label}应为正整数（单位：分），且不超过 100 万元` });
      return 0;
    }
    return v as number;
  };
  const min = fen('salaryMinFen', '月薪下限');
  const max = fen('salaryMaxFen', '月薪上限');
  if (min && max && max < min) errors.push({ path: 'salaryMaxFen', message: '月薪上限不能低于下限' });
  const deadline = typeof i.deadline === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(i.deadline) && !Number.isNaN(Date.parse(i.deadline)) ? i.deadline : '';
  if (!deadline) errors.push({ path: 'deadline', message: '请填写需求截止日期（年-月-日）' });
  else if (deadline < today) errors.push({ path: 'deadline', message: '需求截止日期不能早于今天' });
  return { v: { post, major, majorCode, headcount: headcount as number, degree: i.degree as DemandDegree, urgency: i.urgency as DemandUrgency, salaryMinFen: min, salaryMaxFen: max, deadline }, errors };
}

/** A verified enterprise declares a demand; the same post again in the same year is a 409 naming the post. */
export async function declareDemand(p: Platform, c: Caller, input: unknown): Promise<DemandView> {
  const e = await verifiedEnterprise(p, c);
  const { v, errors } = readDemand(input, todayString(p));
  if (errors.length) throw badInput(errors);
  const period = v.deadline.slice(0, 4);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('enterprise_demands')
        .values({ enterprise_id: e.id, region: e.region, industry: e.industry, post: v.post, headcount: v.headcount, degree: v.degree, major: v.major, major_code: v.majorCode, salary_min_fen: v.salaryMinFen, salary_max_fen: v.salaryMaxFen, urgency: v.urgency, deadline: v.deadline, period, created_by: c.userId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'enterprise_demand.declare', entity: 'enterprise_demand', entityId: r.id, region: r.region, detail: { post: v.post, headcount: v.headcount } });
      return r;
    });
    return (await views(p, [row]))[0]!;
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`岗位「${v.post}」${period} 年的需求已申报，请勿重复申报`);
    throw err;
  }
}

function scopedDemands(p: Platform, c: Caller, query: Record<string, unknown>) {
  let q = p.db.selectFrom('enterprise_demands').selectAll();
  if (c.role === 'enterprise') q = q.where('enterprise_id', 'in', p.db.selectFrom('enterprises').select('id').where('account_id', '=', c.userId));
  else if (seesEnterprises(c)) {
    const regions = visibleRegions(c);
    if (!regions.length) return null;
    q = q.where('region', 'in', regions);
  } else return null;
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  if (want('industry')) q = q.where('industry', '=', want('industry')!);
  if (want('region')) q = q.where('region', '=', want('region')!);
  if (want('period')) q = q.where('period', '=', want('period')!);
  if (want('enterprise') && /^[1-9][0-9]{0,14}$/.test(want('enterprise')!)) q = q.where('enterprise_id', '=', Number(want('enterprise')));
  return q.orderBy('industry').orderBy('region').orderBy('id', 'desc');
}

/** The demands the caller sees; filters: industry, region, period, enterprise (id). */
export async function listDemands(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<DemandView[]> {
  const q = scopedDemands(p, c, query);
  if (!q) throw notFound('人才需求');
  return views(p, await q.limit(2000).execute());
}

const yuan = (fen: number) => fen / 100;

/** The demands the talent office sees, as .xlsx (formula-safe), with the same filters. */
export async function exportDemands(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<Buffer> {
  if (!seesEnterprises(c)) throw notFound('人才需求');
  const q = scopedDemands(p, c, query);
  const rows = q ? await views(p, await q.limit(50_000).execute()) : [];
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('人才需求');
  ws.addRow(['企业', '所属行业', '县（市、区）', '岗位', '需求人数', '学历要求', '专业要求', '月薪下限（元）', '月薪上限（元）', '紧急程度', '截止日期', '年度', '专业代码（教育部学科专业目录）']).font = { bold: true };
  for (const d of rows) ws.addRow([d.enterpriseName, d.industryName, d.regionName, d.post, d.headcount, d.degreeName, d.major, yuan(d.salaryMinFen), yuan(d.salaryMaxFen), d.urgencyName, d.deadline, d.period, d.majorCodeShown ?? '']);
  ws.columns.forEach((col) => (col.width = 16));
  safeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Open demands (deadline not passed) in the given regions, for another module's job matching (employment help), which scopes its own callers. */
export async function openDemandsIn(p: Platform, regions: string[]): Promise<DemandView[]> {
  if (!regions.length) return [];
  return views(p, await p.db.selectFrom('enterprise_demands').selectAll().where('region', 'in', regions).where('deadline', '>=', todayString(p)).orderBy('id', 'desc').limit(2000).execute());
}

/** One demand the caller sees (its enterprise's account; staff of its county), else 404 — for another module acting on a demand (matching). */
export async function getDemand(p: Platform, c: Caller, id: number): Promise<DemandView> {
  const q = scopedDemands(p, c, {});
  const row = q ? await q.where('id', '=', id).executeTakeFirst() : undefined;
  if (!row) throw notFound('该人才需求');
  return (await views(p, [row]))[0]!;
}

/** Demands by id, whoever asks (the asking module scopes its own callers: a talent sees the demands that asked to contact them). */
export async function demandsByIds(p: Platform, ids: number[]): Promise<DemandView[]> {
  if (!ids.length) return [];
  return views(p, await p.db.selectFrom('enterprise_demands').selectAll().where('id', 'in', [...new Set(ids)]).execute());
}
