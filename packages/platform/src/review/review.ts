// Joint review (联审): a clerk accepts a submitted application, which routes it to every department
// its matter names; each department gives one opinion, only through its own members (nobody votes
// for another department), recorded in the application's history and audited. The routing decides
// what a reviewing department may see — the applications routed to it and their applicants — and
// is answered here for the scoping of every module (shared/scope.ts).

import { STATE_LABELS, type AppState } from '@rencai/domain';
import { appendAudit, type DB, type Db, type Transaction } from '@rencai/store';
import { conflict, fieldError, forbidden, type Caller, type IdQuery, type Platform } from '../shared/index.js';
import { matterByCode } from '../matters/index.js';
import { applicantEmployers, applicantPersons, loadApplication, moveApplication, recordApplicationEvent, requireClerk, type AppRow } from '../applications/index.js';

type Q = Db | Transaction<DB>;
type Trx = Transaction<DB>;

// ---------------------------------------------------------------- routing

/** Applications routed to a department (an opinion of it is asked for, from acceptance onwards). */
export const routedTo = (db: Q, department: string): IdQuery => db.selectFrom('reviews').select('reviews.application_id as id').where('reviews.department', '=', department);

/** Applications routed to a department whose opinion is still open. */
export const awaitingOpinionOf = (db: Q, department: string): IdQuery => db.selectFrom('reviews').select('reviews.application_id as id').where('reviews.department', '=', department).where('reviews.decision', 'is', null);

/** Persons who applied for an application routed to the department. */
export const applicantsRoutedTo = (db: Q, department: string): IdQuery => applicantPersons(db, routedTo(db, department));

/** Employers named on an application routed to the department. */
export const employersRoutedTo = (db: Q, department: string): IdQuery => applicantEmployers(db, routedTo(db, department));

// ---------------------------------------------------------------- acceptance and opinions

export async function accept(p: Platform, c: Caller, id: number): Promise<AppRow> {
  requireClerk(c);
  return p.db.transaction().execute(async (trx) => {
    const app = await loadApplication(p, c, id, trx);
    const row = await moveApplication(trx, c, app, 'accept', '已受理，发起联审');
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
    const app = await loadApplication(p, c, id, trx);
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
    await recordApplicationEvent(trx, id, `review.${input.decision}`, 'reviewing', 'reviewing', c.userId, `${department}：${input.decision === 'approve' ? '同意' : '不同意'}${input.reason ? `，${String(input.reason)}` : ''}`);
    await appendAudit(trx, { actorId: c.userId, actorRole: c.role, action: 'application.review', entity: 'application', entityId: id, region: app.region, detail: { department, decision: input.decision } });
  });
}

// ---------------------------------------------------------------- reading

/** The opinions of an application's review, one per department asked (decision null: not given yet), with who gave them. */
export const opinionsOf = (db: Q, applicationId: number) =>
  db.selectFrom('reviews').select(['department', 'decision', 'reason', 'at', 'reviewer_id']).where('application_id', '=', applicationId).execute();

/** The departments that have not agreed (yet): none when the joint review approved the application. */
export async function notAgreed(trx: Trx, applicationId: number): Promise<Array<{ department: string; decision: 'approve' | 'reject' | null }>> {
  const rows = await trx.selectFrom('reviews').select(['department', 'decision']).where('application_id', '=', applicationId).execute();
  return rows.filter((r) => r.decision !== 'approve');
}
