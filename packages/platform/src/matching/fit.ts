// The fit of a person to an enterprise's demand, reason by reason in words — shared by both
// directions of matching: an enterprise's candidates for a demand (this module) and a helped person's
// open demands (employment-help). Degree is a gate (a demand above the person's degree does not fit);
// the major is compared by 教育部学科专业目录 code (the same major → 专业一致; a 本科专业 within the
// demanded 专业类 → 专业一致; two 本科专业 of one 专业类 → 专业同类), else by name; the county by the
// person's wished counties, else by where the person is; skills, when the person lists some, against the
// post's and major's words. The score is how many reasons are met.

import { regionName } from '@rencai/policies';
import { disciplineByKey } from '../talent-catalogue/index.js';

export type FitDegree = 'none' | 'college' | 'bachelor' | 'master' | 'doctor';

export const DEGREE_RANK: Record<FitDegree, number> = { none: 0, college: 1, bachelor: 2, master: 3, doctor: 4 };

export interface FitReason {
  kind: 'degree' | 'major' | 'county' | 'skills';
  met: boolean;
  text: string;
}

/** What of a demand the fit reads (a DemandView of the enterprises module has all of it). */
export interface FitDemand {
  degree: FitDegree;
  degreeName: string;
  post: string;
  major: string;
  majorCode: string | null;
  majorName: string | null;
  region: string;
}

/** What of a person the fit reads: the highest degree, majors as studied (name, catalogue key when known), county, and the optional wishes. */
export interface FitProfile {
  degree: FitDegree;
  degreeName: string;
  majors: Array<{ name: string; code?: string | null }>;
  region: string;
  /** Wished counties (意向地区): when given, the county reason reads them instead of where the person is. */
  counties?: readonly string[];
  skills?: readonly string[];
}

export interface Fit {
  /** The person's degree meets the demand's. */
  fits: boolean;
  score: number;
  reasons: FitReason[];
}

const norm = (s: string) => s.replace(/[\s（）()、，,]/g, '');

function majorReason(d: FitDemand, majors: FitProfile['majors']): FitReason {
  const wanted = [d.major, d.majorName ?? ''].map(norm).filter(Boolean);
  if (!wanted.length || wanted.some((w) => w === '不限')) return { kind: 'major', met: true, text: '专业不限' };
  const asked = d.majorName ?? d.major;
  const want = d.majorCode ? disciplineByKey(d.majorCode) : undefined;
  if (want) {
    for (const m of majors) {
      const mine = m.code ? disciplineByKey(m.code) : undefined;
      if (!mine) continue;
      if (mine.key === want.key) return { kind: 'major', met: true, text: `专业一致（${want.name}）` };
      if (mine.parent === want.key) return { kind: 'major', met: true, text: `专业一致（${mine.name}属${want.name}）` };
      if (mine.parent && mine.parent === want.parent) return { kind: 'major', met: true, text: `专业同类（${mine.name}与${want.name}同属${disciplineByKey(mine.parent)?.name ?? '一个专业类'}）` };
    }
  }
  const named = majors.find((m) => {
    const n = norm(m.name);
    return !!n && wanted.some((w) => w.includes(n) || n.includes(w));
  });
  if (named) return { kind: 'major', met: true, text: `专业相符（要求${asked}，本人${named.name}）` };
  const mine = majors.map((m) => m.name).filter(Boolean);
  return { kind: 'major', met: false, text: `专业要求${asked}${mine.length ? `，本人${mine.join('、')}` : '，本人未填写专业'}` };
}

function countyReason(d: FitDemand, p: FitProfile): FitReason {
  if (p.counties?.length) {
    const met = p.counties.includes(d.region);
    return { kind: 'county', met, text: met ? `意向地区含${regionName(d.region)}` : `${regionName(d.region)}不在意向地区（${p.counties.map(regionName).join('、')}）` };
  }
  const same = d.region === p.region;
  return { kind: 'county', met: same, text: same ? `同在${regionName(p.region)}` : `位于${regionName(d.region)}（本人在${regionName(p.region)}）` };
}

function skillsReason(d: FitDemand, skills: readonly string[]): FitReason {
  const words = [d.post, d.major, d.majorName ?? ''].map(norm).filter(Boolean);
  const hit = skills.filter((s) => {
    const n = norm(s);
    return n.length >= 2 && words.some((w) => w.includes(n) || n.includes(w));
  });
  return hit.length ? { kind: 'skills', met: true, text: `技能对口（${hit.join('、')}）` } : { kind: 'skills', met: false, text: `技能：${skills.join('、')}（与岗位名称、专业未直接对应）` };
}

/** How a person fits a demand: whether the degree meets it, and each reason in words. */
export function fitOf(d: FitDemand, p: FitProfile): Fit {
  const need = DEGREE_RANK[d.degree] ?? 0;
  const fits = DEGREE_RANK[p.degree] >= need;
  const degree: FitReason = need === 0 ? { kind: 'degree', met: true, text: '学历不限' } : fits ? { kind: 'degree', met: true, text: `学历符合（要求${d.degreeName}，本人${p.degreeName}）` } : { kind: 'degree', met: false, text: `学历要求${d.degreeName}，本人${p.degreeName}` };
  const reasons = [degree, majorReason(d, p.majors), countyReason(d, p)];
  if (p.skills?.length) reasons.push(skillsReason(d, p.skills));
  return { fits, score: reasons.filter((r) => r.met).length, reasons };
}
