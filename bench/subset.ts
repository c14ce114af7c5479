// The benchmark's rule subset — art. 19 tiers, art. 20 purchase subsidy (120% for teachers and
// doctors, capped at the actual price), the rent subsidy, the salary subsidy with its per-enterprise
// cap — for the money paid in one calendar year, in four implementations over the same synthetic
// rows (合成数据 SYNTHETIC): rencai's columnar kernel (the policy's own rules), json-rules-engine,
// GoRules ZEN and a hand-written typed-array loop. Tier tables and amounts are read from the policy
// package (parameters resolved for the year before the loop), never kept by hand.

import { Engine as JsonRulesEngine, type RuleProperties } from 'json-rules-engine';
import { ZenEngine, evaluateExpressionSync, type ZenDecision } from '@gorules/zen-engine';
import { addYears, ColumnarModel, dayFromParts, STRING_BASE, toParts, type ColumnBlock, type ColumnLayout, type Expr, type PolicyPackage } from '@rencai/engine';
import { SIM_COUNTIES, populationLayout } from '@rencai/services';

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
}

export function subsetPackage(quzhou: PolicyPackage): PolicyPackage {
  return { ...quzhou, rules: quzhou.rules.filter((r) => SUBSET_RULES.test(r.id)) };
}

function entries(e: Expr | undefined): Map<string, number> {
  const m = new Map<string, number>();
  if (e?.k !== 'bestTier') throw new Error('expected bestTier');
  for (const en of e.entries) if (!en.when) m.set(en.code, Math.min(en.tier, m.get(en.code) ?? 99));
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
  };
}

// ---------------------------------------------------------------- (a) rencai columnar

/** The subset in the columnar kernel. `undetermined`: also count entitlements left undetermined
 *  (the simulation's baseline does); without, money only — the hand loop's output. */
export function rencaiSubset(quzhou: PolicyPackage, undetermined = false) {
  const pkg = subsetPackage(quzhou);
  const model = new ColumnarModel([pkg], populationLayout([quzhou]), { fromYear: YEAR, toYear: YEAR, counties: SIM_COUNTIES });
  const kernel = model.kernel(undefined, { screen: true, undetermined });
  const comp = model.rules.map((u) => (u.rule.id.startsWith('art19') ? 0 : u.rule.id === 'art20.rent' ? 2 : u.rule.id.startsWith('art20') ? 1 : 3));
  const acc = model.accumulator(1 << 14, true);
  return {
    model,
    /** Timed part: the kernel over rows [0, n). */
    run(block: ColumnBlock, n: number) {
      acc.perRule!.fill(0, 0, n * model.rules.length);
      kernel(block, 0, n, acc, WIN, AS_OF);
    },
    components(n: number, out: Components) {
      const R = model.rules.length;
      out.fill(0, 0, 4 * n);
      for (let i = 0; i < n; i++) for (let r = 0; r < R; r++) out[4 * i + comp[r]!]! += acc.perRule![i * R + r]!;
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
  const bit = (code: string) => L.qualBit.get(code)!;
  const has = (q0: number, q1: number, b: number) => (((b < 32 ? q0 : q1) >>> (b & 31)) & 1) === 1;
  const [bAssoc, bSSW, bST, bTech, bPhd, bMD, bMO, bBD, bB] = ['senior_title_associate', 'senior_social_worker', 'senior_technician', 'technician', 'phd_fulltime', 'master_fulltime_dfc', 'master_fulltime_other', 'bachelor_fulltime_dfc', 'bachelor_fulltime'].map(bit) as [number, number, number, number, number, number, number, number, number];
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
  while (addYears(ARR1, 1) > AS_OF) ARR1--;
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
    const a17r = c('person.art17.recommended'), a17m = c('person.art17.majorProject');
    const Q = block.quals, QK = block.qualsKnown, ROOTS = block.roots;
    const li = L.listIndex.get('enterprise.experts')!;
    const ES = block.lists[li]!.start, EN = block.lists[li]!.len;
    const eq = block.memberCol('enterprise.experts', 'qualified'), es = block.memberCol('enterprise.experts', 'salary'), ey = block.memberCol('enterprise.experts', 'yearsSubsidized');
    for (let i = 0; i < n; i++) {
      let a19 = 0, a20 = 0, aRent = 0, aSal = 0;
      const ri = STRING_BASE - region[i]!;
      if (ri >= 0 && ri < RN && inQz[ri] === 1) {
        if (fullTime[i] === 1 && QK[i] === 1) {
          const q0 = Q[i * W]!, q1 = W > 1 ? Q[i * W + 1]! : 0;
          // Best tier: the lowest tier among the row's set bits.
          let t19 = 99, t20 = 99;
          for (let w = q0; w !== 0; w &= w - 1) { const b = 31 - Math.clz32(w & -w); if (T19[b]! < t19) t19 = T19[b]!; if (T20[b]! < t20) t20 = T20[b]!; }
          for (let w = q1; w !== 0; w &= w - 1) { const b = 63 - Math.clz32(w & -w); if (T19[b]! < t19) t19 = T19[b]!; if (T20[b]! < t20) t20 = T20[b]!; }
          if (t19 > 8 && ((has(q0, q1, bAssoc) && keyInd[i] === 1 && prof[i] === 1) || (has(q0, q1, bSSW) && sw[i] === 1) || (has(q0, q1, bST) && shortage[i] === 1))) t19 = 8;
          if (t19 > 9 && has(q0, q1, bTech) && shortage[i] === 1) t19 = 9;
          const art17 = a17r[i] === 1 && a17m[i] === 1;
          if (art17 && P.treated19 < t19) t19 = P.treated19;
          const ar = arrival[i]!;
          // The year's instalment: a completed allowance year ends in the year (arrival before 1 Jan).
          if (t19 <= 9 && ar < WIN) a19 = A19[t19]!;
          // Art. 20 purchase subsidy, purchase dated in the year.
          const pd = pDate[i]!;
          if (pd >= WIN && pd <= AS_OF && first[i] === 1 && (agree[i]! >= P.minAgreement || selfEmp[i] === 1) && ar <= ARR1 && pd >= ar && pd >= START && pd <= (PLUS_W[ar - BASE] ?? addYears(ar, P.window))) {
            if (t20 > 5 && has(q0, q1, bBD) && urgent[i] === 1) t20 = 5; // “双一流”本科 (urgent major)
            if (t20 > 5 && has(q0, q1, bB) && health[i] === 1 && urgent[i] === 1) t20 = 5;
            if (art17 && P.treated20 < t20) t20 = P.treated20;
            const deg = has(q0, q1, bPhd) ? 3 : has(q0, q1, bMD) ? 4 : has(q0, q1, bMO) ? 5 : 99;
            const td = post[i] === TEACHER || post[i] === DOCTOR;
            const item5 = td && deg <= 5 && t20 !== 0 && TD_AREA[deg]! >= AREA[t20]!;
            if ((t20 >= 1 && t20 <= 5) || item5) {
              const hp = pd <= H1END ? P.price.h1 : P.price.h2;
              const base = AREA[t20]! * hp;
              const pct = td && deg <= 5 ? Math.floor((2 * AREA[deg]! * hp * P.tdPercent + 100) / 200) : 0;
              a20 = Math.min(Math.max(base, pct), price[i]!);
            }
          }
          // Rent subsidy: an instalment in the year (yearly from arrival, rentYears of them).
          if (hasP[i] === 0 && pd !== pd && apt[i] === 0 && ar >= RENT_FROM && ar <= AS_OF) {
            const g = grad[i]!;
            if (has(q0, q1, bMD) || has(q0, q1, bMO) || (has(q0, q1, bBD) && urgent[i] === 1) || (fresh[i] === 1 && (g === G1 || g === G2 || g === G3))) aRent = rentOf[ri]!;
          }
        }
        // Salary subsidy: enterprise rows, sum over experts, capped per enterprise.
        if ((ROOTS[i]! & 1) !== 0 && EN[i]! > 0) {
          let cnt = 0, sum = 0;
          for (let m = ES[i]!, end = m + EN[i]!; m < end; m++) {
            const sal = es[m]!;
            if (eq[m] === 1 && sal >= threshold && ey[m]! <= maxYears - 1) {
              cnt++;
              sum += Math.floor((2 * sal * percent + 100) / 200);
            }
          }
          if (cnt >= 1) aSal = Math.min(sum, cap);
        }
      }
      out[4 * i] = a19;
      out[4 * i + 1] = a20;
      out[4 * i + 2] = aRent;
      out[4 * i + 3] = aSal;
    }
  };
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
