// Staged money of a 双领 project (第16条第三句), claimed through the matter shuangling_project with
// the project's registry record (`data.projectId`), a claim and, for the startup funding, a stage:
//
// - 启动资助 in two instalments — the text gives none, so the split is the local parameter
//   local.shuangling.landing_percent (example 40 %, a local implementing choice, not the document's):
//   that share on landing (dated the landing day), the rest once the first yearly assessment is
//   passed (dated that assessment). The two add up to the calculator's startup funding to the fen.
// - 升档资助: the difference between the two classes, once, on the upgrade date (as the rule computes).
// - 地方综合贡献奖励: once, after an evaluation; the rule gives the ceiling (≤ evaluated contribution,
//   ≤ 400 万), the clerk approves the amount the evaluation set (an up-to rule).
//
// The rules read the project from the registry (`projectRuleFacts`), and the decision books each
// instalment through the ledger as for every matter (budget envelopes checked there). Exactly once:
// one open application per project, claim and stage (the application's period), and the table
// project_instalments holds each (project, claim, stage) and its ledger instalment key once.
//
// Clawback (reading written down, local parameters): a project whose yearly assessment fails, or
// that leaves Quzhou before local.shuangling.agreed_term_years (example 5) from landing, owes back
// local.shuangling.clawback_percent (example 100 %) of the startup and upgrade funding decided for
// it: a refund receivable in the ledger, once per project (the first cause). Instalments not yet
// claimed are no longer granted; the contribution reward is not clawed back.

import { formatDay, mulRatioHalfUp, parseDay, addYears, type Entitlement } from '@rencai/engine';
import { loadPolicies } from '@rencai/policies';
import { appendAudit, type DB, type Db, type ProjectClaim, type ProjectStage, type Transaction } from '@rencai/store';
import { type Caller, type FieldError, type Platform, PlatformError, isUniqueViolation, policyParam } from '../shared/index.js';
import { grantsByKey, paymentOf, recordEmployerReceivable } from '../ledger/index.js';
import { projectRow, writeProjectAssessment, writeProjectLeaving, type ProjectRow, type ProjectView } from './projects.js';

type Trx = Transaction<DB>;
const POLICY = 'quzhou-2020';

export const PROJECT_CLAIM_TEXT: Record<ProjectClaim, string> = { startup: '项目启动资助', upgrade: '升档资助', contribution: '地方综合贡献奖励' };
export const PROJECT_STAGE_TEXT: Record<ProjectStage, string> = { landing: '首期（项目落地）', assessment: '二期（首次年度考核合格）', once: '一次性' };

const param = (path: string, on: string): number => Number(policyParam(POLICY, path, parseDay(on)));

/** The local parameters of the staged money on a day (percent, years, percent). */
export function stagedParams(on: string): { landingPercent: number; termYears: number; clawbackPercent: number } {
  return { landingPercent: param('local.shuangling.landing_percent', on), termYears: param('local.shuangling.agreed_term_years', on), clawbackPercent: param('local.shuangling.clawback_percent', on) };
}

async function firstPass(db: Db | Trx, projectId: number): Promise<string | undefined> {
  return (await db.selectFrom('project_assessments').select('assessed_on').where('project_id', '=', projectId).where('outcome', '=', 'pass').orderBy('year').executeTakeFirst())?.assessed_on;
}

/**
 * The form of a claim for a registry project (applications' check): the applying employer's own
 * reviewed 双领 project, the claim and its stage, and the milestone the stage needs. Writes the
 * validated fields into `out`.
 */
export async function readProjectClaim(db: Db | Trx, employerId: number | null, d: Record<string, unknown>, out: Record<string, unknown>): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const k of Object.keys(d)) if (!['projectId', 'claim', 'stage'].includes(k)) errors.push({ path: `data.${k}`, message: '未知字段（应为 projectId、claim、stage）' });
  const row = Number.isSafeInteger(d.projectId) && (d.projectId as number) > 0 ? await db.selectFrom('projects').selectAll().where('id', '=', d.projectId as number).where('employer_id', '=', employerId ?? -1).executeTakeFirst() : undefined;
  if (!row || row.kind !== 'shuangling') {
    errors.push({ path: 'data.projectId', message: '请选择本单位登记的“衢时代双领”项目' });
    return errors;
  }
  const claim = d.claim as ProjectClaim;
  if (typeof d.claim !== 'string' || !Object.hasOwn(PROJECT_CLAIM_TEXT, d.claim)) {
    errors.push({ path: 'data.claim', message: `请选择申报的资助：${Object.values(PROJECT_CLAIM_TEXT).join('、')}` });
    return errors;
  }
  const stage: ProjectStage = claim === 'startup' ? (d.stage as ProjectStage) : 'once';
  const det = row.details;
  if (claim === 'startup' && d.stage !== 'landing' && d.stage !== 'assessment') errors.push({ path: 'data.stage', message: '请选择启动资助的分期：首期（项目落地）或二期（首次年度考核合格）' });
  else if (claim !== 'startup' && d.stage !== undefined && d.stage !== 'once') errors.push({ path: 'data.stage', message: `${PROJECT_CLAIM_TEXT[claim]}一次性拨付，不分期` });
  if (det.reviewResult !== 'passed') errors.push({ path: 'data.projectId', message: '该项目未通过“衢时代双领”评定，不能申报资助' });
  const clawed = await db.selectFrom('project_clawbacks').select(['cause', 'due_on']).where('project_id', '=', row.id).executeTakeFirst();
  if (clawed) errors.push({ path: 'data.projectId', message: `该项目${clawed.cause === 'assessment_failed' ? '年度考核不合格' : '约定服务期内迁离'}（${clawed.due_on}），已形成应退回款，不再拨付后续资助` });
  if (stage === 'landing' && !det.landingDate) errors.push({ path: 'data.stage', message: '项目尚未登记落地日期，不能申报首期启动资助' });
  if (stage === 'assessment' && !(await firstPass(db, row.id))) errors.push({ path: 'data.stage', message: '项目尚无合格的年度考核，不能申报二期启动资助' });
  if (claim === 'upgrade' && !det.upgrade) errors.push({ path: 'data.claim', message: '项目尚未登记升档评定，不能申报升档资助' });
  if (claim === 'contribution' && !(det.contributions as unknown[] | undefined)?.length) errors.push({ path: 'data.claim', message: '项目尚未登记地方综合贡献评价，不能申报贡献奖励' });
  const done = await db.selectFrom('project_instalments').select('application_id').where('project_id', '=', row.id).where('claim', '=', claim).where('stage', '=', stage).executeTakeFirst();
  if (done) throw new PlatformError(409, `该项目的${PROJECT_CLAIM_TEXT[claim]}${claim === 'startup' ? PROJECT_STAGE_TEXT[stage] : ''}已核定（申报件 #${done.application_id}），不能重复申报`, [{ path: 'data.claim', message: '同一项目同一资助同一分期只能核定一次' }]);
  if (!errors.length) Object.assign(out, { projectId: row.id, claim, stage });
  return errors;
}

/** The period an application for a registry project holds: project, claim, stage. */
export const projectPeriodKey = (data: Record<string, unknown>): string => `project_record:${String(data.projectId)}:${String(data.claim)}:${String(data.stage)}`;

/** The period in words, for messages. */
export function projectPeriodLabel(key: string): string {
  const [, id, claim, stage] = key.split(':');
  return `项目 #${id} 的${PROJECT_CLAIM_TEXT[claim as ProjectClaim] ?? ''}${claim === 'startup' ? PROJECT_STAGE_TEXT[stage as ProjectStage] ?? '' : ''}`;
}

/** A registry project's claim in words (the application's subject): the project's name, the claim and its stage. */
export async function projectClaimWords(db: Db | Trx, data: Record<string, unknown>): Promise<string> {
  const r = Number.isSafeInteger(data.projectId) ? await db.selectFrom('projects').select('name').where('id', '=', data.projectId as number).executeTakeFirst() : undefined;
  const claim = data.claim as ProjectClaim;
  return `${r?.name ?? '（项目不在项目库中）'}；${PROJECT_CLAIM_TEXT[claim] ?? ''}${claim === 'startup' ? ` · ${PROJECT_STAGE_TEXT[data.stage as ProjectStage] ?? ''}` : ''}`;
}

/** A registry 双领 project as the rules' `projects[]` entry, as of a day. */
export async function projectRuleFacts(db: Db | Trx, projectId: number, asOf: string): Promise<Record<string, unknown>> {
  const r = await db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirstOrThrow();
  const d = r.details;
  const on = (x: unknown) => typeof x === 'string' && x <= asOf;
  const f: Record<string, unknown> = { name: r.name, programme: 'shuangling' };
  if (d.reviewResult === 'passed') f.class = d.class;
  if (on(d.reviewDate)) f.assessedDate = d.reviewDate;
  f.settled = on(d.settlementDate);
  const up = d.upgrade as { class: string; date: string } | undefined;
  if (up && on(up.date)) Object.assign(f, { upgradedClass: up.class, upgradeDate: up.date });
  const evals = ((d.contributions ?? []) as Array<{ date: string; amountFen: number }>).filter((x) => on(x.date));
  if (evals.length) f.localContribution = (evals.reduce((s, x) => s + x.amountFen, 0) / 100).toFixed(2);
  return f;
}

/**
 * The entitlements of a claim narrowed to its stage: the startup funding's landing or assessment
 * instalment (the share of the rule's amount, the second being the rest, so both add up to it),
 * dated its milestone; other claims as the rule computes them.
 */
export async function stageEntitlements(db: Db | Trx, data: Record<string, unknown>, ents: Entitlement[], asOf: string): Promise<Entitlement[]> {
  if (data.claim !== 'startup') return ents;
  const r = await db.selectFrom('projects').select(['id', 'details']).where('id', '=', data.projectId as number).executeTakeFirstOrThrow();
  const landing = r.details.landingDate as string;
  const pct = param('local.shuangling.landing_percent', landing);
  const date = data.stage === 'landing' ? landing : ((await firstPass(db, r.id)) ?? asOf);
  return ents.map((e) => {
    const full = e.totalFen ?? e.amountFen;
    if (full === undefined || e.status !== 'granted') return e;
    const first = mulRatioHalfUp(full, pct, 100);
    const amount = data.stage === 'landing' ? first : full - first;
    const words = data.stage === 'landing' ? `首期 ${pct}%（项目落地时拨付）` : `二期 ${100 - pct}%（首次年度考核合格后拨付）`;
    return {
      ...e,
      amountFen: amount,
      totalFen: amount,
      dueFen: date <= asOf ? amount : 0,
      amountText: `${(amount / 100).toFixed(2)} 元（启动资助 ${(full / 100).toFixed(2)} 元的${words}）`,
      schedule: { kind: 'once', description: `${words}，本地实施口径（原文未规定分期）`, instalments: [{ date, year: Number(date.slice(0, 4)), amountFen: amount, due: date <= asOf }] },
      interpretations: [...(e.interpretations ?? []), `启动资助分期拨付为本地实施口径（参数 local.shuangling.landing_percent），不是原文规定。`],
    };
  });
}

/**
 * Records the instalment a decision booked for a registry project, in the decision's transaction:
 * once per project, claim and stage (409 for a second), with its ledger instalment key.
 */
export async function recordProjectInstalment(trx: Trx, data: Record<string, unknown>, applicationId: number, grants: Array<{ instalmentKey: string; amountFen: number }>): Promise<void> {
  const booked = grants.filter((g) => g.amountFen > 0);
  if (!booked.length) return;
  try {
    for (const g of booked) {
      await trx.insertInto('project_instalments').values({ project_id: data.projectId as number, claim: data.claim as ProjectClaim, stage: data.stage as ProjectStage, application_id: applicationId, amount_fen: g.amountFen, instalment_key: g.instalmentKey }).execute();
    }
  } catch (e) {
    if (isUniqueViolation(e)) throw new PlatformError(409, '该项目的这一资助（分期）已核定，不能重复核定', [{ path: 'data.claim', message: '同一项目同一资助同一分期只能核定一次' }]);
    throw e;
  }
}

/** The clawback of a project (once): the share of its decided startup and upgrade funding, as a receivable. */
async function clawback(trx: Trx, c: Caller, row: ProjectRow, on: string, cause: 'assessment_failed' | 'left_early'): Promise<void> {
  if (await trx.selectFrom('project_clawbacks').select('id').where('project_id', '=', row.id).executeTakeFirst()) return;
  const inst = await trx.selectFrom('project_instalments').select(['instalment_key']).where('project_id', '=', row.id).where('claim', 'in', ['startup', 'upgrade']).execute();
  const grants = await grantsByKey(trx, inst.map((x) => x.instalment_key));
  const decided = [...grants.values()].reduce((s, g) => s + g.amount_fen, 0);
  const pct = param('local.shuangling.clawback_percent', on);
  const amount = mulRatioHalfUp(decided, pct, 100);
  const key = `clawback:project${row.id}`;
  await trx.insertInto('project_clawbacks').values({ project_id: row.id, cause, due_on: on, amount_fen: amount, instalment_key: key, created_by: c.userId }).execute();
  const rule = loadPolicies().find((x) => x.meta.id === POLICY)!.rules.find((r) => r.id === 'art16.shuangling_startup')!;
  const why = cause === 'assessment_failed' ? '年度考核不合格' : '约定服务期内迁离';
  await recordEmployerReceivable(trx, { employerId: row.employer_id, region: row.region, rule: 'art16.shuangling_clawback', benefit: `“衢时代双领”项目资助退回（${why}）`, clause: rule.clause.cite, payer: 'shared', dueOn: on, amountFen: amount, key, subjectKey: row.name, actor: c });
  await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'project.clawback', entity: 'project', entityId: row.id, region: row.region, detail: { cause, amountFen: amount, decidedFen: decided, percent: pct } });
}

/** Records an assessment; a failed one of a 双领 project books the clawback in the same transaction. */
export function assessProject(p: Platform, c: Caller, id: number, input: Parameters<typeof writeProjectAssessment>[3]): Promise<ProjectView> {
  return writeProjectAssessment(p, c, id, input, (trx, row, on) => (row.kind === 'shuangling' ? clawback(trx, c, row, on, 'assessment_failed') : Promise.resolve()));
}

/** Records that a project left; a 双领 project leaving before the agreed term from landing books the clawback. */
export function projectLeft(p: Platform, c: Caller, id: number, input: Parameters<typeof writeProjectLeaving>[3]): Promise<ProjectView> {
  return writeProjectLeaving(p, c, id, input, async (trx, row, on) => {
    const landing = row.details.landingDate as string | undefined;
    if (row.kind !== 'shuangling' || !landing) return;
    const end = formatDay(addYears(parseDay(landing), param('local.shuangling.agreed_term_years', landing)));
    if (on < end) await clawback(trx, c, row, on, 'left_early');
  });
}

export interface ProjectMoney {
  instalments: Array<{ claim: ProjectClaim; claimText: string; stage: ProjectStage; stageText: string; applicationId: number; amountFen: number; dueOn: string | null; paid: boolean }>;
  receivables: Array<{ causeText: string; dueOn: string; amountFen: number }>;
  params: { landingPercent: number; termYears: number; clawbackPercent: number };
}

/** A project's instalments (decided, paid or not) and its receivable. */
export async function projectMoney(p: Platform, c: Caller, id: number): Promise<ProjectMoney> {
  const row = await projectRow(p, c, id);
  const inst = await p.db.selectFrom('project_instalments').selectAll().where('project_id', '=', id).orderBy('id').execute();
  const grants = await grantsByKey(p.db, inst.map((x) => x.instalment_key));
  const instalments = [];
  for (const x of inst) {
    instalments.push({ claim: x.claim, claimText: PROJECT_CLAIM_TEXT[x.claim], stage: x.stage, stageText: PROJECT_STAGE_TEXT[x.stage], applicationId: x.application_id, amountFen: x.amount_fen, dueOn: grants.get(x.instalment_key)?.due_on ?? null, paid: !!(await paymentOf(p.db, x.instalment_key)) });
  }
  const claw = await p.db.selectFrom('project_clawbacks').selectAll().where('project_id', '=', id).execute();
  return {
    instalments,
    receivables: claw.map((r) => ({ causeText: r.cause === 'assessment_failed' ? '年度考核不合格，退回已核定的启动资助和升档资助' : '约定服务期内迁离，退回已核定的启动资助和升档资助', dueOn: r.due_on, amountFen: r.amount_fen })),
    params: stagedParams((row.details.landingDate as string | undefined) ?? formatDay(p.today())),
  };
}
