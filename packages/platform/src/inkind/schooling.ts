// 子女就学 (衢委发〔2020〕7号 art. 22, work item 15): a talent's placement request for a child — name
// (encrypted at rest, masked in every view; a full read is audited), stage and grade, wished area or
// school, a hukou note — filed as an application of the matter child_schooling, accepted by a clerk
// into the joint review (人才办 and 教育局), decided by a clerk with the school placed or a reason,
// and the talent told in a message.

import { appendAudit, type InkindSchoolRequestsTable, type SchoolStage, type Selectable } from '@rencai/store';
import { type Platform, type Caller, badInput, conflict, fieldError, forbidden, notFound, type FieldError } from '../shared/index.js';
import { sendMessages } from '../messages/index.js';
import { applicationIdsInScope, createApplication, loadApplication, submit } from '../applications/index.js';
import { approve, reject } from '../decisions/index.js';
import { maskName } from '../cards/index.js';
import { standingOf, talentPerson, text } from './standing.js';

export const STAGES: Record<SchoolStage, string> = { kindergarten: '幼儿园', primary: '小学', junior: '初中', senior: '高中' };
const STATUS_TEXT = { pending: '办理中', placed: '已安排学校', refused: '未予安排' } as const;

type Row = Selectable<InkindSchoolRequestsTable>;

export interface SchoolRequestView {
  id: number;
  applicationId: number | null;
  personId: number;
  childName: string;
  stage: SchoolStage;
  stageName: string;
  grade: string;
  wishedArea: string;
  wishedSchool: string | null;
  hukouNote: string | null;
  status: Row['status'];
  statusText: string;
  school: string | null;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

const view = (r: Row): SchoolRequestView => ({
  id: r.id,
  applicationId: r.application_id,
  personId: r.person_id,
  childName: r.child_name_masked,
  stage: r.stage,
  stageName: STAGES[r.stage],
  grade: r.grade,
  wishedArea: r.wished_area,
  wishedSchool: r.wished_school,
  hukouNote: r.hukou_note,
  status: r.status,
  statusText: STATUS_TEXT[r.status],
  school: r.school,
  reason: r.reason,
  createdAt: new Date(r.created_at).toISOString(),
  decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
});

/** The talent asks for a place for their child; the application is filed and submitted at once. */
export async function requestSchooling(p: Platform, c: Caller, input: Record<string, unknown>): Promise<SchoolRequestView> {
  const person = await talentPerson(p, c);
  const errors: FieldError[] = [];
  const childName = text(input.childName, 2, 30);
  const grade = text(input.grade, 1, 20);
  const wishedArea = text(input.wishedArea, 1, 50);
  const wishedSchool = input.wishedSchool === undefined || input.wishedSchool === '' || input.wishedSchool === null ? null : text(input.wishedSchool, 2, 100);
  const hukouNote = input.hukouNote === undefined || input.hukouNote === '' || input.hukouNote === null ? null : text(input.hukouNote, 2, 200);
  if (!childName) errors.push({ path: 'childName', message: '请填写子女姓名（2–30 个字）' });
  if (typeof input.stage !== 'string' || !Object.hasOwn(STAGES, input.stage)) errors.push({ path: 'stage', message: '请选择学段：幼儿园、小学、初中或高中' });
  if (!grade) errors.push({ path: 'grade', message: '请填写就读年级（如 一年级）' });
  if (!wishedArea) errors.push({ path: 'wishedArea', message: '请填写意向就读区域（如 柯城区）' });
  if (wishedSchool === undefined) errors.push({ path: 'wishedSchool', message: '意向学校应为 2–100 个字（可不填）' });
  if (hukouNote === undefined) errors.push({ path: 'hukouNote', message: '户籍说明应为 2–200 个字（可不填）' });
  if (errors.length) throw badInput(errors);
  const standing = await standingOf(p, person);
  if (!standing.eligible) throw conflict(`不符合人才子女就学的条件：${standing.reason}`);
  const row = await p.db
    .insertInto('inkind_school_requests')
    .values({ person_id: person.id, region: person.region, child_name_enc: p.vault.encrypt(childName!), child_name_masked: maskName(childName!), stage: input.stage as SchoolStage, grade: grade!, wished_area: wishedArea!, wished_school: wishedSchool ?? null, hukou_note: hukouNote ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
  try {
    const app = await createApplication(p, c, { matter: 'child_schooling', data: { schoolRequest: row.id } });
    await submit(p, c, app.id);
    const done = await p.db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('inkind_school_requests').set({ application_id: app.id }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.school.request', entity: 'school_request', entityId: row.id, region: person.region, detail: { applicationId: app.id, stage: r.stage } });
      return r;
    });
    return view(done);
  } catch (e) {
    await p.db.deleteFrom('inkind_school_requests').where('id', '=', row.id).where('application_id', 'is', null).execute();
    throw e;
  }
}

/** Requests the caller may see: a talent's own; staff and the education bureau's reviewers those whose application they may see. */
function inScope(p: Platform, c: Caller) {
  const q = p.db.selectFrom('inkind_school_requests').selectAll();
  if (c.role === 'talent') return q.where('person_id', '=', c.personId ?? -1);
  if (c.role === 'clerk' || c.role === 'reviewer' || c.role === 'leader' || c.role === 'admin') return q.where('application_id', 'in', applicationIdsInScope(p, c));
  throw forbidden('无权查看子女就学申请');
}

export async function listSchooling(p: Platform, c: Caller): Promise<SchoolRequestView[]> {
  return (await inScope(p, c).orderBy('id', 'desc').limit(500).execute()).map(view);
}

async function loadRequest(p: Platform, c: Caller, id: number): Promise<Row> {
  const row = await inScope(p, c).where('id', '=', Number.isSafeInteger(id) ? id : -1).executeTakeFirst();
  if (!row) throw notFound('该子女就学申请（或无权查看）');
  return row;
}

export async function getSchooling(p: Platform, c: Caller, id: number): Promise<SchoolRequestView> {
  return view(await loadRequest(p, c, id));
}

/** The child's full name, for whoever handles the request (or the talent); recorded in the audit log with its purpose. */
export async function revealChildName(p: Platform, c: Caller, id: number, purpose: unknown): Promise<{ childName: string }> {
  const row = await loadRequest(p, c, id);
  if (c.role === 'leader') throw forbidden('领导只能查看脱敏信息');
  const why = text(purpose, 2, 100);
  if (!why) throw fieldError('purpose', '请说明查看完整姓名的用途（将记入审计日志）');
  await p.db.transaction().execute((trx) => appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'inkind.school.reveal', entity: 'school_request', entityId: id, region: row.region, detail: { field: 'childName', purpose: why } }));
  return { childName: p.vault.decrypt(row.child_name_enc) };
}

/**
 * A clerk decides after the joint review: `school` places the child (the application is approved,
 * every department having agreed); `reason` refuses (the application is rejected). The talent is told.
 */
export async function decideSchooling(p: Platform, c: Caller, id: number, input: { school?: unknown; reason?: unknown }): Promise<SchoolRequestView> {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以办结子女就学申请');
  const row = await loadRequest(p, c, id);
  const school = input.school === undefined || input.school === null || input.school === '' ? null : text(input.school, 2, 100);
  const reason = input.reason === undefined || input.reason === null || input.reason === '' ? null : text(input.reason, 2, 200);
  if (school === undefined) throw fieldError('school', '安排学校名称应为 2–100 个字');
  if (reason === undefined) throw fieldError('reason', '不予安排的理由应为 2–200 个字');
  if ((school === null) === (reason === null)) throw fieldError('school', '请填写安排的学校，或填写不予安排的理由（二选一）');
  if (row.status !== 'pending' || row.application_id === null) throw conflict(`该申请已办结（${STATUS_TEXT[row.status]}）`);
  // The application's decision and the request's own record are two modules' transactions: when the
  // first went through and the second did not (a failure between them), deciding again the same way
  // completes the request instead of failing on the application's decided state.
  const app = await loadApplication(p, c, row.application_id);
  if (school && app.state !== 'approved') await approve(p, c, row.application_id, {});
  else if (!school && app.state !== 'rejected') await reject(p, c, row.application_id, reason);
  const done = await p.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('inkind_school_requests')
      .set(school ? { status: 'placed', school, decided_by: c.userId, decided_at: new Date() } : { status: 'refused', reason: reason!, decided_by: c.userId, decided_at: new Date() })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!r) throw conflict('该申请已由他人办结，请刷新');
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: school ? 'inkind.school.place' : 'inkind.school.refuse', entity: 'school_request', entityId: row.id, region: row.region, detail: school ? { school } : { reason } });
    await sendMessages(trx, [{ personId: row.person_id, applicationId: row.application_id, text: school ? `您为子女（${row.child_name_masked}）提出的${STAGES[row.stage]}就学申请已办结：安排至「${school}」。` : `您为子女（${row.child_name_masked}）提出的${STAGES[row.stage]}就学申请未予安排。理由：${reason}` }]);
    return r;
  });
  return view(done);
}
