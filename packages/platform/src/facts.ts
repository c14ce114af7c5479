// From the registry to the engine: the profile the rules read for a person or an employer as of a
// date. Qualifications and tiers come only from recognitions valid (and not revoked) on that date (认定), never from
// what a person declared; employment and housing from the registry; what the registry does not
// know stays out of the profile, so the engine reports it as undetermined, never as no.

import { createHash } from 'node:crypto';
import { fenToYuanString, formatDay, parseDay } from '@rencai/engine';
import { canonicalJson, type Db, type EmployersTable, type PersonsTable, type Selectable, type Transaction, type DB } from '@rencai/store';

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
  for (const r of recs) {
    for (const q of r.qualifications) quals.set(q.code, q.obtained);
    if (r.tier_art19) tier19 = r.tier_art19;
    if (r.tier_art20) tier20 = r.tier_art20;
    if (r.basis) basis = r.basis;
  }
  const p: Record<string, unknown> = {
    name: person.name,
    qualifications: [...quals].map(([code, obtained]) => (obtained ? { code, obtained } : code)),
  };
  if (tier19 || tier20) p.recognizedTier = { ...(tier19 ? { art19: tier19 } : {}), ...(tier20 ? { art20: tier20 } : {}), ...(basis ? { basis } : {}) };

  const current = person.employment.filter((e) => e.start <= asOf && (!e.end || e.end >= asOf)).sort((a, b) => (a.start < b.start ? 1 : -1))[0];
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
  if (h.talentApartment !== undefined) p.talentApartment = h.talentApartment;
  return { region, person: p };
}

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
  if (data.experts) {
    enterprise.experts = data.experts.map((x) => ({ name: x.name, qualified: x.qualified, salary: fenToYuanString(x.salaryFen), yearsSubsidized: x.yearsSubsidized }));
  }
  for (const k of ['academicianStation', 'postdocStation'] as const) if (data[k]) enterprise[k] = data[k];
  return { region: e.region, enterprise };
}

export const factsHash = (profile: unknown): string => createHash('sha256').update(canonicalJson(profile)).digest('hex');

const addDaysIso = (iso: string, days: number): string => formatDay(parseDay(iso) + days);
