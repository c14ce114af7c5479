// The `rencai` command: calc, batch, policies. Thin shell over @rencai/services; bad input is a
// Chinese message naming the field on stderr with exit code 2, never a stack trace.

import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { calculateRequest, InputError, parseJsonText, policyDetail, policySummary, profileVocabulary, runBatch, formatOfPath, type CalculateInput, type PopulationFormat } from '@rencai/services';
import { PlatformError, StartupError } from '@rencai/platform';
import { ADMIN_COMMANDS, ADMIN_USAGE, runAdmin } from './admin.js';
import { parseCommandLine, UsageError } from './usage.js';
import { formatBatch, formatPolicyDetail, formatPolicyList, formatResult } from './format.js';
import { SIMULATE_USAGE, simulateCommand } from './simulate.js';

const USAGE = `rencai —— 人才政策计算（政策即代码）

用法 (usage):
  rencai calc <档案.json|-> [--date YYYY-MM-DD] [--policy ID] [--set 参数=值[@YYYY-MM-DD]]... [--why-not] [--explain] [--json]
      计算一份档案可享受的待遇。档案文件也可以是完整的 API 请求体 {profile, date, policy, set, whyNot}；
      "-" 表示从标准输入读取。--set 可重复；--explain 显示完整的计算和条件；--why-not 列出不能享受的原因。
  rencai batch <人员.jsonl|人员.csv> [--format jsonl|csv] [--date YYYY-MM-DD] [--policy ID] [--set ...]... [--json]
      批量测算：按待遇、条款、资金来源、地区、年度汇总（截至计算日到期的金额）。
      CSV 列名为档案字段路径（如 region,person.fullTime,person.qualifications），资格用 | 分隔，布尔值 true/false/是/否。
  rencai policies [政策包ID] [--json]
      列出政策包；给出 ID 时显示条款原文、规则、参数的每个取值及出处。
${SIMULATE_USAGE}

平台运维（数据库、导入导出、免申即享、兑付、审计）：
${ADMIN_USAGE}

退出码：0 成功；2 输入有误（字段路径与原因见标准错误输出）；1 内部错误。`;

const COMMON = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
const OPTIONS = {
  calc: { ...COMMON, date: { type: 'string' }, policy: { type: 'string' }, set: { type: 'string', multiple: true }, 'why-not': { type: 'boolean' }, explain: { type: 'boolean' } },
  batch: { ...COMMON, date: { type: 'string' }, policy: { type: 'string' }, set: { type: 'string', multiple: true }, format: { type: 'string' } },
  policies: { ...COMMON },
} satisfies Record<string, ParseArgsConfig['options']>;

/** Paths are relative to where the user typed the command (npm run changes to the repo root). */
function userPath(p: string): string {
  const base = process.env.npm_lifecycle_event === 'rencai' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return isAbsolute(p) ? p : resolve(base, p);
}

function readInput(path: string | undefined, what: string): string {
  if (!path) throw new UsageError(`缺少${what}文件路径`);
  try {
    return readFileSync(path === '-' ? 0 : userPath(path), 'utf8');
  } catch {
    throw new InputError([{ path: what, message: `无法读取文件：${path}` }]);
  }
}

function parse<K extends keyof typeof OPTIONS>(command: K, args: string[]) {
  return parseCommandLine({ args, options: OPTIONS[command], allowPositionals: true, strict: true });
}

const print = (x: unknown) => process.stdout.write(`${typeof x === 'string' ? x : JSON.stringify(x, null, 2)}\n`);

function calc(args: string[]): void {
  const { values, positionals } = parse('calc', args);
  if (positionals.length > 1) throw new UsageError(`多余的参数：${positionals.slice(1).join(' ')}`);
  const doc = parseJsonText(readInput(positionals[0], '档案'), '档案');
  // A whole API request body works too; options given on the command line take precedence.
  const isRequest = typeof doc === 'object' && doc !== null && 'profile' in doc;
  const base: CalculateInput = isRequest ? (doc as CalculateInput) : { profile: doc };
  const input: CalculateInput = {
    ...base,
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(values.policy !== undefined ? { policy: values.policy } : {}),
    ...(values.set !== undefined ? { set: values.set } : {}),
    ...(values['why-not'] ? { whyNot: true } : {}),
  };
  const result = calculateRequest(input);
  print(values.json ? result : formatResult(result, { explain: values.explain === true, factDefs: profileVocabulary() }));
}

function batch(args: string[]): void {
  const { values, positionals } = parse('batch', args);
  const path = positionals[0];
  if (!path) throw new UsageError('缺少人员文件路径（.jsonl 或 .csv）');
  if (values.format !== undefined && values.format !== 'csv' && values.format !== 'jsonl') throw new InputError([{ path: '--format', message: `应为 jsonl 或 csv，收到：${values.format}` }]);
  const text = readInput(path, '人员');
  const format = (values.format as PopulationFormat | undefined) ?? formatOfPath(path); // else sniffed from the text
  const report = runBatch({ text }, format, { date: values.date, set: values.set, policy: values.policy });
  print(values.json ? { ...report, file: path } : formatBatch({ ...report, file: path }));
  for (const r of report.rejected.slice(0, 20)) process.stderr.write(`第 ${r.row} 行已跳过：${r.errors.map((e) => `${e.path}：${e.message}`).join('；')}\n`);
  if (report.rejected.length > 20) process.stderr.write(`……另有 ${report.rejected.length - 20} 行被跳过（--json 输出含全部）\n`);
}

function policies(args: string[]): void {
  const { values, positionals } = parse('policies', args);
  if (positionals[0]) {
    const d = policyDetail(positionals[0]);
    print(values.json ? d : formatPolicyDetail(d));
    return;
  }
  const list = policySummary();
  print(values.json ? list : formatPolicyList(list));
}

function run(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h' || rest.includes('--help') || rest.includes('-h')) {
    print(USAGE);
    return;
  }
  if (command === 'calc') return calc(rest);
  if (command === 'batch') return batch(rest);
  if (command === 'policies') return policies(rest);
  if (command === 'simulate') {
    void simulateCommand(rest).then((code) => (process.exitCode = code), (e: unknown) => reportError(e));
    return;
  }
  if (ADMIN_COMMANDS.has(command)) {
    void runAdmin(command, rest, userPath).then(
      (code) => (process.exitCode = code),
      (e: unknown) => reportError(e),
    );
    return;
  }
  throw new UsageError(`未知的子命令「${command}」`);
}

// `rencai … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

function reportError(e: unknown): void {
  if (e instanceof PlatformError) {
    process.stderr.write(`${e.message}${e.errors.length ? `：\n${e.errors.map((x) => `  ${x.path}：${x.message}`).join('\n')}` : ''}\n`);
    process.exitCode = 2;
  } else if (e instanceof StartupError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  } else if (e instanceof InputError) {
    process.stderr.write(`输入有误：\n${e.errors.map((x) => `  ${x.path}：${x.message}`).join('\n')}\n`);
    process.exitCode = 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`${e.message}\n运行 rencai --help 查看用法。\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`内部错误：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}

try {
  run(process.argv.slice(2));
} catch (e) {
  reportError(e);
}
