// 合成数据 SYNTHETIC DATA: a deterministic (seeded) Quzhou-like talent population written straight
// into typed-array column blocks (no JSON per person), so 600,000 persons stream through a bounded
// amount of memory. Proportions are documented guesses (docs/simulation.md), not statistics.
// Row r of a population depends only on (seed, r's chunk): any split across workers gives the same data.

import { children, ColumnBlock, ColumnLayout, dayFromParts, RandomStream, type Expr, type PolicyPackage } from '@rencai/engine';
import { factDefs, qualifications } from '@rencai/policies';

export const SYNTHETIC_LABEL = '合成数据 SYNTHETIC';
export const DEFAULT_POPULATION = 600_000;
export const DEFAULT_SEED = 20200422;
/** Rows per generation chunk: the unit of determinism and of work handed to a worker. */
export const CHUNK = 16_384;

/** 市本级 (with its districts and zones) and the six counties (市、县), with population weights. */
export const COUNTY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['quzhou_city', 0.2],
  ['kecheng', 0.15],
  ['qujiang', 0.11],
  ['zhizao', 0.07],
  ['lvchan', 0.03],
  ['longyou', 0.11],
  ['jiangshan', 0.13],
  ['changshan', 0.1],
  ['kaihua', 0.1],
];

/** Sectors of employment. 002 art. 2 sets 2025 targets of 2.2万 digital-economy and 5万
 *  fluorosilicone / new-materials talents among 60万: their shares of the population. */
export const SECTOR_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['digital_economy', 22_000 / 600_000],
  ['new_materials_energy', 50_000 / 600_000],
  ['other_key_industry', 0.17],
  ['livelihood', 0.22],
  ['other', 1],
];

/** Highest degree (exclusive). */
const DEGREES: ReadonlyArray<readonly [string | null, number]> = [
  ['phd_fulltime', 0.02],
  ['master_fulltime_dfc', 0.045],
  ['master_fulltime_other', 0.09],
  ['bachelor_fulltime_dfc', 0.05],
  ['bachelor_fulltime', 0.38],
  ['associate_fulltime', 0.22],
  [null, 1],
];

/** Art. 18's culture awards (share of persons, cumulative thresholds of one draw): a national
 *  authoritative culture award, a provincial one, a work entered in a CFLAC standing award or
 *  exhibition; everyone else is recorded as having none (the fact's explicit "none"). */
const CULTURE_NATIONAL = 0.000002;
const CULTURE_PROVINCIAL = CULTURE_NATIONAL + 0.00002;
const CULTURE_CFLAC = CULTURE_PROVINCIAL + 0.00005;

/** Honours, programmes and other qualifications (share of persons; at most one per person). */
const RARE: ReadonlyArray<readonly [string, number]> = [
  ['academician_cae', 0.000004],
  ['academician_cas', 0.000002],
  ['national_wanren_leading', 0.00003],
  ['changjiang_scholar', 0.00002],
  ['national_talent_program', 0.0001],
  ['provincial_special_expert', 0.00005],
  ['provincial_talent_program', 0.0006],
  ['nsfc_young_completed', 0.00005],
  ['qianjiang_scholar', 0.00005],
  ['provincial_leading_team_head', 0.0001],
  ['state_council_allowance_expert', 0.0008],
  ['provincial_outstanding_expert', 0.0003],
  ['provincial_master_teacher', 0.0003],
  ['provincial_famous_tcm', 0.0001],
  ['provincial_wanren_other', 0.0004],
  ['city_famous_principal', 0.0003],
  ['city_famous_teacher', 0.0015],
  ['city_famous_doctor', 0.0012],
  ['city_famous_tcm', 0.0003],
  ['city_outstanding_skill', 0.0005],
  ['new115_l1', 0.0002],
  ['new115_l2', 0.0006],
  ['new115_l3', 0.0015],
  ['zj151_l1', 0.0001],
  ['zj151_l2', 0.0003],
  ['zj151_l3', 0.0008],
  ['city_top_talent', 0.0004],
  ['city_young_top_talent', 0.0008],
  ['social_worker', 0.004],
  ['assistant_social_worker', 0.005],
  ['senior_social_worker', 0.0004],
];

const RARE_TOTAL = RARE.reduce((a, [, p]) => a + p, 0);
const RARE_PICK: ReadonlyArray<readonly [string, number]> = RARE.map(([c, p]) => [c, p / RARE_TOTAL] as const);

export const ENTERPRISE_SHARE = 0.004;
const ARRIVAL_YEARS: ReadonlyArray<readonly [number, number]> = [
  [2012, 0.03], [2013, 0.03], [2014, 0.04], [2015, 0.04], [2016, 0.05], [2017, 0.06], [2018, 0.07],
  [2019, 0.08], [2020, 0.09], [2021, 0.1], [2022, 0.1], [2023, 0.1], [2024, 0.105], [2025, 1],
];
const LAST_DAY = dayFromParts(2025, 12, 31);
/** 1 January of the years the generator dates things in (2000–2030). */
const YEAR_STARTS = Int32Array.from({ length: 31 }, (_, k) => dayFromParts(2000 + k, 1, 1));
/** A day of `year`, from a uniform draw `x` (a day of its first 365). */
const dayOf = (year: number, x: number) => YEAR_STARTS[year - 2000]! + Math.floor(x * 365);
/** A day of the years firstYear–lastYear: the year from the uniform draw `y`, the day from `x`. */
const dayIn = (firstYear: number, lastYear: number, y: number, x: number) => dayOf(firstYear + Math.floor(y * (lastYear - firstYear + 1)), x);
/** A day up to `spanDays` after `from` (never after 2025), from a uniform draw `x`. */
const dayAfter = (from: number, spanDays: number, x: number) => Math.min(LAST_DAY, from + Math.floor(x * spanDays));

/** A weighted choice: the values and their cumulative shares, prepared once per table. */
class Picker<T> {
  private readonly values: T[];
  private readonly cum: Float64Array;
  constructor(table: ReadonlyArray<readonly [T, number]>) {
    this.values = table.map(([v]) => v);
    let acc = 0;
    this.cum = Float64Array.from(table, ([, p]) => (acc += p));
  }
  /** The index of the value a uniform draw `x` picks. */
  index(x: number): number {
    const cum = this.cum;
    for (let k = 0; k < cum.length - 1; k++) if (x < cum[k]!) return k;
    return cum.length - 1;
  }
  pick(x: number): T {
    return this.values[this.index(x)]!;
  }
}
const DEGREE_PICK = new Picker(DEGREES);
const RARE_PICKER = new Picker(RARE_PICK);
const YEAR_PICK = new Picker(ARRIVAL_YEARS);
const SECTOR_PICK = new Picker(SECTOR_SHARES);

/** The qualification codes whose date obtained some rule reads (the layout keeps only those). */
export function obtainedCodes(packages: PolicyPackage[]): string[] {
  const out = new Set<string>();
  const walk = (e: Expr): void => {
    if (e.k === 'obtained') out.add(e.code);
    children(e).forEach(walk);
  };
  for (const p of packages) {
    for (const r of p.rules) {
      [r.eligible, r.amount].forEach((e) => e && walk(e));
      if ('when' in r.payer) walk(r.payer.when);
    }
    for (const v of Object.values(p.vars)) walk(v.expr);
  }
  return [...out].sort();
}

/** The column layout of rencai's profile vocabulary. */
export function populationLayout(packages: PolicyPackage[]): ColumnLayout {
  return new ColumnLayout(factDefs, qualifications().map((q) => q.code), { obtainedCodes: obtainedCodes(packages) });
}

/** Sets qualification bit `b` of row `i` (and marks the row's qualifications known). Module-level
 *  functions, not closures made per call: the optimised generator inlines them once and keeps
 *  that code from chunk to chunk (a new closure per call is a new call target each time). */
function setQualBit(Q: Uint32Array, QK: Uint8Array, QW: number, i: number, b: number): void {
  Q[i * QW + (b >>> 5)]! |= 1 << (b & 31);
  QK[i] = 1;
}
function hasQualBit(Q: Uint32Array, QW: number, i: number, b: number): boolean {
  return ((Q[i * QW + (b >>> 5)]! >>> (b & 31)) & 1) === 1;
}

/** Draws one row takes at most (an enterprise with five experts, both work stations and a project
 *  takes about 55), and the size of the buffer the draws are read from. */
const ROW_DRAWS = 96;
const DRAWS = 8192;

/**
 * What fillSynthetic needs of a layout besides its columns — interned codes, qualification bits, the
 * county picker — worked out once per layout, not per chunk: built anew on every call, these arrays
 * and objects had new maps in the generator's optimised code, which V8 threw away and recompiled
 * several times per thread (about 100 ms each) during a simulation's first chunks.
 */
interface LayoutPlan {
  codes: Record<'teacher' | 'doctor' | 'other' | 'enterprise' | 'publicInst' | 'national' | 'provincial' | 'cflac' | 'none' | 'qzu' | 'qzv' | 'custom' | 'shuangling' | 'A' | 'B' | 'C', number>;
  degreeBits: Int32Array;
  rareBits: Int32Array;
  /** For each honour of RARE_PICK, the column of the date it was obtained (layout.obtainedCodes), or -1. */
  rareObtained: Int32Array;
  phd: number;
  associate: number;
  fullTitle: number;
  assocTitle: number;
  seniorTech: number;
  tech: number;
  advWorker: number;
  nationalProg: number;
  provincialProg: number;
  countyPick: Picker<number>;
}
const plans = new WeakMap<ColumnLayout, LayoutPlan>();
function planOf(L: ColumnLayout): LayoutPlan {
  let plan = plans.get(L);
  if (plan) return plan;
  const S = (s: string) => L.strings.code(s);
  // Qualification bits, looked up once (an unknown code is refused as setQual refuses it).
  const bitOf = (code: string) => {
    const b = L.qualBit.get(code);
    if (b === undefined) throw new Error(`未知的资格代码 unknown qualification: ${code}`);
    return b;
  };
  plan = {
    codes: {
      teacher: S('teacher'), doctor: S('doctor'), other: S('other'), enterprise: S('enterprise'), publicInst: S('public_institution'),
      national: S('national'), provincial: S('provincial'), cflac: S('cflac'), none: S('none'), qzu: S('quzhou_university'), qzv: S('quzhou_vocational'), custom: S('city_custom_class'),
      shuangling: S('shuangling'), A: S('A'), B: S('B'), C: S('C'),
    },
    degreeBits: Int32Array.from(DEGREES, ([d]) => (d === null ? -1 : bitOf(d))),
    rareBits: Int32Array.from(RARE_PICK, ([c]) => bitOf(c)),
    rareObtained: Int32Array.from(RARE_PICK, ([c]) => L.obtainedCodes.indexOf(c)),
    phd: bitOf('phd_fulltime'),
    associate: bitOf('associate_fulltime'),
    fullTitle: bitOf('senior_title_full'),
    assocTitle: bitOf('senior_title_associate'),
    seniorTech: bitOf('senior_technician'),
    tech: bitOf('technician'),
    advWorker: bitOf('advanced_worker'),
    nationalProg: bitOf('national_talent_program'),
    provincialProg: bitOf('provincial_talent_program'),
    countyPick: new Picker(COUNTY_WEIGHTS.map(([c, w]) => [S(c), w] as const)),
  };
  plans.set(L, plan);
  return plan;
}

/** Fills `block` with rows [first, first + count) of the synthetic population of `seed`. `first`
 *  must be a multiple of CHUNK and count ≤ CHUNK (one chunk per call). The random numbers are read
 *  from a buffer refilled between rows (RandomStream: the same sequence as seededRandom, without a
 *  call per draw), in the order the rows consume them. */
export function fillSynthetic(block: ColumnBlock, seed: number, first: number, count: number): void {
  if (first % CHUNK !== 0 || count > CHUNK) throw new RangeError('fillSynthetic works one chunk at a time');
  // The streams' seeds as signed 32-bit integers (`| 0`: the same bits RandomStream keeps; `>>> 0`
  // gave a number above 2^31 for some chunks, and the generator's optimised code, compiled for
  // small integers, was thrown away at the first such chunk).
  const c = first / CHUNK;
  const rs = new RandomStream((seed ^ Math.imul(c + 1, 0x9e3779b1)) | 0);
  const U = new Float64Array(DRAWS);
  rs.fill(U, 0, DRAWS);
  let p = 0;
  // Culture awards and the dates honours were obtained from a stream of their own (five draws a
  // row), so that every other draw of the population is what it was before they were modelled.
  const V = new Float64Array(5 * count);
  new RandomStream((seed ^ Math.imul(c + 1, 0x85ebca6b)) | 0).fill(V, 0, V.length);
  block.reset(count);
  const plan = planOf(block.layout);
  const cols = columnsOf(block);
  for (let i = 0; i < count; i++) {
    if (p > DRAWS - ROW_DRAWS) {
      U.copyWithin(0, p);
      rs.fill(U, DRAWS - p, DRAWS);
      p = 0;
    }
    cols.region[i] = plan.countyPick.pick(U[p++]!);
    const sec = SECTOR_PICK.pick(U[p++]!);
    p = U[p++]! < ENTERPRISE_SHARE ? enterpriseRow(block, i, U, p, sec, plan) : personRow(cols, plan, i, U, p, V, sec);
  }
}

/**
 * The columns a person row writes, looked up once per block (a block keeps its arrays for life).
 * The rows are written by a function called once per row rather than in fillSynthetic's own loop: V8
 * optimises such a function once, after its first few hundred rows, where a loop body of this size
 * was compiled twice in every thread — mid-loop in its first chunk (on-stack replacement), then again
 * whole at the next call — some 100 ms of compilation each time, in the first simulation a thread runs.
 */
class PersonColumns {
  readonly region: Float64Array;
  readonly fullTime: Float64Array;
  readonly arrival: Float64Array;
  readonly post: Float64Array;
  readonly employerType: Float64Array;
  readonly keyInd: Float64Array;
  readonly profPost: Float64Array;
  readonly socialWorker: Float64Array;
  readonly shortage: Float64Array;
  readonly urgent: Float64Array;
  readonly health: Float64Array;
  readonly agreement: Float64Array;
  readonly selfEmployed: Float64Array;
  readonly hasPurchased: Float64Array;
  readonly pDate: Float64Array;
  readonly pPrice: Float64Array;
  readonly pFirst: Float64Array;
  readonly pSold: Float64Array;
  readonly pSoldDate: Float64Array;
  readonly countyRec: Float64Array;
  readonly apartment: Float64Array;
  readonly fresh: Float64Array;
  readonly gradOf: Float64Array;
  readonly tpLevel: Float64Array;
  readonly tpSelf: Float64Array;
  readonly tpAward: Float64Array;
  readonly tpDate: Float64Array;
  readonly a17: Float64Array;
  readonly a17Major: Float64Array;
  readonly pdLevel: Float64Array;
  readonly pdStart: Float64Array;
  readonly cultureLevel: Float64Array;
  readonly cultureDate: Float64Array;
  readonly quals: Uint32Array;
  readonly qualsKnown: Uint8Array;
  readonly qualWords: number;
  readonly obtained: Float64Array[];

  constructor(readonly block: ColumnBlock) {
    const col = (name: string) => block.col(name);
    this.region = col('region');
    this.fullTime = col('person.fullTime');
    this.arrival = col('person.arrivalDate');
    this.post = col('person.post');
    this.employerType = col('person.employerType');
    this.keyInd = col('person.keyIndustryEnterprise');
    this.profPost = col('person.professionalPost');
    this.socialWorker = col('person.employedAsSocialWorker');
    this.shortage = col('person.shortageFrontlinePost');
    this.urgent = col('person.urgentMajor');
    this.health = col('person.healthSystem');
    this.agreement = col('person.serviceAgreementYears');
    this.selfEmployed = col('person.selfEmployed');
    this.hasPurchased = col('person.hasPurchased');
    this.pDate = col('person.purchase.date');
    this.pPrice = col('person.purchase.price');
    this.pFirst = col('person.purchase.isFirst');
    this.pSold = col('person.purchase.sold');
    this.pSoldDate = col('person.purchase.soldDate');
    this.countyRec = col('person.countyRecommended');
    this.apartment = col('person.talentApartment');
    this.fresh = col('person.freshGraduate');
    this.gradOf = col('person.graduateOf');
    this.tpLevel = col('person.talentProgram.level');
    this.tpSelf = col('person.talentProgram.selfApplied');
    this.tpAward = col('person.talentProgram.award');
    this.tpDate = col('person.talentProgram.selectedDate');
    this.a17 = col('person.art17.recommended');
    this.a17Major = col('person.art17.majorProject');
    this.pdLevel = col('person.postdoc.stationLevel');
    this.pdStart = col('person.postdoc.startDate');
    this.cultureLevel = col('person.cultureAward.level');
    this.cultureDate = col('person.cultureAward.date');
    this.quals = block.quals;
    this.qualsKnown = block.qualsKnown;
    this.qualWords = block.layout.qualWords;
    this.obtained = block.obtained;
  }
}
const blockColumns = new WeakMap<ColumnBlock, PersonColumns>();
function columnsOf(block: ColumnBlock): PersonColumns {
  let cols = blockColumns.get(block);
  if (!cols) blockColumns.set(block, (cols = new PersonColumns(block)));
  return cols;
}

/** Row `i` as a person, drawing from `U` at `p` (and from `V`, five draws a row); returns the next draw's index. */
function personRow(w: PersonColumns, plan: LayoutPlan, i: number, U: Float64Array, p: number, V: Float64Array, sec: string): number {
  const { codes, degreeBits, rareBits, rareObtained, phd, associate, fullTitle, assocTitle, seniorTech, tech, advWorker, nationalProg, provincialProg } = plan;
  const Q = w.quals, QK = w.qualsKnown, QW = w.qualWords, block = w.block;
  const dk = DEGREE_PICK.index(U[p++]!);
  const degree = degreeBits[dk]!;
  if (degree >= 0) setQualBit(Q, QK, QW, i, degree);
  else QK[i] = 1;
  const hasDegree = degree >= 0 && degree !== associate;
  const t = U[p++]!;
  if (t < (degree === phd ? 0.25 : 0.012)) setQualBit(Q, QK, QW, i, fullTitle);
  else if (t < (degree === phd ? 0.6 : 0.07)) setQualBit(Q, QK, QW, i, assocTitle);
  if (!hasDegree) {
    const s = U[p++]!;
    if (s < 0.03) setQualBit(Q, QK, QW, i, seniorTech);
    else if (s < 0.09) setQualBit(Q, QK, QW, i, tech);
    else if (s < 0.2) setQualBit(Q, QK, QW, i, advWorker);
  }
  // At most one honour or programme per person: one draw decides whether, a second which.
  let honour = false;
  if (U[p++]! < RARE_TOTAL) {
    const h = RARE_PICKER.index(U[p++]!);
    setQualBit(Q, QK, QW, i, rareBits[h]!);
    honour = true;
    // The date an honour with dated rules (art. 18's awards and allowances) was obtained: 2015–2025.
    const ob = rareObtained[h]!;
    if (ob >= 0) w.obtained[ob]![i] = dayIn(2015, 2025, V[5 * i + 3]!, V[5 * i + 4]!);
  }
  const answered = U[p++]! < 0.99;
  if (answered) w.fullTime[i] = U[p++]! < 0.93 ? 1 : 0;
  const ay = YEAR_PICK.pick(U[p++]!);
  const arrival = dayOf(ay, U[p++]!);
  w.arrival[i] = arrival;
  const pr = U[p++]!;
  const isTeacher = pr < 0.08;
  const isDoctor = !isTeacher && pr < 0.13;
  w.post[i] = isTeacher ? codes.teacher : isDoctor ? codes.doctor : codes.other;
  const et = U[p++]!;
  w.employerType[i] = isTeacher || isDoctor ? (et < 0.9 ? codes.publicInst : codes.enterprise) : et < 0.12 ? codes.publicInst : et < 0.93 ? codes.enterprise : codes.other;
  w.keyInd[i] = sec === 'digital_economy' || sec === 'new_materials_energy' || sec === 'other_key_industry' ? 1 : 0;
  w.profPost[i] = U[p++]! < 0.7 ? 1 : 0;
  w.socialWorker[i] = U[p++]! < 0.5 ? 1 : 0;
  w.shortage[i] = U[p++]! < 0.3 ? 1 : 0;
  w.urgent[i] = U[p++]! < 0.2 ? 1 : 0;
  w.health[i] = isDoctor ? 1 : U[p++]! < 0.02 ? 1 : 0;
  const ag = U[p++]!;
  w.agreement[i] = ag < 0.25 ? 0 : ag < 0.35 ? 2 : ag < 0.7 ? 3 : 5;
  w.selfEmployed[i] = U[p++]! < 0.04 ? 1 : 0;
  w.countyRec[i] = U[p++]! < 0.01 ? 1 : 0;
  // House purchase: likelier the longer the stay; a purchase date after 2025 is not yet made.
  const years = 2026 - ay;
  let purchased = 0;
  if (U[p++]! < Math.min(0.6, 0.12 * years)) {
    const d = arrival + Math.floor(U[p++]! * 6 * 365);
    if (d <= LAST_DAY) {
      purchased = 1;
      w.pDate[i] = d;
      // 80–140 m² at 9,000–16,000 yuan/m², rounded to 1,000 yuan (in fen).
      w.pPrice[i] = Math.round(((80 + U[p++]! * 60) * (9_000 + U[p++]! * 7_000)) / 1_000) * 100_000;
      w.pFirst[i] = U[p++]! < 0.92 ? 1 : 0;
      const sold = U[p++]! < 0.02;
      w.pSold[i] = sold ? 1 : 0;
      if (sold) w.pSoldDate[i] = dayAfter(d, 5 * 365, U[p++]!);
    }
  }
  w.hasPurchased[i] = purchased;
  w.apartment[i] = purchased === 0 && U[p++]! < 0.07 ? 1 : 0;
  w.fresh[i] = U[p++]! < 0.3 ? 1 : 0;
  const g = U[p++]!;
  w.gradOf[i] = g < 0.06 ? codes.qzu : g < 0.11 ? codes.qzv : g < 0.12 ? codes.custom : codes.other;
  // Talent programmes: only holders of a programme are asked about self-application.
  w.tpSelf[i] = 0;
  if (honour) {
    const prog = hasQualBit(Q, QW, i, nationalProg) ? 'national' : hasQualBit(Q, QW, i, provincialProg) ? 'provincial' : null;
    if (prog) {
      w.tpSelf[i] = U[p++]! < 0.7 ? 1 : 0;
      w.tpLevel[i] = prog === 'national' ? codes.national : codes.provincial;
      w.tpAward[i] = (prog === 'national' ? 1_000_000 : 500_000) * 100;
      w.tpDate[i] = dayIn(2019, 2025, U[p++]!, U[p++]!);
    }
  }
  const a17 = U[p++]! < 0.0002 ? 1 : 0;
  w.a17[i] = a17;
  if (a17 === 1) w.a17Major[i] = 1;
  if (degree === phd) {
    // Postdocs: 8% of full-time PhDs; the others are recorded as not in a postdoc station.
    if (U[p++]! < 0.08) {
      w.pdLevel[i] = U[p++]! < 0.2 ? codes.national : codes.provincial;
      w.pdStart[i] = dayIn(2019, 2025, U[p++]!, U[p++]!);
    } else w.pdLevel[i] = codes.none;
  }
  const ca = V[5 * i]!;
  w.cultureLevel[i] = ca < CULTURE_NATIONAL ? codes.national : ca < CULTURE_PROVINCIAL ? codes.provincial : ca < CULTURE_CFLAC ? codes.cflac : codes.none;
  if (ca < CULTURE_CFLAC) w.cultureDate[i] = dayIn(2019, 2025, V[5 * i + 1]!, V[5 * i + 2]!);
  // person.matchingAwards is left absent: for its per-award rule an absent list has no rows, as an empty one.
  if (U[p++]! < 0.0008) p = addProject(block, i, U, p, codes);
  return p;
}

/**
 * Row `i` as an enterprise (or institution) profile: experts with salaries, work stations, a project;
 * drawing from `U` at `p`, returns the next draw's index. A function of its own: enterprise rows are
 * rare (0.4%), and their branches (a station rated excellent, a project) are first run after V8 has
 * optimised the generator — written in its loop, each such first run threw the loop's optimised code
 * away, to be compiled again (about 50 ms each, several times in every thread of a simulation's first
 * chunks); here it costs the recompilation of this small function only.
 */
function enterpriseRow(block: ColumnBlock, i: number, U: Float64Array, p: number, sec: string, plan: LayoutPlan): number {
  const L = block.layout;
  const { codes } = plan;
  const col = (name: string) => block.col(name);
  const acEst = col('enterprise.academicianStation.established');
  const pdsLevel = col('enterprise.postdocStation.level');
  const expertQ = block.memberCol('enterprise.experts', 'qualified'), expertSal = block.memberCol('enterprise.experts', 'salary'), expertYs = block.memberCol('enterprise.experts', 'yearsSubsidized');
  col('enterprise.sector')[i] = L.strings.code(sec === 'other_key_industry' ? 'other' : sec);
  const nExperts = U[p++]! < 0.5 ? 0 : 1 + Math.floor(U[p++]! * 5);
  const m0 = block.addMembers(i, 'enterprise.experts', nExperts);
  for (let k = m0; k < m0 + nExperts; k++) {
    expertQ[k] = U[p++]! < 0.6 ? 1 : 0;
    // Annual salary 30万–330万 yuan, skewed low, rounded to 100 yuan (in fen).
    expertSal[k] = Math.round((300_000 + 3_000_000 * U[p++]! * U[p++]! * U[p++]!) / 100) * 10_000;
    expertYs[k] = Math.floor(U[p++]! * 4);
  }
  if (U[p++]! < 0.04) {
    acEst[i] = dayIn(2019, 2025, U[p++]!, U[p++]!);
    col('enterprise.academicianStation.academicians')[i] = 1 + Math.floor(U[p++]! * U[p++]! * 3);
    const ex = U[p++]!;
    col('enterprise.academicianStation.excellent')[i] = ex < 0.85 ? codes.none : ex < 0.97 ? codes.provincial : codes.national;
    if (ex >= 0.85) {
      col('enterprise.academicianStation.excellentDate')[i] = dayAfter(acEst[i]!, 3 * 365, U[p++]!);
      col('enterprise.academicianStation.excellentAward')[i] = (ex < 0.97 ? 500_000 : 1_000_000) * 100;
    }
  }
  if (U[p++]! < 0.03) {
    pdsLevel[i] = U[p++]! < 0.2 ? codes.national : codes.provincial;
    col('enterprise.postdocStation.established')[i] = dayIn(2019, 2025, U[p++]!, U[p++]!);
  } else pdsLevel[i] = codes.none; // recorded as having created no postdoc station
  block.addMembers(i, 'enterprise.streamers', 0);
  if (U[p++]! < 0.05) p = addProject(block, i, U, p, codes);
  return p;
}

/** A 双灵 project of row `i`, drawing from `U` at `p`; returns the next draw's index. */
function addProject(block: ColumnBlock, i: number, U: Float64Array, p: number, codes: Record<'shuangling' | 'A' | 'B' | 'C', number>): number {
  const first = block.addMembers(i, 'projects', 1);
  const m = (f: string) => block.memberCol('projects', f);
  m('programme')[first] = codes.shuangling;
  const c = U[p++]!;
  const cls = c < 0.1 ? codes.A : c < 0.4 ? codes.B : codes.C;
  m('class')[first] = cls;
  m('settled')[first] = U[p++]! < 0.9 ? 1 : 0;
  const assessed = dayIn(2020, 2025, U[p++]!, U[p++]!);
  m('assessedDate')[first] = assessed;
  m('localContribution')[first] = Math.round(U[p++]! * U[p++]! * 6_000_000) * 100;
  if (cls !== codes.A && U[p++]! < 0.15) {
    m('upgradedClass')[first] = cls === codes.C ? codes.B : codes.A;
    m('upgradeDate')[first] = dayAfter(assessed, 700, U[p++]!);
  }
  return p;
}
