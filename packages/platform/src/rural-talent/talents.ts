// 乡土人才 three-level database (seed 000, 开化 "建立县、乡、村三级信息库"): a clerk records a rural
// talent in a county of their regions, with the township (9-digit administrative division code,
// under the county's six digits) and village (12-digit code, under the township's nine) — a
// village not under the township is refused on the field villageCode — the level (县级、乡（镇）级、
// 村级; a 乡级 record names its township, a 村级 one its township and village), a speciality from
// the list and the day entered; and the training each received (course, speciality, day, class
// hours). Counts by level and speciality. The ID number is kept encrypted with a masked copy; a
// full read is audited. Clerks, leaders and administrators of the county read; anyone else is 404.
// The 村播 figures (training person-times, 乡村主播 entered) are counted here, not on the work list:
// see VILLAGE_LIVE_NOTE.

import { REGIONS, regionName } from '@rencai/policies';
import { parseIdCard } from '@rencai/domain';
import { appendAudit, type DB, type Db, type RuralLevel, type RuralTalentsTable, type Selectable, type Transaction } from '@rencai/store';
import { idNumberColumns, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform, readDay } from '../shared/index.js';
import { LEVELS, SPECIALITIES, specialityLabel, VILLAGE_LIVE } from './specialities.js';

type TalentRow = Selectable<RuralTalentsTable>;

export interface TrainingView {
  id: number;
  course: string;
  speciality: string;
  specialityLabel: string;
  trainedOn: string;
  hours: number;
}

export interface RuralTalentView {
  id: number;
  name: string;
  idNumber: string;
  region: string;
  regionName: string;
  level: RuralLevel;
  levelLabel: string;
  townshipCode: string | null;
  townshipName: string;
  villageCode: string | null;
  villageName: string;
  speciality: string;
  specialityLabel: string;
  enteredOn: string;
  trainings: number;
  trainingHours: number;
  trainingList?: TrainingView[];
}

const reads = (c: Caller) => c.role === 'clerk' || c.role === 'leader' || c.role === 'admin';
const writes = (c: Caller) => c.role === 'clerk' || c.role === 'admin';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

async function views(p: Platform, rows: TalentRow[]): Promise<RuralTalentView[]> {
  const sums = rows.length
    ? await p.db.selectFrom('rural_talent_trainings').select(['talent_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('hours').as('h')]).where('talent_id', 'in', rows.map((r) => r.id)).groupBy('talent_id').execute()
    : [];
  const by = new Map(sums.map((s) => [s.talent_id, s]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    idNumber: r.id_masked,
    region: r.region,
    regionName: regionName(r.region),
    level: r.level,
    levelLabel: LEVELS[r.level],
    townshipCode: r.township_code,
    townshipName: r.township_name,
    villageCode: r.village_code,
    villageName: r.village_name,
    speciality: r.speciality,
    specialityLabel: specialityLabel(r.speciality),
    enteredOn: r.entered_on,
    trainings: Number(by.get(r.id)?.n ?? 0),
    trainingHours: Number(by.get(r.id)?.h ?? 0),
  }));
}

/** A clerk records a rural talent; a township outside the county or a village outside the township is refused by field. */
export async function createRuralTalent(p: Platform, c: Caller, input: unknown): Promise<RuralTalentView> {
  if (!writes(c)) throw reads(c) ? forbidden('只有人才办经办人员可以登记乡土人才') : notFound('乡土人才库');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const today = todayString(p);
  const name = text(i.name);
  if (!name || name.length > 40) errors.push({ path: 'name', message: '请填写姓名（不超过 40 字）' });
  const id = parseIdCard(typeof i.idNumber === 'string' ? i.idNumber.trim().toUpperCase() : i.idNumber, p.today());
  if (!id.ok) errors.push({ path: 'idNumber', message: id.reason });
  const county = REGIONS.find((r) => r.code === i.region && r.adminCode && !r.adminCode.endsWith('00'));
  if (!county) errors.push({ path: 'region', message: '请选择县（市、区）' });
  else if (!visibleRegions(c).includes(county.code)) errors.push({ path: 'region', message: '只能登记本人管辖县（市、区）的乡土人才' });
  const level = typeof i.level === 'string' && i.level in LEVELS ? (i.level as RuralLevel) : undefined;
  if (!level) errors.push({ path: 'level', message: '层级应为 县级、乡（镇）级、村级 之一' });
  const townshipCode = text(i.townshipCode) || null;
  const villageCode = text(i.villageCode) || null;
  const townshipName = text(i.townshipName);
  const villageName = text(i.villageName);
  if (townshipCode !== null && !/^[0-9]{9}$/.test(townshipCode)) errors.push({ path: 'townshipCode', message: '乡镇（街道）代码应为 9 位数字（行政区划代码）' });
  else if (townshipCode !== null && county && !townshipCode.startsWith(county.adminCode!)) errors.push({ path: 'townshipCode', message: `该乡镇（街道）代码不属于${county.name}（应以 ${county.adminCode} 开头）` });
  else if (townshipCode === null && (level === 'township' || level === 'village' || villageCode !== null)) errors.push({ path: 'townshipCode', message: '乡（镇）级、村级乡土人才请填写所在乡镇（街道）代码' });
  if (townshipCode !== null && (!townshipName || townshipName.length > 40)) errors.push({ path: 'townshipName', message: '请填写乡镇（街道）名称（不超过 40 字）' });
  if (villageCode !== null && !/^[0-9]{12}$/.test(villageCode)) errors.push({ path: 'villageCode', message: '村（社区）代码应为 12 位数字（行政区划代码）' });
  else if (villageCode !== null && townshipCode !== null && !villageCode.startsWith(townshipCode)) errors.push({ path: 'villageCode', message: `该村（社区）不属于所填乡镇（街道）${townshipName || townshipCode}：村代码前 9 位应为 ${townshipCode}` });
  else if (villageCode === null && level === 'village') errors.push({ path: 'villageCode', message: '村级乡土人才请填写所在村（社区）代码' });
  if (villageCode !== null && (!villageName || villageName.length > 40)) errors.push({ path: 'villageName', message: '请填写村（社区）名称（不超过 40 字）' });
  const speciality = SPECIALITIES.find((s) => s.code === i.speciality)?.code;
  if (!speciality) errors.push({ path: 'speciality', message: `专长应为：${SPECIALITIES.map((s) => s.label).join('、')} 之一` });
  const enteredOn = i.enteredOn === undefined || i.enteredOn === '' ? today : readDay(i.enteredOn);
  if (!enteredOn || enteredOn > today) errors.push({ path: 'enteredOn', message: `入库日期应为不晚于今天（${today}）的日期` });
  if (errors.length) throw badInput(errors);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('rural_talents')
        .values({ region: county!.code, name, ...idNumberColumns(p, id.ok ? id.value.number : ''), level: level!, township_code: townshipCode, township_name: townshipName, village_code: villageCode, village_name: villageName, speciality: speciality!, entered_on: enteredOn as string, created_by: c.userId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'rural_talent.create', entity: 'rural_talent', entityId: r.id, region: r.region, detail: { level, speciality } });
      return r;
    });
    return (await views(p, [row]))[0]!;
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该身份证号已在本县（市、区）乡土人才库中');
    throw e;
  }
}

async function loadTalent(p: Platform, c: Caller, id: number): Promise<TalentRow> {
  const regions = reads(c) ? visibleRegions(c) : [];
  const row = Number.isSafeInteger(id) && id > 0 && regions.length ? await p.db.selectFrom('rural_talents').selectAll().where('id', '=', id).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该乡土人才');
  return row;
}

/** The rural talents of the caller's regions; filters: region, level, speciality, township (code), q (name). */
export async function listRuralTalents(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<RuralTalentView[]> {
  if (!reads(c)) throw notFound('乡土人才库');
  const regions = visibleRegions(c);
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  let q = p.db.selectFrom('rural_talents').selectAll().where('region', 'in', regions);
  if (want('region')) q = q.where('region', '=', want('region')!);
  if (want('level')) q = q.where('level', '=', want('level') as RuralLevel);
  if (want('speciality')) q = q.where('speciality', '=', want('speciality')!);
  if (want('township')) q = q.where('township_code', '=', want('township')!);
  if (want('q')) q = q.where('name', 'like', `%${want('q')!.replace(/[%_\\]/g, '\\$&')}%`);
  return views(p, await q.orderBy('id', 'desc').limit(2000).execute());
}

/** One rural talent with the training received. */
export async function getRuralTalent(p: Platform, c: Caller, id: number): Promise<RuralTalentView> {
  const row = await loadTalent(p, c, id);
  const v = (await views(p, [row]))[0]!;
  const t = await p.db.selectFrom('rural_talent_trainings').selectAll().where('talent_id', '=', id).orderBy('trained_on', 'desc').orderBy('id', 'desc').execute();
  v.trainingList = t.map((x) => ({ id: x.id, course: x.course, speciality: x.speciality, specialityLabel: specialityLabel(x.speciality), trainedOn: x.trained_on, hours: x.hours }));
  return v;
}

/** A clerk records training a talent received (the course's speciality defaults to the talent's); the same course on the same day is recorded once. */
export async function addTraining(p: Platform, c: Caller, talentId: number, input: unknown): Promise<RuralTalentView> {
  const row = await loadTalent(p, c, talentId);
  if (!writes(c)) throw forbidden('只有人才办经办人员可以登记培训');
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const today = todayString(p);
  const course = text(i.course);
  if (course.length < 2 || course.length > 80) errors.push({ path: 'course', message: '请填写培训课程（2–80 字）' });
  const speciality = i.speciality === undefined || i.speciality === '' ? row.speciality : SPECIALITIES.find((s) => s.code === i.speciality)?.code;
  if (!speciality) errors.push({ path: 'speciality', message: `培训专长应为：${SPECIALITIES.map((s) => s.label).join('、')} 之一` });
  const trainedOn = readDay(i.trainedOn);
  if (!trainedOn || trainedOn > today) errors.push({ path: 'trainedOn', message: `培训日期应为不晚于今天（${today}）的日期` });
  const hours = typeof i.hours === 'string' && /^[0-9]+$/.test(i.hours) ? Number(i.hours) : i.hours;
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > 2000) errors.push({ path: 'hours', message: '学时应为 1–2000 的整数' });
  if (errors.length) throw badInput(errors);
  try {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('rural_talent_trainings').values({ talent_id: row.id, course, speciality: speciality!, trained_on: trainedOn, hours: hours as number, recorded_by: c.userId }).returning('id').executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'rural_talent.training', entity: 'rural_talent', entityId: row.id, region: row.region, detail: { trainingId: r.id, speciality, hours } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('该人员同一天的同一培训课程已登记');
    throw e;
  }
  return getRuralTalent(p, c, row.id);
}

/** The full ID number for a clerk, audited in the same transaction. */
export async function revealRuralTalent(p: Platform, c: Caller, id: number, purpose: unknown): Promise<{ field: string; value: string }> {
  const row = await loadTalent(p, c, id);
  if (!writes(c)) throw forbidden('您的角色不能查看完整的身份证号');
  if (typeof purpose !== 'string' || purpose.trim().length < 2) throw fieldError('purpose', '请说明查看完整信息的用途（将记入审计日志）');
  return p.db.transaction().execute(async (trx) => {
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'rural_talent.reveal', entity: 'rural_talent', entityId: id, region: row.region, detail: { field: 'idNumber', purpose: purpose.trim() } });
    return { field: 'idNumber', value: p.vault.decrypt(row.id_enc) };
  });
}

export interface RuralCounts {
  /** Talents by level and speciality (label keys), with totals. */
  byLevel: Array<{ level: RuralLevel; levelLabel: string; total: number; bySpeciality: Record<string, number> }>;
  bySpeciality: Array<{ speciality: string; label: string; total: number }>;
  total: number;
  /** By year: training person-times and hours, 村播 training person-times, and talents with speciality 村播 entered (乡村主播). */
  trainingByYear: Array<{ year: string; personTimes: number; hours: number; villageLivePersonTimes: number; villageAnchors: number }>;
  /** What the 村播 figures count, in words, and why they are not the work list's figures. */
  note: string;
}

export const VILLAGE_LIVE_NOTE =
  '村播培训人次：本库登记的、培训专长为“村播”的培训记录条数（同一人参加多次各计一次），以培训日期计入当年；乡村主播：专长为“村播”的乡土人才，以入库日期计入当年。两数只含登记入乡土人才库的人员，村播学院等培训的其他学员和库外主播不在其内，是工作清单第 9.3 项“每年培训1万人”“培养乡村主播2000人”的下限，不代替责任单位填报的数字。';

/** Counts of the caller's regions by level and speciality, and training by year (村播 person-times apart). */
export async function ruralCounts(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<RuralCounts> {
  const talents = await listRuralTalents(p, c, typeof query.region === 'string' ? { region: query.region } : {});
  const byLevel = (Object.keys(LEVELS) as RuralLevel[]).map((level) => ({ level, levelLabel: LEVELS[level], total: 0, bySpeciality: {} as Record<string, number> }));
  const bySpeciality = SPECIALITIES.map((s) => ({ speciality: s.code, label: s.label, total: 0 }));
  for (const t of talents) {
    const l = byLevel.find((x) => x.level === t.level)!;
    l.total += 1;
    l.bySpeciality[t.speciality] = (l.bySpeciality[t.speciality] ?? 0) + 1;
    bySpeciality.find((s) => s.speciality === t.speciality)!.total += 1;
  }
  const ids = talents.map((t) => t.id);
  const trainings = ids.length ? await p.db.selectFrom('rural_talent_trainings').select(['trained_on', 'hours', 'speciality']).where('talent_id', 'in', ids).execute() : [];
  const years = new Map<string, RuralCounts['trainingByYear'][number]>();
  const yearOf = (y: string) => {
    const a = years.get(y) ?? { year: y, personTimes: 0, hours: 0, villageLivePersonTimes: 0, villageAnchors: 0 };
    years.set(y, a);
    return a;
  };
  for (const t of trainings) {
    const a = yearOf(t.trained_on.slice(0, 4));
    a.personTimes += 1;
    a.hours += t.hours;
    if (t.speciality === VILLAGE_LIVE) a.villageLivePersonTimes += 1;
  }
  for (const t of talents) if (t.speciality === VILLAGE_LIVE) yearOf(t.enteredOn.slice(0, 4)).villageAnchors += 1;
  return { byLevel, bySpeciality, total: talents.length, trainingByYear: [...years.values()].sort((a, b) => (a.year < b.year ? 1 : -1)), note: VILLAGE_LIVE_NOTE };
}

/** Options for the form: specialities and levels, as labels. */
export const ruralOptions = () => ({ specialities: SPECIALITIES.map((s) => ({ code: s.code, label: s.label })), levels: Object.entries(LEVELS).map(([code, label]) => ({ code, label })) });

/**
 * 村播 training recorded from `from` to `to`, each with its day and the talent's county (person-times:
 * one per training record) — in the shape of the work list's computed indicators, for item 9.3 once
 * the responsible units agree the database holds all trainees (VILLAGE_LIVE_NOTE says why not yet).
 */
export async function villageLiveTrainings(db: Db | Transaction<DB>, from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('rural_talent_trainings as t').innerJoin('rural_talents as r', 'r.id', 't.talent_id').select(['t.trained_on', 'r.region']).where('t.speciality', '=', VILLAGE_LIVE).where('t.trained_on', '>=', from).where('t.trained_on', '<=', to).execute();
  return rows.map((x) => ({ on: x.trained_on, region: x.region }));
}

/** Talents with speciality 村播 (乡村主播) entered from `from` to `to`, each with the day entered and county (as above). */
export async function villageAnchorsEntered(db: Db | Transaction<DB>, from: string, to: string): Promise<Array<{ on: string; region: string }>> {
  const rows = await db.selectFrom('rural_talents').select(['entered_on', 'region']).where('speciality', '=', VILLAGE_LIVE).where('entered_on', '>=', from).where('entered_on', '<=', to).execute();
  return rows.map((x) => ({ on: x.entered_on, region: x.region }));
}
