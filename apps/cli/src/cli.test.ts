// The rencai command as a user runs it: a real child process, real files, exit codes and stderr.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const main = join(root, 'apps/cli/src/main.ts');

function rencai(...args: string[]) {
  const r = spawnSync(process.execPath, [tsx, main, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

const phdTeacher = {
  region: 'kecheng',
  person: { qualifications: ['全日制博士研究生'], fullTime: true, arrivalDate: '2021-03-01', post: 'teacher', serviceAgreementYears: 5, purchase: { date: '2021-06-30', price: 1200000, isFirst: true, sold: false } },
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencai-cli-'));
});

describe('rencai calc', () => {
  it('prints readable Chinese with amounts, clauses and the questions still open', () => {
    const r = rencai('calc', file('p.json', phdTeacher), '--date', '2023-01-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('购房补助（第(5)项，教师医生岗位120%）：1,080,000 元');
    expect(r.out).toContain('衢委发〔2020〕7号第20条第(5)项');
    expect(r.out).toContain('第七层次人才津贴：20,000 元/年');
    expect(r.out).toContain('建议补充的信息');
  });

  it('prints the result format as JSON with --json, and --set changes the amount', () => {
    const base = JSON.parse(rencai('calc', file('p.json', phdTeacher), '--date', '2023-01-01', '--json').out);
    expect(base.format).toBe('rencai.result/1');
    const price = JSON.parse(rencai('calc', file('p.json', phdTeacher), '--date', '2023-01-01', '--json', '--set', 'housing_price.urban_new_home_avg=12000@2021-01-01').out);
    const amount = (r: { entitlements: Array<{ rule: string; amountFen: number }> }) => r.entitlements.find((e) => e.rule === 'art20.5')!.amountFen;
    expect(amount(base)).toBe(108_000_000);
    expect(amount(price)).toBe(86_400_000); // 60 ㎡ × 120% × 12,000 元/㎡
  });

  it('explains the arithmetic with --explain and the reasons with --why-not', () => {
    const r = rencai('calc', file('p.json', phdTeacher), '--date', '2023-01-01', '--explain', '--why-not');
    expect(r.out).toContain('补助面积 60 ㎡ × 购房所在半年度市区新建商品住宅均价 15,000 元/㎡ = 900,000 元');
    expect(r.out).toContain('不能享受的待遇及原因');
  });

  it('rejects bad input with exit code 2 and a Chinese message naming the field, no stack trace', () => {
    const r = rencai('calc', file('bad.json', { region: 'kecheng', person: { qualifications: ['博士'], arrivalDate: '2021-02-30' } }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('profile.person.qualifications[0]');
    expect(r.err).toContain('全日制博士研究生');
    expect(r.err).toContain('profile.person.arrivalDate');
    expect(r.err).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('rejects an unknown parameter, a bad date and a missing file with exit code 2', () => {
    expect(rencai('calc', file('p.json', phdTeacher), '--set', 'art20.nothing=1').code).toBe(2);
    const d = rencai('calc', file('p.json', phdTeacher), '--date', '2023-13-01');
    expect(d.code).toBe(2);
    expect(d.err).toContain('date');
    const m = rencai('calc', join(dir, 'nope.json'));
    expect(m.code).toBe(2);
    expect(m.err).toContain('无法读取文件');
  });
});

describe('rencai batch', () => {
  it('totals a JSON-lines population by benefit, payer, county and year, and reports bad rows', () => {
    const lines = [JSON.stringify(phdTeacher), JSON.stringify({ ...phdTeacher, region: 'longyou' }), '{not json', JSON.stringify({ region: 'nowhere' })].join('\n');
    const r = rencai('batch', file('pop.jsonl', lines), '--date', '2023-01-01', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.persons).toBe(2);
    expect(t.rejected.map((x: { row: number }) => x.row)).toEqual([3, 4]);
    expect(t.byBenefit.housing_purchase_subsidy.fen).toBe(2 * 108_000_000);
    expect(t.byCounty.longyou.fen).toBe(108_000_000 + 2 * 2_000_000);
    expect(t.byYear['2021'].fen).toBe(2 * (108_000_000 + 2_000_000));
    expect(t.totalFen).toBe(2 * (108_000_000 + 2 * 2_000_000));
  });

  it('reads CSV with dotted column names', () => {
    const csv = [
      'region,person.fullTime,person.arrivalDate,person.qualifications,person.post',
      'kecheng,是,2021-03-01,全日制博士研究生|副高级专业技术职称,other',
      'kaihua,true,2022-06-01,中国工程院院士,',
    ].join('\n');
    const r = rencai('batch', file('pop.csv', csv), '--date', '2023-01-01', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.persons).toBe(2);
    expect(t.byBenefit.talent_allowance_7.fen).toBe(2 * 2_000_000);
    expect(t.byBenefit.talent_allowance_1.fen).toBe(50_000_000);
    const reformed = JSON.parse(rencai('batch', file('pop.csv', csv), '--date', '2023-01-01', '--json', '--set', 'art19.allowance.7=30000').out);
    expect(reformed.byBenefit.talent_allowance_7.fen).toBe(2 * 3_000_000);
  });
});

describe('rencai policies', () => {
  it('lists the packages and shows one with its parameters and references', () => {
    expect(rencai('policies').out).toContain('quzhou-2020');
    const d = rencai('policies', 'quzhou-2020');
    expect(d.code).toBe(0);
    expect(d.out).toContain('art20.purchase.area.3');
    expect(d.out).toContain('按 60 平方米给予补助');
    expect(d.out).toContain('示例值');
  });

  it('rejects an unknown package with exit code 2', () => {
    const r = rencai('policies', 'nowhere');
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的政策包');
  });
});
