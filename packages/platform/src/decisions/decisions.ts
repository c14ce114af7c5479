// Decisions (核定): what the rules give for an application — computed with the engine from the
// registry's recognised facts and the application's own form as of its date — decided rule by rule
// after the joint review agreed: each rule the facts decide is granted, capped (最高 …, evaluated by
// the clerk) or not met and paid on its own; a rule whose facts are missing stays open until they
// are recorded, then gets a decision of its own. A different amount needs a reason and a second
// approver. Every decision stores a reproducible receipt (facts, their hash, package versions), and
// the past decisions a later policy or registry change would alter can be listed. Rejection is a
// decision too. A decision whose grants would push a budget envelope (预算额度) past its amount is
// held for a second approver like an adjusted amount; the second approver books it only with a
// reason for going beyond the envelope (see the budgets module for what counts).

import { calculateRequest } from '@rencai/services';
import { formatYuan, type Entitlement } from '@rencai/engine';
import { STATE_LABELS, type AppState } from '@rencai/domain';
import { qualifications } from '@rencai/policies';
import { appendAudit, sql, type BudgetExcess, type Db, type DecisionRule, type OpenRule, type Selectable, type Transaction, type DB } from '@rencai/store';
import { todayString, type Platform, type Caller, badInput, conflict, fieldError, forbidden, isStaff, isUniqueViolation, notFound, PlatformError, type FieldError } from '../shared/index.js';
import { matterByCode, matterRules } from '../matters/index.js';
import { employerProfile, employerRow, factsHash, personProfile, personRow, recordRecognition, withApplicationFacts, type ExpertClaim } from '../registry/index.js';
import { expertYearsSubsidized, grantsByKey, postGrants, type ExpertShare, type PostedGrant } from '../ledger/index.js';
import { envelopeExcess, excessWords } from '../budgets/index.js';
import { projectRuleFacts, recordProjectInstalment, stageEntitlements } from '../projects/index.js';
import { factLabel, applicationFacts, homeOf } from '../facts/index.js';
import { applicationsAmong, employerPartOnly, loadApplication, lockApplication, moveApplication, readMatterData, recordApplicationEvent, requireClerk, setApplicationAmount, stepApplication, updateApplication, type AppRow } from '../applications/index.js';
import { notAgreed } from '../review/index.js';
import { sendMessages } from '../messages/index.js';

type Trx = Transaction<DB>;
type DecisionRow = Selectable<DB['decisions']>;

const today = todayString;

/** A registry row the application names (the database's foreign keys keep it there). */
function must<T>(row: T | undefined, what: string): T {
  if (!row) throw new Error(`申报件所指的${what}不在人才库中`);
  return row;
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

/** An employer's profile narrowed to the one project or streamer the application claims for (by its recorded name). */
function onlySubject(profile: Record<string, unknown>, subject: 'employee' | 'project' | 'streamer' | undefined, data: Record<string, unknown>): Record<string, unknown> {
  const named = (rows: unknown, name: unknown) => ((rows ?? []) as Array<{ name?: unknown }>).filter((r) => r.name === name);
  if (subject === 'project') return { ...profile, projects: named(profile.projects, data.project) };
  if (subject === 'streamer') {
    const enterprise = profile.enterprise as Record<string, unknown>;
    return { ...profile, enterprise: { ...enterprise, streamers: named(enterprise.streamers, data.streamer) } };
  }
  return profile;
}

/** What the rules give for this application, from recognised registry facts and its own form, as of the application date. */
export async function compute(db: Db | Trx, app: AppRow, today: string): Promise<Computation> {
  const matter = matterByCode(app.matter)!;
  // The application date; for a draft not yet submitted, today (what it would get if submitted now).
  const asOf = app.submitted_on ?? today;
  const rules = matterRules(matter, app.data);
  let profile: Record<string, unknown>;
  let experts: ExpertShare[] | undefined;
  if (app.applicant_kind === 'person') {
    const person = must(await personRow(db, app.person_id!), '人员');
    profile = withApplicationFacts(await personProfile(db, person, asOf), matter.code, app.data);
  } else if (matter.subject === 'employee') {
    // The employer's reward for one of its talents (引才计划): the rules read that person's registry facts.
    profile = await personProfile(db, must(await personRow(db, app.data.personId as number), '入选人才'), asOf);
  } else {
    const emp = must(await employerRow(db, app.employer_id!), '单位');
    const data = app.data as { year?: number; experts?: Array<{ personId: number; salaryFen: number; qualified: boolean }> };
    const year = data.year ?? Number(asOf.slice(0, 4));
    const claims: ExpertClaim[] = [];
    for (const x of data.experts ?? []) {
      const person = await personRow(db, x.personId);
      const name = `${person?.name ?? '专家'}（${x.personId}）`;
      // Years subsidised: the other claimed years already granted for this expert (by registry id), from the ledger.
      claims.push({ personId: x.personId, name, salaryFen: x.salaryFen, qualified: x.qualified, yearsSubsidized: await expertYearsSubsidized(db, x.personId, year) });
    }
    profile =
      app.data.projectId !== undefined
        ? { ...employerProfile(emp, {}), projects: [await projectRuleFacts(db, app.data.projectId as number, asOf)] }
        : onlySubject(employerProfile(emp, { ...app.data, experts: claims }), matter.subject, app.data);
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
  let entitlements = result.entitlements.filter((e) => mine(e) && e.status === 'granted');
  // A registry project's staged claim: the instalment of its stage (module projects).
  if (app.data.projectId !== undefined) entitlements = await stageEntitlements(db, app.data, entitlements, asOf);
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
  const app = await loadApplication(p, c, id);
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
export async function approve(p: Platform, c: Caller, id: number, input: { amountFen?: unknown; reason?: unknown } = {}): Promise<{ application: AppRow; grants: PostedGrant[]; pendingSecondApproval: boolean; budgetExcess?: BudgetExcess[] }> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
    if (app.state !== 'reviewing') throw conflict(`申报件当前状态为「${STATE_LABELS[app.state as AppState]}」，不能核准`);
    const open = await notAgreed(trx, id);
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
export async function decideOpenRules(p: Platform, c: Caller, id: number, input: { amountFen?: unknown; reason?: unknown; data?: unknown } = {}): Promise<{ application: AppRow; grants: PostedGrant[]; pendingSecondApproval: boolean; budgetExcess?: BudgetExcess[] }> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    let app = await loadApplication(p, c, id, trx);
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
  const row = await updateApplication(trx, app, { data: JSON.stringify(checked) });
  if (!row) throw conflict('申报件已被他人处理，请刷新后再操作');
  const reason = `补录申报事实：${filled.join('、')}`;
  await recordApplicationEvent(trx, app.id, 'complete_data', app.state, app.state, c.userId, reason);
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.complete_data', entity: 'application', entityId: app.id, region: app.region, detail: { filled } });
  return row;
}

/** Closes the open rules without paying them (the facts will not be supplied), with a reason: a decision of its own. */
export async function closeOpenRules(p: Platform, c: Caller, id: number, reason: unknown): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
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
    const row = await stepApplication(trx, c, app, 'close_open', `结束待定的规则（不予核定）：${rules.map((r) => r.name).join('、')}。理由：${reason.trim()}`, { open_rules: '[]' });
    return row;
  });
}

/** Writes decision `seq`; another clerk's decision of the same application just committed makes it a 409, not an error. */
async function insertDecision(trx: Trx, id: number, seq: number, write: () => Promise<unknown>): Promise<void> {
  await lockApplication(trx, id);
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
    await recordApplicationEvent(trx, app.id, 'adjust', app.state, app.state, c.userId, `调整核定金额为 ${formatYuan(approvedFen)}：${String(input.reason)}（待第二人复核）`);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.adjust', entity: 'application', entityId: app.id, region: app.region, detail: { seq, computedFen: plan.computedFen, approvedFen } });
    return { application: app, grants: [] as PostedGrant[], pendingSecondApproval: true };
  }
  // Booked under a savepoint: when the grants push an envelope past its amount they are undone and
  // the decision waits for a second approver, with the figures the approver saw.
  await sql`savepoint budget_check`.execute(trx);
  const done = await finishDecision(trx, p, c, app, comp, plan, seq, approvedFen);
  const excess = await envelopeExcess(trx, await grantLines(trx, done.grants), today(p));
  if (!excess.length) {
    await sql`release savepoint budget_check`.execute(trx);
    return { ...done, pendingSecondApproval: false };
  }
  await sql`rollback to savepoint budget_check`.execute(trx);
  await trx.updateTable('decisions').set({ pending: true, budget_excess: JSON.stringify(excess) }).where('application_id', '=', app.id).where('seq', '=', seq).execute();
  await recordApplicationEvent(trx, app.id, 'budget.flag', app.state, app.state, c.userId, `超出预算额度，待第二人复核并说明理由：${excess.map(excessWords).join('；')}`);
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.budget_flag', entity: 'application', entityId: app.id, region: app.region, detail: { seq, approvedFen, excess } });
  return { application: app, grants: [] as PostedGrant[], pendingSecondApproval: true, budgetExcess: excess };
}

/** The booked grants (amount above zero) as the envelope check reads them. */
async function grantLines(trx: Trx, grants: PostedGrant[]) {
  const rows = await grantsByKey(trx, grants.filter((g) => g.amountFen > 0).map((g) => g.instalmentKey));
  return [...rows.values()].map((g) => ({ payer: g.payer, region: g.region, dueOn: g.due_on, year: g.year, amountFen: g.amount_fen }));
}

/** The keys a stored decision had in scope (for re-planning it on confirmation); the first decision: all. */
const scopeOf = (d: DecisionRow): Set<string> | undefined => (d.seq === 1 ? undefined : new Set([...d.rules.map((r) => r.key), ...d.open.map((r) => r.key)]));

/**
 * The second approver confirms a clerk's adjusted amount. When the registry facts changed since
 * the adjustment, the amount was decided on facts that no longer hold: the pending decision is
 * discarded (recorded in the events and the audit log, the deciding clerk told) and the answer is
 * a 409 asking for a new decision — the clerk decides again on the recomputed amount.
 */
export async function confirmAdjustment(p: Platform, c: Caller, id: number, input: { reason?: unknown } = {}): Promise<{ application: AppRow; grants: PostedGrant[] }> {
  if (!(c.role === 'clerk' || c.role === 'leader')) throw forbidden('只有经办人员或领导可以复核');
  const outcome = await p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
    const d = await pendingDecision(trx, id);
    if (!d || (d.seq === 1 ? app.state !== 'reviewing' : !DECIDED_STATES.includes(app.state))) throw conflict('没有待复核的调整');
    if (d.decided_by === c.userId) throw forbidden('调整金额须由另一人复核');
    const comp = await compute(trx, app, today(p));
    if (comp.factsHash !== d.facts_hash) {
      await discardStaleDecision(trx, c, app, d, comp);
      return { discarded: true as const, nowFen: planOf(comp, scopeOf(d)).computedFen };
    }
    await trx.updateTable('decisions').set({ second_approver: c.userId, pending: false }).where('application_id', '=', id).where('seq', '=', d.seq).execute();
    const result = await finishDecision(trx, p, c, app, comp, planOf(comp, scopeOf(d)), d.seq, d.approved_fen);
    // Beyond a budget envelope (checked again now, under its lock): booked only with the second approver's reason.
    const excess = await envelopeExcess(trx, await grantLines(trx, result.grants), today(p));
    if (excess.length) {
      const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
      if (reason.length < 4) throw fieldError('reason', `超出预算额度：${excess.map(excessWords).join('；')}。超额核准须写明理由（至少 4 个字）`);
      await trx.updateTable('decisions').set({ budget_excess: JSON.stringify(excess), budget_override_reason: reason }).where('application_id', '=', id).where('seq', '=', d.seq).execute();
      await recordApplicationEvent(trx, id, 'budget.override', result.application.state, result.application.state, c.userId, `超出预算额度，复核人说明理由后核准：${reason}（${excess.map(excessWords).join('；')}）`);
      await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.budget_override', entity: 'application', entityId: id, region: app.region, detail: { seq: d.seq, reason, excess } });
    }
    return { discarded: false as const, result };
  });
  if (outcome.discarded) throw conflict(`核定后人才库事实已变化：原调整金额已作废（按现有事实计算为 ${formatYuan(outcome.nowFen)}），已通知经办人员重新核定`);
  return outcome.result;
}

/** Drops a pending adjusted decision made on facts that changed since; the case is back with the clerk. */
async function discardStaleDecision(trx: Trx, c: Caller, app: AppRow, d: DecisionRow, comp: Computation): Promise<void> {
  const bumped = await updateApplication(trx, app, {});
  if (!bumped) throw conflict('申报件已被他人处理，请刷新后再操作');
  await trx.deleteFrom('decisions').where('application_id', '=', app.id).where('seq', '=', d.seq).execute();
  const nowFen = planOf(comp, scopeOf(d)).computedFen;
  const reason = `核定后人才库事实已变化，原调整金额 ${formatYuan(d.approved_fen)}（规则原计算 ${formatYuan(d.computed_fen)}）作废；按现有事实计算为 ${formatYuan(nowFen)}，待经办人员重新核定`;
  await recordApplicationEvent(trx, app.id, 'adjust.discard', app.state, app.state, c.userId, reason);
  await appendAudit(trx, {
    actorId: c.userId,
    actorRole: c.role,
    action: 'application.adjust_discard',
    entity: 'application',
    entityId: app.id,
    region: app.region,
    detail: { seq: d.seq, decidedBy: d.decided_by, computedFen: d.computed_fen, approvedFen: d.approved_fen, adjustmentReason: d.adjustment_reason, factsHashThen: d.facts_hash, factsHashNow: comp.factsHash, nowFen },
  });
  if (d.decided_by !== null) await sendMessages(trx, [{ userId: d.decided_by, applicationId: app.id, text: `申报件 #${app.id}：${reason}。` }]);
}

async function finishDecision(trx: Trx, p: Platform, c: Caller, app: AppRow, comp: Computation, plan: Plan, seq: number, approvedFen: number): Promise<{ application: AppRow; grants: PostedGrant[] }> {
  const matter = matterByCode(app.matter)!;
  const openKeys = JSON.stringify(plan.open.map(ruleKey));
  const stillOpen = plan.open.length ? `；待定 ${plan.open.length} 项：${plan.open.map((e) => e.name).join('、')}（缺少：${missingWords(plan.open)}）` : '';
  let row: AppRow;
  if (seq === 1) {
    const reason = approvedFen ? `核定金额 ${formatYuan(approvedFen)}${stillOpen}` : stillOpen ? `逐条核定${stillOpen}` : null;
    row = await moveApplication(trx, c, app, 'approve', reason, { amount_fen: 0, open_rules: openKeys });
  } else {
    row = await stepApplication(trx, c, app, 'decide', `补充核定（第 ${seq} 次决定）：${plan.decide.map((e) => e.name).join('、') || '（无）'}，核定金额 ${formatYuan(approvedFen)}${stillOpen}`, { open_rules: openKeys });
  }
  if (matter.code === 'tier_recognition') {
    const data = app.data as { qualifications?: Array<{ code: string; obtained?: string }>; tierArt19?: number; tierArt20?: number; validUntil?: string; facts?: Record<string, unknown> };
    await recordRecognition(trx, { personId: app.person_id!, applicationId: app.id, qualifications: data.qualifications ?? [], tierArt19: data.tierArt19 ?? null, tierArt20: data.tierArt20 ?? null, facts: data.facts ?? {}, basis: `认定申报件 #${app.id}`, validFrom: app.submitted_on ?? today(p), validTo: data.validUntil ?? null, recognisedBy: c.userId });
    return { application: row, grants: [] };
  }
  const paying = plan.decide.filter((e) => e.status === 'granted' || e.status === 'up_to');
  if (!comp.rules.length || approvedFen === 0 || !paying.length) return { application: row, grants: [] };
  const person = app.person_id ? await personRow(trx, app.person_id) : undefined;
  const claimedYear = typeof app.data.year === 'number' ? app.data.year : undefined;
  const grants = await postGrants(trx, { applicationId: app.id, personId: app.person_id, employerId: app.employer_id, region: app.region, actor: c, purchasePriceFen: person?.housing.purchase?.priceFen, claimedYear, experts: comp.experts }, paying, approvedFen);
  const booked = grants.reduce((s, g) => s + g.amountFen, 0);
  if (app.data.projectId !== undefined) await recordProjectInstalment(trx, app.data, app.id, grants);
  if (booked === 0) return { application: row, grants };
  // The application's amount is what the ledger booked for it (caps across applications applied).
  const amount = (row.amount_fen ?? 0) + booked;
  const text = `已列入兑付计划：${grants.filter((g) => g.amountFen > 0).length} 笔，合计 ${formatYuan(booked)}`;
  if (row.state === 'approved' || row.state === 'paid') row = await moveApplication(trx, c, row, 'schedule', text, { amount_fen: amount });
  else row = await setApplicationAmount(trx, row.id, amount);
  return { application: row, grants };
}

export async function reject(p: Platform, c: Caller, id: number, reason: unknown): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
    if (typeof reason !== 'string' || reason.trim().length < 2) throw fieldError('reason', '不予通过须说明理由');
    return moveApplication(trx, c, app, 'reject', reason.trim());
  });
}


export async function decisionChanges(p: Platform, c: Caller) {
  if (!isStaff(c)) throw forbidden('只有工作人员可以查看');
  const apps = await applicationsAmong(p, c, p.db.selectFrom('decisions').select('decisions.application_id as id'));
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

// ---------------------------------------------------------------- reading

/** An application's decisions in order, each with the account that decided it. */
export const decisionsOf = (db: Db | Trx, applicationId: number): Promise<DecisionRow[]> => db.selectFrom('decisions').selectAll().where('application_id', '=', applicationId).orderBy('seq').execute();

/** A decision as the API shows it (`decidedByName`: the deciding account's name, when known). */
export function decisionView(d: DecisionRow, decidedByName: string | null) {
  return {
    seq: d.seq,
    asOf: d.as_of,
    policies: d.policies,
    factsHash: d.facts_hash,
    computedFen: d.computed_fen,
    approvedFen: d.approved_fen,
    adjustmentReason: d.adjustment_reason,
    decidedBy: d.decided_by,
    decidedByName,
    pending: d.pending,
    secondApproved: d.second_approver !== null,
    budgetExcess: d.budget_excess ?? [],
    budgetOverrideReason: d.budget_override_reason,
    rules: d.rules,
    open: d.open,
    entitlements: d.entitlements,
    decidedAt: d.created_at.toISOString(),
  };
}

/** The first decision of an application (its receipt), if it has one. */
export const firstDecision = (db: Db, applicationId: number): Promise<DecisionRow | undefined> => db.selectFrom('decisions').selectAll().where('application_id', '=', applicationId).executeTakeFirst();
