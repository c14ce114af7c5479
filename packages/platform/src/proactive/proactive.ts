// Proactive eligibility (免申即享): the engine runs over the registry and finds people who qualify
// for a matter but have not applied. For matters configured to 'create', the application is made
// for them — submitted at once when the registry already holds every material, otherwise left as a
// draft with a message asking them to add what is missing. Creating applications is the talent
// office's job (its clerks, or the scheduled system job); leaders and administrators may run the
// screening read-only; reviewing departments, who see only what is routed to them, may not.

import { calculateRequest } from '@rencai/services';
import { formatDay, formatYuan } from '@rencai/engine';
import { regionName } from '@rencai/policies';
import { type Platform, visibleRegions, type Caller, forbidden, isUniqueViolation } from '../shared/index.js';
import { MATTERS, type Matter } from '../matters/index.js';
import { personProfile, personRow, personsIn } from '../registry/index.js';
import { fileProactively, openMattersOf } from '../applications/index.js';

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

/**
 * Candidates among the persons the caller may see (all persons for the system job), in id order
 * after `afterId`, at most `limit`; creates applications when `create`.
 */
export async function runProactive(p: Platform, c: Caller | null, opts: { create: boolean; limit?: number; afterId?: number }): Promise<{ scanned: number; lastId: number; candidates: Candidate[] }> {
  if (c && !(c.role === 'clerk' || c.role === 'leader' || c.role === 'admin')) throw forbidden('只有人才办经办人员（及领导、管理员只读）可以运行免申即享筛查');
  if (c && opts.create && c.role !== 'clerk') throw forbidden('只有人才办经办人员可以生成免申即享申报件（领导、管理员可只筛查不生成）');
  const regions = c ? visibleRegions(c) : null;
  const persons = await personsIn(p.db, regions, opts.limit ?? 100_000, opts.afterId ?? 0);
  const asOf = formatDay(p.today());
  const matters = MATTERS.filter((m) => m.proactive !== 'none' && m.applicant === 'person');
  const candidates: Candidate[] = [];
  for (const person of persons) {
    const existing = await openMattersOf(p.db, person.id);
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
  return { scanned: persons.length, lastId: persons.at(-1)?.id ?? opts.afterId ?? 0, candidates };
}

/** Persons screened per page by the nightly job. */
export const SCREEN_PAGE = 500;

/**
 * The nightly screening (the scheduled system job): the whole registry, a page of persons at a time,
 * filing the applications the matters say to file. Running it again files nothing twice: a person
 * with an open application for the matter is passed over, and the database refuses a duplicate.
 */
export async function screenRegistry(p: Platform, pageSize = SCREEN_PAGE): Promise<{ scanned: number; candidates: number; filed: number }> {
  let afterId = 0;
  let scanned = 0;
  let candidates = 0;
  let filed = 0;
  for (;;) {
    const page = await runProactive(p, null, { create: true, limit: pageSize, afterId });
    scanned += page.scanned;
    candidates += page.candidates.length;
    filed += page.candidates.filter((x) => x.createdApplicationId !== undefined).length;
    if (page.scanned < pageSize) break;
    afterId = page.lastId;
  }
  return { scanned, candidates, filed };
}

function createFor(p: Platform, c: Caller | null, person: { id: number; region: string; employer_id: number | null; name: string } & Parameters<NonNullable<Matter['materials'][number]['heldBy']>>[0], m: Matter) {
  const allHeld = m.materials.every((x) => x.heldBy?.(person as never));
  return fileProactively(p, c, person, m, allHeld);
}

/** What a talent gets and could apply for: the engine on their recognised registry facts, today. */
export async function myEntitlements(p: Platform, c: Caller) {
  if (c.role !== 'talent' || !c.personId) throw forbidden('只有人才本人可以查看');
  const person = await personRow(p.db, c.personId);
  if (!person) throw new Error('人才账号所关联的人员不在人才库中');
  const asOf = formatDay(p.today());
  const profile = await personProfile(p.db, person, asOf);
  const result = calculateRequest({ profile, date: asOf, whyNot: false });
  const applied = await openMattersOf(p.db, person.id);
  const couldApply = MATTERS.filter((m) => m.applicant === 'person' && !applied.has(m.code))
    .map((m) => ({ matter: m.code, name: m.name, entitlements: result.entitlements.filter((e) => m.rules.includes(e.rule)) }))
    .filter((x) => x.entitlements.length > 0)
    .map((x) => ({ ...x, amountFen: x.entitlements.reduce((s, e) => s + (e.totalFen ?? e.amountFen ?? 0), 0) }));
  return { asOf, profile, result, couldApply };
}
