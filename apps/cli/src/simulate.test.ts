// `rencai simulate` as a user runs it (small synthetic population): JSON on stdout, progress on
// stderr, an .xlsx file, and exit code 2 with a Chinese message for an unknown parameter.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliArgv } from './cli-under-test.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const rencai = (...args: string[]) => {
  const r = spawnSync(process.execPath, [...cliArgv(), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('rencai simulate', () => {
  it('prints the report as JSON, shows progress on stderr and writes the workbook', () => {
    const xlsx = join(mkdtempSync(join(tmpdir(), 'rencai-sim-')), 'sim.xlsx');
    const r = rencai('simulate', '--population', '3000', '--years', '2022-2023', '--set', 'art19.allowance.7=30000', '--json', '--xlsx', xlsx);
    expect(r.err).toContain('100%');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { synthetic: boolean; population: number; byYear: Array<{ key: string }>; totals: { diffFen: number }; changes: { winners: number } };
    expect(report.synthetic).toBe(true);
    expect(report.population).toBe(3000);
    expect(report.byYear.map((y) => y.key)).toEqual(['2022', '2023']);
    expect(report.totals.diffFen).toBeGreaterThan(0);
    expect(existsSync(xlsx) && statSync(xlsx).size > 1000).toBe(true);
  });

  it('prints a readable Chinese summary marked synthetic', () => {
    const r = rencai('simulate', '--population', '2000', '--years', '2023');
    expect(r.code).toBe(0);
    expect(r.out).toContain('合成数据');
    expect(r.out).toContain('【按条款】');
  });

  it('exits with 2 and names an unknown parameter', () => {
    const r = rencai('simulate', '--population', '100', '--set', 'art19.nope=1');
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知参数：art19.nope');
    expect(rencai('simulate', '--population', 'abc').err).toContain('人数应为正整数');
  });
});
