// One-stop applications (最多跑一次): draft → submitted → accepted into joint review (or returned
// once, with the full list of missing materials) → each department decides → approved / rejected →
// payment scheduled → paid. This module files them (one open application per applicant, matter and
// period), takes their evidence, submits, withdraws and returns them, and lists the queue; joint
// review (review/) and decisions (decisions/) move them through the functions of workflow.ts.
// Deadlines are counted in working days and the clock stops while the applicant supplies materials
// (补正). Every move checks the row's version inside a transaction (a stale or repeated step is a
// 409), is recorded with who, when and why, audited, and tells the applicant in an in-app message.

import { formatDay, parseDay, yuanToFen } from '@rencai/engine';
import { STATE_LABELS, isState, type AppState } from '@rencai/domain';
import { qualificationIndex, regionName } from '@rencai/policies';
import { appendAudit, checkEvidence, sql, type Db, type Transaction, type DB } from '@rencai/store';
import { type Platform, isStaff, visibleRegions, type Caller, badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, PlatformError, type FieldError, pageArgs, type Page } from '../shared/index.js';
import { matterByCode, matterOffered, matterView, MATTERS, notOfferedMessage, type Matter } from '../matters/index.js';
import { applicantNames, employerRow, employersNamed, personRow, personsMatching, staffOf, workRegion } from '../registry/index.js';
import { readProjectClaim } from '../projects/index.js';
import { readCatalogueFacts, unknownQualification, applicationFacts, recognitionFacts } from '../facts/index.js';
import { duplicateMessage, PERIOD_HOLDING_STATES, periodKey } from './periods.js';
import { applicationClock, applicationDueOn, applicationWorkflow, moveApplication, recordApplicationEvent, type AppRow } from './workflow.js';
import { clockStates } from '../workflow/index.js';
import { requireInKindEligibility } from './in-kind.js';

type Trx = Transaction<DB>;

/**
 * The applications a caller may see. A talent: their own. An employer's HR: the organisation's own,
 * and the personal applications of the people it employs now (by the registry's current employer,
 * not the one copied at creation — someone who has left is no longer HR's business; and of those
 * only the parts an employer needs, see `employerPartOnly`). A reviewing department: what was
 * routed to it (a joint-review opinion of its department is asked for, from acceptance onwards),
 * within its regions. Clerks, leaders (read-only) and administrators: their regions.
 */
export function applicationsInScope(p: Platform, c: Caller, db: Db | Trx = p.db) {
  const q = db.selectFrom('applications');
  if (c.role === 'talent') return q.where('applications.person_id', '=', c.personId ?? -1);
  if (c.role === 'employer') {
    const employerId = c.employerId ?? -1;
    return q.where((eb) =>
      eb.or([
        eb.and([eb('applications.applicant_kind', '=', 'employer'), eb('applications.employer_id', '=', employerId)]),
        eb.and([eb('applications.applicant_kind', '=', 'person'), eb('applications.person_id', 'in', p.scope.employeesOf(db, employerId))]),
      ]),
    );
  }
  const regions = visibleRegions(c);
  const inRegions = q.where('applications.region', 'in', regions.length ? regions : ['-']);
  if (c.role !== 'reviewer') return inRegions;
  return inRegions.where('applications.id', 'in', p.scope.routedTo(db, c.department ?? '-'));
}

/** An employer's HR looking at a staff member's personal application: the state, not the evidence, facts or computation. */
export const employerPartOnly = (c: Caller, app: AppRow): boolean => c.role === 'employer' && app.applicant_kind === 'person';

/** The application, if the caller may see it; otherwise 404, exactly as for one that does not exist. */
export async function loadApplication(p: Platform, c: Caller, id: number, db: Db | Trx = p.db): Promise<AppRow> {
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound('该申报件');
  const row = await applicationsInScope(p, c, db).selectAll('applications').where('applications.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('该申报件（或无权查看）');
  return row;
}

const today = (p: Platform) => formatDay(p.today());

export function isApplicant(c: Caller, app: Pick<AppRow, 'person_id' | 'employer_id' | 'applicant_kind'>): boolean {
  return (c.role === 'talent' && app.person_id === c.personId) || (c.role === 'employer' && app.employer_id === c.employerId && app.applicant_kind === 'employer');
}

/** Deciding applications is the talent office's (clerks'); administrators administer, they do not decide. */
export const requireClerk = (c: Caller) => {
  if (c.role !== 'clerk') throw forbidden('只有人才办经办人员可以办理');
};

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
    const person = await personRow(p.db, personId ?? -1);
    if (!person || (isStaff(c) && !visibleRegions(c).includes(person.region))) throw fieldError('personId', '人员不存在或不在您的管辖范围');
    region = person.region;
    employerId = person.employer_id;
    // Offered only where the matter's package applies: where the person works, as the rules see it.
    const works = workRegion(person, today(p));
    if (!matterOffered(matter, works)) throw fieldError('matter', notOfferedMessage(matter, works));
    await requireInKindEligibility(p.db, matter, person, today(p));
  } else {
    if (c.role === 'employer') employerId = c.employerId;
    else if (c.role === 'clerk' || c.role === 'admin') {
      if (!Number.isSafeInteger(input.employerId) || (input.employerId as number) <= 0) throw fieldError('employerId', '请指定申报单位（单位编号）');
      employerId = input.employerId as number;
    }
    else throw forbidden(`「${matter.name}」由用人单位申报`);
    const emp = await employerRow(p.db, employerId ?? -1);
    if (!emp || (isStaff(c) && !visibleRegions(c).includes(emp.region))) throw fieldError('employerId', '单位不存在或不在您的管辖范围');
    region = emp.region;
    if (!matterOffered(matter, region)) throw fieldError('matter', notOfferedMessage(matter, region));
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
      await recordApplicationEvent(trx, row.id, 'create', null, 'draft', c.userId, null);
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

/** Matter-specific form fields, validated; money in yuan becomes fen (also when a decision fills in what the form left out). */
export async function readMatterData(p: Platform, matter: Matter, d: Record<string, unknown>, employerId: number | null): Promise<Record<string, unknown>> {
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
        const person = Number.isSafeInteger(o.personId) ? await personRow(p.db, o.personId as number) : undefined;
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
  } else if (matter.code === 'child_schooling') {
    // Filed by the in-kind services module with the number of the request that holds the child's data.
    if (!Number.isSafeInteger(d.schoolRequest) || (d.schoolRequest as number) <= 0) errors.push({ path: 'data.schoolRequest', message: '子女就学请在“我的服务”中填写子女信息后提出' });
    else out.schoolRequest = d.schoolRequest;
  } else if (matter.code === 'shuangling_project' && d.projectId !== undefined) {
    // A project of the registry (module projects): the staged claim of that record.
    errors.push(...(await readProjectClaim(p.db, employerId, d, out)));
  } else if (matter.subject) {
    errors.push(...(await readSubject(p, matter, d, employerId, out)));
  } else {
    for (const [k, v] of Object.entries(d)) out[k] = v;
  }
  if (errors.length) throw badInput(errors);
  return out;
}

const SUBJECT_FIELD = { employee: 'personId', project: 'project', streamer: 'streamer' } as const;

/**
 * The form of a matter claimed for one subject: the employee (in the registry, now working for the
 * applying employer), or one of the employer's recorded projects or streamers (by name), and for a
 * matter of several claims, which one. Writes the validated fields into `out`.
 */
async function readSubject(p: Platform, matter: Matter, d: Record<string, unknown>, employerId: number | null, out: Record<string, unknown>): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const field = SUBJECT_FIELD[matter.subject!];
  const allowed = new Set<string>([field, ...(matter.claims ? ['claim'] : [])]);
  for (const k of Object.keys(d)) if (!allowed.has(k)) errors.push({ path: `data.${k}`, message: `未知字段（应为 ${[...allowed].join('、')}）` });
  const v = d[field];
  if (matter.subject === 'employee') {
    const person = Number.isSafeInteger(v) && (v as number) > 0 ? await personRow(p.db, v as number) : undefined;
    if (!person || person.employer_id !== employerId) errors.push({ path: 'data.personId', message: '请选择入选人才：须为人才库中本单位的在职人员' });
    else out.personId = person.id;
  } else {
    const emp = employerId ? await employerRow(p.db, employerId) : undefined;
    const recorded = ((matter.subject === 'project' ? emp?.facts?.projects : emp?.facts?.streamers) ?? []) as Array<{ name?: string }>;
    const names = recorded.map((x) => x.name).filter((x): x is string => typeof x === 'string');
    const what = matter.subject === 'project' ? '人才创业项目' : '主播';
    if (typeof v !== 'string' || !v.trim()) errors.push({ path: `data.${field}`, message: `请选择申报的${what}${names.length ? `：${names.join('、')}` : '（单位档案中尚未登记，请先由人才办登记）'}` });
    else if (!names.includes(v.trim())) errors.push({ path: `data.${field}`, message: `单位档案中没有名为「${v.trim().slice(0, 50)}」的${what}${names.length ? `，已登记：${names.join('、')}` : '（尚未登记，请先由人才办登记）'}` });
    else out[field] = v.trim();
  }
  if (matter.claims) {
    const claim = matter.claims.find((x) => x.code === d.claim);
    if (!claim) errors.push({ path: 'data.claim', message: `请选择申报的资助：${matter.claims.map((x) => x.name).join('、')}` });
    else out.claim = claim.code;
  }
  return errors;
}

export async function attachFile(p: Platform, c: Caller, id: number, material: unknown, name: unknown, content: Buffer): Promise<{ sha256: string; mime: string; size: number }> {
  const app = await loadApplication(p, c, id);
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
  const app = await loadApplication(p, c, id);
  if (employerPartOnly(c, app)) throw notFound('该材料');
  const f = await p.db.selectFrom('application_files').innerJoin('files', 'files.sha256', 'application_files.sha256').select(['files.mime']).where('application_files.application_id', '=', id).where('application_files.sha256', '=', sha).executeTakeFirst();
  if (!f) throw notFound('该材料');
  return { mime: f.mime, content: p.files.get(sha) };
}

/** Each material the application's matter asks for: held by the registry already, or uploaded (with the files), or still missing. */
export async function materialsStatus(db: Db | Trx, app: AppRow) {
  const matter = matterByCode(app.matter)!;
  const person = app.person_id ? await personRow(db, app.person_id) : undefined;
  const files = await db.selectFrom('application_files').select(['material', 'name', 'sha256', 'uploaded_at']).where('application_id', '=', app.id).execute();
  return matter.materials.map((m) => {
    const held = m.heldBy ? m.heldBy(person) : false;
    const uploaded = files.filter((f) => f.material === m.code);
    return { code: m.code, name: m.name, held, heldNote: held ? m.heldNote : undefined, files: uploaded.map((f) => ({ name: f.name, sha256: f.sha256, uploadedAt: f.uploaded_at.toISOString() })), provided: held || uploaded.length > 0 };
  });
}

export async function submit(p: Platform, c: Caller, id: number, expectedVersion?: number): Promise<AppRow> {
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
    if (!isApplicant(c, app) && !(c.role === 'clerk' || c.role === 'admin')) throw forbidden('只有申报人可以提交');
    if (expectedVersion !== undefined && app.version !== expectedVersion) throw conflict('申报件已变化，请刷新后再提交');
    const missing = (await materialsStatus(trx, app)).filter((m) => !m.provided);
    if (missing.length) throw badInput(missing.map((m) => ({ path: `materials.${m.code}`, message: `请上传「${m.name}」` })));
    if (app.state === 'returned') {
      // The clock stopped on the day the application was returned; the working days since are added back.
      const paused = app.paused_workdays + p.calendar.workdaysBetween(parseDay(app.returned_on!), p.today());
      return moveApplication(trx, c, app, 'resubmit', '已补正材料', { paused_workdays: paused, due_on: applicationDueOn(p, app, app.submitted_on!, paused), missing: null });
    }
    const submittedOn = today(p);
    return moveApplication(trx, c, app, 'submit', null, { submitted_on: submittedOn, due_on: applicationDueOn(p, app, submittedOn, 0) });
  });
}

export async function withdraw(p: Platform, c: Caller, id: number, reason?: string): Promise<AppRow> {
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
    if (!isApplicant(c, app)) throw forbidden('只有申报人可以撤回');
    return moveApplication(trx, c, app, 'withdraw', reason ?? null);
  });
}

// ---------------------------------------------------------------- clerk

/** Return for missing materials — once, with the complete list (一次性告知). */
export async function returnForMaterials(p: Platform, c: Caller, id: number, missing: unknown, reason: unknown): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
    const matter = matterByCode(app.matter)!;
    if (!Array.isArray(missing) || missing.length === 0) throw fieldError('missing', '请一次性列出全部所缺材料');
    const bad = missing.filter((m) => typeof m !== 'string' || !matter.materials.some((x) => x.code === m));
    if (bad.length) throw fieldError('missing', `未知的材料：${bad.join('、')}；可选：${matter.materials.map((m) => m.code).join('、')}`);
    if (app.return_count >= 1) throw conflict('该申报件已退回补正过一次：按“一次性告知”承诺不能再次退回，请受理或作出决定');
    const names = missing.map((m) => matter.materials.find((x) => x.code === m)!.name);
    return moveApplication(trx, c, app, 'return', `请补正：${names.join('、')}${typeof reason === 'string' && reason ? `（${reason}）` : ''}`, { returned_on: today(p), return_count: app.return_count + 1, missing: JSON.stringify(missing) });
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

/** An application as the queue shows it; `applicantName` is the registry's name of the person or employer who applied. */
export function summarise(p: Platform, r: AppRow, applicantName: string | null): ApplicationSummary {
  const clock = applicationClock(p, r);
  return {
    id: r.id,
    matter: r.matter,
    matterName: matterByCode(r.matter)?.name ?? r.matter,
    applicantKind: r.applicant_kind,
    applicantName,
    personId: r.person_id,
    employerId: r.employer_id,
    region: r.region,
    regionName: regionName(r.region),
    state: r.state,
    stateLabel: STATE_LABELS[r.state as AppState] ?? r.state,
    submittedOn: r.submitted_on,
    dueOn: r.due_on,
    overdue: clock.overdue,
    workdaysLeft: clock.workdaysLeft,
    // A matter that pays nothing (人才层次认定) has no amount, not an amount of 0.
    amountFen: matterByCode(r.matter)?.rules.length === 0 ? null : r.amount_fen,
    version: r.version,
  };
}

export async function listApplications(p: Platform, c: Caller, q: { state?: string; matter?: string; overdue?: boolean; awaitingMyReview?: boolean; q?: unknown; page?: unknown; pageSize?: unknown }): Promise<Page<ApplicationSummary>> {
  const { page, pageSize } = pageArgs(q.page, q.pageSize);
  if (q.state !== undefined && !isState(q.state)) throw fieldError('state', '未知的状态');
  const term = searchTerm(q.q);
  let base = applicationsInScope(p, c);
  if (term) {
    // An exact ID number is found through its keyed hash; otherwise a fragment of the applicant's name.
    const like = `%${term.replace(/[%_\\]/g, '\\$&')}%`;
    base = /^\d{17}[\dXx]$/.test(term)
      ? base.where('applications.person_id', 'in', personsMatching(p.db, { idHash: p.vault.lookupHash(term.toUpperCase()) }))
      : base.where((eb) => eb.or([eb('applications.person_id', 'in', personsMatching(p.db, { like })), eb('applications.employer_id', 'in', employersNamed(p.db, like))]));
  }
  if (q.state) base = base.where('applications.state', '=', q.state);
  if (q.matter) base = base.where('applications.matter', '=', q.matter);
  if (q.overdue) base = base.where('applications.state', 'in', clockStates(applicationWorkflow)).where('applications.due_on', '<', today(p));
  // The joint-review items the caller's department still owes.
  if (q.awaitingMyReview) base = base.where('applications.state', '=', 'reviewing').where('applications.id', 'in', p.scope.awaitingOpinionOf(p.db, c.department ?? '-'));
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
    .selectAll('applications')
    .orderBy((eb) => eb.fn.coalesce('applications.due_on', eb.val('9999-12-31')))
    .orderBy('applications.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const names = await applicantNames(p.db, rows);
  return { items: rows.map((r) => summarise(p, r, names(r))), total, page, pageSize };
}

/** The queue's search box: a name fragment or a full ID number, trimmed; absent or blank → none. */
function searchTerm(q: unknown): string | undefined {
  if (q === undefined || q === null) return undefined;
  if (typeof q !== 'string') throw fieldError('q', '搜索词应为姓名（或其中几个字）或完整的 18 位身份证号');
  const term = q.trim();
  if (term.length > 50) throw fieldError('q', '搜索词不能超过 50 个字');
  return term || undefined;
}

// ---------------------------------------------------------------- the matters offered

/**
 * The matters the signed-in applicant may apply for: a talent, the personal matters whose package
 * applies where they work; an employer's HR, the organisation's matters whose package applies where
 * it is registered, each with the subjects its form can name (its current staff, its recorded
 * projects and streamers). Staff see the whole catalogue.
 */
export async function mattersOffered(p: Platform, c: Caller) {
  if (c.role === 'talent') {
    const person = c.personId ? await personRow(p.db, c.personId) : undefined;
    if (!person) throw notFound('您的人才档案');
    const works = workRegion(person, today(p));
    return MATTERS.filter((m) => m.applicant === 'person' && matterOffered(m, works)).map((m) => ({ ...matterView(m, person), subjects: null }));
  }
  if (c.role === 'employer') {
    const emp = c.employerId ? await employerRow(p.db, c.employerId) : undefined;
    if (!emp) throw notFound('您的单位档案');
    const staff = await staffOf(p.db, emp.id);
    const named = (rows: Array<Record<string, unknown>> | undefined) => (rows ?? []).map((x) => x.name).filter((x): x is string => typeof x === 'string').map((x) => ({ value: x, label: x }));
    const subjects = { employee: staff.map((x) => ({ value: x.id, label: x.name })), project: named(emp.facts?.projects), streamer: named(emp.facts?.streamers) };
    return MATTERS.filter((m) => m.applicant === 'employer' && matterOffered(m, emp.region)).map((m) => ({ ...matterView(m), subjects: m.subject ? subjects[m.subject] : null }));
  }
  return MATTERS.map((m) => ({ ...matterView(m), subjects: null }));
}
