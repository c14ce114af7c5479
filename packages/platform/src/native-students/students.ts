// 衢籍大学生 database (衢委发〔2020〕7号 work item 13.2): students and graduates from the city. The
// native place is read twice — the county of the ID number's address code (its first six digits)
// and the declared 户籍 county; a mismatch is flagged, never refused (an ID keeps the address code
// of where it was first issued, a 户籍 may have moved since). The ID number and phone are kept
// encrypted with a masked copy; a full read is audited; only students who consented to contact
// have a phone shown or exported. A student is "returned" when the registry holds a person with
// the same ID number (keyed hash) with a post in a 衢州 county starting no earlier than the
// student's graduation year. Clerks of a county see the students whose 户籍 is there (the city's
// clerks all of 衢州); leaders and administrators read; anyone else is answered 404.

import { REGIONS, regionName, regionOfAdminCode } from '@rencai/policies';
import { checkPhone, maskPhone, parseIdCard } from '@rencai/domain';
import { appendAudit, type NativeStudentsTable, type Selectable, type StudentDegree } from '@rencai/store';
import { idNumberColumns, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, todayString, visibleRegions, type Caller, type FieldError, type Platform } from '../shared/index.js';
import { postsInByHash } from '../registry/index.js';

type StudentRow = Selectable<NativeStudentsTable>;

export const STUDENT_DEGREES: Record<StudentDegree, string> = { college: '专科', bachelor: '本科', master: '硕士研究生', phd: '博士研究生' };

/** Counties a 户籍 can be declared in: 衢州's divisions with an administrative code (the two functional zones keep no 户籍). */
export const NATIVE_REGIONS = REGIONS.filter((r) => r.city === 'quzhou' && r.adminCode);
export const QUZHOU_REGIONS = REGIONS.filter((r) => r.city === 'quzhou').map((r) => r.code);

/** The student's first 衢州 post when it counts as a return: begun on or after 1 January of the graduation year. */
export const returnPost = <T extends { since: string }>(post: T | undefined, graduationYear: number): T | undefined => (post && post.since >= `${graduationYear}-01-01` ? post : undefined);

export interface StudentView {
  id: number;
  name: string;
  idNumber: string;
  region: string;
  regionName: string;
  /** The county of the ID number's address code ('' when it names none of 衢州's). */
  idRegionName: string;
  /** The ID's address code and the declared 户籍 differ: flagged for a clerk to look at, not refused. */
  mismatch: boolean;
  mismatchNote: string | null;
  school: string;
  major: string;
  degree: StudentDegree;
  degreeLabel: string;
  graduationYear: number;
  consent: boolean;
  /** Masked; null unless the student consented to contact. */
  phone: string | null;
  /** Found in the registry with a post in 衢州 since the graduation year: where and from when. */
  returned: { regionName: string; since: string } | null;
  createdAt: string;
  activities?: Array<{ id: number; kindLabel: string; title: string; heldOn: string }>;
}

/** Who reads the database: the talent office's clerks, leaders and administrators. */
const reads = (c: Caller) => c.role === 'clerk' || c.role === 'leader' || c.role === 'admin';
/** Who records: clerks and administrators. */
const writes = (c: Caller) => c.role === 'clerk' || c.role === 'admin';

export function mismatchNote(idRegion: string | null, region: string): string | null {
  if (idRegion === region) return null;
  if (!idRegion) return '身份证号地址码不属于衢州市，与申报的户籍地不一致，请核实';
  return `身份证号地址码为${regionName(idRegion)}，申报户籍为${regionName(region)}，请核实（户籍迁移可能造成不一致）`;
}

async function views(p: Platform, rows: StudentRow[]): Promise<StudentView[]> {
  const posts = rows.length ? await postsInByHash(p.db, rows.map((r) => r.id_hash), QUZHOU_REGIONS) : new Map();
  return rows.map((r) => {
    const post = posts.get(r.id_hash);
    const back = returnPost(post, r.graduation_year);
    const note = mismatchNote(r.id_region, r.region);
    return {
      id: r.id,
      name: r.name,
      idNumber: r.id_masked,
      region: r.region,
      regionName: regionName(r.region),
      idRegionName: r.id_region ? regionName(r.id_region) : '',
      mismatch: note !== null,
      mismatchNote: note,
      school: r.school,
      major: r.major,
      degree: r.degree,
      degreeLabel: STUDENT_DEGREES[r.degree],
      graduationYear: r.graduation_year,
      consent: r.consent,
      phone: r.consent ? r.phone_masked : null,
      returned: back ? { regionName: regionName(back.region), since: back.since } : null,
      createdAt: r.created_at.toISOString(),
    };
  });
}

export interface StudentValues {
  name: string;
  idNumber: string;
  region: string;
  school: string;
  major: string;
  degree: StudentDegree;
  graduationYear: number;
  phone: string | null;
  consent: boolean;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** Reads one student; paths are the input's field names. `regions`: where the caller may record. */
export function readStudent(i: Record<string, unknown>, p: Platform, regions: readonly string[]): { values: StudentValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = text(i.name);
  if (!name || name.length > 40) errors.push({ path: 'name', message: '请填写姓名（不超过 40 字）' });
  const id = parseIdCard(typeof i.idNumber === 'string' ? i.idNumber.trim().toUpperCase() : i.idNumber, p.today());
  if (!id.ok) errors.push({ path: 'idNumber', message: id.reason });
  const rawRegion = text(i.region);
  const region = NATIVE_REGIONS.find((r) => r.code === rawRegion || r.name === rawRegion)?.code ?? '';
  if (!region) errors.push({ path: 'region', message: `户籍县（市、区）应为：${NATIVE_REGIONS.map((r) => r.name).join('、')} 之一` });
  else if (!regions.includes(region)) errors.push({ path: 'region', message: '只能登记本人管辖地区户籍的学生' });
  const school = text(i.school);
  if (!school || school.length > 80) errors.push({ path: 'school', message: '请填写学校（不超过 80 字）' });
  const major = text(i.major);
  if (major.length > 80) errors.push({ path: 'major', message: '专业不超过 80 字' });
  const rawDegree = text(i.degree);
  const degree = (Object.keys(STUDENT_DEGREES) as StudentDegree[]).find((d) => d === rawDegree || STUDENT_DEGREES[d] === rawDegree || STUDENT_DEGREES[d].replace('研究生', '') === rawDegree);
  if (!degree) errors.push({ path: 'degree', message: '学历应为 专科、本科、硕士研究生、博士研究生 之一' });
  const year = Number(text(i.graduationYear));
  const thisYear = Number(todayString(p).slice(0, 4));
  if (!Number.isInteger(year) || year < 1980 || year > thisYear + 8) errors.push({ path: 'graduationYear', message: `毕业年份应为 1980–${thisYear + 8} 的四位年份（在读学生填预计毕业年份）` });
  let phone: string | null = null;
  if (text(i.phone)) {
    const ph = checkPhone(text(i.phone));
    if (ph.ok) phone = ph.value;
    else errors.push({ path: 'phone', message: ph.reason });
  }
  const c = i.consent;
  const consent = c === true || c === '是' || c === 'true';
  if (c !== undefined && c !== null && c !== '' && !consent && c !== false && c !== '否' && c !== 'false') errors.push({ path: 'consent', message: '同意联系应为“是”或“否”' });
  if (consent && !phone) errors.push({ path: 'phone', message: '同意联系的学生请填写手机号' });
  return { values: { name, idNumber: id.ok ? id.value.number : '', region, school, major, degree: degree ?? 'bachelor', graduationYear: year, phone, consent }, errors };
}

/** The stored columns of a student (ID number and phone encrypted, with masked copies and the keyed hash). */
export function studentColumns(p: Platform, c: Caller, v: StudentValues) {
  return {
    region: v.region,
    name: v.name,
    ...idNumberColumns(p, v.idNumber),
    id_region: regionOfAdminCode(v.idNumber.slice(0, 6))?.code ?? null,
    phone_enc: v.phone ? p.vault.encrypt(v.phone) : null,
    phone_masked: v.phone ? maskPhone(v.phone) : null,
    consent: v.consent,
    school: v.school,
    major: v.major,
    degree: v.degree,
    graduation_year: v.graduationYear,
    created_by: c.userId,
  };
}

export const DUPLICATE_STUDENT = '该身份证号已在衢籍大学生库中';

/** A clerk records one student; the ID's county differing from the declared 户籍 is flagged in the answer. */
export async function createStudent(p: Platform, c: Caller, input: unknown): Promise<StudentView> {
  if (!writes(c)) throw reads(c) ? forbidden('只有人才办经办人员可以登记衢籍大学生') : notFound('衢籍大学生库');
  const { values, errors } = readStudent((typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>, p, visibleRegions(c));
  if (errors.length) throw badInput(errors);
  try {
    const row = await p.db.transaction().execute(async (trx) => {
      const r = await trx.insertInto('native_students').values(studentColumns(p, c, values)).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'native_student.create', entity: 'native_student', entityId: r.id, region: r.region, detail: { mismatch: r.id_region !== r.region } });
      return r;
    });
    return (await views(p, [row]))[0]!;
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(DUPLICATE_STUDENT);
    throw e;
  }
}

async function loadStudent(p: Platform, c: Caller, id: number): Promise<StudentRow> {
  const regions = reads(c) ? visibleRegions(c) : [];
  const row = Number.isSafeInteger(id) && id > 0 && regions.length ? await p.db.selectFrom('native_students').selectAll().where('id', '=', id).where('region', 'in', regions).executeTakeFirst() : undefined;
  if (!row) throw notFound('该学生');
  return row;
}

/** The students of the caller's regions (filters: region, year = graduation year, q = name, mismatch=1, returned=1), newest first. */
export async function listStudents(p: Platform, c: Caller, query: Record<string, unknown> = {}): Promise<StudentView[]> {
  if (!reads(c)) throw notFound('衢籍大学生库');
  const regions = visibleRegions(c);
  const want = (k: string) => (typeof query[k] === 'string' && query[k] !== '' ? (query[k] as string) : undefined);
  let q = p.db.selectFrom('native_students').selectAll().where('region', 'in', regions.length ? regions : ['-']);
  if (want('region')) q = q.where('region', '=', want('region')!);
  if (want('year') && /^[0-9]{4}$/.test(want('year')!)) q = q.where('graduation_year', '=', Number(want('year')));
  if (want('q')) q = q.where('name', 'like', `%${want('q')!.replace(/[%_\\]/g, '\\$&')}%`);
  let out = await views(p, await q.orderBy('id', 'desc').limit(2000).execute());
  if (want('mismatch') === '1') out = out.filter((s) => s.mismatch);
  if (want('returned') === '1') out = out.filter((s) => s.returned);
  return out;
}

/** One student with the activities they took part in. */
export async function getStudent(p: Platform, c: Caller, id: number): Promise<StudentView> {
  const row = await loadStudent(p, c, id);
  const v = (await views(p, [row]))[0]!;
  const acts = await p.db.selectFrom('native_student_participants').innerJoin('native_student_activities as a', 'a.id', 'native_student_participants.activity_id').select(['a.id', 'a.kind', 'a.title', 'a.held_on']).where('native_student_participants.student_id', '=', id).orderBy('a.held_on', 'desc').execute();
  v.activities = acts.map((a) => ({ id: a.id, kindLabel: ACTIVITY_KINDS[a.kind], title: a.title, heldOn: a.held_on }));
  return v;
}

export const ACTIVITY_KINDS = { hometown_visit: '衢籍学子家乡行', internship: '实习' } as const;

/** The full ID number, or the phone of a student who consented, for a clerk; audited in the same transaction. */
export async function revealStudent(p: Platform, c: Caller, id: number, field: unknown, purpose: unknown): Promise<{ field: string; value: string }> {
  const row = await loadStudent(p, c, id);
  if (!writes(c)) throw forbidden('您的角色不能查看完整的身份证号或手机号');
  if (field !== 'idNumber' && field !== 'phone') throw fieldError('field', '只能查看身份证号或手机号');
  if (typeof purpose !== 'string' || purpose.trim().length < 2) throw fieldError('purpose', '请说明查看完整信息的用途（将记入审计日志）');
  if (field === 'phone' && (!row.consent || !row.phone_enc)) throw fieldError('field', '该学生未同意联系，不能查看手机号');
  return p.db.transaction().execute(async (trx) => {
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'native_student.reveal', entity: 'native_student', entityId: id, region: row.region, detail: { field, purpose: purpose.trim() } });
    return { field, value: p.vault.decrypt(field === 'idNumber' ? row.id_enc : row.phone_enc!) };
  });
}

export { loadStudent as studentRowInScope, views as studentViews, reads as readsNativeStudents, writes as writesNativeStudents };
