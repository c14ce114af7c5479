// The work of one simulation worker (or of the main thread for small populations): generate its
// chunks of the synthetic population (合成数据) into one reused column block, run the baseline and
// reform kernels of every year over each chunk, and keep only accumulators, per-person winners and
// losers counts and the largest per-person changes — memory stays bounded whatever the size.

import { ColumnarModel, ColumnBlock, dayFromParts, type Accumulator, type Reform } from '@rencai/engine';
import { loadPolicies } from '@rencai/policies';
import { CHUNK, fillSynthetic, populationLayout } from './synthetic/population.js';

export const SIM_COUNTIES = ['quzhou_city', 'kecheng', 'qujiang', 'zhizao', 'lvchan', 'longyou', 'jiangshan', 'changshan', 'kaihua', 'jiaojiang'];
export const TIER_VAR = 'art19Tier';

export interface SimJob {
  seed: number;
  population: number;
  fromYear: number;
  toYear: number;
  policies: string[];
  reform?: Reform;
  /** Chunks [chunkFrom, chunkTo) of the population. */
  chunkFrom: number;
  chunkTo: number;
  top: number;
}

export interface PersonChange {
  row: number;
  county: string;
  baselineFen: number;
  reformFen: number;
  diffFen: number;
}

export interface SimPart {
  rows: number;
  baseline: Omit<Accumulator, 'person' | 'perRule'>;
  reform?: Omit<Accumulator, 'person' | 'perRule'>;
  /** Persons (rows) with money in the span, per scenario. */
  paidBaseline: number;
  paidReform: number;
  winners: number;
  losers: number;
  gainFen: number;
  lossFen: number;
  top: PersonChange[];
}

export function simModel(job: Pick<SimJob, 'policies' | 'fromYear' | 'toYear'>): ColumnarModel {
  const packages = loadPolicies().filter((p) => job.policies.includes(p.meta.id));
  return new ColumnarModel(packages, populationLayout(packages), { fromYear: job.fromYear, toYear: job.toYear, counties: SIM_COUNTIES, tierVar: TIER_VAR });
}

function strip(a: Accumulator): SimPart['baseline'] {
  return { fen: a.fen, count: a.count, undetermined: a.undetermined, persons: a.persons, beneficiaries: a.beneficiaries };
}

/** Runs the chunks of `job`, calling `progress(rowsDone)` after each. */
export function runChunks(job: SimJob, progress: (rows: number) => void = () => {}): SimPart {
  const model = simModel(job);
  const years = Array.from({ length: job.toYear - job.fromYear + 1 }, (_, k) => job.fromYear + k);
  // One kernel per scenario; each year is a call at that year's 31 December, counting the
  // instalments dated within the year. Headcounts are taken in the last year.
  const kernels = (reform?: Reform) => {
    const run = model.kernel(reform, { screen: true });
    return years.map((y, k) => ({ asOf: dayFromParts(y, 12, 31), window: dayFromParts(y, 1, 1), run, last: k === years.length - 1 }));
  };
  const base = kernels();
  const ref = job.reform ? kernels(job.reform) : undefined;
  const block = new ColumnBlock(model.layout, CHUNK, CHUNK);
  const accB = model.accumulator(CHUNK);
  const accR = ref ? model.accumulator(CHUNK) : undefined;
  const region = block.col('region');
  const part: SimPart = { rows: 0, baseline: strip(accB), ...(accR ? { reform: strip(accR) } : {}), paidBaseline: 0, paidReform: 0, winners: 0, losers: 0, gainFen: 0, lossFen: 0, top: [] };
  let floor = 0; // smallest |diff| in a full top list
  for (let c = job.chunkFrom; c < job.chunkTo; c++) {
    const first = c * CHUNK;
    const n = Math.min(CHUNK, job.population - first);
    if (n <= 0) break;
    fillSynthetic(block, job.seed, first, n);
    accB.person!.fill(0, 0, n);
    for (const k of base) k.run(block, 0, n, accB, k.window, k.asOf, k.last);
    const pb = accB.person!;
    if (accR && ref) {
      accR.person!.fill(0, 0, n);
      for (const k of ref) k.run(block, 0, n, accR, k.window, k.asOf, k.last);
      const pr = accR.person!;
      for (let i = 0; i < n; i++) {
        const b = pb[i]!;
        const r = pr[i]!;
        if (b > 0) part.paidBaseline++;
        if (r > 0) part.paidReform++;
        const d = r - b;
        if (d === 0) continue;
        if (d > 0) {
          part.winners++;
          part.gainFen += d;
        } else {
          part.losers++;
          part.lossFen -= d;
        }
        const ad = Math.abs(d);
        if (part.top.length < job.top || ad > floor) {
          part.top.push({ row: first + i, county: model.layout.strings.text(region[i]!) ?? '未知', baselineFen: b, reformFen: r, diffFen: d });
          if (part.top.length > job.top * 4) {
            part.top.sort((x, y) => Math.abs(y.diffFen) - Math.abs(x.diffFen) || x.row - y.row);
            part.top.length = job.top;
            floor = Math.abs(part.top[part.top.length - 1]!.diffFen);
          }
        }
      }
    } else for (let i = 0; i < n; i++) if (pb[i]! > 0) part.paidBaseline++;
    part.rows += n;
    progress(part.rows);
  }
  part.top.sort((x, y) => Math.abs(y.diffFen) - Math.abs(x.diffFen) || x.row - y.row);
  part.top.length = Math.min(part.top.length, job.top);
  return part;
}
