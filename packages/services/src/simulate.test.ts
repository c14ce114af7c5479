// The simulation's accounts add up: every breakdown sums to the total, the reform difference is
// reform − baseline line by line, worker threads give the same result as one thread, and an unknown
// parameter is an input error naming it (in Chinese). Small synthetic populations (合成数据).

import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { InputError } from './errors.js';
import { simulate, type Line, type SimulationReport } from './simulate.js';
import { simulationWorkbook } from './simulate-xlsx.js';
import { runChunks, type SimJob } from './simulate-core.js';
import { mergeReform, parseSetting } from '@rencai/engine';
import { loadPolicies } from '@rencai/policies';

const sum = (xs: Line[], k: 'baselineFen' | 'reformFen' | 'baselineCount') => xs.reduce((a, x) => a + (x[k] ?? 0), 0);

let withReform: SimulationReport;

describe('simulate', () => {
  it('breakdowns add up to the totals; the reform difference is reform − baseline; winners and losers', async () => {
    withReform = await simulate({ population: 20_000, years: '2021-2025', set: ['art19.allowance.7=30000', 'art20.rent.percent=40'], workers: 1 });
    const r = withReform;
    expect(r.synthetic).toBe(true);
    expect(r.label).toContain('合成数据');
    expect(r.totals.baselineFen).toBeGreaterThan(0);
    for (const t of [r.byClause, r.byBenefit, r.byPayer, r.byCounty, r.byTier, r.byYear]) {
      expect(sum(t, 'baselineFen')).toBe(r.totals.baselineFen);
      expect(sum(t, 'reformFen')).toBe(r.totals.reformFen);
      expect(sum(t, 'baselineCount')).toBe(r.totals.baselineCount);
      for (const l of t) expect(l.diffFen).toBe(l.reformFen! - l.baselineFen);
    }
    expect(r.totals.diffFen).toBe(r.totals.reformFen! - r.totals.baselineFen);
    expect(r.byYear.map((y) => y.key)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const c = r.changes!;
    expect(c.winners).toBeGreaterThan(0); // a higher tier-7 allowance
    expect(c.losers).toBeGreaterThan(0); // a lower rent subsidy
    expect(c.winners + c.losers + c.unchanged).toBe(r.population);
    expect(c.gainFen - c.lossFen).toBe(r.totals.diffFen);
    expect(c.largestPersons.length).toBe(20);
    expect(Math.abs(c.largestPersons[0]!.diffFen)).toBeGreaterThanOrEqual(Math.abs(c.largestPersons[19]!.diffFen));
    const rent = r.byBenefit.find((b) => b.key === 'rent_subsidy')!;
    expect(rent.diffFen).toBeLessThan(0);
    expect(r.headcount.byCounty.reduce((a, x) => a + x.persons, 0)).toBe(r.population);
  });

  it('leaves an entitlement undetermined only where the population leaves a fact open, not for everyone', () => {
    // The synthetic profiles answer every personal question but full-time (1% unanswered); enterprise
    // rows (about 0.4%) have no personal facts. A benefit undetermined for most rows would mean a fact
    // the generator never sets (as the culture award's level once was: 20,000 of 20,000 in each year).
    // The counts are of instalments over the 5 years.
    for (const b of withReform.byBenefit) expect(b.undeterminedBaseline ?? 0, b.key).toBeLessThan(withReform.population * 5 * 0.05);
  });

  it('gives the same accounts on two worker threads as on one (the population does not depend on the split)', async () => {
    const one = await simulate({ population: 40_000, years: '2023-2024', workers: 1 });
    const two = await simulate({ population: 40_000, years: '2023-2024', workers: 2 });
    expect(two.workers).toBe(2);
    expect(two.totals).toEqual(one.totals);
    expect(two.byClause).toEqual(one.byClause);
    expect(two.headcount).toEqual(one.headcount);
  });

  it('rejects an unknown parameter, naming it in Chinese, and bad years and sizes', async () => {
    const err = await simulate({ population: 100, set: ['art19.allowanse.7=1'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).errors[0]!.message).toContain('未知参数：art19.allowanse.7');
    await expect(simulate({ population: 100, years: '2025-2021' })).rejects.toThrow(/早于起始年度/);
    await expect(simulate({ population: 0 })).rejects.toThrow(/人数应为正整数/);
  });

  it('writes an Excel workbook with one sheet per breakdown, marked synthetic', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await simulationWorkbook(withReform)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '按条款', '按待遇', '按资金来源', '按地区', '按层次', '按年度', '人数', '变化最大']);
    expect(String(wb.getWorksheet('说明')!.getCell('B1').value)).toContain('合成数据');
  });

  it('a reform pass over only the rules the reform touches gives exactly the full reform pass', () => {
    const q = loadPolicies()[0]!;
    for (const set of [['art19.allowance.7=30000', 'art20.rent.percent=40'], ['art17.treated_tier.art19=3'], ['art20.purchase.area.4=40@2022-01-01']]) {
      const reform = mergeReform(set.map((x) => parseSetting(x, q.params)));
      // Seed 1 has art. 17 leaders with a completed allowance year in 2021–2025 (the allowance is due per completed year).
      const job: SimJob = { seed: 1, population: 6_000, fromYear: 2021, toYear: 2025, policies: loadPolicies().map((p) => p.meta.id), reform, top: 10 };
      const fast = runChunks(job);
      const full = runChunks({ ...job, restrict: false });
      expect(fast, set.join(' ')).toEqual(full);
      expect(fast.winners + fast.losers, set.join(' ')).toBeGreaterThan(0);
    }
  });
});
