// From the registry to the engine: the profile the rules read for a person or an employer as of a
// date. Qualifications and tiers come only from recognitions valid (and not revoked) on that date (认定), never from
// what a person declared; so do the claims a recognition establishes (programme selection, art. 17
// and county recommendations, a postdoc station) — without one the answer is no, as for a
// qualification. Employment (with the nature of the post), housing and talent facts come from the
// registry, an application's own facts from its form (see fact-homes.ts); what the registry does
// not know stays out of the profile, so the engine reports it as undetermined, never as no.

import { createHash } from 'node:crypto';
import { fenToYuanString, formatDay, parseDay } from '@rencai/engine';
import { canonicalJson, type Db, type EmployersTable, type PersonsTable, type Selectable, type Transaction, type DB } from '@rencai/store';
import { POST_FACTS } from './person-input.js';
import { applicationFacts, localName } from '../facts/index.js';
import { talentApartmentOn } from './talent-apartment.js';
import { urgentMajorOn } from '../talent-catalogue/index.js';

type PersonRow = Selectable<PersonsTable>;

export async function personProfile(db: Db | Transaction<DB>, person: PersonRow, asOf: string): Promise<Record<string, unknown>> {
  const recs = await db
    .selectFrom('recognitions')
    .selectAll()
    .where('person_id', '=', person.id)
    .where('valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', asOf)]))
    .where((eb) => eb.or([eb('revoked_on', 'is', null), eb('revoked_on', '>', asOf)]))
    .orderBy('id')
    .execute();
  const quals = new Map<string, string | undefined>();
  let tier19: number | null = null;
  let tier20: number | null = null;
  let basis: string | null = null;
  const claims: Record<string, unknown> = {};
  for (const r of recs) {
    for (const q of r.qualifications) quals.set(q.code, q.obtained);
    if (r.tier_art19) tier19 = r.tier_art19;
    if (r.tier_art20) tier20 = r.tier_art20;
    if (r.basis) basis = r.basis;
    Object.assign(claims, r.facts ?? {}); // a later recognition's group (e.g. talentProgram) replaces an earlier one's
  }
  const p: Record<string, unknown> = {
    name: person.name,
    qualifications: [...quals].map(([code, obtained]) => (obtained ? { code, obtained } : code)),
  };
  if (tier19 || tier20) p.recognizedTier = { ...(tier19 ? { art19: tier19 } : {}), ...(tier20 ? { art20: tier20 } : {}), ...(basis ? { basis } : {}) };
  // Claims established only by a recognition: none recognised means no.
  p.countyRecommended = claims.countyRecommended ?? false;
  p.talentProgram = claims.talentProgram ?? { selfApplied: false };
  p.art17 = claims.art17 ?? { recommended: false };
  p.postdoc = claims.postdoc ?? { stationLevel: 'none' };
  Object.assign(p, person.facts ?? {});

  const current = currentPost(person, asOf);
  // 急需紧缺专业: the person's coded majors looked up in the catalogue in force on `asOf`, cited; a clerk's recorded yes/no overrides it.
  if (person.facts?.urgentMajor === undefined) {
    const u = await urgentMajorOn(db, asOf, person.education.flatMap((e) => (e.majorCode ? [e.majorCode] : [])), current?.postName);
    if (u.value !== undefined) p.urgentMajor = u.value;
    p.urgentMajorBasis = u.basis;
  } else p.urgentMajorBasis = '经办人员人工认定（原因见档案变更记录）';
  let region = person.region;
  if (current) {
    region = current.region;
    p.fullTime = current.fullTime;
    // Arrival: the start of the unbroken run of full-time local posts that leads to the current one.
    const sorted = person.employment.filter((e) => e.fullTime && e.start <= asOf).sort((a, b) => (a.start < b.start ? -1 : 1));
    let arrival = current.start;
    for (let i = sorted.indexOf(current) - 1; i >= 0; i--) {
      const prev = sorted[i]!;
      if (prev.end && prev.end >= addDaysIso(arrival, -31)) arrival = prev.start;
      else break;
    }
    if (current.fullTime) p.arrivalDate = arrival;
    if (current.post) p.post = current.post;
    if (current.serviceAgreementYears !== undefined) p.serviceAgreementYears = current.serviceAgreementYears;
    for (const f of POST_FACTS) if (current[f] !== undefined) p[f] = current[f];
    const employerId = current.employerId ?? person.employer_id;
    if (employerId) {
      const emp = await db.selectFrom('employers').select(['kind', 'key_industry']).where('id', '=', employerId).executeTakeFirst();
      if (emp) {
        p.employerType = emp.kind === 'enterprise' ? 'enterprise' : 'public_institution';
        if (emp.kind === 'enterprise') p.keyIndustryEnterprise = emp.key_industry;
      }
    }
  } else if (person.employment.length > 0) {
    p.fullTime = false; // the registry records no post held on that date
  }
  const h = person.housing;
  if (h.hasPurchased !== undefined) p.hasPurchased = h.hasPurchased;
  if (h.purchase) {
    p.purchase = {
      date: h.purchase.date,
      price: fenToYuanString(h.purchase.priceFen),
      ...(h.purchase.isFirst !== undefined ? { isFirst: h.purchase.isFirst } : {}),
      ...(h.purchase.sold !== undefined ? { sold: h.purchase.sold } : {}),
      ...(h.purchase.soldDate ? { soldDate: h.purchase.soldDate } : {}),
    };
  }
  // Tenancies recorded by the apartments module are dated (true from the move-in until the end); otherwise the clerk's yes/no.
  const renting = talentApartmentOn(h, asOf) ?? h.talentApartment;
  if (renting !== undefined) p.talentApartment = renting;
  return { region, person: p };
}

/** The post a person holds on `asOf` (the latest begun, not ended), if any. */
const currentPost = (person: PersonRow, asOf: string) => person.employment.filter((e) => e.start <= asOf && (!e.end || e.end >= asOf)).sort((a, b) => (a.start < b.start ? 1 : -1))[0];

/** Where a person works on `asOf` as the rules see it (the profile's region): the current post's region, else the record's. */
export const workRegion = (person: PersonRow, asOf: string): string => currentPost(person, asOf)?.region ?? person.region;

export interface ExpertClaim {
  personId: number;
  name: string;
  salaryFen: number;
  qualified: boolean;
  yearsSubsidized: number;
}

export function employerProfile(e: Selectable<EmployersTable>, data: { experts?: ExpertClaim[] } & Record<string, unknown>): Record<string, unknown> {
  const enterprise: Record<string, unknown> = { name: e.name };
  if (e.sector) enterprise.sector = e.sector;
  const recorded = e.facts ?? {};
  if (recorded.streamers) enterprise.streamers = recorded.streamers;
  if (data.experts) {
    enterprise.experts = data.experts.map((x) => ({ name: x.name, qualified: x.qualified, salary: fenToYuanString(x.salaryFen), yearsSubsidized: x.yearsSubsidized }));
  }
  for (const k of ['academicianStation', 'postdocStation'] as const) if (data[k]) enterprise[k] = data[k];
  return { region: e.region, enterprise, ...(recorded.projects ? { projects: recorded.projects } : {}) };
}

/**
 * Adds a person's application form facts (those whose home is the form of `matter`, stored
 * catalogue-shaped under the form's data) to their registry profile: the application's own data is
 * what its rules read, beside the registry.
 */
export function withApplicationFacts(profile: Record<string, unknown>, matter: string, data: Record<string, unknown>): Record<string, unknown> {
  const person = { ...((profile.person as Record<string, unknown> | undefined) ?? {}) };
  for (const name of applicationFacts(matter)) {
    if (!name.startsWith('person.')) continue;
    const local = localName(name, 'person');
    let v: unknown = data;
    for (const part of local.split('.')) v = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>)[part] : undefined;
    if (v === undefined || v === null) continue;
    const parts = local.split('.');
    let at = person;
    for (const part of parts.slice(0, -1)) at = (at[part] = { ...((at[part] as Record<string, unknown> | undefined) ?? {}) });
    at[parts[parts.length - 1]!] = v;
  }
  return { ...profile, person };
}

export const factsHash = (profile: unknown): string => createHash('sha256').update(canonicalJson(profile)).digest('hex');

const addDaysIso = (iso: string, days: number): string => formatDay(parseDay(iso) + days);
