// Reads and writes of applications that other modules ask for, so that none of them touches the
// applications' tables: who applied for a set of applications (as a query of ids, for scoping), an
// application's history and related applications, the row lock and the plain updates a decision
// needs, marking an application paid when the ledger has paid all that is due, proactive filing,
// the figures of the dashboard, and the demo's back-dated submission.

import { formatDay } from '@rencai/engine';
import { appendAudit, type ApplicationsTable, type DB, type Db, type Transaction } from '@rencai/store';
import { chinaDate, todayString, type Caller, type IdQuery, type Platform } from '../shared/index.js';
import type { Matter } from '../matters/index.js';
import { unpaidDue } from '../ledger/index.js';
import { sendMessages } from '../messages/index.js';
import { clockStates } from '../workflow/index.js';
import { applicationsInScope } from './applications.js';
import { periodKey } from './periods.js';
import { applicationDueOn, applicationWorkflow, moveApplication, recordApplicationEvent, type AppRow } from './workflow.js';

type Q = Db | Transaction<DB>;
type Trx = Transaction<DB>;

/** Persons who applied for the applications in `ids`. */
export const applicantPersons = (db: Q, ids: IdQuery): IdQuery => db.selectFrom('applications').select('applications.person_id as id').where('applications.id', 'in', ids).where('applications.person_id', 'is not', null);

/** Employers named on the applications in `ids`. */
export const applicantEmployers = (db: Q, ids: IdQuery): IdQuery => db.selectFrom('applications').select('applications.employer_id as id').where('applications.id', 'in', ids).where('applications.employer_id', 'is not', null);

/** An application by id, whoever asks (the caller's scope is the asking module's business). */
export const applicationRow = (db: Q, id: number): Promise<AppRow | undefined> => db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();

/** The ids of the applications the caller may see (for a module keeping records tied to applications). */
export const applicationIdsInScope = (p: Platform, c: Caller): IdQuery => applicationsInScope(p, c).select('applications.id as id');

/** The applications among `ids` that the caller may see, in id order. */
export const applicationsAmong = (p: Platform, c: Caller, ids: IdQuery): Promise<AppRow[]> => applicationsInScope(p, c).where('applications.id', 'in', ids).selectAll('applications').orderBy('applications.id').execute();

/** The applicant's other applications for the same matter (any period, any state) that the caller may see. */
export function otherApplicationsOf(p: Platform, c: Caller, app: AppRow) {
  const q = applicationsInScope(p, c).where('applications.matter', '=', app.matter).where('applications.applicant_kind', '=', app.applicant_kind).where('applications.id', '!=', app.id);
  return (app.applicant_kind === 'person' ? q.where('applications.person_id', '=', app.person_id ?? -1) : q.where('applications.employer_id', '=', app.employer_id ?? -1))
    .select(['applications.id', 'applications.state', 'applications.period_key', 'applications.submitted_on', 'applications.amount_fen', 'applications.created_at'])
    .orderBy('applications.id')
    .limit(50)
    .execute();
}

/** An application's history in order, with the account that took each step (null: the system). */
export const eventsOf = (db: Q, applicationId: number) =>
  db.selectFrom('application_events').select(['action', 'from_state', 'to_state', 'reason', 'at', 'actor_id']).where('application_id', '=', applicationId).orderBy('id').execute();

/** Holds the application's row until the transaction ends (two decisions of one application wait for each other). */
export async function lockApplication(trx: Trx, id: number): Promise<void> {
  await trx.selectFrom('applications').select('id').where('id', '=', id).forUpdate().execute();
}

/** Writes `patch` if the application is still at the version read (the version moves on); undefined when someone else changed it. */
export const updateApplication = (trx: Trx, app: AppRow, patch: Partial<Record<keyof ApplicationsTable, unknown>>): Promise<AppRow | undefined> => applicationWorkflow.store.update(trx, app, patch);

/** The amount the ledger booked for an application. */
export const setApplicationAmount = (trx: Trx, id: number, amountFen: number): Promise<AppRow> =>
  trx.updateTable('applications').set({ amount_fen: amountFen }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

/** When every instalment due so far has been paid, the application is paid (and the applicant told). */
export async function markApplicationPaidIfComplete(trx: Trx, p: Platform, applicationId: number | null): Promise<void> {
  if (!applicationId) return;
  const app = await applicationRow(trx, applicationId);
  if (!app || app.state !== 'scheduled') return;
  if (await unpaidDue(trx, applicationId, todayString(p))) return;
  await moveApplication(trx, null, app, 'pay', '到期款项已全部兑付');
}

/** States in which a person's application for a matter keeps the proactive job from filing another. */
const OPEN_STATES = ['draft', 'submitted', 'returned', 'reviewing', 'approved', 'scheduled', 'paid'] as const;

/** The matters a person has an open application for. */
export async function openMattersOf(db: Q, personId: number): Promise<Set<string>> {
  return new Set((await db.selectFrom('applications').select('matter').where('person_id', '=', personId).where('state', 'in', [...OPEN_STATES]).execute()).map((r) => r.matter));
}

/**
 * Files an application for a person the engine found eligible (免申即享): submitted at once when the
 * registry holds every material, otherwise a draft; the person is told either way.
 */
export async function fileProactively(p: Platform, c: Caller | null, person: { id: number; region: string; employer_id: number | null }, m: Matter, allHeld: boolean): Promise<{ createdApplicationId: number; submitted: boolean }> {
  const today = formatDay(p.today());
  return p.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({ matter: m.code, applicant_kind: 'person', person_id: person.id, employer_id: person.employer_id, region: person.region, state: allHeld ? 'submitted' : 'draft', data: JSON.stringify({ proactive: true }), period_key: periodKey(m, {}), created_by: c?.userId ?? null, ...(allHeld ? { submitted_on: today, due_on: applicationDueOn(p, { matter: m.code }, today, 0) } : {}) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordApplicationEvent(trx, app.id, 'proactive', null, allHeld ? 'submitted' : 'draft', c?.userId ?? null, '免申即享：系统根据人才库数据自动生成');
    await sendMessages(trx, [{ personId: person.id, applicationId: app.id, text: allHeld ? `免申即享：系统已根据人才库数据为您申报「${m.name}」（#${app.id}），无需提交材料，请留意办理进度。` : `免申即享：您可能符合「${m.name}」的条件，系统已生成申报草稿（#${app.id}），补充材料后即可提交。` }]);
    await appendAudit(trx, { actorId: c?.userId ?? null, actorRole: c?.role ?? 'system', action: 'application.proactive', entity: 'application', entityId: app.id, region: person.region, detail: { matter: m.code, submitted: allHeld } });
    return { createdApplicationId: app.id, submitted: allHeld };
  });
}

/**
 * The dashboard's figures of applications within `regions` submitted within the range (a range
 * leaves out drafts): how many in each state, those decided (approved or rejected) with their
 * deadline and the first decision's time, and how many are open past their deadline today.
 */
export async function applicationFigures(p: Platform, regions: string[], range: { from?: string; to?: string }) {
  const { from, to } = range;
  const applications = () =>
    p.db
      .selectFrom('applications')
      .where('applications.region', 'in', regions)
      .$if(from !== undefined, (qb) => qb.where('applications.submitted_on', '>=', from!))
      .$if(to !== undefined, (qb) => qb.where('applications.submitted_on', '<=', to!));
  const byState = await applications().select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
  const decided = await applications()
    .innerJoin('application_events as e', 'e.application_id', 'applications.id')
    .select(['applications.id', 'applications.due_on', (eb) => eb.fn.min('e.at').as('decided_at')])
    .where('e.action', 'in', ['approve', 'reject'])
    .where('applications.due_on', 'is not', null)
    .groupBy(['applications.id', 'applications.due_on'])
    .execute();
  // Open and past the deadline, exactly as the queue's `overdue` flag (clock running, due date passed).
  const overdue = await applications()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('applications.state', 'in', clockStates(applicationWorkflow))
    .where('applications.due_on', '<', formatDay(p.today()))
    .executeTakeFirstOrThrow();
  return { byState, decided, overdue: Number(overdue.n) };
}

/** For the demo: an application as if submitted on `submittedOn`, its deadline counted from that day. */
export async function backdateSubmission(p: Platform, id: number, submittedOn: string): Promise<void> {
  const app = await applicationRow(p.db, id);
  if (!app) return;
  await p.db.updateTable('applications').set({ submitted_on: submittedOn, due_on: applicationDueOn(p, app, submittedOn, 0) }).where('id', '=', id).execute();
}

/** The approved applications of `matter` (an in-kind matter's waiting list starts from them), each with the day it was approved (China time). */
export async function approvedApplicationsOf(db: Q, matter: string): Promise<Array<{ id: number; personId: number; region: string; approvedOn: string }>> {
  const rows = await db
    .selectFrom('applications')
    .innerJoin('application_events', 'application_events.application_id', 'applications.id')
    .select(['applications.id', 'applications.person_id', 'applications.region', 'application_events.at'])
    .where('applications.matter', '=', matter)
    .where('applications.state', '=', 'approved')
    .where('applications.person_id', 'is not', null)
    .where('application_events.to_state', '=', 'approved')
    .orderBy('applications.id')
    .execute();
  return rows.map((r) => ({ id: r.id, personId: r.person_id!, region: r.region, approvedOn: chinaDate(new Date(r.at)) }));
}
