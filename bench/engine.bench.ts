// `npm run bench`: speed of the rules engine on a synthetic Quzhou population (SYNTHETIC DATA).
// Prints persons/second for the compiled untraced pass and the traced explanation, against a
// hand-written loop for article 19 measured in the same run, and peak memory.
// Usage: npm run bench -- [persons=100000]

import { BatchEvaluator, calculate, parseDay, parseProfile, type FactStore, type PolicyPackage } from '@rencai/engine';
import { factDefs, loadPolicies, qualificationIndex } from '@rencai/policies';
import { rng, syntheticProfile } from './population.js';

const N = Number(process.argv[2] ?? process.env.PERSONS ?? 100_000);
const TRACED_SAMPLE = Math.min(N, 2_000);
const asOf = parseDay('2025-12-31');

function time<T>(fn: () => T): { seconds: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { seconds: (performance.now() - t0) / 1000, value };
}

const quzhou = loadPolicies().find((p) => p.meta.id === 'quzhou-2020')!;
const r = rng(20200422);
const index = qualificationIndex();
const build = time(() => Array.from({ length: N }, () => parseProfile(syntheticProfile(r), factDefs, index)));
const population: FactStore[] = build.value;

function batchRate(pkg: PolicyPackage, people: FactStore[]) {
  const b = new BatchEvaluator([pkg], asOf);
  const t = time(() => {
    for (const f of people) b.add(f);
    return b.result();
  });
  return { rate: people.length / t.seconds, totals: t.value };
}

// Article 19 only: the engine's rules, and the same arithmetic written by hand over the same data.
const art19Only: PolicyPackage = { ...quzhou, rules: quzhou.rules.filter((x) => x.id.startsWith('art19.')) };
const START = parseDay('2020-04-22');
const AMOUNT = [0, 50_000_000, 30_000_000, 10_000_000, 8_000_000, 6_000_000, 4_000_000, 2_000_000, 1_000_000, 500_000];
const TIER: Record<string, number> = {
  academician_cas: 1, academician_cae: 1, national_wanren_leading: 2, changjiang_scholar: 2, national_talent_program: 3, national_outstanding_expert: 3, provincial_special_expert: 3,
  provincial_talent_program: 4, nsfc_young_completed: 4, qianjiang_scholar: 4, provincial_leading_team_head: 4, state_council_allowance_expert: 5, provincial_outstanding_expert: 5,
  provincial_wanren_leading: 5, provincial_outstanding_teacher: 5, provincial_master_principal: 5, provincial_master_teacher: 5, provincial_famous_tcm: 5, provincial_key_discipline_leader: 5,
  provincial_culture_master: 5, provincial_wanren_other: 6, city_famous_principal: 6, city_famous_teacher: 6, city_famous_doctor: 6, city_famous_tcm: 6, national_arts_crafts_master: 6,
  senior_title_full: 7, city_outstanding_skill: 7, provincial_arts_crafts_master: 7, phd_fulltime: 7,
};
function handArt19(people: FactStore[]): number {
  let total = 0;
  for (const f of people) {
    if (f.get('person.fullTime') !== true) continue;
    const quals = f.get('person.qualifications') as Map<string, unknown>;
    let tier = 99;
    for (const code of quals.keys()) {
      let t = TIER[code] ?? 99;
      if (code === 'senior_title_associate' && f.get('person.keyIndustryEnterprise') === true && f.get('person.professionalPost') === true) t = 8;
      if (code === 'senior_technician' && f.get('person.shortageFrontlinePost') === true) t = 8;
      if (code === 'technician' && f.get('person.shortageFrontlinePost') === true) t = 9;
      if (t < tier) tier = t;
    }
    if (tier > 9) continue;
    const start = Math.max(f.get('person.arrivalDate') as number, START);
    // instalments on each anniversary up to the as-of date (day arithmetic through Date for exactness)
    const s = new Date(start * 86_400_000);
    let n = 0;
    for (let y = 0; y < 60; y++) {
      const d = new Date(Date.UTC(s.getUTCFullYear() + y, s.getUTCMonth(), 1));
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), Math.min(s.getUTCDate(), last)) / 86_400_000;
      if (day > asOf) break;
      n++;
    }
    total += n * AMOUNT[tier]!;
  }
  return total;
}

const full = batchRate(quzhou, population);
const engine19 = batchRate(art19Only, population);
const hand = time(() => handArt19(population));
const traced = time(() => {
  for (const f of population.slice(0, TRACED_SAMPLE)) calculate([quzhou], f, { asOf, factDefs });
});
const tracedRate = TRACED_SAMPLE / traced.seconds;
const handRate = N / hand.seconds;
if (hand.value !== engine19.totals.totalFen) throw new Error(`第19条手写基线与引擎结果不一致：${hand.value} ≠ ${engine19.totals.totalFen}`);

const fmt = (x: number) => Math.round(x).toLocaleString('en-US').padStart(12);
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`rencai 引擎基准（合成人口 SYNTHETIC，${N.toLocaleString('en-US')} 人，计算日 2025-12-31，单核）`);
console.log(`命令：npm run bench -- ${N}`);
console.log('');
console.log('| 场景 scenario | 人/秒 persons/s | 相对 ratio |');
console.log('| --- | ---: | ---: |');
console.log(`| 第19条 手写循环 hand-written loop（基线 baseline） | ${fmt(handRate)} | 1.00 |`);
console.log(`| 第19条 rencai 编译规则 compiled rules | ${fmt(engine19.rate)} | ${(engine19.rate / handRate).toFixed(2)} |`);
console.log(`| 衢委发〔2020〕7号 全部规则 untraced（${quzhou.rules.length} 条） | ${fmt(full.rate)} | ${(full.rate / handRate).toFixed(2)} |`);
console.log(`| 全部规则 traced，含完整解释（样本 ${TRACED_SAMPLE}） | ${fmt(tracedRate)} | ${(tracedRate / handRate).toFixed(4)} |`);
console.log('');
console.log(`第19条结果核对 check：手写 ${hand.value} 分 = 引擎 ${engine19.totals.totalFen} 分`);
console.log(`全部规则到期资金 total due：${(full.totals.totalFen / 100).toLocaleString('en-US')} 元，${full.totals.entitlements.toLocaleString('en-US')} 笔`);
console.log(`生成人口 build：${build.seconds.toFixed(1)} 秒；峰值内存 peak RSS：${rss.toFixed(0)} MB`);
