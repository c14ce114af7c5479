// Job matching (精准匹配): the open demands of enterprises in the person's city (through the enterprises
// module's export), those whose degree the person meets, ranked by what fits — degree, major, county —
// with each reason shown in words (the matching module's fitOf, shared with enterprises' candidate lists).

import { REGIONS } from '@rencai/policies';
import type { Caller, Platform } from '../shared/index.js';
import { openDemandsIn } from '../enterprises/index.js';
import { fitOf, type FitReason } from '../matching/index.js';
import { HELP_DEGREES, loadPerson } from './files.js';

const MAX_MATCHES = 20;

export type MatchReason = FitReason;

export interface JobMatch {
  demandId: number;
  enterpriseName: string;
  post: string;
  headcount: number;
  region: string;
  regionName: string;
  degreeName: string;
  major: string;
  salaryMinFen: number;
  salaryMaxFen: number;
  deadline: string;
  /** How many of the three reasons are met (degree always is: a demand above the person's degree is left out). */
  score: number;
  reasons: MatchReason[];
}

/** The open demands a person of the key groups may fit, best first, with the reasons (the fit is the matching module's, shared with enterprises' candidate lists). */
export async function matchJobs(p: Platform, c: Caller, id: number): Promise<JobMatch[]> {
  const person = await loadPerson(p, c, id);
  const city = REGIONS.find((r) => r.code === person.region)?.city;
  const demands = await openDemandsIn(p, REGIONS.filter((r) => r.city === city).map((r) => r.code));
  const profile = { degree: person.degree, degreeName: HELP_DEGREES[person.degree], majors: person.major ? [{ name: person.major }] : [], region: person.region };
  const out: JobMatch[] = [];
  for (const d of demands) {
    const fit = fitOf(d, profile);
    if (!fit.fits) continue;
    out.push({ demandId: d.id, enterpriseName: d.enterpriseName, post: d.post, headcount: d.headcount, region: d.region, regionName: d.regionName, degreeName: d.degreeName, major: d.majorName ?? d.major, salaryMinFen: d.salaryMinFen, salaryMaxFen: d.salaryMaxFen, deadline: d.deadline, score: fit.score, reasons: fit.reasons });
  }
  return out.sort((a, b) => b.score - a.score || b.salaryMaxFen - a.salaryMaxFen || a.demandId - b.demandId).slice(0, MAX_MATCHES);
}
