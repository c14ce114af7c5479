// The policy packages rencai ships, loaded once, with the shared profile vocabulary and the
// qualification catalogue.

import { fileURLToPath } from 'node:url';
import { makeQualificationIndex, type PolicyPackage, type QualificationIndex } from '@rencai/engine';
import { loadPackage, readYaml } from './load.js';
import { overlaid } from './official-overlay.js';
import { loadWorkList, type WorkList } from './worklist.js';
import { build as buildJiaojiang } from './jiaojiang-2021/rules/index.js';
import { build as buildQujiang } from './qujiang-2018/rules/index.js';
import { build as buildQuzhou } from './quzhou-2020/rules/index.js';

export { factDefs, FACT_DEFS, type FactName } from './common/facts.js';
export { REGIONS, regionName, regionOfAdminCode, type Region } from './common/regions.js';
export { profileContradictions } from './common/contradictions.js';
export * from './official-overlay.js';
export * from './official-parameters.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export interface Qualification {
  code: string;
  name: string;
  aliases?: string[];
  group?: string;
}

let cache: { packages: PolicyPackage[]; qualifications: Qualification[]; index: QualificationIndex } | undefined;

function load() {
  if (!cache) {
    const qualifications = readYaml(here('./common/qualifications.yaml')) as Qualification[];
    const names = new Map(qualifications.map((q) => [q.code, q.name]));
    const packages = [
      loadPackage(here('./quzhou-2020'), buildQuzhou, names),
      loadPackage(here('./jiaojiang-2021'), buildJiaojiang, names),
      loadPackage(here('./qujiang-2018'), buildQujiang, names),
    ];
    cache = { packages, qualifications, index: makeQualificationIndex(qualifications) };
  }
  return cache;
}

/** The packages every calculation uses: as shipped, with the official values in force laid over them. */
export const loadPolicies = (): PolicyPackage[] => overlaid(load().packages);
/** The packages as shipped, without official values. */
export const shippedPolicies = (): PolicyPackage[] => load().packages;
export const qualifications = (): Qualification[] => load().qualifications;
export const qualificationIndex = (): QualificationIndex => load().index;
export const policyDir = (id: string): string => here(`./${id}`);

export * from './worklist.js';
let workListCache: WorkList | null | undefined;
/** 衢委发〔2020〕7号's work list (its appendix and article 2's targets). */
export const quzhouWorkList = (): WorkList => (workListCache ??= loadWorkList(here('./quzhou-2020')))!;
