// `npm run bench`: speed of the rules engine on a synthetic Quzhou population (SYNTHETIC DATA), on
// one core (Node's main thread, nothing in parallel). Measures:
//   - the compiled untraced pass (BatchEvaluator) over the whole population, persons/second;
//   - the traced calculation with full explanations (calculate()) on a 2,000-person sample;
//   - article 19 alone: a hand-written loop (baseline) against the engine restricted to art.19 rules;
//   - peak memory (maxRSS).
// Profiles are generated as JSON and read with parseProfile beforehand: only evaluation is timed.
// Usage: npm run bench -- [persons]   (or PERSONS=persons npm run bench; default 100,000)

import { BatchEvaluator, calculate, parseDay, parseProfile, toParts, type Day, type FactStore, type PolicyPackage } from '@rencai/engine';
import { factDefs, loadPolicies, qualificationIndex } from '@rencai/policies';
import { rng, syntheticProfile } from './population.js';

const arg = process.argv[2] ?? process.env.PERSONS;
const N = arg === undefined ? 100_000 : Number(arg);
if (!Number.isSafeInteger(N) || N < 1) throw new Error(`人数应为正整数 persons must be a positive integer, got: ${arg}`);
const SEED = 20200422;
const TRACED_SAMPLE = Math.min(N, 2_000);
const AS_OF = '2025-12-31';
const asOf = parseDay(AS_OF);

function time<T>(fn: () => T): { seconds: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { seconds: (performance.now() - t0) / 1000, value };
}

const quzhou = loadPolicies().find((p) => p.meta.id === 'quzhou-2020')!;
const index = qualificationIndex();
const r = rng(SEED);
const build = time(() => Array.from({ length: N }, () => parseProfile(syntheticProfile(r), factDefs, index)));
const population: FactStore[] = build.value;
const sample = population.slice(0, TRACED_SAMPLE);
const warm = population.slice(0, Math.min(N, 1_000));

/** Untraced: a fresh BatchEvaluator (compilation included) over `people`, after a warm-up pass. */
function batch(pkg: PolicyPackage, people: FactStore[]) {
  const w = new BatchEvaluator([pkg], asOf);
  for (const f of warm) w.add(f);
  const t = time(() => {
    const b = new BatchEvaluator([pkg], asOf);
    for (const f of people) b.add(f);
    return b.result();
  });
  return { seconds: t.seconds, rate: people.length / t.seconds, totals: t.value };
}

// ---- Article 19 written by hand: the same rules as plain code over the same fact stores ----

const POLICY_START = parseDay('2020-04-22');
/** Yearly allowance in fen by tier (item 1–8; 9 = item 8's 技师). */
const AMOUNT = [0, 50_000_000, 30_000_000, 10_000_000, 8_000_000, 6_000_000, 4_000_000, 2_000_000, 1_000_000, 500_000];
const TIER: Record<string, number> = {
  academician_cas: 1, academician_cae: 1,
  national_wanren_leading: 2, changjiang_scholar: 2,
  national_talent_program: 3, national_outstanding_expert: 3, provincial_special_expert: 3,
  provincial_talent_program: 4, nsfc_young_completed: 4, qianjiang_scholar: 4, provincial_leading_team_head: 4,
  state_council_allowance_expert: 5, provincial_outstanding_expert: 5, provincial_wanren_leading: 5, provincial_outstanding_teacher: 5,
  provincial_master_principal: 5, provincial_master_teacher: 5, provincial_famous_tcm: 5, provincial_key_discipline_leader: 5, provincial_culture_master: 5,
  provincial_wanren_other: 6, city_famous_principal: 6, city_famous_teacher: 6, city_famous_doctor: 6, city_famous_tcm: 6, national_arts_crafts_master: 6,
  senior_title_full: 7, city_outstanding_skill: 7, provincial_arts_crafts_master: 7, phd_fulltime: 7,
};
const QUZHOU = new Set(quzhou.meta.jurisdiction);

/** Civil year/month/day of a day number, from the engine's calendar. */
function civil(day: Day): [number, number, number] {
  const p = toParts(day);
  return [p.year, p.month, p.day];
}
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y: number, m: number) => (m === 2 ? (leap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);
const [AY, AM, AD] = civil(asOf);

function handArt19(people: FactStore[]): number {
  let total = 0;
  for (const f of people) {
    if (f.get('person.fullTime') !== true || !QUZHOU.has(f.get('region') as string)) continue;
    const quals = f.get('person.qualifications') as Map<string, unknown> | undefined;
    if (!quals) continue;
    let tier = 99;
    for (const code of quals.keys()) {
      let t = TIER[code] ?? 99;
      if (code === 'senior_title_associate' && f.get('person.keyIndustryEnterprise') === true && f.get('person.professionalPost') === true) t = 8;
      if (code === 'senior_social_worker' && f.get('person.employedAsSocialWorker') === true) t = 8;
      if (code === 'senior_technician' && f.get('person.shortageFrontlinePost') === true) t = 8;
      if (code === 'technician' && f.get('person.shortageFrontlinePost') === true) t = 9;
      if (t < tier) tier = t;
    }
    if (tier > 9) continue;
    const arrival = f.get('person.arrivalDate') as number | undefined;
    if (arrival === undefined) continue;
    // One instalment on the start day and on each anniversary (a 29 February start falls on the
    // 28th in common years) up to the as-of date.
    const [y, m, d] = civil(arrival > POLICY_START ? arrival : POLICY_START);
    const anniversaryThisYear = Math.min(d, dim(AY, m));
    const n = AY - y + (AM > m || (AM === m && AD >= anniversaryThisYear) ? 1 : 0);
    if (n > 0) total += Math.min(n, 60) * AMOUNT[tier]!;
  }
  return total;
}

// ---- Measurements ----

const full = batch(quzhou, population);
const art19Only: PolicyPackage = { ...quzhou, rules: quzhou.rules.filter((x) => x.id.startsWith('art19.')) };
const engine19 = batch(art19Only, population);
handArt19(warm);
const hand = time(() => handArt19(population));
for (const f of sample.slice(0, 100)) calculate([quzhou], f, { asOf, factDefs }); // warm-up
const traced = time(() => {
  let entitlements = 0;
  for (const f of sample) entitlements += calculate([quzhou], f, { asOf, factDefs }).entitlements.length;
  return entitlements;
});
if (hand.value !== engine19.totals.totalFen) throw new Error(`第19条手写基线与引擎结果不一致：${hand.value} ≠ ${engine19.totals.totalFen}`);

const tracedRate = TRACED_SAMPLE / traced.seconds;
const handRate = N / hand.seconds;
const peakMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

console.log(`rencai 引擎基准 engine benchmark — 合成人口 SYNTHETIC population of ${int(N)}（seed ${SEED}），计算日 as-of ${AS_OF}，单核 one core`);
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
console.log('');
console.log(row(['场景 scenario', '人数 persons', '秒 seconds', '人/秒 persons/s']));
console.log(row(['---', '---:', '---:', '---:']));
console.log(row([`全部规则 untraced — BatchEvaluator 编译规则 compiled（${quzhou.meta.docNumber}，${quzhou.rules.length} 条 rules）`, int(N), full.seconds.toFixed(3), int(full.rate)]));
console.log(row([`全部规则 traced — calculate() 含完整解释 full explanations（样本 sample）`, int(TRACED_SAMPLE), traced.seconds.toFixed(3), int(tracedRate)]));
console.log(row([`第19条 手写循环 hand-written art.19 loop（基线 baseline）`, int(N), hand.seconds.toFixed(3), int(handRate)]));
console.log(row([`第19条 引擎 engine, art.19 rules only（${art19Only.rules.length} 条 rules, untraced）`, int(N), engine19.seconds.toFixed(3), int(engine19.rate)]));
console.log('');
console.log(row(['比值 ratio', '值 value']));
console.log(row(['---', '---:']));
console.log(row(['traced ÷ untraced 速度 speed（traced persons/s ÷ untraced persons/s）', `${(tracedRate / full.rate).toFixed(4)}（traced 慢 slower ×${(full.rate / tracedRate).toFixed(1)}）`]));
console.log(row(['第19条 引擎 ÷ 手写 engine art.19 ÷ hand-written（persons/s）', `${(engine19.rate / handRate).toFixed(3)}（引擎慢 engine slower ×${(handRate / engine19.rate).toFixed(1)}）`]));
console.log(row(['峰值内存 peak RSS (process.resourceUsage().maxRSS)', `${peakMB.toFixed(0)} MB`]));
console.log('');
console.log(`核对 check — 第19条到期津贴 art.19 allowance due：手写 hand ${int(hand.value)} 分 = 引擎 engine ${int(engine19.totals.totalFen)} 分 fen`);
console.log(`全部规则到期资金 total due (all rules)：${(full.totals.totalFen / 100).toLocaleString('en-US')} 元 yuan，${int(full.totals.entitlements)} 笔 payments，${int(full.totals.undetermined)} 项待确定 undetermined`);
console.log(`traced 样本中的待遇 entitlements in the traced sample：${int(traced.value)}；生成并读取人口 build+parse（不计时 untimed）：${build.seconds.toFixed(1)} 秒 s`);
console.log('');
console.log(`复现命令 reproduce：npm run bench -- ${N}    （或 or: PERSONS=${N} npx tsx bench/engine.bench.ts）`);
