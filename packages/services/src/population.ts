// Reading a population file into profiles: JSON lines (one profile per line) or CSV whose column
// names are dotted profile fields. A bad row is reported with its line number, never fatal.

import { parse as parseCsv } from 'csv-parse/sync';
import { closest, type FactDef } from '@rencai/engine';
import { factDefs } from '@rencai/policies';
import { InputError } from './errors.js';
import { jsonSyntaxMessage } from './json.js';

export type PopulationFormat = 'jsonl' | 'csv';

export interface PopulationRow {
  /** Line number in the file (1-based; for CSV the header is line 1). */
  row: number;
  profile?: unknown;
  error?: string;
}

const TRUE = new Set(['true', '是', '1', 'yes', 'y']);
const FALSE = new Set(['false', '否', '0', 'no', 'n']);

/** The fact a CSV column names, or an input error naming the closest columns. */
function columnDef(column: string, index: number, defs: FactDef[]): FactDef {
  const def = defs.find((d) => d.name === column);
  if (def && def.type !== 'list') return def;
  const path = `表头第 ${index + 1} 列「${column}」`;
  if (def) throw new InputError([{ path, message: '列表字段（如专家、项目）不能用 CSV 的一列表示，请改用 JSON lines' }]);
  const near = closest(column, defs.filter((d) => d.type !== 'list').map((d) => d.name), 3);
  throw new InputError([{ path, message: `未知的档案字段${near.length ? `（是否指：${near.join('、')}？）` : ''}；可用字段见 GET /api/v1/facts` }]);
}

/** One CSV cell → the profile value. Booleans true/false/是/否, qualifications `|`-separated
 *  (`名称@YYYY-MM-DD` adds the date obtained); other text is left for the profile reader to check. */
export function csvCell(def: FactDef, cell: string): unknown {
  const lower = cell.toLowerCase();
  switch (def.type) {
    case 'bool':
      return TRUE.has(lower) ? true : FALSE.has(lower) ? false : cell;
    case 'int':
      return /^-?\d+$/.test(cell) ? Number(cell) : cell;
    case 'quals':
      return cell
        .split('|')
        .map((q) => q.trim())
        .filter(Boolean)
        .map((q) => (q.includes('@') ? { code: q.slice(0, q.lastIndexOf('@')).trim(), obtained: q.slice(q.lastIndexOf('@') + 1).trim() } : q));
    default:
      return cell;
  }
}

/** One CSV row (cells in header order) → a nested profile object. Empty cells are absent. */
export function csvRowToProfile(columns: FactDef[], cells: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((def, i) => {
    const cell = (cells[i] ?? '').trim();
    if (cell === '') return;
    const parts = def.name.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = csvCell(def, cell);
  });
  return out;
}

function csvRows(text: string, defs: FactDef[]): PopulationRow[] {
  const skipped: PopulationRow[] = [];
  const records = parseCsv(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      const line = (err as { lines?: number } | undefined)?.lines ?? 0;
      if (!skipped.some((s) => s.row === line)) skipped.push({ row: line, error: `CSV 格式错误（引号不匹配），该行无法读取${/not closed/i.test(err?.message ?? '') ? '；引号未闭合，其后内容一并无法读取' : ''}` });
      return undefined;
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const [header, ...body] = records;
  if (!header) return skipped;
  const columns = header.record.map((c, i) => columnDef(c.trim(), i, defs));
  const seen = new Set<string>();
  header.record.forEach((c, i) => {
    if (seen.has(c.trim())) throw new InputError([{ path: `表头第 ${i + 1} 列「${c.trim()}」`, message: '列名重复' }]);
    seen.add(c.trim());
  });
  const rows = body.map(({ record, info }): PopulationRow => {
    const extra = record.slice(columns.length).some((c) => c.trim() !== '');
    if (extra) return { row: info.lines, error: `该行有 ${record.length} 列，多于表头的 ${columns.length} 列` };
    return { row: info.lines, profile: csvRowToProfile(columns, record) };
  });
  return [...rows, ...skipped].sort((a, b) => a.row - b.row);
}

function jsonlRows(text: string): PopulationRow[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), row: i + 1 }))
    .filter((x) => x.line !== '' && !x.line.startsWith('//'))
    .map(({ line, row }) => {
      try {
        return { row, profile: JSON.parse(line) as unknown };
      } catch (e) {
        return { row, error: `该行${jsonSyntaxMessage(line, e).replace(/第 1 行/, '')}` };
      }
    });
}

/** The rows of a population file, each a profile (not yet checked) or the reason it cannot be read. */
export function populationRows(text: string, format: PopulationFormat, defs: FactDef[] = factDefs): PopulationRow[] {
  return format === 'csv' ? csvRows(text, defs) : jsonlRows(text);
}
