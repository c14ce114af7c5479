// Use case: evaluate a population file (JSON lines of profiles, or CSV with dotted column names)
// with the compiled, untraced rules and report totals by benefit, clause, payer, county and year.

import { existsSync, readFileSync } from 'node:fs';
import { BatchEvaluator, parseProfile, ProfileError, type BatchTotals, type FactStore, type FieldError } from '@rencai/engine';
import { factDefs, loadPolicies, qualificationIndex } from '@rencai/policies';
import { InputError } from './errors.js';
import { asOfDate, unknownPolicy } from './calculate.js';
import { populationRows, type PopulationFormat } from './population.js';
import { parseReform, type ReformInput } from './reform.js';

/** A file path, or the file's text. A bare string naming an existing file (one line) is a path. */
export type BatchSource = string | { path: string } | { text: string };

export interface BatchOptions {
  date?: string;
  set?: ReformInput;
  policy?: string;
}

export interface BatchReport extends BatchTotals {
  format: PopulationFormat;
  file?: string;
  policies: Array<{ id: string; version: string }>;
  /** Non-empty rows read (good and bad). */
  rows: number;
  rejected: Array<{ row: number; errors: FieldError[] }>;
  /** Evaluation time only (reading and checking the file excluded). */
  seconds: number;
  personsPerSecond: number;
}

/** The format a file name implies: .csv → CSV, .jsonl/.ndjson/.json → JSON lines. */
export function formatOfPath(path: string): PopulationFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (/\.(jsonl|ndjson|json)$/.test(lower)) return 'jsonl';
  return undefined;
}

const looksLikePath = (s: string) => !s.includes('\n') && !s.trimStart().startsWith('{') && (existsSync(s) || formatOfPath(s.trim()) !== undefined);

function readSource(source: BatchSource, format: PopulationFormat | undefined): { text: string; format: PopulationFormat; file?: string } {
  const path = typeof source === 'object' ? ('path' in source ? source.path : undefined) : looksLikePath(source) ? source : undefined;
  if (path !== undefined) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new InputError([{ path: '文件', message: `无法读取文件：${path}` }]);
    }
    const f = format ?? formatOfPath(path);
    if (!f) throw new InputError([{ path: '文件', message: `无法从文件名判断格式（应为 .csv 或 .jsonl）：${path}` }]);
    return { text, format: f, file: path };
  }
  const text = typeof source === 'string' ? source : 'text' in source ? source.text : '';
  return { text, format: format ?? (text.trimStart().startsWith('{') ? 'jsonl' : 'csv') };
}

export function runBatch(source: BatchSource, format?: PopulationFormat, opts: BatchOptions = {}): BatchReport {
  const asOf = asOfDate(opts.date);
  const all = loadPolicies();
  const packages = opts.policy ? all.filter((p) => p.meta.id === opts.policy) : all;
  if (opts.policy && !packages.length) throw unknownPolicy(opts.policy);
  const reform = parseReform(opts.set, packages);
  const input = readSource(source, format);
  const rows = populationRows(input.text, input.format);
  const rejected: BatchReport['rejected'] = [];
  const index = qualificationIndex();
  const people: FactStore[] = [];
  for (const r of rows) {
    if (r.error !== undefined) {
      rejected.push({ row: r.row, errors: [{ path: '(行)', message: r.error }] });
      continue;
    }
    try {
      people.push(parseProfile(r.profile, factDefs, index));
    } catch (e) {
      if (!(e instanceof ProfileError)) throw e;
      rejected.push({ row: r.row, errors: e.errors.map((x) => ({ path: x.path.startsWith('(') ? '(行)' : x.path, message: x.message })) });
    }
  }
  const batch = new BatchEvaluator(packages, asOf, reform);
  const started = performance.now();
  for (const f of people) batch.add(f);
  const seconds = (performance.now() - started) / 1000;
  return {
    ...batch.result(),
    format: input.format,
    ...(input.file !== undefined ? { file: input.file } : {}),
    policies: packages.map((p) => ({ id: p.meta.id, version: p.version })),
    rows: rows.length,
    rejected,
    seconds,
    personsPerSecond: seconds > 0 ? Math.round(people.length / seconds) : 0,
  };
}
