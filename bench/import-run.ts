// The registry import in its own process (so its time and peak memory are its own), for the
// benchmark's section 5:
//   tsx bench/import-run.ts gen <file.xlsx> <rows>   writes a synthetic registry workbook (合成数据)
//   tsx bench/import-run.ts init <dir>               creates an empty database (PGlite) with a clerk
//   tsx bench/import-run.ts run <file.xlsx> <dir> [--no-bomb]
// `run` imports the workbook as a city clerk and prints one JSON line: seconds, rows inserted, the
// resident memory before and at its highest during the import (sampled); and first, on the same
// warm process, how fast a 4 GB zip bomb (declared, and one lying about its size) is refused and
// how much the resident memory grew meanwhile.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkDigit } from '@rencai/domain';
import { parseDay } from '@rencai/engine';
import * as P from '@rencai/platform';
import { deflateRuns, SHEET_HEAD, SHEET_TAIL, xlsx } from '../apps/server/src/platform/crafted-xlsx.js';

const [mode, file, arg] = process.argv.slice(2);
const mb = (bytes: number) => bytes / 1024 / 1024;

if (mode === 'gen') {
  const rows = Number(arg ?? 50_000);
  // Streamed to the file, so that writing it costs the benchmark nothing.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file!, useSharedStrings: true });
  const ws = wb.addWorksheet('人才');
  ws.addRow([...P.PERSON_COLUMNS]).commit();
  const regions = ['柯城区', '衢江区', '龙游县', '江山市', '常山县', '开化县'];
  const codes = ['330802', '330803', '330825', '330881', '330822', '330824'];
  const degrees = ['博士', '硕士', '本科', '专科'];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(1970, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const body = `${codes[i % codes.length]}${day}${String(100 + Math.floor(i / 9000)).padStart(3, '0')}`;
    ws.addRow([
      body + checkDigit(body),
      `合成人员${i}`,
      `138${String(i).padStart(8, '0')}`,
      regions[i % regions.length],
      '',
      degrees[i % degrees.length],
      i % 3 ? '是' : '否',
      `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      i % 7 === 0 ? '教师' : '其他',
      i % 4 === 0 ? '全日制博士' : '',
      i % 2 ? '中国工商银行衢州分行' : '',
      i % 2 ? `6222${String(i).padStart(15, '0')}` : '',
    ]).commit();
  }
  await wb.commit();
  process.exit(0);
}

// The database: embedded PGlite on disk, created by `init` in a process of its own (creating a
// database costs PGlite far more memory than opening one, and is not part of an import).
const dir = file === undefined ? undefined : process.argv[4];
if (mode === 'init') {
  const p = await P.createPlatform({ dataDir: file!, filesDir: join(file!, 'files'), today: () => parseDay('2026-11-23') });
  await P.createUser(p, { username: 'bench_clerk', password: 'bench-password-1', displayName: '基准经办', role: 'clerk', region: 'quzhou_city', department: 'talent_office' }, null);
  await p.database.close();
  process.exit(0);
}

const p = await P.createPlatform({ dataDir: dir!, filesDir: join(dir!, 'files'), today: () => parseDay('2026-11-23') });
const clerk = (await P.login(p, 'bench_clerk', 'bench-password-1')).caller;
const workbook = readFileSync(file!);

/**
 * The process's resident memory while `f` runs: before, and the highest — sampled every 10 ms, or
 * the process's peak if that rose meanwhile (samples miss what happens while the thread is busy).
 */
async function sampled<T>(f: () => Promise<T>): Promise<{ value: T; beforeMB: number; peakMB: number }> {
  const rss = () => mb(process.memoryUsage().rss);
  const maxRss = () => process.resourceUsage().maxRSS / 1024;
  const beforeMB = rss();
  const maxBefore = maxRss();
  let peakMB = beforeMB;
  const timer = setInterval(() => (peakMB = Math.max(peakMB, rss())), 10);
  try {
    const value = await f();
    peakMB = Math.max(peakMB, rss());
    return { value, beforeMB, peakMB: maxRss() > maxBefore ? Math.max(peakMB, maxRss()) : peakMB };
  } finally {
    clearInterval(timer);
  }
}

let bomb: { declaredMs?: number; lyingMs?: number; rssGrowthMB?: number; messages?: string[] } = {};
if (!process.argv.includes('--no-bomb')) {
  // Warm up the parse path once (the first worker thread loads its modules), then the bombs.
  await P.importPersons(p, clerk, xlsx(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>身份证号</t></is></c></row>${SHEET_TAIL}`), 'warm.xlsx').catch(() => undefined);
  const payload = deflateRuns([{ data: Buffer.from(SHEET_HEAD) }, { data: Buffer.alloc(1 << 20, 0x20), times: 3800 }, { data: Buffer.from(SHEET_TAIL) }]);
  const declared = xlsx({ data: payload });
  const lying = xlsx({ data: payload, declaredSize: 64 * 1024 });
  const messages: string[] = [];
  const refuse = async (buf: Buffer) => {
    const t = performance.now();
    const e = await P.importPersons(p, clerk, buf, 'bomb.xlsx').then(() => undefined, (x: unknown) => x as P.PlatformError);
    messages.push(e?.errors[0]?.message ?? 'NOT REFUSED');
    return performance.now() - t;
  };
  const s = await sampled(async () => ({ declaredMs: await refuse(declared), lyingMs: await refuse(lying) }));
  bomb = { ...s.value, rssGrowthMB: s.peakMB - s.beforeMB, messages };
}

const t0 = performance.now();
const run = await sampled(() => P.importPersons(p, clerk, workbook, 'registry.xlsx'));
const seconds = (performance.now() - t0) / 1000;
const r = run.value;
process.stdout.write(`${JSON.stringify({ seconds, total: r.total, inserted: r.inserted, rejected: r.rejected, firstError: r.errors[0], rssBeforeMB: run.beforeMB, rssPeakMB: run.peakMB, rssGrowthMB: run.peakMB - run.beforeMB, processPeakMB: process.resourceUsage().maxRSS / 1024, fileMB: mb(workbook.length), bomb })}\n`);
await p.database.close();
process.exit(0);
