// An application as people read it (申报件详情): where it stands and its deadline, its form and
// materials, its history, the joint review's opinions, every decision rule by rule with the rules
// still open, the applicant's other applications and payments for the same matter, and for a tier
// recognition what was recognised — each part from the module that owns it, with the names of the
// accounts that acted looked up once for the whole page. An employer's HR looking at a staff
// member's personal application sees where it stands, not what is in it.

import { STATE_LABELS, type AppState } from '@rencai/domain';
import type { Caller, Platform } from '../shared/index.js';
import { matterByCode, matterView, type Matter } from '../matters/index.js';
import { displayNames } from '../accounts/index.js';
import { employerRow, personRow, recognitionResult } from '../registry/index.js';
import { projectClaimWords } from '../projects/index.js';
import { paymentsOf } from '../ledger/index.js';
import { employerPartOnly, eventsOf, eventView, loadApplication, materialsStatus, otherApplicationsOf, periodLabel, summarise, type AppRow } from '../applications/index.js';
import { opinionsOf } from '../review/index.js';
import { decisionsOf, decisionView } from '../decisions/index.js';

export async function getApplication(p: Platform, c: Caller, id: number) {
  const app = await loadApplication(p, c, id);
  const person = app.person_id ? await personRow(p.db, app.person_id) : undefined;
  const employer = app.employer_id ? await employerRow(p.db, app.employer_id) : undefined;
  const events = await eventsOf(p.db, id);
  const reviews = await opinionsOf(p.db, id);
  const decisions = await decisionsOf(p.db, id);
  const names = await displayNames(p.db, [...events.map((e) => e.actor_id), ...reviews.map((r) => r.reviewer_id), ...decisions.map((d) => d.decided_by)]);
  const nameOf = (userId: number | null) => (userId !== null ? (names.get(userId) ?? null) : null);
  const decision = decisions[decisions.length - 1];
  const matter = matterByCode(app.matter)!;
  const summary = summarise(p, app, (app.applicant_kind === 'person' ? person?.name : employer?.name) ?? null);
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
  const order = (department: string) => matter.departments.findIndex((d) => d.code === department);
  return {
    ...summary,
    limited: false,
    data: app.data,
    subject: await subjectOf(p, matter, app.data),
    missing: app.missing,
    returnCount: app.return_count,
    pausedWorkdays: app.paused_workdays,
    matterInfo: matterView(matter, person),
    materials: await materialsStatus(p.db, app),
    events: events.map((e) => eventView({ ...e, display_name: nameOf(e.actor_id) }, matter)),
    reviews: reviews
      .sort((a, b) => order(a.department) - order(b.department))
      .map((r) => ({ department: r.department, departmentName: matter.departments.find((d) => d.code === r.department)?.name ?? r.department, decision: r.decision, reason: r.reason, at: r.at?.toISOString() ?? null, by: nameOf(r.reviewer_id) })),
    // The latest decision (as before: one per application unless rules were left open), every decision
    // rule by rule, and the rules still open with what they need.
    decision: decision ? decisionView(decision, nameOf(decision.decided_by)) : null,
    decisions: decisions.map((d) => decisionView(d, nameOf(d.decided_by))),
    openRules: decision ? decision.open.filter((r) => app.open_rules.includes(r.key)) : [],
    related: await related(p, c, app, matter),
    // 人才层次认定 pays nothing: what was recognised (qualifications, tiers, validity, basis) instead.
    recognition: matter.code === 'tier_recognition' ? await recognitionResult(p.db, app.id) : null,
  };
}

/** For a matter claimed per subject: whom, which project or streamer (and which funding) the application is for, in words. */
async function subjectOf(p: Platform, matter: Matter, data: Record<string, unknown>): Promise<string | null> {
  if (!matter.subject) return null;
  if (matter.subject === 'employee') {
    const x = Number.isSafeInteger(data.personId) ? await personRow(p.db, data.personId as number) : undefined;
    return `入选人才：${x?.name ?? '（不在人才库中）'}（人才库编号 ${String(data.personId)}）`;
  }
  const claim = matter.claims?.find((c) => c.code === data.claim);
  if (data.projectId !== undefined) return `人才创业项目：${await projectClaimWords(p.db, data)}`;
  return `${matter.subject === 'project' ? '人才创业项目' : '主播'}：${String(data[matter.subject])}${claim ? `；${claim.name}` : ''}`;
}

/**
 * The applicant's other applications for the same matter (any period, any state) and the payments
 * already made to them for its benefits, each within what the caller may see — so the clerk sees
 * a second claim next to the first before deciding.
 */
async function related(p: Platform, c: Caller, app: AppRow, matter: Matter) {
  const apps = await otherApplicationsOf(p, c, app);
  const payments = matter.rules.length ? await paymentsOf(p, c, { rules: matter.rules, ...(app.applicant_kind === 'person' ? { personId: app.person_id ?? -1 } : { employerId: app.employer_id ?? -1 }) }) : [];
  return {
    applications: apps.map((a) => ({ id: a.id, state: a.state, stateLabel: STATE_LABELS[a.state as AppState] ?? a.state, period: periodLabel(a.period_key), submittedOn: a.submitted_on, amountFen: a.amount_fen, createdAt: a.created_at.toISOString() })),
    payments: payments.map((x) => ({ id: x.id, applicationId: x.application_id, instalmentKey: x.instalment_key, benefit: x.benefit, amountFen: x.amount_fen, dueOn: x.due_on, batchId: x.batch_id, paidAt: x.created_at.toISOString() })),
  };
}
