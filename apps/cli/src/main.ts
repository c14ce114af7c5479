// The `rencai` command: calc, batch, policies. Thin shell over @rencai/services; bad input is a
// Chinese message naming the field on stderr with exit code 2, never a stack trace.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatYuan } from '@rencai/engine';
import { calculateRequest, InputError, policyDetail, policySummary, runBatch } from '@rencai/services';
import { factDefs, regionName } from '@rencai/policies';
import { formatBatch, formatResult } from './format.js';

const USAGE = `用法 (usage):
  rencai calc <档案.json> [--date YYYY-MM-DD] [--policy ID] [--set 参数=值[@YYYY-MM-DD]]... [--why-not] [--explain] [--json]
  rencai batch <人员文件.jsonl|.csv> [--date YYYY-MM-DD] [--policy ID] [--set ...]... [--json]
  rencai policies [ID] [--json]`;

class UsageError extends Error {}

function readInput(path: string | undefined, what: string): string {
  if (!path) throw new UsageError(`缺少${what}文件路径`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new InputError([{ path: what, message: `无法读取文件：${path}` }]);
  }
}

function labels(): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of factDefs) {
    m.set(d.name, d.label);
    for (const f of d.fields ?? []) m.set(`${d.name}[].${f.name}`, `${d.label}：${f.label}`);
  }
  return m;
}

function run(argv: string[]): void {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      policy: { type: 'string' },
      set: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      'why-not': { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  });
  const print = (x: unknown) => process.stdout.write(`${typeof x === 'string' ? x : JSON.stringify(x, null, 2)}\n`);
  switch (command) {
    case 'calc': {
      const text = readInput(positionals[0], '档案');
      let profile: unknown;
      try {
        profile = JSON.parse(text);
      } catch {
        throw new InputError([{ path: '档案', message: '不是有效的 JSON' }]);
      }
      const result = calculateRequest({ profile, date: values.date, policy: values.policy, set: values.set, whyNot: values['why-not'] });
      print(values.json ? result : formatResult(result, { explain: values.explain, labels: labels() }));
      return;
    }
    case 'batch': {
      const path = positionals[0];
      const text = readInput(path, '人员');
      const report = runBatch(text, path!.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl', { date: values.date, set: values.set, policy: values.policy });
      print(values.json ? report : formatBatch(report));
      for (const r of report.rejected.slice(0, 20)) process.stderr.write(`第 ${r.row} 行：${r.errors.map((e) => `${e.path}：${e.message}`).join('；')}\n`);
      return;
    }
    case 'policies': {
      if (positionals[0]) {
        const d = policyDetail(positionals[0]);
        if (values.json) { print(d); return; }
        const lines = [`${d.docNumber} ${d.title}`, `施行：${d.effectiveFrom}  适用：${d.jurisdictionLabel}（${d.jurisdiction.map(regionName).join('、')}）  版本：${d.version}`, `原文：${d.source}`, ''];
        lines.push('规则：');
        for (const r of d.rules) {
          lines.push(`● ${r.clause.cite} ${r.name}（${r.id}）`, `  ${r.text}`);
          for (const i of r.interpretations) lines.push(`  解释口径：${i}`);
        }
        lines.push('', '参数：');
        for (const p of d.parameters) {
          lines.push(`● ${p.path}：${p.description}`);
          for (const v of p.values) {
            const shown = 'yuan' in v ? `${formatYuan(v.value as number)}${p.unit === 'fen_per_m2' ? '/㎡' : ''}` : String(v.value);
            lines.push(`  ${v.from}${v.to ? ` 至 ${v.to}` : ''} 起：${shown}${v.example ? '（示例值）' : ''} —— ${v.reference.doc}：${v.reference.text}`);
          }
        }
        { print(lines.join('\n')); return; }
      }
      const list = policySummary();
      if (values.json) { print(list); return; }
      { print(list.map((p) => `${p.id}\t${p.docNumber}\t${p.title}\t${p.effectiveFrom} 起\t规则 ${p.rules} 条，参数 ${p.parameters} 个，版本 ${p.version}`).join('\n')); return; }
    }
    default:
      throw new UsageError(command ? `未知的子命令「${command}」` : '缺少子命令');
  }
}

try {
  run(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError) {
    process.stderr.write(`输入有误：\n${e.errors.map((x) => `  ${x.path}：${x.message}`).join('\n')}\n`);
    process.exit(2);
  }
  if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`内部错误：${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
