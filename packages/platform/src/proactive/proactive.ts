// Proactive eligibility (免申即享): the engine runs over the registry and finds people who qualify
// for a matter but have not applied. For matters configured to 'create', the application is made
// for them — submitted at once when the registry already holds every material, otherwise left as a
// draft with a message asking them to add what is missing. Creating applications is the talent
// office's job (its clerks, or the scheduled system job); leaders and administrators may run the
// screening read-only; reviewing departments, who see only what is routed to them, may not.

import { calculateRequest } from '@rencai/services';
import { formatDay, formatYuan } from '@rencai/engine';
import { regionName } from '@rencai/policies';
import { appendAudit } from '@rencai/store';
import { type Platform, visibleRegions, type Caller, forbidden, isUniqueViolation } from '../shared/index.js';
import { MATTERS, type Matter } from '../matters/index.js';
import { personProfile } from '../registry/index.js';
import { periodKey } from '../applications/index.js';

export interface Candidate {
  personId: number;
  name: string;
  region: string;
  regionName: string;
  matter: string;
  matterName: string;
  amountFen: number;
  amountText: string;
  rules: string[];
  createdApplicationId?: number;
  submitted?: boolean;
}

const OPEN_STATES = ['draft', 'submitted', 'returned', 'reviewing', 'approved', 'scheduled', 'paid'];

/** Candidates among the persons the caller may see (all persons for the system job); creates applications when `create`. */
export async function runProactive(p: Platform, c: Caller | null, opts: { create: boolean; limit?: number }): Promise<{ scanned: number; candidates: Candidate[] }> {
  if (c && !(c.role === 'clerk' || c.role === 'leader' || c.role === 'admin')) throw forbidden('只有人才办经办人员（及领导、管理员只读）可以运行免申即享筛查');
  if (c && opts.create && c.role !== 'clerk') throw forbidden('只有人才办经办人员可以生成免申即享申报件（领导、管理员可只筛查不生成）');
  const regions = c ? visibleRegions(c) : null;
  let q = p.db.selectFrom('persons').selectAll().orderBy('id');
  if (regions) q = q.where('region', 'in', regions.length ? regions : ['-']);
  const persons = await q.limit(opts.limit ?? 100_000).execute();
  const asOf = formatDay(p.today());
  const matters = MATTERS.filter((m) => m.proactive !== 'none' && m.applicant === 'person');
  const candidates: Candidate[] = [];
  for (const person of persons) {
    const existing = new Set((await p.db.selectFrom('applications').select('matter').where('person_id', '=', person.id).where('state', 'in', OPEN_STATES).execute()).map((r) => r.matter));
    const todo = matters.filter((m) => !existing.has(m.code));
    if (!todo.length) continue;
    const profile = await personProfile(p.db, person, asOf);
    const result = calculateRequest({ profile, date: asOf });
    for (const m of todo) {
      const ents = result.entitlements.filter((e) => m.rules.includes(e.rule) && e.status === 'granted');
      if (!ents.length) continue;
      const amount = ents.reduce((s, e) => s + (e.totalFen ?? e.amountFen ?? 0), 0);
      const cand: Candidate = { personId: person.id, name: person.name, region: person.region, regionName: regionName(person.region), matter: m.code, matterName: m.name, amountFen: amount, amountText: formatYuan(amount), rules: ents.map((e) => e.rule) };
      if (opts.create && m.proactive === 'create') Object.assign(cand, await createFor(p, c, person, m).catch((e: unknown) => {
        // Someone filed one for the same period meanwhile (the database's unique index): nothing to create.
        if (isUniqueViolation(e)) return {};
        throw e;
      }));
      candidates.push(cand);
    }
  }
  return { scanned: persons.length, candidates };
}

async function createFor(p: Platform, c: Caller | null, person: { id: number; region: string; employer_id: number | null; name: string } & Parameters<NonNullable<Matter['materials'][number]['heldBy']>>[0], m: Matter) {
  const allHeld = m.materials.every((x) => x.heldBy?.(person as never));
  const today = formatDay(p.today());
  const due = formatDay(p.calendar.addWorkdays(p.today(), m.promisedDays));
  return p.db.transaction().execute(async (trx) => {
    const app = await trx
      .insertInto('applications')
      .values({ matter: m.code, applicant_kind: 'person', person_id: person.id, employer_id: person.employer_id, region: person.region, state: allHeld ? 'submitted' : 'draft', data: JSON.stringify({ proactive: true }), period_key: periodKey(m, {}), created_by: c?.userId ?? null, ...(allHeld ? { submitted_on: today, due_on: due } : {}) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('application_events').values({ application_id: app.id, action: 'proactive', from_state: null, to_state: allHeld ? 'submitted' : 'draft', actor_id: c?.userId ?? null, reason: '免申即享：系统根据人才库数据自动生成' }).execute();
    await trx
      .insertInto('messages')
      .values({ person_id: person.id, application_id: app.id, text: allHeld ? `免申即享：系统已根据人才库数据为您申报「${m.name}」（#${app.id}），无需提交材料，请留意办理进度。` : `免申即享：您可能符合「${m.name}」的条件，系统已生成申报草稿（#${app.id}），补充材料后即可提交。` })
      .execute();
    await appendAudit(trx, { actorId: c?.userId ?? null, actorRole: c?.role ?? 'system', action: 'application.proactive', entity: 'application', entityId: app.id, region: person.region, detail: { matter: m.code, submitted: allHeld } });
    return { createdApplicationId: app.id, submitted: allHeld };
  });
}

/** What a talent gets and could apply for: the engine on their recognised registry facts, today. */
export async function myEntitlements(p: Platform, c: Caller) {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以查看');
  const person = await p.db.selectFrom('persons').selectAll().where('id', '=', c.personId).executeTakeFirstOrThrow();
  const asOf = formatDay(p.today());
  const profile = await personProfile(p.db, person, asOf);
  const result = calculateRequest({ profile, date: asOf, whyNot: false });
  const applied = new Set((await p.db.selectFrom('applications').select('matter').where('person_id', '=', person.id).where('state', 'in', OPEN_STATES).execute()).map((r) => r.matter));
  const couldApply = MATTERS.filter((m) => m.applicant === 'person' && !applied.has(m.code))
    .map((m) => ({ matter: m.code, name: m.name, entitlements: result.entitlements.filter((e) => m.rules.includes(e.rule)) }))
    .filter((x) => x.entitlements.length > 0)
    .map((x) => ({ ...x, amountFen: x.entitlements.reduce((s, e) => s + (e.totalFen ?? e.amountFen ?? 0), 0) }));
  return { asOf, profile, result, couldApply };
}
