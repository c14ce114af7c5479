// Use case: whole-city budget simulation. A policy over the synthetic population (合成数据
// SYNTHETIC) for a span of years → money by clause, benefit, payer, county, tier and year, with
// headcounts; optionally a reform (validated parameter overrides) and the difference: winners,
// losers and the largest changes. Large populations run on worker threads across the cores.

import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fenToYuanString, type Payer, type Reform } from '@rencai/engine';
import { loadPolicies, officialValues, regionName } from '@rencai/policies';
import { InputError } from './errors.js';
import { unknownPolicy } from './calculate.js';
import { parseReform, type ReformInput } from './reform.js';
import { ChunkRunner, nextChunk, runChunks, simModel, SIM_COUNTIES, type PersonChange, type SimJob, type SimPart } from './simulate-core.js';
import { CHUNK, DEFAULT_POPULATION, DEFAULT_SEED, SYNTHETIC_LABEL } from './synthetic/population.js';

export { SIM_COUNTIES } from './simulate-core.js';
export const MAX_POPULATION = 5_000_000;
/** Below this size the main thread does the work (starting workers costs more than it saves). */
export const WORKER_THRESHOLD = 50_000;

export interface SimulateOptions {
  population?: number;
  seed?: number;
  /** "2021-2025" or "2023" (calendar years; each evaluated at 31 December, paying that year's instalments). */
  years?: string;
  set?: ReformInput;
  /** Policy package ids (default: every package; each applies only in its own jurisdiction). */
  policies?: string[];
  /** Worker threads (default: the cores, for populations of WORKER_THRESHOLD or more). */
  workers?: number;
  /** Number of largest per-person changes to list. */
  top?: number;
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

export interface Line {
  key: string;
  name: string;
  baselineFen: number;
  baselineCount: number;
  reformFen?: number;
  reformCount?: number;
  diffFen?: number;
  undeterminedBaseline?: number;
  undeterminedReform?: number;
}

export interface SimulationReport {
  format: 'rencai.simulation/1';
  synthetic: true;
  label: string;
  population: number;
  seed: number;
  years: { from: number; to: number };
  policies: Array<{ id: string; version: string }>;
  reform?: Reform;
  totals: { baselineFen: number; baselineYuan: string; baselineCount: number; reformFen?: number; reformYuan?: string; reformCount?: number; diffFen?: number; diffYuan?: string };
  byClause: Line[];
  byBenefit: Line[];
  byPayer: Line[];
  byCounty: Line[];
  byTier: Line[];
  byYear: Line[];
  headcount: {
    /** Persons (rows) by county and by tier, at the end of the span. */
    byCounty: Array<{ key: string; name: string; persons: number; beneficiariesLastYear: number; beneficiariesLastYearReform?: number }>;
    byTier: Array<{ key: string; name: string; persons: number; beneficiariesLastYear: number; beneficiariesLastYearReform?: number }>;
    /** Rows with money in the span. */
    paidBaseline: number;
    paidReform?: number;
  };
  changes?: {
    winners: number;
    losers: number;
    unchanged: number;
    gainFen: number;
    lossFen: number;
    largestByClause: Line[];
    largestByCounty: Line[];
    largestPersons: Array<PersonChange & { countyName: string }>;
  };
  workers: number;
  seconds: number;
}

export function parseYears(years: string | undefined, path = 'years'): { from: number; to: number } {
  const s = (years ?? '2021-2025').trim();
  const m = /^(\d{4})(?:\s*[-–~至]\s*(\d{4}))?$/.exec(s);
  if (!m) throw new InputError([{ path, message: `年度范围应为 YYYY 或 YYYY-YYYY（如 2021-2025），收到：${s}` }]);
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (to < from) throw new InputError([{ path, message: `结束年度 ${to} 早于起始年度 ${from}` }]);
  if (from < 2000 || to > 2100 || to - from > 30) throw new InputError([{ path, message: `年度范围应在 2000–2100 年之间且不超过 30 年，收到：${s}` }]);
  return { from, to };
}

export function checkPopulation(n: unknown, path = 'population', max = MAX_POPULATION): number {
  const v = typeof n === 'string' && /^\d+$/.test(n.trim()) ? Number(n) : n;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new InputError([{ path, message: `人数应为正整数，收到：${String(n)}` }]);
  if (v > max) throw new InputError([{ path, message: `人数不能超过 ${max.toLocaleString('en-US')}，收到：${v.toLocaleString('en-US')}` }]);
  return v;
}

function addInto(a: SimPart['baseline'], b: SimPart['baseline']): void {
  for (const k of ['fen', 'count', 'undetermined', 'persons', 'beneficiaries'] as const) {
    const x = a[k];
    const y = b[k];
    for (let i = 0; i < x.length; i++) x[i]! += y[i]!;
  }
}

/** Idle worker threads are kept this long for the next simulation, then ended. */
export const WORKER_IDLE_MS = 120_000;
// Worker threads kept between simulations: a thread's start (loading the modules, the policy
// packages) costs about as much as simulating 600,000 persons, so a thread that finishes a job
// waits, unreferenced (it never keeps the process alive), for the next one.
const idle: Array<{ worker: Worker; timer: ReturnType<typeof setTimeout> }> = [];

function startWorker(): Worker {
  const here = import.meta.url;
  let worker: Worker;
  if (here.endsWith('.ts')) {
    // Running from TypeScript sources (tsx, vitest): the worker registers tsx's loader itself, since
    // `execArgv: ['--import', 'tsx']` does not apply to a worker's entry module on Node 20.
    const api = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const entry = new URL('./simulate-worker.ts', here).href;
    worker = new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
  } else worker = new Worker(new URL('./simulate-worker.js', here));
  worker.on('exit', () => {
    const k = idle.findIndex((x) => x.worker === worker);
    if (k >= 0) idle.splice(k, 1);
  });
  return worker;
}

/** Ends the idle worker threads now (tests, shutdown). */
export async function closeSimulationWorkers(): Promise<void> {
  const all = idle.splice(0);
  await Promise.all(all.map(({ worker, timer }) => {
    clearTimeout(timer);
    return worker.terminate();
  }));
}

/** Runs `job` (its share of the chunks, or all of them without a shared counter) on a worker thread (an idle one when there is one). */
export function runWorker(job: SimJob, onRows: (rows: number) => void): Promise<SimPart> {
  const kept = idle.pop();
  if (kept) clearTimeout(kept.timer);
  const worker = kept?.worker ?? startWorker();
  worker.ref();
  return new Promise((resolve, reject) => {
    const onMessage = (m: { type: 'progress'; rows: number } | { type: 'done'; part: SimPart }) => {
      if (m.type === 'progress') return onRows(m.rows);
      off();
      worker.unref();
      const timer = setTimeout(() => void closeIdle(worker), WORKER_IDLE_MS);
      timer.unref();
      idle.push({ worker, timer });
      resolve(m.part);
    };
    const onError = (e: Error) => {
      off();
      void worker.terminate();
      reject(e);
    };
    const onExit = (code: number) => {
      off();
      reject(new Error(`模拟工作线程异常退出 simulation worker exited with code ${code}`));
    };
    const off = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

function closeIdle(worker: Worker): Promise<number> | undefined {
  const k = idle.findIndex((x) => x.worker === worker);
  if (k < 0) return undefined;
  idle.splice(k, 1);
  return worker.terminate();
}

export async function simulate(opts: SimulateOptions = {}): Promise<SimulationReport> {
  const population = checkPopulation(opts.population ?? DEFAULT_POPULATION);
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new InputError([{ path: 'seed', message: `随机种子应为整数，收到：${String(seed)}` }]);
  const years = parseYears(opts.years);
  const all = loadPolicies();
  const ids = opts.policies?.length ? opts.policies : all.map((p) => p.meta.id);
  ids.forEach((id, i) => {
    if (!all.some((p) => p.meta.id === id)) throw unknownPolicy(id, `policies[${i}]`);
  });
  const packages = all.filter((p) => ids.includes(p.meta.id));
  const reform = parseReform(opts.set, packages);
  const hasReform = reform !== undefined && Object.keys(reform).length > 0;
  const top = opts.top ?? 20;
  const chunks = Math.ceil(population / CHUNK);
  const workers = Math.max(1, Math.min(opts.workers ?? (population >= WORKER_THRESHOLD ? availableParallelism() : 1), chunks, 16));
  const official = officialValues().values;
  const job: SimJob = { seed, population, fromYear: years.from, toYear: years.to, policies: ids, ...(hasReform ? { reform } : {}), top, ...(official.length ? { official } : {}) };
  const started = performance.now();
  let parts: SimPart[];
  if (workers === 1) parts = [runChunks(job, (rows) => opts.onProgress?.(rows, population))];
  else {
    // The main thread works too (its policies are loaded and warm); workers-1 threads join it and
    // every thread takes the next chunk from a shared counter until none is left.
    const shared: SimJob = { ...job, counter: new SharedArrayBuffer(4) };
    const done = new Array<number>(workers).fill(0);
    const report = () => opts.onProgress?.(done.reduce((a, x) => a + x, 0), population);
    const threads = Array.from({ length: workers - 1 }, (_, w) =>
      runWorker(shared, (rows) => {
        done[w + 1] = rows;
        report();
      }),
    );
    const runner = new ChunkRunner(shared);
    const local = { next: 0 };
    for (let c = nextChunk(shared, local); c < chunks; c = nextChunk(shared, local)) {
      runner.runChunk(c);
      done[0] = runner.part.rows;
      report();
      await new Promise((r) => setImmediate(r)); // let the workers' messages in
    }
    parts = [runner.finish(), ...(await Promise.all(threads))];
  }
  const seconds = (performance.now() - started) / 1000;
  return report(parts, { population, seed, years, packages, reform: hasReform ? reform : undefined, workers, seconds, top });
}

const TIER_NAMES = ['第0档', '第1档', '第2档', '第3档', '第4档', '第5档', '第6档', '第7档', '第8档', '第8档（技师）', '无第19条层次', '层次待定或非个人（企业、项目）'];

function report(
  parts: SimPart[],
  ctx: { population: number; seed: number; years: { from: number; to: number }; packages: ReturnType<typeof loadPolicies>; reform?: Reform; workers: number; seconds: number; top: number },
): SimulationReport {
  const model = simModel({ policies: ctx.packages.map((p) => p.meta.id), fromYear: ctx.years.from, toYear: ctx.years.to });
  const base = parts[0]!.baseline;
  const ref = parts[0]!.reform;
  for (const p of parts.slice(1)) {
    addInto(base, p.baseline);
    if (ref && p.reform) addInto(ref, p.reform);
  }
  const { C, Y, P, T } = model;
  const rules = model.rules;
  const payerNames = new Map<string, string>();
  const notePayer = (p: Payer) => payerNames.set(p.code, p.name);
  for (const u of rules) {
    if ('code' in u.rule.payer) notePayer(u.rule.payer);
    else {
      notePayer(u.rule.payer.then);
      notePayer(u.rule.payer.otherwise);
    }
  }
  const payerCodes = ['city_finance', 'shared', 'employer_unit', 'district_finance'];
  const counties = [...SIM_COUNTIES, 'other'];
  const axes = {
    clause: (r: number) => rules[r]!.rule.clause.cite,
    benefit: (r: number) => rules[r]!.rule.benefit,
  };
  type Acc = Map<string, { name: string; b: number; bc: number; r: number; rc: number; ub: number; ur: number }>;
  const tables: Record<'byClause' | 'byBenefit' | 'byPayer' | 'byCounty' | 'byTier' | 'byYear', Acc> = {
    byClause: new Map(), byBenefit: new Map(), byPayer: new Map(), byCounty: new Map(), byTier: new Map(), byYear: new Map(),
  };
  const line = (t: Acc, key: string, name: string) => {
    let x = t.get(key);
    if (!x) t.set(key, (x = { name, b: 0, bc: 0, r: 0, rc: 0, ub: 0, ur: 0 }));
    return x;
  };
  let cell = 0;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!.rule;
    const cl = line(tables.byClause, axes.clause(r), rule.clause.cite);
    const be = line(tables.byBenefit, axes.benefit(r), rule.name.replace(/（第\(\d\)项.*）$/, ''));
    cl.ub += base.undetermined[r]!;
    be.ub += base.undetermined[r]!;
    if (ref) {
      cl.ur += ref.undetermined[r]!;
      be.ur += ref.undetermined[r]!;
    }
    for (let c = 0; c < C; c++)
      for (let y = 0; y < Y; y++)
        for (let p = 0; p < P; p++)
          for (let t = 0; t < T; t++, cell++) {
            const bf = base.fen[cell]!;
            const bc = base.count[cell]!;
            const rf = ref ? ref.fen[cell]! : 0;
            const rc = ref ? ref.count[cell]! : 0;
            if (bc === 0 && rc === 0) continue;
            const county = counties[c]!;
            for (const x of [
              cl,
              be,
              line(tables.byPayer, payerCodes[p]!, payerNames.get(payerCodes[p]!) ?? payerCodes[p]!),
              line(tables.byCounty, county, county === 'other' ? '其他地区' : regionName(county)),
              line(tables.byTier, String(t), TIER_NAMES[t]!),
              line(tables.byYear, String(ctx.years.from + y), `${ctx.years.from + y}年`),
            ]) {
              x.b += bf;
              x.bc += bc;
              x.r += rf;
              x.rc += rc;
            }
          }
  }
  const lines = (t: Acc): Line[] =>
    [...t.entries()].map(([key, x]) => ({
      key,
      name: x.name,
      baselineFen: x.b,
      baselineCount: x.bc,
      ...(ref ? { reformFen: x.r, reformCount: x.rc, diffFen: x.r - x.b } : {}),
      ...(x.ub || x.ur ? { undeterminedBaseline: x.ub, ...(ref ? { undeterminedReform: x.ur } : {}) } : {}),
    }));
  const byYear = lines(tables.byYear).sort((a, b) => a.key.localeCompare(b.key));
  const byTier = lines(tables.byTier).sort((a, b) => Number(a.key) - Number(b.key));
  const sorted = (t: Acc) => lines(t).sort((a, b) => b.baselineFen - a.baselineFen || (b.reformFen ?? 0) - (a.reformFen ?? 0) || a.key.localeCompare(b.key));
  const sum = (xs: Float64Array) => xs.reduce((a, x) => a + x, 0);
  const baselineFen = sum(base.fen);
  const reformFen = ref ? sum(ref.fen) : undefined;
  for (const v of [baselineFen, reformFen]) if (v !== undefined && !Number.isSafeInteger(v)) throw new Error('金额合计超出可精确计算的范围');
  const head = (key: string, name: string, pick: (c: number, t: number) => boolean) => {
    let persons = 0;
    let ben = 0;
    let benR = 0;
    for (let c = 0; c < C; c++)
      for (let t = 0; t < T; t++)
        if (pick(c, t)) {
          persons += base.persons[c * T + t]!;
          ben += base.beneficiaries[c * T + t]!;
          if (ref) benR += ref.beneficiaries[c * T + t]!;
        }
    return { key, name, persons, beneficiariesLastYear: ben, ...(ref ? { beneficiariesLastYearReform: benR } : {}) };
  };
  const out: SimulationReport = {
    format: 'rencai.simulation/1',
    synthetic: true,
    label: `${SYNTHETIC_LABEL}：按 docs/simulation.md 所述假设生成的模拟人口，不是真实统计 — generated population, not statistics`,
    population: ctx.population,
    seed: ctx.seed,
    years: ctx.years,
    policies: ctx.packages.map((p) => ({ id: p.meta.id, version: p.version })),
    ...(ctx.reform ? { reform: ctx.reform } : {}),
    totals: {
      baselineFen,
      baselineYuan: fenToYuanString(baselineFen),
      baselineCount: sum(base.count),
      ...(reformFen !== undefined ? { reformFen, reformYuan: fenToYuanString(reformFen), reformCount: sum(ref!.count), diffFen: reformFen - baselineFen, diffYuan: fenToYuanString(reformFen - baselineFen) } : {}),
    },
    byClause: sorted(tables.byClause),
    byBenefit: sorted(tables.byBenefit),
    byPayer: sorted(tables.byPayer),
    byCounty: sorted(tables.byCounty),
    byTier,
    byYear,
    headcount: {
      byCounty: counties.map((c, ci) => head(c, c === 'other' ? '其他地区' : regionName(c), (cc) => cc === ci)).filter((x) => x.persons > 0),
      byTier: TIER_NAMES.map((n, ti) => head(String(ti), n, (_c, t) => t === ti)).filter((x) => x.persons > 0),
      paidBaseline: parts.reduce((a, p) => a + p.paidBaseline, 0),
      ...(ref ? { paidReform: parts.reduce((a, p) => a + p.paidReform, 0) } : {}),
    },
    workers: ctx.workers,
    seconds: ctx.seconds,
  };
  if (ref) {
    const winners = parts.reduce((a, p) => a + p.winners, 0);
    const losers = parts.reduce((a, p) => a + p.losers, 0);
    const byDiff = (xs: Line[]) => xs.filter((x) => x.diffFen !== 0).sort((a, b) => Math.abs(b.diffFen!) - Math.abs(a.diffFen!) || a.key.localeCompare(b.key)).slice(0, 10);
    out.changes = {
      winners,
      losers,
      unchanged: ctx.population - winners - losers,
      gainFen: parts.reduce((a, p) => a + p.gainFen, 0),
      lossFen: parts.reduce((a, p) => a + p.lossFen, 0),
      largestByClause: byDiff(out.byClause),
      largestByCounty: byDiff(out.byCounty),
      largestPersons: parts
        .flatMap((p) => p.top)
        .sort((a, b) => Math.abs(b.diffFen) - Math.abs(a.diffFen) || a.row - b.row)
        .slice(0, ctx.top)
        .map((x) => ({ ...x, countyName: regionName(x.county) })),
    };
  }
  return out;
}
