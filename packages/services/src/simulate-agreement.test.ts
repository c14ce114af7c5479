// The columnar fast path is a third use of the same rule trees: on a generated synthetic population
// (合成数据 SYNTHETIC, seeded) and on the packages' YAML cases it must agree to the fen with the
// compiled BatchEvaluator and with the traced calculate(), person by person and per benefit.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BatchEvaluator, blockFromStores, calculate, ColumnarModel, ColumnBlock, ColumnLayout, evaluate, mergeReform, NO_TIER, parseDay, parseProfile, parseSetting, storeFromBlock, TIER_NONE, TIER_UNKNOWN, type Expr, type FactStore, type Kernel, type Reform } from '@rencai/engine';
import { factDefs, loadPolicies, policyDir, qualificationIndex } from '@rencai/policies';
import { CHUNK, fillSynthetic, populationLayout } from './synthetic/population.js';
import { SIM_COUNTIES } from './simulate.js';

const packages = loadPolicies();
const layout = populationLayout(packages);
const model = new ColumnarModel(packages, layout, { fromYear: 2010, toYear: 2030, counties: SIM_COUNTIES, tierVar: 'art19Tier' });
const R = model.rules.length;
// One kernel per reform serves every date (the as-of date is an argument).
const kernels = new Map<string, Kernel>();
const kernelFor = (reform: Reform | undefined, screen: boolean, undetermined = true): Kernel => {
  const key = `${screen}|${undetermined}|${JSON.stringify(reform ?? null)}`;
  let k = kernels.get(key);
  if (!k) kernels.set(key, (k = model.kernel(reform, { screen, undetermined })));
  return k;
};

/** `actual` holds exactly the values of `expected`, element by element (Object.is, as toEqual); on a
 *  difference, the first differing element is reported with its index. (toEqual over arrays of a
 *  whole accumulator — some 665,000 cells — took most of this file's time.) */
function sameValues(actual: ArrayLike<number>, expected: ArrayLike<number>, label = 'values'): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  for (let k = 0; k < actual.length; k++) if (!Object.is(actual[k], expected[k])) expect(actual[k], `${label}[${k}]`).toBe(expected[k]);
}

/** The money-only kernel gives the same money as `acc`, cell by cell and row by row, and counts
 *  nothing as undetermined. */
function sameMoney(block: ColumnBlock, acc: ReturnType<typeof model.accumulator>, windowStart: number | number[], asOf: number | number[], reform?: Reform): void {
  const money = model.accumulator(block.n, true);
  kernelFor(reform, true, false)(block, 0, block.n, money, windowStart, asOf, true);
  for (const key of ['perRule', 'person', 'fen', 'count', 'persons', 'beneficiaries'] as const) sameValues(money[key]!, acc[key]!, `money only: ${key}`);
  expect(money.undetermined.every((x) => x === 0)).toBe(true);
}

/** Per person and per rule: columnar vs BatchEvaluator vs calculate() (instalments due). */
function check(block: ColumnBlock, stores: FactStore[], dates: string[], reform?: Reform, moneyOnly = true): { paid: number; benefits: Set<string> } {
  let paid = 0;
  const benefits = new Set<string>();
  for (const date of dates) {
    const asOf = parseDay(date);
    const acc = model.accumulator(block.n, true);
    kernelFor(reform, false)(block, 0, block.n, acc, -Infinity, asOf, true);
    if (moneyOnly) sameMoney(block, acc, -Infinity, asOf, reform);
    // Screening by date (the simulation's mode) gives the same money, row by row and rule by rule.
    const screened = model.accumulator(block.n, true);
    kernelFor(reform, true)(block, 0, block.n, screened, -Infinity, asOf);
    sameValues(screened.perRule!, acc.perRule!, 'screened perRule');
    sameValues(screened.fen, acc.fen, 'screened fen');
    sameValues(screened.count, acc.count, 'screened count');
    // Undetermined: the same, except an entitlement whose (known) payment dates all fall after the
    // as-of date — undetermined as a whole, but not in the window the simulation sums.
    screened.undetermined.forEach((n, r) => expect(n, model.rules[r]!.rule.id).toBeLessThanOrEqual(acc.undetermined[r]!));
    const all = new BatchEvaluator(packages, asOf, reform);
    stores.forEach((facts, i) => {
      const one = new BatchEvaluator(packages, asOf, reform);
      one.add(facts);
      all.add(facts);
      expect(acc.person![i], `row ${i} @ ${date}: columnar vs BatchEvaluator`).toBe(one.result().totalFen);
      const traced = calculate(packages, facts, { asOf, factDefs, reform });
      const byRule = new Map<string, number>();
      for (const e of traced.entitlements) {
        const fen = (e.schedule?.instalments ?? []).filter((x) => x.due).reduce((a, x) => a + (x.amountFen ?? 0), 0);
        const key = `${e.policy}/${e.rule}`;
        byRule.set(key, (byRule.get(key) ?? 0) + fen);
      }
      // Known difference between the two existing paths, kept as is: when one instalment of a rule
      // is undetermined (a parameter not yet in force at an early instalment), calculate() leaves the
      // whole entitlement undetermined while BatchEvaluator (and the columnar pass) count the others.
      const undetermined = new Set(traced.undetermined.map((e) => `${e.policy}/${e.rule}`));
      model.rules.forEach((u, r) => {
        const col = acc.perRule![i * R + r]!;
        if (undetermined.has(`${u.policy}/${u.rule.id}`)) return;
        expect(col, `row ${i} @ ${date}: ${u.policy}/${u.rule.id} columnar vs traced`).toBe(byRule.get(`${u.policy}/${u.rule.id}`) ?? 0);
        if (col > 0) benefits.add(u.rule.benefit);
      });
      if (acc.person![i]! > 0) paid++;
    });
    // Per benefit over the whole population, and the counts the batch keeps.
    const b = all.result();
    const byBenefitColumnar: Record<string, number> = {};
    model.rules.forEach((u, r) => {
      let fen = 0;
      for (let i = 0; i < block.n; i++) fen += acc.perRule![i * R + r]!;
      byBenefitColumnar[u.rule.benefit] = (byBenefitColumnar[u.rule.benefit] ?? 0) + fen;
    });
    for (const [benefit, x] of Object.entries(b.byBenefit)) {
      expect(byBenefitColumnar[benefit], benefit).toBe(x.fen);
    }
    expect(acc.fen.reduce((a, x) => a + x, 0)).toBe(b.totalFen);
    expect(acc.count.reduce((a, x) => a + x, 0)).toBe(b.entitlements);
    expect(acc.undetermined.reduce((a, x) => a + x, 0)).toBe(b.undetermined);
  }
  return { paid, benefits };
}

describe('columnar pass = BatchEvaluator = traced calculate()', () => {
  it('on 2,500 generated synthetic rows (persons, enterprises, projects) at four dates', () => {
    const block = new ColumnBlock(layout, CHUNK);
    // The first seed (from 11) whose 2,500 rows include an enterprise with an expert paid at least
    // 80万 yuan, so that the salary subsidy is exercised too.
    for (let seed = 11; ; seed++) {
      fillSynthetic(block, seed, 0, 2_500);
      const sal = block.memberCol('enterprise.experts', 'salary');
      const used = block.lists[layout.listIndex.get('enterprise.experts')!]!.used;
      if (sal.subarray(0, used).some((x) => x >= 80_000_000)) break;
    }
    const stores = Array.from({ length: block.n }, (_, i) => storeFromBlock(block, i));
    // The decoded rows are valid profiles and re-encode to the same columns.
    const again = blockFromStores(layout, stores);
    sameValues(again.cols[layout.scalarIndex.get('person.purchase.price')!]!, block.cols[layout.scalarIndex.get('person.purchase.price')!]!.subarray(0, block.n), 'purchase price');
    const { paid, benefits } = check(block, stores, ['2020-12-31', '2022-06-30', '2023-12-31', '2025-12-31']);
    // With every known payment date before the as-of date, screening counts exactly the same
    // undetermined entitlements — those whose date (a purchase, an arrival) is not known included.
    const late = parseDay('2030-12-31');
    const plain = model.accumulator(block.n, true), screened = model.accumulator(block.n, true);
    kernelFor(undefined, false)(block, 0, block.n, plain, -Infinity, late);
    kernelFor(undefined, true)(block, 0, block.n, screened, -Infinity, late);
    sameValues(screened.undetermined, plain.undetermined, 'undetermined');
    // Undetermined here: mostly the personal entitlements on enterprise rows (which have no personal
    // facts), then persons who did not say whether they work full-time and honours with no date obtained.
    expect(plain.undetermined.reduce((x, n) => x + n, 0)).toBeGreaterThan(200);
    expect(paid).toBeGreaterThan(500); // the population exercises the money rules (rows with money, summed over the dates)
    for (const b of ['talent_allowance_7', 'housing_purchase_subsidy', 'rent_subsidy', 'salary_subsidy']) expect(benefits, b).toContain(b);
  });

  it('counts each row at the art. 19 tier the evaluator works out for it: no tier, unknown, or the tier', () => {
    // The simulation's headcounts by tier: the kernel's tier axis against evaluate() of the tier variable.
    const block = new ColumnBlock(layout, CHUNK);
    fillSynthetic(block, 7, 0, 2_500);
    const stores = Array.from({ length: block.n }, (_, i) => storeFromBlock(block, i));
    const pkg = packages.find((p) => p.vars.art19Tier)!;
    for (const date of ['2021-06-30', '2025-12-31']) {
      const asOf = parseDay(date);
      const expected = new Array<number>(model.T).fill(0);
      for (const facts of stores) {
        const { v } = evaluate({ k: 'var', name: 'art19Tier' }, { facts, params: pkg.params, asOf, vars: pkg.vars, cache: new Map() });
        const t = v === undefined ? TIER_UNKNOWN : v === NO_TIER ? TIER_NONE : Math.min(9, Math.max(0, v as number));
        expected[t] = expected[t]! + 1;
      }
      const acc = model.accumulator(block.n, true);
      kernelFor(undefined, true)(block, 0, block.n, acc, -Infinity, asOf, true);
      const byTier = expected.map((_, t) => acc.persons.reduce((a, x, k) => (k % model.T === t ? a + x : a), 0)); // county × tier
      expect(byTier, date).toEqual(expected);
      expect(expected[TIER_NONE]).toBeGreaterThan(1_000);
      expect(expected[TIER_UNKNOWN]).toBeGreaterThan(0);
      expect(expected.slice(1, 10).reduce((a, n) => a + n, 0)).toBeGreaterThan(50);
    }
  });

  it('skips a rule only when a screened condition is known false: unknown conditions, tiers and qualifications are still evaluated', () => {
    // The kernels screen rules per row (full-time, the tier's possible values, purchase and
    // apartment answers …) before evaluating them. Rows where exactly those facts are missing
    // must count the same undetermined and paid entitlements as BatchEvaluator and calculate().
    const block = new ColumnBlock(layout, CHUNK);
    fillSynthetic(block, 23, 0, 1_200);
    const col = (name: string) => block.col(name);
    const bit = (code: string) => layout.qualBit.get(code)!;
    const has = (i: number, code: string) => ((block.quals[i * layout.qualWords + (bit(code) >>> 5)]! >>> (bit(code) & 31)) & 1) === 1;
    let blanked = 0;
    for (let i = 0; i < block.n; i++) {
      if ((block.roots[i]! & 1) !== 0) continue;
      const k = i % 6;
      if (k === 0) col('person.fullTime')[i] = NaN; // art. 19, 20 and rent: full-time unknown
      else if (k === 1 && (has(i, 'technician') || has(i, 'senior_technician') || has(i, 'senior_title_associate'))) {
        col('person.shortageFrontlinePost')[i] = NaN; // a conditional tier entry left pending
        col('person.keyIndustryEnterprise')[i] = NaN;
      } else if (k === 2) block.qualsKnown[i] = 0; // the tier itself unknown
      else if (k === 3) col('person.talentApartment')[i] = NaN;
      else if (k === 4 && col('person.hasPurchased')[i] === 0) col('person.hasPurchased')[i] = NaN;
      else continue;
      blanked++;
    }
    expect(blanked).toBeGreaterThan(550);
    const stores = Array.from({ length: block.n }, (_, i) => storeFromBlock(block, i));
    const acc = model.accumulator(block.n, true);
    kernelFor(undefined, false)(block, 0, block.n, acc, -Infinity, parseDay('2025-12-31'));
    expect(acc.undetermined.reduce((a, x) => a + x, 0)).toBeGreaterThan(300); // the blanks leave entitlements undetermined
    check(block, stores, ['2023-12-31', '2025-12-31']);
  });

  it("on the YAML policy cases of every package, at each case's date and with its reform", () => {
    const index = qualificationIndex();
    const groups = new Map<string, { date: string; set?: string[]; stores: FactStore[] }>();
    let n = 0;
    for (const p of packages) {
      const dir = join(policyDir(p.meta.id), 'tests');
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
        const cases = (parseYaml(readFileSync(join(dir, f), 'utf8')) ?? []) as Array<{ date: string; set?: string[]; profile: unknown }>;
        for (const c of cases) {
          let facts: FactStore;
          try {
            facts = parseProfile(c.profile, factDefs, index);
          } catch {
            continue; // cases about input errors
          }
          const key = `${c.date}|${(c.set ?? []).join(',')}`;
          const g = groups.get(key) ?? { date: c.date, set: c.set, stores: [] };
          g.stores.push(facts);
          groups.set(key, g);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(100);
    for (const g of groups.values()) {
      const reform = g.set ? mergeReform(g.set.map((x) => parseSetting(x, packages.find((p) => p.params.has(x.split('=')[0]!.trim()))!.params))) : undefined;
      // (The money-only kernel is compared on the synthetic rows above, not once per case group.)
      check(blockFromStores(layout, g.stores), g.stores, [g.date], reform, false);
    }
  });

  it('evaluates a span of years in one call exactly as one call per year (the simulation path)', () => {
    const block = new ColumnBlock(layout, CHUNK);
    fillSynthetic(block, 5, 0, 4_000);
    // Every third person leads under art. 17 (the tier it is treated at is an extra source of the
    // art. 19 tier, a parameter).
    const rec = block.col('person.art17.recommended'), major = block.col('person.art17.majorProject');
    for (let i = 0; i < block.n; i += 3) if ((block.roots[i]! & 1) === 0) rec[i] = major[i] = 1;
    // 2021–2025: every year in the same parameter periods and within every package's dates (what a
    // span works out once per row — the gates' regions, the tier masks — is kept for all its years);
    // 2018–2022: across the policies' start dates; and a reform that gives art. 17's leaders another
    // tier from mid-2023: the tier differs between the span's years, so it is worked out each year.
    const span = (years: number[]) => ({ windows: years.map((y) => parseDay(`${y}-01-01`)), dates: years.map((y) => parseDay(`${y}-12-31`)) });
    const reformOf = (...settings: string[]) => mergeReform(settings.map((x) => parseSetting(x, packages[0]!.params)));
    const cases: Array<[number[], Reform | undefined]> = [
      [[2021, 2022, 2023, 2024, 2025], undefined],
      [[2021, 2022, 2023, 2024, 2025], reformOf('art19.allowance.7=30000')],
      [[2018, 2019, 2020, 2021, 2022], undefined],
      [[2018, 2019, 2020, 2021, 2022], reformOf('art19.allowance.7=30000')],
      [[2021, 2022, 2023, 2024, 2025], reformOf('art17.treated_tier.art19=2@2023-07-01')],
    ];
    for (const [years, reform] of cases) {
      const { windows, dates } = span(years);
      const k = model.kernel(reform, { screen: true });
      const one = model.accumulator(block.n, true);
      k(block, 0, block.n, one, windows, dates, true);
      const each = model.accumulator(block.n, true);
      years.forEach((_, y) => k(block, 0, block.n, each, windows[y]!, dates[y]!, y === years.length - 1));
      for (const key of ['fen', 'count', 'undetermined', 'persons', 'beneficiaries', 'person', 'perRule'] as const) sameValues(one[key]!, each[key]!, `${years[0]}–: ${key}`);
      expect(one.fen.reduce((a, x) => a + x, 0)).toBeGreaterThan(0);
      // Money only, with each year's window (the screens by date reject instalments outside it).
      sameMoney(block, one, windows, dates, reform);
    }
    const { windows, dates } = span([2021]);
    // The years' windows are kept as 32-bit integers: anything but a day number or -∞ is refused,
    // not truncated.
    const k = model.kernel(undefined, { screen: true });
    const acc = model.accumulator(block.n, true);
    expect(() => k(block, 0, block.n, acc, [windows[0]! + 0.5], [dates[0]!])).toThrow(RangeError);
    expect(() => k(block, 0, block.n, acc, [Number.NaN], [dates[0]!])).toThrow(RangeError);
    expect(() => k(block, 0, block.n, acc, [-Infinity], [dates[0]!])).not.toThrow();
    // The as-of dates too, as one date or a list of them.
    expect(() => k(block, 0, block.n, acc, [windows[0]!], [dates[0]! + 0.5])).toThrow(/asOf: a day number/);
    expect(() => k(block, 0, block.n, acc, windows[0]!, Number.NaN)).toThrow(/asOf: a day number/);
    expect(() => k(block, 0, block.n, acc, [windows[0]!, windows[0]!], [dates[0]!])).toThrow(/differ in length/);
  });
});

it('keeps what it carries from row to row in small integers: eligibility as 1 / 0 / 2 (not known), whole tiers as 32-bit integers', () => {
  // A NaN or a double kept in the kernel's variables is a heap number to V8, and code compiled for
  // small integers there was thrown away and compiled again in every thread of a simulation
  // (docs/simulation.md 第十三轮); the agreement tests above check that the money and the
  // undetermined counts are unchanged.
  const src = model.source(undefined, { screen: true });
  expect(src).not.toMatch(/\be = NaN/);
  expect(src).toMatch(/const ev = [^;]+; e = ev === 1 \? 1 : ev === 0 \? 0 : 2;/);
  expect(src).toMatch(/if \(\(best \| 0\) === best\) T\d+_b = best \| 0; else T\d+_b = best;/);
  expect(src).toMatch(/function tierOf\(i\) \{[^\n]* : v \| 0; \}/);
});

it('works out once per row and year the conditions several group screens begin with (art. 20’s purchase conditions)', () => {
  // Art. 20's purchase subsidy, its refund and the first-home items share their conditions; each
  // group screen read them again. The agreement tests above check the money and the undetermined counts.
  const quzhou = packages.find((p) => p.meta.id === 'quzhou-2020')!;
  const purchaseDate = layout.scalarIndex.get('person.purchase.date')!;
  for (const undetermined of [true, false]) {
    const src = new ColumnarModel([quzhou], layout, { fromYear: 2025, toYear: 2025, counties: SIM_COUNTIES, tierVar: 'art19Tier' }).source(undefined, { screen: true, undetermined });
    const fns = [...src.matchAll(/^function (SC\d+)f\(i\) \{ return SC\d+ = \((.*)\) \? 1 : 0; \}$/gm)];
    const purchase = fns.find(([, , body]) => body!.includes(`C${purchaseDate}[i]`));
    expect(purchase, `undetermined ${undetermined}`).toBeDefined();
    const name = purchase![1]!;
    // Read by several alternatives of the screens in a year's code (the one-year loop), written there no more.
    const loop = src.slice(src.indexOf('if (NY === 1) {'));
    expect(loop.split(`(${name} === -2 ? ${name}f(i) : ${name}) !== 0`).length - 1).toBeGreaterThanOrEqual(2);
    expect(loop).not.toContain(purchase![2]);
  }
});

it('keeps those conditions per package: a package whose gate fails for a row does not leave the value of an earlier row to another', () => {
  // A copy of the Quzhou package for 椒江: the art. 16 beginning reads no package-specific name, so its
  // text is the same in both; rows in 椒江 pass only the copy's gate.
  const quzhou = packages.find((p) => p.meta.id === 'quzhou-2020')!;
  const copy = { ...quzhou, meta: { ...quzhou.meta, id: 'quzhou-copy', jurisdiction: ['jiaojiang'] }, rules: quzhou.rules.map((r) => ({ ...r })) };
  const pkgs = [quzhou, copy];
  const m = new ColumnarModel(pkgs, layout, { fromYear: 2023, toYear: 2023, counties: SIM_COUNTIES, tierVar: 'art19Tier' });
  const n = 4000;
  const block = new ColumnBlock(layout, n, n);
  fillSynthetic(block, 23, 0, n);
  const region = block.col('region');
  const codes = ['kecheng', 'jiaojiang'].map((r) => layout.strings.code(r));
  for (let i = 0; i < n; i++) region[i] = codes[(i >> 1) % 2]!; // alternating pairs: 柯城区, 椒江区
  const asOf = parseDay('2023-12-31');
  const batch = new BatchEvaluator(pkgs, asOf);
  for (let i = 0; i < n; i++) batch.add(storeFromBlock(block, i));
  const acc = m.accumulator(n, true);
  m.kernel(undefined, { screen: true })(block, 0, n, acc, -Infinity, asOf);
  // (Money: screening by date counts as undetermined only what may fall in the window — see `check` above.)
  expect(acc.fen.reduce((a, x) => a + x, 0)).toBe(batch.result().totalFen);
  expect(acc.fen.reduce((a, x) => a + x, 0)).toBeGreaterThan(0);
});

it('fuses qualification tests under all / any into one test of the qualification words (unknown sets stay unknown)', () => {
  // Two rules made from art.19 (7): all of two qualifications in different words, any of three.
  const quzhou = packages.find((p) => p.meta.id === 'quzhou-2020')!;
  const base = quzhou.rules.find((r) => r.id === 'art19.7')!;
  const has = (code: string) => ({ k: 'has' as const, set: 'person.qualifications', code });
  const rules = [
    { ...base, id: 'test.all', eligible: { k: 'all' as const, xs: [has('phd_fulltime'), { k: 'fact' as const, name: 'person.fullTime' }, has('senior_title_associate')] } },
    { ...base, id: 'test.any', eligible: { k: 'any' as const, xs: [has('senior_title_full'), has('technician'), { k: 'fact' as const, name: 'person.countyRecommended' }, has('social_worker')] } },
  ];
  const pkg = { ...quzhou, rules };
  const m = new ColumnarModel([pkg], layout, { fromYear: 2025, toYear: 2025, counties: SIM_COUNTIES, tierVar: 'art19Tier' });
  expect(m.source()).toMatch(/\(QK\[i\] === 0 \? NaN : \(\(Q\[i \* \d+ \+ 0\] & \d+\) \| \(Q\[i \* \d+ \+ 1\] & \d+\)\) !== 0 \? 1 : 0\)/);
  const block = new ColumnBlock(layout, 3000, 3000);
  fillSynthetic(block, 11, 0, 3000);
  for (let i = 0; i < 3000; i += 40) {
    block.qualsKnown[i] = 0; // an unknown qualification set
    block.quals.fill(0, i * layout.qualWords, (i + 1) * layout.qualWords);
  }
  const stores = Array.from({ length: 3000 }, (_, i) => storeFromBlock(block, i));
  const asOf = parseDay('2025-12-31');
  const acc = m.accumulator(3000, true);
  m.kernel()(block, 0, 3000, acc, -Infinity, asOf);
  const seen = { paid: [0, 0], undetermined: [0, 0] };
  stores.forEach((facts, i) => {
    const traced = calculate([pkg], facts, { asOf, factDefs });
    rules.forEach((rule, r) => {
      const e = traced.entitlements.find((x) => x.rule === rule.id);
      const fen = (e?.schedule?.instalments ?? []).filter((x) => x.due).reduce((a, x) => a + (x.amountFen ?? 0), 0);
      if (traced.undetermined.some((x) => x.rule === rule.id)) seen.undetermined[r]!++;
      else expect(acc.perRule![i * 2 + r], `row ${i}: ${rule.id}`).toBe(fen);
      if (fen > 0) seen.paid[r]!++;
    });
  });
  const batch = new BatchEvaluator([pkg], asOf);
  for (const facts of stores) batch.add(facts);
  expect(acc.undetermined[0]! + acc.undetermined[1]!).toBe(batch.result().undetermined);
  expect(acc.fen.reduce((a, x) => a + x, 0)).toBe(batch.result().totalFen);
  // Each rule is met on some rows, undetermined on others (the unknown sets, the unanswered full-time).
  for (const r of [0, 1]) {
    expect(seen.paid[r]).toBeGreaterThan(0);
    expect(seen.undetermined[r]).toBeGreaterThan(0);
  }
  // Screened, and money only: the screens read the row's qualification words, set once per row
  // (held or not known: QH…; not held or not known: QL…), with the codes of one word in one mask —
  // and give the same money, row by row and rule by rule.
  const bits = (n: number) => (n >>> 0).toString(2).replace(/0/g, '').length;
  const masks = (src: string, w: string) => [...src.matchAll(new RegExp(`\\(${w}\\d+ & (-?\\d+)\\) [!=]== `, 'g'))].map((x) => bits(Number(x[1])));
  for (const [opts, w] of [[{ screen: true }, 'QH'], [{ screen: true, undetermined: false }, 'QL']] as const) {
    const src = m.source(undefined, opts);
    expect(src).not.toMatch(/QK\[i\] === 0 \|\|/);
    expect(Math.max(0, ...masks(src, w)), w).toBeGreaterThanOrEqual(2);
    const other = m.accumulator(3000, true);
    m.kernel(undefined, opts)(block, 0, 3000, other, -Infinity, asOf);
    sameValues(other.perRule!, acc.perRule!, `${w}: perRule`);
  }
});

it('screens a tier over qualifications only by the qualifications of its tiers in range, conditional ones and unknown sets included', () => {
  // A rule made from art.19 (7) whose tier comes from two qualifications only: a technician at tier 2
  // when on a shortage front-line post (conditional), a full-time PhD at tier 5; paid at tiers 1–2.
  // The screen lets through rows with the technician's qualification or an unknown set, and no other.
  const quzhou = packages.find((p) => p.meta.id === 'quzhou-2020')!;
  const base = quzhou.rules.find((r) => r.id === 'art19.7')!;
  const tier: Expr = { k: 'bestTier', set: 'person.qualifications', entries: [{ code: 'technician', tier: 2, when: { k: 'fact', name: 'person.shortageFrontlinePost' } }, { code: 'phd_fulltime', tier: 5 }] };
  const rule = { ...base, id: 'test.tier', eligible: { k: 'all' as const, xs: [{ k: 'tierIn' as const, of: tier, lo: 1, hi: 2 }, { k: 'fact' as const, name: 'person.fullTime' }] } };
  const pkg = { ...quzhou, rules: [rule] };
  const m = new ColumnarModel([pkg], layout, { fromYear: 2030, toYear: 2030, counties: SIM_COUNTIES });
  expect(m.source(undefined, { screen: true })).toMatch(/\(\(QH\d+ & \d+\) !== 0\) && \(\(TM\d+ === -2/);
  const block = new ColumnBlock(layout, 3000, 3000);
  fillSynthetic(block, 31, 0, 3000);
  const shortage = block.col('person.shortageFrontlinePost');
  for (let i = 0; i < 3000; i += 7) shortage[i] = NaN; // the condition unknown: the tier pending
  for (let i = 3; i < 3000; i += 50) block.qualsKnown[i] = 0; // the set unknown
  // Late enough for every known payment date to fall before it: screening then counts exactly the
  // undetermined entitlements BatchEvaluator counts.
  const asOf = parseDay('2030-12-31');
  const acc = m.accumulator(3000, true);
  m.kernel(undefined, { screen: true })(block, 0, 3000, acc, -Infinity, asOf);
  let paid = 0;
  for (let i = 0; i < 3000; i++) {
    const batch = new BatchEvaluator([pkg], asOf);
    batch.add(storeFromBlock(block, i));
    expect(acc.person![i], `row ${i}`).toBe(batch.result().totalFen);
    if (acc.person![i]! > 0) paid++;
  }
  const all = new BatchEvaluator([pkg], asOf);
  for (let i = 0; i < 3000; i++) all.add(storeFromBlock(block, i));
  expect(acc.undetermined[0]).toBe(all.result().undetermined);
  expect(paid).toBeGreaterThan(0); // technicians on a shortage post
  expect(acc.undetermined[0]).toBeGreaterThan(0); // pending tiers and unknown sets
});

it('skips a tier function with extra sources only where no source can give a tier in range: unknown, pending and undetermined values still evaluated', () => {
  // A rule made from art.19 (7) paid at tiers 1–2, its tier from a full-time PhD (tier 5) and four
  // extra sources: a bare fact (unknown: any tier), a tier 12 when recommended under art. 17 (unknown:
  // 12 or none — undetermined), a tier 1 for foreign capital at least art. 17's parameter, and a tier 2
  // when not a major project (the tier in the second branch).
  const quzhou = packages.find((p) => p.meta.id === 'quzhou-2020')!;
  const base = quzhou.rules.find((r) => r.id === 'art19.7')!;
  const fact = (name: string): Expr => ({ k: 'fact', name });
  const num = (v: number): Expr => ({ k: 'const', v });
  const tier: Expr = {
    k: 'bestTier',
    set: 'person.qualifications',
    entries: [{ code: 'phd_fulltime', tier: 5 }],
    extra: [
      fact('person.recognizedTier.art19'),
      { k: 'if', c: fact('person.art17.recommended'), t: num(12), e: num(99) },
      { k: 'if', c: { k: 'cmp', op: '>=', a: fact('person.art17.foreignCapitalUsd'), b: { k: 'param', path: 'art17.foreign_capital_usd' } }, t: num(1), e: num(99) },
      { k: 'if', c: fact('person.art17.majorProject'), t: num(99), e: num(2) },
    ],
  };
  const rule = { ...base, id: 'test.extra', eligible: { k: 'all' as const, xs: [{ k: 'tierIn' as const, of: tier, lo: 1, hi: 2 }, fact('person.fullTime')] } };
  const pkg = { ...quzhou, rules: [rule] };
  const m = new ColumnarModel([pkg], layout, { fromYear: 2030, toYear: 2030, counties: SIM_COUNTIES });
  // The skip is there: the mask function tests the row before running the tier function.
  expect(m.source(undefined, { screen: true })).toMatch(/function TM\d+f\(i\) \{ if \(!\(\(QH\d+ & -?\d+\) !== 0 \|\|/);
  const n = 3000;
  const block = new ColumnBlock(layout, n, n);
  fillSynthetic(block, 37, 0, n);
  const col = (name: string) => block.col(name);
  const pick = <T,>(i: number, xs: readonly T[]) => xs[(i * 7 + (i >> 3)) % xs.length]!;
  for (let i = 0; i < n; i++) {
    if (i % 4 !== 0) for (let w = 0; w < layout.qualWords; w++) block.quals[i * layout.qualWords + w] = 0;
    if (i % 97 === 5) block.qualsKnown[i] = 0;
    col('person.recognizedTier.art19')[i] = i % 3 === 0 ? pick(i, [NaN, 99, 1, 2, 5, 12, 2.5, -1, 0, 31]) : 99;
    col('person.art17.recommended')[i] = i % 5 < 2 ? pick(i + 1, [NaN, 0, 1]) : 0;
    col('person.art17.foreignCapitalUsd')[i] = i % 7 < 2 ? pick(i + 2, [NaN, 5_000_000, 10_000_000]) : 0;
    col('person.art17.majorProject')[i] = i % 11 < 2 ? pick(i + 3, [NaN, 0, 1]) : 1;
  }
  // Late enough for every known payment date to fall before it (as the test above).
  const asOf = parseDay('2030-12-31');
  const acc = m.accumulator(n, true);
  m.kernel(undefined, { screen: true })(block, 0, n, acc, -Infinity, asOf);
  const all = new BatchEvaluator([pkg], asOf);
  let paid = 0;
  for (let i = 0; i < n; i++) {
    const one = new BatchEvaluator([pkg], asOf);
    one.add(storeFromBlock(block, i));
    all.add(storeFromBlock(block, i));
    expect(acc.person![i], `row ${i}`).toBe(one.result().totalFen);
    if (acc.person![i]! > 0) paid++;
  }
  expect(acc.undetermined[0]).toBe(all.result().undetermined);
  expect(paid).toBeGreaterThan(50); // tiers 1 and 2 from the extra sources
  expect(acc.undetermined[0]).toBeGreaterThan(50); // unknown sources, unknown recommendations
});

it('one compiled kernel serves every block, span of years and accumulator in turn, carrying nothing from one call to the next', () => {
  const counties = { counties: SIM_COUNTIES, tierVar: 'art19Tier' };
  const span = new ColumnarModel(packages, layout, { fromYear: 2021, toYear: 2025, ...counties });
  const one = new ColumnarModel(packages, layout, { fromYear: 2025, toYear: 2025, ...counties });
  // The years are the accumulator's, not the code's: both models run the same compiled function.
  expect(one.kernel(undefined, { screen: true })).toBe(span.kernel(undefined, { screen: true }));
  const k = span.kernel(undefined, { screen: true });
  const a = new ColumnBlock(layout, CHUNK);
  fillSynthetic(a, 21, 0, 2_000);
  const b = new ColumnBlock(layout, CHUNK);
  fillSynthetic(b, 22, 0, 2_000);
  const years = [2021, 2022, 2023, 2024, 2025];
  const spanAcc = span.accumulator(a.n, true);
  const asOf = parseDay('2025-12-31');
  const acc = one.accumulator(b.n, true);
  // Row by row, alternating blocks: each call on `b` follows a call on the row of `a` with the same
  // number, evaluated last at the same as-of date (what a kernel keeps per row must not survive).
  for (let i = 0; i < b.n; i++) {
    k(a, i, i + 1, spanAcc, years.map((y) => parseDay(`${y}-01-01`)), years.map((y) => parseDay(`${y}-12-31`)), true);
    k(b, i, i + 1, acc, -Infinity, asOf);
  }
  let paid = 0;
  for (let i = 0; i < b.n; i++) {
    const batch = new BatchEvaluator(packages, asOf);
    batch.add(storeFromBlock(b, i));
    expect(acc.person![i], `row ${i}`).toBe(batch.result().totalFen);
    if (acc.person![i]! > 0) paid++;
  }
  expect(paid).toBeGreaterThan(100);
});

it('reforms that change values, not dates, run the same compiled code, each with its own values', () => {
  const quzhou = packages.find((p) => p.meta.id === 'quzhou-2020')!;
  const reformOf = (allowance: string, rent: string) => mergeReform([parseSetting(`art19.allowance.7=${allowance}`, quzhou.params), parseSetting(`art20.rent.percent=${rent}`, quzhou.params)]);
  const reforms = [reformOf('30000', '50'), reformOf('40000', '60')];
  const m = new ColumnarModel(packages, layout, { fromYear: 2025, toYear: 2025, counties: SIM_COUNTIES, tierVar: 'art19Tier' });
  expect(m.source(reforms[0], { screen: true })).toBe(m.source(reforms[1], { screen: true }));
  expect(m.source(reforms[0], { screen: true })).toBe(m.source(undefined, { screen: true }));
  const block = new ColumnBlock(layout, CHUNK);
  fillSynthetic(block, 23, 0, 3_000);
  const asOf = parseDay('2025-12-31');
  const stores = Array.from({ length: block.n }, (_, i) => storeFromBlock(block, i));
  const totals = new Set<number>();
  // In turn, so that each call follows one with other values.
  for (const reform of [reforms[0], reforms[1], undefined, reforms[0]]) {
    const acc = m.accumulator(block.n, true);
    m.kernel(reform, { screen: true })(block, 0, block.n, acc, -Infinity, asOf);
    const batch = new BatchEvaluator(packages, asOf, reform);
    for (const f of stores) batch.add(f);
    const fen = acc.fen.reduce((a, x) => a + x, 0);
    expect(fen).toBe(batch.result().totalFen);
    totals.add(fen);
  }
  expect(totals.size).toBe(3);
});

it('makes its code for a block’s arrays of fixed size, and reads a list’s member columns at each call: a list that grows after a first call is read whole', () => {
  const k = model.kernel(undefined, { screen: true });
  const block = new ColumnBlock(layout, CHUNK, 4);
  const li = layout.listIndex.get('enterprise.experts')!;
  // A first call on few rows (members fit in the first arrays), then many rows: the experts' list
  // grows into new, larger arrays after the code was made for the block.
  fillSynthetic(block, 24, 0, 200);
  k(block, 0, block.n, model.accumulator(block.n, true), -Infinity, parseDay('2025-12-31'));
  const before = block.lists[li]!.cols[0]!;
  fillSynthetic(block, 25, 0, CHUNK);
  expect(block.lists[li]!.cols[0]).not.toBe(before);
  const asOf = parseDay('2025-12-31');
  const acc = model.accumulator(block.n, true);
  k(block, 0, block.n, acc, -Infinity, asOf);
  // The rows with lists (enterprises, projects), each against BatchEvaluator.
  const salary = model.rules.findIndex((u) => u.rule.id === 'art16.salary_subsidy');
  let enterprisesPaid = 0;
  for (let i = 0; i < block.n; i++) {
    if (block.roots[i] === 0) continue;
    const batch = new BatchEvaluator(packages, asOf);
    batch.add(storeFromBlock(block, i));
    expect(acc.person![i], `row ${i}`).toBe(batch.result().totalFen);
    if (acc.perRule![i * R + salary]! > 0) enterprisesPaid++;
  }
  // The salary subsidy sums an enterprise's experts: read from the grown arrays.
  expect(enterprisesPaid).toBeGreaterThan(3);
});

it('a block made with another’s arrays shares them when they fit (a thread’s next simulation), and has its own otherwise', () => {
  const a = new ColumnBlock(layout, 256);
  const b = new ColumnBlock(layout, 256, 256, a);
  expect(b.cols).toBe(a.cols);
  expect(b.lists).toBe(a.lists);
  expect(b.quals).toBe(a.quals);
  fillSynthetic(b, 26, 0, 256);
  expect(a.col('region')).toBe(b.col('region'));
  // Another capacity, or a layout of another shape (other qualification codes): new arrays.
  expect(new ColumnBlock(layout, 128, 128, a).cols).not.toBe(a.cols);
  const fewer = new ColumnLayout(factDefs, ['phd_fulltime']);
  expect(new ColumnBlock(fewer, 256, 256, a).quals).not.toBe(a.quals);
  // A kernel run on either block gives the same as on a block of its own.
  const asOf = parseDay('2025-12-31');
  const k = model.kernel(undefined, { screen: true });
  const shared = model.accumulator(b.n, true);
  k(b, 0, b.n, shared, -Infinity, asOf);
  const own = new ColumnBlock(layout, 256);
  fillSynthetic(own, 26, 0, 256);
  const alone = model.accumulator(own.n, true);
  k(own, 0, own.n, alone, -Infinity, asOf);
  sameValues(shared.perRule!, alone.perRule!, 'shared arrays vs own arrays');
});
