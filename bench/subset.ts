// The benchmark's rule subset — art. 19 tiers, art. 20 purchase subsidy (120% for teachers and
// doctors, capped at the actual price), the rent subsidy, the salary subsidy with its per-enterprise
// cap — for the money paid in one calendar year, in four implementations over the same synthetic
// rows (合成数据 SYNTHETIC): rencai's columnar kernel (the policy's own rules), json-rules-engine,
// GoRules ZEN and a hand-written typed-array loop. Tier tables and amounts are read from the policy
// package (parameters resolved for the year before the loop), never kept by hand. The hand loop pays
// what the rules pay on any row (honestyCheck); json-rules-engine and ZEN implement only what the
// generator produces (no recognised tiers, art. 17's leading by a major project only, facts known).

import { Engine as JsonRulesEngine, type RuleProperties } from 'json-rules-engine';
import { ZenEngine, evaluateExpressionSync, type ZenDecision } from '@gorules/zen-engine';
import { addYears, ColumnarModel, ColumnBlock, dayFromParts, seededRandom, STRING_BASE, toParts, type ColumnLayout, type Expr, type PolicyPackage } from '@rencai/engine';
import { CHUNK, fillSynthetic, SIM_COUNTIES, populationLayout } from '@rencai/services';

export const SUBSET_RULES = /^(art19\.\d|art20\.[1-5]|art20\.rent|art16\.salary_subsidy)$/;
export const YEAR = 2025;
const WIN = dayFromParts(YEAR, 1, 1);
const AS_OF = dayFromParts(YEAR, 12, 31);
const ymd = (day: number) => {
  const p = toParts(day);
  return p.year * 10000 + p.month * 100 + p.day;
};

/** Four components per row: art.19, art.20 purchase, rent, salary subsidy (fen). */
export type Components = Float64Array; // length 4 × rows

export interface SubsetParams {
  allowance: number[]; // by tier 0..9 (0 unused)
  area: number[]; // by level 0..5
  tdPercent: number;
  minAgreement: number;
  window: number;
  price: { h1: number; h2: number };
  rentByRegion: Map<string, number>; // fen per year
  rentYears: number;
  salary: { threshold: number; percent: number; cap: number; maxYears: number };
  treated19: number;
  treated20: number;
  jurisdiction: string[];
  /** Unconditional catalogue tiers (code → tier) of art. 19 and art. 20, from the package's variables. */
  tier19: Map<string, number>;
  tier20: Map<string, number>;
  /** Catalogue tiers held on a condition (code → tier; the conditions are written in the loop). */
  cond19: Map<string, number>;
  cond20: Map<string, number>;
  /** Art. 17: the thresholds of a leading talent's project (USD, fen). */
  art17: { foreignCapitalUsd: number; fixedAsset: number };
  /** Art. 20's "满一年": judged at the purchase date ('purchase') or at the as-of date. */
  serviceReference: string;
  minServiceYears: number;
}

export function subsetPackage(quzhou: PolicyPackage): PolicyPackage {
  return { ...quzhou, rules: quzhou.rules.filter((r) => SUBSET_RULES.test(r.id)) };
}

function entries(e: Expr | undefined, conditional = false): Map<string, number> {
  const m = new Map<string, number>();
  if (e?.k !== 'bestTier') throw new Error('expected bestTier');
  for (const en of e.entries) if (!en.when === !conditional) m.set(en.code, Math.min(en.tier, m.get(en.code) ?? 99));
  return m;
}

export function subsetParams(q: PolicyPackage): SubsetParams {
  const v = (p: string, d = AS_OF) => q.params.lookup(p, d)!.value as number;
  const rentByRegion = new Map<string, number>();
  for (const r of q.meta.jurisdiction) {
    const cls = q.params.lookup(`minimum_wage.area_class.${r}`, AS_OF)!.value as string;
    const annual = v(`minimum_wage.monthly.${cls}`) * v('art20.rent.months');
    rentByRegion.set(r, Math.floor((2 * annual * v('art20.rent.percent') + 100) / 200));
  }
  return {
    allowance: [0, ...Array.from({ length: 9 }, (_, k) => v(`art19.allowance.${k + 1}`))],
    area: [0, ...Array.from({ length: 5 }, (_, k) => v(`art20.purchase.area.${k + 1}`))],
    tdPercent: v('art20.purchase.teacher_doctor_percent'),
    minAgreement: v('art20.purchase.min_agreement_years'),
    window: v('art20.purchase.window_years'),
    price: { h1: v('housing_price.urban_new_home_avg', dayFromParts(YEAR, 3, 1)), h2: v('housing_price.urban_new_home_avg', dayFromParts(YEAR, 9, 1)) },
    rentByRegion,
    rentYears: v('art20.rent.years'),
    salary: { threshold: v('art16.salary_subsidy.threshold'), percent: v('art16.salary_subsidy.percent'), cap: v('art16.salary_subsidy.enterprise_cap'), maxYears: v('art16.salary_subsidy.max_years') },
    treated19: v('art17.treated_tier.art19'),
    treated20: v('art17.treated_tier.art20'),
    jurisdiction: q.meta.jurisdiction,
    tier19: entries(q.vars.art19Tier?.expr),
    tier20: entries(q.vars.art20Level?.expr),
    cond19: entries(q.vars.art19Tier?.expr, true),
    cond20: entries(q.vars.art20Level?.expr, true),
    art17: { foreignCapitalUsd: v('art17.foreign_capital_usd'), fixedAsset: v('art17.fixed_asset_investment') },
    serviceReference: q.params.lookup('art20.purchase.service_reference', AS_OF)!.value as string,
    minServiceYears: v('art20.purchase.min_service_years'),
  };
}

// ---------------------------------------------------------------- (a) rencai columnar

/** The subset in the columnar kernel. `undetermined`: also count entitlements left undetermined
 *  (the simulation's baseline does); without, money only — the hand loop's output. */
export function rencaiSubset(quzhou: PolicyPackage, undetermined = false) {
  const pkg = subsetPackage(quzhou);
  const model = new ColumnarModel([pkg], populationLayout([quzhou]), { fromYear: YEAR, toYear: YEAR, counties: SIM_COUNTIES });
  const kernel = model.kernel(undefined, { screen: true, undetermined });
  const R = model.rules.length;
  const comp = model.rules.map((u) => (u.rule.id.startsWith('art19') ? 0 : u.rule.id === 'art20.rent' ? 2 : u.rule.id.startsWith('art20') ? 1 : 3));
  // Timed: what the simulation takes from the kernel — each person's total and the sums by rule,
  // county, year, payer and tier. Checked: the same rows again, untimed, with each rule's amount
  // per person (15 numbers a row, where the hand loop writes 4).
  const acc = model.accumulator(1 << 14);
  const perRule = model.accumulator(1 << 14, true);
  return {
    model,
    /** Timed part: the kernel over rows [0, n). */
    run(block: ColumnBlock, n: number) {
      acc.person!.fill(0, 0, n);
      kernel(block, 0, n, acc, WIN, AS_OF);
    },
    /** The last run's rows by component (evaluated again per rule); each row's sum is the timed run's total. */
    components(block: ColumnBlock, n: number, out: Components) {
      perRule.perRule!.fill(0, 0, n * R);
      kernel(block, 0, n, perRule, WIN, AS_OF);
      out.fill(0, 0, 4 * n);
      for (let i = 0; i < n; i++) {
        for (let r = 0; r < R; r++) out[4 * i + comp[r]!]! += perRule.perRule![i * R + r]!;
        const total = out[4 * i]! + out[4 * i + 1]! + out[4 * i + 2]! + out[4 * i + 3]!;
        if (total !== acc.person![i]) throw new Error(`内核每人合计与逐项之和不一致 kernel total ≠ sum of components at row ${i}: ${acc.person![i]} ≠ ${total}`);
      }
    },
  };
}

// ---------------------------------------------------------------- (d) hand-written typed-array loop

/**
 * The fastest honest loop we could write for the subset, prepared once (as the kernel is compiled
 * once): dates stay integer day numbers compared with thresholds worked out before the loop (no
 * date splitting per row), a tier is the lowest tier of the row's set bits (bit → tier tables),
 * interned region codes index small typed tables (no Map or Set), amounts are read from arrays.
 * Only a purchase dated in the year needs "arrival + n years", from a day → day table.
 * Honest: it pays what the rules pay for any row, not only for the rows the generator makes — every
 * fact the subset's rules read is read (a tier recognised by the talent office, each of art. 17's
 * ways to lead), and a fact not known leaves unpaid what it could change (a conditional tier, art.
 * 17's leading, the post for the 120%, the price), as the rules leave it undetermined. The bench
 * checks this on rows with those facts set at random or left unknown (honestyCheck).
 */
export function makeHandSubset(layout: ColumnLayout, P: SubsetParams): (block: ColumnBlock, n: number, out: Components) => void {
  const L = layout;
  const S = (s: string) => L.strings.code(s);
  const W = L.qualWords;
  if (W > 2) throw new Error('hand loop assumes at most 64 qualification codes');
  // Bit → tier (unconditional catalogue entries); 99: no tier.
  const bitTier = (m: Map<string, number>, max: number) => {
    const t = new Uint8Array(64).fill(99);
    for (const [code, tier] of m) if (tier <= max) { const b = L.qualBit.get(code)!; t[b] = Math.min(t[b]!, tier); }
    return t;
  };
  const T19 = bitTier(P.tier19, 9), T20 = bitTier(P.tier20, 5);
  const cond = (m: Map<string, number>, code: string) => m.get(code) ?? 99;
  const bit = (code: string) => L.qualBit.get(code)!;
  const has = (q0: number, q1: number, b: number) => (((b < 32 ? q0 : q1) >>> (b & 31)) & 1) === 1;
  const [bAssoc, bSSW, bST, bTech, bPhd, bMD, bMO, bBD, bB] = ['senior_title_associate', 'senior_social_worker', 'senior_technician', 'technician', 'phd_fulltime', 'master_fulltime_dfc', 'master_fulltime_other', 'bachelor_fulltime_dfc', 'bachelor_fulltime'].map(bit) as [number, number, number, number, number, number, number, number, number];
  // The conditional entries' tiers: art. 19 (associate title in a key-industry professional post,
  // senior social worker employed as one, senior technician / technician on a shortage front-line
  // post), art. 20 (a “双一流” bachelor of an urgent major; a bachelor of an urgent major brought in by
  // the health system).
  const [c19Assoc, c19SSW, c19ST, c19Tech] = [cond(P.cond19, 'senior_title_associate'), cond(P.cond19, 'senior_social_worker'), cond(P.cond19, 'senior_technician'), cond(P.cond19, 'technician')];
  const [c20BD, c20B] = [cond(P.cond20, 'bachelor_fulltime_dfc'), cond(P.cond20, 'bachelor_fulltime')];
  // Conditions bits: a row without any skips the conditional entries.
  const condMask = (w: number) => [bAssoc, bSSW, bST, bTech].reduce((m, b) => (b >>> 5 === w ? m | (1 << (b & 31)) : m), 0);
  const CB0 = condMask(0), CB1 = condMask(1);
  const { foreignCapitalUsd: FC, fixedAsset: FA } = P.art17;
  // Area by level (0–5; NaN where the package has none: a level without an area pays nothing).
  const areaOf = (level: number) => (level >= 1 && level <= 5 ? AREA[level]! : NaN);
  // Interned region codes → small index → tables.
  const idx = (code: number) => STRING_BASE - code;
  const regions = P.jurisdiction.map(S);
  const RN = Math.max(...regions.map(idx)) + 1;
  const inQz = new Uint8Array(RN);
  const rentOf = new Float64Array(RN);
  for (const r of P.jurisdiction) {
    inQz[idx(S(r))] = 1;
    rentOf[idx(S(r))] = P.rentByRegion.get(r)!;
  }
  const TEACHER = S('teacher'), DOCTOR = S('doctor');
  const G1 = S('quzhou_university'), G2 = S('quzhou_vocational'), G3 = S('city_custom_class');
  const START = dayFromParts(2020, 4, 22);
  const H1END = dayFromParts(YEAR, 6, 30);
  // Date thresholds: "arrival + 1 year ≤ 31 Dec" ⇔ arrival ≤ ARR1 (addYears is monotone).
  let ARR1 = AS_OF;
  while (addYears(ARR1, P.minServiceYears) > AS_OF) ARR1--;
  const SERVICE_AT_PURCHASE = P.serviceReference === 'purchase';
  const RENT_FROM = dayFromParts(YEAR - P.rentYears + 1, 1, 1); // instalments k = 0.. at arrival + k years
  // arrival + window years, for arrivals from 1950 to 2100.
  const BASE = dayFromParts(1950, 1, 1);
  const PLUS_W = Int32Array.from({ length: dayFromParts(2100, 12, 31) - BASE + 1 }, (_, k) => addYears(BASE + k, P.window));
  const A19 = Float64Array.from(P.allowance), AREA = Float64Array.from(P.area);
  const TD_AREA = AREA.map((a) => Math.floor((2 * a * P.tdPercent + 100) / 200));
  const { threshold, percent, cap, maxYears } = P.salary;

  return (block, n, out) => {
    const c = (name: string) => block.col(name);
    const region = c('region'), fullTime = c('person.fullTime'), arrival = c('person.arrivalDate'), post = c('person.post');
    const keyInd = c('person.keyIndustryEnterprise'), prof = c('person.professionalPost'), sw = c('person.employedAsSocialWorker'), shortage = c('person.shortageFrontlinePost');
    const urgent = c('person.urgentMajor'), health = c('person.healthSystem'), agree = c('person.serviceAgreementYears'), selfEmp = c('person.selfEmployed');
    const hasP = c('person.hasPurchased'), pDate = c('person.purchase.date'), price = c('person.purchase.price'), first = c('person.purchase.isFirst');
    const apt = c('person.talentApartment'), fresh = c('person.freshGraduate'), grad = c('person.graduateOf');
    const a17r = c('person.art17.recommended'), a17m = c('person.art17.majorProject'), a17g = c('person.art17.globalCompany'), a17f = c('person.art17.foreignCapitalUsd'), a17a = c('person.art17.fixedAssetInvestment');
    const rec19 = c('person.recognizedTier.art19'), rec20 = c('person.recognizedTier.art20');
    const Q = block.quals, QK = block.qualsKnown, ROOTS = block.roots;
    const li = L.listIndex.get('enterprise.experts')!;
    const ES = block.lists[li]!.start, EN = block.lists[li]!.len;
    const eq = block.memberCol('enterprise.experts', 'qualified'), es = block.memberCol('enterprise.experts', 'salary'), ey = block.memberCol('enterprise.experts', 'yearsSubsidized');
    for (let i = 0; i < n; i++) {
      let a19 = 0, a20 = 0, aRent = 0, aSal = 0;
      const ri = STRING_BASE - region[i]!;
      if (ri >= 0 && ri < RN && inQz[ri] === 1) {
        const ar = arrival[i]!, pd = pDate[i]!;
        // The qualifications known (else none of the tiers is, and only the rent's fresh-graduate route remains).
        const qk = QK[i] === 1;
        const q0 = qk ? Q[i * W]! : 0, q1 = qk && W > 1 ? Q[i * W + 1]! : 0;
        if (fullTime[i] === 1 && qk) {
          // Best tier: the lowest tier among the row's set bits.
          let t19 = 99, t20 = 99;
          for (let w = q0; w !== 0; w &= w - 1) { const b = 31 - Math.clz32(w & -w); if (T19[b]! < t19) t19 = T19[b]!; if (T20[b]! < t20) t20 = T20[b]!; }
          for (let w = q1; w !== 0; w &= w - 1) { const b = 63 - Math.clz32(w & -w); if (T19[b]! < t19) t19 = T19[b]!; if (T20[b]! < t20) t20 = T20[b]!; }
          // Art. 19's conditional entries: a condition met gives the tier; one not known leaves the
          // tier pending (undetermined if below the best).
          let p19 = 99;
          if ((q0 & CB0) !== 0 || (q1 & CB1) !== 0) {
            if (has(q0, q1, bAssoc)) {
              const k = keyInd[i]!, pr = prof[i]!;
              if (k === 1 && pr === 1) { if (c19Assoc < t19) t19 = c19Assoc; } else if (k !== 0 && pr !== 0 && c19Assoc < p19) p19 = c19Assoc;
            }
            if (has(q0, q1, bSSW)) { const x = sw[i]!; if (x === 1) { if (c19SSW < t19) t19 = c19SSW; } else if (x !== x && c19SSW < p19) p19 = c19SSW; }
            if (has(q0, q1, bST)) { const x = shortage[i]!; if (x === 1) { if (c19ST < t19) t19 = c19ST; } else if (x !== x && c19ST < p19) p19 = c19ST; }
            if (has(q0, q1, bTech)) { const x = shortage[i]!; if (x === 1) { if (c19Tech < t19) t19 = c19Tech; } else if (x !== x && c19Tech < p19) p19 = c19Tech; }
          }
          // Extra sources: a tier recognised by the talent office, and art. 17's leading talents (a
          // recommendation not known: not leading; leading not known: any tier possible).
          const r19 = rec19[i]!;
          if (r19 < t19) t19 = r19;
          let lead = 0;
          if (a17r[i] === 1) {
            const g = a17g[i]!, f = a17f[i]!, fa = a17a[i]!, m = a17m[i]!;
            const viaCapital = g === 0 || f < FC ? 0 : g === 1 && f >= FC ? 1 : NaN;
            lead = viaCapital === 1 || fa >= FA || m === 1 ? 1 : viaCapital === 0 && fa < FA && m === 0 ? 0 : NaN;
          }
          if (lead === 1) { if (P.treated19 < t19) t19 = P.treated19; } else if (lead !== lead && P.treated19 !== 99) p19 = -Infinity;
          // The year's instalment: a completed allowance year ends in the year (arrival before 1 Jan).
          if (p19 >= t19 && t19 >= 1 && t19 <= 9 && Number.isInteger(t19) && ar < WIN) a19 = A19[t19]!;
          // Art. 20 purchase subsidy, purchase dated in the year.
          if (pd >= WIN && pd <= AS_OF && first[i] === 1 && (agree[i]! >= P.minAgreement || selfEmp[i] === 1) && (SERVICE_AT_PURCHASE ? pd >= addYears(ar, P.minServiceYears) : ar <= ARR1) && pd >= ar && pd >= START && pd <= (PLUS_W[ar - BASE] ?? addYears(ar, P.window))) {
            let p20 = 99;
            const u = urgent[i]!;
            if (has(q0, q1, bBD)) { if (u === 1) { if (c20BD < t20) t20 = c20BD; } else if (u !== u && c20BD < p20) p20 = c20BD; }
            if (has(q0, q1, bB)) {
              const h = health[i]!;
              if (h === 1 && u === 1) { if (c20B < t20) t20 = c20B; } else if (h !== 0 && u !== 0 && c20B < p20) p20 = c20B;
            }
            const r20 = rec20[i]!;
            if (r20 < t20) t20 = r20;
            if (lead === 1) { if (P.treated20 < t20) t20 = P.treated20; } else if (lead !== lead && P.treated20 !== 99) p20 = -Infinity;
            // The level known (no pending tier below it): items (1)–(4) at levels 1–5, or item (5).
            if (p20 >= t20) {
              const deg = has(q0, q1, bPhd) ? 3 : has(q0, q1, bMD) ? 4 : has(q0, q1, bMO) ? 5 : 99;
              const ps = post[i]!;
              const td = ps === TEACHER || ps === DOCTOR ? 1 : ps !== ps ? NaN : 0;
              // Item (5): teacher or doctor, a full-time doctorate or master's, not at level 0, and
              // 120% of the degree's area at least the level's (not known where the level has none).
              const area = areaOf(t20);
              const wider = area !== area ? NaN : TD_AREA[deg]! >= area ? 1 : 0;
              const item5 = td === 0 || deg > 5 || t20 === 0 || wider === 0 ? 0 : td === 1 && wider === 1 ? 1 : NaN;
              const inRange = t20 >= 1 && t20 <= 5 && Number.isInteger(t20);
              if ((inRange && item5 === 0) || item5 === 1) {
                // The 120% standard: when a teacher or doctor with such a degree (not known: the amount is not).
                const tdDeg = td === 1 && deg <= 5 ? 1 : td === 0 || deg > 5 ? 0 : NaN;
                const hp = pd <= H1END ? P.price.h1 : P.price.h2;
                const base = area * hp;
                const pct = tdDeg === 1 ? Math.floor((2 * AREA[deg]! * hp * P.tdPercent + 100) / 200) : tdDeg === 0 ? 0 : NaN;
                const pr = price[i]!;
                const amount = Math.min(Math.max(base, pct), pr);
                if (amount === amount) a20 = amount;
              }
            }
          }
        }
        // Rent subsidy: an instalment in the year (yearly from arrival, rentYears of them).
        if (fullTime[i] === 1 && hasP[i] === 0 && pd !== pd && apt[i] === 0 && ar >= RENT_FROM && ar <= AS_OF) {
          const g = grad[i]!;
          if ((qk && (has(q0, q1, bMD) || has(q0, q1, bMO) || (has(q0, q1, bBD) && urgent[i] === 1))) || (fresh[i] === 1 && (g === G1 || g === G2 || g === G3))) aRent = rentOf[ri]!;
        }
        // Salary subsidy: enterprise rows, sum over experts, capped per enterprise.
        if ((ROOTS[i]! & 1) !== 0 && EN[i]! > 0) {
          // An expert qualifies when recognised, paid at least the threshold and subsidised for
          // fewer than the maximum years; one not known to qualify or not leaves the count and the
          // sum unknown, and nothing is paid.
          let cnt = 0, sum = 0, unknown = false;
          for (let m = ES[i]!, end = m + EN[i]!; m < end; m++) {
            const q = eq[m]!, sal = es[m]!, ys = ey[m]!;
            if (q === 1 && sal >= threshold && ys <= maxYears - 1) {
              cnt++;
              sum += Math.floor((2 * sal * percent + 100) / 200);
            } else if (q !== 0 && !(sal < threshold) && !(ys > maxYears - 1)) unknown = true;
          }
          if (cnt >= 1 && !unknown) aSal = Math.min(sum, cap);
        }
      }
      out[4 * i] = a19;
      out[4 * i + 1] = a20;
      out[4 * i + 2] = aRent;
      out[4 * i + 3] = aSal;
    }
  };
}

/**
 * The hand loop's honesty, checked against the kernel (the policy's own rules) on rows the generator
 * never makes: `chunks` chunks of the synthetic population with, on each row, each fact the subset
 * reads set at random (a value it can take, or unknown) with probability 0.15, one row in twenty with
 * its qualifications unknown and one in seven with random ones, and the enterprises' experts
 * perturbed likewise. Returns the rows compared and those with money; throws at the first row where
 * a component differs.
 */
export function honestyCheck(kernel: ReturnType<typeof rencaiSubset>, hand: ReturnType<typeof makeHandSubset>, chunks = 4): { rows: number; paid: number } {
  const L = kernel.model.layout;
  const block = new ColumnBlock(L, CHUNK, CHUNK);
  const rnd = seededRandom(20260422);
  const S = (x: string) => L.strings.code(x);
  const pick = (xs: number[]) => xs[Math.floor(rnd() * xs.length)]!;
  const day = (from: number, years: number) => dayFromParts(from + Math.floor(rnd() * years), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
  const bool = () => pick([NaN, 0, 1]);
  const facts: Array<[string, () => number]> = [
    ['region', () => pick([NaN, S('kecheng'), S('quzhou_city'), S('longyou'), S('jiaojiang')])],
    ['person.fullTime', () => pick([NaN, 0, 1, 1])],
    ['person.arrivalDate', () => pick([NaN, day(2015, 12)])],
    ['person.recognizedTier.art19', () => pick([NaN, 1, 3, 5, 7, 9, 10, 99])],
    ['person.recognizedTier.art20', () => pick([NaN, 1, 2, 3, 4, 5, 6, 99])],
    ['person.art17.recommended', () => pick([NaN, 0, 1, 1])],
    ['person.art17.majorProject', bool],
    ['person.art17.globalCompany', bool],
    ['person.art17.foreignCapitalUsd', () => pick([NaN, 5_000_000, 10_000_000, 20_000_000])],
    ['person.art17.fixedAssetInvestment', () => pick([NaN, 10_000_000_000, 50_000_000_000, 90_000_000_000])],
    ['person.keyIndustryEnterprise', bool],
    ['person.professionalPost', bool],
    ['person.employedAsSocialWorker', bool],
    ['person.shortageFrontlinePost', bool],
    ['person.urgentMajor', bool],
    ['person.healthSystem', bool],
    ['person.post', () => pick([NaN, S('teacher'), S('doctor'), S('other')])],
    ['person.serviceAgreementYears', () => pick([NaN, 0, 2, 3, 5])],
    ['person.selfEmployed', bool],
    ['person.hasPurchased', bool],
    ['person.purchase.date', () => pick([NaN, day(2015, 12), day(YEAR, 1)])],
    ['person.purchase.isFirst', () => pick([NaN, 0, 1, 1])],
    ['person.purchase.price', () => pick([NaN, 50_000_000, 100_000_000, 200_000_000])],
    ['person.talentApartment', bool],
    ['person.freshGraduate', bool],
    ['person.graduateOf', () => pick([NaN, S('quzhou_university'), S('quzhou_vocational'), S('city_custom_class'), S('other')])],
  ];
  const cols = facts.map(([name, gen]) => [block.col(name), gen] as const);
  const li = L.listIndex.get('enterprise.experts')!;
  const members = (['qualified', 'salary', 'yearsSubsidized'] as const).map((f) => block.memberCol('enterprise.experts', f));
  const memberValues = [bool, () => pick([NaN, 79_999_900, 80_000_000, 200_000_000]), () => pick([NaN, 0, 1, 2, 3])];
  const a = new Float64Array(4 * CHUNK), b = new Float64Array(4 * CHUNK);
  let rows = 0, paid = 0;
  for (let c = 0; c < chunks; c++) {
    fillSynthetic(block, 7_000 + c, 0, CHUNK);
    for (let i = 0; i < CHUNK; i++) {
      for (const [col, gen] of cols) if (rnd() < 0.15) col[i] = gen();
      if (rnd() < 0.05) block.qualsKnown[i] = 0;
      else if (rnd() < 0.15) {
        for (let w = 0; w < L.qualWords; w++) block.quals[i * L.qualWords + w] = (rnd() * 2 ** 32) & (rnd() * 2 ** 32) & (rnd() * 2 ** 32);
        block.qualsKnown[i] = 1;
      }
    }
    for (let m = 0; m < block.lists[li]!.used; m++) members.forEach((col, k) => { if (rnd() < 0.2) col[m] = memberValues[k]!(); });
    hand(block, CHUNK, a);
    kernel.run(block, CHUNK);
    kernel.components(block, CHUNK, b);
    for (let i = 0; i < CHUNK; i++) {
      for (let k = 0; k < 4; k++) if (a[4 * i + k] !== b[4 * i + k]) throw new Error(`手写循环与规则不一致 hand loop ≠ rules on perturbed row ${c * CHUNK + i}, component ${k}: ${a[4 * i + k]} ≠ ${b[4 * i + k]}`);
      if (a[4 * i] || a[4 * i + 1] || a[4 * i + 2] || a[4 * i + 3]) paid++;
    }
    rows += CHUNK;
  }
  return { rows, paid };
}

// ---------------------------------------------------------------- plain records for (b) and (c)

export interface Rec {
  region: string;
  fullTime: boolean | null;
  quals: string[] | null;
  keyInd: boolean; prof: boolean; socialWorker: boolean; shortage: boolean; urgent: boolean; health: boolean;
  post: string | null;
  agreementYears: number; selfEmployed: boolean;
  hasPurchased: boolean | null;
  purchaseDate: number | null; // yyyymmdd
  price: number; isFirst: boolean; talentApartment: boolean | null;
  fresh: boolean; graduateOf: string | null;
  arrival: number | null; // yyyymmdd
  art17: boolean;
  enterprise: boolean;
  experts: Array<{ qualified: boolean; salary: number; yearsSubsidized: number }> | null;
}

/** The same rows as plain records (dates as yyyymmdd integers), for the engines that take JSON. */
export function records(block: ColumnBlock, n: number): Rec[] {
  const L = block.layout;
  const c = (name: string) => block.col(name);
  const txt = (x: number) => (x !== x ? null : (L.strings.text(x) ?? null));
  const bool = (x: number) => (x !== x ? null : x === 1);
  const li = L.listIndex.get('enterprise.experts')!;
  const out: Rec[] = [];
  for (let i = 0; i < n; i++) {
    const quals = block.qualsKnown[i] === 1 ? L.qualCodes.filter((_, b) => ((block.quals[i * L.qualWords + (b >>> 5)]! >>> (b & 31)) & 1) === 1) : null;
    const ES = block.lists[li]!.start[i]!, EN = block.lists[li]!.len[i]!;
    const experts = EN < 0 ? null : Array.from({ length: EN }, (_, k) => ({ qualified: block.memberCol('enterprise.experts', 'qualified')[ES + k] === 1, salary: block.memberCol('enterprise.experts', 'salary')[ES + k]!, yearsSubsidized: block.memberCol('enterprise.experts', 'yearsSubsidized')[ES + k]! }));
    const pd = c('person.purchase.date')[i]!;
    const ar = c('person.arrivalDate')[i]!;
    out.push({
      region: txt(c('region')[i]!) ?? '',
      fullTime: bool(c('person.fullTime')[i]!),
      quals,
      keyInd: c('person.keyIndustryEnterprise')[i] === 1, prof: c('person.professionalPost')[i] === 1, socialWorker: c('person.employedAsSocialWorker')[i] === 1,
      shortage: c('person.shortageFrontlinePost')[i] === 1, urgent: c('person.urgentMajor')[i] === 1, health: c('person.healthSystem')[i] === 1,
      post: txt(c('person.post')[i]!),
      agreementYears: c('person.serviceAgreementYears')[i]! || 0, selfEmployed: c('person.selfEmployed')[i] === 1,
      hasPurchased: bool(c('person.hasPurchased')[i]!),
      purchaseDate: pd !== pd ? null : ymd(pd),
      price: c('person.purchase.price')[i]! || 0, isFirst: c('person.purchase.isFirst')[i] === 1, talentApartment: bool(c('person.talentApartment')[i]!),
      fresh: c('person.freshGraduate')[i] === 1, graduateOf: txt(c('person.graduateOf')[i]!),
      arrival: ar !== ar ? null : ymd(ar),
      art17: c('person.art17.recommended')[i] === 1 && c('person.art17.majorProject')[i] === 1,
      enterprise: (block.roots[i]! & 1) !== 0,
      experts,
    });
  }
  return out;
}

// ---------------------------------------------------------------- (c) GoRules ZEN

/** The subset as ZEN expressions (one per line, later ones use earlier results), generated from
 *  the package's catalogue tiers and parameters. */
export function zenExpressions(P: SubsetParams): Array<[string, string]> {
  const chain = (m: Map<string, number>, max: number, extra: Array<[number, string]>) => {
    const byTier = new Map<number, string[]>();
    for (const [code, t] of m) if (t <= max) byTier.set(t, [...(byTier.get(t) ?? []), code]);
    const parts: Array<[number, string]> = [...byTier].map(([t, codes]) => [t, `some(quals, # in [${codes.map((x) => `'${x}'`).join(', ')}])`]);
    for (const [t, cond] of extra) parts.push([t, cond]);
    parts.sort((a, b) => a[0] - b[0]);
    return `${parts.map(([t, cond]) => `${cond} ? ${t} : `).join('')}99`;
  };
  const qz = `[${P.jurisdiction.map((r) => `'${r}'`).join(', ')}]`;
  const rentChain = `${[...P.rentByRegion].map(([r, v]) => `region == '${r}' ? ${v} : `).join('')}0`;
  const tierAmt = (arr: number[], key: string) => `${arr.map((x, k) => `${key} == ${k} ? ${x} : `).join('')}0`;
  return [
    ['inQz', `region in ${qz}`],
    ['ok', `inQz and fullTime == true and quals != null`],
    ['q19', `ok ? (${chain(P.tier19, 9, [[8, `(contains(quals, 'senior_title_associate') and keyInd and prof) or (contains(quals, 'senior_social_worker') and socialWorker) or (contains(quals, 'senior_technician') and shortage)`], [9, `contains(quals, 'technician') and shortage`]])}) : 99`],
    ['t19', `art17 and ${P.treated19} < q19 ? ${P.treated19} : q19`],
    ['a19', `ok and t19 <= 9 and arrival != null and arrival < ${YEAR}0101 ? (${tierAmt(P.allowance, 't19')}) : 0`],
    ['q20', `ok ? (${chain(P.tier20, 5, [[5, `(contains(quals, 'bachelor_fulltime_dfc') and urgent) or (contains(quals, 'bachelor_fulltime') and health and urgent)`]])}) : 99`],
    ['t20', `art17 and ${P.treated20} < q20 ? ${P.treated20} : q20`],
    ['deg', `ok ? (contains(quals, 'phd_fulltime') ? 3 : contains(quals, 'master_fulltime_dfc') ? 4 : contains(quals, 'master_fulltime_other') ? 5 : 99) : 99`],
    ['td', `post == 'teacher' or post == 'doctor'`],
    ['inYear', `purchaseDate != null and purchaseDate >= ${YEAR}0101 and purchaseDate <= ${YEAR}1231`],
    ['conds', `ok and inYear and (agreementYears >= ${P.minAgreement} or selfEmployed) and ${ymd(AS_OF)} >= arrival + 10000 and isFirst and purchaseDate >= arrival and purchaseDate <= arrival + ${P.window * 10000} and purchaseDate >= 20200422`],
    ['area', tierAmt(P.area, 't20')],
    ['areaDeg', tierAmt(P.area, 'deg')],
    ['item5', `td and deg <= 5 and t20 != 0 and floor((2 * areaDeg * ${P.tdPercent} + 100) / 200) >= area`],
    ['hp', `inYear and purchaseDate <= ${YEAR}0630 ? ${P.price.h1} : ${P.price.h2}`],
    ['a20', `conds and ((t20 >= 1 and t20 <= 5) or item5) ? min([max([area * hp, td and deg <= 5 ? floor((2 * areaDeg * hp * ${P.tdPercent} + 100) / 200) : 0]), price]) : 0`],
    ['target', `quals != null and (contains(quals, 'master_fulltime_dfc') or contains(quals, 'master_fulltime_other') or (contains(quals, 'bachelor_fulltime_dfc') and urgent) or (fresh and graduateOf in ['quzhou_university', 'quzhou_vocational', 'city_custom_class']))`],
    ['rent', `ok and hasPurchased == false and purchaseDate == null and talentApartment == false and target and arrival != null and ${YEAR} - floor(arrival / 10000) >= 0 and ${YEAR} - floor(arrival / 10000) < ${P.rentYears} ? (${rentChain}) : 0`],
    ['okExperts', `inQz and enterprise and experts != null ? filter(experts, #.qualified and #.salary >= ${P.salary.threshold} and #.yearsSubsidized <= ${P.salary.maxYears - 1}) : []`],
    ['salary', `len(okExperts) >= 1 ? min([sum(map(okExperts, floor((2 * #.salary * ${P.salary.percent} + 100) / 200))), ${P.salary.cap}]) : 0`],
  ];
}

export function zenSync(exprs: Array<[string, string]>) {
  return (r: Rec, out: Components, i: number) => {
    const ctx: Record<string, unknown> = { ...r };
    for (const [k, e] of exprs) ctx[k] = evaluateExpressionSync(e, ctx);
    out[4 * i] = Number(ctx.a19);
    out[4 * i + 1] = Number(ctx.a20);
    out[4 * i + 2] = Number(ctx.rent);
    out[4 * i + 3] = Number(ctx.salary);
  };
}

/** The same expressions as one decision graph (input → expression node → output), evaluated
 *  with a decision created once (ZenEngine.createDecision) — ZEN's compiled-decision pattern. */
export function zenDecision(exprs: Array<[string, string]>): ZenDecision {
  const content = {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'request', position: { x: 0, y: 0 } },
      {
        id: 'ex',
        type: 'expressionNode',
        name: 'subset',
        position: { x: 200, y: 0 },
        content: { expressions: exprs.map(([key, value], k) => ({ id: `e${k}`, key, value: value.replace(/\b(inQz|ok|q19|t19|q20|t20|deg|td|inYear|conds|area|areaDeg|item5|hp|target|okExperts)\b(?!\s*:)/g, '$.$1') })) },
      },
      { id: 'out', type: 'outputNode', name: 'response', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'a', sourceId: 'in', targetId: 'ex', type: 'edge' },
      { id: 'b', sourceId: 'ex', targetId: 'out', type: 'edge' },
    ],
  };
  return new ZenEngine().createDecision(content);
}

// ---------------------------------------------------------------- (b) json-rules-engine

/** Conditions as json-rules-engine rules (tiers from the catalogue, one rule per tier); the
 *  amounts, the per-enterprise sum and the date arithmetic it cannot express are plain JS around it. */
export function jreEngine(P: SubsetParams): (r: Rec) => Promise<[number, number, number, number]> {
  const engine = new JsonRulesEngine([], { allowUndefinedFacts: true });
  const anyQual = (codes: string[]) => ({ any: codes.map((code) => ({ fact: 'quals', operator: 'contains', value: code })) });
  const tierRules = (name: string, m: Map<string, number>, max: number, extra: Array<[number, object]>) => {
    const byTier = new Map<number, string[]>();
    for (const [code, t] of m) if (t <= max) byTier.set(t, [...(byTier.get(t) ?? []), code]);
    for (const [t, codes] of byTier) engine.addRule({ name: `${name}${t}`, conditions: { all: [{ fact: 'ok', operator: 'equal', value: true }, anyQual(codes)] }, event: { type: name, params: { tier: t } } } as RuleProperties);
    for (const [t, cond] of extra) engine.addRule({ name: `${name}${t}x`, conditions: { all: [{ fact: 'ok', operator: 'equal', value: true }, cond] }, event: { type: name, params: { tier: t } } } as RuleProperties);
  };
  const q = (code: string) => ({ fact: 'quals', operator: 'contains', value: code });
  const t = (fact: string) => ({ fact, operator: 'equal', value: true });
  tierRules('tier19', P.tier19, 9, [
    [8, { any: [{ all: [q('senior_title_associate'), t('keyInd'), t('prof')] }, { all: [q('senior_social_worker'), t('socialWorker')] }, { all: [q('senior_technician'), t('shortage')] }] }],
    [9, { all: [q('technician'), t('shortage')] }],
  ]);
  tierRules('tier20', P.tier20, 5, [[5, { any: [{ all: [q('bachelor_fulltime_dfc'), t('urgent')] }, { all: [q('bachelor_fulltime'), t('health'), t('urgent')] }] }]]);
  for (const [code, tier] of [['phd_fulltime', 3], ['master_fulltime_dfc', 4], ['master_fulltime_other', 5]] as const)
    engine.addRule({ name: `deg${tier}`, conditions: { all: [t('ok'), q(code)] }, event: { type: 'deg', params: { tier } } });
  engine.addRule({
    name: 'purchaseConditions',
    conditions: {
      all: [
        t('ok'),
        { fact: 'purchaseDate', operator: 'greaterThanInclusive', value: YEAR * 10000 + 101 },
        { fact: 'purchaseDate', operator: 'lessThanInclusive', value: YEAR * 10000 + 1231 },
        { any: [{ fact: 'agreementYears', operator: 'greaterThanInclusive', value: P.minAgreement }, t('selfEmployed')] },
        { fact: 'arrivalPlus1', operator: 'lessThanInclusive', value: ymd(AS_OF) },
        t('isFirst'),
        { fact: 'purchaseDate', operator: 'greaterThanInclusive', value: { fact: 'arrival' } },
        { fact: 'purchaseDate', operator: 'lessThanInclusive', value: { fact: 'arrivalPlusWindow' } },
        { fact: 'purchaseDate', operator: 'greaterThanInclusive', value: 20200422 },
      ],
    },
    event: { type: 'purchase' },
  });
  engine.addRule({
    name: 'rent',
    conditions: {
      all: [
        t('ok'),
        { fact: 'hasPurchased', operator: 'equal', value: false },
        { fact: 'purchaseDate', operator: 'equal', value: null },
        { fact: 'talentApartment', operator: 'equal', value: false },
        { any: [q('master_fulltime_dfc'), q('master_fulltime_other'), { all: [q('bachelor_fulltime_dfc'), t('urgent')] }, { all: [t('fresh'), { fact: 'graduateOf', operator: 'in', value: ['quzhou_university', 'quzhou_vocational', 'city_custom_class'] }] }] },
        { fact: 'rentYear', operator: 'greaterThanInclusive', value: 0 },
        { fact: 'rentYear', operator: 'lessThan', value: P.rentYears },
      ],
    },
    event: { type: 'rent' },
  });
  engine.addRule({ name: 'salary', conditions: { all: [t('inQz'), t('enterprise'), { fact: 'qualifiedExperts', operator: 'greaterThanInclusive', value: 1 }] }, event: { type: 'salary' } });
  const okExpert = (e: { qualified: boolean; salary: number; yearsSubsidized: number }) => e.qualified && e.salary >= P.salary.threshold && e.yearsSubsidized <= P.salary.maxYears - 1;
  const qz = new Set(P.jurisdiction);
  return async (r) => {
    const inQz = qz.has(r.region);
    const facts = {
      ...r,
      quals: r.quals ?? [],
      inQz,
      ok: inQz && r.fullTime === true && r.quals !== null,
      arrivalPlus1: (r.arrival ?? 0) + 10000,
      arrivalPlusWindow: (r.arrival ?? 0) + P.window * 10000,
      rentYear: r.arrival === null ? -1 : YEAR - Math.floor(r.arrival / 10000),
      qualifiedExperts: (r.experts ?? []).filter(okExpert).length,
    };
    const { events } = await engine.run(facts);
    let t19 = 99, t20 = 99, deg = 99, purchase = false, rent = false, salary = false;
    for (const e of events) {
      const tier = (e.params as { tier?: number } | undefined)?.tier ?? 99;
      if (e.type === 'tier19') t19 = Math.min(t19, tier);
      else if (e.type === 'tier20') t20 = Math.min(t20, tier);
      else if (e.type === 'deg') deg = Math.min(deg, tier);
      else if (e.type === 'purchase') purchase = true;
      else if (e.type === 'rent') rent = true;
      else if (e.type === 'salary') salary = true;
    }
    if (r.art17 && facts.ok) {
      t19 = Math.min(t19, P.treated19);
      t20 = Math.min(t20, P.treated20);
    }
    const a19 = facts.ok && t19 <= 9 && r.arrival !== null && r.arrival < YEAR * 10000 + 101 ? P.allowance[t19]! : 0;
    let a20 = 0;
    if (purchase) {
      const td = r.post === 'teacher' || r.post === 'doctor';
      const item5 = td && deg <= 5 && t20 !== 0 && Math.floor((2 * P.area[deg]! * P.tdPercent + 100) / 200) >= (P.area[t20] ?? 0);
      if ((t20 >= 1 && t20 <= 5) || item5) {
        const hp = r.purchaseDate! <= YEAR * 10000 + 630 ? P.price.h1 : P.price.h2;
        a20 = Math.min(Math.max((P.area[t20] ?? NaN) * hp, td && deg <= 5 ? Math.floor((2 * P.area[deg]! * hp * P.tdPercent + 100) / 200) : 0), r.price);
      }
    }
    const aRent = rent ? P.rentByRegion.get(r.region)! : 0;
    const aSal = salary ? Math.min((r.experts ?? []).filter(okExpert).reduce((a, e) => a + Math.floor((2 * e.salary * P.salary.percent + 100) / 200), 0), P.salary.cap) : 0;
    return [a19, a20, aRent, aSal];
  };
}
