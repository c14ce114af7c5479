// A deterministic synthetic talent population (seeded), for benchmarks. SYNTHETIC DATA: proportions
// are plausible guesses (many bachelors and masters, some PhDs and titles, few top honours), not
// statistics. Regions are spread over the Quzhou codes; arrivals fall in 2018–2024.

import { seededRandom } from '@rencai/engine';
import { QUZHOU_REGION_CODES } from '../policies/common/regions.js';

export const rng = seededRandom;

/** Qualification code → share of the population holding it (independent draws). */
export const QUAL_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['academician_cae', 0.00005],
  ['national_wanren_leading', 0.0002],
  ['national_talent_program', 0.0005],
  ['provincial_talent_program', 0.002],
  ['state_council_allowance_expert', 0.002],
  ['city_famous_doctor', 0.004],
  ['city_famous_teacher', 0.004],
  ['senior_title_full', 0.02],
  ['phd_fulltime', 0.03],
  ['senior_title_associate', 0.08],
  ['senior_technician', 0.03],
  ['technician', 0.06],
  ['master_fulltime_dfc', 0.08],
  ['master_fulltime_other', 0.12],
  ['bachelor_fulltime_dfc', 0.05],
  ['bachelor_fulltime', 0.35],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** One synthetic profile, as the JSON a user would submit. */
export function syntheticProfile(r: () => number): Record<string, unknown> {
  const quals = QUAL_SHARES.filter(([, p]) => r() < p).map(([q]) => q);
  const year = 2018 + Math.floor(r() * 7);
  const arrivalDate = `${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
  const bought = r() < 0.35;
  const py = year + Math.floor(r() * 4);
  const answered = r() < 0.98; // a few profiles leave the full-time question open
  const person: Record<string, unknown> = {
    qualifications: quals,
    ...(answered ? { fullTime: r() < 0.9 } : {}),
    arrivalDate,
    post: r() < 0.1 ? 'teacher' : r() < 0.1 ? 'doctor' : 'other',
    employerType: r() < 0.25 ? 'public_institution' : 'enterprise',
    keyIndustryEnterprise: r() < 0.4,
    professionalPost: r() < 0.7,
    shortageFrontlinePost: r() < 0.3,
    urgentMajor: r() < 0.2,
    healthSystem: r() < 0.05,
    serviceAgreementYears: r() < 0.6 ? 5 : 2,
    selfEmployed: r() < 0.05,
    hasPurchased: bought,
    talentApartment: r() < 0.05,
    freshGraduate: r() < 0.3,
    graduateOf: r() < 0.2 ? 'quzhou_university' : 'other',
  };
  if (bought)
    person.purchase = {
      date: `${Math.min(py, 2025)}-${pad(1 + Math.floor(r() * 12))}-15`,
      price: 800000 + Math.floor(r() * 2000) * 1000,
      isFirst: r() < 0.9,
      sold: r() < 0.03,
      ...(r() < 0.03 ? { soldDate: '2026-01-10' } : {}),
    };
  return { region: QUZHOU_REGION_CODES[Math.floor(r() * QUZHOU_REGION_CODES.length)], person };
}
