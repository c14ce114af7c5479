// `rencai simulate`: whole-city budget simulation over the synthetic population (合成数据), with a
// progress bar on stderr, a readable Chinese summary (or --json) and an optional .xlsx workbook.

import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fenToYuanString, formatYuan } from '@rencai/engine';
import { checkPopulation, InputError, simulate, simulationWorkbook, type Line, type SimulationReport } from '@rencai/services';
import { parseCommandLine } from './usage.js';

export const SIMULATE_USAGE = `  rencai simulate [--population N] [--years 2021-2025] [--set 参数=值[@YYYY-MM-DD]]... [--seed S] [--policy ID]... [--workers W] [--json] [--xlsx 输出.xlsx]
      全市预算模拟（合成人口 SYNTHETIC，默认 600,000 人）：按条款、待遇、资金来源、地区、层次、年度汇总各年应付金额；
      给出 --set 时同时计算改革方案，并给出差额、受益增加/减少人数和变化最大的项目。进度条显示在标准错误输出。`;

const OPTIONS = {
  population: { type: 'string' },
  years: { type: 'string' },
  set: { type: 'string', multiple: true },
  seed: { type: 'string' },
  policy: { type: 'string', multiple: true },
  workers: { type: 'string' },
  json: { type: 'boolean' },
  xlsx: { type: 'string' },
  top: { type: 'string' },
} as const;

function userPath(p: string): string {
  const base = process.env.npm_lifecycle_event === 'rencai' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return isAbsolute(p) ? p : resolve(base, p);
}

function int(v: string | undefined, path: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/[,_]/g, ''));
  if (!/^\d[\d,_]*$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) throw new InputError([{ path, message: `应为 ${min}–${max} 之间的整数，收到：${v}` }]);
  return n;
}

function progressBar(): (done: number, total: number) => void {
  const tty = process.stderr.isTTY === true;
  let lastStep = -1;
  const started = performance.now();
  return (done, total) => {
    const pct = Math.floor((100 * done) / total);
    if (tty) {
      const w = 30;
      const fill = Math.round((w * done) / total);
      process.stderr.write(`\r模拟 simulating [${'#'.repeat(fill)}${'.'.repeat(w - fill)}] ${String(pct).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} 人  ${((performance.now() - started) / 1000).toFixed(1)}s`);
      if (done >= total) process.stderr.write('\n');
    } else if (Math.floor(pct / 25) > lastStep) {
      lastStep = Math.floor(pct / 25);
      process.stderr.write(`模拟进度 progress ${pct}%（${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}）\n`);
    }
  };
}

/** Display width: CJK and full-width characters take two columns. */
const width = (s: string) => [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const money = (fen: number | undefined) => (fen === undefined ? '' : formatYuan(fen));

/** The breakdowns printed, in order: title and the report's field. */
const BREAKDOWNS: ReadonlyArray<readonly [string, 'byYear' | 'byPayer' | 'byCounty' | 'byTier' | 'byBenefit' | 'byClause']> = [
  ['按年度', 'byYear'],
  ['按资金来源', 'byPayer'],
  ['按地区', 'byCounty'],
  ['按层次（第19条）', 'byTier'],
  ['按待遇', 'byBenefit'],
  ['按条款', 'byClause'],
];

function table(title: string, lines: Line[], reform: boolean): string {
  const rows = lines.map((l) => [l.name, money(l.baselineFen), String(l.baselineCount), ...(reform ? [money(l.reformFen), money(l.diffFen)] : [])]);
  const head = ['项目', '基线金额', '笔数', ...(reform ? ['改革后金额', '差额'] : [])];
  const widths = head.map((h, k) => Math.max(...[h, ...rows.map((r) => r[k]!)].map(width)));
  const fmt = (r: string[]) => r.map((x, k) => (k === 0 ? x + ' '.repeat(widths[k]! - width(x)) : ' '.repeat(widths[k]! - width(x)) + x)).join('  ');
  return [`【${title}】`, fmt(head), ...rows.map(fmt)].join('\n');
}

export function formatSimulation(r: SimulationReport): string {
  const reform = r.reform !== undefined;
  const out: string[] = [
    `rencai 预算模拟 — ${r.label}`,
    `人口 ${r.population.toLocaleString('en-US')} 人（种子 ${r.seed}），${r.years.from}–${r.years.to} 年各年应付金额；政策包 ${r.policies.map((p) => p.id).join('、')}`,
    `基线合计 ${money(r.totals.baselineFen)}（${r.totals.baselineCount.toLocaleString('en-US')} 笔）${reform ? `；改革后 ${money(r.totals.reformFen)}；差额 ${money(r.totals.diffFen)}` : ''}`,
    ...BREAKDOWNS.flatMap(([title, key]) => ['', table(title, r[key], reform)]),
  ];
  if (r.changes) {
    const c = r.changes;
    out.push(
      '',
      `【改革影响】受益增加 ${c.winners.toLocaleString('en-US')} 人（合计 +${fenToYuanString(c.gainFen)} 元），受益减少 ${c.losers.toLocaleString('en-US')} 人（合计 -${fenToYuanString(c.lossFen)} 元），不变 ${c.unchanged.toLocaleString('en-US')} 人`,
      ...c.largestByClause.slice(0, 5).map((l) => `  变化最大的条款：${l.name} ${money(l.diffFen)}`),
      ...c.largestPersons.slice(0, 5).map((p) => `  变化最大的（合成）人员：第 ${p.row} 行，${p.countyName}，${money(p.baselineFen)} → ${money(p.reformFen)}`),
    );
  }
  out.push('', `有款项的人数（基线）${r.headcount.paidBaseline.toLocaleString('en-US')}；工作线程 ${r.workers}；用时 ${r.seconds.toFixed(2)} 秒`, `注意：以上为合成数据 SYNTHETIC 的模拟结果，假设见 docs/simulation.md。`);
  return out.join('\n');
}

/** Runs the command; resolves to the exit code. Input errors are thrown as InputError. */
export async function simulateCommand(args: string[]): Promise<number> {
  const { values } = parseCommandLine({ args, options: OPTIONS, allowPositionals: false, strict: true });
  const population = values.population === undefined ? undefined : checkPopulation(values.population.replace(/[,_]/g, ''), '--population');
  const report = await simulate({
    population,
    years: values.years,
    set: values.set,
    seed: int(values.seed, '--seed', 0, 2 ** 31),
    policies: values.policy,
    workers: int(values.workers, '--workers', 1, 16),
    top: int(values.top, '--top', 1, 1000),
    onProgress: progressBar(),
  });
  if (values.xlsx) {
    const path = userPath(values.xlsx);
    writeFileSync(path, await simulationWorkbook(report));
    process.stderr.write(`已写入 Excel 工作簿 wrote ${path}（合成数据 SYNTHETIC）\n`);
  }
  process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : formatSimulation(report)}\n`);
  return 0;
}
