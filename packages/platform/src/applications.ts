// One-stop applications (最多跑一次): draft → submitted → accepted into joint review (or returned
// once, with the full list of missing materials) → each department decides → approved / rejected →
// payment scheduled → paid. Deadlines are counted in working days on the Chinese calendar and the
// clock stops while the applicant supplies materials (补正). Every transition checks the row's
// version inside a transaction (a stale or repeated step is a 409), is recorded with who, when and
// why, audited, and tells the applicant in an in-app message. Approval computes the amount with the
// engine from recognised facts as of the application date and stores a reproducible receipt.

import { calculateRequest } from '@rencai/services';
import { formatDay, formatYuan, parseDay, parseProfile, ProfileError, yuanToFen, type Entitlement } from '@rencai/engine';
import { ACTIONS, CLOCK_RUNNING, STATE_LABELS, isState, transition, type Action, type AppState } from '@rencai/domain';
import { factDefs, qualificationIndex, regionName } from '@rencai/policies';
import { appendAudit, checkEvidence, type Db, type Selectable, type ApplicationsTable, type Transaction, type DB } from '@rencai/store';
import type { Platform } from './context.js';
import { isStaff, visibleRegions, type Caller } from './caller.js';
import { badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, PlatformError, type FieldError } from './errors.js';
import { matterByCode, matterView, MATTERS, type Matter } from './matters.js';
import { employerProfile, factsHash, personProfile, type ExpertClaim } from './facts.js';
import { expertYearsSubsidized, ledgerInScope, postGrants, type PostedGrant } from './ledger.js';
import { duplicateMessage, PERIOD_HOLDING_STATES, periodKey, periodLabel } from './periods.js';
import { pageArgs, type Page } from './registry.js';
import { eventView } from './application-events.js';
import { recognitionResult } from './recognition-result.js';

type AppRow = Selectable<ApplicationsTable>;
type Trx = Transaction<DB>;

/**
 * The applications a caller may see. A talent: their own. An employer's HR: the organisation's own,
 * and the personal applications of the people it employs now (by the registry's current employer,
 * not the one copied at creation — someone who has left is no longer HR's business; and of those
 * only the parts an employer needs, see `employerPartOnly`). A reviewing department: what was
 * routed to it (a joint-review row for its department exists, from acceptance onwards), within its
 * regions. Clerks, leaders (read-only) and administrators: their regions.
 */
export function applicationsInScope(db: Db | Trx, c: Caller) {
  const q = db.selectFrom('applications');
  if (c.role === 'talent') return q.where('applications.person_id', '=', c.personId ?? -1);
  if (c.role === 'employer') {
    const employerId = c.employerId ?? -1;
    return q.where((eb) =>
      eb.or([
        eb.and([eb('applications.applicant_kind', '=', 'employer'), eb('applications.employer_id', '=', employerId)]),
        eb.and([eb('applications.applicant_kind', '=', 'person'), eb('applications.person_id', 'in', eb.selectFrom('persons').select('persons.id').where('persons.employer_id', '=', employerId))]),
      ]),
    );
  }
  const regions = visibleRegions(c);
  const inRegions = q.where('applications.region', 'in', regions.length ? regions : ['-']);
  if (c.role !== 'reviewer') return inRegions;
  return inRegions.where((eb) => eb.exists(eb.selectFrom('reviews').select('reviews.application_id').whereRef('reviews.application_id', '=', 'applications.id').where('reviews.department', '=', c.department ?? '-')));
}

/** An employer's HR looking at a staff member's personal application: the state, not the evidence, facts or computation. */
const employerPartOnly = (c: Caller, app: AppRow): boolean => c.role === 'employer' && app.applicant_kind === 'person';

async function loadApp(db: Db | Trx, c: Caller, id: number): Promise<AppRow> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该申报件');
  const row = await applicationsInScope(db, c).selectAll('applications').where('applications.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('该申报件（或无权查看）');
  return row;
}

const today = (p: Platform) => formatDay(p.today());

function dueOn(p: Platform, submittedOn: string, matter: Matter, pausedWorkdays: number): string {
  return formatDay(p.calendar.addWorkdays(parseDay(submittedOn), matter.promisedDays + pausedWorkdays));
}

export function isApplicant(c: Caller, app: Pick<AppRow, 'person_id' | 'employer_id' | 'applicant_kind'>): boolean {
  return (c.role === 'talent' && app.person_id === c.personId) || (c.role === 'employer' && app.employer_id === c.employerId && app.applicant_kind === 'employer');
}

/** Moves an application one step, or refuses with 409; records the event, audits, messages the applicant. */
async function move(trx: Trx, c: Caller, app: AppRow, action: Action, reason: string | null, patch: Partial<Record<keyof ApplicationsTable, unknown>> = {}): Promise<AppRow> {
  const t = transition(app.state as AppState, action);
  if (!t.ok) throw conflict(t.reason);
  const row = await trx
    .updateTable('applications')
    .set({ ...(patch as object), state: t.to, version: app.version + 1, updated_at: new Date() })
    .where('id', '=', app.id)
    .where('version', '=', app.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw conflict('申报件已被他人处理，请刷新后再操作');
  await trx.insertInto('application_events').values({ application_id: app.id, action, from_state: app.state, to_state: t.to, actor_id: c.userId, reason }).execute();
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: `application.${action}`, entity: 'application', entityId: app.id, region: app.region, detail: { from: app.state, to: t.to, reason } });
  const matter = matterByCode(app.matter);
  await trx
    .insertInto('messages')
    .values({ person_id: app.person_id, employer_id: app.applicant_kind === 'employer' ? app.employer_id : null, application_id: app.id, text: `您的「${matter?.name ?? app.matter}」申报件 #${app.id}：${ACTIONS[action].label}，当前状态「${STATE_LABELS[t.to]}」${reason ? `。说明：${reason}` : ''}` })
    .execute();
  return row;
}

// ---------------------------------------------------------------- applicant side

export async function createApplication(p: Platform, c: Caller, input: { matter?: unknown; personId?: unknown; employerId?: unknown; data?: unknown }): Promise<AppRow> {
  const matter = typeof input.matter === 'string' ? matterByCode(input.matter) : undefined;
  if (!matter) throw fieldError('matter', `未知的事项，可选：${MATTERS.map((m) => `${m.code}（${m.name}）`).join('、')}`);
  if (input.data !== undefined && (typeof input.data !== 'object' || input.data === null || Array.isArray(input.data))) throw fieldError('data', '申报表单应为对象');
  let personId: number | null = null;
  let employerId: number | null = null;
  let region: string;
  if (matter.applicant === 'person') {
    if (c.role === 'talent') personId = c.personId;
    else if (c.role === 'clerk' || c.role === 'admin') {
      if (!Number.isSafeInteger(input.personId) || (input.personId as number) <= 0) throw fieldError('personId', '请指定申报人（人才库编号）');
      personId = input.personId as number;
    }
    else throw forbidden(`「${matter.name}」由个人申报`);
    const person = await p.db.selectFrom('persons').select(['id', 'region', 'employer_id']).where('id', '=', personId ?? -1).executeTakeFirst();
    if (!person || (isStaff(c) && !visibleRegions(c).includes(person.region))) throw fieldError('personId', '人员不存在或不在您的管辖范围');
    region = person.region;
    employerId = person.employer_id;
  } else {
    if (c.role === 'employer') employerId = c.employerId;
    else if (c.role === 'clerk' || c.role === 'admin') {
      if (!Number.isSafeInteger(input.employerId) || (input.employerId as number) <= 0) throw fieldError('employerId', '请指定申报单位（单位编号）');
      employerId = input.employerId as number;
    }
    else throw forbidden(`「${matter.name}」由用人单位申报`);
    const emp = await p.db.selectFrom('employers').select(['id', 'region']).where('id', '=', employerId ?? -1).executeTakeFirst();
    if (!emp || (isStaff(c) && !visibleRegions(c).includes(emp.region))) throw fieldError('employerId', '单位不存在或不在您的管辖范围');
    region = emp.region;
  }
  const data = await readMatterData(p, matter, (input.data ?? {}) as Record<string, unknown>, employerId);
  const period = periodKey(matter, data);
  const applicant = { kind: matter.applicant, personId, employerId };
  const existing = await openApplicationFor(p.db, matter, applicant, period);
  if (existing) throw duplicate(matter, existing);
  try {
    return await p.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('applications')
        .values({ matter: matter.code, applicant_kind: matter.applicant, person_id: personId, employer_id: employerId, region, state: 'draft', data: JSON.stringify(data), period_key: period, created_by: c.userId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.insertInto('application_events').values({ application_id: row.id, action: 'create', from_state: null, to_state: 'draft', actor_id: c.userId, reason: null }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.create', entity: 'application', entityId: row.id, region, detail: { matter: matter.code, period } });
      return row;
    });
  } catch (e) {
    // Two requests at once: the database's unique index lets one through; the other learns which.
    if (!isUniqueViolation(e)) throw e;
    const winner = await openApplicationFor(p.db, matter, applicant, period);
    throw winner ? duplicate(matter, winner) : conflict('同一事项同一期间已有一份在办申报件，请刷新后查看');
  }
}

/** The applicant's application holding `period` of `matter`, if any (what the unique index would collide with). */
export async function openApplicationFor(db: Db | Trx, matter: Matter, applicant: { kind: 'person' | 'employer'; personId: number | null; employerId: number | null }, period: string) {
  let q = db.selectFrom('applications').select(['id', 'state', 'period_key']).where('matter', '=', matter.code).where('applicant_kind', '=', applicant.kind).where('period_key', '=', period).where('state', 'in', [...PERIOD_HOLDING_STATES]);
  q = applicant.kind === 'person' ? q.where('person_id', '=', applicant.personId ?? -1) : q.where('employer_id', '=', applicant.employerId ?? -1);
  return q.executeTakeFirst();
}

const duplicate = (matter: Matter, existing: { id: number; state: string; period_key: string }) =>
  new PlatformError(409, duplicateMessage(matter, existing), [{ path: 'matter', message: `已有申报件 #${existing.id}（${STATE_LABELS[existing.state as AppState] ?? existing.state}）` }]);

/** Matter-specific form fields, validated; money in yuan becomes fen. */
async function readMatterData(p: Platform, matter: Matter, d: Record<string, unknown>, employerId: number | null): Promise<Record<string, unknown>> {
  const errors: FieldError[] = [];
  const out: Record<string, unknown> = {};
  if (matter.code === 'salary_subsidy') {
    const year = d.year;
    if (!Number.isInteger(year) || (year as number) < 2020 || (year as number) > 2100) errors.push({ path: 'data.year', message: '请填写补助年度（如 2024）' });
    else out.year = year;
    if (!Array.isArray(d.experts) || d.experts.length === 0) errors.push({ path: 'data.experts', message: '请列出本年度实际支付年薪的高层次人才' });
    else {
      const experts: Array<{ personId: number; salaryFen: number; qualified: boolean }> = [];
      for (const [i, x] of d.experts.entries()) {
        const o = (x ?? {}) as Record<string, unknown>;
        const person = Number.isSafeInteger(o.personId) ? await p.db.selectFrom('persons').select(['id', 'employer_id']).where('id', '=', o.personId as number).executeTakeFirst() : undefined;
        if (!person || person.employer_id !== employerId) errors.push({ path: `data.experts[${i}].personId`, message: '专家须为人才库中本单位的在职人员' });
        let salaryFen = 0;
        try {
          salaryFen = yuanToFen(o.salary as string | number);
          if (salaryFen <= 0) throw new Error();
        } catch {
          errors.push({ path: `data.experts[${i}].salary`, message: '年薪应为正的金额（元）' });
        }
        if (typeof o.qualified !== 'boolean') errors.push({ path: `data.experts[${i}].qualified`, message: '请说明是否经认定为掌握关键核心技术的高层次人才（true/false）' });
        experts.push({ personId: o.personId as number, salaryFen, qualified: o.qualified === true });
      }
      out.experts = experts;
    }
  } else if (matter.code === 'tier_recognition') {
    const idx = qualificationIndex();
    if (!Array.isArray(d.qualifications) || d.qualifications.length === 0) errors.push({ path: 'data.qualifications', message: '请列出申请认定的人才资格（荣誉、职称、学历、技能等）' });
    else
      out.qualifications = d.qualifications.map((q, i) => {
        const raw = typeof q === 'object' && q !== null ? (q as { code?: unknown }).code : q;
        const code = typeof raw === 'string' ? idx.resolve(raw) : undefined;
        if (!code) errors.push({ path: `data.qualifications[${i}]`, message: `未知的资格「${String(raw)}」` });
        const obtained = typeof q === 'object' && q !== null ? (q as { obtained?: unknown }).obtained : undefined;
        return obtained ? { code, obtained } : { code };
      });
    if (d.validUntil !== undefined && d.validUntil !== null) {
      if (typeof d.validUntil !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d.validUntil)) errors.push({ path: 'data.validUntil', message: '认定有效期至应为 YYYY-MM-DD' });
      else out.validUntil = d.validUntil;
    }
    for (const k of ['tierArt19', 'tierArt20'] as const) {
      if (d[k] === undefined || d[k] === null) continue;
      const max = k === 'tierArt19' ? 8 : 4;
      if (!Number.isInteger(d[k]) || (d[k] as number) < 1 || (d[k] as number) > max) errors.push({ path: `data.${k}`, message: `层次应为 1–${max} 的整数` });
      else out[k] = d[k];
    }
  } else if (matter.code === 'work_station') {
    // The station's facts, checked against the fact catalogue as the engine will read them
    // (enterprise.academicianStation.* / enterprise.postdocStation.*), errors named data.*.
    const stations = { academicianStation: d.academicianStation, postdocStation: d.postdocStation };
    if (stations.academicianStation === undefined && stations.postdocStation === undefined) errors.push({ path: 'data', message: '请填写院士专家工作站（academicianStation）或博士后科研工作站（postdocStation）的情况' });
    if (stations.academicianStation !== undefined && stations.postdocStation !== undefined) errors.push({ path: 'data', message: '一份申报只填写一个工作站：院士专家工作站与博士后科研工作站是两项资助，请分别申报' });
    for (const k of Object.keys(d)) if (!(k in stations)) errors.push({ path: `data.${k}`, message: '未知字段（应为 academicianStation 或 postdocStation）' });
    try {
      parseProfile({ enterprise: stations }, factDefs, qualificationIndex());
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      for (const fe of e.errors) errors.push({ path: fe.path.replace(/^enterprise\./, 'data.'), message: fe.message });
    }
    for (const [k, v] of Object.entries(stations)) if (v !== undefined) out[k] = v;
  } else {
    for (const [k, v] of Object.entries(d)) out[k] = v;
  }
  if (errors.length) throw badInput(errors);
  return out;
}

export async function attachFile(p: Platform, c: Caller, id: number, material: unknown, name: unknown, content: Buffer): Promise<{ sha256: string; mime: string; size: number }> {
  const app = await loadApp(p.db, c, id);
  if (!isApplicant(c, app) && !(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有申报人或经办人员可以上传材料');
  // Evidence goes with a draft, or answers a request for missing materials (补正); a submitted
  // application is what the clerk examines, and it does not change under them.
  if (!['draft', 'returned'].includes(app.state)) throw conflict(`申报件状态为「${STATE_LABELS[app.state as AppState]}」，不能再上传材料：只有草稿或退回补正的申报件可以上传`);
  const matter = matterByCode(app.matter)!;
  if (typeof material !== 'string' || !matter.materials.some((m) => m.code === material)) throw fieldError('material', `材料类型应为 ${matter.materials.map((m) => `${m.code}（${m.name}）`).join('、')} 之一`);
  const check = checkEvidence(content);
  if (!check.ok) throw fieldError('file', check.reason);
  const sha = p.files.put(content);
  await p.db.transaction().execute(async (trx) => {
    await trx.insertInto('files').values({ sha256: sha, mime: check.mime, size: content.length }).onConflict((oc) => oc.doNothing()).execute();
    await trx.insertInto('application_files').values({ application_id: id, material, sha256: sha, name: typeof name === 'string' && name ? name.slice(0, 200) : material, uploaded_by: c.userId }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.file', entity: 'application', entityId: id, region: app.region, detail: { material, sha256: sha } });
  });
  return { sha256: sha, mime: check.mime, size: content.length };
}

/** The bytes of an evidence file, only for someone who can see its application. */
export async function readFile(p: Platform, c: Caller, id: number, sha: string): Promise<{ mime: string; content: Buffer }> {
  const app = await loadApp(p.db, c, id);
  if (employerPartOnly(c, app)) throw notFound('该材料');
  const f = await p.db.selectFrom('application_files').innerJoin('files', 'files.sha256', 'application_files.sha256').select(['files.mime']).where('application_files.application_id', '=', id).where('application_files.sha256', '=', sha).executeTakeFirst();
  if (!f) throw notFound('该材料');
  return { mime: f.mime, content: p.files.get(sha) };
}

async function materialsStatus(db: Db | Trx, app: AppRow) {
  const matter = matterByCode(app.matter)!;
  const person = app.person_id ? await db.selectFrom('persons').selectAll().where('id', '=', app.person_id).executeTakeFirst() : undefined;
  const files = await db.selectFrom('application_files').select(['material', 'name', 'sha256', 'uploaded_at']).where('application_id', '=', app.id).execute();
  return matter.materials.map((m) => {
    const held = m.heldBy ? m.heldBy(person) : false;
    const uploaded = files.filter((f) => f.material === m.code);
    return { code: m.code, name: m.name, held, heldNote: held ? m.heldNote : undefined, files: uploaded.map((f) => ({ name: f.name, sha256: f.sha256, uploadedAt: f.uploaded_at.toISOString() })), provided: held || uploaded.length > 0 };
  });
}

export async function submit(p: Platform, c: Caller, id: number, expectedVersion?: number): Promise<AppRow> {
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    if (!isApplicant(c, app) && !(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有申报人可以提交');
    if (expectedVersion !== undefined && app.version !== expectedVersion) throw conflict('申报件已变化，请刷新后再提交');
    const matter = matterByCode(app.matter)!;
    const missing = (await materialsStatus(trx, app)).filter((m) => !m.provided);
    if (missing.length) throw badInput(missing.map((m) => ({ path: `materials.${m.code}`, message: `请上传「${m.name}」` })));
    if (app.state === 'returned') {
      // The clock stopped on the day the application was returned; the working days since are added back.
      const paused = app.paused_workdays + p.calendar.workdaysBetween(parseDay(app.returned_on!), p.today());
      return move(trx, c, app, 'resubmit', '已补正材料', { paused_workdays: paused, due_on: dueOn(p, app.submitted_on!, matter, paused), missing: null });
    }
    const submittedOn = today(p);
    return move(trx, c, app, 'submit', null, { submitted_on: submittedOn, due_on: dueOn(p, submittedOn, matter, 0) });
  });
}

export async function withdraw(p: Platform, c: Caller, id: number, reason?: string): Promise<AppRow> {
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    if (!isApplicant(c, app)) throw forbidden('只有申报人可以撤回');
    return move(trx, c, app, 'withdraw', reason ?? null);
  });
}

// ---------------------------------------------------------------- clerk and reviewers

/** Deciding applications is the talent office's (clerks'); administrators administer, they do not decide. */
const requireClerk = (c: Caller) => {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以办理');
};

/** Return for missing materials — once, with the complete list (一次性告知). */
export async function returnForMaterials(p: Platform, c: Caller, id: number, missing: unknown, reason: unknown): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    const matter = matterByCode(app.matter)!;
    if (!Array.isArray(missing) || missing.length === 0) throw fieldError('missing', '请一次性列出全部所缺材料');
    const bad = missing.filter((m) => typeof m !== 'string' || !matter.materials.some((x) => x.code === m));
    if (bad.length) throw fieldError('missing', `未知的材料：${bad.join('、')}；可选：${matter.materials.map((m) => m.code).join('、')}`);
    if (app.return_count >= 1) throw conflict('该申报件已退回补正过一次：按“一次性告知”承诺不能再次退回，请受理或作出决定');
    const names = missing.map((m) => matter.materials.find((x) => x.code === m)!.name);
    return move(trx, c, app, 'return', `请补正：${names.join('、')}${typeof reason === 'string' && reason ? `（${reason}）` : ''}`, { returned_on: today(p), return_count: app.return_count + 1, missing: JSON.stringify(missing) });
  });
}

export async function accept(p: Platform, c: Caller, id: number): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    const row = await move(trx, c, app, 'accept', '已受理，发起联审');
    const matter = matterByCode(app.matter)!;
    await trx.insertInto('reviews').values(matter.departments.map((d) => ({ application_id: id, department: d.code }))).onConflict((oc) => oc.doNothing()).execute();
    return row;
  });
}

/**
 * One department's decision in the joint review; a department decides once, and only through its
 * own members (the caller's department — nobody votes for another department).
 */
export async function review(p: Platform, c: Caller, id: number, input: { department?: unknown; decision?: unknown; reason?: unknown }): Promise<void> {
  if (!(c.role === 'reviewer' || c.role === 'clerk')) throw forbidden('只有联审部门的审核人员可以审核');
  const department = c.department;
  await p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    if (input.department !== undefined && input.department !== department) {
      const name = (code: unknown) => matterByCode(app.matter)?.departments.find((d) => d.code === code)?.name ?? String(code ?? '（无）');
      throw forbidden(`只能以本部门名义表态：您属于「${name(department)}」，不能代「${name(input.department)}」审核`);
    }
    if (input.decision !== 'approve' && input.decision !== 'reject') throw fieldError('decision', '审核意见应为 approve（同意）或 reject（不同意）');
    if (input.decision === 'reject' && (typeof input.reason !== 'string' || input.reason.trim().length < 2)) throw fieldError('reason', '不同意时须说明理由');
    if (app.state !== 'reviewing') throw conflict(`申报件当前状态为「${STATE_LABELS[app.state as AppState]}」，不在联审中`);
    const r = await trx
      .updateTable('reviews')
      .set({ decision: input.decision as 'approve' | 'reject', reason: typeof input.reason === 'string' ? input.reason : null, reviewer_id: c.userId, at: new Date() })
      .where('application_id', '=', id)
      .where('department', '=', department ?? '-')
      .where('decision', 'is', null)
      .returning('department')
      .executeTakeFirst();
    if (!r) {
      const exists = await trx.selectFrom('reviews').select('decision').where('application_id', '=', id).where('department', '=', department ?? '-').executeTakeFirst();
      if (!exists) throw forbidden('您所在部门不是该事项的联审部门');
      throw conflict('本部门已作出审核意见，不能重复审核');
    }
    await trx.insertInto('application_events').values({ application_id: id, action: `review.${input.decision}`, from_state: 'reviewing', to_state: 'reviewing', actor_id: c.userId, reason: `${department}：${input.decision === 'approve' ? '同意' : '不同意'}${input.reason ? `，${String(input.reason)}` : ''}` }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.review', entity: 'application', entityId: id, region: app.region, detail: { department, decision: input.decision } });
  });
}

export interface Computation {
  asOf: string;
  profile: Record<string, unknown>;
  factsHash: string;
  policies: Array<{ id: string; version: string }>;
  entitlements: Entitlement[];
  /** Matter rules the engine could not decide (facts missing), and those only capped (最高 … 待评定). */
  undetermined: Entitlement[];
  upTo: Entitlement[];
  computedFen: number;
}

/** What the rules give for this application, from recognised registry facts as of the application date. */
export async function compute(db: Db | Trx, app: AppRow, today: string): Promise<Computation> {
  const matter = matterByCode(app.matter)!;
  // The application date; for a draft not yet submitted, today (what it would get if submitted now).
  const asOf = app.submitted_on ?? today;
  let profile: Record<string, unknown>;
  if (app.applicant_kind === 'person') {
    const person = await db.selectFrom('persons').selectAll().where('id', '=', app.person_id!).executeTakeFirstOrThrow();
    profile = await personProfile(db, person, asOf);
  } else {
    const emp = await db.selectFrom('employers').selectAll().where('id', '=', app.employer_id!).executeTakeFirstOrThrow();
    const data = app.data as { year?: number; experts?: Array<{ personId: number; salaryFen: number; qualified: boolean }> };
    const experts: ExpertClaim[] = [];
    for (const x of data.experts ?? []) {
      const person = await db.selectFrom('persons').select(['name']).where('id', '=', x.personId).executeTakeFirst();
      const name = `${person?.name ?? '专家'}（${x.personId}）`;
      experts.push({ personId: x.personId, name, salaryFen: x.salaryFen, qualified: x.qualified, yearsSubsidized: await expertYearsSubsidized(db, emp.id, name, data.year ?? Number(asOf.slice(0, 4))) });
    }
    profile = employerProfile(emp, { ...app.data, experts });
  }
  const result = calculateRequest({ profile, date: asOf });
  const mine = (e: Entitlement) => matter.rules.includes(e.rule);
  const entitlements = result.entitlements.filter((e) => mine(e) && e.status === 'granted');
  return {
    asOf,
    profile,
    factsHash: factsHash(profile),
    policies: result.policies.map((x) => ({ id: x.id, version: x.version })),
    entitlements,
    undetermined: result.undetermined.filter(mine),
    upTo: result.entitlements.filter((e) => mine(e) && e.status !== 'granted'),
    computedFen: entitlements.reduce((s, e) => s + (e.totalFen ?? e.amountFen ?? 0), 0),
  };
}

export async function preview(p: Platform, c: Caller, id: number): Promise<Computation> {
  const app = await loadApp(p.db, c, id);
  if (employerPartOnly(c, app)) throw notFound('该申报件的核定依据（或无权查看）');
  return compute(p.db, app, today(p));
}

/**
 * Approves after every department agreed. The amount is what the rules give; a different amount
 * (never more) needs a reason and a second approver, so the application waits for `confirmAdjustment`.
 */
export async function approve(p: Platform, c: Caller, id: number, input: { amountFen?: unknown; reason?: unknown } = {}): Promise<{ application: AppRow; grants: PostedGrant[]; pendingSecondApproval: boolean }> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    if (app.state !== 'reviewing') throw conflict(`申报件当前状态为「${STATE_LABELS[app.state as AppState]}」，不能核准`);
    const reviews = await trx.selectFrom('reviews').selectAll().where('application_id', '=', id).execute();
    const open = reviews.filter((r) => r.decision !== 'approve');
    if (open.length) throw conflict(`联审尚未全部同意：${open.map((r) => `${r.department}${r.decision === 'reject' ? '（不同意）' : '（未审核）'}`).join('、')}`);
    const existing = await trx.selectFrom('decisions').select(['application_id']).where('application_id', '=', id).executeTakeFirst();
    if (existing) throw conflict('该申报件已有待复核的核定结果，请由第二人复核');
    const comp = await compute(trx, app, today(p));
    const matter = matterByCode(app.matter)!;
    if (matter.rules.length && comp.undetermined.length) {
      throw new PlatformError(422, `规则还缺少事实，不能核定：${[...new Set(comp.undetermined.flatMap((e) => e.missing ?? []))].join('、')}（请先补充人才库信息或层次认定）`);
    }
    let approvedFen = comp.computedFen;
    let adjusted = false;
    if (input.amountFen !== undefined) {
      if (!Number.isSafeInteger(input.amountFen) || (input.amountFen as number) < 0) throw fieldError('amountFen', '核定金额应为非负整数（分）');
      const ceiling = comp.computedFen + comp.upTo.reduce((s, e) => s + (e.amountFen ?? 0), 0);
      if ((input.amountFen as number) > ceiling) throw fieldError('amountFen', `核定金额不能超过规则给出的 ${formatYuan(ceiling)}`);
      if (input.amountFen !== comp.computedFen) {
        if (typeof input.reason !== 'string' || input.reason.trim().length < 4) throw fieldError('reason', '调整金额须写明理由（将由第二人复核）');
        adjusted = true;
        approvedFen = input.amountFen as number;
      }
    }
    await trx
      .insertInto('decisions')
      .values({
        application_id: id,
        as_of: comp.asOf,
        policies: JSON.stringify(comp.policies),
        facts_hash: comp.factsHash,
        facts: JSON.stringify(comp.profile),
        entitlements: JSON.stringify([...comp.entitlements, ...comp.upTo]),
        computed_fen: comp.computedFen,
        approved_fen: approvedFen,
        adjustment_reason: adjusted ? (input.reason as string) : null,
        decided_by: c.userId,
      })
      .execute();
    if (adjusted) {
      await trx.insertInto('application_events').values({ application_id: id, action: 'adjust', from_state: 'reviewing', to_state: 'reviewing', actor_id: c.userId, reason: `调整核定金额为 ${formatYuan(approvedFen)}：${String(input.reason)}（待第二人复核）` }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.adjust', entity: 'application', entityId: id, region: app.region, detail: { computedFen: comp.computedFen, approvedFen } });
      return { application: app, grants: [], pendingSecondApproval: true };
    }
    return { ...(await finishApproval(trx, p, c, app, comp, approvedFen)), pendingSecondApproval: false };
  });
}

/**
 * The second approver confirms a clerk's adjusted amount. When the registry facts changed since
 * the adjustment, the amount was decided on facts that no longer hold: the pending decision is
 * discarded (recorded in the events and the audit log, the deciding clerk told) and the answer is
 * a 409 asking for a new decision — the clerk approves again on the recomputed amount.
 */
export async function confirmAdjustment(p: Platform, c: Caller, id: number): Promise<{ application: AppRow; grants: PostedGrant[] }> {
  if (!(c.role === 'clerk' || c.role === 'leader')) throw forbidden('只有经办人员或领导可以复核');
  const outcome = await p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    const d = await trx.selectFrom('decisions').selectAll().where('application_id', '=', id).executeTakeFirst();
    if (!d || d.approved_fen === d.computed_fen || app.state !== 'reviewing') throw conflict('没有待复核的调整');
    if (d.decided_by === c.userId) throw forbidden('调整金额须由另一人复核');
    const comp = await compute(trx, app, today(p));
    if (comp.factsHash !== d.facts_hash) {
      await discardStaleDecision(trx, c, app, d, comp);
      return { discarded: true as const, nowFen: comp.computedFen };
    }
    await trx.updateTable('decisions').set({ second_approver: c.userId }).where('application_id', '=', id).execute();
    return { discarded: false as const, result: await finishApproval(trx, p, c, app, comp, d.approved_fen) };
  });
  if (outcome.discarded) throw conflict(`核定后人才库事实已变化：原调整金额已作废（按现有事实计算为 ${formatYuan(outcome.nowFen)}），已通知经办人员重新核定`);
  return outcome.result;
}

/** Drops a pending adjusted decision made on facts that changed since; the case is back with the clerk. */
async function discardStaleDecision(trx: Trx, c: Caller, app: AppRow, d: Selectable<DB['decisions']>, comp: Computation): Promise<void> {
  const bumped = await trx.updateTable('applications').set({ version: app.version + 1, updated_at: new Date() }).where('id', '=', app.id).where('version', '=', app.version).returning('id').executeTakeFirst();
  if (!bumped) throw conflict('申报件已被他人处理，请刷新后再操作');
  await trx.deleteFrom('decisions').where('application_id', '=', app.id).execute();
  const reason = `核定后人才库事实已变化，原调整金额 ${formatYuan(d.approved_fen)}（规则原计算 ${formatYuan(d.computed_fen)}）作废；按现有事实计算为 ${formatYuan(comp.computedFen)}，待经办人员重新核定`;
  await trx.insertInto('application_events').values({ application_id: app.id, action: 'adjust.discard', from_state: app.state, to_state: app.state, actor_id: c.userId, reason }).execute();
  await appendAudit(trx, {
    actorId: c.userId,
    actorRole: c.role,
    action: 'application.adjust_discard',
    entity: 'application',
    entityId: app.id,
    region: app.region,
    detail: { decidedBy: d.decided_by, computedFen: d.computed_fen, approvedFen: d.approved_fen, adjustmentReason: d.adjustment_reason, factsHashThen: d.facts_hash, factsHashNow: comp.factsHash, nowFen: comp.computedFen },
  });
  if (d.decided_by !== null) await trx.insertInto('messages').values({ user_id: d.decided_by, application_id: app.id, text: `申报件 #${app.id}：${reason}。` }).execute();
}

async function finishApproval(trx: Trx, p: Platform, c: Caller, app: AppRow, comp: Computation, approvedFen: number): Promise<{ application: AppRow; grants: PostedGrant[] }> {
  const matter = matterByCode(app.matter)!;
  let row = await move(trx, c, app, 'approve', approvedFen ? `核定金额 ${formatYuan(approvedFen)}` : null, { amount_fen: approvedFen });
  if (matter.code === 'tier_recognition') {
    const data = app.data as { qualifications?: Array<{ code: string; obtained?: string }>; tierArt19?: number; tierArt20?: number; validUntil?: string };
    await trx
      .insertInto('recognitions')
      .values({ person_id: app.person_id!, application_id: app.id, qualifications: JSON.stringify(data.qualifications ?? []), tier_art19: data.tierArt19 ?? null, tier_art20: data.tierArt20 ?? null, basis: `认定申报件 #${app.id}`, valid_from: app.submitted_on ?? today(p), valid_to: data.validUntil ?? null, recognised_by: c.userId })
      .execute();
    return { application: row, grants: [] };
  }
  if (!matter.rules.length || approvedFen === 0) return { application: row, grants: [] };
  const person = app.person_id ? await trx.selectFrom('persons').select(['housing']).where('id', '=', app.person_id).executeTakeFirst() : undefined;
  const grants = await postGrants(trx, { applicationId: app.id, personId: app.person_id, employerId: app.employer_id, region: app.region, actor: c, purchasePriceFen: person?.housing.purchase?.priceFen }, comp.entitlements, approvedFen);
  const system: Caller = { ...c };
  row = await move(trx, system, row, 'schedule', `已列入兑付计划：${grants.filter((g) => g.amountFen > 0).length} 笔，合计 ${formatYuan(grants.reduce((s, g) => s + g.amountFen, 0))}`);
  return { application: row, grants };
}

export async function reject(p: Platform, c: Caller, id: number, reason: unknown): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    if (typeof reason !== 'string' || reason.trim().length < 2) throw fieldError('reason', '不予通过须说明理由');
    return move(trx, c, app, 'reject', reason.trim());
  });
}

// ---------------------------------------------------------------- reading

export interface ApplicationSummary {
  id: number;
  matter: string;
  matterName: string;
  applicantKind: string;
  applicantName: string | null;
  personId: number | null;
  employerId: number | null;
  region: string;
  regionName: string;
  state: string;
  stateLabel: string;
  submittedOn: string | null;
  dueOn: string | null;
  overdue: boolean;
  /** Working days left before the promised deadline (negative when late); null when the clock is not running. */
  workdaysLeft: number | null;
  amountFen: number | null;
  version: number;
}

function summarise(p: Platform, r: AppRow & { person_name?: string | null; employer_name?: string | null }): ApplicationSummary {
  const running = CLOCK_RUNNING.has(r.state as AppState) && r.due_on;
  const t = p.today();
  const due = r.due_on ? parseDay(r.due_on) : null;
  const left = running && due !== null ? (due >= t ? p.calendar.workdaysBetween(t, due) : -p.calendar.workdaysBetween(due, t)) : null;
  return {
    id: r.id,
    matter: r.matter,
    matterName: matterByCode(r.matter)?.name ?? r.matter,
    applicantKind: r.applicant_kind,
    applicantName: r.applicant_kind === 'person' ? (r.person_name ?? null) : (r.employer_name ?? null),
    personId: r.person_id,
    employerId: r.employer_id,
    region: r.region,
    regionName: regionName(r.region),
    state: r.state,
    stateLabel: STATE_LABELS[r.state as AppState] ?? r.state,
    submittedOn: r.submitted_on,
    dueOn: r.due_on,
    overdue: !!running && due !== null && due < t,
    workdaysLeft: left,
    // A matter that pays nothing (人才层次认定) has no amount, not an amount of 0.
    amountFen: matterByCode(r.matter)?.rules.length === 0 ? null : r.amount_fen,
    version: r.version,
  };
}

export async function listApplications(p: Platform, c: Caller, q: { state?: string; matter?: string; overdue?: boolean; awaitingMyReview?: boolean; q?: unknown; page?: unknown; pageSize?: unknown }): Promise<Page<ApplicationSummary>> {
  const { page, pageSize } = pageArgs(q.page, q.pageSize);
  if (q.state !== undefined && !isState(q.state)) throw fieldError('state', '未知的状态');
  const term = searchTerm(q.q);
  let base = applicationsInScope(p.db, c).leftJoin('persons', 'persons.id', 'applications.person_id').leftJoin('employers', 'employers.id', 'applications.employer_id');
  if (term) {
    // An exact ID number is found through its keyed hash; otherwise a fragment of the applicant's name.
    const like = `%${term.replace(/[%_\\]/g, '\\$&')}%`;
    base = /^\d{17}[\dXx]$/.test(term) ? base.where('persons.id_hash', '=', p.vault.lookupHash(term.toUpperCase())) : base.where((eb) => eb.or([eb('persons.name', 'like', like), eb('employers.name', 'like', like)]));
  }
  if (q.state) base = base.where('applications.state', '=', q.state);
  if (q.matter) base = base.where('applications.matter', '=', q.matter);
  if (q.overdue) base = base.where('applications.state', 'in', [...CLOCK_RUNNING]).where('applications.due_on', '<', today(p));
  if (q.awaitingMyReview) {
    // The joint-review items the caller's department still owes.
    const dept = c.department ?? '-';
    base = base.where('applications.state', '=', 'reviewing').where((eb) => eb.exists(eb.selectFrom('reviews').select('reviews.application_id').whereRef('reviews.application_id', '=', 'applications.id').where('reviews.department', '=', dept).where('reviews.decision', 'is', null)));
  }
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .selectAll('applications')
    .select(['persons.name as person_name', 'employers.name as employer_name'])
    .orderBy((eb) => eb.fn.coalesce('applications.due_on', eb.val('9999-12-31')))
    .orderBy('applications.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map((r) => summarise(p, r)), total, page, pageSize };
}

/** The queue's search box: a name fragment or a full ID number, trimmed; absent or blank → none. */
function searchTerm(q: unknown): string | undefined {
  if (q === undefined || q === null) return undefined;
  if (typeof q !== 'string') throw fieldError('q', '搜索词应为姓名（或其中几个字）或完整的 18 位身份证号');
  const term = q.trim();
  if (term.length > 50) throw fieldError('q', '搜索词不能超过 50 个字');
  return term || undefined;
}

export async function getApplication(p: Platform, c: Caller, id: number) {
  const app = await loadApp(p.db, c, id);
  const person = app.person_id ? await p.db.selectFrom('persons').selectAll().where('id', '=', app.person_id).executeTakeFirst() : undefined;
  const employer = app.employer_id ? await p.db.selectFrom('employers').select(['name']).where('id', '=', app.employer_id).executeTakeFirst() : undefined;
  const events = await p.db.selectFrom('application_events').leftJoin('users', 'users.id', 'application_events.actor_id').select(['application_events.action', 'from_state', 'to_state', 'reason', 'at', 'users.display_name']).where('application_id', '=', id).orderBy('application_events.id').execute();
  const reviews = await p.db.selectFrom('reviews').leftJoin('users', 'users.id', 'reviews.reviewer_id').select(['reviews.department', 'reviews.decision', 'reviews.reason', 'reviews.at', 'users.display_name']).where('application_id', '=', id).execute();
  const decision = await p.db.selectFrom('decisions').selectAll().where('application_id', '=', id).executeTakeFirst();
  const matter = matterByCode(app.matter)!;
  const summary = summarise(p, { ...app, person_name: person?.name, employer_name: employer?.name });
  if (employerPartOnly(c, app)) {
    // A staff member's own application, as their employer sees it: where it stands, not what is in it.
    return {
      ...summary,
      limited: true,
      data: {},
      missing: null,
      returnCount: app.return_count,
      pausedWorkdays: app.paused_workdays,
      matterInfo: matterView(matter),
      materials: (await materialsStatus(p.db, app)).map((m) => ({ ...m, files: [] })),
      events: events.map((e) => ({ action: e.action, from: e.from_state, to: e.to_state, reason: null, at: e.at.toISOString(), by: null })),
      reviews: [],
      decision: null,
      related: { applications: [], payments: [] },
    };
  }
  return {
    ...summary,
    limited: false,
    data: app.data,
    missing: app.missing,
    returnCount: app.return_count,
    pausedWorkdays: app.paused_workdays,
    matterInfo: matterView(matter, person),
    materials: await materialsStatus(p.db, app),
    events: events.map((e) => eventView(e, matter)),
    reviews: reviews.sort((a, b) => matter.departments.findIndex((d) => d.code === a.department) - matter.departments.findIndex((d) => d.code === b.department)).map((r) => ({ department: r.department, departmentName: matter.departments.find((d) => d.code === r.department)?.name ?? r.department, decision: r.decision, reason: r.reason, at: r.at?.toISOString() ?? null, by: r.display_name })),
    decision: decision
      ? { asOf: decision.as_of, policies: decision.policies, factsHash: decision.facts_hash, computedFen: decision.computed_fen, approvedFen: decision.approved_fen, adjustmentReason: decision.adjustment_reason, decidedBy: decision.decided_by, secondApproved: decision.second_approver !== null, entitlements: decision.entitlements }
      : null,
    related: await related(p, c, app, matter),
    // 人才层次认定 pays nothing: what was recognised (qualifications, tiers, validity, basis) instead.
    recognition: matter.code === 'tier_recognition' ? await recognitionResult(p.db, app.id) : null,
  };
}

/**
 * The applicant's other applications for the same matter (any period, any state) and the payments
 * already made to them for its benefits, each within what the caller may see — so the clerk sees
 * a second claim next to the first before deciding.
 */
async function related(p: Platform, c: Caller, app: AppRow, matter: Matter) {
  const own = (q: ReturnType<typeof applicationsInScope>) => (app.applicant_kind === 'person' ? q.where('applications.person_id', '=', app.person_id ?? -1) : q.where('applications.employer_id', '=', app.employer_id ?? -1));
  const apps = await own(applicationsInScope(p.db, c).where('applications.matter', '=', app.matter).where('applications.applicant_kind', '=', app.applicant_kind).where('applications.id', '!=', app.id))
    .select(['applications.id', 'applications.state', 'applications.period_key', 'applications.submitted_on', 'applications.amount_fen', 'applications.created_at'])
    .orderBy('applications.id')
    .limit(50)
    .execute();
  let payments: Array<{ id: number; application_id: number | null; instalment_key: string; benefit: string; amount_fen: number; due_on: string | null; batch_id: number | null; created_at: Date }> = [];
  if (matter.rules.length) {
    let q = ledgerInScope(p.db, c).select(['ledger.id', 'ledger.application_id', 'ledger.instalment_key', 'ledger.benefit', 'ledger.amount_fen', 'ledger.due_on', 'ledger.batch_id', 'ledger.created_at']).where('ledger.kind', '=', 'payment').where('ledger.rule', 'in', matter.rules);
    q = app.applicant_kind === 'person' ? q.where('ledger.person_id', '=', app.person_id ?? -1) : q.where('ledger.employer_id', '=', app.employer_id ?? -1).where('ledger.person_id', 'is', null);
    payments = await q.orderBy('ledger.id').limit(200).execute();
  }
  return {
    applications: apps.map((a) => ({ id: a.id, state: a.state, stateLabel: STATE_LABELS[a.state as AppState] ?? a.state, period: periodLabel(a.period_key), submittedOn: a.submitted_on, amountFen: a.amount_fen, createdAt: a.created_at.toISOString() })),
    payments: payments.map((x) => ({ id: x.id, applicationId: x.application_id, instalmentKey: x.instalment_key, benefit: x.benefit, amountFen: x.amount_fen, dueOn: x.due_on, batchId: x.batch_id, paidAt: x.created_at.toISOString() })),
  };
}

/** Flags applications past their promised deadline and tells the region's leaders (escalation); returns how many. */
export async function flagOverdue(p: Platform): Promise<number> {
  const late = await p.db.selectFrom('applications').selectAll().where('state', 'in', [...CLOCK_RUNNING]).where('due_on', '<', today(p)).where('overdue_flagged_at', 'is', null).execute();
  for (const app of late) {
    await p.db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('applications').set({ overdue_flagged_at: new Date() }).where('id', '=', app.id).where('overdue_flagged_at', 'is', null).returning('id').executeTakeFirst();
      if (!r) return;
      await trx.insertInto('application_events').values({ application_id: app.id, action: 'escalate', from_state: app.state, to_state: app.state, actor_id: null, reason: `已超过承诺时限（${app.due_on}），已提请领导督办` }).execute();
      const leaders = await trx.selectFrom('users').select('id').where('role', '=', 'leader').where((eb) => eb.or([eb('region', '=', app.region), eb('region', '=', 'quzhou_city')])).execute();
      if (leaders.length) await trx.insertInto('messages').values(leaders.map((l) => ({ user_id: l.id, application_id: app.id, text: `督办：申报件 #${app.id}（${matterByCode(app.matter)?.name}，${regionName(app.region)}）已超过承诺时限 ${app.due_on}` }))).execute();
      await appendAudit(trx, { actorId: null, actorRole: 'system', action: 'application.escalate', entity: 'application', entityId: app.id, region: app.region, detail: { dueOn: app.due_on } });
    });
  }
  return late.length;
}

/**
 * Past decisions that a later policy or registry change would decide differently: each stored
 * receipt is recomputed now (same application date, current packages and registry facts) and
 * compared — package versions, facts hash, amount.
 */
export async function decisionChanges(p: Platform, c: Caller) {
  if (!isStaff(c)) throw forbidden('只有工作人员可以查看');
  const apps = await applicationsInScope(p.db, c).innerJoin('decisions', 'decisions.application_id', 'applications.id').selectAll('applications').select(['decisions.policies', 'decisions.facts_hash', 'decisions.computed_fen']).orderBy('applications.id').execute();
  const out = [];
  for (const a of apps) {
    if (!matterByCode(a.matter)?.rules.length) continue;
    const now = await compute(p.db, a, today(p));
    const stored = new Map(a.policies.map((x) => [x.id, x.version]));
    const policyChanged = now.policies.some((x) => stored.has(x.id) && stored.get(x.id) !== x.version);
    const factsChanged = now.factsHash !== a.facts_hash;
    if (!policyChanged && !factsChanged && now.computedFen === a.computed_fen) continue;
    out.push({ applicationId: a.id, matter: a.matter, matterName: matterByCode(a.matter)?.name ?? a.matter, region: a.region, decidedFen: a.computed_fen, nowFen: now.computedFen, differenceFen: now.computedFen - a.computed_fen, policyChanged, factsChanged });
  }
  return out;
}
