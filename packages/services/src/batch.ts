// Use case: evaluate a population file (JSON lines of profiles, or CSV with dotted column names)
// with the compiled, untraced rules and report totals by benefit, clause, payer, county and year.

import { parse as parseCsv } from 'csv-parse/sync';
import { BatchEvaluator, parseDay, parseProfile, ProfileError, type BatchTotals, type FactDef } from '@rencai/engine';
import { factDefs, loadPolicies, qualificationIndex } from '@rencai/policies';
import { InputError, rethrowAsInput } from './errors.js';
import { parseReform, todayInChina } from './calculate.js';

export interface BatchOptions {
  date?: string;
  set?: string[];
  policy?: string;
}

export interface BatchReport extends BatchTotals {
  rows: number;
  rejected: Array<{ row: number; errors: Array<{ path: string; message: string }> }>;
  seconds: number;
  personsPerSecond: number;
}

const TRUE = new Set(['true', '是', '1', 'yes', 'y']);
const FALSE = new Set(['false', '否', '0', 'no', 'n']);

/** One CSV row (column name = dotted fact path) → a nested profile object. Empty cells are absent. */
export function csvRowToProfile(row: Record<string, string>, defs: FactDef[] = factDefs): Record<string, unknown> {
  const types = new Map(defs.map((d) => [d.name, d.type]));
  const out: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const cell = raw.trim();
    if (cell === '') continue;
    const type = types.get(column);
    let value: unknown = cell;
    if (type === 'bool') value = TRUE.has(cell.toLowerCase()) ? true : FALSE.has(cell.toLowerCase()) ? false : cell;
    else if (type === 'int') value = /^-?\d+$/.test(cell) ? Number(cell) : cell;
    else if (type === 'quals') value = cell.split('|').map((q) => q.trim()).filter(Boolean).map((q) => (q.includes('@') ? { code: q.split('@')[0], obtained: q.split('@')[1] } : q));
    let node = out;
    const parts = column.split('.');
    parts.slice(0, -1).forEach((p) => {
      node = (node[p] ??= {}) as Record<string, unknown>;
    });
    node[parts[parts.length - 1]!] = value;
  }
  return out;
}

export function profilesFromText(text: string, format: 'jsonl' | 'csv'): Array<{ row: number; profile?: unknown; error?: string }> {
  if (format === 'csv') {
    const records = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
    return records.map((r, i) => ({ row: i + 2, profile: csvRowToProfile(r) }));
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), row: i + 1 }))
    .filter((x) => x.line !== '')
    .map(({ line, row }) => {
      try {
        return { row, profile: JSON.parse(line) as unknown };
      } catch {
        return { row, error: '该行不是有效的 JSON' };
      }
    });
}

export function runBatch(text: string, format: 'jsonl' | 'csv', opts: BatchOptions = {}): BatchReport {
  const asOf = opts.date === undefined ? todayInChina() : rethrowAsInput('date', () => parseDay(opts.date));
  const all = loadPolicies();
  const packages = opts.policy ? all.filter((p) => p.meta.id === opts.policy) : all;
  if (!packages.length) throw new InputError([{ path: 'policy', message: `未知的政策包「${opts.policy}」，可选：${all.map((x) => x.meta.id).join('、')}` }]);
  const reform = parseReform(opts.set, packages);
  const batch = new BatchEvaluator(packages, asOf, reform);
  const rows = profilesFromText(text, format);
  const rejected: BatchReport['rejected'] = [];
  const index = qualificationIndex();
  const facts = [];
  for (const r of rows) {
    if (r.error) {
      rejected.push({ row: r.row, errors: [{ path: '(行)', message: r.error }] });
      continue;
    }
    try {
      facts.push(parseProfile(r.profile, factDefs, index));
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      rejected.push({ row: r.row, errors: e.errors });
    }
  }
  const started = performance.now();
  for (const f of facts) batch.add(f);
  const seconds = (performance.now() - started) / 1000;
  return { ...batch.result(), rows: rows.length, rejected, seconds, personsPerSecond: seconds > 0 ? Math.round(facts.length / seconds) : 0 };
}
