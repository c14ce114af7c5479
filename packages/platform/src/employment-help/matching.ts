// Job matching (精准匹配): the open demands of enterprises in the person's city (through the enterprises
// module's export), those whose degree the person meets, ranked by what fits — degree, major, county —
// with each reason shown in words.

import { regionName, REGIONS } from '@rencai/policies';
import type { HelpDegree } from '@rencai/store';
import type { Caller, Platform } from '../shared/index.js';
import { openDemandsIn } from '../enterprises/index.js';
import { HELP_DEGREES, loadPerson } from './files.js';

const RANK: Record<HelpDegree, number> = { none: 0, college: 1, bachelor: 2, master: 3, doctor: 4 };
const MAX_MATCHES = 20;

export interface MatchReason {
  kind: 'degree' | 'major' | 'county';
  met: boolean;
  text: string;
}

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

const norm = (s: string) => s.replace(/[\s（）()、，,]/g, '');

/** The open demands a person of the key groups may fit, best first, with the reasons. */
export async function matchJobs(p: Platform, c: Caller, id: number): Promise<JobMatch[]> {
  const person = await loadPerson(p, c, id);
  const city = REGIONS.find((r) => r.code === person.region)?.city;
  const demands = await openDemandsIn(p, REGIONS.filter((r) => r.city === city).map((r) => r.code));
  const major = norm(person.major);
  const out: JobMatch[] = [];
  for (const d of demands) {
    const need = RANK[d.degree as HelpDegree] ?? 0;
    if (RANK[person.degree] < need) continue;
    const degree: MatchReason = { kind: 'degree', met: true, text: need === 0 ? '学历不限' : `学历符合（要求${d.degreeName}，本人${HELP_DEGREES[person.degree]}）` };
    const wanted = [d.major, d.majorName ?? ''].map(norm).filter(Boolean);
    const open = !wanted.length || wanted.some((w) => w === '不限');
    const fits = !!major && wanted.some((w) => w.includes(major) || major.includes(w));
    const majorReason: MatchReason = open ? { kind: 'major', met: true, text: '专业不限' } : fits ? { kind: 'major', met: true, text: `专业相符（要求${d.majorName ?? d.major}，本人${person.major}）` } : { kind: 'major', met: false, text: `专业要求${d.majorName ?? d.major}${person.major ? `，本人${person.major}` : '，本人未填写专业'}` };
    const same = d.region === person.region;
    const county: MatchReason = { kind: 'county', met: same, text: same ? `同在${regionName(person.region)}` : `位于${d.regionName}（本人在${regionName(person.region)}）` };
    const reasons = [degree, majorReason, county];
    out.push({ demandId: d.id, enterpriseName: d.enterpriseName, post: d.post, headcount: d.headcount, region: d.region, regionName: d.regionName, degreeName: d.degreeName, major: d.majorName ?? d.major, salaryMinFen: d.salaryMinFen, salaryMaxFen: d.salaryMaxFen, deadline: d.deadline, score: reasons.filter((r) => r.met).length, reasons });
  }
  return out.sort((a, b) => b.score - a.score || b.salaryMaxFen - a.salaryMaxFen || a.demandId - b.demandId).slice(0, MAX_MATCHES);
}
