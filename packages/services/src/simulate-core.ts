// The work of one simulation worker (or of the main thread for small populations): generate its
// chunks of the synthetic population (合成数据) into one reused column block, run the baseline and
// reform kernels of every year over each chunk, and keep only accumulators, per-person winners and
// losers counts and the largest per-person changes — memory stays bounded whatever the size.

import { ColumnarModel, ColumnBlock, dayFromParts, type Accumulator, type Kernel, type KernelOptions, type Reform, type RuleDef } from '@rencai/engine';
import { loadPolicies, type OfficialValue } from '@rencai/policies';
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
  /** Evaluate only the rules a reform touches in the reform pass (default true; false: every rule). */
  restrict?: boolean;
  /** Shared Int32 counter of the next chunk to take (several threads); absent: all chunks in order. */
  counter?: SharedArrayBuffer;
  top: number;
  /** The official values in force where the simulation was started (worker threads apply them too). */
  official?: OfficialValue[];
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
  baseline: Omit<Accumulator, 'person' | 'perRule' | 'yearStarts'>;
  reform?: Omit<Accumulator, 'person' | 'perRule' | 'yearStarts'>;
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

/** This thread's last block (see ChunkRunner). */
let lastBlock: ColumnBlock | undefined;

/**
 * The state of one thread's share: kernels compiled once, one reused column block, accumulators.
 * Chunks are taken one at a time (from a shared counter when several threads work), so a thread
 * that starts late simply takes fewer chunks; the sums do not depend on who took what.
 */
export class ChunkRunner {
  private readonly model: ColumnarModel;
  private readonly base: Array<{ asOf: number; window: number; run: Kernel; last: boolean }>;
  private readonly ref?: Array<{ asOf: number; window: number; run: Kernel; last: boolean }>;
  private readonly block: ColumnBlock;
  private readonly accB: Accumulator;
  private readonly accR?: Accumulator;
  readonly part: SimPart;
  private floor = 0; // smallest |diff| in a full top list
  private readonly affected?: Set<RuleDef>;

  constructor(private readonly job: SimJob) {
    this.model = simModel(job);
    const years = Array.from({ length: job.toYear - job.fromYear + 1 }, (_, k) => job.fromYear + k);
    // One kernel per scenario; each year is a call at that year's 31 December, counting the
    // instalments dated within the year. Headcounts are taken in the last year.
    const kernels = (reform?: Reform, opts: KernelOptions = {}) => {
      const run = this.model.kernel(reform, { screen: true, ...opts });
      return years.map((y, k) => ({ asOf: dayFromParts(y, 12, 31), window: dayFromParts(y, 1, 1), run, last: k === years.length - 1 }));
    };
    // With a reform, the reform pass evaluates only the rules the reform touches; the others are the
    // baseline's (their per-row amounts are kept aside by the baseline pass, `markRules`).
    const affected = job.reform ? this.model.affectedBy(job.reform) : undefined;
    this.affected = affected && job.restrict !== false && affected.size < this.model.rules.length ? affected : undefined;
    this.base = kernels();
    // The same compiled code as the baseline's (the reform's values are a table), over the touched rules only.
    this.ref = job.reform ? kernels(job.reform) : undefined;
    // The thread's arrays of its last simulation, when they fit: the kernels' code is made for a
    // block's arrays, and new arrays would be new code for V8 to optimise again (a repeated
    // simulation took 0.74–1.04 s instead of 0.50–0.68 s). A thread fills and reads a chunk in one
    // synchronous step, so simulations sharing the arrays never mix their rows.
    this.block = new ColumnBlock(this.model.layout, CHUNK, CHUNK, lastBlock);
    lastBlock = this.block;
    this.accB = this.model.accumulator(CHUNK);
    this.accR = this.ref ? this.model.accumulator(CHUNK) : undefined;
    if (this.affected && this.accR) {
      this.accB.markRules = Uint8Array.from(this.model.rules, (u) => (this.affected!.has(u.rule) ? 1 : 0));
      this.accB.marked = new Float64Array(CHUNK);
      this.accB.lastPaidOther = new Uint8Array(CHUNK);
      this.accR.lastPaidOther = this.accB.lastPaidOther;
      this.accR.onlyRules = this.accB.markRules;
      this.accR.carryPaid = true;
    }
    this.part = { rows: 0, baseline: strip(this.accB), ...(this.accR ? { reform: strip(this.accR) } : {}), paidBaseline: 0, paidReform: 0, winners: 0, losers: 0, gainFen: 0, lossFen: 0, top: [] };
  }

  /** Generates and evaluates chunk `c`; returns its row count (0 past the end). */
  runChunk(c: number): number {
    const { job, block, accB, accR, part } = this;
    const first = c * CHUNK;
    const n = Math.min(CHUNK, job.population - first);
    if (n <= 0) return 0;
    fillSynthetic(block, job.seed, first, n);
    const region = block.col('region');
    accB.person!.fill(0, 0, n);
    accB.marked?.fill(0, 0, n);
    accB.lastPaidOther?.fill(0, 0, n);
    runYears(this.base, block, n, accB);
    const pb = accB.person!;
    if (accR && this.ref) {
      accR.person!.fill(0, 0, n);
      runYears(this.ref, block, n, accR);
      const pr = accR.person!;
      const mk = accB.marked;
      for (let i = 0; i < n; i++) {
        const b = pb[i]!;
        // Restricted pass: the reform total is the baseline's minus its touched rules plus theirs.
        const r = mk ? b - mk[i]! + pr[i]! : pr[i]!;
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
        if (part.top.length < job.top || ad > this.floor) {
          part.top.push({ row: first + i, county: this.model.layout.strings.text(region[i]!) ?? '未知', baselineFen: b, reformFen: r, diffFen: d });
          if (part.top.length > job.top * 4) {
            sortTop(part.top);
            part.top.length = job.top;
            this.floor = Math.abs(part.top[part.top.length - 1]!.diffFen);
          }
        }
      }
    } else for (let i = 0; i < n; i++) if (pb[i]! > 0) part.paidBaseline++;
    part.rows += n;
    return n;
  }

  finish(): SimPart {
    if (this.affected && this.part.reform) {
      // Rules the reform does not touch: the reform's cells and undetermined counts are the baseline's.
      const per = this.model.C * this.model.Y * this.model.P * this.model.T;
      this.model.rules.forEach((u, r) => {
        if (this.affected!.has(u.rule)) return;
        const b = this.part.baseline;
        const x = this.part.reform!;
        x.fen.set(b.fen.subarray(r * per, (r + 1) * per), r * per);
        x.count.set(b.count.subarray(r * per, (r + 1) * per), r * per);
        x.undetermined[r] = b.undetermined[r]!;
      });
    }
    sortTop(this.part.top);
    this.part.top.length = Math.min(this.part.top.length, this.job.top);
    return this.part;
  }
}

/** Every year of the span in one kernel call per chunk (date-independent values once per row). */
function runYears(ks: Array<{ asOf: number; window: number; run: Kernel }>, block: ColumnBlock, n: number, acc: Accumulator): void {
  ks[0]!.run(block, 0, n, acc, ks.map((k) => k.window), ks.map((k) => k.asOf), true);
}

const sortTop = (top: PersonChange[]) => top.sort((x, y) => Math.abs(y.diffFen) - Math.abs(x.diffFen) || x.row - y.row);

/** The next chunk to take: from the shared counter when threads share the work, else in order. */
export function nextChunk(job: SimJob, local: { next: number }): number {
  if (job.counter) return Atomics.add(new Int32Array(job.counter), 0, 1);
  return local.next++;
}

/** Runs chunks until none is left, calling `progress(rowsDone)` after each (synchronous). */
export function runChunks(job: SimJob, progress: (rows: number) => void = () => {}): SimPart {
  const runner = new ChunkRunner(job);
  const local = { next: 0 };
  const chunks = Math.ceil(job.population / CHUNK);
  for (let c = nextChunk(job, local); c < chunks; c = nextChunk(job, local)) {
    runner.runChunk(c);
    progress(runner.part.rows);
  }
  return runner.finish();
}
