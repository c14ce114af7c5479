// 职业技能等级认定 by enterprises licensed to assess (seed 003 玉环: "遴选 75家企业开展车工、磨工、数控铣工、
// 装配钳工等职业技能认定。截至目前，共开展职业技能认定 2.7万多人次"): a county's clerk licenses a verified
// enterprise for occupations and levels (五级/初级工 .. 一级/高级技师); the enterprise's account
// records batches of recognitions (person, occupation, level, day, certificate number — a number
// once across all recognitions); counts by level and county. The work list's 新培养高技能人才 reads
// the first recognition at 三级/高级工 or above of each person from here.
// Clerks see their regions; an enterprise's account only its own licence and batches; else 404.

import { regionName } from '@rencai/policies';
import { parseIdCard } from '@rencai/domain';
import { appendAudit, type DB, type Db, type Selectable, type SkillLicencesTable, type Transaction } from '@rencai/store';
import { idNumberColumns, badInput, fieldError, isStaff, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform, readDay } from '../shared/index.js';
import { ownEnterprise, verifiedEnterprisesIn } from '../enterprises/index.js';
import { editsSkills, positiveId } from './standards.js';
import { maskPersonName } from './sessions.js';

type LicenceRow = Selectable<SkillLicencesTable>;

/** 国家职业技能标准's five levels: 一级 is the highest. */
export const SKILL_LEVELS: Record<number, string> = { 1: '一级/高级技师', 2: '二级/技师', 3: '三级/高级工', 4: '四级/中级工', 5: '五级/初级工' };
/** 高技能人才: 三级/高级工 and above (levels 1–3). */
export const HIGH_SKILL_LEVEL = 3;
export const HIGH_SKILLED_DEFINITION =
  '平台登记的职业技能等级认定记录中（由取得认定资格的企业分批登记），首次认定为三级/高级工及以上（三级/高级工、二级/技师、一级/高级技师）的人数：同一人（以身份证号计）只在首次达到三级的认定日计一次，之后晋级不重复计；自规划起始日起按认定日期计，按认定企业所在县（市、区）统计；专项职业能力证书不计入；未在本平台登记的认定（如院校、社会培训评价组织的认定）不在其内。';

export interface LicenceView {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  region: string;
  regionName: string;
  occupations: string[];
  levels: number[];
  levelLabels: string[];
  licensedOn: string;
}

export interface RecognitionView {
  id: number;
  name: string;
  idMasked: string;
  occupation: string;
  level: number;
  levelLabel: string;
  recognizedOn: string;
  certificateNo: string;
}

export interface BatchView {
  id: number;
  licenceId: number;
  enterpriseId: number;
  enterpriseName: string;
  region: string;
  regionName: string;
  recognizedOn: string;
  count: number;
  createdAt: string;
  records?: RecognitionView[];
}

const text = (v: unknown, min: number, max: number): string | undefined => (typeof v === 'string' && v.trim().length >= min && v.trim().length <= max ? v.trim() : undefined);

async function enterpriseNames(p: Platform, regions: string[]): Promise<Map<number, string>> {
  return new Map((await verifiedEnterprisesIn(p, regions)).map((e) => [e.id, e.name]));
}

const licenceView = (r: LicenceRow, names: Map<number, string>): LicenceView => ({
  id: r.id,
  enterpriseId: r.enterprise_id,
  enterpriseName: names.get(r.enterprise_id) ?? '',
  region: r.region,
  regionName: regionName(r.region),
  occupations: r.occupations,
  levels: r.levels,
  levelLabels: r.levels.map((l) => SKILL_LEVELS[l] ?? ''),
  licensedOn: r.licensed_on,
});

/** The enterprise's own licence (for its account), or undefined. */
async function ownLicence(p: Platform, c: Caller): Promise<LicenceRow | undefined> {
  const e = await ownEnterprise(p.db, c);
  return e && e.state === 'verified' ? p.db.selectFrom('skill_licences').selectAll().where('enterprise_id', '=', e.id).executeTakeFirst() : undefined;
}

/** Licences: staff see their regions'; an enterprise's account sees its own (none: an empty list); others 404. */
export async function listLicences(p: Platform, c: Caller): Promise<LicenceView[]> {
  if (c.role === 'enterprise') {
    const own = await ownLicence(p, c);
    return own ? withNames(p, [own]) : [];
  }
  if (!isStaff(c)) throw notFound('认定资格');
  const regions = visibleRegions(c);
  return regions.length ? withNames(p, await p.db.selectFrom('skill_licences').selectAll().where('region', 'in', regions).orderBy('id').execute()) : [];
}

async function withNames(p: Platform, rows: LicenceRow[]): Promise<LicenceView[]> {
  const names = await enterpriseNames(p, [...new Set(rows.map((r) => r.region))]);
  return rows.map((r) => licenceView(r, names));
}

/** The verified enterprises of the caller's regions, for the licence form. */
export async function licensableEnterprises(p: Platform, c: Caller): Promise<Array<{ id: number; name: string; regionName: string }>> {
  if (!isStaff(c)) throw notFound('企业名录');
  return (await verifiedEnterprisesIn(p, visibleRegions(c))).map((e) => ({ id: e.id, name: e.name, regionName: regionName(e.region) }));
}

/** A clerk licenses a verified enterprise of their county to assess occupations at levels (one licence per enterprise). */
export async function licenseEnterprise(p: Platform, c: Caller, input: unknown): Promise<LicenceView> {
  if (c.role !== 'clerk' && c.role !== 'admin') throw notFound('认定资格');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const ents = await verifiedEnterprisesIn(p, visibleRegions(c));
  const e = ents.find((x) => x.id === positiveId(i.enterpriseId));
  if (!e) errors.push({ path: 'enterpriseId', message: '请选择本人管辖县（市、区）已核验的企业' });
  const occupations = Array.isArray(i.occupations) ? [...new Set(i.occupations.map((o) => text(o, 1, 30)).filter((o): o is string => !!o))] : [];
  if (!occupations.length || occupations.length > 50) errors.push({ path: 'occupations', message: '请填写可认定的职业（工种，1–50 个，每个不超过 30 字）' });
  const levels = Array.isArray(i.levels) ? [...new Set(i.levels.map((l) => Number(l)))].sort() : [];
  if (!levels.length || levels.some((l) => !SKILL_LEVELS[l])) errors.push({ path: 'levels', message: '可认定等级只能从五级/初级工到一级/高级技师中选择' });
  const licensedOn = readDay(i.licensedOn);
  if (!licensedOn) errors.push({ path: 'licensedOn', message: '请填写备案（授权）日期（年-月-日）' });
  else if (licensedOn > todayString(p)) errors.push({ path: 'licensedOn', message: `备案日期不能晚于今天（${todayString(p)}）` });
  if (errors.length) throw badInput(errors);
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('skill_licences').values({ enterprise_id: e!.id, region: e!.region, occupations, levels, licensed_on: licensedOn, created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.licence.create', entity: 'skill_licence', entityId: r.id, region: e!.region, detail: { enterpriseId: e!.id, occupations, levels } });
      return r.id;
    });
    return (await withNames(p, [(await p.db.selectFrom('skill_licences').selectAll().where('id', '=', id).executeTakeFirstOrThrow())]))[0]!;
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldError('enterpriseId', `${e!.name}已有认定资格备案`);
    throw err;
  }
}

async function batchViews(p: Platform, rows: Array<Selectable<DB['skill_recognition_batches']>>): Promise<BatchView[]> {
  if (!rows.length) return [];
  const names = await enterpriseNames(p, [...new Set(rows.map((r) => r.region))]);
  const counts = await p.db.selectFrom('skill_recognitions').select(['batch_id', (eb) => eb.fn.countAll<number>().as('n')]).where('batch_id', 'in', rows.map((r) => r.id)).groupBy('batch_id').execute();
  return rows.map((r) => ({ id: r.id, licenceId: r.licence_id, enterpriseId: r.enterprise_id, enterpriseName: names.get(r.enterprise_id) ?? '', region: r.region, regionName: regionName(r.region), recognizedOn: r.recognized_on, count: Number(counts.find((x) => x.batch_id === r.id)?.n ?? 0), createdAt: r.created_at.toISOString() }));
}

/** The batches the caller sees: staff their regions', an enterprise's account its own; others 404. */
async function batchesInScope(p: Platform, c: Caller) {
  const q = p.db.selectFrom('skill_recognition_batches').selectAll();
  if (isStaff(c)) {
    const regions = visibleRegions(c);
    return regions.length ? q.where('region', 'in', regions) : undefined;
  }
  if (c.role === 'enterprise') {
    const e = await ownEnterprise(p.db, c);
    return e ? q.where('enterprise_id', '=', e.id) : undefined;
  }
  throw notFound('认定批次');
}

export async function listRecognitionBatches(p: Platform, c: Caller): Promise<BatchView[]> {
  const q = await batchesInScope(p, c);
  return q ? batchViews(p, await q.orderBy('recognized_on', 'desc').orderBy('id', 'desc').limit(500).execute()) : [];
}

export async function getRecognitionBatch(p: Platform, c: Caller, id: unknown): Promise<BatchView> {
  const q = await batchesInScope(p, c);
  const n = positiveId(id);
  const row = q && n ? await q.where('id', '=', n).executeTakeFirst() : undefined;
  if (!row) throw notFound('该认定批次');
  const v = (await batchViews(p, [row]))[0]!;
  const recs = await p.db.selectFrom('skill_recognitions').selectAll().where('batch_id', '=', row.id).orderBy('id').execute();
  return { ...v, records: recs.map((r) => ({ id: r.id, name: c.role === 'enterprise' || editsSkills(c, r.region) ? r.name : maskPersonName(r.name), idMasked: r.id_masked, occupation: r.occupation, level: r.level, levelLabel: SKILL_LEVELS[r.level]!, recognizedOn: r.recognized_on, certificateNo: r.certificate_no })) };
}

/**
 * A licensed enterprise records a batch of recognitions on a day: each record's occupation and level
 * within its licence, a valid ID number, a certificate number not used before (in this batch or any
 * other). Nothing is saved if one record is wrong; the same request id answers with the same batch.
 */
export async function recordBatch(p: Platform, c: Caller, input: unknown, requestId: unknown): Promise<BatchView> {
  if (c.role !== 'enterprise') throw notFound('认定批次');
  const licence = await ownLicence(p, c);
  if (!licence) throw notFound('本企业的职业技能等级认定资格');
  const rid = typeof requestId === 'string' && /^[A-Za-z0-9_.:-]{8,80}$/.test(requestId) ? requestId : undefined;
  if (!rid) throw fieldError('requestId', '请求编号（Idempotency-Key）应为 8–80 位字母、数字或 _.:-，重发同一批次时不变');
  const before = await p.db.selectFrom('skill_recognition_batches').select('id').where('enterprise_id', '=', licence.enterprise_id).where('request_id', '=', rid).executeTakeFirst();
  if (before) return getRecognitionBatch(p, c, before.id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const today = todayString(p);
  const recognizedOn = readDay(i.recognizedOn);
  if (!recognizedOn) errors.push({ path: 'recognizedOn', message: '请填写认定日期（年-月-日）' });
  else if (recognizedOn > today) errors.push({ path: 'recognizedOn', message: `认定日期不能晚于今天（${today}）` });
  else if (recognizedOn < licence.licensed_on) errors.push({ path: 'recognizedOn', message: `认定日期不能早于本企业认定资格的备案日期（${licence.licensed_on}）` });
  const list = Array.isArray(i.records) ? i.records : [];
  if (!list.length || list.length > 500) errors.push({ path: 'records', message: '一个批次应有 1–500 条认定记录' });
  const records = list.map((x, n) => {
    const o = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const at = `records[${n}].`;
    const name = text(o.name, 2, 30);
    if (!name) errors.push({ path: `${at}name`, message: '请填写姓名（2–30 字）' });
    const id = parseIdCard(o.idNumber, p.today());
    if (!id.ok) errors.push({ path: `${at}idNumber`, message: id.reason });
    const occupation = text(o.occupation, 1, 30);
    if (!occupation || !licence.occupations.includes(occupation)) errors.push({ path: `${at}occupation`, message: `职业（工种）应为本企业备案可认定的：${licence.occupations.join('、')}` });
    const level = Number(o.level);
    if (!licence.levels.includes(level)) errors.push({ path: `${at}level`, message: `等级应为本企业备案可认定的：${licence.levels.map((l) => SKILL_LEVELS[l]).join('、')}` });
    const certificateNo = typeof o.certificateNo === 'string' ? o.certificateNo.trim().toUpperCase() : '';
    if (!/^[A-Z0-9-]{6,40}$/.test(certificateNo)) errors.push({ path: `${at}certificateNo`, message: '证书编号应为 6–40 位字母、数字或连字符' });
    else if (list.slice(0, n).some((y) => typeof y === 'object' && y !== null && String((y as Record<string, unknown>).certificateNo ?? '').trim().toUpperCase() === certificateNo)) errors.push({ path: `${at}certificateNo`, message: `证书编号 ${certificateNo} 在本批次中重复` });
    return { name: name ?? '', number: id.ok ? id.value.number : '', occupation: occupation ?? '', level, certificateNo };
  });
  const numbers = records.map((r) => r.certificateNo).filter(Boolean);
  if (numbers.length) {
    const used = new Set((await p.db.selectFrom('skill_recognitions').select('certificate_no').where('certificate_no', 'in', numbers).execute()).map((r) => r.certificate_no));
    records.forEach((r, n) => {
      if (used.has(r.certificateNo)) errors.push({ path: `records[${n}].certificateNo`, message: `证书编号 ${r.certificateNo} 已被使用` });
    });
  }
  // Record by record, in the order of the list.
  const at = (e: FieldError) => Number(/^records\[(\d+)\]/.exec(e.path)?.[1] ?? -1);
  if (errors.length) throw badInput(errors.sort((a, b) => at(a) - at(b)));
  try {
    const id = await p.db.transaction().execute(async (trx) => {
      const b = await trx.insertInto('skill_recognition_batches').values({ licence_id: licence.id, enterprise_id: licence.enterprise_id, region: licence.region, recognized_on: recognizedOn, request_id: rid, created_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('skill_recognitions').values(records.map((r) => ({ batch_id: b.id, region: licence.region, name: r.name, ...idNumberColumns(p, r.number), occupation: r.occupation, level: r.level, recognized_on: recognizedOn, certificate_no: r.certificateNo }))).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'skills.batch.record', entity: 'skill_batch', entityId: b.id, region: licence.region, detail: { records: records.length, recognizedOn } });
      return b.id;
    });
    return getRecognitionBatch(p, c, id);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const made = await p.db.selectFrom('skill_recognition_batches').select('id').where('enterprise_id', '=', licence.enterprise_id).where('request_id', '=', rid).executeTakeFirst();
    if (made) return getRecognitionBatch(p, c, made.id);
    throw fieldError('records', '有证书编号刚刚被其他批次使用，请核对后重新提交');
  }
}

export interface RecognitionCounts {
  year: string | null;
  levels: Array<{ level: number; label: string }>;
  rows: Array<{ region: string; regionName: string; byLevel: number[]; total: number; highSkilled: number }>;
  total: { byLevel: number[]; total: number; highSkilled: number };
  definition: string;
}

/** Recognitions (人次) by county and level, for a year or all years; 高技能 = 三级/高级工 and above. */
export async function recognitionCounts(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<RecognitionCounts> {
  if (!isStaff(c)) throw notFound('认定统计');
  const regions = visibleRegions(c);
  const year = typeof query.year === 'string' && /^\d{4}$/.test(query.year) ? query.year : null;
  let q = p.db.selectFrom('skill_recognitions').select(['region', 'level', (eb) => eb.fn.countAll<number>().as('n')]).where('region', 'in', regions.length ? regions : ['']);
  if (year) q = q.where('recognized_on', '>=', `${year}-01-01`).where('recognized_on', '<=', `${year}-12-31`);
  const got = await q.groupBy(['region', 'level']).execute();
  const levels = [5, 4, 3, 2, 1];
  const rows = [...new Set(got.map((g) => g.region))].sort().map((region) => {
    const byLevel = levels.map((l) => Number(got.find((g) => g.region === region && g.level === l)?.n ?? 0));
    return { region, regionName: regionName(region), byLevel, total: byLevel.reduce((a, b) => a + b, 0), highSkilled: byLevel.slice(2).reduce((a, b) => a + b, 0) };
  });
  const byLevel = levels.map((_, n) => rows.reduce((a, r) => a + r.byLevel[n]!, 0));
  return { year, levels: levels.map((l) => ({ level: l, label: SKILL_LEVELS[l]! })), rows, total: { byLevel, total: byLevel.reduce((a, b) => a + b, 0), highSkilled: byLevel.slice(2).reduce((a, b) => a + b, 0) }, definition: '人次：每条认定记录计一次；高技能为三级/高级工及以上。' };
}

/** The work list's 新培养高技能人才: each person's first recognition at 三级 or above, if it falls between from and to (HIGH_SKILLED_DEFINITION). */
export async function highSkilledFirsts(db: Db | Transaction<DB>, from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('skill_recognitions').select(['id_hash', 'region', 'recognized_on']).where('level', '<=', HIGH_SKILL_LEVEL).where('recognized_on', '<=', to).orderBy('recognized_on').orderBy('id').execute();
  const seen = new Set<string>();
  const out: Array<{ on: string; region: string }> = [];
  for (const r of rows) {
    if (seen.has(r.id_hash)) continue;
    seen.add(r.id_hash);
    if (r.recognized_on >= from) out.push({ on: r.recognized_on, region: r.region });
  }
  return out;
}
