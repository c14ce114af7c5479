// One-to-one help (“一对一”结对帮扶): a clerk assigns a helper who serves the person's community (one
// active helper at a time; a reassignment ends the earlier one, which stays in the history); the
// contact log (day, way, content); outcomes — employed (employer and day), training, 创业担保贷款 or
// closed with a reason — each dated between the file's day and today, and one file read whole with
// its status over time.

import { regionName } from '@rencai/policies';
import { appendAudit, type HelpContactWay, type HelpOutcomeKind } from '@rencai/store';
import { badInput, conflict, fieldError, forbidden, isUniqueViolation, notFound, todayString, PlatformError, type Caller, type FieldError, type Platform, readDay } from '../shared/index.js';
import { displayNames, helpersIn } from '../accounts/index.js';
import { HELP_DEGREES, HELP_GROUPS, HELP_STATUSES, isHelpOffice, loadPerson, managesHelp, personViews, worksCases, type HelpPersonView, type HelpStatus } from './files.js';

export const CONTACT_WAYS: Record<HelpContactWay, string> = { visit: '上门走访', phone: '电话联系', wechat: '微信联系', office: '来访（窗口）', other: '其他' };
export const OUTCOME_KINDS: Record<HelpOutcomeKind, string> = { employed: '实现就业', training: '参加培训', startup_loan: '创业担保贷款', closed: '结案' };
const MAX_LOAN_FEN = 100_000_000; // 100 万元: beyond the product's 创业担保贷款, a typo

export interface AssignmentView { id: number; helperId: number; helperName: string; assignedOn: string; assignedBy: string; endedOn: string | null }
export interface ContactView { id: number; contactedOn: string; way: HelpContactWay; wayName: string; content: string; recordedBy: string }
export interface OutcomeView { id: number; kind: HelpOutcomeKind; kindName: string; outcomeOn: string; employer: string | null; detail: string; loanFen: number | null; recordedBy: string }
export interface TimelineEntry { on: string; what: string }

export interface HelpCaseView extends HelpPersonView {
  assignments: AssignmentView[];
  contactLog: ContactView[];
  outcomes: OutcomeView[];
  /** The file's status over time, oldest first: opened, helpers assigned, outcomes. */
  timeline: TimelineEntry[];
}

/** One file with its helpers (current and earlier), contacts, outcomes and status over time. */
export async function getHelpCase(p: Platform, c: Caller, id: number): Promise<HelpCaseView> {
  const row = await loadPerson(p, c, id);
  const view = (await personViews(p, [row]))[0]!;
  const assignments = await p.db.selectFrom('employment_help_assignments').selectAll().where('person_id', '=', id).orderBy('id').execute();
  const contacts = await p.db.selectFrom('employment_help_contacts').selectAll().where('person_id', '=', id).orderBy('contacted_on', 'desc').orderBy('id', 'desc').execute();
  const outcomes = await p.db.selectFrom('employment_help_outcomes').selectAll().where('person_id', '=', id).orderBy('outcome_on').orderBy('id').execute();
  const names = await displayNames(p.db, [...assignments.flatMap((a) => [a.helper_id, a.assigned_by]), ...contacts.map((k) => k.recorded_by), ...outcomes.map((o) => o.recorded_by)]);
  const who = (u: number) => names.get(u) ?? '';
  const outcomeViews = outcomes.map((o) => ({ id: o.id, kind: o.kind, kindName: OUTCOME_KINDS[o.kind], outcomeOn: o.outcome_on, employer: o.employer, detail: o.detail, loanFen: o.loan_fen, recordedBy: who(o.recorded_by) }));
  const timeline: TimelineEntry[] = [
    { on: row.registered_on, what: `建档（${view.groupName}，${row.community_name}）` },
    ...assignments.map((a) => ({ on: a.assigned_on, what: `结对帮扶：${who(a.helper_id)}${a.ended_on ? `（${a.ended_on} 改派）` : ''}` })),
    ...outcomeViews.map((o) => ({ on: o.outcomeOn, what: `${o.kindName}${o.employer ? `：${o.employer}` : ''}${o.detail ? `（${o.detail}）` : ''}` })),
  ].sort((a, b) => a.on.localeCompare(b.on));
  return {
    ...view,
    assignments: assignments.map((a) => ({ id: a.id, helperId: a.helper_id, helperName: who(a.helper_id), assignedOn: a.assigned_on, assignedBy: who(a.assigned_by), endedOn: a.ended_on })),
    contactLog: contacts.map((k) => ({ id: k.id, contactedOn: k.contacted_on, way: k.way, wayName: CONTACT_WAYS[k.way], content: k.content, recordedBy: who(k.recorded_by) })),
    outcomes: outcomeViews,
    timeline,
  };
}

const closedStatus = async (p: Platform, personId: number): Promise<HelpStatus> => (await p.db.selectFrom('employment_help_outcomes').select('kind').where('person_id', '=', personId).orderBy('outcome_on', 'desc').orderBy('id', 'desc').executeTakeFirst())?.kind ?? 'open';

/**
 * A clerk assigns a helper of the person's county who serves the person's community; an active
 * helper before is ended the same day (kept in the history). The same helper again is refused.
 */
export async function assignHelper(p: Platform, c: Caller, id: number, input: unknown): Promise<HelpCaseView> {
  if (!managesHelp(c)) {
    if (c.role === 'helper' || isHelpOffice(c)) {
      await loadPerson(p, c, id);
      throw forbidden('只有人才办经办人员可以指派帮扶工作人员');
    }
    throw notFound('该帮扶对象');
  }
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const helperId = typeof i.helperId === 'number' ? i.helperId : typeof i.helperId === 'string' && /^[1-9][0-9]{0,14}$/.test(i.helperId) ? Number(i.helperId) : NaN;
  const row = await loadPerson(p, c, id);
  if (!Number.isSafeInteger(helperId)) throw fieldError('helperId', '请选择帮扶工作人员');
  const helper = (await helpersIn(p.db, [row.region])).find((h) => h.id === helperId);
  if (!helper) throw fieldError('helperId', `所选人员不是${regionName(row.region)}的帮扶工作人员`);
  const serves = await p.db.selectFrom('employment_help_areas').select('community_code').where('user_id', '=', helperId).where('community_code', '=', row.community_code).executeTakeFirst();
  if (!serves) throw fieldError('helperId', `${helper.displayName}不负责${row.community_name}，请先为其设置负责的社区（村）`);
  if ((await closedStatus(p, id)) === 'closed') throw conflict('该档案已结案，不能再指派帮扶工作人员');
  const today = todayString(p);
  try {
    await p.db.transaction().execute(async (trx) => {
      await loadPerson(p, c, id, trx);
      const current = await trx.selectFrom('employment_help_assignments').select(['id', 'helper_id']).where('person_id', '=', id).where('ended_on', 'is', null).executeTakeFirst();
      if (current?.helper_id === helperId) throw conflict(`${helper.displayName}已是该人员的帮扶工作人员`);
      if (current) await trx.updateTable('employment_help_assignments').set({ ended_on: today, ended_by: c.userId }).where('id', '=', current.id).execute();
      await trx.insertInto('employment_help_assignments').values({ person_id: id, helper_id: helperId, assigned_on: today, assigned_by: c.userId }).execute();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: current ? 'employment_help.reassign' : 'employment_help.assign', entity: 'employment_help_person', entityId: id, region: row.region, detail: { helperId, previousHelperId: current?.helper_id ?? null } });
    });
  } catch (err) {
    // Two assignments at once: the one-active index lets one through.
    if (isUniqueViolation(err)) throw conflict('该人员刚被指派了帮扶工作人员，请刷新后再试');
    throw err;
  }
  return getHelpCase(p, c, id);
}

/** A day between the file's day and today, else the field's error. */
function dayInFile(v: unknown, path: string, label: string, registeredOn: string, today: string): { day: string; error?: FieldError } {
  const day = readDay(v);
  if (!day) return { day, error: { path, message: `请填写${label}（年-月-日）` } };
  if (day > today) return { day, error: { path, message: `${label}不能晚于今天（${today}）` } };
  if (day < registeredOn) return { day, error: { path, message: `${label}不能早于建档日期（${registeredOn}）` } };
  return { day };
}

async function openCase(p: Platform, c: Caller, id: number) {
  if (!worksCases(c)) {
    if (isHelpOffice(c)) {
      await loadPerson(p, c, id);
      throw forbidden('领导账号只能查看帮扶档案');
    }
    throw notFound('该帮扶对象');
  }
  const row = await loadPerson(p, c, id);
  if ((await closedStatus(p, id)) === 'closed') throw conflict('该档案已结案，不能再登记');
  return row;
}

/** The helper (or a clerk) logs a contact: the day (from the file's day to today), the way, what was done. */
export async function logContact(p: Platform, c: Caller, id: number, input: unknown): Promise<HelpCaseView> {
  const row = await openCase(p, c, id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const { day, error } = dayInFile(i.contactedOn, 'contactedOn', '联系日期', row.registered_on, todayString(p));
  if (error) errors.push(error);
  if (typeof i.way !== 'string' || !(i.way in CONTACT_WAYS)) errors.push({ path: 'way', message: `联系方式应为：${Object.values(CONTACT_WAYS).join('、')} 之一` });
  const content = typeof i.content === 'string' ? i.content.trim() : '';
  if (!content) errors.push({ path: 'content', message: '请填写帮扶内容' });
  else if (content.length > 1000) errors.push({ path: 'content', message: '帮扶内容不超过 1000 字' });
  if (errors.length) throw badInput(errors);
  await p.db.transaction().execute(async (trx) => {
    await loadPerson(p, c, id, trx);
    const r = await trx.insertInto('employment_help_contacts').values({ person_id: id, contacted_on: day, way: i.way as HelpContactWay, content, recorded_by: c.userId }).returning('id').executeTakeFirstOrThrow();
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employment_help.contact', entity: 'employment_help_person', entityId: id, region: row.region, detail: { contactId: r.id, contactedOn: day, way: i.way } });
  });
  return getHelpCase(p, c, id);
}

/**
 * Records an outcome: employed (the employer named), training, 创业担保贷款 (an amount in fen, if
 * known) or closed (a reason). Dated from the file's day to today; the same kind on the same day
 * once; nothing after the file is closed.
 */
export async function recordOutcome(p: Platform, c: Caller, id: number, input: unknown): Promise<HelpCaseView> {
  const row = await openCase(p, c, id);
  const i = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const kind = typeof i.kind === 'string' && i.kind in OUTCOME_KINDS ? (i.kind as HelpOutcomeKind) : undefined;
  if (!kind) errors.push({ path: 'kind', message: `帮扶结果应为：${Object.values(OUTCOME_KINDS).join('、')} 之一` });
  const { day, error } = dayInFile(i.outcomeOn, 'outcomeOn', '结果日期', row.registered_on, todayString(p));
  if (error) errors.push(error);
  const employer = typeof i.employer === 'string' ? i.employer.trim() : '';
  if (kind === 'employed' && !employer) errors.push({ path: 'employer', message: '实现就业须填写就业单位' });
  if (employer.length > 80) errors.push({ path: 'employer', message: '就业单位不超过 80 字' });
  const detail = typeof i.detail === 'string' ? i.detail.trim() : '';
  if (kind === 'closed' && !detail) errors.push({ path: 'detail', message: '结案须填写原因' });
  if (detail.length > 500) errors.push({ path: 'detail', message: '说明不超过 500 字' });
  let loanFen: number | null = null;
  if (i.loanFen !== undefined && i.loanFen !== null && i.loanFen !== '') {
    if (kind !== 'startup_loan') errors.push({ path: 'loanFen', message: '只有创业担保贷款填写贷款金额' });
    else if (typeof i.loanFen !== 'number' || !Number.isSafeInteger(i.loanFen) || i.loanFen <= 0 || i.loanFen > MAX_LOAN_FEN) errors.push({ path: 'loanFen', message: '贷款金额应为正整数（分），不超过 100 万元' });
    else loanFen = i.loanFen;
  }
  if (errors.length || !kind) throw badInput(errors);
  try {
    await p.db.transaction().execute(async (trx) => {
      await loadPerson(p, c, id, trx);
      const r = await trx
        .insertInto('employment_help_outcomes')
        .values({ person_id: id, kind, outcome_on: day, employer: kind === 'employed' ? employer : employer || null, detail, loan_fen: loanFen, recorded_by: c.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'employment_help.outcome', entity: 'employment_help_person', entityId: id, region: row.region, detail: { outcomeId: r.id, kind, outcomeOn: day } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new PlatformError(409, `${day} 已登记过“${OUTCOME_KINDS[kind]}”，请勿重复登记`, [{ path: 'kind', message: '同一天的同一帮扶结果已登记' }]);
    throw err;
  }
  return getHelpCase(p, c, id);
}

const options = (m: Record<string, string>) => Object.entries(m).map(([code, label]) => ({ code, label }));
/** Options for the forms: groups, degrees, contact ways, outcome kinds, statuses. */
export const helpOptions = () => ({ groups: options(HELP_GROUPS), degrees: options(HELP_DEGREES), ways: options(CONTACT_WAYS), outcomes: options(OUTCOME_KINDS), statuses: options(HELP_STATUSES) });
