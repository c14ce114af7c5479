// The rencai command as a user runs it: a real child process, real files, exit codes and stderr.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '@rencai/engine';
import { formatReform } from './format.js';
import { cliArgv } from './cli-under-test.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const STACK = /\bat .*:\d+:\d+/;

function run(argv: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, argv, { cwd: opts.cwd ?? root, input: opts.input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const rencai = (...args: string[]) => run([...cliArgv(), ...args]);

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
const housing = (r: { entitlements: Array<{ rule: string; amountFen: number }> }) => r.entitlements.find((e) => e.rule === 'art20.5')?.amountFen;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencai-cli-'));
});

describe('rencai calc', () => {
  it('prints readable Chinese: amounts, schedules, clauses, a compact explanation, open questions, totals and the policy version', () => {
    const r = rencai('calc', file('p.json', phdTeacher), '--date', '2023-01-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('● 购房补助（第(5)项，教师医生岗位120%）：1,080,000 元');
    expect(r.out).toContain('条款：衢委发〔2020〕7号第20条第(5)项');
    expect(r.out).toContain('发放：一次性（2021-06-30）');
    expect(r.out).toContain('补助面积 60 ㎡ × 购房所在半年度市区新建商品住宅均价 15,000 元/㎡ = 900,000 元');
    expect(r.out).toContain('900,000 元 × 120%（教师医生岗位比例） = 1,080,000 元');
    expect(r.out).toContain('● 第七层次人才津贴：20,000 元/年');
    expect(r.out).toMatch(/待确定（\d+ 项）[\s\S]*\? 您所在的博士后科研工作站是国家级还是省级？/);
    expect(r.out).toContain('确定金额 1,100,000 元');
    // A sentence a talent can read first, and questions ranked by the money they could decide.
    expect(r.out).toContain('您具有全日制博士研究生资格，全职在衢工作，每年可享受第七层次人才津贴 20,000 元（衢委发〔2020〕7号第19条第(7)项），自 2022-03-01 起每年发放一次');
    expect(r.out).toMatch(/按可能影响的金额排序[\s\S]*（可能影响 [\d,]+ 元/); // the allowance's one completed year (2022-03-01)
    expect(r.out).toMatch(/quzhou-2020，版本 [0-9a-f]{16}/);
    expect(r.err).toBe('');
  });

  it('prints the result format as JSON with --json, and --set changes the amount', () => {
    const p = file('p.json', phdTeacher);
    const base = JSON.parse(rencai('calc', p, '--date', '2023-01-01', '--json').out);
    expect(base.format).toBe('rencai.result/1');
    expect(housing(base)).toBe(108_000_000);
    const price = rencai('calc', p, '--date', '2023-01-01', '--json', '--set', 'housing_price.urban_new_home_avg=12000@2021-01-01', '--set', 'art19.allowance.7=30000');
    expect(price.code).toBe(0);
    const reformed = JSON.parse(price.out);
    expect(housing(reformed)).toBe(86_400_000); // 60 ㎡ × 120% × 12,000 元/㎡
    expect(reformed.entitlements.find((e: { rule: string }) => e.rule === 'art19.7').amountFen).toBe(3_000_000);
  });

  it('prints parameter overrides by name, in display units, with their dates', () => {
    const reform = { 'housing_price.urban_new_home_avg': [{ value: 1_150_000, from: parseDay('2021-01-01') }], 'art19.payment_timing': [{ value: 'advance' }] };
    expect(formatReform(reform)).toBe('衢州市区新建商品住宅半年度均价 = 11,500 元/㎡（2021-01-01 起）〔housing_price.urban_new_home_avg〕；人才津贴每个年度的发放时点 = 该津贴年度开始时〔art19.payment_timing〕');
  });

  it('explains conditions with --explain and the reasons with --why-not', () => {
    const r = rencai('calc', file('p.json', phdTeacher), '--date', '2023-01-01', '--explain', '--why-not');
    expect(r.out).toContain('原文：对全职引进来衢与用人单位签订三年以上服务协议');
    expect(r.out).toContain('✓ 五年内购房：购房日期 2021-06-30 ≤ 全职来衢满五年之日 2026-03-01');
    expect(r.out).toContain('不能享受的待遇及原因');
    expect(r.out).toContain('人才层次不是第(1)项');
  });

  it('reads a whole API request body, also from standard input', () => {
    const body = JSON.stringify({ profile: phdTeacher, date: '2023-01-01', set: ['art20.purchase.area.3=80'] });
    const r = run([...cliArgv(), 'calc', '-', '--json'], { input: body });
    expect(r.code).toBe(0);
    expect(housing(JSON.parse(r.out))).toBe(120_000_000); // 80 ㎡ × 120% × 15,000 capped at the price
  });

  it('rejects bad input with exit code 2 and a Chinese message naming the field, no stack trace', () => {
    const r = rencai('calc', file('bad.json', { region: 'kecheng', person: { qualifications: ['博士'], arrivalDate: '2021-02-30' } }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('输入有误');
    expect(r.err).toMatch(/profile\.person\.qualifications\[0\]：未知的资格「博士」，最接近的目录名称：.*全日制博士研究生/);
    expect(r.err).toContain('profile.person.arrivalDate');
    expect(r.err).not.toMatch(STACK);
    expect(r.out).toBe('');
  });

  it('rejects an unknown parameter, a bad date, a missing file, broken JSON and an unknown option with exit code 2', () => {
    const p = file('p.json', phdTeacher);
    const param = rencai('calc', p, '--set', 'art20.purchase.area.9=80');
    expect(param.code).toBe(2);
    expect(param.err).toMatch(/set\[0\]：未知参数：art20\.purchase\.area\.9（是否指：.*art20\.purchase\.area\.3/);
    const date = rencai('calc', p, '--date', '2023-13-01');
    expect(date.code).toBe(2);
    expect(date.err).toContain('date：日期格式应为 YYYY-MM-DD');
    const missing = rencai('calc', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('无法读取文件');
    const broken = rencai('calc', file('broken.json', '{\n  "region": "kecheng",\n}'));
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('不是有效的 JSON（第 3 行第 1 列附近有语法错误）');
    const option = rencai('calc', p, '--bogus');
    expect(option.code).toBe(2);
    expect(option.err).toContain('未知选项：--bogus');
    for (const x of [param, date, missing, broken, option]) expect(x.err).not.toMatch(STACK);
  });
});

describe('rencai batch', () => {
  it('totals a JSON-lines population by benefit, clause, payer, county and year, skipping bad rows with their line numbers', () => {
    const lines = [JSON.stringify(phdTeacher), JSON.stringify({ ...phdTeacher, region: 'longyou' }), '{not json', JSON.stringify({ region: 'nowhere' })].join('\n');
    const r = rencai('batch', file('pop.jsonl', lines), '--date', '2023-01-01', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.persons).toBe(2);
    expect(t.rejected.map((x: { row: number }) => x.row)).toEqual([3, 4]);
    expect(t.rejected[1].errors[0]).toMatchObject({ path: 'region', message: expect.stringContaining('取值无效') });
    expect(t.byBenefit.housing_purchase_subsidy.fen).toBe(2 * 108_000_000);
    expect(t.byClause['衢委发〔2020〕7号第20条第(5)项'].fen).toBe(2 * 108_000_000);
    // Per person the subsidy and one completed allowance year (2022-03-01; the year from 2022-03-01 still runs).
    expect(t.byPayer['按现行财政体制分担'].count).toBe(4);
    expect(t.byCounty.longyou.fen).toBe(108_000_000 + 2_000_000);
    expect(t.byYear['2021'].fen).toBe(2 * 108_000_000);
    expect(t.byYear['2022'].fen).toBe(2 * 2_000_000);
    expect(t.totalFen).toBe(2 * (108_000_000 + 2_000_000));
    expect(t.personsPerSecond).toBeGreaterThan(0);
    expect(r.err).toContain('第 3 行已跳过');
  });

  it('reads CSV with dotted column names, |-separated qualifications, 是/否 and empty cells as absent; prints tables', () => {
    const csv = [
      'region,person.fullTime,person.arrivalDate,person.qualifications,person.post',
      'kecheng,是,2021-03-01,全日制博士研究生|副高级专业技术职称,other',
      'kaihua,true,2022-06-01,中国工程院院士,',
      'longyou,也许,2022-06-01,,',
    ].join('\n');
    const p = file('pop.csv', csv);
    const r = rencai('batch', p, '--date', '2023-06-01', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.persons).toBe(2);
    expect(t.rejected).toEqual([{ row: 4, errors: [{ path: 'person.fullTime', message: expect.stringContaining('布尔值') }] }]);
    expect(t.byBenefit.talent_allowance_7.fen).toBe(2 * 2_000_000);
    expect(t.byBenefit.talent_allowance_1.fen).toBe(50_000_000);
    const reformed = JSON.parse(rencai('batch', p, '--date', '2023-06-01', '--json', '--set', 'art19.allowance.7=30000').out);
    expect(reformed.byBenefit.talent_allowance_7.fen).toBe(2 * 3_000_000);
    const text = rencai('batch', p, '--date', '2023-06-01');
    expect(text.out).toContain('按待遇：');
    expect(text.out).toMatch(/第七层次人才津贴（talent_allowance_7）\s+40,000 元\s+2/);
    expect(text.out).toMatch(/开化县\s+500,000 元\s+1/);
    expect(text.out).toMatch(/2023 年\s+520,000 元\s+2/); // completed years: 2023-03-01 (博士) and 2023-06-01 (院士, its first)
    expect(text.out).toContain('人/秒');
  });

  it('rejects an unknown CSV column with exit code 2, naming the column', () => {
    const r = rencai('batch', file('bad.csv', 'region,person.fulltime\nkecheng,是\n'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/表头第 2 列「person\.fulltime」：未知的档案字段（是否指：.*person\.fullTime/);
    expect(r.err).not.toMatch(STACK);
  });
});

describe('rencai policies', () => {
  it('lists the packages and shows one with its clauses, parameters and references', () => {
    const list = rencai('policies');
    expect(list.out).toContain('quzhou-2020');
    expect(list.out).toContain('衢委发〔2020〕7号');
    const d = rencai('policies', 'quzhou-2020');
    expect(d.code).toBe(0);
    expect(d.out).toContain('条款原文');
    expect(d.out).toContain('● art20.purchase.area.3');
    expect(d.out).toContain('2020-04-22 起：60 ㎡');
    expect(d.out).toContain('按 60 平方米给予补助');
    expect(d.out).toContain('15,000 元/㎡（示例值）');
    const json = JSON.parse(rencai('policies', 'quzhou-2020', '--json').out);
    expect(json.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('rejects an unknown package with exit code 2', () => {
    const r = rencai('policies', 'nowhere');
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知的政策包「nowhere」，可选：quzhou-2020');
  });
});

describe('the rencai executable (apps/cli/bin/rencai.mjs)', () => {
  it('runs from any directory, with paths relative to it', () => {
    file('here.json', phdTeacher);
    const r = run([join(root, 'apps/cli/bin/rencai.mjs'), 'calc', 'here.json', '--date', '2023-01-01', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(housing(JSON.parse(r.out))).toBe(108_000_000);
    expect(run([join(root, 'apps/cli/bin/rencai.mjs'), 'policies', 'nowhere'], { cwd: dir }).code).toBe(2);
  });
});
