// The application (申报件) as a workflow: the first definition the engine runs. Its states and moves
// are the pure state machine of @rencai/domain (lifecycle.ts), here with who takes each move, the
// promised working days of its matter (the clock running while submitted or in review, stopped
// while returned for 补正), escalation of an overdue one to the region's and the city's leaders,
// and the message the applicant gets at every step. Its store is the applications table and their
// history, application_events. Other modules move an application through the functions here.

import { ACTIONS, CLOCK_RUNNING, STATES, STATE_LABELS, type Action, type AppState } from '@rencai/domain';
import { regionName } from '@rencai/policies';
import type { ApplicationsTable, Selectable } from '@rencai/store';
import type { Caller, Platform } from '../shared/index.js';
import { clock, dueOn, escalateOverdue, move, record, step, tableStore, type Taker, type Trx, type WorkflowDefinition } from '../workflow/index.js';
import { leadersOf } from '../accounts/index.js';
import { matterByCode } from '../matters/index.js';

export type AppRow = Selectable<ApplicationsTable>;

/** The applicant (a talent or an employer's HR), or the talent office acting for them. */
const APPLICANT_OR_OFFICE: readonly Taker[] = ['talent', 'employer', 'clerk', 'admin'];
/** A clerk decides; a leader takes the same steps as the second approver of an adjusted amount. */
const DECIDER: readonly Taker[] = ['clerk', 'leader'];

export const applicationWorkflow: WorkflowDefinition<AppState, Action, AppRow> = {
  name: 'application',
  noun: '申报件',
  states: Object.fromEntries(STATES.map((s) => [s, { label: STATE_LABELS[s], clock: CLOCK_RUNNING.has(s) }])) as Record<AppState, { label: string; clock: boolean }>,
  actions: {
    submit: { ...ACTIONS.submit, takers: APPLICANT_OR_OFFICE },
    resubmit: { ...ACTIONS.resubmit, takers: APPLICANT_OR_OFFICE },
    withdraw: { ...ACTIONS.withdraw, takers: ['talent', 'employer'] },
    return: { ...ACTIONS.return, takers: ['clerk'] },
    accept: { ...ACTIONS.accept, takers: ['clerk'] },
    reject: { ...ACTIONS.reject, takers: ['clerk'] },
    approve: { ...ACTIONS.approve, takers: DECIDER },
    // Scheduled in the course of the decision that books the grants.
    schedule: { ...ACTIONS.schedule, takers: DECIDER },
    // Paid when the ledger has paid every instalment due; the payment itself is what the audit log records (ledger.pay, batch.paid).
    pay: { ...ACTIONS.pay, takers: ['system'], audited: false },
  },
  workdays: (app) => matterByCode(app.matter)?.promisedDays ?? 0,
  notify(app, h) {
    const to = { personId: app.person_id, employerId: app.applicant_kind === 'employer' ? app.employer_id : null, applicationId: app.id };
    if (h.action === 'pay') return [{ ...to, text: `您的申报件 #${app.id} 到期款项已兑付到账。` }];
    const name = matterByCode(app.matter)?.name ?? app.matter;
    if (h.kind === 'step') return [{ ...to, text: `您的「${name}」申报件 #${app.id}：${h.reason}` }];
    return [{ ...to, text: `您的「${name}」申报件 #${app.id}：${ACTIONS[h.action as Action].label}，当前状态「${STATE_LABELS[h.to]}」${h.reason ? `。说明：${h.reason}` : ''}` }];
  },
  escalation: {
    reason: (app) => `已超过承诺时限（${app.due_on}），已提请领导督办`,
    async messages(trx, app) {
      const text = `督办：申报件 #${app.id}（${matterByCode(app.matter)?.name}，${regionName(app.region)}）已超过承诺时限 ${app.due_on}`;
      return (await leadersOf(trx, app.region)).map((userId) => ({ userId, applicationId: app.id, text }));
    },
  },
  store: tableStore<AppState, AppRow>({ table: 'applications', events: 'application_events', subjectColumn: 'application_id', escalatedColumn: 'overdue_flagged_at' }),
};

/** Moves an application one step (see the engine's `move`): 403, 409, or the new row — recorded, audited, the applicant told. */
export const moveApplication = (trx: Trx, c: Caller | null, app: AppRow, action: Action, reason: string | null, patch: Partial<Record<keyof ApplicationsTable, unknown>> = {}): Promise<AppRow> =>
  move(trx, applicationWorkflow, c, app, action, reason, patch);

/** A step that keeps the application's state (a later decision, closing open rules): recorded, audited, the applicant told. */
export const stepApplication = (trx: Trx, c: Caller, app: AppRow, action: string, reason: string, patch: Partial<Record<keyof ApplicationsTable, unknown>>): Promise<AppRow> =>
  step(trx, applicationWorkflow, c, app, action, reason, patch);

/** Records an event in an application's history that is not a move (created, an opinion, an adjusted amount). */
export const recordApplicationEvent = (trx: Trx, applicationId: number, action: string, from: string | null, to: string, actorId: number | null, reason: string | null): Promise<void> =>
  record(trx, applicationWorkflow, { subjectId: applicationId, action, from, to, actorId, reason });

/** The promised deadline of an application submitted on `submittedOn`, the clock having stopped `pausedWorkdays` working days. */
export const applicationDueOn = (p: Platform, app: Pick<AppRow, 'matter'>, submittedOn: string, pausedWorkdays: number): string =>
  dueOn(p.calendar, submittedOn, applicationWorkflow.workdays(app as AppRow) + pausedWorkdays);

/** Where an application stands against its deadline today. */
export const applicationClock = (p: Platform, app: Pick<AppRow, 'state' | 'due_on'>) => clock(applicationWorkflow, p.calendar, p.today(), app);

/** Flags applications past their promised deadline and tells the region's leaders (escalation); returns how many. */
export const flagOverdue = (p: Platform): Promise<number> => escalateOverdue(p, applicationWorkflow);
