// One end-to-end simulation in its own process (so its wall time and peak memory are its own):
// synthetic population (合成数据) × years, baseline and a reform, every breakdown, on worker threads.
// Timed: simulate() on started worker threads, as in a server after its first simulation — a first,
// different and small simulation (2 chunks, one year, no reform) starts the threads before it; its
// seconds, thread start-up included, are reported as `coldSeconds` (the main thread may take all its chunks
// before a worker has started: that worker's code is then still cold in the timed simulation). Then, apart, a
// further simulation with other values of the same parameters (`nextSeconds`). With --fresh: only the timed
// simulation, in this fresh process (`freshSeconds`: threads started on the spot, nothing warm).
import { CHUNK, simulate } from '@rencai/services';

const population = Number(process.argv[2] ?? 600_000);
const years = process.argv[3] ?? '2021-2025';
const REFORM = ['art19.allowance.7=30000', 'art20.rent.percent=50'];
if (process.argv.includes('--fresh')) {
  // What a leader's first simulation in a newly started server costs: the threads start, and no code is warm.
  const r = await simulate({ population, years, set: REFORM });
  process.stdout.write(`${JSON.stringify({ freshSeconds: r.seconds, baselineYuan: r.totals.baselineYuan, reformYuan: r.totals.reformYuan })}\n`);
  process.exit(0);
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const cold = await simulate({ population: 2 * CHUNK, years: '2020', workers: 2 });
const r = await simulate({ population, years, set: REFORM });
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
// A clerk's next try: the same parameters with other values (reported apart, not in the figures above).
const next = await simulate({ population, years, set: ['art19.allowance.7=40000', 'art20.rent.percent=60'] });
process.stdout.write(
  `${JSON.stringify({ wall, seconds: r.seconds, coldSeconds: cold.seconds, nextSeconds: next.seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, workers: r.workers, rssMB: process.resourceUsage().maxRSS / 1024, baselineYuan: r.totals.baselineYuan, reformYuan: r.totals.reformYuan, winners: r.changes?.winners, losers: r.changes?.losers })}\n`,
);
