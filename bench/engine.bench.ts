// `npm run bench`: speed of rencai on a synthetic Quzhou population (合成数据 SYNTHETIC, seeded),
// never a timed test. Measures, in one run so that ratios are comparable:
//   1. the rule subset (art.19 tiers, art.20 purchase subsidy, rent subsidy, salary subsidy; money
//      paid in one year) in (a) rencai's columnar kernel (money only, as the hand loop; timed with
//      the simulation's output, per-person totals and sums, and checked per component on a second,
//      untimed run; (a') also counting undetermined entitlements, one more pass), (b)
//      json-rules-engine, (c) GoRules ZEN,
//      (d) a hand-written typed-array loop — same rows, results checked equal person by person
//      (aborts on a mismatch), and the hand loop also on rows with every fact set at random or left
//      unknown (it must pay what the rules pay, not only on the generator's rows) — persons/s on one
//      core at 10k, 100k and 600k persons;
//   2. the full Quzhou rule set: columnar untraced, BatchEvaluator (closures), traced calculate();
//   3. 600,000 persons × 5 years, baseline and a reform, end to end on worker threads (own process);
//   4. POST /api/v1/calculate at 500 requests/s over loopback (autocannon), p99 latency;
//   5. importing a 50,000-row registry workbook (own process, bench/import-run.ts): seconds and
//      memory, and a 4 GB zip bomb refused (time, memory growth);
//   and peak RSS. The columnar kernels screen rules by payment date (same money; see KernelOptions).
// Usage: npm run bench [-- 600000] [-- --quick] [-- --only=subset,full,traced,sim,http,import]
//   (--quick: 100,000 persons, smaller samples, 5 s load; --only or BENCH_ONLY: just those sections)

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BatchEvaluator, calculate, ColumnarModel, ColumnBlock, dayFromParts, storeFromBlock, type FactStore } from '@rencai/engine';
import { factDefs, loadPolicies } from '@rencai/policies';
import { CHUNK, DEFAULT_SEED, fillSynthetic, SIM_COUNTIES } from '@rencai/services';
import { honestyCheck, makeHandSubset, jreEngine, records, rencaiSubset, subsetParams, YEAR, zenDecision, zenExpressions, zenSync, type Rec } from './subset.js';
import { SAMPLE_REQUEST } from '../apps/server/src/schemas.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const nArg = args.find((a) => /^\d+$/.test(a)) ?? process.env.PERSONS;
const N = nArg ? Number(nArg) : quick ? 100_000 : 600_000;
const SIZES = [10_000, 100_000, 600_000].filter((s) => s <= N);
if (!SIZES.includes(N) && N > 0) SIZES.push(N);
const SAMPLE = quick ? 2_000 : 10_000; // json-rules-engine and ZEN
const TRACED = quick ? 2_000 : 10_000;
const TEN_K_PAIRS = 9; // the subset at 10k: pairs of rounds, each round on rows generated anew (see section 1)
const STREAM_PASSES = 3; // the subset's stream (100k, 600k): timed passes, the median kept
const SEED = DEFAULT_SEED;
const SECTIONS = ['subset', 'full', 'traced', 'sim', 'http', 'import'] as const;
const onlyArg = (args.find((a) => a.startsWith('--only='))?.slice(7) ?? process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
for (const x of onlyArg) if (!(SECTIONS as readonly string[]).includes(x)) throw new Error(`未知的部分 unknown section ${x} (${SECTIONS.join(', ')})`);
const on = (x: (typeof SECTIONS)[number]) => onlyArg.length === 0 || onlyArg.includes(x);
const root = fileURLToPath(new URL('..', import.meta.url));

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const now = () => performance.now();
/** The middle value (of an odd count; the upper middle of an even one). */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const log = (s: string) => process.stderr.write(`${s}\n`);

const quzhou = loadPolicies().find((p) => p.meta.id === 'quzhou-2020')!;
const P = subsetParams(quzhou);
const rencai = rencaiSubset(quzhou);
const counting = rencaiSubset(quzhou, true); // (a') the same, counting undetermined entitlements too
const layout = rencai.model.layout;
const block = new ColumnBlock(layout, CHUNK, CHUNK);
const hand = makeHandSubset(layout, P);
const fromRencai = new Float64Array(4 * CHUNK);
const fromHand = new Float64Array(4 * CHUNK);
const COMPONENTS = ['第19条津贴', '第20条购房补助', '租房补助', '薪酬补助'];

function mismatch(what: string, row: number, a: Float64Array | number[], b: Float64Array | number[], offA = 4 * row, offB = 4 * row): never {
  const x = [0, 1, 2, 3].map((k) => a[offA + k]);
  const y = [0, 1, 2, 3].map((k) => b[offB + k]);
  throw new Error(`结果不一致 mismatch (${what}) at row ${row}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)} [${COMPONENTS.join(', ')}]`);
}

// ---- 1. the subset, rencai columnar vs hand loop, streaming the population chunk by chunk ----
const timeR = new Map<number, number>();
const timeH = new Map<number, number>();
const rowsTimed = new Map<number, number>(); // the rows a size's time covers (whole chunks)
let paidRows = 0;
const totals = [0, 0, 0, 0];
let tCount = NaN, tCountH = NaN;
let honest = { rows: 0, paid: 0 };
let S = 0, tJ = NaN, tZs = NaN, tZd = NaN, ZD = 0;
if (on('subset')) {
  log(`生成合成人口并测算 generating ${int(N)} synthetic rows (seed ${SEED}) …`);
  // Warm-up (both tiers of the JIT), then timed runs alternating which implementation goes first
  // on each freshly generated chunk, so that neither always finds the data in cache.
  // The warm-up is a whole population of another seed (at least eight chunks), each chunk twice:
  // the kernel is many functions, and those reached only by rare rows (purchases, enterprises,
  // conditional tiers) are optimised only after many such rows; warmed on eight chunks, some were
  // still being compiled, or deoptimised on a path their first compilation had not seen, while the
  // timed rows ran (kernel ÷ hand loop 0.38 on the first timed chunk, 0.5 later).
  const warmRows = Math.max(N, 8 * CHUNK);
  for (let first = 0; first < warmRows; first += CHUNK) {
    fillSynthetic(block, SEED + 1, first, CHUNK); // another seed: warm-up rows are not timed rows
    for (let rep = 0; rep < 2; rep++) {
      rencai.run(block, block.n);
      counting.run(block, block.n);
      hand(block, block.n, fromHand);
    }
  }
  /** Both implementations over the block's first n rows, `rencaiFirst` or the hand loop first: their milliseconds. */
  const timePair = (n: number, rencaiFirst: boolean, kernel = rencai): [number, number] => {
    let r = 0;
    let h = 0;
    const timeRencai = () => {
      const t = now();
      kernel.run(block, n);
      r = now() - t;
    };
    const timeHand = () => {
      const t = now();
      hand(block, n, fromHand);
      h = now() - t;
    };
    if (rencaiFirst) {
      timeRencai();
      timeHand();
    } else {
      timeHand();
      timeRencai();
    }
    return [r, h];
  };
  // 10k exactly (the first rows of the first chunk), then the stream. One 10k run lasts about half
  // a millisecond, and the implementation that runs first on freshly generated rows reads them
  // from memory while the second finds them in cache: the rows are generated anew before each
  // round, rounds go in pairs (the kernel first in one, the hand loop first in the other), each
  // implementation's time for a pair is the sum of its two runs, and its figure is the median of
  // TEN_K_PAIRS pairs (one pair caught by the machine's other work does not decide it; a median of
  // single rounds would mix the two orders unevenly).
  {
    const r10: number[] = [];
    const h10: number[] = [];
    for (let pair = 0; pair < TEN_K_PAIRS; pair++) {
      let r = 0;
      let h = 0;
      for (const rencaiFirst of [true, false]) {
        fillSynthetic(block, SEED, 0, Math.min(CHUNK, N));
        const [a, b] = timePair(Math.min(10_000, N), rencaiFirst);
        r += a / 2;
        h += b / 2;
      }
      r10.push(r);
      h10.push(h);
    }
    timeR.set(10_000, median(r10));
    timeH.set(10_000, median(h10));
  }
  // The stream, STREAM_PASSES times: each size's time is the median of its passes (the machine is
  // shared; one pass in a few is slowed for both or for one by tens of per cent). The first pass
  // checks the kernel against the hand loop on every row and sums the components.
  const passesR = new Map<number, number[]>();
  const passesH = new Map<number, number[]>();
  for (let pass = 0; pass < STREAM_PASSES; pass++) {
    let tR = 0;
    let tH = 0;
    for (let first = 0; first < N; first += CHUNK) {
      const n = Math.min(CHUNK, N - first);
      fillSynthetic(block, SEED, first, n);
      const [r, h] = timePair(n, (first / CHUNK + pass) % 2 === 0);
      tR += r;
      tH += h;
      if (pass === 0) {
        rencai.components(block, n, fromRencai);
        for (let i = 0; i < n; i++) {
          let any = false;
          for (let k = 0; k < 4; k++) {
            if (fromRencai[4 * i + k] !== fromHand[4 * i + k]) mismatch('rencai vs hand', first + i, fromRencai, fromHand);
            totals[k]! += fromHand[4 * i + k]!;
            any ||= fromHand[4 * i + k]! > 0;
          }
          if (any) paidRows++;
        }
      }
      // A size's time covers the whole chunks up to it (114,688 rows for 100,000): its rate is
      // worked out on those rows.
      for (const s of SIZES) if (s > 10_000 && first < s && first + n >= s) {
        rowsTimed.set(s, first + n);
        passesR.set(s, [...(passesR.get(s) ?? []), tR]);
        passesH.set(s, [...(passesH.get(s) ?? []), tH]);
      }
    }
  }
  for (const [s, ts] of passesR) {
    timeR.set(s, median(ts));
    timeH.set(s, median(passesH.get(s)!));
  }
  // (a') The kernel counting undetermined entitlements too (what the simulation's baseline pass
  // does; the hand loop does not): one more pass over the stream, again alternating with the hand
  // loop, its money checked equal to the hand loop's.
  tCount = 0;
  tCountH = 0;
  for (let first = 0; first < N; first += CHUNK) {
    const n = Math.min(CHUNK, N - first);
    fillSynthetic(block, SEED, first, n);
    const [r, h] = timePair(n, (first / CHUNK) % 2 === 1, counting);
    tCount += r;
    tCountH += h;
    counting.components(block, n, fromRencai);
    for (let i = 0; i < 4 * n; i++) if (fromRencai[i] !== fromHand[i]) mismatch("rencai (counting undetermined) vs hand", first + (i >> 2), fromRencai, fromHand);
  }

  // The hand loop pays what the rules pay on rows the generator never makes (facts set at random or
  // left unknown): not a loop that is fast because it skips what the data happen not to contain.
  honest = honestyCheck(rencai, hand);

  // json-rules-engine and ZEN on a sample of the same rows, checked against the hand loop.
  fillSynthetic(block, SEED, 0, Math.min(CHUNK, N));
  S = Math.min(SAMPLE, block.n);
  hand(block, S, fromHand);
  const recs: Rec[] = records(block, S);
  const jre = jreEngine(P);
  for (const r of recs.slice(0, 200)) await jre(r);
  let t0 = now();
  const jreOut: number[] = [];
  for (const r of recs) jreOut.push(...(await jre(r)));
  tJ = now() - t0;
  for (let i = 0; i < S; i++) for (let k = 0; k < 4; k++) if (jreOut[4 * i + k] !== fromHand[4 * i + k]) mismatch('json-rules-engine vs hand', i, jreOut, fromHand);

  const exprs = zenExpressions(P);
  const zs = zenSync(exprs);
  const zenOut = new Float64Array(4 * S);
  for (let i = 0; i < Math.min(200, S); i++) zs(recs[i]!, zenOut, i);
  t0 = now();
  for (let i = 0; i < S; i++) zs(recs[i]!, zenOut, i);
  tZs = now() - t0;
  for (let i = 0; i < S; i++) for (let k = 0; k < 4; k++) if (zenOut[4 * i + k] !== fromHand[4 * i + k]) mismatch('ZEN expression vs hand', i, zenOut, fromHand);
  const decision = zenDecision(exprs);
  ZD = Math.min(S, quick ? 1_000 : 5_000);
  for (let i = 0; i < 100; i++) await decision.evaluate(recs[i]!);
  t0 = now();
  for (let i = 0; i < ZD; i++) {
    const res = (await decision.evaluate(recs[i]!)).result as Record<string, number>;
    const got = [res.a19, res.a20, res.rent, res.salary].map(Number);
    for (let k = 0; k < 4; k++) if (got[k] !== fromHand[4 * i + k]) mismatch('ZEN decision vs hand', i, got, fromHand, 0);
  }
  tZd = now() - t0;

}

// ---- 2. the full Quzhou rule set ----
const asOf = dayFromParts(2025, 12, 31);
let tFull = NaN, tFullFirst = NaN, fullFen = 0, tBatch = NaN, batchRows = 0, tTraced = NaN, tTracedBest = NaN, entitlements = 0;
const TRACED_ROUNDS = 5;
if (on('full')) {
  log('全部规则 full rule set …');
  const fullModel = new ColumnarModel([quzhou], layout, { fromYear: 2015, toYear: 2025, counties: SIM_COUNTIES, tierVar: 'art19Tier' });
  const fullKernel = fullModel.kernel(undefined, { screen: true });
  const accFull = fullModel.accumulator();
  // Two passes over the whole population with the timed call's own arguments (headcounts on): the
  // first, over other rows (another seed), is where V8 optimises the kernel — measured per chunk,
  // it reaches its steady speed only after some 20 chunks of 16,384 rows, as each rule's function
  // is optimised, meets a case its first optimisation had not seen and is optimised again — and is
  // reported apart (tFullFirst); after one more warm-up pass, the timed passes are the figure: the
  // kernel's speed once compiled.
  const pass = (seed: number, acc: ReturnType<typeof fullModel.accumulator>) => {
    let t = 0;
    for (let first = 0; first < N; first += CHUNK) {
      const n = Math.min(CHUNK, N - first);
      fillSynthetic(block, seed, first, n);
      const t0 = now();
      fullKernel(block, 0, n, acc, -Infinity, asOf, true);
      t += now() - t0;
    }
    return t;
  };
  tFullFirst = pass(SEED + 1, fullModel.accumulator());
  // A second warm-up pass (a third seed): timed pass after pass, the kernel was still getting faster
  // over the first three passes after the first (169 → 136, 154 → 108 ms in two runs of seven).
  pass(SEED + 2, fullModel.accumulator());
  // The timed passes: STREAM_PASSES of them over the same rows, the median kept (as for the subset).
  const fullTimes = [pass(SEED, accFull)];
  while (fullTimes.length < STREAM_PASSES) fullTimes.push(pass(SEED, fullModel.accumulator()));
  tFull = median(fullTimes);
  fullFen = accFull.fen.reduce((a, x) => a + x, 0);
}
if (on('full') || on('traced')) {
  fillSynthetic(block, SEED, 0, Math.min(CHUNK, N));
  const stores: FactStore[] = Array.from({ length: Math.min(block.n, 20_000) }, (_, i) => storeFromBlock(block, i));
  if (on('full')) {
    const be = new BatchEvaluator([quzhou], asOf);
    for (const f of stores.slice(0, 1000)) be.add(f);
    const t0 = now();
    const be2 = new BatchEvaluator([quzhou], asOf);
    for (const f of stores) be2.add(f);
    tBatch = now() - t0;
    batchRows = stores.length;
  }
  if (on('traced')) {
    log('逐人解释 traced …');
    // Warm-up profiles for the traced path: other rows (another seed), as many as are timed, twice.
    fillSynthetic(block, SEED + 1, 0, CHUNK);
    const warmStores: FactStore[] = Array.from({ length: Math.min(block.n, TRACED) }, (_, i) => storeFromBlock(block, i));
    for (let rep = 0; rep < 2; rep++) for (const f of warmStores) calculate([quzhou], f, { asOf, factDefs });
    // Several timed rounds over the same persons: the median and the best (the least disturbed by
    // other processes on this shared machine) are reported.
    const tracedTimes: number[] = [];
    for (let round = 0; round < TRACED_ROUNDS; round++) {
      const t0 = now();
      entitlements = 0;
      for (const f of stores.slice(0, TRACED)) entitlements += calculate([quzhou], f, { asOf, factDefs }).entitlements.length;
      tracedTimes.push(now() - t0);
    }
    tTraced = median(tracedTimes);
    tTracedBest = Math.min(...tracedTimes);
  }
}
const peakMB = process.resourceUsage().maxRSS / 1024;

// ---- 3. end-to-end simulation in its own process ----
type SimResult = { wall?: number; seconds?: number; coldSeconds?: number; nextSeconds?: number; freshSeconds?: number; cpuSeconds?: number; workers?: number; rssMB?: number; baselineYuan?: string; reformYuan?: string; winners?: number; losers?: number };
let simR: SimResult = {};
if (on('sim')) {
  log('端到端模拟 end-to-end simulation …');
  // Each run in a process of its own; its answer is the last line of its output (JSON).
  const run = (...extra: string[]): SimResult => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/simulate-run.ts', String(N), '2021-2025', ...extra], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) log(r.stderr);
    const last = r.stdout.trim().split('\n').pop() ?? '{}';
    return JSON.parse(last.startsWith('{') ? last : '{}') as SimResult;
  };
  simR = { ...run(), freshSeconds: run('--fresh').freshSeconds };
}

// ---- 4. HTTP p99 at 500 requests/s ----
const DURATION = quick ? 5 : 15;
type Load = Awaited<ReturnType<typeof autocannon>>;
type Open = { p50?: number; p90?: number; p99?: number; max?: number; rate?: number; ok?: number; bad?: number; errors?: number };
let load: Load | undefined;
let open: Open = {};
if (on('http')) {
  log('HTTP 负载 load test …');
  const server = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((res, rej) => {
    server.stdout.once('data', (d: Buffer) => res(Number(String(d).trim())));
    server.once('exit', () => rej(new Error('服务未能启动 server did not start')));
  });
  const body = JSON.stringify(SAMPLE_REQUEST);
  const url = `http://127.0.0.1:${port}/api/v1/calculate`;
  await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, duration: 2, overallRate: 200 }); // warm-up
  load = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 20, duration: DURATION, overallRate: 500 });
  // The same rate from an open-loop generator in its own process (bench/open-loop.ts): one request
  // every 2 ms, latency counted from when each was due (see the section's note in the report).
  const bodyFile = join(tmpdir(), `rencai-bench-${process.pid}.json`);
  writeFileSync(bodyFile, body);
  const olRun = spawnSync(process.execPath, ['--import', 'tsx', 'bench/open-loop.ts', url, '500', String(DURATION), bodyFile], { cwd: root, encoding: 'utf8' });
  rmSync(bodyFile, { force: true });
  if (olRun.status !== 0) log(olRun.stderr);
  open = JSON.parse(olRun.stdout.trim().split('\n').pop() || '{}') as Open;
  server.kill();
}

// ---- 5. registry import and zip bombs, in processes of their own ----
const IMPORT_ROWS = 50_000;
type ImportResult = { seconds?: number; inserted?: number; rssBeforeMB?: number; rssPeakMB?: number; rssGrowthMB?: number; processPeakMB?: number; fileMB?: number; bomb?: { declaredMs?: number; lyingMs?: number; rssGrowthMB?: number; messages?: string[] } };
let impR: ImportResult = {};
if (on('import')) {
  log('人才库导入 registry import …');
  const importDir = mkdtempSync(join(tmpdir(), 'rencai-bench-import-'));
  const importFile = join(importDir, 'registry.xlsx');
  const importRun = (...a: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'bench/import-run.ts', ...a], { cwd: root, encoding: 'utf8' });
  const steps = [importRun('gen', importFile, String(IMPORT_ROWS)), importRun('init', join(importDir, 'db'))];
  const imp = importRun('run', importFile, join(importDir, 'db'));
  for (const x of [...steps, imp]) if (x.status !== 0) log(x.stderr);
  rmSync(importDir, { recursive: true, force: true });
  impR = JSON.parse(imp.stdout.trim().split('\n').pop() || '{}') as ImportResult;
}

// ---- report ----
const rate = (n: number, ms: number) => (n / ms) * 1000;
/** A subset size's rate, on the rows its time covers. */
const sizeRate = (s: number, ms: number) => rate(rowsTimed.get(s) ?? s, ms);
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const met = (ok: boolean) => (ok ? '达到 met' : '未达到 not met');
console.log(`rencai 基准 benchmark — 合成人口 SYNTHETIC (合成数据), seed ${SEED}; Node ${process.version}, ${process.platform}/${process.arch}; 单核 one core unless stated; ${onlyArg.length ? `仅 only: ${onlyArg.join(', ')}` : '全部 all sections'}`);
console.log('');
// Issue 17's figures first: each with its target and the ratio against the baseline it names,
// measured in this same run.
const sizeRatios = SIZES.filter((s) => timeR.has(s) && timeH.has(s)).map((s) => timeH.get(s)! / timeR.get(s)!);
const minRatio = sizeRatios.length ? Math.min(...sizeRatios) : NaN;
const fullRate = rate(N, tFull);
const tracedRate = rate(TRACED, tTraced);
const batchRate = rate(batchRows, tBatch);
const lastSize = SIZES[SIZES.length - 1]!;
const handRate = timeH.has(lastSize) ? sizeRate(lastSize, timeH.get(lastSize)!) : NaN;
console.log('### 目标 targets（议题 17 issue 17）');
console.log('');
console.log(row(['指标 figure', '结果 result', '目标 target', '结果÷目标 result/target', '对照（同一次运行）baseline, same run', '是否达到 met']));
console.log(row(['---', '---:', '---:', '---:', '---', '---']));
if (on('subset'))
  console.log(row([`规则子集：列式内核 ÷ 手写循环 subset: kernel ÷ hand loop（各规模最低 lowest of ${SIZES.map(int).join(' / ')}）`, f2(minRatio), '≥ 0.50', f2(minRatio / 0.5), `手写循环 hand loop ${int(handRate)} 人/秒 persons/s; 各规模 per size ${sizeRatios.map(f2).join(' / ')}`, met(minRatio >= 0.5)]));
if (on('full'))
  console.log(row([`全部规则，不留痕 full Quzhou set untraced, 单核 one core（${int(N)} 人）`, `${int(fullRate)} 人/秒`, '≥ 5,000,000 人/秒', f2(fullRate / 5e6), `两遍热身之后 ${STREAM_PASSES} 遍中位数 median of ${STREAM_PASSES} passes after two warm-up passes；首遍 first pass ${int(rate(N, tFullFirst))} 人/秒；BatchEvaluator ${int(batchRate)} 人/秒：× ${f2(fullRate / batchRate)}${on('subset') ? `；子集手写循环 subset hand loop × ${f2(fullRate / handRate)}` : ''}`, met(fullRate >= 5e6)]));
if (on('traced'))
  console.log(row([`逐人完整解释 traced, full explanations（${int(TRACED)} 人，${TRACED_ROUNDS} 轮中位数 median）`, `${int(tracedRate)} 人/秒`, '≥ 50,000 人/秒', f2(tracedRate / 5e4), on('full') ? `列式不留痕 untraced columnar × ${f2(tracedRate / fullRate)}；BatchEvaluator × ${f2(tracedRate / batchRate)}` : '', met(tracedRate >= 5e4)]));
if (on('sim')) {
  const simS = simR.seconds ?? NaN;
  console.log(row([`${int(N)} 人 × 5 年，基线 + 改革，全部汇总 baseline + reform, all breakdowns（simulate()，${simR.workers ?? '?'} 线程 threads on 2 cores）`, `${f2(simS)} s`, '< 1 s', f2(simS / 1), `已启动的工作线程 on started worker threads（首次小规模模拟含线程启动 a first small simulation incl. thread start-up ${f2(simR.coldSeconds ?? NaN)} s；新进程首次完整模拟 first full one in a fresh process ${f2(simR.freshSeconds ?? NaN)} s）；CPU（两次合计 both runs）${f2(simR.cpuSeconds ?? NaN)} s；墙钟含加载 wall incl. loading ${f2(simR.wall ?? NaN)} s`, met(simS < 1)]));
  console.log(row(['模拟进程峰值内存 simulation peak RSS', `${simR.rssMB?.toFixed(0) ?? '?'} MB`, '< 500 MB', f2((simR.rssMB ?? NaN) / 500), '', met((simR.rssMB ?? Infinity) < 500)]));
}
console.log('');
if (on('subset')) {
  console.log(`### 1. 规则子集 rule subset（第19条层次津贴、第20条购房补助（120%、不超过实际房价）、租房补助、薪酬补助（单个企业上限）；${YEAR} 年应付金额 money paid in ${YEAR}）`);
  console.log('');
  console.log(row(['实现 implementation', ...SIZES.map((s) => `${int(s)} 人 persons/s${s === 10_000 ? `（${TEN_K_PAIRS} 组中位数，每组两轮各先跑一次 median of ${TEN_K_PAIRS} pairs of rounds, each first in one）` : `（${STREAM_PASSES} 遍中位数 median of ${STREAM_PASSES} passes）`}`), '÷ 手写 hand', '× ZEN']));
  console.log(row(['---', ...SIZES.map(() => '---:'), '---:', '---:']));
  const zenRate = rate(S, tZs);
  const lastR = sizeRate(lastSize, timeR.get(lastSize)!);
  const lastH = handRate;
  console.log(row(['(d) 手写 typed-array 循环 hand-written loop', ...SIZES.map((s) => int(sizeRate(s, timeH.get(s)!))), '1.00', (lastH / zenRate).toFixed(0)]));
  console.log(row(['(a) rencai 列式内核 columnar kernel（由规则生成 generated from the rules；只计金额，与手写循环相同 money only, as the hand loop；计时的输出为模拟所取的每人合计与按规则、县、年、付款方、层次的汇总 timed with the simulation’s output, per-person totals and sums by rule, county, year, payer and tier；逐项核对另跑一遍，不计时 per-component check on a second, untimed run）', ...SIZES.map((s) => int(sizeRate(s, timeR.get(s)!))), (lastR / lastH).toFixed(3), (lastR / zenRate).toFixed(0)]));
  const countR = rate(N, tCount);
  console.log(row([`(a') 同一内核，另计待确定笔数 the same kernel also counting undetermined entitlements（模拟基线所用 as the simulation's baseline；另一遍 second pass, ${int(N)} 人 persons, 与手写循环交替 alternating with the hand loop: ${int(rate(N, tCountH))} 人/秒）`, ...SIZES.map((s) => (s === N ? int(countR) : '')), (countR / rate(N, tCountH)).toFixed(3), (countR / zenRate).toFixed(0)]));
  console.log(row([`(b) json-rules-engine（样本 sample ${int(S)}，外推 extrapolated）`, ...SIZES.map(() => int(rate(S, tJ))), (rate(S, tJ) / lastH).toFixed(5), (rate(S, tJ) / zenRate).toFixed(2)]));
  console.log(row([`(c) GoRules ZEN evaluateExpressionSync（样本 sample ${int(S)}，外推 extrapolated）`, ...SIZES.map(() => int(zenRate)), (zenRate / lastH).toFixed(5), '1']));
  console.log(row([`(c') GoRules ZEN createDecision + evaluate（样本 sample ${int(ZD)}）`, ...SIZES.map(() => int(rate(ZD, tZd))), (rate(ZD, tZd) / lastH).toFixed(5), (rate(ZD, tZd) / zenRate).toFixed(2)]));
  console.log('');
  console.log(`核对 check: 四种实现逐人逐项相等 all implementations equal person by person and per component (rencai = hand on ${int(N)}; JRE, ZEN = hand on ${int(S)} / ${int(ZD)}). ${YEAR} 合计 totals: ${COMPONENTS.map((c, k) => `${c} ${int(totals[k]! / 100)} 元`).join('；')}；有款项 paid rows ${int(paidRows)}`);
  console.log(`手写循环如实 hand loop honest: 在 ${int(honest.rows)} 行随机设定或留空各项事实的数据上与 rencai（政策规则）逐人逐项相等（其中 ${int(honest.paid)} 行有款项）equal to rencai (the policy's rules) person by person on ${int(honest.rows)} rows with every fact the subset reads set at random or left unknown (${int(honest.paid)} with money); JRE、ZEN 只实现生成器会产生的情形 implement only what the generator produces.`);
  console.log('');
}
if (on('full') || on('traced')) {
  console.log(`### 2. 全部规则 full Quzhou rule set（${quzhou.meta.docNumber}，${quzhou.rules.length} 条规则 rules，计算日 as-of 2025-12-31，截至该日到期的全部款项 all instalments due）`);
  console.log('');
  console.log(row(['路径 path', '人数 persons', '秒 s', '人/秒 persons/s']));
  console.log(row(['---', '---:', '---:', '---:']));
  if (on('full')) {
    console.log(row([`rencai 列式 columnar untraced（两遍热身之后 ${STREAM_PASSES} 遍中位数：内核已优化 median of ${STREAM_PASSES} passes after two warm-up passes: kernel optimised）`, int(N), (tFull / 1000).toFixed(3), int(fullRate)]));
    console.log(row(['rencai 列式 columnar untraced（首遍，含 V8 优化预热 first pass, V8 optimising as it runs；另一种子 other seed）', int(N), (tFullFirst / 1000).toFixed(3), int(rate(N, tFullFirst))]));
    console.log(row(['BatchEvaluator（闭包 closures, untraced）', int(batchRows), (tBatch / 1000).toFixed(3), int(batchRate)]));
  }
  if (on('traced')) {
    console.log(row([`calculate() traced，含完整解释 full explanation（${TRACED_ROUNDS} 轮中位数 median of ${TRACED_ROUNDS} rounds）`, int(TRACED), (tTraced / 1000).toFixed(3), int(tracedRate)]));
    console.log(row([`calculate() traced（${TRACED_ROUNDS} 轮最快 best round）`, int(TRACED), (tTracedBest / 1000).toFixed(3), int(rate(TRACED, tTracedBest))]));
  }
  console.log('');
  console.log(`列式合计 columnar total due: ${int(fullFen / 100)} 元；traced 样本待遇数 entitlements in traced sample: ${int(entitlements)}`);
  console.log('');
}
if (on('sim')) {
  console.log(`### 3. 端到端模拟 end to end: ${int(N)} 人 × 5 年（2021–2025），基线 + 改革（art19.allowance.7=30000, art20.rent.percent=50），全部汇总维度，${simR.workers ?? '?'} 个工作线程 worker threads（独立进程 own process）`);
  console.log('');
  console.log('计时 timed: simulate() 在已启动的工作线程上（服务进程在首次模拟后保留线程）；此前一次不同的小规模模拟（2 块、1 年、无改革）启动线程，其秒数含线程启动——其两块可能都由主线程算完，工作线程的代码此时仍未预热。另计新进程中的首次完整模拟（线程当场启动，代码均未预热）。simulate() on started worker threads (a server keeps them after its first simulation); a different small simulation before it (2 chunks, 1 year, no reform) starts them, its seconds include the start-up — the main thread may take both its chunks, leaving a worker\'s code cold. Also timed: the first full simulation in a fresh process (threads started on the spot, nothing warm).');
  console.log('');
  console.log(row(['墙钟 wall (incl. loading)', '模拟 simulate()', '首次小规模模拟 first small simulation (cold)', '再一次：同样参数的其他取值 next: other values (art19.allowance.7=40000, art20.rent.percent=60)', '新进程首次完整模拟 first full simulation in a fresh process', 'CPU 秒 (all threads, first two)', '峰值内存 peak RSS', '基线 baseline', '改革 reform', '受益增加/减少 winners/losers']));
  console.log(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  console.log(row([`${simR.wall?.toFixed(2) ?? '?'} s`, `${simR.seconds?.toFixed(2) ?? '?'} s`, `${simR.coldSeconds?.toFixed(2) ?? '?'} s`, `${simR.nextSeconds?.toFixed(2) ?? '?'} s`, `${simR.freshSeconds?.toFixed(2) ?? '?'} s`, `${simR.cpuSeconds?.toFixed(2) ?? '?'} s`, `${simR.rssMB?.toFixed(0) ?? '?'} MB`, `${simR.baselineYuan ?? '?'} 元`, `${simR.reformYuan ?? '?'} 元`, `${int(simR.winners ?? 0)} / ${int(simR.losers ?? 0)}`]));
  console.log('');
}
if (on('http') && load) {
  console.log(`### 4. POST /api/v1/calculate（完整档案 full profile: SAMPLE_REQUEST），500 req/s × ${DURATION} s，127.0.0.1，服务器独立进程 server in its own process`);
  console.log('');
  console.log(row(['load tool', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'req/s', '2xx', 'non-2xx', 'errors']));
  console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  console.log(row(['autocannon overallRate 500, 20 connections', String(load!.latency.p50), String(load!.latency.p90), String(load!.latency.p99), String(load!.latency.max), load!.requests.average.toFixed(0), int(load!['2xx']), int(load!.non2xx), int(load!.errors + load!.timeouts)]));
  const ms = (x: number | undefined) => (x === undefined ? '?' : x.toFixed(1));
  console.log(row(['open loop, 1 request / 2 ms (bench/open-loop.ts, own process)', ms(open.p50), ms(open.p90), ms(open.p99), ms(open.max), open.rate?.toFixed(0) ?? '?', int(open.ok ?? 0), int(open.bad ?? 0), int(open.errors ?? 0)]));
  console.log('');
  console.log('autocannon 的限速按秒发放：每个连接在每秒开始时连续发出它的配额，服务器同时面对 20 个请求，延迟约为 20 × 单次处理时间，并按 1 ms 期望间隔补记样本（coordinated omission）。open loop 每 2 ms 发一个请求，延迟从应发时刻算起。autocannon releases each connection\'s per-second quota back to back at the start of every second (20 requests queued at once, latency ≈ 20 × service time, plus samples back-filled at a 1 ms expected interval); the open loop sends one request every 2 ms and times each from when it was due.');
  console.log('');
}
if (on('import')) {
  console.log(`### 5. 人才库导入 registry import（合成 ${int(IMPORT_ROWS)} 行 .xlsx，${impR.fileMB?.toFixed(1) ?? '?'} MB；市本级经办人员；内嵌 PGlite（磁盘）；独立进程 own process）`);
  console.log('');
  const mb1 = (x: number | undefined) => (x === undefined ? '?' : `${x.toFixed(0)} MB`);
  console.log(row(['项目 item', '结果 result', '目标 target']));
  console.log(row(['---', '---:', '---:']));
  console.log(row([`导入 import ${int(IMPORT_ROWS)} 行 rows（入库 inserted ${int(impR.inserted ?? 0)}）`, `${impR.seconds?.toFixed(1) ?? '?'} s`, '< 30 s']));
  console.log(row(['导入期间内存增长 RSS growth during the import（导入前 before → 最高 peak）', `${mb1(impR.rssGrowthMB)}（${mb1(impR.rssBeforeMB)} → ${mb1(impR.rssPeakMB)}）`, '< 300 MB']));
  console.log(row(['4 GB 压缩炸弹（声明大小）拒绝 zip bomb refused (declared size)', `${impR.bomb?.declaredMs?.toFixed(1) ?? '?'} ms`, '< 1 s']));
  console.log(row(['4 GB 压缩炸弹（虚报大小）拒绝 zip bomb refused (lying size)', `${impR.bomb?.lyingMs?.toFixed(0) ?? '?'} ms`, '< 1 s']));
  console.log(row(['两个炸弹期间内存增长 RSS growth during both bombs', mb1(impR.bomb?.rssGrowthMB), '< 100 MB']));
  console.log('');
  console.log(`该进程峰值内存 peak RSS of the import process: ${mb1(impR.processPeakMB)}（含打开数据库 including the open database）；拒绝原因 reasons: ${(impR.bomb?.messages ?? []).join(' / ')}`);
  console.log('');
}
console.log(`峰值内存 peak RSS of this process (sections 1–2, streaming ${int(CHUNK)}-row blocks): ${peakMB.toFixed(0)} MB`);
console.log(`复现 reproduce: npm run bench${N !== 600_000 ? ` -- ${N}` : ''}${quick ? ' -- --quick' : ''}`);
