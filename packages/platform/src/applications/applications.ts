// One-stop applications (最多跑一次): draft → submitted → accepted into joint review (or returned
// once, with the full list of missing materials) → each department decides → approved / rejected →
// payment scheduled → paid. Deadlines are counted in working days on the Chinese calendar and the
// clock stops while the applicant supplies materials (补正). Every transition checks the row's
// version inside a transaction (a stale or repeated step is a 409), is recorded with who, when and
// why, audited, and tells the applicant in an in-app message. Approval computes the amount with the
// engine from recognised facts (and the form's own facts) as of the application date, decides rule
// by rule — the undetermined ones stay open until their facts are recorded, then get a decision of
// their own — and stores a reproducible receipt for each decision.

import { calculateRequest } from '@rencai/services';
import { formatDay, formatYuan, parseDay, yuanToFen, type Entitlement } from '@rencai/engine';
import { ACTIONS, CLOCK_RUNNING, STATE_LABELS, isState, transition, type Action, type AppState } from '@rencai/domain';
import { qualificationIndex, qualifications, regionName } from '@rencai/policies';
import { appendAudit, checkEvidence, sql, type Db, type DecisionRule, type OpenRule, type Selectable, type ApplicationsTable, type Transaction, type DB } from '@rencai/store';
import { type Platform, isStaff, visibleRegions, type Caller, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, PlatformError, type FieldError, pageArgs, type Page } from '../shared/index.js';
import { matterByCode, matterRules, matterView, MATTERS, type Matter } from '../matters/index.js';
import { employerProfile, factsHash, personProfile, withApplicationFacts, type ExpertClaim, recognitionResult } from '../registry/index.js';
import { expertYearsSubsidized, ledgerInScope, postGrants, type ExpertShare, type PostedGrant } from '../ledger/index.js';
import { factLabel, readCatalogueFacts, unknownQualification, applicationFacts, homeOf, recognitionFacts } from '../facts/index.js';
import { duplicateMessage, PERIOD_HOLDING_STATES, periodKey, periodLabel } from './periods.js';
import { eventView } from './application-events.js';

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
  let q = db
    .selectFrom('applications')
    .select(['id', 'state', 'period_key'])
    .where('matter', '=', matter.code)
    .where('applicant_kind', '=', applicant.kind)
    .where('period_key', '=', period)
    .where((eb) => eb.or([eb('state', 'in', [...PERIOD_HOLDING_STATES]), eb.and([eb('state', '=', 'approved'), eb('open_rules', '!=', sql<string[]>`'[]'::jsonb`)])]));
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
        if (!code) errors.push({ path: `data.qualifications[${i}]`, message: unknownQualification(raw) });
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
    // The claims a recognition establishes besides qualifications (引才计划入选, 第17条推荐, 县推荐, 博士后进站).
    if (d.facts !== undefined && d.facts !== null) {
      const r = readCatalogueFacts(d.facts, 'person', recognitionFacts(), 'data.facts.');
      errors.push(...r.errors);
      if (Object.keys(r.value).length) out.facts = r.value;
    }
  } else if (matter.code === 'work_station') {
    // The station's facts, checked against the fact catalogue as the engine will read them
    // (enterprise.academicianStation.* / enterprise.postdocStation.*), errors named data.*.
    const stations = { academicianStation: d.academicianStation, postdocStation: d.postdocStation };
    if (stations.academicianStation === undefined && stations.postdocStation === undefined) errors.push({ path: 'data', message: '请填写院士专家工作站（academicianStation）或博士后科研工作站（postdocStation）的情况' });
    if (stations.academicianStation !== undefined && stations.postdocStation !== undefined) errors.push({ path: 'data', message: '一份申报只填写一个工作站：院士专家工作站与博士后科研工作站是两项资助，请分别申报' });
    for (const k of Object.keys(d)) if (!(k in stations)) errors.push({ path: `data.${k}`, message: '未知字段（应为 academicianStation 或 postdocStation）' });
    const postdoc = stations.postdocStation as { level?: unknown } | undefined;
    if (postdoc?.level === 'none') errors.push({ path: 'data.postdocStation.level', message: '未创建博士后科研工作站的，无需申报建站资助' });
    const r = readCatalogueFacts(Object.fromEntries(Object.entries(stations).filter(([, v]) => v !== undefined)), 'enterprise', applicationFacts('work_station'), 'data.');
    errors.push(...r.errors);
    Object.assign(out, r.value);
  } else if (matter.code === 'talent_award') {
    // The awards the rules read beside the recognised qualifications, stated explicitly (“no” included):
    // the culture award's level (or none) and the list of awards to be matched (possibly empty).
    const r = readCatalogueFacts(d, 'person', applicationFacts('talent_award'), 'data.');
    errors.push(...r.errors);
    const culture = r.value.cultureAward as { level?: string; date?: string } | undefined;
    if (!culture?.level && !errors.some((e) => e.path.startsWith('data.cultureAward'))) errors.push({ path: 'data.cultureAward.level', message: '请说明是否获得文化类权威奖项（未获得请选“未获得文化类权威奖项”，即 none）' });
    if (culture?.level && culture.level !== 'none' && !culture.date && !errors.some((e) => e.path.startsWith('data.cultureAward'))) errors.push({ path: 'data.cultureAward.date', message: '请填写文化类奖项的获奖日期' });
    if (!Array.isArray(d.matchingAwards) && !errors.some((e) => e.path.startsWith('data.matchingAwards'))) errors.push({ path: 'data.matchingAwards', message: '请列出需配套奖励的奖项或入选（没有请填空列表）' });
    Object.assign(out, r.value);
    if (Array.isArray(d.matchingAwards) && !out.matchingAwards) out.matchingAwards = [];
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
  /** The rules this application decides: its matter's, or those its form claims (one station). */
  rules: string[];
  entitlements: Entitlement[];
  /** Rules the engine could not decide (facts missing), those only capped (最高 … 待评定), and those not met. */
  undetermined: Entitlement[];
  upTo: Entitlement[];
  notEligible: Entitlement[];
  computedFen: number;
  /** Salary subsidy: what the rules give for each expert alone, in the order listed. */
  experts?: ExpertShare[];
}

/** What one decision decides: a rule, or one row of a rule that applies per row (`rule:list<index>`). */
export const ruleKey = (e: Pick<Entitlement, 'rule' | 'entity'>): string => (e.entity ? `${e.rule}:${e.entity.list}${e.entity.index}` : e.rule);

const totalOf = (e: Entitlement) => e.totalFen ?? e.amountFen ?? 0;

/** What the rules give for this application, from recognised registry facts and its own form, as of the application date. */
export async function compute(db: Db | Trx, app: AppRow, today: string): Promise<Computation> {
  const matter = matterByCode(app.matter)!;
  // The application date; for a draft not yet submitted, today (what it would get if submitted now).
  const asOf = app.submitted_on ?? today;
  const rules = matterRules(matter, app.data);
  let profile: Record<string, unknown>;
  let experts: ExpertShare[] | undefined;
  if (app.applicant_kind === 'person') {
    const person = await db.selectFrom('persons').selectAll().where('id', '=', app.person_id!).executeTakeFirstOrThrow();
    profile = withApplicationFacts(await personProfile(db, person, asOf), matter.code, app.data);
  } else {
    const emp = await db.selectFrom('employers').selectAll().where('id', '=', app.employer_id!).executeTakeFirstOrThrow();
    const data = app.data as { year?: number; experts?: Array<{ personId: number; salaryFen: number; qualified: boolean }> };
    const year = data.year ?? Number(asOf.slice(0, 4));
    const claims: ExpertClaim[] = [];
    for (const x of data.experts ?? []) {
      const person = await db.selectFrom('persons').select(['name']).where('id', '=', x.personId).executeTakeFirst();
      const name = `${person?.name ?? '专家'}（${x.personId}）`;
      // Years subsidised: the other claimed years already granted for this expert (by registry id), from the ledger.
      claims.push({ personId: x.personId, name, salaryFen: x.salaryFen, qualified: x.qualified, yearsSubsidized: await expertYearsSubsidized(db, x.personId, year) });
    }
    profile = employerProfile(emp, { ...app.data, experts: claims });
    if (matter.code === 'salary_subsidy') {
      // Each expert alone, through the same rule: how the enterprise's amount is attributed in the ledger.
      experts = claims.map((x) => {
        const alone = calculateRequest({ profile: employerProfile(emp, { experts: [x] }), date: asOf });
        const e = alone.entitlements.find((y) => y.rule === 'art16.salary_subsidy' && y.status === 'granted');
        return { personId: x.personId, name: x.name, amountFen: e ? totalOf(e) : 0 };
      });
    }
  }
  const result = calculateRequest({ profile, date: asOf, whyNot: true });
  const mine = (e: Entitlement) => rules.includes(e.rule);
  const entitlements = result.entitlements.filter((e) => mine(e) && e.status === 'granted');
  return {
    asOf,
    profile,
    factsHash: factsHash(profile),
    policies: result.policies.map((x) => ({ id: x.id, version: x.version })),
    rules,
    entitlements,
    undetermined: result.undetermined.filter(mine),
    upTo: result.entitlements.filter((e) => mine(e) && e.status !== 'granted'),
    notEligible: (result.notEligible ?? []).filter(mine),
    computedFen: entitlements.reduce((s, e) => s + totalOf(e), 0),
    ...(experts ? { experts } : {}),
  };
}

export async function preview(p: Platform, c: Caller, id: number): Promise<Computation> {
  const app = await loadApp(p.db, c, id);
  if (employerPartOnly(c, app)) throw notFound('该申报件的核定依据（或无权查看）');
  return compute(p.db, app, today(p));
}

/** What a decision decides (of the keys in scope): the determined rules, those still open, and the amounts. */
interface Plan {
  decide: Entitlement[];
  open: Entitlement[];
  /** Keys in scope the rules no longer list at all (decided as not applicable). */
  gone: string[];
  computedFen: number;
  ceilingFen: number;
}

function planOf(comp: Computation, scope?: ReadonlySet<string>): Plan {
  const inScope = (e: Entitlement) => !scope || scope.has(ruleKey(e));
  const decide = [...comp.entitlements, ...comp.upTo, ...comp.notEligible].filter(inScope);
  const open = comp.undetermined.filter(inScope);
  const listed = new Set([...decide, ...open].map(ruleKey));
  const computedFen = decide.filter((e) => e.status === 'granted').reduce((s, e) => s + totalOf(e), 0);
  const ceilingFen = computedFen + decide.filter((e) => e.status === 'up_to').reduce((s, e) => s + totalOf(e), 0);
  return { decide, open, gone: scope ? [...scope].filter((k) => !listed.has(k)) : [], computedFen, ceilingFen };
}

const HOME_WORDS: Record<string, string> = {
  person: '人才档案（基本信息）',
  employment: '人才档案（工作经历：当日岗位）',
  housing: '人才档案（住房情况）',
  personFacts: '人才档案（人才事实）',
  recognition: '人才层次认定',
  employer: '单位档案',
  employerFacts: '单位档案（单位事实）',
  ledger: '兑付台账',
  application: '本申报件的申报表单',
};

/** A missing fact in words, with where it is recorded. */
function missingFact(f: string): OpenRule['missing'][number] {
  if (f.startsWith('param:')) return { fact: f, label: `待公布的政策参数 ${f.slice(6).replace('@', '（') }${f.includes('@') ? '）' : ''}` };
  const obtained = /^(.*)\[([^\]]+)\]\.obtained$/.exec(f);
  if (obtained) return { fact: f, label: `${qualificationName(obtained[2]!)}的取得日期`, where: HOME_WORDS.recognition, home: 'recognition' };
  const h = homeOf(f);
  return { fact: f, label: factLabel(f), ...(h ? { where: HOME_WORDS[h.kind], home: h.kind } : {}) };
}

const qualificationName = (code: string) => qualifications().find((q) => q.code === code)?.name ?? code;

const decidedRule = (e: Entitlement): DecisionRule => ({
  key: ruleKey(e),
  rule: e.rule,
  name: e.name,
  status: e.status === 'granted' || e.status === 'up_to' ? e.status : 'not_eligible',
  computedFen: e.status === 'granted' || e.status === 'up_to' ? totalOf(e) : 0,
  ...(e.reason ? { reason: e.reason } : {}),
});
const openRule = (e: Entitlement): OpenRule => ({ key: ruleKey(e), rule: e.rule, name: e.name, missing: [...new Set(e.missing ?? [])].map(missingFact) });
const missingWords = (open: Entitlement[]) => [...new Set(open.flatMap((e) => (e.missing ?? []).map((f) => missingFact(f).label)))].join('、');

/**
 * Approves after every department agreed, rule by rule: each rule (or row) the facts decide is
 * decided — granted, capped (最高 …, evaluated by the clerk), or not met — and paid on its own;
 * a rule whose facts are missing stays open, listed with what it needs, and never holds up the
 * others nor is paid as zero (see `decideOpenRules`). Refused (422) only when nothing can be
 * decided yet. The amount is what the rules give; a different amount (never above the rules'
 * ceiling) needs a reason and a second approver, so the decision waits for `confirmAdjustment`.
 */
export async function approve(p: Platform, c: Caller, id: number, input: { amountFen?: unknown; reason?: unknown } = {}): Promise<{ application: AppRow; grants: PostedGrant[]; pendingSecondApproval: boolean }> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    if (app.state !== 'reviewing') throw conflict(`申报件当前状态为「${STATE_LABELS[app.state as AppState]}」，不能核准`);
    const reviews = await trx.selectFrom('reviews').selectAll().where('application_id', '=', id).execute();
    const open = reviews.filter((r) => r.decision !== 'approve');
    if (open.length) throw conflict(`联审尚未全部同意：${open.map((r) => `${r.department}${r.decision === 'reject' ? '（不同意）' : '（未审核）'}`).join('、')}`);
    if (await pendingDecision(trx, id)) throw conflict('该申报件已有待复核的核定结果，请由第二人复核');
    const comp = await compute(trx, app, today(p));
    const plan = planOf(comp);
    if (comp.rules.length && plan.decide.length === 0 && plan.open.length) throw new PlatformError(422, `规则还缺少事实，不能核定：${missingWords(plan.open)}（请先补充人才库信息或层次认定）`);
    return decide(trx, p, c, app, comp, plan, 1, input);
  });
}

/**
 * Decides the rules an earlier decision left open, once their facts are recorded — in the registry
 * or a recognition, or (facts whose home is this application's form) given here as `data`, which
 * only fills what the form left out (never changes what it holds), checked like the form itself
 * and recorded in the events. A decision of its own, with its own receipt and the same amount
 * rules (a different amount needs a reason and a second approver); grants are posted for what it
 * decides; rules still undetermined stay open. 422 while none of them can be decided.
 */
export async function decideOpenRules(p: Platform, c: Caller, id: number, input: { amountFen?: unknown; reason?: unknown; data?: unknown } = {}): Promise<{ application: AppRow; grants: PostedGrant[]; pendingSecondApproval: boolean }> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    let app = await loadApp(trx, c, id);
    if (!DECIDED_STATES.includes(app.state) || !app.open_rules.length) throw conflict('该申报件没有待定的规则');
    if (await pendingDecision(trx, id)) throw conflict('该申报件已有待复核的核定结果，请由第二人复核');
    if (input.data !== undefined) app = await completeForm(trx, p, c, app, input.data);
    const comp = await compute(trx, app, today(p));
    const plan = planOf(comp, new Set(app.open_rules));
    if (plan.decide.length === 0 && plan.gone.length === 0) throw new PlatformError(422, `待定的规则仍缺少事实：${missingWords(plan.open)}`);
    return decide(trx, p, c, app, comp, plan, (await lastSeq(trx, id)) + 1, input);
  });
}

/** Fills facts the application's form left out (补录), checked as at creation; what the form holds is not changed. */
async function completeForm(trx: Trx, p: Platform, c: Caller, app: AppRow, data: unknown): Promise<AppRow> {
  const matter = matterByCode(app.matter)!;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw fieldError('data', '补录的申报事实应为对象');
  if (matter.code === 'salary_subsidy' || !applicationFacts(matter.code).length) throw fieldError('data', `「${matter.name}」的申报表单没有可补录的事实`);
  const errors: FieldError[] = [];
  const filled: string[] = [];
  const merge = (into: Record<string, unknown>, add: Record<string, unknown>, path: string): Record<string, unknown> => {
    const out = { ...into };
    for (const [k, v] of Object.entries(add)) {
      const here = into[k];
      if (typeof v === 'object' && v !== null && !Array.isArray(v) && (here === undefined || (typeof here === 'object' && here !== null && !Array.isArray(here)))) out[k] = merge((here ?? {}) as Record<string, unknown>, v as Record<string, unknown>, `${path}${k}.`);
      else if (here !== undefined && here !== null) errors.push({ path: `data.${path}${k}`, message: '申报表单中已有该事实，不能修改（只能补录缺少的事实）' });
      else {
        out[k] = v;
        filled.push(`${path}${k}`);
      }
    }
    return out;
  };
  const merged = merge(app.data, data as Record<string, unknown>, '');
  if (errors.length) throw badInput(errors);
  const checked = await readMatterData(p, matter, merged, app.employer_id);
  const row = await trx.updateTable('applications').set({ data: JSON.stringify(checked), version: app.version + 1, updated_at: new Date() }).where('id', '=', app.id).where('version', '=', app.version).returningAll().executeTakeFirst();
  if (!row) throw conflict('申报件已被他人处理，请刷新后再操作');
  const reason = `补录申报事实：${filled.join('、')}`;
  await trx.insertInto('application_events').values({ application_id: app.id, action: 'complete_data', from_state: app.state, to_state: app.state, actor_id: c.userId, reason }).execute();
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.complete_data', entity: 'application', entityId: app.id, region: app.region, detail: { filled } });
  return row;
}

/** Closes the open rules without paying them (the facts will not be supplied), with a reason: a decision of its own. */
export async function closeOpenRules(p: Platform, c: Caller, id: number, reason: unknown): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    if (typeof reason !== 'string' || reason.trim().length < 4) throw fieldError('reason', '结束待定的规则须写明理由（至少 4 个字），如“申请人未能提供获奖日期证明”');
    if (!DECIDED_STATES.includes(app.state) || !app.open_rules.length) throw conflict('该申报件没有待定的规则');
    if (await pendingDecision(trx, id)) throw conflict('该申报件已有待复核的核定结果，请由第二人复核');
    const comp = await compute(trx, app, today(p));
    const names = new Map([...comp.undetermined, ...comp.entitlements, ...comp.upTo, ...comp.notEligible].map((e) => [ruleKey(e), e.name]));
    const rules: DecisionRule[] = app.open_rules.map((key) => ({ key, rule: key.split(':')[0]!, name: names.get(key) ?? key, status: 'closed', computedFen: 0, reason: reason.trim() }));
    const seq = (await lastSeq(trx, id)) + 1;
    await insertDecision(trx, id, seq, () => trx
      .insertInto('decisions')
      .values({ application_id: id, seq, rules: JSON.stringify(rules), open: '[]', as_of: comp.asOf, policies: JSON.stringify(comp.policies), facts_hash: comp.factsHash, facts: JSON.stringify(comp.profile), entitlements: '[]', computed_fen: 0, approved_fen: 0, adjustment_reason: reason.trim(), decided_by: c.userId })
      .execute());
    const row = await step(trx, c, app, 'close_open', `结束待定的规则（不予核定）：${rules.map((r) => r.name).join('、')}。理由：${reason.trim()}`, { open_rules: '[]' });
    return row;
  });
}

/** Writes decision `seq`; another clerk's decision of the same application just committed makes it a 409, not an error. */
async function insertDecision(trx: Trx, id: number, seq: number, write: () => Promise<unknown>): Promise<void> {
  await trx.selectFrom('applications').select('id').where('id', '=', id).forUpdate().execute();
  if ((await lastSeq(trx, id)) >= seq) throw conflict('申报件已被他人处理，请刷新后再操作');
  try {
    await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('申报件已被他人处理，请刷新后再操作');
    throw e;
  }
}

/** States in which an application has been decided (a first decision taken). */
const DECIDED_STATES: readonly string[] = ['approved', 'scheduled', 'paid'];

const pendingDecision = (trx: Trx, id: number) => trx.selectFrom('decisions').selectAll().where('application_id', '=', id).where('pending', '=', true).orderBy('seq', 'desc').executeTakeFirst();
const lastSeq = async (trx: Trx, id: number) => Number((await trx.selectFrom('decisions').select((eb) => eb.fn.max('seq').as('n')).where('application_id', '=', id).executeTakeFirst())?.n ?? 0);

/** Records decision `seq` for the plan; an adjusted amount waits for a second approver, otherwise it takes effect. */
async function decide(trx: Trx, p: Platform, c: Caller, app: AppRow, comp: Computation, plan: Plan, seq: number, input: { amountFen?: unknown; reason?: unknown }) {
  let approvedFen = plan.computedFen;
  let adjusted = false;
  if (input.amountFen !== undefined) {
    if (!Number.isSafeInteger(input.amountFen) || (input.amountFen as number) < 0) throw fieldError('amountFen', '核定金额应为非负整数（分）');
    if ((input.amountFen as number) > plan.ceilingFen) throw fieldError('amountFen', `核定金额不能超过规则给出的 ${formatYuan(plan.ceilingFen)}`);
    if (input.amountFen !== plan.computedFen) {
      if (typeof input.reason !== 'string' || input.reason.trim().length < 4) throw fieldError('reason', '调整金额须写明理由（将由第二人复核）');
      adjusted = true;
      approvedFen = input.amountFen as number;
    }
  }
  const rules = [...plan.decide.map(decidedRule), ...plan.gone.map((key): DecisionRule => ({ key, rule: key.split(':')[0]!, name: key, status: 'not_eligible', computedFen: 0, reason: '按现有事实不再适用' }))];
  await insertDecision(trx, app.id, seq, () => trx
    .insertInto('decisions')
    .values({
      application_id: app.id,
      seq,
      pending: adjusted,
      rules: JSON.stringify(rules),
      open: JSON.stringify(plan.open.map(openRule)),
      as_of: comp.asOf,
      policies: JSON.stringify(comp.policies),
      facts_hash: comp.factsHash,
      facts: JSON.stringify(comp.profile),
      entitlements: JSON.stringify(plan.decide.filter((e) => e.status !== 'not_eligible')),
      computed_fen: plan.computedFen,
      approved_fen: approvedFen,
      adjustment_reason: adjusted ? (input.reason as string) : null,
      decided_by: c.userId,
    })
    .execute());
  if (adjusted) {
    await trx.insertInto('application_events').values({ application_id: app.id, action: 'adjust', from_state: app.state, to_state: app.state, actor_id: c.userId, reason: `调整核定金额为 ${formatYuan(approvedFen)}：${String(input.reason)}（待第二人复核）` }).execute();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.adjust', entity: 'application', entityId: app.id, region: app.region, detail: { seq, computedFen: plan.computedFen, approvedFen } });
    return { application: app, grants: [] as PostedGrant[], pendingSecondApproval: true };
  }
  return { ...(await finishDecision(trx, p, c, app, comp, plan, seq, approvedFen)), pendingSecondApproval: false };
}

/** The keys a stored decision had in scope (for re-planning it on confirmation); the first decision: all. */
const scopeOf = (d: Selectable<DB['decisions']>): Set<string> | undefined => (d.seq === 1 ? undefined : new Set([...d.rules.map((r) => r.key), ...d.open.map((r) => r.key)]));

/**
 * The second approver confirms a clerk's adjusted amount. When the registry facts changed since
 * the adjustment, the amount was decided on facts that no longer hold: the pending decision is
 * discarded (recorded in the events and the audit log, the deciding clerk told) and the answer is
 * a 409 asking for a new decision — the clerk decides again on the recomputed amount.
 */
export async function confirmAdjustment(p: Platform, c: Caller, id: number): Promise<{ application: AppRow; grants: PostedGrant[] }> {
  if (!(c.role === 'clerk' || c.role === 'leader')) throw forbidden('只有经办人员或领导可以复核');
  const outcome = await p.db.transaction().execute(async (trx) => {
    const app = await loadApp(trx, c, id);
    const d = await pendingDecision(trx, id);
    if (!d || (d.seq === 1 ? app.state !== 'reviewing' : !DECIDED_STATES.includes(app.state))) throw conflict('没有待复核的调整');
    if (d.decided_by === c.userId) throw forbidden('调整金额须由另一人复核');
    const comp = await compute(trx, app, today(p));
    if (comp.factsHash !== d.facts_hash) {
      await discardStaleDecision(trx, c, app, d, comp);
      return { discarded: true as const, nowFen: planOf(comp, scopeOf(d)).computedFen };
    }
    await trx.updateTable('decisions').set({ second_approver: c.userId, pending: false }).where('application_id', '=', id).where('seq', '=', d.seq).execute();
    return { discarded: false as const, result: await finishDecision(trx, p, c, app, comp, planOf(comp, scopeOf(d)), d.seq, d.approved_fen) };
  });
  if (outcome.discarded) throw conflict(`核定后人才库事实已变化：原调整金额已作废（按现有事实计算为 ${formatYuan(outcome.nowFen)}），已通知经办人员重新核定`);
  return outcome.result;
}

/** Drops a pending adjusted decision made on facts that changed since; the case is back with the clerk. */
async function discardStaleDecision(trx: Trx, c: Caller, app: AppRow, d: Selectable<DB['decisions']>, comp: Computation): Promise<void> {
  const bumped = await trx.updateTable('applications').set({ version: app.version + 1, updated_at: new Date() }).where('id', '=', app.id).where('version', '=', app.version).returning('id').executeTakeFirst();
  if (!bumped) throw conflict('申报件已被他人处理，请刷新后再操作');
  await trx.deleteFrom('decisions').where('application_id', '=', app.id).where('seq', '=', d.seq).execute();
  const nowFen = planOf(comp, scopeOf(d)).computedFen;
  const reason = `核定后人才库事实已变化，原调整金额 ${formatYuan(d.approved_fen)}（规则原计算 ${formatYuan(d.computed_fen)}）作废；按现有事实计算为 ${formatYuan(nowFen)}，待经办人员重新核定`;
  await trx.insertInto('application_events').values({ application_id: app.id, action: 'adjust.discard', from_state: app.state, to_state: app.state, actor_id: c.userId, reason }).execute();
  await appendAudit(trx, {
    actorId: c.userId,
    actorRole: c.role,
    action: 'application.adjust_discard',
    entity: 'application',
    entityId: app.id,
    region: app.region,
    detail: { seq: d.seq, decidedBy: d.decided_by, computedFen: d.computed_fen, approvedFen: d.approved_fen, adjustmentReason: d.adjustment_reason, factsHashThen: d.facts_hash, factsHashNow: comp.factsHash, nowFen },
  });
  if (d.decided_by !== null) await trx.insertInto('messages').values({ user_id: d.decided_by, application_id: app.id, text: `申报件 #${app.id}：${reason}。` }).execute();
}

/** A step that keeps the state (a later decision, closing open rules): version, event, audit, message. */
async function step(trx: Trx, c: Caller, app: AppRow, action: string, reason: string, patch: Partial<Record<keyof ApplicationsTable, unknown>>): Promise<AppRow> {
  const row = await trx
    .updateTable('applications')
    .set({ ...(patch as object), version: app.version + 1, updated_at: new Date() })
    .where('id', '=', app.id)
    .where('version', '=', app.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw conflict('申报件已被他人处理，请刷新后再操作');
  await trx.insertInto('application_events').values({ application_id: app.id, action, from_state: app.state, to_state: app.state, actor_id: c.userId, reason }).execute();
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: `application.${action}`, entity: 'application', entityId: app.id, region: app.region, detail: { reason } });
  const matter = matterByCode(app.matter);
  await trx.insertInto('messages').values({ person_id: app.person_id, employer_id: app.applicant_kind === 'employer' ? app.employer_id : null, application_id: app.id, text: `您的「${matter?.name ?? app.matter}」申报件 #${app.id}：${reason}` }).execute();
  return row;
}

async function finishDecision(trx: Trx, p: Platform, c: Caller, app: AppRow, comp: Computation, plan: Plan, seq: number, approvedFen: number): Promise<{ application: AppRow; grants: PostedGrant[] }> {
  const matter = matterByCode(app.matter)!;
  const openKeys = JSON.stringify(plan.open.map(ruleKey));
  const stillOpen = plan.open.length ? `；待定 ${plan.open.length} 项：${plan.open.map((e) => e.name).join('、')}（缺少：${missingWords(plan.open)}）` : '';
  let row: AppRow;
  if (seq === 1) {
    const reason = approvedFen ? `核定金额 ${formatYuan(approvedFen)}${stillOpen}` : stillOpen ? `逐条核定${stillOpen}` : null;
    row = await move(trx, c, app, 'approve', reason, { amount_fen: 0, open_rules: openKeys });
  } else {
    row = await step(trx, c, app, 'decide', `补充核定（第 ${seq} 次决定）：${plan.decide.map((e) => e.name).join('、') || '（无）'}，核定金额 ${formatYuan(approvedFen)}${stillOpen}`, { open_rules: openKeys });
  }
  if (matter.code === 'tier_recognition') {
    const data = app.data as { qualifications?: Array<{ code: string; obtained?: string }>; tierArt19?: number; tierArt20?: number; validUntil?: string; facts?: Record<string, unknown> };
    await trx
      .insertInto('recognitions')
      .values({ person_id: app.person_id!, application_id: app.id, qualifications: JSON.stringify(data.qualifications ?? []), tier_art19: data.tierArt19 ?? null, tier_art20: data.tierArt20 ?? null, facts: JSON.stringify(data.facts ?? {}), basis: `认定申报件 #${app.id}`, valid_from: app.submitted_on ?? today(p), valid_to: data.validUntil ?? null, recognised_by: c.userId })
      .execute();
    return { application: row, grants: [] };
  }
  const paying = plan.decide.filter((e) => e.status === 'granted' || e.status === 'up_to');
  if (!comp.rules.length || approvedFen === 0 || !paying.length) return { application: row, grants: [] };
  const person = app.person_id ? await trx.selectFrom('persons').select(['housing']).where('id', '=', app.person_id).executeTakeFirst() : undefined;
  const claimedYear = typeof app.data.year === 'number' ? app.data.year : undefined;
  const grants = await postGrants(trx, { applicationId: app.id, personId: app.person_id, employerId: app.employer_id, region: app.region, actor: c, purchasePriceFen: person?.housing.purchase?.priceFen, claimedYear, experts: comp.experts }, paying, approvedFen);
  const booked = grants.reduce((s, g) => s + g.amountFen, 0);
  if (booked === 0) return { application: row, grants };
  // The application's amount is what the ledger booked for it (caps across applications applied).
  const amount = (row.amount_fen ?? 0) + booked;
  const text = `已列入兑付计划：${grants.filter((g) => g.amountFen > 0).length} 笔，合计 ${formatYuan(booked)}`;
  if (row.state === 'approved' || row.state === 'paid') row = await move(trx, c, row, 'schedule', text, { amount_fen: amount });
  else row = (await trx.updateTable('applications').set({ amount_fen: amount }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow());
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
  const decisions = await p.db.selectFrom('decisions').leftJoin('users', 'users.id', 'decisions.decided_by').selectAll('decisions').select(['users.display_name as decided_by_name']).where('application_id', '=', id).orderBy('seq').execute();
  const decision = decisions[decisions.length - 1];
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
      decisions: [],
      openRules: [],
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
    // The latest decision (as before: one per application unless rules were left open), every decision
    // rule by rule, and the rules still open with what they need.
    decision: decision ? decisionView(decision) : null,
    decisions: decisions.map(decisionView),
    openRules: decision ? decision.open.filter((r) => app.open_rules.includes(r.key)) : [],
    related: await related(p, c, app, matter),
    // 人才层次认定 pays nothing: what was recognised (qualifications, tiers, validity, basis) instead.
    recognition: matter.code === 'tier_recognition' ? await recognitionResult(p.db, app.id) : null,
  };
}

function decisionView(d: Selectable<DB['decisions']> & { decided_by_name?: string | null }) {
  return {
    seq: d.seq,
    asOf: d.as_of,
    policies: d.policies,
    factsHash: d.facts_hash,
    computedFen: d.computed_fen,
    approvedFen: d.approved_fen,
    adjustmentReason: d.adjustment_reason,
    decidedBy: d.decided_by,
    decidedByName: d.decided_by_name ?? null,
    pending: d.pending,
    secondApproved: d.second_approver !== null,
    rules: d.rules,
    open: d.open,
    entitlements: d.entitlements,
    decidedAt: d.created_at.toISOString(),
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
  const apps = await applicationsInScope(p.db, c).where('applications.id', 'in', (eb) => eb.selectFrom('decisions').select('decisions.application_id')).selectAll('applications').orderBy('applications.id').execute();
  const out = [];
  for (const a of apps) {
    if (!matterByCode(a.matter)?.rules.length) continue;
    const decided = await p.db.selectFrom('decisions').selectAll().where('application_id', '=', a.id).where('pending', '=', false).orderBy('seq').execute();
    const last = decided[decided.length - 1];
    if (!last) continue;
    const now = await compute(p.db, a, today(p));
    // The rules these decisions decided (a decision from before rules were recorded one by one decided them all).
    const keys = decided.some((d) => d.rules.length === 0) ? undefined : new Set(decided.flatMap((d) => d.rules.map((r) => r.key)));
    const nowFen = now.entitlements.filter((e) => !keys || keys.has(ruleKey(e))).reduce((s, e) => s + totalOf(e), 0);
    const decidedFen = decided.reduce((s, d) => s + d.computed_fen, 0);
    const stored = new Map(last.policies.map((x) => [x.id, x.version]));
    const policyChanged = now.policies.some((x) => stored.has(x.id) && stored.get(x.id) !== x.version);
    const factsChanged = now.factsHash !== last.facts_hash;
    if (!policyChanged && !factsChanged && nowFen === decidedFen) continue;
    out.push({ applicationId: a.id, matter: a.matter, matterName: matterByCode(a.matter)?.name ?? a.matter, region: a.region, decidedFen, nowFen, differenceFen: nowFen - decidedFen, policyChanged, factsChanged });
  }
  return out;
}
